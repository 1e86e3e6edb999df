/**
 * Python's `repr()` of a list of strings, as the server's f-strings print it:
 * `['client:read', 'storage:read']`. The server puts such lists in its "Invalid Scope" and
 * "Cannot assign scopes" details, so clients may parse them.
 * @param values the strings, in the order Python would print them
 */
export function pythonListRepr(values: readonly string[]): string {
  return `[${values.map(pythonStringRepr).join(", ")}]`;
}

/**
 * Python's `repr()` of one `str`: single quotes unless the text holds a single quote and no
 * double quote, with backslashes and control characters escaped.
 * @param value the string
 */
function pythonStringRepr(value: string): string {
  const quote = value.includes("'") && !value.includes('"') ? '"' : "'";
  let out = "";
  for (const char of value) {
    const code = char.codePointAt(0) ?? 0;
    if (char === "\\") out += "\\\\";
    else if (char === quote) out += `\\${quote}`;
    else if (char === "\n") out += "\\n";
    else if (char === "\r") out += "\\r";
    else if (char === "\t") out += "\\t";
    else if (code < 0x20 || code === 0x7f) out += `\\x${code.toString(16).padStart(2, "0")}`;
    else out += char;
  }
  return `${quote}${out}${quote}`;
}

/**
 * Python's `sorted()` of strings: by code point, which is not JavaScript's default UTF-16 order
 * for characters beyond the Basic Multilingual Plane.
 * @param values the strings to sort (not modified)
 */
export function pythonSorted(values: Iterable<string>): string[] {
  return [...values].sort((a, b) => {
    const left = [...a];
    const right = [...b];
    for (let i = 0; i < Math.min(left.length, right.length); i++) {
      const difference = (left[i]?.codePointAt(0) ?? 0) - (right[i]?.codePointAt(0) ?? 0);
      if (difference !== 0) return difference;
    }
    return left.length - right.length;
  });
}
