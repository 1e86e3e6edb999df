import { DETAILS, detailResponse, jsonResponse } from "../wire/responses.js";
import { issues, validationResponse } from "../wire/validation.js";
import type { Context, RouteInput } from "./context.js";

/** `GET /oauth/scope`: the registry in registry order. */
export function readScopes(context: Context): Response {
  return jsonResponse(200, context.features.scopes);
}

/** `GET /oauth/role`: role → sorted scopes, in the server's key order. */
export function readRoles(context: Context): Response {
  return jsonResponse(200, context.features.roleScopes);
}

/** `GET /health` (no auth): `"cache":"skipped"` from 2.78.0, `"healthy"` before. */
export function health(context: Context): Response {
  const cache = context.features.has("modernFastApi") ? "skipped" : "healthy";
  return jsonResponse(200, { webserver: "healthy", version: context.features.version, cache });
}

/**
 * `GET /oauth/callback?code=&state=`: the SaaS-connector OAuth flow. The emulator holds no
 * authentication requests, so every well-formed call is the server's 404.
 */
export function oauthCallback(_context: Context, input: RouteInput): Response {
  const missing = ["code", "state"].filter((name) => !input.query.has(name));
  if (missing.length > 0) return validationResponse(missing.map((name) => issues.missing(["query", name])));
  return detailResponse(404, DETAILS.noAuthenticationRequest);
}

/**
 * The admin-UI catch-all (`GET /{catchall:path}`): 404 "Item not found" for anything under
 * `api/v1`, the admin UI's page otherwise.
 * @param path the request path
 */
export function catchAll(path: string): Response {
  if (path.replace(/^\//, "").startsWith("api/v1")) return detailResponse(404, DETAILS.itemNotFound);
  return new Response(
    "<!DOCTYPE html><html><head><title>Fides Admin UI (emulated)</title></head><body></body></html>",
    {
      status: 200,
      headers: { "content-type": "text/html; charset=utf-8" },
    },
  );
}
