import { isScope, nearestScope, type Scope } from "../scopes.js";
import { isSendableToken } from "./tokens/access-token-rules.js";

/**
 * Every argument and option check of the SDK, with one message scheme: the argument's full name
 * in quotes, then what it must be: `"options.timeoutMs" must be a positive number up to 2147483647`.
 * Each check throws a {@link codedTypeError} before any request is sent, and never quotes the value
 * (it may be a secret).
 */

/** The Node-style codes this SDK gives a misuse `TypeError`. */
type MisuseCode = "ERR_INVALID_ARG_TYPE" | "ERR_INVALID_ARG_VALUE" | "ERR_MISSING_OPTION";

/**
 * The misuse `TypeError`: a Node-style `code`, and the `argument` it is about as data
 * (`"options.baseUrl"`, `"details.name"`, `"scopes[2]"`), for a caller (the CLI) that names
 * arguments its own way.
 */
export type MisuseError = TypeError & { code: MisuseCode; argument?: string };

/**
 * A `TypeError` with a Node-style `code`, thrown before any request is sent when an argument or
 * option is wrong. The message names the argument.
 * @param code the Node-style code
 * @param message the message, naming the argument
 * @param argument the argument's full name, kept on the error as `argument`
 */
export function codedTypeError(code: MisuseCode, message: string, argument?: string): MisuseError {
  const error = new TypeError(message) as MisuseError;
  error.code = code;
  if (argument !== undefined) error.argument = argument;
  return error;
}

/**
 * `"name" must be <expected>`, as an `ERR_INVALID_ARG_TYPE` error.
 * @param name the argument's full name
 * @param expected what it must be, such as `"a string"`
 */
export function invalidType(name: string, expected: string): MisuseError {
  return codedTypeError("ERR_INVALID_ARG_TYPE", `"${name}" must be ${expected}`, name);
}

/**
 * `"name" <problem>`, as an `ERR_INVALID_ARG_VALUE` error.
 * @param name the argument's full name
 * @param problem what is wrong, such as `"must not be empty"`
 */
export function invalidValue(name: string, problem: string): MisuseError {
  return codedTypeError("ERR_INVALID_ARG_VALUE", `"${name}" ${problem}`, name);
}

/**
 * `"name" <problem>`, as an `ERR_MISSING_OPTION` error.
 * @param name the missing option's full name
 * @param problem what is missing, such as `"is required"`
 */
export function missingOption(name: string, problem: string): MisuseError {
  return codedTypeError("ERR_MISSING_OPTION", `"${name}" ${problem}`, name);
}

/**
 * A string that is not blank, or `undefined` when absent.
 * @param value the argument
 * @param name its full name
 */
export function assertOptionalString(value: unknown, name: string): string | undefined {
  if (value === undefined) return undefined;
  if (typeof value !== "string") throw invalidType(name, "a string");
  if (value.trim() === "") throw invalidValue(name, "must not be empty");
  return value;
}

/**
 * A finite number in (0, max], or `fallback` when absent.
 * @param value the argument
 * @param name its full name
 * @param fallback the default
 * @param max the largest value allowed
 */
export function assertPositiveNumber(value: unknown, name: string, fallback: number, max: number): number {
  if (value === undefined) return fallback;
  if (typeof value !== "number" || !Number.isFinite(value) || value <= 0 || value > max) {
    throw invalidValue(name, `must be a positive number up to ${max}`);
  }
  return value;
}

/**
 * An integer in [minimum, maximum], or `fallback` when absent.
 * @param value the argument
 * @param name its full name
 * @param minimum the smallest value allowed
 * @param maximum the largest value allowed
 * @param fallback the default
 */
export function assertInteger(
  value: unknown,
  name: string,
  minimum: number,
  maximum: number,
  fallback: number,
): number {
  if (value === undefined) return fallback;
  if (typeof value !== "number" || !Number.isInteger(value) || value < minimum || value > maximum) {
    throw invalidValue(name, `must be an integer from ${minimum} to ${maximum}`);
  }
  return value;
}

/**
 * A boolean, or `fallback` when absent.
 * @param value the argument
 * @param name its full name
 * @param fallback the default
 */
export function assertFlag(value: unknown, name: string, fallback = false): boolean {
  if (value === undefined) return fallback;
  if (typeof value !== "boolean") throw invalidType(name, "a boolean");
  return value;
}

/**
 * A function, or `undefined` when absent.
 * @param value the argument
 * @param name its full name
 */
export function assertOptionalFunction<T>(value: unknown, name: string): T | undefined {
  if (value === undefined) return undefined;
  if (typeof value !== "function") throw invalidType(name, "a function");
  return value as T;
}

/**
 * A plain object (not an array), or `{}` when absent.
 * @param value the argument
 * @param name its full name
 */
export function assertObject(value: unknown, name: string): Record<string, unknown> {
  if (value === undefined) return {};
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    throw invalidType(name, "an object");
  }
  return value as Record<string, unknown>;
}

/**
 * An object whose `methods` are all functions.
 * @param value the argument
 * @param name its full name
 * @param methods the methods it must have
 */
export function assertMethods<T>(value: unknown, name: string, methods: readonly string[]): T {
  if (typeof value !== "object" || value === null) throw invalidType(name, "an object");
  const object = value as Record<string, unknown>;
  for (const method of methods) {
    if (typeof object[method] !== "function") throw invalidType(`${name}.${method}`, "a function");
  }
  return value as T;
}

/**
 * A list of scopes: an unknown scope is refused with the nearest known one suggested, unless
 * unknown scopes are allowed.
 * @param value the argument
 * @param name its full name
 * @param allowUnknown whether strings outside the SDK's registry may be sent
 * @returns a copy of the list
 */
export function assertScopes(value: unknown, name: string, allowUnknown: boolean): Scope[] {
  if (!Array.isArray(value)) throw invalidType(name, "an array of scopes");
  const scopes: Scope[] = [];
  for (let index = 0; index < value.length; index++) {
    const scope: unknown = value[index];
    if (typeof scope !== "string") throw invalidType(`${name}[${index}]`, "a string");
    if (!allowUnknown && !isScope(scope)) {
      const nearest = nearestScope(scope);
      throw codedTypeError(
        "ERR_INVALID_ARG_VALUE",
        nearest === undefined
          ? `"${scope}" is not a Fides scope`
          : `"${scope}" is not a Fides scope; did you mean "${nearest}"?`,
        `${name}[${index}]`,
      );
    }
    scopes.push(scope as Scope);
  }
  return scopes;
}

const DOT_SEGMENT = /^\.{1,2}$/;
/** How many rounds of percent-decoding a value is checked through (`%252e` is `%2e` is `.`). */
const MAX_DECODES = 4;

const ESCAPE = /%([0-9A-Fa-f]{2})/g;

/**
 * One round of percent-decoding, byte by byte: each `%XX` of an ASCII byte becomes its character,
 * a non-ASCII byte becomes U+FFFD, and a malformed escape (`%zz`, a trailing `%`) stays as written,
 * as servers leave it. Unlike `decodeURIComponent`, it never gives up on the whole segment, so a
 * malformed or non-UTF-8 escape cannot hide an encoded separator next to it. Linear.
 */
function decodeBytes(value: string): string {
  return value.replace(ESCAPE, (_, hex: string) => {
    const byte = Number.parseInt(hex, 16);
    return byte < 0x80 ? String.fromCharCode(byte) : "\uFFFD";
  });
}

/**
 * A value, then each of its percent-decodings in turn (`%252e` → `%2e` → `.`), until decoding
 * changes nothing or {@link MAX_DECODES} rounds are done: what a server that decodes more than
 * once could read.
 * @param value the raw text
 */
function* percentDecodings(value: string): Generator<string> {
  let decoded = value;
  yield decoded;
  for (let round = 0; round < MAX_DECODES; round++) {
    if (!decoded.includes("%")) return;
    const next = decodeBytes(decoded);
    if (next === decoded) return;
    decoded = next;
    yield decoded;
  }
}

/**
 * A client id: a non-blank string that is not a dot segment (`.`, `..`), even once decoded, so
 * it cannot move its request to another route. The pipeline sends it as one encoded path segment.
 * @param value the argument
 * @param name its full name
 */
export function assertClientId(value: unknown, name = "id"): string {
  if (typeof value !== "string") throw invalidType(name, "a string");
  if (value.trim() === "") throw invalidValue(name, "must not be empty");
  for (const decoded of percentDecodings(value)) {
    if (DOT_SEGMENT.test(decoded)) {
      throw invalidValue(name, `must not be "." or ".." (or decode to them): it would leave its route`);
    }
  }
  return value;
}

/**
 * An optional name or description: a string (not blank unless allowed), `null`, or absent.
 * @param value the argument
 * @param name its full name
 * @param blankAllowed whether an empty string is acceptable
 */
export function assertText(value: unknown, name: string, blankAllowed: boolean): string | null | undefined {
  if (value === undefined || value === null) return value;
  if (typeof value !== "string") throw invalidType(name, "a string or null");
  if (!blankAllowed && value.trim() === "") throw invalidValue(name, "must not be empty or whitespace");
  return value;
}

/**
 * An access token that an `Authorization` header can carry as it is (see `isSendableToken`);
 * never echoed, since it is a secret.
 * @param value the token (already known to be a non-blank string)
 * @param name its full name
 */
export function assertSendableToken(value: string, name: string): string {
  if (!isSendableToken(value)) {
    throw invalidValue(
      name,
      "must be visible ASCII characters only (no spaces, control characters or non-ASCII), " +
        "as an Authorization header carries it",
    );
  }
  return value;
}

/**
 * Whether a string holds an ASCII control character (U+0000 to U+001F, or DEL), tab included:
 * the URL parser silently drops tabs and newlines, so a path must hold none of them.
 * @param value the text
 */
export function hasAsciiControl(value: string): boolean {
  for (let index = 0; index < value.length; index++) {
    const code = value.charCodeAt(index);
    if (code < 0x20 || code === 0x7f) return true;
  }
  return false;
}

/**
 * Whether a string holds a control character a header value must not carry: any but tab (which
 * a header value may hold), so CR, LF and NUL above all, which would split or end a header.
 * @param value the text
 */
function hasHeaderBreakingControl(value: string): boolean {
  for (let index = 0; index < value.length; index++) {
    const code = value.charCodeAt(index);
    if ((code < 0x20 && code !== 0x09) || code === 0x7f) return true;
  }
  return false;
}

/**
 * A string that may travel as a header value: no control character but tab, only Latin-1.
 * Never echoed, since it may be a secret.
 * @param value the text
 * @param name its full name
 */
export function assertHeaderValue(value: string, name: string): string {
  if (hasHeaderBreakingControl(value)) {
    throw invalidValue(name, "must not contain control characters (CR, LF, NUL, …)");
  }
  // A header value is a byte string: anything past U+00FF would fail every request instead.
  for (let index = 0; index < value.length; index++) {
    if (value.charCodeAt(index) > 0xff) throw invalidValue(name, "must hold only Latin-1 characters");
  }
  return value;
}

/**
 * Refuses a path (below the base URL, query excluded) with a segment that would move the request
 * to another route: `.` or `..`, also percent-encoded (`%2e%2e`, `%252e%252e`), and an encoded
 * slash or backslash (`%2F`, `%5C`), which Fides's ASGI server decodes into a separator before
 * routing. A raw backslash is refused too: URL parsers read it as a slash.
 * @param path the path part, starting with `/`
 * @param name the argument's name, for the message
 */
export function assertStaysOnRoute(path: string, name: string): void {
  if (path.includes("\\"))
    throw invalidValue(name, "must not hold a backslash: URL parsers read it as a slash");
  for (const segment of path.split("/")) {
    for (const decoded of percentDecodings(segment)) {
      if (decoded === "." || decoded === "..") {
        throw invalidValue(
          name,
          `must not hold a "." or ".." segment (percent-encoded or not): it would leave its route`,
        );
      }
      // A raw segment holds neither (split on "/", backslashes refused above): only a decoding can.
      if (decoded.includes("/") || decoded.includes("\\")) {
        throw invalidValue(
          name,
          "must not hold an encoded slash or backslash (%2F, %5C): the server decodes it into a path separator",
        );
      }
    }
  }
}

/**
 * The misuse error of an authenticated call on a client created without credentials.
 * @param operation the SDK method called
 */
export function missingCredentials(operation: string): MisuseError {
  return missingOption(
    "options.clientId",
    `and "options.clientSecret" (or "options.accessToken") are required for ${operation}: this client was created without credentials`,
  );
}
