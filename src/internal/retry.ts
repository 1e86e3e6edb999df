/** Statuses worth another attempt of a request that is safe to repeat. */
const RETRYABLE_STATUSES: ReadonlySet<number> = new Set([408, 429, 500, 502, 503, 504]);
/** Connection failures that prove the request never reached the server. */
const NEVER_SENT_CODES: ReadonlySet<string> = new Set(["ECONNREFUSED", "ENOTFOUND", "EAI_AGAIN"]);
const BASE_DELAY_MS = 500;
const MAX_DELAY_MS = 8_000;
/** The longest `Retry-After` honoured; a longer one is waited for only this long. */
export const RETRY_AFTER_CAP_MS = 60_000;

/**
 * Tells whether an answer with this status may be retried. A request that is not safe to repeat
 * (creating a client, rotating a secret) is retried only on 429, which proves the server did
 * nothing: after a 5xx a retry could create a duplicate client or lose the only copy of a secret.
 * @param idempotent whether repeating the request is harmless
 * @param status the answer's status
 */
export function canRetryStatus(idempotent: boolean, status: number): boolean {
  return idempotent ? RETRYABLE_STATUSES.has(status) : status === 429;
}

/**
 * Tells whether a failure without an answer may be retried: always for a request that is safe
 * to repeat; otherwise only when the connection was refused or the host not found.
 * @param idempotent whether repeating the request is harmless
 * @param error what `fetch` threw (not an abort)
 * @param timedOut whether the attempt's timeout fired
 */
export function canRetryThrown(idempotent: boolean, error: unknown, timedOut: boolean): boolean {
  if (idempotent) return true;
  return !timedOut && neverReachedServer(error);
}

function codeOf(value: unknown): string | undefined {
  if (typeof value !== "object" || value === null || !("code" in value)) return undefined;
  return typeof value.code === "string" ? value.code : undefined;
}

/**
 * Tells whether a `fetch` failure proves the request never left: undici reports
 * `TypeError: fetch failed` with the socket error (or an AggregateError of them) as `cause`.
 * @param error what `fetch` threw
 */
function neverReachedServer(error: unknown): boolean {
  const cause = typeof error === "object" && error !== null && "cause" in error ? error.cause : undefined;
  const code = codeOf(cause) ?? codeOf(error);
  if (code !== undefined && NEVER_SENT_CODES.has(code)) return true;
  if (cause instanceof AggregateError && cause.errors.length > 0) {
    return cause.errors.every((inner) => {
      const innerCode = codeOf(inner);
      return innerCode !== undefined && NEVER_SENT_CODES.has(innerCode);
    });
  }
  return false;
}

const MAX_RETRY_AFTER_CHARS = 1_024;

/**
 * Reads `Retry-After` (delay-seconds or an HTTP-date) as milliseconds from now.
 * @param header the header's value
 * @param wallNow the current time in epoch milliseconds (the client's clock, close to wall time)
 * @returns the delay, or `undefined` when the header is missing, unreadable or over 1,024 characters
 */
export function parseRetryAfter(header: string | null, wallNow: number): number | undefined {
  // An HTTP-date is 29 characters: a header this long is no delay or date worth reading.
  if (header === null || header.length > MAX_RETRY_AFTER_CHARS) return undefined;
  const text = header.trim();
  if (text === "") return undefined;
  // Clamped so that an absurd header (hundreds of digits) still gives a finite number.
  if (/^\d+$/.test(text)) return Math.min(Number(text) * 1000, Number.MAX_SAFE_INTEGER);
  const date = Date.parse(text);
  if (Number.isNaN(date)) return undefined;
  return Math.max(0, date - wallNow);
}

/**
 * The wait before retry number `attempt + 1`: exponential from 0.5 s, capped at 8 s, with jitter
 * between half and all of it; or the server's `Retry-After`, capped at a minute.
 * @param attempt how many attempts failed before this wait, minus one
 * @param retryAfterMs the server's `Retry-After`, if any
 * @param random a number in [0, 1)
 */
export function retryDelayMs(attempt: number, retryAfterMs: number | undefined, random: number): number {
  if (retryAfterMs !== undefined) return Math.min(retryAfterMs, RETRY_AFTER_CAP_MS);
  const exponential = Math.min(BASE_DELAY_MS * 2 ** attempt, MAX_DELAY_MS);
  return exponential * (0.5 + random / 2);
}
