import { helpText } from "./command-line/help-text.js";
import { parseCommandLine } from "./command-line/parse-command-line.js";
import { UsageError } from "./command-line/usage-error.js";
import type { CliIo, CommandSpec, OptionValues } from "./command-types.js";
import { COMMANDS } from "./commands/index.js";
import { resolveTimeoutMs } from "./connection/resolve-config.js";
import { optionSourcesOf } from "./connection/sdk-misuse.js";
import { describeFailure } from "./output/describe-failure.js";
import { Output } from "./output/output.js";
import { oneSafeLine } from "./output/safe-text.js";
import { packageVersion } from "./version.js";

/** Exit status: success. */
export const EXIT_OK = 0;
/** Exit status: Fides or the network failed. */
export const EXIT_FAILURE = 1;
/** Exit status: the command line or the configuration is wrong; nothing was sent. */
export const EXIT_USAGE = 2;

/**
 * Runs one `fides-oauth` command line: parse, dispatch, and turn any error into one clear line on
 * standard error and an exit status. A command that talks to a server must end within its
 * `--timeout`: one deadline, started here, is the signal of every SDK call it makes.
 * @param argv the arguments after the program name
 * @param io the streams and environment the command may use
 * @returns the exit status
 */
export async function runCli(argv: readonly string[], io: CliIo): Promise<number> {
  const debug = argv.includes("--debug");
  let command: CommandSpec | undefined;
  let values: OptionValues = {};
  let deadline: { readonly signal: AbortSignal; readonly timeoutMs: number } | undefined;
  try {
    const parsed = parseCommandLine(argv, COMMANDS);
    if (parsed.kind === "version") {
      io.stdout.write(`fides-oauth ${packageVersion()}\n`);
      return EXIT_OK;
    }
    if (parsed.kind === "help") {
      // Asking for help succeeds; landing on a group without a command is a usage error.
      const asked = argv.includes("--help") || argv.includes("-h");
      (asked ? io.stdout : io.stderr).write(helpText(parsed.path, COMMANDS));
      return asked ? EXIT_OK : EXIT_USAGE;
    }
    ({ command, values } = parsed);
    if (command.connects) {
      const timeoutMs = resolveTimeoutMs(values);
      deadline = { signal: AbortSignal.timeout(timeoutMs), timeoutMs };
    }
    const out = new Output(io.stdout, values.json === true);
    const signal = deadline?.signal ?? new AbortController().signal;
    await command.run({ io, values, positionals: parsed.positionals, out, signal });
    return EXIT_OK;
  } catch (error) {
    const usageHint = (path: readonly string[] | undefined) =>
      `Run "${["fides-oauth", ...(path ?? command?.path ?? []), "--help"].join(" ")}" for usage.\n`;
    if (error instanceof UsageError) {
      io.stderr.write(`fides-oauth: ${oneSafeLine(error.message)}\n${usageHint(error.commandPath)}`);
      if (debug && error.stack) io.stderr.write(`${error.stack}\n`);
      return EXIT_USAGE;
    }
    const sources = optionSourcesOf(values, io);
    const baseUrl = command?.connects ? shownBaseUrl(sources.rawUrl) : undefined;
    const failure =
      deadline?.signal.aborted && command
        ? { message: deadlineMessage(command, deadline.timeoutMs, baseUrl), usage: false }
        : describeFailure(error, { baseUrl, sources });
    io.stderr.write(
      `fides-oauth: ${oneSafeLine(failure.message)}\n${failure.usage ? usageHint(undefined) : ""}`,
    );
    if (debug && error instanceof Error && error.stack) io.stderr.write(`${error.stack}\n`);
    return failure.usage ? EXIT_USAGE : EXIT_FAILURE;
  }
}

function deadlineMessage(command: CommandSpec, timeoutMs: number, baseUrl: string | undefined): string {
  const at = baseUrl ? ` at ${baseUrl}` : "";
  return `${command.path.join(" ")} did not finish within --timeout ${timeoutMs / 1000} s (the whole command, retries included): Fides${at} answered too slowly or not at all; check --url / FIDES_URL, or raise --timeout`;
}

/** The server a failed command talked to, for the error line: origin and path only, never credentials. */
function shownBaseUrl(raw: string | undefined): string | undefined {
  if (raw === undefined) return undefined;
  try {
    const url = new URL(raw);
    return `${url.origin}${url.pathname.replace(/\/+$/, "")}`;
  } catch {
    return undefined;
  }
}
