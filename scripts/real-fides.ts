/**
 * `npm run real-fides -- start --version 2.86.2 [--token-minutes N] [--callback-token-minutes N]
 *  [--rate-limit-header NAME]`
 * installs that `ethyca-fides` release once (a venv under `${XDG_CACHE_HOME:-~/.cache}/fides-sdk/
 * real-fides/<version>`), starts it with a fresh database and prints one JSON line
 * `{url, version, clientId, clientSecret, pid, …}`.
 * `npm run real-fides -- stop [--pid N]` ends that server (or every recorded one) and drops its
 * database. A failure names its step (python, apt, venv, pip, database, redis, migrations,
 * start-up) with the last lines of its log, exits 1, and leaves nothing running.
 */
import { pathToFileURL } from "node:url";
import { startRealFides, stopRealFides } from "./real-fides/server.js";
import { RealFidesStepError } from "./real-fides/step-error.js";

function flag(argv: readonly string[], name: string): string | undefined {
  const at = argv.indexOf(name);
  if (at === -1) return undefined;
  const value = argv[at + 1];
  if (value === undefined || value.startsWith("--")) {
    throw new RealFidesStepError("arguments", `${name} needs a value`);
  }
  return value;
}

function positiveInteger(value: string | undefined, name: string): number | undefined {
  if (value === undefined) return undefined;
  const parsed = Number(value);
  if (!(Number.isInteger(parsed) && parsed > 0)) {
    throw new RealFidesStepError("arguments", `${name} must be a positive integer, got "${value}"`);
  }
  return parsed;
}

function naturalNumber(value: string | undefined, name: string): number | undefined {
  if (value === undefined) return undefined;
  const parsed = Number(value);
  if (!(Number.isInteger(parsed) && parsed >= 0)) {
    throw new RealFidesStepError("arguments", `${name} must be an integer from 0, got "${value}"`);
  }
  return parsed;
}

async function main(argv: readonly string[]): Promise<void> {
  const [command, ...rest] = argv;
  const known = new Set([
    "--version",
    "--token-minutes",
    "--callback-token-minutes",
    "--rate-limit-header",
    "--auth-rate-limit",
    "--pid",
  ]);
  for (const arg of rest) {
    if (arg.startsWith("--") && !known.has(arg))
      throw new RealFidesStepError("arguments", `unknown option ${arg}`);
  }
  if (command === "start") {
    const version = flag(rest, "--version");
    if (version === undefined)
      throw new RealFidesStepError("arguments", "start needs --version, e.g. 2.86.2");
    const header = flag(rest, "--rate-limit-header");
    const authRateLimit = flag(rest, "--auth-rate-limit");
    const tokenLifetimeMinutes = positiveInteger(flag(rest, "--token-minutes"), "--token-minutes");
    const callbackTokenMinutes = naturalNumber(
      flag(rest, "--callback-token-minutes"),
      "--callback-token-minutes",
    );
    const server = await startRealFides({
      version,
      ...(tokenLifetimeMinutes !== undefined ? { tokenLifetimeMinutes } : {}),
      ...(callbackTokenMinutes !== undefined ? { callbackTokenMinutes } : {}),
      ...(header !== undefined
        ? { rateLimit: { clientIpHeader: header, ...(authRateLimit ? { authRateLimit } : {}) } }
        : {}),
      log: (line) => process.stderr.write(`${line}\n`),
    });
    process.stdout.write(`${JSON.stringify(server)}\n`);
  } else if (command === "stop") {
    const stopped = await stopRealFides(positiveInteger(flag(rest, "--pid"), "--pid"));
    process.stderr.write(`real-fides: stopped ${stopped} server(s)\n`);
  } else {
    throw new RealFidesStepError("arguments", "usage: real-fides start --version X | stop [--pid N]");
  }
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  main(process.argv.slice(2)).catch((error: unknown) => {
    process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 1;
  });
}
