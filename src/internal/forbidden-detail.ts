import type { ForbiddenFacts } from "../errors.js";

/** Fides's answer to an expired, garbled, revoked or client-less token (exactly this string). */
export const NOT_AUTHORIZED = "Not Authorized for this action";

/**
 * The most characters of a detail these parsers read. A real Fides detail is under 8 KB (its
 * longest, "Invalid Scope", lists the whole registry of about 250 scopes); whatever a server
 * sends beyond this is never looked at, so parsing costs the same for 64 KB and for 1 GB.
 */
export const MAX_DETAIL_SCAN_CHARS = 65_536;

/** The most scopes kept from one list in a detail: four times Fides's whole registry. */
export const MAX_DETAIL_SCOPES = 1_000;

const REQUIRED_PREFIX = "Not Authorized for this action. Required scope(s): [";
const INVALID_PREFIX = "Invalid Scope.";
const CANNOT_ASSIGN_PREFIX = "Cannot assign scopes that you do not have";

function scanned(text: string): string {
  return text.length > MAX_DETAIL_SCAN_CHARS ? text.slice(0, MAX_DETAIL_SCAN_CHARS) : text;
}

/**
 * Where a list that starts at `open` ends: its last `]`, or the end of the text when the list is
 * not closed (as when {@link MAX_DETAIL_SCAN_CHARS} cut it), so a cut list still yields its head.
 */
function listEnd(text: string, open: number): number {
  const close = text.lastIndexOf("]");
  return close > open ? close : text.length;
}

/**
 * Reads the Python list repr Fides puts in its details (`['a', 'b']`) and returns its strings,
 * in one pass over at most {@link MAX_DETAIL_SCAN_CHARS} characters. Escapes are kept as sent.
 * @param text the detail, or the part of it that holds the list
 * @param max the most strings to return
 */
export function parsePythonList(text: string, max = Number.POSITIVE_INFINITY): string[] {
  const head = scanned(text);
  const open = head.indexOf("[");
  if (open === -1) return [];
  const close = listEnd(head, open);
  const items: string[] = [];
  let i = open + 1;
  while (i < close && items.length < max) {
    const quote = head.charCodeAt(i);
    if (quote !== 0x27 /* ' */ && quote !== 0x22 /* " */) {
      i++;
      continue;
    }
    let j = i + 1;
    while (j < close && head.charCodeAt(j) !== quote) j += head.charCodeAt(j) === 0x5c /* \ */ ? 2 : 1;
    // An unterminated string ends the list: nothing after it can be read without going back.
    if (j >= close) break;
    items.push(head.slice(i + 1, j));
    i = j + 1;
  }
  return items;
}

/**
 * Reads the comma-joined list of an insufficient-scope detail: `[client:read, client:update]`.
 * @param detail the detail, starting with the required-scopes prefix
 */
function parseRequiredScopes(detail: string): string[] {
  const head = scanned(detail);
  const inner = head.slice(REQUIRED_PREFIX.length, listEnd(head, REQUIRED_PREFIX.length - 1));
  const scopes: string[] = [];
  for (const part of inner.split(",")) {
    const scope = part.trim();
    if (scope === "") continue;
    scopes.push(scope);
    if (scopes.length === MAX_DETAIL_SCOPES) break;
  }
  return scopes;
}

/**
 * Decodes a 403 detail (or a pre-2.69.1 422 "Invalid Scope" detail) into a reason and its scopes.
 * Linear in the detail's length, and reads at most {@link MAX_DETAIL_SCAN_CHARS} characters of
 * it; each list holds at most {@link MAX_DETAIL_SCOPES} scopes.
 * @param detail the server's `detail` string
 * @param sentScopes the scopes the request tried to assign, to work out which ones are invalid
 */
export function classifyForbidden(detail: string, sentScopes: readonly string[] | undefined): ForbiddenFacts {
  if (detail.startsWith(REQUIRED_PREFIX)) {
    // This list is not a Python repr: `[client:read, client:update]`, joined with ", ".
    return { reason: "insufficient_scope", requiredScopes: parseRequiredScopes(detail) };
  }
  if (detail.startsWith(INVALID_PREFIX)) {
    const known = new Set(parsePythonList(detail));
    const invalidScopes = (sentScopes ?? []).filter((scope) => !known.has(scope));
    return { reason: "invalid_scope", invalidScopes: [...new Set(invalidScopes)] };
  }
  if (detail.startsWith(CANNOT_ASSIGN_PREFIX)) {
    return { reason: "cannot_assign_scopes", missingScopes: parsePythonList(detail, MAX_DETAIL_SCOPES) };
  }
  return { reason: "not_authorized" };
}

/**
 * Tells whether a detail is the "Invalid Scope" refusal, which Fides before 2.69.1 sent as a 422.
 * @param detail anything the server sent as `detail`
 */
export function isInvalidScopeDetail(detail: unknown): detail is string {
  return typeof detail === "string" && detail.startsWith(INVALID_PREFIX);
}
