// The shapes every command shares: what it is (CommandSpec), what it receives (CommandContext) and
// what it may touch (CliIo). Types only; this file imports nothing of the CLI but the Output class
// it hands to commands, so no file of the CLI can form a loop through it.
import type { Output, TextSink } from "./output/output.js";

/** The option values of one command line, as `util.parseArgs` returns them. */
export type OptionValues = Readonly<Record<string, string | boolean | string[] | undefined>>;

/** Everything a command touches outside itself; injected so that commands are testable. */
export interface CliIo {
  readonly stdout: TextSink;
  readonly stderr: TextSink;
  readonly env: Readonly<Record<string, string | undefined>>;
  /** Reads standard input to its end (for `--client-secret-stdin`). */
  readStdin(): Promise<string>;
  /** Resolves when the user interrupts the program (Ctrl-C, SIGTERM). */
  untilInterrupted(): Promise<void>;
}

/** One option as help shows it and `util.parseArgs` reads it. */
export interface OptionSpec {
  readonly type: "string" | "boolean";
  readonly multiple?: boolean;
  readonly short?: string;
  /** The value's name in help, such as `URL`. */
  readonly placeholder?: string;
  readonly description: string;
}

/** One positional argument of a command. */
export interface PositionalSpec {
  readonly name: string;
  readonly required: boolean;
  readonly variadic?: boolean;
}

/** What a running command receives. */
export interface CommandContext {
  readonly io: CliIo;
  readonly values: OptionValues;
  readonly positionals: readonly string[];
  readonly out: Output;
  /**
   * Aborts when the command's `--timeout` has elapsed since it started: pass it to every SDK call,
   * so that the whole command, retries included, ends in time. Never aborts for commands that do
   * not talk to a server.
   */
  readonly signal: AbortSignal;
}

/** One command of `fides-oauth`, such as `clients create`. */
export interface CommandSpec {
  /** The words that name it: `["clients", "create"]`. */
  readonly path: readonly string[];
  readonly summary: string;
  /** More help text, shown under the usage line. */
  readonly details?: string;
  readonly positionals: readonly PositionalSpec[];
  /** Options the usage line shows because the command needs them, such as `--scope SCOPE…`. */
  readonly synopsis?: string;
  readonly options: Readonly<Record<string, OptionSpec>>;
  /** Whether it talks to a Fides server, and so takes `--url`, `--timeout` and the credential options. */
  readonly connects: boolean;
  readonly examples?: readonly string[];
  run(context: CommandContext): Promise<void>;
}
