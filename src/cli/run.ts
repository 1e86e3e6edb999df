import { type OptionValues, parseCommandLine } from "./args.js";
import type { CliIo, CommandSpec } from "./command.js";
import { COMMANDS } from "./commands/index.js";
import { resolveServerConfig } from "./config.js";
import { describeFailure, UsageError } from "./errors.js";
import { helpText } from "./help.js";
import { Output } from "./output.js";

/** Exit status: success. */
export const EXIT_OK = 0;
/** Exit status: Fides or the network failed. */
export const EXIT_FAILURE = 1;
/** Exit status: the command line or the configuration is wrong; nothing was sent. */
export const EXIT_USAGE = 2;

/**
 * Runs one `fides-oauth` command line: parse, dispatch, and turn any error into one clear line on
 * standard error and an exit status.
 * @param argv the arguments after the program name
 * @param io the streams and environment the command may use
 * @returns the exit status
 */
export async function runCli(argv: readonly string[], io: CliIo): Promise<number> {
  const debug = argv.includes("--debug");
  let command: CommandSpec | undefined;
  let values: OptionValues = {};
  try {
    const parsed = parseCommandLine(argv, COMMANDS);
    if (parsed.kind === "help") {
      // Asking for help succeeds; landing on a group without a command is a usage error.
      const asked = argv.includes("--help") || argv.includes("-h");
      (asked ? io.stdout : io.stderr).write(helpText(parsed.path, COMMANDS));
      return asked ? EXIT_OK : EXIT_USAGE;
    }
    ({ command, values } = parsed);
    const out = new Output(io.stdout, values.json === true);
    await command.run({ io, values, positionals: parsed.positionals, out });
    return EXIT_OK;
  } catch (error) {
    if (error instanceof UsageError) {
      const help = ["fides-oauth", ...(error.commandPath ?? command?.path ?? []), "--help"].join(" ");
      io.stderr.write(`fides-oauth: ${error.message}\nRun "${help}" for usage.\n`);
      if (debug && error.stack) io.stderr.write(`${error.stack}\n`);
      return EXIT_USAGE;
    }
    const failure = describeFailure(error, command?.connects ? baseUrlOf(values, io) : undefined);
    io.stderr.write(`fides-oauth: ${failure.message}\n`);
    if (debug && error instanceof Error && error.stack) io.stderr.write(`${error.stack}\n`);
    return failure.usage ? EXIT_USAGE : EXIT_FAILURE;
  }
}

/** The server a failed command talked to, for the error line; `undefined` when it cannot tell. */
function baseUrlOf(values: OptionValues, io: CliIo): string | undefined {
  try {
    return resolveServerConfig(values, io).baseUrl;
  } catch {
    return undefined;
  }
}
