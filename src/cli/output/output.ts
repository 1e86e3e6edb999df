import { inertJson, inertLine, inertText } from "./safe-text.js";

/** Somewhere text can be written: `process.stdout` in the CLI, a buffer in tests. */
export interface TextSink {
  write(chunk: string): unknown;
}

/** A column of a table: its heading and how to read a cell from a row. */
export interface Column<Row> {
  readonly heading: string;
  readonly cell: (row: Row) => string | number | null | undefined;
}

/**
 * Writes a command's results: tables and `key  value` lists for people, JSON for scripts.
 * Everything goes to standard output; diagnostics go to standard error elsewhere. Text the server
 * chose (names, descriptions, scopes) cannot move the cursor, recolour the terminal or add a line:
 * each line is stripped of control characters and escapes, and JSON escapes them.
 */
export class Output {
  readonly #sink: TextSink;
  /** Whether `--json` was given: commands print `json(...)` instead of tables. */
  readonly json: boolean;

  /**
   * @param sink where results go (standard output)
   * @param json whether `--json` was given
   */
  constructor(sink: TextSink, json: boolean) {
    this.#sink = sink;
    this.json = json;
  }

  /** Writes one line of text, made safe for a terminal. */
  line(text = ""): void {
    this.#sink.write(`${inertLine(text)}\n`);
  }

  /**
   * Writes text as the server sent it (`fides-oauth api`), lines and all, made inert for a
   * terminal: valid JSON comes out byte for byte, a hostile body cannot move the cursor.
   */
  raw(text: string): void {
    this.#sink.write(inertText(text));
  }

  /** Writes a value as indented JSON. */
  writeJson(value: unknown): void {
    this.#sink.write(`${inertJson(JSON.stringify(value, null, 2))}\n`);
  }

  /** Writes rows as a table with a heading line; `-` stands for an empty cell. */
  table<Row>(rows: readonly Row[], columns: readonly Column<Row>[]): void {
    const cells = rows.map((row) => columns.map((column) => show(column.cell(row))));
    const headings = columns.map((column) => column.heading);
    const widths = headings.map((heading, index) =>
      Math.max(heading.length, ...cells.map((line) => line[index]?.length ?? 0)),
    );
    for (const line of [headings, ...cells]) {
      this.line(
        line
          .map((cell, index) => (index === line.length - 1 ? cell : cell.padEnd(widths[index] ?? 0)))
          .join("  ")
          .trimEnd(),
      );
    }
  }

  /** Writes `key  value` pairs with the values aligned. */
  fields(pairs: ReadonlyArray<readonly [string, string | number | null | undefined]>): void {
    const width = Math.max(...pairs.map(([key]) => key.length));
    for (const [key, value] of pairs) this.line(`${`${key}:`.padEnd(width + 1)}  ${show(value)}`);
  }
}

/** A cell's text, made safe first so that the column widths count what is printed. */
function show(value: string | number | null | undefined): string {
  if (value === null || value === undefined || value === "") return "-";
  return inertLine(String(value));
}

/**
 * Hides a secret or token, keeping only its last four characters so that two can be told apart:
 * `****c9f2`. Short values are hidden entirely.
 * @param secret the value to hide
 */
export function mask(secret: string): string {
  return secret.length >= 16 ? `****${secret.slice(-4)}` : "****";
}
