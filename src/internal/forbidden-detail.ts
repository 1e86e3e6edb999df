import type { ForbiddenFacts } from "../errors.js";

/** Fides's answer to an expired, garbled, revoked or client-less token (exactly this string). */
export const NOT_AUTHORIZED = "Not Authorized for this action";

const REQUIRED_PREFIX = "Not Authorized for this action. Required scope(s): [";
const INVALID_PREFIX = "Invalid Scope.";
const CANNOT_ASSIGN_PREFIX = "Cannot assign scopes that you do not have";
const PY_STRING = /'((?:[^'\\]|\\.)*)'|"((?:[^"\\]|\\.)*)"/g;

/**
 * Reads the Python list repr Fides puts in its details (`['a', 'b']`) and returns its strings.
 * @param text the detail, or the part of it that holds the list
 */
export function parsePythonList(text: string): string[] {
  const open = text.indexOf("[");
  const close = text.lastIndexOf("]");
  if (open === -1 || close < open) return [];
  const items: string[] = [];
  for (const match of text.slice(open + 1, close).matchAll(PY_STRING)) {
    items.push(match[1] ?? match[2] ?? "");
  }
  return items;
}

/**
 * Decodes a 403 detail (or a pre-2.69.1 422 "Invalid Scope" detail) into a reason and its scopes.
 * @param detail the server's `detail` string
 * @param sentScopes the scopes the request tried to assign, to work out which ones are invalid
 */
export function classifyForbidden(detail: string, sentScopes: readonly string[] | undefined): ForbiddenFacts {
  if (detail.startsWith(REQUIRED_PREFIX)) {
    // This list is not a Python repr: `[client:read, client:update]`, joined with ", ".
    const inner = detail.slice(REQUIRED_PREFIX.length, detail.lastIndexOf("]"));
    const requiredScopes = inner
      .split(",")
      .map((scope) => scope.trim())
      .filter((scope) => scope !== "");
    return { reason: "insufficient_scope", requiredScopes };
  }
  if (detail.startsWith(INVALID_PREFIX)) {
    const known = new Set(parsePythonList(detail));
    const invalidScopes = (sentScopes ?? []).filter((scope) => !known.has(scope));
    return { reason: "invalid_scope", invalidScopes: [...new Set(invalidScopes)] };
  }
  if (detail.startsWith(CANNOT_ASSIGN_PREFIX)) {
    return { reason: "cannot_assign_scopes", missingScopes: parsePythonList(detail) };
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
