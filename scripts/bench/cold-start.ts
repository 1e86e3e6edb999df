import { spawnSync } from "node:child_process";
import { pathToFileURL } from "node:url";
import { DIST_ENTRY, ROOT } from "./build.js";
import { median } from "./stats.js";

/** Median wall time of a fresh `node` process, in milliseconds, per program. */
export interface ColdStart {
  bareNodeMs: number;
  dependenciesMs: number;
  sdkMs: number;
  /** The SDK process against bare node. */
  sdkToBare: number;
  /** The SDK process against one importing only openapi-fetch and zod and creating an openapi-fetch client. */
  sdkToDependencies: number;
  /** What the SDK's own code adds on top of its dependencies. */
  sdkOwnMs: number;
  /**
   * Inside one process, less noisy than whole processes on a busy machine: the median time to
   * import openapi-fetch and zod, then the median time to import the SDK on top of them and
   * construct a client (its own modules, tables and schemas).
   */
  inProcess: { dependenciesMs: number; sdkOnTopMs: number; sdkOnTopToDependencies: number };
  runs: number;
}

const PROGRAMS = {
  bare: "",
  // Constructing any openapi-fetch client reads globalThis.Request, which makes Node load its
  // built-in fetch (undici, some 20-40 ms); without it this row would charge that load to the SDK.
  dependencies:
    `const { default: createClient } = await import("openapi-fetch"); await import("zod");` +
    `createClient({ baseUrl: "http://127.0.0.1:8080" });`,
  sdk:
    `const { FidesClient } = await import(${JSON.stringify(pathToFileURL(DIST_ENTRY).href)});` +
    `new FidesClient({ baseUrl: "http://127.0.0.1:8080", clientId: "id", clientSecret: "secret" });`,
} as const;

// Prints "<ms to import the dependencies> <ms to import the SDK on top and construct a client>".
const SPLIT =
  `const t0 = performance.now(); await import("openapi-fetch"); await import("zod");` +
  `const t1 = performance.now();` +
  `const { FidesClient } = await import(${JSON.stringify(pathToFileURL(DIST_ENTRY).href)});` +
  `new FidesClient({ baseUrl: "http://127.0.0.1:8080", clientId: "id", clientSecret: "secret" });` +
  `process.stdout.write(\`\${t1 - t0} \${performance.now() - t1}\`);`;

function splitTimes(): [number, number] {
  const result = spawnSync(process.execPath, ["--input-type=module", "-e", SPLIT], { cwd: ROOT });
  if (result.status !== 0) throw new Error(`cold-start program failed: ${result.stderr.toString()}`);
  const [dependencies, sdk] = result.stdout.toString().split(" ").map(Number);
  return [dependencies as number, sdk as number];
}

function timeProcess(source: string): number {
  const start = performance.now();
  const result = spawnSync(process.execPath, ["--input-type=module", "-e", source], { cwd: ROOT });
  const elapsed = performance.now() - start;
  if (result.status !== 0) throw new Error(`cold-start program failed: ${result.stderr.toString()}`);
  return elapsed;
}

/**
 * Times fresh `node` processes, interleaved: bare, importing only the dependencies, and
 * importing the built SDK and constructing a client.
 * @param runs how many processes of each kind
 */
export function measureColdStart(runs: number): ColdStart {
  const times = { bare: [] as number[], dependencies: [] as number[], sdk: [] as number[] };
  const split = { dependencies: [] as number[], sdk: [] as number[] };
  for (const name of Object.keys(PROGRAMS) as (keyof typeof PROGRAMS)[]) timeProcess(PROGRAMS[name]);
  for (let run = 0; run < runs; run++) {
    for (const name of Object.keys(PROGRAMS) as (keyof typeof PROGRAMS)[]) {
      times[name].push(timeProcess(PROGRAMS[name]));
    }
    const [dependencies, sdk] = splitTimes();
    split.dependencies.push(dependencies);
    split.sdk.push(sdk);
  }
  const bareNodeMs = median(times.bare);
  const dependenciesMs = median(times.dependencies);
  const sdkMs = median(times.sdk);
  return {
    bareNodeMs,
    dependenciesMs,
    sdkMs,
    sdkToBare: sdkMs / bareNodeMs,
    sdkToDependencies: sdkMs / dependenciesMs,
    sdkOwnMs: sdkMs - dependenciesMs,
    inProcess: {
      dependenciesMs: median(split.dependencies),
      sdkOnTopMs: median(split.sdk),
      sdkOnTopToDependencies: median(split.sdk) / median(split.dependencies),
    },
    runs,
  };
}
