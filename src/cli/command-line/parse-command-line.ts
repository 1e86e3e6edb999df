import { parseArgs } from "node:util";
import type { CommandSpec, OptionSpec, OptionValues } from "../command-types.js";
import { CONNECTION_OPTIONS, GLOBAL_OPTIONS } from "./common-options.js";
import { UsageError } from "./usage-error.js";

/** What the command line asks for: a command to run, help to print, or the version. */
export type ParsedCommandLine =
  | { kind: "run"; command: CommandSpec; values: OptionValues; positionals: string[] }
  | { kind: "help"; path: readonly string[] }
  | { kind: "version" };

/**
 * Splits a command line into the command it names, its options and its positionals. The
 * command words may sit anywhere among the options (`--json clients list` works), so a loose
 * first pass over every known option finds them, and a strict second pass checks the options
 * against that command alone.
 * @param argv the arguments after the program name
 * @param commands every command the CLI knows
 * @throws {UsageError} for an unknown command or option, a missing value, or the wrong number of arguments
 */
export function parseCommandLine(
  argv: readonly string[],
  commands: readonly CommandSpec[],
): ParsedCommandLine {
  const loose = parseArgs({
    args: [...argv],
    options: toParseArgsOptions(allOptions(commands)),
    strict: false,
    allowPositionals: true,
  });
  const words = loose.positionals;
  const command = longestMatch(words, commands);
  const wantsHelp = loose.values.help === true;
  if (loose.values.version === true && !wantsHelp) return { kind: "version" };
  if (!command) {
    const path = groupPath(words, commands);
    if (wantsHelp || words.length === 0 || path.length === words.length) return { kind: "help", path };
    throw new UsageError(`unknown command "${words.slice(0, path.length + 1).join(" ")}"`, path);
  }
  if (wantsHelp) return { kind: "help", path: command.path };
  const options = { ...GLOBAL_OPTIONS, ...(command.connects ? CONNECTION_OPTIONS : {}), ...command.options };
  let strict: { values: OptionValues; positionals: string[] };
  try {
    const result = parseArgs({
      args: [...argv],
      options: toParseArgsOptions(options),
      strict: true,
      allowPositionals: true,
    });
    // Every repeatable option is a string option, so the arrays hold strings only.
    strict = { values: result.values as OptionValues, positionals: result.positionals };
  } catch (error) {
    throw new UsageError(describeParseError(error), command.path);
  }
  const positionals = strict.positionals.slice(command.path.length);
  checkPositionals(command, positionals);
  return { kind: "run", command, values: strict.values, positionals };
}

function allOptions(commands: readonly CommandSpec[]): Record<string, OptionSpec> {
  const merged: Record<string, OptionSpec> = { ...GLOBAL_OPTIONS, ...CONNECTION_OPTIONS };
  for (const command of commands) Object.assign(merged, command.options);
  return merged;
}

function toParseArgsOptions(options: Record<string, OptionSpec>) {
  return Object.fromEntries(
    Object.entries(options).map(([name, spec]) => [
      name,
      {
        type: spec.type,
        ...(spec.multiple ? { multiple: true } : {}),
        ...(spec.short ? { short: spec.short } : {}),
      },
    ]),
  );
}

function longestMatch(words: readonly string[], commands: readonly CommandSpec[]): CommandSpec | undefined {
  let best: CommandSpec | undefined;
  for (const command of commands) {
    const matches = command.path.every((word, index) => words[index] === word);
    if (matches && command.path.length > (best?.path.length ?? 0)) best = command;
  }
  return best;
}

/** The longest prefix of `words` that is a group of commands, such as `clients scopes`. */
function groupPath(words: readonly string[], commands: readonly CommandSpec[]): string[] {
  const path: string[] = [];
  for (const word of words) {
    const candidate = [...path, word];
    const isGroup = commands.some(
      (command) =>
        command.path.length > candidate.length &&
        candidate.every((part, index) => command.path[index] === part),
    );
    if (!isGroup) break;
    path.push(word);
  }
  return path;
}

function checkPositionals(command: CommandSpec, positionals: readonly string[]): void {
  const required = command.positionals.filter((positional) => positional.required);
  const variadic = command.positionals.some((positional) => positional.variadic);
  if (positionals.length < required.length) {
    const missing = required[positionals.length]?.name ?? "an argument";
    throw new UsageError(`"${command.path.join(" ")}" needs ${missing}`, command.path);
  }
  if (!variadic && positionals.length > command.positionals.length) {
    const extra = positionals[command.positionals.length];
    throw new UsageError(`"${command.path.join(" ")}" does not take the argument "${extra}"`, command.path);
  }
}

function describeParseError(error: unknown): string {
  // Node's messages run to several lines of advice; the first says what is wrong.
  const message = (error instanceof Error ? error.message : String(error)).split("\n")[0] ?? "";
  const unknown = /^Unknown option '([^']+)'/.exec(message);
  if (unknown) return `unknown option ${unknown[1]}`;
  return message.replace(/\.$/, "").replace(/^Option/, "option");
}
