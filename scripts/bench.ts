// `npm run bench`: what the SDK costs next to hand-written fetch calls, how few token requests it
// makes, how fast it starts and how big it is. Prints tables and writes bench-results.json.
// Flags: --rounds 30 --requests 800 --concurrency 16 --cold-runs 15 --cold-profiles 5 --answer-delay 50 --fleet 50 --fleet-alone 5 --fleet-wake 10
// --economy-calls 1000 --limited-calls 10000 --profile-calls 20000 --profile-top 12, and
// --only per-call,cold-call,token-economy,cold-start,size,fleet
// to run some sections. It exits with status 1 when a token-economy figure misses its target.
// BENCH_BASELINE=/path/to/other/checkout/src/index.ts also measures that checkout's FidesClient
// (say, main's) in the same interleaved rounds.
// The fleet section needs Redis at $REDIS_URL (default redis://127.0.0.1:6379) and skips without it.
// Many short interleaved rounds: on a small, busy machine the speed drifts within seconds, and
// long rounds let that drift land on one variant (3 × 2,000 swung the ratios by ±0.1).
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { FidesClient } from "../src/index.js";
import { parseIntegerFlags, takeSections } from "./bench/args.js";
import { ensureBuilt, ROOT } from "./bench/build.js";
import { type ClientClass, measureColdCall } from "./bench/cold-call.js";
import { measureColdStart, NAIVE_DEPENDENCIES, profileImport } from "./bench/cold-start.js";
import { formatProfile, type ProfileSummary, profileVariant } from "./bench/cpu-profile.js";
import { startEmulatorChild } from "./bench/emulator-child.js";
import { type FleetResults, measureFleet, redisAnswers } from "./bench/fleet.js";
import { measurePerCall, type VariantFigures } from "./bench/per-call.js";
import { measureSize } from "./bench/size.js";
import { round, table } from "./bench/stats.js";
import { measureTokenEconomy, missedTargets, type TokenEconomy } from "./bench/token-economy.js";

const SECTIONS = ["per-call", "cold-call", "token-economy", "cold-start", "size", "fleet"] as const;
const { only, rest } = takeSections(process.argv.slice(2), SECTIONS);
const settings = parseIntegerFlags(rest, {
  rounds: 30,
  requests: 800,
  concurrency: 16,
  "cold-runs": 15,
  "cold-profiles": 5,
  "answer-delay": 50,
  fleet: 50,
  "fleet-alone": 5,
  "fleet-wake": 10,
  "economy-calls": 1000,
  "limited-calls": 10_000,
  "profile-calls": 20_000,
  "profile-top": 12,
});
const baselinePath = process.env.BENCH_BASELINE;
const baseline =
  baselinePath === undefined
    ? undefined
    : ((await import(baselinePath)) as { FidesClient: typeof FidesClient }).FidesClient;
const say = (text: string): void => {
  process.stdout.write(`${text}\n`);
};

async function perCallSection(): Promise<{
  figures: VariantFigures[];
  profiles: Record<string, ProfileSummary>;
}> {
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
  const naive = perCall.find((f) => f.variant === "naive stack");
  say(
    table(
      ["variant", "req/s", "req per CPU-s", "× raw (CPU)", "× raw (wall)", "× naive (CPU)"],
      perCall.map((f) => [
        f.variant,
        round(f.requestsPerSecond),
        round(f.requestsPerCpuSecond),
        round(f.cpuRatioToRaw),
        round(f.wallRatioToRaw),
        naive === undefined ? "" : round(f.requestsPerCpuSecond / naive.requestsPerCpuSecond),
      ]),
    ),
  );
  // Where each stack's CPU goes, so a regression names its function (each in a fresh process).
  const calls = settings["profile-calls"];
  const profiles: Record<string, ProfileSummary> = {};
  for (const variant of ["fides-sdk", "naive stack"]) {
    say(`\n1a. ${variant}: self time under node --cpu-prof, ${calls} calls`);
    const summary = profileVariant(variant, calls, settings["profile-top"]);
    profiles[variant] = summary;
    say(formatProfile(summary));
  }
  return { figures: perCall, profiles };
}

async function coldCallSection() {
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
  return coldCall;
}

async function tokenEconomySection(): Promise<TokenEconomy> {
  say("\n2. token economy");
  const economy = await measureTokenEconomy({
    calls: settings["economy-calls"],
    limitedCalls: settings["limited-calls"],
  });
  const calls = economy.calls.toLocaleString("en");
  say(
    table(
      ["scenario", "measured", "target"],
      [
        [`${calls} concurrent calls, cold client: token requests`, economy.coldTokenRequests, 1],
        [`${calls} calls across the refresh window: token requests`, economy.refreshTokenRequests, 1],
        ["  requests sent with an expired token", economy.expiredTokenSends, 0],
        ["  401/403 refusals from the server", economy.refusals, 0],
        [`${economy.rateLimitedCalls} calls, token route limited 10/min: 429s`, economy.rateLimited429s, 0],
        ["  token requests", economy.rateLimitedTokenRequests, 1],
      ],
    ),
  );
  const missed = missedTargets(economy);
  for (const miss of missed) say(`missed target: ${miss}`);
  if (missed.length > 0) process.exitCode = 1;
  return economy;
}

function coldStartSection() {
  say(`\n3. cold start (median of ${settings["cold-runs"]} fresh node processes, interleaved)`);
  const cold = measureColdStart(settings["cold-runs"]);
  const own = cold.dependencies.join(" + ");
  const naive = NAIVE_DEPENDENCIES.join(" + ");
  const inside = cold.inProcess;
  say(
    table(
      ["process (each loads Node's fetch first)", "whole process: ms", "× bare node", "timed inside: ms"],
      [
        ["bare node", round(cold.bareNodeMs), 1, ""],
        [
          `(a) the SDK's dependencies: ${own}, createClient()`,
          round(cold.dependenciesMs),
          round(cold.dependenciesMs / cold.bareNodeMs),
          round(inside.dependenciesMs),
        ],
        [
          `(b) the naive stack's: ${naive}, createClient()`,
          round(cold.naiveDependenciesMs),
          round(cold.naiveDependenciesMs / cold.bareNodeMs),
          round(inside.naiveDependenciesMs),
        ],
        [
          "import fides-sdk, new FidesClient()",
          round(cold.sdkMs),
          round(cold.sdkToBare),
          round(inside.dependenciesMs + inside.sdkOnTopMs),
        ],
      ],
    ),
  );
  say(
    `fides-sdk against (a): × ${round(cold.sdkToDependencies)} whole process, × ${round(inside.sdkToDependencies)} timed inside; against (b): × ${round(cold.sdkToNaiveDependencies)}, × ${round(inside.sdkToNaiveDependencies)}`,
  );
  say(
    `the SDK's own share: ${round(cold.sdkOwnMs)} ms of a whole process; ${round(inside.sdkOnTopMs)} ms timed inside, on top of its dependencies (import, new FidesClient)`,
  );
  const profile = profileImport(settings["cold-profiles"]);
  say(
    `\n3b. where that own share goes: CPU profiles (node --cpu-prof, mean of ${profile.processes}) after the dependencies loaded, busy ${round(profile.busyMs)} ms (the profiler slows it)`,
  );
  say(
    table(
      ["self time", "ms", "%"],
      profile.top.map((row) => [row.entry, round(row.ms), round(row.share * 100)]),
    ),
  );
  say(`by file: ${profile.files.map((row) => `${row.file} ${round(row.share * 100)}%`).join(", ")}`);
  return { ...cold, profile };
}

async function sizeSection() {
  say("\n4. size (esbuild --minify, gzip -9)");
  const size = await measureSize();
  say(
    table(
      ["what", "minified", "gzipped"],
      [
        ["the SDK's own code (dependencies external)", size.ownMinified, size.ownGzipped],
        ["FidesClient with openapi-fetch and zod/mini", size.bundleMinified, size.bundleGzipped],
      ],
    ),
  );
  return size;
}

async function fleetSection(): Promise<FleetResults | undefined> {
  say(`\n5. a fleet of ${settings.fleet} processes starting at once, each with its own FidesClient`);
  const redisUrl = process.env.REDIS_URL ?? "redis://127.0.0.1:6379";
  if (!(await redisAnswers(redisUrl))) {
    say(`skipped: no Redis answers at ${redisUrl}`);
    return undefined;
  }
  const fleet = await measureFleet(settings.fleet, settings["fleet-alone"], settings["fleet-wake"], redisUrl);
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
    `\nwake-up: ${settings["fleet-wake"]} ready processes call at once; the one token answer is held until the others wait, then released`,
  );
  say(
    table(
      [
        "token store",
        "waiters",
        "token requests",
        "release → holder's call done: ms",
        "holder's → each waiter's call done: median ms",
        "p95 ms",
      ],
      fleet.wakeUps.map((w) => [
        w.store,
        w.waiters,
        w.tokenRequests,
        round(w.holderMs),
        round(w.medianMs),
        round(w.p95Ms),
      ]),
    ),
  );
  say(
    `one process alone (RedisTokenStore, cold, median of ${fleet.aloneRuns}): first call ${round(fleet.aloneMedianMs)} ms from start, ${round(fleet.aloneAfterReadyMedianMs)} ms from ready`,
  );
  return fleet;
}

ensureBuilt();
const results = {
  date: new Date().toISOString(),
  node: process.version,
  settings,
  perCall: only.has("per-call") ? await perCallSection() : undefined,
  coldCall: only.has("cold-call") ? await coldCallSection() : undefined,
  tokenEconomy: only.has("token-economy") ? await tokenEconomySection() : undefined,
  coldStart: only.has("cold-start") ? coldStartSection() : undefined,
  size: only.has("size") ? await sizeSection() : undefined,
  fleet: only.has("fleet") ? await fleetSection() : undefined,
};
const file = join(ROOT, "bench-results.json");
writeFileSync(file, `${JSON.stringify(results, null, 2)}\n`);
say(`\nwrote ${file}`);
