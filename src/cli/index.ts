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

// exitCode rather than exit(): output drains, and anything left running would show as a hang.
process.exitCode = await runCli(process.argv.slice(2), io);
