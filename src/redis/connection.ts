/**
 * The few commands the store sends, over either client. Each touches one key (PUBLISH none), so
 * they work on Redis Cluster as on one server.
 */
export interface RedisConnection {
  /** Whether the client can send now; a client that is reconnecting fails fast instead of queueing. */
  ready(): boolean;
  get(key: string): Promise<string | null>;
  /** `SET key value PX ttlMs [NX]`; `false` when `NX` found the key taken. */
  set(key: string, value: string, ttlMs: number, onlyIfAbsent: boolean): Promise<boolean>;
  del(key: string): Promise<void>;
  /** Runs a Lua script over one key and its arguments. */
  eval(script: string, key: string, args: readonly string[]): Promise<unknown>;
  publish(channel: string, message: string): Promise<void>;
  /**
   * A connection that can subscribe: a duplicate of a single-server client (a subscribed
   * connection sends nothing else), or a cluster client itself (it subscribes on a connection
   * of its own).
   */
  subscriber(): Subscriber;
}

/** Subscriptions for the store's wake-ups. */
export interface Subscriber {
  /** Subscribes to `channel`; `onMessage` is called on every message published to it. */
  subscribe(channel: string, onMessage: () => void): Promise<void>;
  unsubscribe(channel: string): Promise<void>;
  /** Ends the subscriptions, and the connection if it is the subscriber's own. Never throws. */
  close(): void;
}

type Listener = (message: unknown, channel: unknown) => void;

/** The parts of a node-redis (4 or later) client or cluster the store uses. */
interface NodeRedisLike {
  readonly isOpen: boolean;
  readonly isReady?: boolean;
  get(key: string): Promise<unknown>;
  set(key: string, value: string, options: { PX: number; NX?: boolean }): Promise<unknown>;
  del(key: string): Promise<unknown>;
  eval(script: string, options: { keys: string[]; arguments: string[] }): Promise<unknown>;
  publish(channel: string, message: string): Promise<unknown>;
  subscribe(channel: string, listener: Listener): Promise<unknown>;
  unsubscribe(channel: string, listener?: Listener): Promise<unknown>;
  duplicate(): NodeRedisLike & {
    connect(): Promise<unknown>;
    on(event: string, listener: () => void): unknown;
  };
  /** node-redis 5 and later */
  destroy?(): void;
  /** node-redis 4 */
  disconnect?(): Promise<unknown>;
  sendCommand: unknown;
}

/** The parts of an ioredis (5 or later) client or cluster the store uses. */
interface IoRedisLike {
  readonly status: string;
  readonly isCluster?: boolean;
  get(key: string): Promise<unknown>;
  set(key: string, value: string, px: "PX", ms: number, nx?: "NX"): Promise<unknown>;
  del(key: string): Promise<unknown>;
  eval(script: string, numberOfKeys: number, key: string, ...args: string[]): Promise<unknown>;
  publish(channel: string, message: string): Promise<unknown>;
  subscribe(channel: string): Promise<unknown>;
  unsubscribe(channel: string): Promise<unknown>;
  on(event: string, listener: (...args: unknown[]) => void): unknown;
  off(event: string, listener: (...args: unknown[]) => void): unknown;
  duplicate(): IoRedisLike;
  disconnect(): void;
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

function ignore(): void {}

/** What {@link connect} tells apart, so the caller can name the problem. */
export type Connected =
  | { readonly kind: "connection"; readonly connection: RedisConnection }
  | { readonly kind: "closed" }
  | { readonly kind: "unknown" };

/**
 * Wraps a node-redis or an ioredis client or cluster, told apart by shape: node-redis has
 * `isOpen` and `sendCommand`, ioredis has `status` and `call`.
 * @param client what the caller passed
 */
export function connect(client: unknown): Connected {
  if (typeof client !== "object" || client === null) return { kind: "unknown" };
  const shared = hasMethods(client, ["get", "set", "del", "eval", "publish", "subscribe", "duplicate"]);
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
  // A cluster client has `masters`. node-redis 4's cluster routes `eval` by the wrong argument (the script, which has no keys),
  // so the script lands on any node and a MOVED answer comes back as an error once its few
  // redirections are spent. A cluster's `sendCommand` takes the routing key itself, in 4 and later.
  const cluster = "masters" in redis;
  const sendCommand = redis.sendCommand as (
    key: string,
    readonly: boolean,
    args: string[],
  ) => Promise<unknown>;
  return {
    // isReady is false while reconnecting; node-redis 4 only has isOpen.
    ready: () => redis.isReady ?? redis.isOpen,
    get: async (key) => text(await redis.get(key)),
    set: async (key, value, ttlMs, onlyIfAbsent) =>
      (await redis.set(key, value, onlyIfAbsent ? { PX: ttlMs, NX: true } : { PX: ttlMs })) !== null,
    del: async (key) => {
      await redis.del(key);
    },
    eval: (script, key, args) =>
      cluster
        ? sendCommand.call(redis, key, false, ["EVAL", script, "1", key, ...args])
        : redis.eval(script, { keys: [key], arguments: [...args] }),
    publish: async (channel, message) => {
      await redis.publish(channel, message);
    },
    subscriber: () => nodeRedisSubscriber(redis, cluster),
  };
}

function nodeRedisSubscriber(redis: NodeRedisLike, cluster: boolean): Subscriber {
  // A cluster (it has masters) subscribes on a pub/sub connection of its own; a single client
  // would stop answering other commands, so a duplicate subscribes.
  const own = !cluster;
  let client: Promise<NodeRedisLike> | undefined;
  const listeners = new Map<string, Listener>();
  const connected = (): Promise<NodeRedisLike> => {
    if (!own) return Promise.resolve(redis);
    client ??= (async () => {
      const duplicate = redis.duplicate();
      // Without a listener, node-redis throws its connection errors at the process.
      duplicate.on("error", ignore);
      await duplicate.connect();
      return duplicate;
    })();
    return client;
  };
  return {
    async subscribe(channel, onMessage) {
      const listener: Listener = () => onMessage();
      listeners.set(channel, listener);
      await (await connected()).subscribe(channel, listener);
    },
    async unsubscribe(channel) {
      const listener = listeners.get(channel);
      listeners.delete(channel);
      await (await connected()).unsubscribe(channel, listener);
    },
    close() {
      const opened = client;
      client = undefined;
      if (!own) {
        for (const [channel, listener] of listeners) redis.unsubscribe(channel, listener).catch(ignore);
        listeners.clear();
        return;
      }
      listeners.clear();
      opened?.then((duplicate) => {
        if (duplicate.destroy !== undefined) duplicate.destroy();
        else duplicate.disconnect?.().catch(ignore);
      }, ignore);
    },
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
    eval: (script, key, args) => redis.eval(script, 1, key, ...args),
    publish: async (channel, message) => {
      await redis.publish(channel, message);
    },
    subscriber: () => ioRedisSubscriber(redis),
  };
}

function ioRedisSubscriber(redis: IoRedisLike): Subscriber {
  // A Cluster subscribes on a connection of its own; a single client would stop answering other
  // commands, so a duplicate subscribes.
  const own = redis.isCluster !== true;
  const callbacks = new Map<string, () => void>();
  let client: IoRedisLike | undefined;
  const onMessage = (channel: unknown) => {
    if (typeof channel === "string") callbacks.get(channel)?.();
  };
  const connected = (): IoRedisLike => {
    if (client !== undefined) return client;
    const subscriber = own ? redis.duplicate() : redis;
    if (own) subscriber.on("error", ignore);
    subscriber.on("message", onMessage);
    client = subscriber;
    return subscriber;
  };
  return {
    async subscribe(channel, callback) {
      callbacks.set(channel, callback);
      await connected().subscribe(channel);
    },
    async unsubscribe(channel) {
      callbacks.delete(channel);
      await connected().unsubscribe(channel);
    },
    close() {
      const subscriber = client;
      client = undefined;
      if (subscriber === undefined) return;
      subscriber.off("message", onMessage);
      if (own) subscriber.disconnect();
      else for (const channel of callbacks.keys()) subscriber.unsubscribe(channel).catch(ignore);
      callbacks.clear();
    },
  };
}
