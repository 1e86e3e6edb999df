/**
 * The median of some numbers (the mean of the middle two for an even count).
 * @param values at least one number
 * @throws {RangeError} for an empty list
 */
export function median(values: readonly number[]): number {
  if (values.length === 0) throw new RangeError("median of no values");
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  const high = sorted[middle] as number;
  return sorted.length % 2 === 1 ? high : ((sorted[middle - 1] as number) + high) / 2;
}

/**
 * Rounds for display: integers above 100, three significant digits below.
 * @param value the number
 */
export function round(value: number): number {
  if (!Number.isFinite(value)) return value;
  return Math.abs(value) >= 100 ? Math.round(value) : Number(value.toPrecision(3));
}

/**
 * Formats rows as an aligned text table with a header line.
 * @param header the column titles
 * @param rows the cells, as strings or numbers
 */
export function table(header: readonly string[], rows: readonly (readonly (string | number)[])[]): string {
  const cells = [header, ...rows].map((row) => row.map((cell) => String(cell)));
  const widths = header.map((_, column) => Math.max(...cells.map((row) => (row[column] ?? "").length)));
  const line = (row: readonly string[]): string =>
    row
      .map((cell, column) => cell.padEnd(widths[column] ?? 0))
      .join("  ")
      .trimEnd();
  const [first = [], ...rest] = cells;
  return [line(first), widths.map((width) => "-".repeat(width)).join("  "), ...rest.map(line)].join("\n");
}

/**
 * The nearest-rank percentile of some numbers.
 * @param values at least one number
 * @param p the percentile, 0 to 100
 * @throws {RangeError} for an empty list
 */
export function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) throw new RangeError("percentile of no values");
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.min(sorted.length, Math.max(1, Math.ceil((p / 100) * sorted.length)));
  return sorted[rank - 1] as number;
}
