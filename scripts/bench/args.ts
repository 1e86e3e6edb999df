/**
 * Reads `--name value` pairs of positive integers from the command line, with defaults.
 * An unknown flag or a value that is not a positive integer is an error that names it.
 * @param argv the arguments after the script's name
 * @param defaults every accepted flag (without `--`) and its default
 * @throws {TypeError} naming the bad flag
 */
export function parseIntegerFlags<K extends string>(
  argv: readonly string[],
  defaults: Readonly<Record<K, number>>,
): Record<K, number> {
  const result: Record<string, number> = { ...defaults };
  for (let index = 0; index < argv.length; index += 2) {
    const flag = argv[index] ?? "";
    const name = flag.replace(/^--/, "");
    if (!flag.startsWith("--") || !(name in defaults)) {
      const known = Object.keys(defaults)
        .map((key) => `--${key}`)
        .join(", ");
      throw new TypeError(`unknown argument "${flag}"; expected ${known}`);
    }
    const text = argv[index + 1];
    const value = Number(text);
    if (text === undefined || !Number.isSafeInteger(value) || value < 1) {
      throw new TypeError(`"${flag}" must be followed by a positive integer, got ${JSON.stringify(text)}`);
    }
    result[name] = value;
  }
  return result as Record<K, number>;
}
