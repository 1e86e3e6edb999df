// What the server (or a URL the user typed) says, made safe to print on a terminal.

/** The longest message the CLI prints on one line; longer ones end with `…`. */
export const MAX_MESSAGE_LENGTH = 500;

// Terminal escape sequences: CSI (`ESC [ … final`), OSC (`ESC ] … BEL` or `ESC ] … ESC \`), the
// other two-character escapes, and the 8-bit CSI and OSC introducers.
const ESCAPES =
  // biome-ignore lint/suspicious/noControlCharactersInRegex: matching control characters is the point
  /\u001b\[[0-?]*[ -/]*[@-~]|\u001b\][^\u0007\u001b]*(?:\u0007|\u001b\\)?|\u001b[@-_]|\u009b[0-?]*[ -/]*[@-~]|\u009d[^\u0007]*\u0007?/g;
// C0 and C1 control characters, DEL, and the Unicode controls that reorder or hide text
// (bidirectional overrides and isolates, zero-width characters, line and paragraph separators).
// biome-ignore lint/suspicious/noControlCharactersInRegex: matching control characters is the point
const CONTROLS = /[\u0000-\u001f\u007f-\u009f\u200b-\u200f\u2028-\u202e\u2060-\u2069\ufeff]+/g;
// `scheme://user:password@`: the password part.
const URL_PASSWORD = /\b([a-z][a-z0-9+.-]*:\/\/[^\s/?#@:]*):[^\s/?#@]*@/gi;

/**
 * Hides the password of every URL in a text: `https://user:****@host`.
 * @param text any text that may hold URLs
 */
export function hideUrlPasswords(text: string): string {
  return text.replace(URL_PASSWORD, "$1:****@");
}

/**
 * Makes text safe to print as one line of a command's results: terminal escapes removed and every
 * other control character (newlines included) turned into a space. Nothing else changes, so
 * table columns stay aligned.
 * @param text a value the server chose, such as a client's name
 */
export function inertLine(text: string): string {
  return text.replace(ESCAPES, "").replace(CONTROLS, " ");
}

/**
 * Makes a multi-line text (a response body) safe for a terminal: every control character but tab
 * and newline removed (an escape sequence loses its ESC and becomes plain text), and DEL, the C1
 * controls and the bidirectional overrides written as `\uXXXX`. Valid JSON cannot hold raw control
 * characters and holds the others only inside strings, so it comes out meaning the same.
 * @param text a body the server chose
 */
export function inertText(text: string): string {
  // biome-ignore lint/suspicious/noControlCharactersInRegex: removing control characters is the point
  return inertJson(text.replace(/[\u0000-\u0008\u000b-\u001f]/g, ""));
}

/**
 * Makes a message safe for a terminal: {@link inertLine}, then runs of spaces collapsed, URL
 * passwords hidden, and the result cut at `maxLength` characters with `…`.
 * @param text what to print, such as an error message quoting the server's detail
 * @param maxLength the longest result
 */
export function oneSafeLine(text: string, maxLength = MAX_MESSAGE_LENGTH): string {
  const line = hideUrlPasswords(inertLine(text)).replace(/ {2,}/g, " ").trim();
  if (line.length <= maxLength) return line;
  return `${line.slice(0, maxLength - 1).trimEnd()}…`;
}

/**
 * Escapes, in JSON text, the characters `JSON.stringify` leaves raw that a terminal may act on
 * (DEL, the C1 controls, bidirectional overrides), so that `--json` output is inert too.
 * @param json the output of `JSON.stringify`
 */
export function inertJson(json: string): string {
  return json.replace(
    /[\u007f-\u009f\u200b-\u200f\u2028-\u202e\u2060-\u2069\ufeff]/g,
    (character) => `\\u${character.charCodeAt(0).toString(16).padStart(4, "0")}`,
  );
}
