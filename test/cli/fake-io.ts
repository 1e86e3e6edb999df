import type { CliIo } from "../../src/cli/command-types.js";

/** A `CliIo` that records what a command writes, for in-process tests of the CLI. */
export interface RecordingIo extends CliIo {
  readonly written: { stdout: string; stderr: string };
}

/**
 * @param env the environment the command sees (nothing is inherited from the test process)
 * @param stdin what standard input holds
 */
export function recordingIo(env: Record<string, string> = {}, stdin = ""): RecordingIo {
  const written = { stdout: "", stderr: "" };
  return {
    written,
    stdout: { write: (chunk: string) => (written.stdout += chunk) },
    stderr: { write: (chunk: string) => (written.stderr += chunk) },
    env,
    readStdin: async () => stdin,
    untilInterrupted: () => new Promise<void>(() => undefined),
  };
}
