// The runtime matrix: the BUILT package (dist/) on Node 20, 22 and 24, Bun and Deno, each installed
// from the npm registry as a package (node@22, node@24, bun, deno) into a cache under
// ~/.cache/fides-sdk/runtimes, so that a warm run installs nothing. On each runtime, a smoke suite:
//
//   seed-http    the Fides guide's seed flow against the emulator's loopback HTTP server
//   webhooks     fides-sdk/webhooks in process: a delivery through toFetchHandler, serialized, revived
//   msw          the emulator's MSW handlers in process (not on Deno: a process that called msw's
//                setupServer never exits there, msw's issue; Deno's suite uses the HTTP server)
//   cli-demo     `fides-oauth demo`, the CLI's whole flow on its embedded emulator
//   cli-version  `fides-oauth --version`
//
// A runtime that cannot be installed fails every check of its entry, naming why; nothing is skipped.
// Writes a JSON report (the format scripts/ci-summary.mjs sums) and exits 1 when anything failed.
//
//   node scripts/runtime-matrix.mjs [--report reports/runtime-matrix.json] [--only node22,bun]
//                                   [--cache DIR]
//
// FIDES_RUNTIME_NPM names the npm to install with (default: npm on the PATH).
import { spawn } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { homedir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const INSTALL_TIMEOUT_MS = 300_000;
const RUN_TIMEOUT_MS = 90_000;

/**
 * The runtimes: the npm package each comes from, the binary inside it, how it runs a script, the
 * version it must report, and the smoke checks it runs in process.
 */
const RUNTIMES = [
  {
    name: "node20",
    spec: "node@20",
    bin: "node",
    run: [],
    major: /^v20\./,
    inProcess: ["seed-http", "webhooks", "msw"],
  },
  {
    name: "node22",
    spec: "node@22",
    bin: "node",
    run: [],
    major: /^v22\./,
    inProcess: ["seed-http", "webhooks", "msw"],
  },
  {
    name: "node24",
    spec: "node@24",
    bin: "node",
    run: [],
    major: /^v24\./,
    inProcess: ["seed-http", "webhooks", "msw"],
  },
  {
    name: "bun",
    spec: "bun@1",
    bin: "bun",
    run: [],
    major: /^1\./,
    inProcess: ["seed-http", "webhooks", "msw"],
  },
  {
    name: "deno",
    spec: "deno@2",
    bin: "deno",
    run: ["run", "-A"],
    major: /^deno 2\./,
    inProcess: ["seed-http", "webhooks"],
  },
];
const CLI_CHECKS = ["cli-demo", "cli-version"];

function parseArgs(argv) {
  const options = {
    report: join(ROOT, "reports/runtime-matrix.json"),
    only: undefined,
    cache: join(homedir(), ".cache/fides-sdk/runtimes"),
  };
  for (let index = 0; index < argv.length; index++) {
    const flag = argv[index];
    const value = argv[index + 1];
    if (!["--report", "--only", "--cache"].includes(flag) || value === undefined) {
      throw new Error(`runtime-matrix: unknown argument "${flag}"; see the comment at the top of the script`);
    }
    index++;
    if (flag === "--report") options.report = resolve(value);
    else if (flag === "--cache") options.cache = resolve(value);
    else options.only = value.split(",");
  }
  return options;
}

/** Runs a command to its end; never rejects. */
function exec(command, args, { cwd = ROOT, timeoutMs, env } = {}) {
  return new Promise((resolvePromise) => {
    const started = performance.now();
    let stdout = "";
    let stderr = "";
    let child;
    try {
      child = spawn(command, args, { cwd, env: env ?? childEnv(), stdio: ["ignore", "pipe", "pipe"] });
    } catch (error) {
      resolvePromise({ code: null, stdout, stderr: String(error), ms: 0, timedOut: false });
      return;
    }
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      child.kill("SIGKILL");
    }, timeoutMs);
    child.stdout.setEncoding("utf8").on("data", (chunk) => (stdout += chunk));
    child.stderr.setEncoding("utf8").on("data", (chunk) => (stderr += chunk));
    child.on("error", (error) => (stderr += String(error)));
    child.on("close", (code) => {
      clearTimeout(timer);
      resolvePromise({ code, stdout, stderr, ms: Math.round(performance.now() - started), timedOut });
    });
  });
}

/** The children's environment: no FIDES_* (the demo would leave its emulator), no colours. */
function childEnv() {
  const env = { PATH: process.env.PATH ?? "", HOME: process.env.HOME ?? homedir(), NO_COLOR: "1" };
  for (const name of ["TMPDIR", "DENO_DIR", "XDG_CACHE_HOME"])
    if (process.env[name]) env[name] = process.env[name];
  return env;
}

function lastLine(text) {
  return (
    text
      .trim()
      .split("\n")
      .filter((line) => line.trim() !== "")
      .at(-1) ?? ""
  ).slice(0, 300);
}

/** Finds the runtime in the cache, or installs it there; returns its binary and version, or why not. */
async function install(runtime, cache) {
  const started = performance.now();
  const prefix = join(cache, runtime.name);
  const bin = join(prefix, "node_modules/.bin", runtime.bin);
  const probe = async () => {
    if (!existsSync(bin)) return undefined;
    const result = await exec(bin, ["--version"], { timeoutMs: 30_000 });
    // "v22.23.3", "1.4.5", or "deno 2.9.6 (stable, release, …)" shortened to "deno 2.9.6".
    const version = (result.stdout.trim().split("\n")[0] ?? "").split(" (")[0] ?? "";
    return result.code === 0 && runtime.major.test(version) ? version : undefined;
  };
  const cached = await probe();
  if (cached)
    return { bin, version: cached, install: "cached", installMs: Math.round(performance.now() - started) };
  mkdirSync(prefix, { recursive: true });
  writeFileSync(join(prefix, "package.json"), '{ "private": true }\n');
  const npm = process.env.FIDES_RUNTIME_NPM || "npm";
  const args = [
    "install",
    "--no-save",
    "--no-audit",
    "--no-fund",
    "--no-package-lock",
    "--prefix",
    prefix,
    runtime.spec,
  ];
  // Run from the cache folder: a bare name such as "bun" must never be read as a folder of the cwd.
  const result = await exec(npm, args, { cwd: cache, timeoutMs: INSTALL_TIMEOUT_MS, env: process.env });
  const installMs = Math.round(performance.now() - started);
  if (result.code !== 0) {
    const why = result.timedOut
      ? `no result within ${INSTALL_TIMEOUT_MS / 1000} s`
      : lastLine(result.stderr || result.stdout);
    return {
      error: `could not install ${runtime.spec} from the npm registry: ${npm} exited ${result.code}: ${why}`,
      installMs,
    };
  }
  const version = await probe();
  if (!version) {
    return {
      error: `installed ${runtime.spec}, but ${bin} --version does not report ${runtime.major}`,
      installMs,
    };
  }
  return { bin, version, install: "installed", installMs };
}

/** The in-process smoke checks, run by the runtime itself in one process. */
async function smoke(runtime, bin) {
  const script = join(ROOT, "test/runtime-smoke/smoke.mjs");
  const result = await exec(bin, [...runtime.run, script, ...runtime.inProcess], {
    timeoutMs: RUN_TIMEOUT_MS,
  });
  try {
    const { checks } = JSON.parse(lastLine(result.stdout));
    if (result.code === 0 && checks.length === runtime.inProcess.length) return checks;
  } catch {
    // reported below
  }
  const why = result.timedOut
    ? `the process did not exit within ${RUN_TIMEOUT_MS / 1000} s`
    : `exit ${result.code}: ${lastLine(result.stderr) || lastLine(result.stdout)}`;
  return runtime.inProcess.map((name) => ({ name, ok: false, ms: result.ms, error: why }));
}

/** The CLI as shipped (dist/cli/index.js), run by the runtime. */
async function cliChecks(runtime, bin) {
  const cli = join(ROOT, "dist/cli/index.js");
  const { version } = JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8"));
  const demo = await exec(bin, [...runtime.run, cli, "demo"], { timeoutMs: RUN_TIMEOUT_MS });
  const demoOk = demo.code === 0 && demo.stdout.includes("Done: the whole flow worked.");
  const shown = await exec(bin, [...runtime.run, cli, "--version"], { timeoutMs: RUN_TIMEOUT_MS });
  const versionOk = shown.code === 0 && shown.stdout === `fides-oauth ${version}\n`;
  const failure = (result) =>
    result.timedOut
      ? `did not exit within ${RUN_TIMEOUT_MS / 1000} s`
      : `exit ${result.code}: ${lastLine(result.stderr) || lastLine(result.stdout)}`;
  return [
    { name: "cli-demo", ok: demoOk, ms: demo.ms, ...(demoOk ? {} : { error: failure(demo) }) },
    { name: "cli-version", ok: versionOk, ms: shown.ms, ...(versionOk ? {} : { error: failure(shown) }) },
  ];
}

async function main() {
  const options = parseArgs(process.argv.slice(2));
  const started = performance.now();
  const runtimes = RUNTIMES.filter((runtime) => !options.only || options.only.includes(runtime.name));
  if (options.only) {
    const unknown = options.only.filter((name) => !RUNTIMES.some((runtime) => runtime.name === name));
    if (unknown.length > 0) throw new Error(`runtime-matrix: no runtime named ${unknown.join(", ")}`);
  }
  if (!existsSync(join(ROOT, "dist/cli/index.js"))) {
    const build = await exec("npm", ["run", "build"], { timeoutMs: INSTALL_TIMEOUT_MS, env: process.env });
    if (build.code !== 0) console.error(`runtime-matrix: npm run build failed: ${lastLine(build.stderr)}`);
  }
  mkdirSync(options.cache, { recursive: true });
  // Installs are network-bound: in parallel. The suites share two cores with everything else: in turn.
  const installs = await Promise.all(runtimes.map((runtime) => install(runtime, options.cache)));
  const entries = [];
  for (const [index, runtime] of runtimes.entries()) {
    const installed = installs[index];
    const planned = [...runtime.inProcess, ...CLI_CHECKS];
    const entry = { name: runtime.name, package: runtime.spec, installMs: installed.installMs };
    if (installed.error) {
      entry.install = "failed";
      entry.error = installed.error;
      entry.checks = planned.map((name) => ({ name, ok: false, ms: 0, error: installed.error }));
    } else {
      entry.version = installed.version;
      entry.install = installed.install;
      entry.checks = [...(await smoke(runtime, installed.bin)), ...(await cliChecks(runtime, installed.bin))];
    }
    entries.push(entry);
    const passed = entry.checks.filter((check) => check.ok).length;
    const about = entry.version ? `${entry.version}, ${entry.install} in ${entry.installMs} ms` : entry.error;
    console.log(`${runtime.name.padEnd(7)} ${passed}/${entry.checks.length} passed (${about})`);
    for (const check of entry.checks.filter((check) => !check.ok))
      console.log(`  FAIL ${check.name}: ${check.error}`);
  }
  const checks = entries.flatMap((entry) => entry.checks);
  const report = {
    kind: "runtime-matrix",
    passed: checks.filter((check) => check.ok).length,
    failed: checks.filter((check) => !check.ok).length,
    elapsedMs: Math.round(performance.now() - started),
    runtimes: entries,
  };
  mkdirSync(dirname(options.report), { recursive: true });
  writeFileSync(options.report, `${JSON.stringify(report, null, 2)}\n`);
  console.log(`runtime matrix: ${report.passed} passed, ${report.failed} failed in ${report.elapsedMs} ms`);
  process.exitCode = report.failed === 0 ? 0 : 1;
}

await main();
