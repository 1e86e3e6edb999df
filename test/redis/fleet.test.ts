// A fleet of real processes, each with its own FidesClient, sharing one token through Redis, with
// node-redis and with ioredis, against the emulator's HTTP server (whose request log counts the
// token requests). The processes load the built package (dist/), as an application would.
import { randomUUID } from "node:crypto";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { holdNextTokenAnswer } from "../../scripts/bench/fleet/held-token-answer.js";
import {
  assertBuilt,
  closeFleet,
  type FleetConfig,
  type FleetWorker,
  startFleet,
} from "../../scripts/bench/fleet/processes.js";
import { FidesClient } from "../../src/client.js";
import { RedisTokenStore } from "../../src/redis/index.js";
import { type FidesEmulatorServer, startFidesEmulatorServer } from "../../src/testing/server-entry.js";
import { tokenStoreKey } from "../../src/token-store.js";
import { connectRedis, keysUnder, type RedisLibrary, type TestRedis } from "./redis-clients.js";
import { type OwnRedis, ownRedis } from "./redis-server.js";

/** Processes per fleet: 50, as a restarting deployment might have (FIDES_FLEET_SIZE for fewer while developing). */
const FLEET = Number(process.env.FIDES_FLEET_SIZE ?? 50);
/** Processes for the tests about one behaviour rather than about scale. */
const SMALL = Math.max(2, Math.round(FLEET / 4));
const SHARED_REDIS = "redis://127.0.0.1:6379";
const TOKEN_PATH = "/api/v1/oauth/token";
const ROOT_ID = "fidesadmin";
const ROOT_SECRET = "fidesadminsecret";
const DAY_MS = 86_400_000;
const LIBRARIES: readonly RedisLibrary[] = ["redis", "ioredis"];
// Starting a fleet of node processes on a small, shared machine takes seconds.
vi.setConfig({ testTimeout: 120_000, hookTimeout: 60_000 });
// Generous: these tests are about sharing, and a command that times out on a busy machine makes
// a process go on alone (correct, but another token request). The outage test uses less.
const SHARING = { commandTimeoutMs: 5000 } as const;

let fides: FidesEmulatorServer;
const running: FleetWorker[] = [];

beforeAll(async () => {
  assertBuilt();
  fides = await startFidesEmulatorServer();
});
afterAll(async () => {
  await fides.close();
});
beforeEach(() => fides.emulator.reset());

/** Stops every worker of the test, so none writes to Redis after its keys are deleted. */
async function stopWorkers(): Promise<void> {
  await Promise.all(running.splice(0).map((worker) => worker.stop()));
}

function tokenRequests(): number {
  return fides.emulator.requests().filter((request) => request.path === TOKEN_PATH).length;
}

async function fleet(count: number, config: Omit<FleetConfig, "url" | "clientId" | "clientSecret">) {
  const workers = await startFleet(count, {
    url: fides.url,
    clientId: ROOT_ID,
    clientSecret: ROOT_SECRET,
    ...config,
  });
  running.push(...workers);
  return workers;
}

async function callAll(workers: readonly FleetWorker[], offsetMs?: number) {
  const results = await Promise.all(workers.map((worker) => worker.call(offsetMs)));
  expect(results.filter((result) => !result.ok)).toEqual([]);
  return results;
}

describe.each(LIBRARIES)("a fleet sharing its token through Redis with %s", (library) => {
  let redis: TestRedis;
  let prefix: string;

  beforeAll(async () => {
    redis = await connectRedis(library, SHARED_REDIS);
  });
  beforeEach(() => {
    prefix = `fides-sdk-fleet-test:${randomUUID()}:`;
  });
  afterEach(async () => {
    await stopWorkers();
    const keys = await keysUnder(redis, prefix);
    if (keys.length > 0) await redis.command("DEL", ...keys);
  });
  afterAll(async () => {
    await redis.close();
  });

  it(`makes one token request for ${FLEET} cold processes, none for ${FLEET} more, and stores nothing in the clear`, async () => {
    const config = { library, redisUrl: SHARED_REDIS, prefix, ...SHARING };
    await callAll(await fleet(FLEET, config));
    expect(tokenRequests()).toBe(1);
    await callAll(await fleet(FLEET, config));
    expect(tokenRequests()).toBe(1);

    const store = new RedisTokenStore(redis.client, { keyPrefix: prefix });
    const token = await new FidesClient({
      baseUrl: fides.url,
      clientId: ROOT_ID,
      clientSecret: ROOT_SECRET,
      tokenStore: store,
    }).oauth.getAccessToken();
    expect(tokenRequests()).toBe(1);
    const keys = await keysUnder(redis, prefix);
    expect(keys.length).toBeGreaterThan(0);
    for (const key of keys) {
      const value = String(await redis.command("GET", key));
      expect(value).not.toContain(token);
      expect(value).not.toContain(ROOT_SECRET);
      expect(key).not.toContain(ROOT_SECRET);
    }
  });

  it("replaces a lock holder killed mid-acquisition: the others finish, with two token requests in all", async () => {
    // The lock outlives the time the others need to reach it on a busy machine, and no more.
    const config = { library, redisUrl: SHARED_REDIS, prefix, lockTtlMs: 3000, ...SHARING };
    const [holder, ...others] = await fleet(FLEET, config);
    const held = holdNextTokenAnswer(fides);
    const holderCall = holder?.call();
    await held.arrived;
    const calls = others.map((worker) => worker.call());
    await Promise.all(others.map((worker) => worker.waiting));
    holder?.kill();
    const results = await Promise.all(calls);
    expect(results.filter((result) => !result.ok)).toEqual([]);
    expect((await holderCall)?.ok).toBe(false);
    expect(tokenRequests()).toBe(2);
    held.release();
  });

  it("keeps the lock while its holder's token request outlasts lockTtlMs: one token request in all", async () => {
    // Without renewal, the lock would expire after 1 s and a waiting process would take it.
    const config = { library, redisUrl: SHARED_REDIS, prefix, lockTtlMs: 1000, ...SHARING };
    const [holder, ...others] = await fleet(SMALL, config);
    const held = holdNextTokenAnswer(fides);
    const holderCall = holder?.call();
    await held.arrived;
    const calls = others.map((worker) => worker.call());
    await Promise.all(others.map((worker) => worker.waiting));
    await new Promise((resolve) => setTimeout(resolve, 3000));
    held.release();
    const results = await Promise.all([holderCall, ...calls]);
    expect(results.filter((result) => !result?.ok)).toEqual([]);
    expect(tokenRequests()).toBe(1);
    expect(results.map((result) => result?.tokenRequests)).toEqual([1, ...others.map(() => 0)]);
  });

  it(`refreshes once when ${FLEET} processes cross the refresh window`, async () => {
    const workers = await fleet(FLEET, { library, redisUrl: SHARED_REDIS, prefix, ...SHARING });
    await callAll(workers);
    expect(tokenRequests()).toBe(1);
    // Fides's 8-day token: ten minutes before expiry every process is inside its window
    // (30 to 60 minutes, by its jitter) and refreshes in the background...
    fides.emulator.advanceTime(8 * DAY_MS - 10 * 60_000);
    await callAll(workers, 8 * DAY_MS - 10 * 60_000);
    // ...and twenty seconds before expiry none may use the old token any more.
    fides.emulator.advanceTime(10 * 60_000 - 20_000);
    const results = await callAll(workers, 8 * DAY_MS - 20_000);
    // Should one more be counted, the processes' warnings say why (a store call that ran out, say).
    const warned = results.flatMap((result) =>
      result.lastWarning === undefined ? [] : [result.lastWarning],
    );
    expect(tokenRequests(), warned.join("\n")).toBe(2);
  });

  it("reads a garbage value, or one sealed with another secret, as a miss: one new token each", async () => {
    const config = { library, redisUrl: SHARED_REDIS, prefix, ...SHARING };
    const key = await tokenStoreKey(fides.url, ROOT_ID, ROOT_SECRET);
    const other = await tokenStoreKey(fides.url, ROOT_ID, "another-secret");
    const store = new RedisTokenStore(redis.client, { keyPrefix: prefix });
    const now = Date.now();
    await store.set(
      key.name,
      { accessToken: "forged", obtainedAt: now, expiresAt: now + DAY_MS },
      other.context,
    );
    await callAll(await fleet(1, config));
    expect(tokenRequests()).toBe(1);
    await redis.command("SET", `${prefix}{${key.name}}`, "not a sealed token");
    await callAll(await fleet(1, config));
    expect(tokenRequests()).toBe(2);
  });
});

describe.each(LIBRARIES)("a fleet on a Redis that goes down, with %s", (library) => {
  let own: OwnRedis;

  beforeAll(async () => {
    own = await ownRedis();
  });
  afterEach(stopWorkers);
  afterAll(async () => {
    await own.stop();
  });

  it("succeeds on every call while Redis is down before and during a run, and shares again once it is back", async () => {
    const config = { library, redisUrl: own.url, prefix: "outage:", commandTimeoutMs: 1000 };
    // Down before the run: each process acquires its own token and warns once.
    const alone = await fleet(SMALL, { ...config, redisDown: true });
    const results = await callAll(alone);
    expect(results.map((result) => result.warnings)).toEqual(alone.map(() => 1));
    expect(tokenRequests()).toBe(SMALL);
    await closeFleet(alone);

    // Back: sharing resumes.
    await own.start();
    await callAll(await fleet(SMALL, config));
    expect(tokenRequests()).toBe(SMALL + 1);

    // Down during a run: the processes waiting for the lock holder's token go on alone.
    await own.stop();
    await own.start();
    const [holder, ...others] = await fleet(SMALL, config);
    const held = holdNextTokenAnswer(fides);
    const holderCall = holder?.call();
    await held.arrived;
    const calls = others.map((worker) => worker.call());
    await Promise.all(others.map((worker) => worker.waiting));
    await own.stop();
    held.release();
    const during = await Promise.all([holderCall, ...calls]);
    expect(during.filter((result) => !result?.ok)).toEqual([]);
    expect(tokenRequests()).toBeLessThanOrEqual(SMALL + 1 + SMALL);

    // Back again: a new fleet shares one token (none at all if a write queued by a client
    // during the outage landed once it reconnected).
    await own.start();
    const before = tokenRequests();
    await callAll(await fleet(SMALL, config));
    expect(tokenRequests()).toBeLessThanOrEqual(before + 1);
  });
});
