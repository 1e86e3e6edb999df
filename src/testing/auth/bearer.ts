import type { VersionFeatures } from "../core/versions.js";
import { TOKEN_PREFIX } from "../state/credentials.js";
import type { ClientView, EmulatorStore, IssuedToken } from "../state/store.js";
import { DETAILS, detailResponse, internalServerError } from "../wire/responses.js";

/** What the bearer checks read: the issued tokens and clients, and the release's rules. */
export interface AuthContext {
  readonly store: EmulatorStore;
  readonly features: VersionFeatures;
}

/** A request that passed the bearer checks. */
export interface Authorized {
  readonly client: ClientView;
  readonly token: IssuedToken;
}

/**
 * `extract_token_and_load_client`: the token must be one this emulator issued, not expired, and
 * its client must still exist. Every failure is the bare 403, except that before 2.81.0 a
 * well-formed token the server cannot decrypt crashed python-jose into a 500.
 * @param context the emulator
 * @param raw the token text after the scheme
 */
export function loadToken(context: AuthContext, raw: string): Authorized | Response {
  const token = context.store.token(raw);
  if (!token) {
    const wellFormed = raw.startsWith(TOKEN_PREFIX) && raw.split(".").length === 5;
    if (wellFormed && !context.features.has("undecryptableTokenIs403")) return internalServerError();
    return detailResponse(403, DETAILS.notAuthorized);
  }
  if (context.store.expired(token)) return detailResponse(403, DETAILS.notAuthorized);
  const client = context.store.lookup(token.clientId);
  if (!client) return detailResponse(403, DETAILS.notAuthorized);
  return { client, token };
}

function subset(small: readonly string[], large: readonly string[]): boolean {
  const set = new Set(large);
  return small.every((item) => set.has(item));
}

/**
 * The server's `has_permissions`: directly (the required scopes are in the token, and the
 * token's scopes are all still the client's), or through roles (the required scopes come with
 * the token's roles, and those roles are all still the client's).
 * @param context the emulator
 * @param authorized the token and its client
 * @param required the scopes needed
 */
export function hasPermissions(
  context: AuthContext,
  authorized: Authorized,
  required: readonly string[],
): boolean {
  const { token, client } = authorized;
  if (subset(token.scopes, client.scopes) && subset(required, token.scopes)) return true;
  if (token.roles.length === 0 || !subset(token.roles, client.roles)) return false;
  const viaRoles = token.roles.flatMap((role) => context.features.roleScopes[role] ?? []);
  return subset(required, viaRoles);
}

/**
 * The checks every protected endpoint runs, in the server's order: a Bearer header (401), a
 * token that loads (403), then the endpoint's scopes (403 naming them).
 * @param context the emulator
 * @param request the request
 * @param scopes the endpoint's required scopes
 * @returns the token and client, or the error response
 */
export function authorize(
  context: AuthContext,
  request: Request,
  scopes: readonly string[],
): Authorized | Response {
  const header = request.headers.get("authorization");
  const space = header?.indexOf(" ") ?? -1;
  const scheme = header ? (space === -1 ? header : header.slice(0, space)) : "";
  if (!header || scheme.toLowerCase() !== "bearer") {
    return detailResponse(401, DETAILS.failedToAuthenticate, { "www-authenticate": "Bearer" });
  }
  const loaded = loadToken(context, space === -1 ? "" : header.slice(space + 1));
  if (loaded instanceof Response) return loaded;
  if (!hasPermissions(context, loaded, scopes)) {
    // The server's f-string: `Required scope(s): [{', '.join(security_scopes.scopes)}]`, no quotes.
    const detail = context.features.has("requiredScopeInDetail")
      ? `${DETAILS.notAuthorized}. Required scope(s): [${scopes.join(", ")}]`
      : DETAILS.notAuthorized;
    return detailResponse(403, detail);
  }
  return loaded;
}
