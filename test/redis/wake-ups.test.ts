// Waiting processes woken when the lock holder stores its token (pub/sub on the key's channel),
// with every supported client, and polling left as the fallback when pub/sub is unavailable.
import { randomUUID } from "node:crypto";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { RedisTokenStore } from "../../src/redis/index.js";
import { tokenStoreKey } from "../../src/token-store.js";
import { ROOT_ID, ROOT_SECRET } from "../client/fixtures.js";
import {
  connectRedis,
  keysUnder,
  REDIS_LIBRARIES,
  type RedisLibrary,
  type TestRedis,
} from "./redis-clients.js";
import { type OwnRedis, ownRedis } from "./redis-server.js";

const SHARED_REDIS = "redis://127.0.0.1:6379";
/** Far longer than any wake-up takes: a wait that lasts it was not woken. */
const LONG_MS = 10_000;

async function timed(promise: Promise<unknown>): Promise<number> {
  const start = performance.now();
  await promise;
  return performance.now() - start;
}

async function connectionCount(redis: TestRedis): Promise<number> {
  const list = String(await redis.command("CLIENT", "LIST"));
  return list.split("\n").filter((line) => line.trim() !== "").length;
}

describe.each(REDIS_LIBRARIES)("waking waiting processes over %s", (library: RedisLibrary) => {
  let holderRedis: TestRedis;
  let waiterRedis: TestRedis;
  const prefix = `fides-sdk-wake-test:${randomUUID()}:`;

  beforeAll(async () => {
    holderRedis = await connectRedis(library, SHARED_REDIS);
    waiterRedis = await connectRedis(library, SHARED_REDIS);
  });
  afterEach(async () => {
    const keys = await keysUnder(holderRedis, prefix);
    if (keys.length > 0) await holderRedis.command("DEL", ...keys);
  });
  afterAll(async () => {
    await holderRedis.close();
    await waiterRedis.close();
  });

  it("wakes a waiter as soon as another process stores the token, and only for that key", async () => {
    const holder = new RedisTokenStore(holderRedis.client, { keyPrefix: prefix });
    const waiter = new RedisTokenStore(waiterRedis.client, { keyPrefix: prefix });
    const key = await tokenStoreKey("http://localhost:8080", ROOT_ID, ROOT_SECRET);
    // The first wait ends once the subscription is in place (a token stored before it would
    // have been missed); from then on, waits end on a message or their timeout.
    await waiter.waitForChange(key.name, LONG_MS);
    await waiter.waitForChange("another key", LONG_MS);
    const start = performance.now();
    const woken = waiter.waitForChange(key.name, LONG_MS);
    const unrelated = waiter.waitForChange("another key", 300);
    await holder.set(key.name, { accessToken: "t", obtainedAt: 0, expiresAt: 3_600_000 }, key.context);
    await woken;
    expect(performance.now() - start).toBeLessThan(1000);
    await unrelated;
    expect(performance.now() - start).toBeGreaterThan(250);
  });

  it("wakes a waiter when the holder releases the lock without a token", async () => {
    const holder = new RedisTokenStore(holderRedis.client, { keyPrefix: prefix });
    const waiter = new RedisTokenStore(waiterRedis.client, { keyPrefix: prefix });
    const lock = await holder.lock("k");
    await waiter.waitForChange("k", LONG_MS);
    const woken = waiter.waitForChange("k", LONG_MS);
    await lock?.release();
    expect(await timed(woken)).toBeLessThan(1000);
    expect(await waiter.lock("k")).toBeDefined();
  });
});

describe.each(REDIS_LIBRARIES)("wake-ups over %s on a Redis of the test's own", (library: RedisLibrary) => {
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

  it("closes its subscriber connection about a second after the last wait, so it keeps no process alive", async () => {
    const store = new RedisTokenStore(redis.client);
    const before = await connectionCount(redis);
    await store.waitForChange("k", LONG_MS);
    await store.waitForChange("k", 50);
    expect(await connectionCount(redis)).toBe(before + 1);
    await new Promise((resolve) => setTimeout(resolve, 1500));
    expect(await connectionCount(redis)).toBe(before);
  });

  it("falls back to polling (each wait ends by its timeout, never rejects) when Redis forbids pub/sub", async () => {
    const store = new RedisTokenStore(redis.client, { commandTimeoutMs: 200 });
    await redis.command("ACL", "SETUSER", "default", "-subscribe");
    try {
      const waited = await timed(store.waitForChange("k", 300));
      expect(waited).toBeGreaterThan(250);
      expect(waited).toBeLessThan(LONG_MS);
    } finally {
      await redis.command("ACL", "SETUSER", "default", "+subscribe");
    }
  });
});
