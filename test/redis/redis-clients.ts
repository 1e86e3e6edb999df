// Both Redis clients the store supports, connected the way a user would connect them.
import { Redis } from "ioredis";
import { createClient } from "redis";

/** Which client library. */
export type RedisLibrary = "redis" | "ioredis";

/** A connected client and a way to close it. */
export interface TestRedis {
  readonly client: unknown;
  /** Sends a raw command, for the tests' own checks (SCAN, GET, PTTL, SET). */
  command(...args: string[]): Promise<unknown>;
  close(): Promise<void>;
}

/**
 * Connects a client of `library` to `url`; it retries every 100 ms while the server is away and
 * swallows connection errors (a real application logs them).
 * @param library "redis" (node-redis) or "ioredis"
 * @param url e.g. `redis://127.0.0.1:6379`
 * @param wait whether to wait for the connection (false when the server is down on purpose)
 */
export async function connectRedis(library: RedisLibrary, url: string, wait = true): Promise<TestRedis> {
  if (library === "redis") {
    const client = createClient({ url, socket: { reconnectStrategy: () => 100 } });
    client.on("error", () => {});
    const connecting = client.connect();
    connecting.catch(() => {});
    if (wait) await connecting;
    return {
      client,
      command: (...args) => client.sendCommand(args),
      close: async () => {
        client.destroy();
      },
    };
  }
  const client = new Redis(url, { retryStrategy: () => 100, maxRetriesPerRequest: 1 });
  client.on("error", () => {});
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
