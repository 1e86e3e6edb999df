/** The `detail` strings the server answers with, verbatim. */
export const DETAILS = {
  authenticationFailure: "Authentication Failure",
  notAuthenticated: "Not authenticated",
  invalidCredentialsLegacy: "Invalid authentication credentials",
  failedToAuthenticate: "Failed to authenticate",
  notAuthorized: "Not Authorized for this action",
  clientNotFound: "Client not found.",
  itemNotFound: "Item not found",
  methodNotAllowed: "Method Not Allowed",
  bodyParseError: "There was an error parsing the body",
  noAuthenticationRequest: "No authentication request found for the given state.",
} as const;

/**
 * A JSON response serialised as FastAPI's `JSONResponse` does (compact separators).
 * @param status the HTTP status
 * @param body any JSON value; `null` is sent as the JSON text `null`
 * @param headers extra headers
 */
export function jsonResponse(status: number, body: unknown, headers: Record<string, string> = {}): Response {
  return new Response(JSON.stringify(body), {
    status,
    headers: { "content-type": "application/json", ...headers },
  });
}

/**
 * `{"detail": "..."}`, the shape of every HTTPException the server raises.
 * @param status the HTTP status
 * @param detail the detail string
 * @param headers extra headers, e.g. `WWW-Authenticate`
 */
export function detailResponse(
  status: number,
  detail: string,
  headers: Record<string, string> = {},
): Response {
  return jsonResponse(status, { detail }, headers);
}

/** What Starlette sends for an unhandled exception: a plain-text 500. */
export function internalServerError(): Response {
  return new Response("Internal Server Error", {
    status: 500,
    // No charset: what real 2.78.2 servers send for their 500s (python-jose, the root client).
    headers: { "content-type": "text/plain" },
  });
}
