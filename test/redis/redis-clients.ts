// The Redis clients the store supports, connected the way a user would connect them: node-redis
// (the current major, and 4 as the `redis4` alias) and ioredis, to one server or to a cluster.
import { Cluster, Redis } from "ioredis";
import { createClient, createCluster } from "redis";
import { createClient as createClient4, createCluster as createCluster4 } from "redis4";

/** Which client library: node-redis, node-redis 4, or ioredis. */
export type RedisLibrary = "redis" | "redis4" | "ioredis";

/** Every library the store supports. */
export const REDIS_LIBRARIES: readonly RedisLibrary[] = ["redis", "redis4", "ioredis"];

/** A connected client and a way to close it. */
export interface TestRedis {
  readonly client: unknown;
  /** Sends a raw command, for the tests' own checks (SCAN, GET, PTTL, SET). */
  command(...args: string[]): Promise<unknown>;
  close(): Promise<void>;
}

function ignore(): void {}

/**
 * Connects a client of `library` to `url`; it retries every 100 ms while the server is away and
 * swallows connection errors (a real application logs them).
 * @param library "redis", "redis4" (node-redis) or "ioredis"
 * @param url e.g. `redis://127.0.0.1:6379`
 * @param wait whether to wait for the connection (false when the server is down on purpose)
 */
export async function connectRedis(library: RedisLibrary, url: string, wait = true): Promise<TestRedis> {
  if (library === "redis" || library === "redis4") {
    const create = library === "redis" ? createClient : (createClient4 as unknown as typeof createClient);
    const client = create({ url, socket: { reconnectStrategy: () => 100 } });
    client.on("error", ignore);
    const connecting = client.connect();
    connecting.catch(ignore);
    if (wait) await connecting;
    return {
      client,
      command: (...args) => client.sendCommand(args),
      close: async () => {
        if (library === "redis") client.destroy();
        else await (client as unknown as { disconnect(): Promise<void> }).disconnect().catch(ignore);
      },
    };
  }
  const client = new Redis(url, { retryStrategy: () => 100, maxRetriesPerRequest: 1 });
  client.on("error", ignore);
  if (wait && client.status !== "ready") {
    await new Promise<void>((resolve) => client.once("ready", () => resolve()));
  }
  return {
    client,
    command: (name, ...args) => client.call(name as string, ...args),
    close: async () => {
      client.disconnect();
    },
  };
}

/**
 * Connects a cluster client of `library` to the cluster one of whose nodes is at `urls[0]`.
 * Commands go by key to their node; `command` sends keyless ones to any node.
 * @param library "redis", "redis4" (node-redis) or "ioredis"
 * @param urls the nodes' URLs (one is enough to discover the rest)
 */
export async function connectCluster(library: RedisLibrary, urls: readonly string[]): Promise<TestRedis> {
  if (library === "redis" || library === "redis4") {
    const create = library === "redis" ? createCluster : (createCluster4 as unknown as typeof createCluster);
    const cluster = create({ rootNodes: urls.map((url) => ({ url })) });
    cluster.on("error", ignore);
    await cluster.connect();
    return {
      client: cluster,
      command: (...args) => cluster.sendCommand(args[1], false, args),
      close: async () => {
        if (library === "redis") cluster.destroy();
        else await (cluster as unknown as { disconnect(): Promise<void> }).disconnect().catch(ignore);
      },
    };
  }
  const nodes = urls.map((url) => {
    const { hostname, port } = new URL(url);
    return { host: hostname, port: Number(port) };
  });
  const cluster = new Cluster(nodes);
  cluster.on("error", ignore);
  if (cluster.status !== "ready")
    await new Promise<void>((resolve) => cluster.once("ready", () => resolve()));
  return {
    client: cluster,
    command: (name, ...args) => cluster.call(name as string, ...args),
    close: async () => {
      cluster.disconnect();
    },
  };
}

/**
 * Every key under `prefix`, read with SCAN (never KEYS).
 * @param redis a connected test client
 * @param prefix the key prefix
 */
export async function keysUnder(redis: TestRedis, prefix: string): Promise<string[]> {
  const keys: string[] = [];
  let cursor = "0";
  do {
    const [next, batch] = (await redis.command("SCAN", cursor, "MATCH", `${prefix}*`, "COUNT", "1000")) as [
      string,
      string[],
    ];
    cursor = String(next);
    keys.push(...batch);
  } while (cursor !== "0");
  return keys;
}
