// The acquisition lock of RedisTokenStore on a real Redis, with every supported client: renewed
// while its holder works, compared before it is renewed or released, and told apart from a
// Redis error. A holder killed mid-acquisition is in fleet.test.ts (real processes).
import { randomUUID } from "node:crypto";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { RedisTokenStore } from "../../src/redis/index.js";
import {
  connectRedis,
  keysUnder,
  REDIS_LIBRARIES,
  type RedisLibrary,
  type TestRedis,
} from "./redis-clients.js";
import { type OwnRedis, ownRedis } from "./redis-server.js";

const SHARED_REDIS = "redis://127.0.0.1:6379";

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

describe.each(REDIS_LIBRARIES)("the fleet lock over %s", (library: RedisLibrary) => {
  let redis: TestRedis;
  let other: TestRedis;
  const prefix = `fides-sdk-lock-test:${randomUUID()}:`;
  const lockKey = (key: string) => `${prefix}{${key}}:lock`;

  beforeAll(async () => {
    redis = await connectRedis(library, SHARED_REDIS);
    other = await connectRedis(library, SHARED_REDIS);
  });
  afterEach(async () => {
    const keys = await keysUnder(redis, prefix);
    if (keys.length > 0) await redis.command("DEL", ...keys);
  });
  afterAll(async () => {
    await redis.close();
    await other.close();
  });

  it("keeps the lock from a second process while its holder works three lifetimes long", async () => {
    const holder = new RedisTokenStore(redis.client, { keyPrefix: prefix, lockTtlMs: 300 });
    const second = new RedisTokenStore(other.client, { keyPrefix: prefix, lockTtlMs: 300 });
    const lock = await holder.lock("k");
    expect(lock).toBeDefined();
    await sleep(900);
    expect(await second.lock("k")).toBeUndefined();
    const ttl = Number(await redis.command("PTTL", lockKey("k")));
    expect(ttl).toBeGreaterThan(0);
    expect(ttl).toBeLessThanOrEqual(300);
    await lock?.release();
    const next = await second.lock("k");
    expect(next).toBeDefined();
    await next?.release();
  });

  it("stops renewing after waitMs, so a holder stuck that long frees the fleet within lockTtlMs", async () => {
    const holder = new RedisTokenStore(redis.client, { keyPrefix: prefix, lockTtlMs: 200, waitMs: 400 });
    const second = new RedisTokenStore(other.client, { keyPrefix: prefix, lockTtlMs: 200 });
    const stuck = await holder.lock("k");
    expect(stuck).toBeDefined();
    await sleep(350);
    expect(await second.lock("k")).toBeUndefined();
    // The last renewal comes before 400 ms and lasts 200 ms.
    await sleep(500);
    const next = await second.lock("k");
    expect(next).toBeDefined();
    await next?.release();
    await stuck?.release();
  });

  it("renews and releases only its own lock: one taken over after it expired is left alone", async () => {
    const holder = new RedisTokenStore(redis.client, { keyPrefix: prefix, lockTtlMs: 200 });
    const lock = await holder.lock("k");
    // As if the lock had expired and another process had taken it.
    await redis.command("SET", lockKey("k"), "another holder", "PX", "10000");
    await sleep(300);
    expect(await redis.command("GET", lockKey("k"))).toBe("another holder");
    expect(Number(await redis.command("PTTL", lockKey("k")))).toBeGreaterThan(9000);
    await lock?.release();
    expect(await redis.command("GET", lockKey("k"))).toBe("another holder");
  });

  it("stores a random holder id in the lock, not the token or the secret", async () => {
    const holder = new RedisTokenStore(redis.client, { keyPrefix: prefix });
    const lock = await holder.lock("k");
    expect(String(await redis.command("GET", lockKey("k")))).toMatch(
      /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[0-9a-f]{4}-[0-9a-f]{12}$/,
    );
    await lock?.release();
    expect(await redis.command("EXISTS", lockKey("k"))).toBe(0);
  });
});

describe.each(REDIS_LIBRARIES)("the fleet lock over %s when Redis fails", (library: RedisLibrary) => {
  let own: OwnRedis;
  let redis: TestRedis;

  beforeAll(async () => {
    own = await ownRedis();
    await own.start();
    redis = await connectRedis(library, own.url);
  });
  afterAll(async () => {
    await redis.close();
    await own.stop();
  });

  it("tells acquired (a lock) from held by a live holder (undefined) from a Redis error (a rejection)", async () => {
    const store = new RedisTokenStore(redis.client, { commandTimeoutMs: 200 });
    const lock = await store.lock("k");
    expect(lock).toBeDefined();
    expect(await store.lock("k")).toBeUndefined();
    await own.stop();
    await expect(store.lock("k")).rejects.toBeInstanceOf(Error);
    // Releasing a lock while Redis is down only means it expires by itself.
    await expect(lock?.release()).rejects.toBeInstanceOf(Error);
    await own.start();
  });

  it("gives back a lock whose SET timed out, so the fleet does not wait a lifetime for it", async () => {
    const store = new RedisTokenStore(redis.client, { commandTimeoutMs: 100, lockTtlMs: 60_000 });
    await redis.command("PING");
    await redis.command("CLIENT", "PAUSE", "400", "WRITE");
    await expect(store.lock("k")).rejects.toThrow(expect.objectContaining({ name: "RedisTimeoutError" }));
    // Once Redis answers again, the SET lands and the compare-and-delete after it.
    await sleep(600);
    expect(await redis.command("EXISTS", "{k}:lock")).toBe(0);
  });
});
