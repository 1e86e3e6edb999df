// RedisTokenStore in one process, on the machine's Redis (127.0.0.1:6379) under a key prefix of
// its own, and on a redis-server of its own for the slow-Redis case. The fleet of real processes
// is in fleet.test.ts.
import { execFile } from "node:child_process";
import { randomUUID } from "node:crypto";
import { inspect, promisify } from "node:util";
import { Redis } from "ioredis";
import { createClient } from "redis";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { RedisTokenStore } from "../../src/redis/index.js";
import { type TokenStoreContext, tokenStoreKey } from "../../src/token-store.js";
import { ROOT_ID, ROOT_SECRET, recordingLogger, TOKEN_PATH, useMsw, world } from "../client/fixtures.js";
import { connectRedis, keysUnder, type RedisLibrary, type TestRedis } from "./redis-clients.js";
import { type OwnRedis, ownRedis } from "./redis-server.js";

const run = promisify(execFile);
const SHARED_REDIS = "redis://127.0.0.1:6379";
const LIBRARIES: readonly RedisLibrary[] = ["redis", "ioredis"];

const server = useMsw();

function otherContext(): TokenStoreContext {
  return tokenStoreKey("http://localhost:8080", ROOT_ID, "another-secret").then(
    (key) => key.context,
  ) as never;
}

describe.each(LIBRARIES)("RedisTokenStore over %s", (library) => {
  let redis: TestRedis;
  const prefix = `fides-sdk-test:${randomUUID()}:`;

  beforeAll(async () => {
    redis = await connectRedis(library, SHARED_REDIS);
  });
  afterEach(async () => {
    const keys = await keysUnder(redis, prefix);
    if (keys.length > 0) await redis.command("DEL", ...keys);
  });
  afterAll(async () => {
    await redis.close();
  });

  it("stores the token encrypted: no key holds the token or the secret in the clear", async () => {
    const w = world(server);
    const store = new RedisTokenStore(redis.client, { keyPrefix: prefix });
    const token = await w.client({ tokenStore: store }).oauth.getAccessToken();
    const keys = await keysUnder(redis, prefix);
    const tokenKeys = keys.filter((key) => !key.endsWith(":lock"));
    expect(tokenKeys).toHaveLength(1);
    expect(String(await redis.command("GET", tokenKeys[0] as string))).toMatch(
      /^v1\.[\w-]+\.[\w-]+\.[\w-]+$/,
    );
    for (const key of keys) {
      const value = String(await redis.command("GET", key));
      expect(value).not.toContain(token);
      expect(value).not.toContain(ROOT_SECRET);
      expect(key).not.toContain(ROOT_SECRET);
    }
  });

  it("keeps the token and the secret out of JSON.stringify and util.inspect", async () => {
    const w = world(server);
    const store = new RedisTokenStore(redis.client, { keyPrefix: prefix });
    const token = await w.client({ tokenStore: store }).oauth.getAccessToken();
    const key = await tokenStoreKey(w.fides.baseUrl, ROOT_ID, ROOT_SECRET);
    for (const shown of [
      JSON.stringify(store),
      inspect(store),
      JSON.stringify(key),
      inspect(key, { depth: 5 }),
    ]) {
      expect(shown).not.toContain(token);
      expect(shown).not.toContain(ROOT_SECRET);
    }
  });

  it("lets a second client reuse the stored token, and the key expires with the token", async () => {
    const w = world(server);
    const store = new RedisTokenStore(redis.client, { keyPrefix: prefix });
    const first = await w.client({ tokenStore: store }).oauth.getAccessToken();
    const second = await w.client({ tokenStore: store }).oauth.getAccessToken();
    expect(second).toBe(first);
    expect(w.count(TOKEN_PATH)).toBe(1);
    const [key] = await keysUnder(redis, prefix);
    const ttl = Number(await redis.command("PTTL", key as string));
    // Fides's default token lives 8 days.
    expect(ttl).toBeGreaterThan(8 * 86_400_000 - 60_000);
    expect(ttl).toBeLessThanOrEqual(8 * 86_400_000);
  });

  it("reads a garbage value, or one sealed with another secret, as a miss and requests one new token", async () => {
    const w = world(server);
    const store = new RedisTokenStore(redis.client, { keyPrefix: prefix });
    const key = await tokenStoreKey(w.fides.baseUrl, ROOT_ID, ROOT_SECRET);
    const now = w.clock.ms;
    await store.set(
      key.name,
      { accessToken: "forged", obtainedAt: now, expiresAt: now + 3_600_000 },
      await otherContext(),
    );
    expect(await store.get(key.name, key.context)).toBeUndefined();
    await w.client({ tokenStore: store }).oauth.listScopes();
    expect(w.count(TOKEN_PATH)).toBe(1);

    await redis.command("SET", `${prefix}{${key.name}}`, "v1.garbage.not-an-iv.nor-a-ciphertext");
    expect(await store.get(key.name, key.context)).toBeUndefined();
    await w.client({ tokenStore: store }).oauth.listScopes();
    expect(w.count(TOKEN_PATH)).toBe(2);
  });

  it("deletes a refused token only while it is still the stored one", async () => {
    const store = new RedisTokenStore(redis.client, { keyPrefix: prefix });
    const key = await tokenStoreKey("http://localhost:8080", ROOT_ID, ROOT_SECRET);
    const token = (accessToken: string) => ({ accessToken, obtainedAt: 0, expiresAt: 3_600_000 });
    await store.set(key.name, token("newer"), key.context);
    await store.compareAndDelete(key.name, "refused", key.context);
    expect(await store.get(key.name, key.context)).toEqual(token("newer"));
    await store.compareAndDelete(key.name, "newer", key.context);
    expect(await store.get(key.name, key.context)).toBeUndefined();
  });

  it("grants the lock to one holder at a time, and only the holder releases it", async () => {
    const store = new RedisTokenStore(redis.client, { keyPrefix: prefix });
    const first = await store.lock("k");
    expect(first).toBeDefined();
    expect(await store.lock("k")).toBeUndefined();
    await first?.release();
    const second = await store.lock("k");
    expect(second).toBeDefined();
    // A stale holder's release (its lock expired and was taken over) leaves the new lock alone.
    await first?.release();
    expect(await store.lock("k")).toBeUndefined();
    await second?.release();
  });

  it("makes one new token request when two clients see the same token refused", async () => {
    const w = world(server);
    const store = new RedisTokenStore(redis.client, { keyPrefix: prefix });
    const a = w.client({ tokenStore: store });
    const b = w.client({ tokenStore: store });
    await Promise.all([a.oauth.listScopes(), b.oauth.listScopes()]);
    expect(w.count(TOKEN_PATH)).toBe(1);
    w.fides.failNext(2, 401, { path: "/api/v1/oauth/scope" });
    await Promise.all([a.oauth.listScopes(), b.oauth.listScopes()]);
    expect(w.count(TOKEN_PATH)).toBe(2);
    expect(await a.oauth.getAccessToken()).toBe(await b.oauth.getAccessToken());
  });

  it("rejects, naming it, a redis argument that is not a connected node-redis or ioredis client", async () => {
    const unconnected = library === "redis" ? createClient({ url: SHARED_REDIS }) : undefined;
    const ended = library === "ioredis" ? new Redis(SHARED_REDIS, { lazyConnect: true }) : undefined;
    ended?.disconnect();
    const closed = unconnected ?? ended;
    expect(() => new RedisTokenStore(closed)).toThrow(
      expect.objectContaining({
        name: "TypeError",
        code: "ERR_INVALID_ARG_VALUE",
        message: `"redis" must be a connected client (call connect() first; this one is closed)`,
      }),
    );
    for (const value of [undefined, null, {}, "redis://127.0.0.1:6379", { get() {}, set() {} }]) {
      expect(() => new RedisTokenStore(value)).toThrow(
        expect.objectContaining({
          name: "TypeError",
          code: "ERR_INVALID_ARG_TYPE",
          message: `"redis" must be a connected node-redis (4 or later) or ioredis (5 or later) client`,
        }),
      );
    }
  });

  it.each([
    [{ keyPrefix: 5 }, "ERR_INVALID_ARG_TYPE", `"options.keyPrefix" must be a string`],
    [{ lockTtlMs: 0 }, "ERR_INVALID_ARG_VALUE", `"options.lockTtlMs" must be an integer of 1 or more`],
    [{ waitMs: -1 }, "ERR_INVALID_ARG_VALUE", `"options.waitMs" must be an integer of 0 or more`],
    [
      { commandTimeoutMs: "250" },
      "ERR_INVALID_ARG_TYPE",
      `"options.commandTimeoutMs" must be an integer of 1 or more`,
    ],
    [{ lockTtlMs: 1.5 }, "ERR_INVALID_ARG_VALUE", `"options.lockTtlMs" must be an integer of 1 or more`],
  ])("rejects the option %o naming it", (options, code, message) => {
    expect(() => new RedisTokenStore(redis.client, options as never)).toThrow(
      expect.objectContaining({ name: "TypeError", code, message }),
    );
  });
});

describe.each(LIBRARIES)("RedisTokenStore over %s when Redis is slow or down", (library) => {
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

  it("goes on with its own token when Redis does not answer in time, with one warning", async () => {
    const w = world(server);
    const logger = recordingLogger();
    const store = new RedisTokenStore(redis.client, { commandTimeoutMs: 50 });
    // Redis holds every client's commands for 2 s: reads, locks and writes all time out.
    await redis.command("CLIENT", "PAUSE", "2000", "ALL");
    const sdk = w.client({ tokenStore: store, logger });
    await Promise.all([sdk.oauth.listScopes(), sdk.oauth.listScopes()]);
    await sdk.oauth.listScopes();
    expect(w.count(TOKEN_PATH)).toBe(1);
    expect(logger.lines.filter((line) => line.startsWith("warn:"))).toEqual([
      "warn: token store read failed (RedisTimeoutError); this client uses its own token until the store answers again",
    ]);
    // From another connection: this one's own commands wait behind the paused ones.
    await run("redis-cli", ["-p", String(own.port), "CLIENT", "UNPAUSE"]);
  });

  it("waits out a slow Redis within its own commandTimeoutMs, longer than the client's 1 s default", async () => {
    const w = world(server);
    const logger = recordingLogger();
    const store = new RedisTokenStore(redis.client, {
      commandTimeoutMs: 4000,
      keyPrefix: `slow:${randomUUID()}:`,
    });
    await w.client({ tokenStore: store, logger }).oauth.getAccessToken();
    // Redis holds every command for 1.5 s: within this store's bound, past the client's default.
    await redis.command("CLIENT", "PAUSE", "1500", "ALL");
    await w.client({ tokenStore: store, logger }).oauth.getAccessToken();
    expect(w.count(TOKEN_PATH)).toBe(1);
    expect(logger.lines.filter((line) => line.startsWith("warn:"))).toEqual([]);
  });

  it("goes on with its own token while Redis is down, and shares it again once Redis is back", async () => {
    const w = world(server);
    const logger = recordingLogger();
    const store = new RedisTokenStore(redis.client);
    await own.stop();
    await w.client({ tokenStore: store, logger }).oauth.listScopes();
    await w.client({ tokenStore: store, logger }).oauth.listScopes();
    expect(w.count(TOKEN_PATH)).toBe(2);
    // One warning per client (each has its own view of the outage), whatever the client library
    // reports first: a timeout, or a refusal to queue.
    const warnings = logger.lines.filter((line) => line.startsWith("warn:"));
    expect(warnings).toHaveLength(2);
    for (const warning of warnings) {
      expect(warning).toMatch(
        /^warn: token store read failed \(\w+\); this client uses its own token until the store answers again$/,
      );
    }
    await own.start();
    await redis.command("PING");
    const first = await w.client({ tokenStore: store }).oauth.getAccessToken();
    const second = await w.client({ tokenStore: store }).oauth.getAccessToken();
    expect(second).toBe(first);
    expect(w.count(TOKEN_PATH)).toBe(3);
  });
});
