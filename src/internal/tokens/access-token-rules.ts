import type { StoredToken } from "../../token-store.js";

/**
 * What an access token may hold: visible ASCII only (RFC 9110 `VCHAR`, 0x21 to 0x7E), at least
 * one character. That is what an `Authorization: Bearer` header carries as one credential: no
 * CR or LF to split the header, no other control character, no space to end the token, no
 * non-ASCII byte a server may read differently. It admits every RFC 6750 `b64token` (Fides's
 * JWE tokens are one), and a few more characters some servers use.
 */
const SENDABLE_TOKEN = /^[\x21-\x7e]+$/;

/**
 * The shortest lifetime a token is trusted for, in seconds. A server's `expires_in` below this
 * (0, a few seconds, or negative) would otherwise make every call ask for a new token; at this
 * floor a client asks at most once a minute, well under Fides's default limit of 10 token
 * requests a minute, and a token the server really expired sooner is refused and re-acquired
 * once, as any stale token is.
 */
export const MIN_TOKEN_LIFETIME_S = 60;

/**
 * Tells whether a token can be sent in an `Authorization` header as it is.
 * @param token the token
 */
export function isSendableToken(token: string): boolean {
  return SENDABLE_TOKEN.test(token);
}

/**
 * How long a newly acquired token is used, in milliseconds.
 * @param expiresIn the server's `expires_in`, in seconds; `null` or absent before Fides 2.78.2
 * @param fallbackMs the configured lifetime (`tokenLifetimeMinutes`), used when the server says nothing
 * @returns `expires_in`, raised to at least {@link MIN_TOKEN_LIFETIME_S}; or the fallback
 */
function tokenLifetimeMs(expiresIn: number | null | undefined, fallbackMs: number): number {
  if (expiresIn === undefined || expiresIn === null) return fallbackMs;
  return Math.max(expiresIn, MIN_TOKEN_LIFETIME_S) * 1000;
}

/**
 * The token to keep from a token answer the schema accepted. `expires_at` is naive server-local
 * time and never parsed: without `expires_in` (before Fides 2.78.2) the configured lifetime is
 * assumed, counted from when the request was sent.
 * @param answer the token answer's `access_token` and `expires_in`
 * @param sentAt when the token request was sent, by the client's clock
 * @param fallbackMs the configured lifetime (`tokenLifetimeMinutes`)
 */
export function storedTokenOf(
  answer: { access_token: string; expires_in?: number | null | undefined },
  sentAt: number,
  fallbackMs: number,
): StoredToken {
  const lifetimeMs = tokenLifetimeMs(answer.expires_in, fallbackMs);
  return { accessToken: answer.access_token, obtainedAt: sentAt, expiresAt: sentAt + lifetimeMs };
}
