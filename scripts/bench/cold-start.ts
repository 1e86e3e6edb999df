import { spawnSync } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { DIST_ENTRY, ROOT } from "./build.js";
import { byFile, type CpuProfile, largest, selfTimes } from "./cpu-profile.js";
import { median } from "./stats.js";

/** What the naive stack (openapi-fetch with a hand-written token helper and zod) imports. */
export const NAIVE_DEPENDENCIES = ["openapi-fetch", "zod"] as const;

/** Median wall time of a fresh `node` process, in milliseconds, per program. */
export interface ColdStart {
  /** The packages the built entry imports, read from it (`openapi-fetch`, `zod/mini`). */
  dependencies: string[];
  bareNodeMs: number;
  /** Importing the SDK's own dependencies and creating an openapi-fetch client. */
  dependenciesMs: number;
  /** The same with the naive stack's dependencies, {@link NAIVE_DEPENDENCIES}. */
  naiveDependenciesMs: number;
  /** Importing the built SDK and constructing a FidesClient. */
  sdkMs: number;
  sdkToBare: number;
  /** (a) the SDK process against one importing only its own dependencies. */
  sdkToDependencies: number;
  /** (b) the SDK process against one importing the naive stack's dependencies. */
  sdkToNaiveDependencies: number;
  /** What the SDK's own code adds on top of its dependencies. */
  sdkOwnMs: number;
  /**
   * Timed inside each process, from the first import (node's own start-up left out, which is
   * most of a whole process and the noisiest part on a busy machine): the median time to import
   * the dependencies and create an openapi-fetch client, then the median time to import the SDK
   * on top of them and construct a client; and the naive stack's dependencies alone.
   */
  inProcess: {
    dependenciesMs: number;
    naiveDependenciesMs: number;
    sdkOnTopMs: number;
    /** (a) dependencies + the SDK on top, against the dependencies. */
    sdkToDependencies: number;
    /** (b) the same against the naive stack's dependencies. */
    sdkToNaiveDependencies: number;
  };
  runs: number;
}

/**
 * The packages a built entry imports (bare specifiers, `node:` built-ins left out), so the
 * baseline is what the SDK really loads rather than a list kept by hand.
 * @param entry the built ESM file
 */
export function dependencyImports(entry: string = DIST_ENTRY): string[] {
  const text = readFileSync(entry, "utf8");
  const found = new Set<string>();
  for (const match of text.matchAll(/^(?:import|export)\b[^;]*?\bfrom\s*["']([^"']+)["']/gm)) {
    const specifier = match[1] as string;
    if (!specifier.startsWith(".") && !specifier.startsWith("node:")) found.add(specifier);
  }
  return [...found].sort();
}

const CREATE_CLIENT = `(await import("openapi-fetch")).default({ baseUrl: "http://127.0.0.1:8080" });`;
const CONSTRUCT = `new FidesClient({ baseUrl: "http://127.0.0.1:8080", clientId: "id", clientSecret: "secret" });`;

// Every program loads Node's built-in fetch (undici, some 20-40 ms) before it starts the clock.
// openapi-fetch's createClient() reads globalThis.Request, which loads it; FidesClient's
// constructor does not (its first call will). Left to each program, the rows would differ by that
// load alone: the dependency rows paid it and the SDK's did not, which flattered the SDK.
const PRELUDE = "void globalThis.Request;";

function importing(specifiers: readonly string[]): string {
  return `${specifiers.map((specifier) => `await import(${JSON.stringify(specifier)});`).join("")}${CREATE_CLIENT}`;
}

function importingSdk(entry: string): string {
  return `const { FidesClient } = await import(${JSON.stringify(pathToFileURL(entry).href)});${CONSTRUCT}`;
}

function run(source: string, flags: readonly string[] = []): string {
  const result = spawnSync(process.execPath, [...flags, "--input-type=module", "-e", `${PRELUDE}${source}`], {
    cwd: ROOT,
  });
  if (result.status !== 0) throw new Error(`cold-start program failed: ${result.stderr.toString()}`);
  return result.stdout.toString();
}

function timeProcess(source: string): number {
  const start = performance.now();
  run(source);
  return performance.now() - start;
}

/** Runs `first`, then `second`, printing how long each took from the program's own start. */
function splitTimes(first: string, second: string): [number, number] {
  const source =
    `const t0 = performance.now(); ${first} const t1 = performance.now(); ${second}` +
    `process.stdout.write(\`\${t1 - t0} \${performance.now() - t1}\`);`;
  const [a, b] = run(source).split(" ").map(Number);
  return [a as number, b as number];
}

/**
 * Times fresh `node` processes, interleaved: bare, importing only the SDK's dependencies,
 * importing the naive stack's, and importing the built SDK and constructing a client.
 * @param runs how many processes of each kind
 * @param entry the built ESM entry to measure
 */
export function measureColdStart(runs: number, entry: string = DIST_ENTRY): ColdStart {
  const dependencies = dependencyImports(entry);
  const programs = {
    bare: "",
    dependencies: importing(dependencies),
    naive: importing(NAIVE_DEPENDENCIES),
    sdk: importingSdk(entry),
  };
  const names = Object.keys(programs) as (keyof typeof programs)[];
  const times = {
    bare: [] as number[],
    dependencies: [] as number[],
    naive: [] as number[],
    sdk: [] as number[],
  };
  const split = { dependencies: [] as number[], naive: [] as number[], sdk: [] as number[] };
  for (const name of names) timeProcess(programs[name]);
  for (let round = 0; round < runs; round++) {
    for (const name of names) times[name].push(timeProcess(programs[name]));
    const [dependenciesMs, sdkMs] = splitTimes(programs.dependencies, programs.sdk);
    split.dependencies.push(dependenciesMs);
    split.sdk.push(sdkMs);
    split.naive.push(splitTimes(programs.naive, "")[0]);
  }
  const bareNodeMs = median(times.bare);
  const dependenciesMs = median(times.dependencies);
  const naiveDependenciesMs = median(times.naive);
  const sdkMs = median(times.sdk);
  const inDependencies = median(split.dependencies);
  const inNaive = median(split.naive);
  const inSdk = median(split.sdk);
  return {
    dependencies,
    bareNodeMs,
    dependenciesMs,
    naiveDependenciesMs,
    sdkMs,
    sdkToBare: sdkMs / bareNodeMs,
    sdkToDependencies: sdkMs / dependenciesMs,
    sdkToNaiveDependencies: sdkMs / naiveDependenciesMs,
    sdkOwnMs: sdkMs - dependenciesMs,
    inProcess: {
      dependenciesMs: inDependencies,
      naiveDependenciesMs: inNaive,
      sdkOnTopMs: inSdk,
      sdkToDependencies: (inDependencies + inSdk) / inDependencies,
      sdkToNaiveDependencies: (inDependencies + inSdk) / inNaive,
    },
    runs,
  };
}

/** Where the SDK's import and construction spend their time, from CPU profiles. */
export interface ImportProfile {
  /** Mean busy time per process after the dependencies were loaded, ms. */
  busyMs: number;
  /** The functions with the most self time: name and location, mean ms per process, share. */
  top: { entry: string; ms: number; share: number }[];
  /** The same by file or package. */
  files: { file: string; ms: number; share: number }[];
  processes: number;
}

const MARKER = "__fidesSdkImportStartsHere";

/**
 * Profiles fresh processes (`node --cpu-prof`) that import the SDK's dependencies, then import
 * the SDK and construct a client, and sums the self time of what ran after the dependencies.
 * @param processes how many processes to profile (their times are averaged)
 * @param count how many top entries to keep
 * @param entry the built ESM entry to profile
 */
export function profileImport(processes: number, count = 12, entry: string = DIST_ENTRY): ImportProfile {
  // The marker is a short busy loop: its last sample is where the dependencies' work has ended.
  const source =
    `${importing(dependencyImports(entry))}` +
    `function ${MARKER}() { const end = performance.now() + 10; while (performance.now() < end); } ${MARKER}();` +
    importingSdk(entry);
  const totals = new Map<string, number>();
  let busyUs = 0;
  for (let index = 0; index < processes; index++) {
    const directory = mkdtempSync(join(tmpdir(), "fides-sdk-cold-profile-"));
    try {
      run(source, ["--cpu-prof", "--cpu-prof-dir", directory, "--cpu-prof-interval", "100"]);
      const [file] = readdirSync(directory);
      if (file === undefined) throw new Error("node --cpu-prof wrote no profile");
      const profile = JSON.parse(readFileSync(join(directory, file), "utf8")) as CpuProfile;
      const times = selfTimes(profile, MARKER);
      busyUs += times.busyUs;
      for (const [key, us] of times.byFunction) totals.set(key, (totals.get(key) ?? 0) + us);
    } finally {
      rmSync(directory, { recursive: true, force: true });
    }
  }
  const row = (us: number) => ({ ms: us / processes / 1000, share: us / busyUs });
  return {
    busyMs: busyUs / processes / 1000,
    top: largest(totals, count).map(([entry, us]) => ({ entry, ...row(us) })),
    files: largest(byFile(totals), 8).map(([file, us]) => ({ file, ...row(us) })),
    processes,
  };
}
