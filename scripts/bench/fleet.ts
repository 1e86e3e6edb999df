// A fleet restarting at once: N real processes, each with its own FidesClient, start together
// against the emulator's HTTP server, with each process's own memory store and with one
// RedisTokenStore (node-redis, ioredis) on the machine's Redis. Counts the token requests and
// times each process's first successful call from its own start.
import { randomUUID } from "node:crypto";
import { Socket } from "node:net";
import { createClient } from "redis";
import { type FidesEmulatorServer, startFidesEmulatorServer } from "../../src/testing/server-entry.js";
import { holdNextTokenAnswer } from "./fleet/held-token-answer.js";
import { type CallResult, type FleetConfig, type FleetWorker, startFleet } from "./fleet/processes.js";
import { median, percentile } from "./stats.js";

const TOKEN_PATH = "/api/v1/oauth/token";

/** One store's figures for a fleet. */
export interface FleetFigures {
  store: string;
  processes: number;
  tokenRequests: number;
  /** token requests the server answered 429 */
  rateLimited: number;
  failedCalls: number;
  /** first successful call, ms since the process started: median and p95 */
  firstCallMedianMs: number;
  firstCallP95Ms: number;
  /** the same, from when the process was ready (modules loaded, Redis connected) */
  afterReadyMedianMs: number;
  afterReadyP95Ms: number;
  /**
   * the first call of the processes that sent no token request, ms after the first one that did
   * finished its call (it had the token answer): median and p95; NaN when every process requested
   */
  afterTokenMedianMs: number;
  afterTokenP95Ms: number;
}

/** How soon waiting processes go on once the one token answer arrives, per Redis client. */
export interface WakeUpFigures {
  store: string;
  /** processes that waited for the holder's token */
  waiters: number;
  /** ms from the token answer's release to the holder's call done (it stored the token first) */
  holderMs: number;
  /** ms from the holder's call done to each waiter's call done (negative: the waiter finished first): median and p95 */
  medianMs: number;
  p95Ms: number;
  /** token requests in all: 1 cold, then 1 for the renewal (target 2) */
  tokenRequests: number;
}

/** What the fleet section measures. */
export interface FleetResults {
  fleets: FleetFigures[];
  wakeUps: WakeUpFigures[];
  /** one process alone, Redis store, cold: median of its first successful call */
  aloneMedianMs: number;
  /** the same, from when it was ready */
  aloneAfterReadyMedianMs: number;
  aloneRuns: number;
}

interface Run {
  tokenRequests: number;
  rateLimited: number;
  failed: number;
  times: number[];
  afterReady: number[];
  afterToken: number[];
}

/** Starts `count` processes against the emulator, as its root client. */
function fleetOn(
  fides: FidesEmulatorServer,
  count: number,
  config: Omit<FleetConfig, "url" | "clientId" | "clientSecret">,
): Promise<FleetWorker[]> {
  const { rootClientId: clientId, rootClientSecret: clientSecret } = fides.emulator;
  return startFleet(count, { url: fides.url, clientId, clientSecret, ...config });
}

async function run(
  count: number,
  library: FleetConfig["library"],
  redisUrl: string,
  rateLimit: boolean,
): Promise<Run> {
  const fides = await startFidesEmulatorServer({ rateLimit });
  const prefix = `fides-sdk-bench:${randomUUID()}:`;
  try {
    const workers = await fleetOn(fides, count, { library, redisUrl, prefix, callAtStart: true });
    const results = await Promise.all(workers.map((worker) => worker.next()));
    await Promise.all(workers.map((worker) => worker.close()));
    if (library !== "memory") await deleteKeys(redisUrl, prefix);
    const times = results.flatMap((result) =>
      result.ok && result.sinceStartMs !== undefined ? [result.sinceStartMs] : [],
    );
    const afterReady = results.flatMap((result) =>
      result.ok && result.sinceReadyMs !== undefined ? [result.sinceReadyMs] : [],
    );
    const tokenRequests = fides.emulator.requests().filter((request) => request.path === TOKEN_PATH);
    return {
      afterReady,
      afterToken: afterTokenAnswer(results),
      tokenRequests: tokenRequests.length,
      rateLimited: tokenRequests.filter((request) => request.status === 429).length,
      failed: results.filter((result) => !result.ok).length,
      times,
    };
  } finally {
    await fides.close();
  }
}

/**
 * Wake-up latency, alone: `count` warm processes (each made one call, so fetch, Web Crypto and
 * the schemas are loaded) find their shared token about to expire and go through the store again
 * at once, while the emulator holds the one token answer; once every other process waits for the
 * holder's token, the answer is released. Measured: the holder's call done after the release
 * (it stores the token, then calls), and each waiter's call done after the holder's (woken by
 * the store, it reads the token and calls): the wake-up's own cost, as the fleet table's
 * "after the token answer" column measures it for a cold fleet.
 */
async function wakeUp(count: number, library: "redis" | "ioredis", redisUrl: string): Promise<WakeUpFigures> {
  const fides = await startFidesEmulatorServer();
  const prefix = `fides-sdk-bench:${randomUUID()}:`;
  let workers: FleetWorker[] = [];
  try {
    workers = await fleetOn(fides, count, { library, redisUrl, prefix });
    // One after another: the first acquires, the others read its token; none waits yet.
    const before: number[] = [];
    for (const worker of workers) before.push((await worker.call()).tokenRequests);
    let waiting = 0;
    for (const worker of workers) void worker.waiting.then(() => waiting++);
    // Twenty seconds before the 8-day token expires, no process may use it.
    const offsetMs = 8 * 86_400_000 - 20_000;
    fides.emulator.advanceTime(offsetMs);
    const held = holdNextTokenAnswer(fides);
    const calls = Promise.all(workers.map((worker) => worker.call(offsetMs)));
    await held.arrived;
    const deadline = performance.now() + 30_000;
    while (waiting < count - 1) {
      if (performance.now() > deadline) throw new Error(`only ${waiting} of ${count - 1} processes waited`);
      await new Promise((resolve) => setTimeout(resolve, 5));
    }
    const releasedAt = performance.timeOrigin + performance.now();
    held.release();
    const results = await calls;
    const renewed = (result: CallResult, index: number) => result.tokenRequests > (before[index] ?? 0);
    const holder = results.find((result, index) => result.ok && renewed(result, index));
    const latencies = results
      .filter((result, index) => result.ok && !renewed(result, index))
      .map((result) => result.atEpochMs - (holder?.atEpochMs ?? Number.NaN));
    return {
      store: `RedisTokenStore over ${library}`,
      waiters: latencies.length,
      holderMs: (holder?.atEpochMs ?? Number.NaN) - releasedAt,
      medianMs: latencies.length > 0 ? median(latencies) : Number.NaN,
      p95Ms: latencies.length > 0 ? percentile(latencies, 95) : Number.NaN,
      tokenRequests: fides.emulator.requests().filter((request) => request.path === TOKEN_PATH).length,
    };
  } finally {
    // Also after a failure (a process that never waited): no process or key outlives the run.
    await Promise.all(workers.map((worker) => worker.stop()));
    await deleteKeys(redisUrl, prefix);
    await fides.close();
  }
}

/** How long after the first process that requested a token each process that did not finished. */
function afterTokenAnswer(results: readonly CallResult[]): number[] {
  const ok = results.filter((result) => result.ok);
  const requesters = ok.filter((result) => result.tokenRequests > 0).map((result) => result.atEpochMs);
  if (requesters.length === 0 || requesters.length === ok.length) return [];
  const answeredAt = Math.min(...requesters);
  return ok.filter((result) => result.tokenRequests === 0).map((result) => result.atEpochMs - answeredAt);
}

/** Deletes the run's keys from the machine's Redis: the bench leaves nothing behind. */
async function deleteKeys(redisUrl: string, prefix: string): Promise<void> {
  const redis = await createClient({ url: redisUrl }).connect();
  try {
    for await (const keys of redis.scanIterator({ MATCH: `${prefix}*`, COUNT: 1000 })) {
      if (keys.length > 0) await redis.del(keys);
    }
  } finally {
    redis.destroy();
  }
}

/**
 * Runs the fleet section.
 * @param count processes per fleet
 * @param aloneRuns how many single-process runs give the "alone" median
 * @param wakeCount processes in the wake-up measurement
 * @param redisUrl where Redis is
 */
export async function measureFleet(
  count: number,
  aloneRuns: number,
  wakeCount: number,
  redisUrl: string,
): Promise<FleetResults> {
  const fleets: FleetFigures[] = [];
  const variants = [
    ["memory", false],
    ["redis", false],
    ["ioredis", false],
    ["memory", true],
    ["redis", true],
  ] as const;
  for (const [library, rateLimit] of variants) {
    const { tokenRequests, rateLimited, failed, times, afterReady, afterToken } = await run(
      count,
      library,
      redisUrl,
      rateLimit,
    );
    const store = library === "memory" ? "memory (each process its own)" : `RedisTokenStore over ${library}`;
    fleets.push({
      store: rateLimit ? `${store}, token route limited 10/min` : store,
      processes: count,
      tokenRequests,
      rateLimited,
      failedCalls: failed,
      firstCallMedianMs: times.length > 0 ? median(times) : Number.NaN,
      firstCallP95Ms: times.length > 0 ? percentile(times, 95) : Number.NaN,
      afterReadyMedianMs: afterReady.length > 0 ? median(afterReady) : Number.NaN,
      afterReadyP95Ms: afterReady.length > 0 ? percentile(afterReady, 95) : Number.NaN,
      afterTokenMedianMs: afterToken.length > 0 ? median(afterToken) : Number.NaN,
      afterTokenP95Ms: afterToken.length > 0 ? percentile(afterToken, 95) : Number.NaN,
    });
  }
  const alone: number[] = [];
  const aloneAfterReady: number[] = [];
  for (let i = 0; i < aloneRuns; i++) {
    const single = await run(1, "redis", redisUrl, false);
    alone.push(...single.times);
    aloneAfterReady.push(...single.afterReady);
  }
  const wakeUps = [await wakeUp(wakeCount, "redis", redisUrl), await wakeUp(wakeCount, "ioredis", redisUrl)];
  return {
    fleets,
    wakeUps,
    aloneMedianMs: median(alone),
    aloneAfterReadyMedianMs: median(aloneAfterReady),
    aloneRuns,
  };
}

/**
 * Whether a Redis server answers PING at `url`, within a second.
 * @param url e.g. `redis://127.0.0.1:6379`
 */
export async function redisAnswers(url: string): Promise<boolean> {
  const { hostname, port } = new URL(url);
  const socket = new Socket();
  socket.setTimeout(1000);
  try {
    return await new Promise<boolean>((resolve) => {
      socket.once("error", () => resolve(false));
      socket.once("timeout", () => resolve(false));
      socket.once("data", (data: Buffer) => resolve(data.toString().startsWith("+PONG")));
      socket.connect(Number(port || 6379), hostname, () => socket.write("PING\r\n"));
    });
  } finally {
    socket.destroy();
  }
}
