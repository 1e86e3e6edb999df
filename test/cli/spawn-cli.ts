import { spawn } from "node:child_process";
import { rmSync } from "node:fs";
import { resolve } from "node:path";
import { build } from "tsup";
import tsupConfig from "../../tsup.config.js";

/** The repository root. */
export const ROOT = resolve(import.meta.dirname, "../..");

/** What one run of the CLI produced. */
export interface CliResult {
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
  readonly elapsedMs: number;
}

/** Options of one run: only this environment (plus PATH) is passed, so no FIDES_* can leak in. */
export interface RunOptions {
  readonly env?: Record<string, string>;
  readonly stdin?: string;
  readonly timeoutMs?: number;
}

/** A way to start `fides-oauth` as a child process. */
export interface CliRunner {
  /** The node arguments that start the CLI with the given command line. */
  nodeArgs(args: readonly string[]): string[];
  /** Runs the CLI to its end. */
  run(args: readonly string[], options?: RunOptions): Promise<CliResult>;
}

function runner(entry: readonly string[]): CliRunner {
  const nodeArgs = (args: readonly string[]) => [...entry, ...args];
  return {
    nodeArgs,
    run: (args, options = {}) => spawnToEnd(nodeArgs(args), options),
  };
}

/** The CLI from source through tsx, as `npm run demo` starts it. */
export const sourceCli: CliRunner = runner(["--import", "tsx", resolve(ROOT, "src/cli/index.ts")]);

/**
 * The CLI as it ships: bundled by tsup with the project's own CLI build configuration (the one
 * that makes the `bin`, `dist/cli/index.js`), into a scratch folder inside the repository so that
 * it resolves its dependencies from node_modules as an installed package would. Starting the
 * bundle takes a third of the time tsx needs, which keeps these process tests fast.
 * @param name a folder name of its own, so test files running in parallel do not collide
 */
export async function builtCli(
  name: string,
): Promise<CliRunner & { readonly outDir: string; remove(): void }> {
  const cliConfig = (Array.isArray(tsupConfig) ? tsupConfig : [tsupConfig]).find(
    (config) => typeof config === "object" && config.entry && "cli/index" in (config.entry as object),
  );
  if (!cliConfig || typeof cliConfig !== "object") throw new Error("tsup.config.ts has no cli/index entry");
  const outDir = resolve(ROOT, "reports/cli-build", name);
  await build({ ...cliConfig, config: false, outDir, sourcemap: false, silent: true });
  return {
    ...runner([resolve(outDir, "cli/index.js")]),
    outDir,
    remove: () => rmSync(outDir, { recursive: true, force: true }),
  };
}

function spawnToEnd(nodeArgs: readonly string[], options: RunOptions): Promise<CliResult> {
  const started = performance.now();
  const child = spawn(process.execPath, nodeArgs, {
    cwd: ROOT,
    env: { PATH: process.env.PATH ?? "", ...options.env },
    stdio: ["pipe", "pipe", "pipe"],
    timeout: options.timeoutMs ?? 15_000,
  });
  let stdout = "";
  let stderr = "";
  child.stdout.setEncoding("utf8").on("data", (chunk: string) => (stdout += chunk));
  child.stderr.setEncoding("utf8").on("data", (chunk: string) => (stderr += chunk));
  child.stdin.end(options.stdin ?? "");
  return new Promise((resolvePromise, reject) => {
    child.once("error", reject);
    child.once("close", (code) =>
      resolvePromise({ code, stdout, stderr, elapsedMs: performance.now() - started }),
    );
  });
}

/** The environment that points the CLI at a server with the given credentials. */
export function fidesEnv(url: string, clientId: string, clientSecret: string): Record<string, string> {
  return { FIDES_URL: url, FIDES_CLIENT_ID: clientId, FIDES_CLIENT_SECRET: clientSecret };
}
