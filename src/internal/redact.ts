import type { FidesLogger } from "../options.js";

/** What stands in for a secret or token in any text the SDK keeps. */
export const REDACTED = "[REDACTED]";

/** What stands in for a detail nested too deeply to serialise, so its text cannot be checked. */
export const TOO_DEEP = "a detail nested too deeply to show";

/**
 * The shortest value scrubbed. Shorter ones (a test's token `"t"`) would mangle every message
 * they happen to occur in, and are too short to be worth hiding: Fides's secrets and tokens are
 * dozens to hundreds of characters.
 */
const MIN_REDACTED_LENGTH = 8;
/** Client secrets remembered: the current one and a few rotated away. */
const MAX_SECRETS = 4;
/** Tokens remembered: enough for every refresh and re-acquisition of a long-lived client. */
const MAX_TOKENS = 16;
/** How deep a chain of `cause`s is followed. */
const MAX_CAUSE_DEPTH = 5;
const INSPECT = Symbol.for("nodejs.util.inspect.custom");

function base64(text: string): string {
  let binary = "";
  for (const byte of new TextEncoder().encode(text)) binary += String.fromCharCode(byte);
  return btoa(binary);
}

function formEncoded(text: string): string {
  return new URLSearchParams({ v: text }).toString().slice(2);
}

/**
 * Every spelling of a value a server might echo: as sent in a form body
 * (`application/x-www-form-urlencoded`) and half-decoded from one, in a URL, inside a JSON string, and base64 (alone, and
 * as Basic auth's `id:secret`, raw and form-encoded as RFC 6749 asks).
 */
function spellings(value: string, clientId: string | undefined): string[] {
  const forms = [value, encodeURIComponent(value), formEncoded(value), JSON.stringify(value).slice(1, -1)];
  // A form body decoded with decodeURIComponent, which leaves "+" for a space.
  forms.push(value.replaceAll(" ", "+"));
  forms.push(base64(value), base64(value).replace(/=+$/, ""));
  if (clientId !== undefined) {
    forms.push(base64(`${clientId}:${value}`), base64(`${formEncoded(clientId)}:${formEncoded(value)}`));
  }
  return forms;
}

function remember(list: string[], value: string, max: number): boolean {
  if (value.length < MIN_REDACTED_LENGTH || list.includes(value)) return false;
  list.push(value);
  if (list.length > max) list.shift();
  return true;
}

/**
 * Knows the client's own secret and the tokens it holds or sent, and scrubs them, in every
 * spelling, from text the SDK keeps: error messages, `detail`, `cause`s and log lines. A server
 * that echoes the form body or the `Authorization` header cannot put them into an error.
 * Its values live in `#private` fields; it shows nothing in `JSON.stringify` or `util.inspect`.
 */
export class Redactor {
  readonly #secrets: string[] = [];
  readonly #tokens: string[] = [];
  #clientId: string | undefined;
  /**
   * Every spelling of every value, longest first, so a longer form is replaced before its parts;
   * built when first needed, so building a client costs no encoding.
   */
  #needles: string[] | undefined = [];

  /**
   * Remembers the client's secret (also after a rotation).
   * @param clientId the client id, for the Basic auth spelling
   * @param secret the secret
   */
  addSecret(clientId: string, secret: string): void {
    this.#clientId = clientId;
    if (remember(this.#secrets, secret, MAX_SECRETS)) this.#needles = undefined;
  }

  /**
   * Remembers a token the client holds or sent.
   * @param token the token; `undefined` is ignored
   */
  addToken(token: string | undefined): void {
    if (token !== undefined && remember(this.#tokens, token, MAX_TOKENS)) this.#needles = undefined;
  }

  /**
   * The text with every known secret and token replaced by {@link REDACTED}.
   * @param text any text
   */
  scrub(text: string): string {
    let out = text;
    for (const needle of this.#spellings()) {
      if (out.includes(needle)) out = out.split(needle).join(REDACTED);
    }
    return out;
  }

  /**
   * A server's `detail` (a string or parsed JSON) with every known secret and token removed.
   * Returned as is when nothing needs scrubbing.
   * @param detail the detail
   */
  scrubDetail(detail: unknown): unknown {
    if (typeof detail === "string") return this.scrub(detail);
    if (typeof detail !== "object" || detail === null || this.#spellings().length === 0) return detail;
    let json: string;
    try {
      json = JSON.stringify(detail);
    } catch {
      // Nested deeper than the stack: its text cannot be checked, so it is not kept.
      return TOO_DEEP;
    }
    const scrubbed = this.scrub(json);
    if (scrubbed === json) return detail;
    try {
      return JSON.parse(scrubbed);
    } catch {
      return scrubbed;
    }
  }

  /**
   * An error to keep as a `cause`: the error itself when it mentions no secret or token, else a
   * copy (name, message, stack, string fields and causes) with them scrubbed.
   * @param error what was thrown
   */
  scrubError(error: unknown): unknown {
    return this.#mentions(error, 0) ? this.#copy(error, 0) : error;
  }

  /**
   * A logger that scrubs every line before passing it on.
   * @param logger the caller's logger
   */
  logger(logger: FidesLogger): FidesLogger {
    return {
      debug: (message) => logger.debug(this.scrub(message)),
      info: (message) => logger.info(this.scrub(message)),
      warn: (message) => logger.warn(this.scrub(message)),
      error: (message) => logger.error(this.scrub(message)),
    };
  }

  /** Keeps secrets out of `JSON.stringify`. */
  toJSON(): Record<string, never> {
    return {};
  }

  /** Keeps secrets out of `util.inspect`. */
  [INSPECT](): string {
    return "Redactor {}";
  }

  #spellings(): string[] {
    if (this.#needles !== undefined) return this.#needles;
    const needles = new Set<string>();
    for (const secret of this.#secrets) {
      for (const form of spellings(secret, this.#clientId)) needles.add(form);
    }
    for (const token of this.#tokens) for (const form of spellings(token, undefined)) needles.add(form);
    this.#needles = [...needles]
      .filter((needle) => needle.length >= MIN_REDACTED_LENGTH)
      .sort((a, b) => b.length - a.length);
    return this.#needles;
  }

  #mentions(value: unknown, depth: number): boolean {
    if (typeof value === "string") return this.scrub(value) !== value;
    if (!(value instanceof Error) || depth > MAX_CAUSE_DEPTH) return false;
    if (this.#mentions(value.message, depth) || this.#mentions(value.stack, depth)) return true;
    for (const field of Object.values(value)) if (this.#mentions(field, depth)) return true;
    if (value instanceof AggregateError && value.errors.some((inner) => this.#mentions(inner, depth + 1))) {
      return true;
    }
    return this.#mentions(value.cause, depth + 1);
  }

  #copy(error: unknown, depth: number): unknown {
    if (!(error instanceof Error)) return typeof error === "string" ? this.scrub(error) : error;
    if (depth > MAX_CAUSE_DEPTH) return undefined;
    const copy = new Error(this.scrub(error.message)) as Error & Record<string, unknown>;
    Object.defineProperty(copy, "name", { value: error.name, configurable: true, writable: true });
    copy.stack = this.scrub(error.stack ?? "");
    for (const [key, field] of Object.entries(error)) {
      // Strings are scrubbed; nested errors are dropped rather than checked field by field.
      copy[key] = typeof field === "string" ? this.scrub(field) : field instanceof Error ? undefined : field;
    }
    if (error.cause !== undefined) copy.cause = this.#copy(error.cause, depth + 1);
    return copy;
  }
}
