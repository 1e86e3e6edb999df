import type { CommandSpec, OptionSpec } from "../command-types.js";
import { CONNECTION_OPTIONS, GLOBAL_OPTIONS } from "./common-options.js";

const PROGRAM = "fides-oauth";

/**
 * The help text for a command, a group of commands (`clients`), or the whole program (empty path).
 * @param path the command words asked about
 * @param commands every command the CLI knows
 */
export function helpText(path: readonly string[], commands: readonly CommandSpec[]): string {
  const exact = commands.find((command) => sameWords(command.path, path));
  if (exact) return commandHelp(exact);
  const members = commands.filter((command) => path.every((word, index) => command.path[index] === word));
  return overview(path, members.length > 0 ? members : commands);
}

function overview(path: readonly string[], commands: readonly CommandSpec[]): string {
  const rows = commands.map((command) => [usageOf(command), command.summary] as const);
  const lines = [
    path.length === 0
      ? `${PROGRAM}: manage the OAuth clients of a Fides server from the shell`
      : `the commands of ${PROGRAM} ${path.join(" ")}`,
    "",
    `Usage: ${PROGRAM} ${path.length === 0 ? "<command>" : `${path.join(" ")} <command>`} [options]`,
    "",
    "Commands:",
    ...alignRows(rows),
    "",
    "Configuration: --url or FIDES_URL (the server's root); --client-id or FIDES_CLIENT_ID; the",
    "secret from FIDES_CLIENT_SECRET, --client-secret-file or --client-secret-stdin, never typed as",
    "--client-secret VALUE. --timeout bounds the whole command, retries included.",
    "Exit status: 0 on success, 1 when Fides or the network fails, 2 for a usage error.",
    `Run "${PROGRAM} <command> --help" for a command's options, "${PROGRAM} --version" for the version.`,
  ];
  return `${lines.join("\n")}\n`;
}

function commandHelp(command: CommandSpec): string {
  const lines = [`Usage: ${usageOf(command)} [options]`, "", `${capitalise(command.summary)}.`];
  if (command.details) lines.push("", command.details);
  if (Object.keys(command.options).length > 0) lines.push("", "Options:", ...optionRows(command.options));
  if (command.connects) lines.push("", "Connection:", ...optionRows(CONNECTION_OPTIONS));
  lines.push("", "General:", ...optionRows(GLOBAL_OPTIONS));
  if (command.examples?.length)
    lines.push("", "Examples:", ...command.examples.map((example) => `  ${example}`));
  return `${lines.join("\n")}\n`;
}

function usageOf(command: CommandSpec): string {
  const positionals = command.positionals.map((positional) => {
    const name = positional.variadic ? `${positional.name}…` : positional.name;
    return positional.required ? name : `[${name}]`;
  });
  const synopsis = command.synopsis ? [command.synopsis] : [];
  return [PROGRAM, ...command.path, ...positionals, ...synopsis].join(" ");
}

function optionRows(options: Readonly<Record<string, OptionSpec>>): string[] {
  return alignRows(
    Object.entries(options).map(([name, spec]) => {
      const short = spec.short ? `-${spec.short}, ` : "";
      const value = spec.type === "string" ? ` ${spec.placeholder ?? "VALUE"}` : "";
      const repeat = spec.multiple ? " (repeatable)" : "";
      return [`${short}--${name}${value}`, `${spec.description}${repeat}`] as const;
    }),
  );
}

function alignRows(rows: ReadonlyArray<readonly [string, string]>): string[] {
  const width = Math.max(...rows.map(([left]) => left.length));
  return rows.map(([left, right]) => `  ${left.padEnd(width)}  ${right}`);
}

function sameWords(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((word, index) => word === b[index]);
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
