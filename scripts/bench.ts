// `npm run bench`: what the SDK costs next to hand-written fetch calls, how few token requests it
// makes, how fast it starts and how big it is. Prints tables and writes bench-results.json.
// Flags: --rounds 30 --requests 800 --concurrency 16 --cold-runs 15 --answer-delay 50 --fleet 50 --fleet-alone 5
// BENCH_BASELINE=/path/to/other/checkout/src/index.ts also measures that checkout's FidesClient
// (say, main's) in the same interleaved rounds.
// The fleet section needs Redis at $REDIS_URL (default redis://127.0.0.1:6379) and skips without it.
// Many short interleaved rounds: on a small, busy machine the speed drifts within seconds, and
// long rounds let that drift land on one variant (3 × 2,000 swung the ratios by ±0.1).
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { FidesClient } from "../src/index.js";
import { parseIntegerFlags } from "./bench/args.js";
import { ensureBuilt, ROOT } from "./bench/build.js";
import { type ClientClass, measureColdCall } from "./bench/cold-call.js";
import { measureColdStart } from "./bench/cold-start.js";
import { startEmulatorChild } from "./bench/emulator-child.js";
import { type FleetResults, measureFleet, redisAnswers } from "./bench/fleet.js";
import { measurePerCall, type VariantFigures } from "./bench/per-call.js";
import { measureSize } from "./bench/size.js";
import { round, table } from "./bench/stats.js";
import { measureTokenEconomy } from "./bench/token-economy.js";

const settings = parseIntegerFlags(process.argv.slice(2), {
  rounds: 30,
  requests: 800,
  concurrency: 16,
  "cold-runs": 15,
  "answer-delay": 50,
  fleet: 50,
  "fleet-alone": 5,
});
const baselinePath = process.env.BENCH_BASELINE;
const baseline =
  baselinePath === undefined
    ? undefined
    : ((await import(baselinePath)) as { FidesClient: typeof FidesClient }).FidesClient;
const say = (text: string): void => {
  process.stdout.write(`${text}\n`);
};

ensureBuilt();
say(
  `1. cost per call: getClientScopes(id), ${settings.rounds} interleaved rounds × ${settings.requests} requests at concurrency ${settings.concurrency}`,
);
const server = await startEmulatorChild();
let perCall: VariantFigures[];
try {
  perCall = await measurePerCall(server, settings, baseline);
} finally {
  await server.stop();
}
say(
  table(
    ["variant", "req/s", "req per CPU-s", "× raw (CPU)", "× raw (wall)"],
    perCall.map((f) => [
      f.variant,
      round(f.requestsPerSecond),
      round(f.requestsPerCpuSecond),
      round(f.cpuRatioToRaw),
      round(f.wallRatioToRaw),
    ]),
  ),
);

const delay = settings["answer-delay"];
say(`\n1b. a cold client's first createClient (serverVersion "auto"), every answer held ${delay} ms`);
const coldClients: Record<string, ClientClass> = { "fides-sdk": FidesClient as unknown as ClientClass };
if (baseline !== undefined) coldClients["fides-sdk (baseline)"] = baseline as unknown as ClientClass;
const coldCall = await measureColdCall(coldClients, delay, settings["cold-runs"]);
say(
  table(
    ["variant", "ms", "answer delays"],
    coldCall.map((f) => [f.variant, round(f.wallMs), round(f.roundTrips)]),
  ),
);

say("\n2. token economy");
const economy = await measureTokenEconomy();
say(
  table(
    ["scenario", "measured", "target"],
    [
      ["1,000 concurrent calls, cold client: token requests", economy.coldTokenRequests, 1],
      ["1,000 calls across the refresh window: token requests", economy.refreshTokenRequests, 1],
      ["  requests sent with an expired token", economy.expiredTokenSends, 0],
      ["  401/403 refusals from the server", economy.refusals, 0],
      [`${economy.rateLimitedCalls} calls, token route limited 10/min: 429s`, economy.rateLimited429s, 0],
      ["  token requests", economy.rateLimitedTokenRequests, 1],
    ],
  ),
);

say(`\n3. cold start (median of ${settings["cold-runs"]} fresh node processes)`);
const cold = measureColdStart(settings["cold-runs"]);
say(
  table(
    ["process", "ms", "× bare node"],
    [
      ["bare node", round(cold.bareNodeMs), 1],
      [
        "openapi-fetch + zod, createClient()",
        round(cold.dependenciesMs),
        round(cold.dependenciesMs / cold.bareNodeMs),
      ],
      ["import fides-sdk, new FidesClient()", round(cold.sdkMs), round(cold.sdkToBare)],
    ],
  ),
);
say(
  `the SDK's own share: ${round(cold.sdkOwnMs)} ms (× ${round(cold.sdkToDependencies)} of its dependencies)`,
);

say("\n4. size (esbuild --minify, gzip -9)");
const size = await measureSize();
say(
  table(
    ["what", "minified", "gzipped"],
    [
      ["the SDK's own code (dependencies external)", size.ownMinified, size.ownGzipped],
      ["FidesClient with openapi-fetch and zod", size.bundleMinified, size.bundleGzipped],
    ],
  ),
);

say(`\n5. a fleet of ${settings.fleet} processes starting at once, each with its own FidesClient`);
const redisUrl = process.env.REDIS_URL ?? "redis://127.0.0.1:6379";
let fleet: FleetResults | undefined;
if (await redisAnswers(redisUrl)) {
  fleet = await measureFleet(settings.fleet, settings["fleet-alone"], redisUrl);
  say(
    table(
      [
        "token store",
        "token requests",
        "429s",
        "failed calls",
        "first call, from start: median ms",
        "p95 ms",
        "from ready: median ms",
        "p95 ms",
        "after the token answer: median ms",
        "p95 ms",
      ],
      fleet.fleets.map((f) => [
        f.store,
        f.tokenRequests,
        f.rateLimited,
        f.failedCalls,
        round(f.firstCallMedianMs),
        round(f.firstCallP95Ms),
        round(f.afterReadyMedianMs),
        round(f.afterReadyP95Ms),
        round(f.afterTokenMedianMs),
        round(f.afterTokenP95Ms),
      ]),
    ),
  );
  say(
    `one process alone (RedisTokenStore, cold, median of ${fleet.aloneRuns}): first call ${round(fleet.aloneMedianMs)} ms from start, ${round(fleet.aloneAfterReadyMedianMs)} ms from ready`,
  );
} else {
  say(`skipped: no Redis answers at ${redisUrl}`);
}

const file = join(ROOT, "bench-results.json");
const results = {
  date: new Date().toISOString(),
  node: process.version,
  settings,
  perCall,
  coldCall,
  tokenEconomy: economy,
  coldStart: cold,
  size,
  fleet,
};
writeFileSync(file, `${JSON.stringify(results, null, 2)}\n`);
say(`\nwrote ${file}`);
