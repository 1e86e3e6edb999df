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

/**
 * Takes `--only a,b` out of the command line: the sections to run, every one when absent.
 * @param argv the arguments after the script's name
 * @param sections every section's name, in the order they run
 * @returns the chosen sections and the arguments left for {@link parseIntegerFlags}
 * @throws {TypeError} naming an unknown section
 */
export function takeSections<S extends string>(
  argv: readonly string[],
  sections: readonly S[],
): { only: ReadonlySet<S>; rest: string[] } {
  const index = argv.indexOf("--only");
  if (index === -1) return { only: new Set(sections), rest: [...argv] };
  const names = (argv[index + 1] ?? "").split(",").filter((name) => name !== "");
  const unknown = names.find((name) => !(sections as readonly string[]).includes(name));
  if (names.length === 0 || unknown !== undefined) {
    throw new TypeError(
      `"--only" must be followed by a comma-separated list of ${sections.join(", ")}; got ${JSON.stringify(unknown ?? argv[index + 1])}`,
    );
  }
  return { only: new Set(names as S[]), rest: [...argv.slice(0, index), ...argv.slice(index + 2)] };
}
