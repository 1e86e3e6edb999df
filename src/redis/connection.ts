/**
 * The few commands the store sends, over either client. Each touches one key, so they work on
 * Redis Cluster as on one server.
 */
export interface RedisConnection {
  /** Whether the client can send now; a client that is reconnecting fails fast instead of queueing. */
  ready(): boolean;
  get(key: string): Promise<string | null>;
  /** `SET key value PX ttlMs [NX]`; `false` when `NX` found the key taken. */
  set(key: string, value: string, ttlMs: number, onlyIfAbsent: boolean): Promise<boolean>;
  del(key: string): Promise<void>;
  /** Runs a Lua script over one key and one argument. */
  eval(script: string, key: string, arg: string): Promise<unknown>;
}

/** The parts of a node-redis (4 or later) client the store uses. */
interface NodeRedisLike {
  readonly isOpen: boolean;
  readonly isReady?: boolean;
  get(key: string): Promise<unknown>;
  set(key: string, value: string, options: { PX: number; NX?: boolean }): Promise<unknown>;
  del(key: string): Promise<unknown>;
  eval(script: string, options: { keys: string[]; arguments: string[] }): Promise<unknown>;
  sendCommand: unknown;
}

/** The parts of an ioredis (5 or later) client the store uses. */
interface IoRedisLike {
  readonly status: string;
  get(key: string): Promise<unknown>;
  set(key: string, value: string, px: "PX", ms: number, nx?: "NX"): Promise<unknown>;
  del(key: string): Promise<unknown>;
  eval(script: string, numberOfKeys: number, key: string, arg: string): Promise<unknown>;
  call: unknown;
}

function hasMethods(value: object, names: readonly string[]): boolean {
  const record = value as Record<string, unknown>;
  return names.every((name) => typeof record[name] === "function");
}

function text(reply: unknown): string | null {
  if (typeof reply === "string") return reply;
  if (reply instanceof Uint8Array) return Buffer.from(reply).toString("utf8");
  return null;
}

/** What {@link connect} tells apart, so the caller can name the problem. */
export type Connected =
  | { readonly kind: "connection"; readonly connection: RedisConnection }
  | { readonly kind: "closed" }
  | { readonly kind: "unknown" };

/**
 * Wraps a node-redis or an ioredis client, told apart by shape: node-redis has `isOpen` and
 * `sendCommand`, ioredis has `status` and `call`.
 * @param client what the caller passed
 */
export function connect(client: unknown): Connected {
  if (typeof client !== "object" || client === null) return { kind: "unknown" };
  const shared = hasMethods(client, ["get", "set", "del", "eval"]);
  if (shared && "isOpen" in client && hasMethods(client, ["sendCommand"])) {
    const redis = client as NodeRedisLike;
    if (!redis.isOpen) return { kind: "closed" };
    return { kind: "connection", connection: nodeRedis(redis) };
  }
  if (shared && "status" in client && hasMethods(client, ["call"])) {
    const redis = client as IoRedisLike;
    if (redis.status === "end") return { kind: "closed" };
    return { kind: "connection", connection: ioRedis(redis) };
  }
  return { kind: "unknown" };
}

function nodeRedis(redis: NodeRedisLike): RedisConnection {
  return {
    // isReady is false while reconnecting; node-redis 4.0 only has isOpen.
    ready: () => redis.isReady ?? redis.isOpen,
    get: async (key) => text(await redis.get(key)),
    set: async (key, value, ttlMs, onlyIfAbsent) =>
      (await redis.set(key, value, onlyIfAbsent ? { PX: ttlMs, NX: true } : { PX: ttlMs })) !== null,
    del: async (key) => {
      await redis.del(key);
    },
    eval: (script, key, arg) => redis.eval(script, { keys: [key], arguments: [arg] }),
  };
}

function ioRedis(redis: IoRedisLike): RedisConnection {
  return {
    // "wait" is a lazyConnect client that connects on its first command.
    ready: () => redis.status === "ready" || redis.status === "wait",
    get: async (key) => text(await redis.get(key)),
    set: async (key, value, ttlMs, onlyIfAbsent) =>
      (await (onlyIfAbsent
        ? redis.set(key, value, "PX", ttlMs, "NX")
        : redis.set(key, value, "PX", ttlMs))) !== null,
    del: async (key) => {
      await redis.del(key);
    },
    eval: (script, key, arg) => redis.eval(script, 1, key, arg),
  };
}
