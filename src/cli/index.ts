// The `fides-oauth` entry point: the one place that touches the real process. Everything it
// needs is handed to `runCli`, so commands never read `process` themselves.
import { text } from "node:stream/consumers";
import type { CliIo } from "./command-types.js";
import { runCli } from "./run-cli.js";

const io: CliIo = {
  stdout: process.stdout,
  stderr: process.stderr,
  env: process.env,
  readStdin: () => text(process.stdin),
  untilInterrupted: () =>
    new Promise((resolve) => {
      process.once("SIGINT", () => resolve());
      process.once("SIGTERM", () => resolve());
    }),
};

// `fides-oauth scopes | head -1` closes the pipe early: that is the reader's choice, not a failure.
process.stdout.on("error", (error: NodeJS.ErrnoException) => {
  if (error.code !== "EPIPE") throw error;
});

/** How long output may take to drain once the command is over, before the process ends. */
const EXIT_GRACE_MS = 200;

// exitCode rather than exit(): output drains first.
process.exitCode = await runCli(process.argv.slice(2), io);
// The command is over, and its --timeout covered all of it. What the SDK shares between calls (a
// token or version lookup) may go on after an aborted call, retrying for callers that no longer
// exist in this process: end it. The timer is unref'd, so a process with nothing left exits at once.
setTimeout(() => process.exit(), EXIT_GRACE_MS).unref();
