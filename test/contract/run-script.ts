/** Runs one of our scripts as a child process, the way npm scripts do. */
import { spawnSync } from "node:child_process";
import * as path from "node:path";
import { REPO_ROOT } from "./load-spec.js";

/** What a finished script printed and how it exited. */
export interface ScriptResult {
  readonly status: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

/** Runs `tsx scripts/<script> ...args` from the repository root. */
export function runScript(script: string, args: readonly string[]): ScriptResult {
  const tsx = path.join(REPO_ROOT, "node_modules/.bin/tsx");
  const result = spawnSync(tsx, [path.join(REPO_ROOT, "scripts", script), ...args], {
    cwd: REPO_ROOT,
    encoding: "utf8",
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}
