import { pythonListRepr, pythonSorted } from "../wire/python-repr.js";
import { detailResponse } from "../wire/responses.js";
import { type AuthContext, type Authorized, hasPermissions, loadToken } from "./bearer.js";

/**
 * The "Invalid Scope" check: every scope must be in the registry (exact, case-sensitive).
 * 403 from 2.69.1, 422 before; the detail lists the whole registry as a Python list.
 * @param context the emulator
 * @param scopes the scopes being assigned
 * @returns the error response, or `undefined` when all are known
 */
export function checkKnownScopes(context: AuthContext, scopes: readonly string[]): Response | undefined {
  const known = new Set(context.features.scopes);
  if (scopes.every((scope) => known.has(scope))) return undefined;
  return detailResponse(
    context.features.invalidScopeStatus,
    `Invalid Scope. Scopes must be one of ${pythonListRepr(context.features.scopes)}.`,
  );
}

/**
 * `verify_client_can_assign_scopes` (from 2.69.1): the root client may assign anything; anyone
 * else must hold the scopes through the token, directly or through its roles. The server re-reads
 * the token by deleting the exact text `"Bearer "` from the header, so a lower-case `bearer`
 * fails here with the bare 403.
 * @param context the emulator
 * @param request the request (for its Authorization header)
 * @param requester the already-authorized caller
 * @param scopes the scopes being assigned
 * @returns the error response, or `undefined` when allowed
 */
export function checkCanAssign(
  context: AuthContext,
  request: Request,
  requester: Authorized,
  scopes: readonly string[],
): Response | undefined {
  if (!context.features.has("escalationCheck") || requester.client.isRoot) return undefined;
  const reread = loadToken(context, (request.headers.get("authorization") ?? "").replaceAll("Bearer ", ""));
  if (reread instanceof Response) return reread;
  const caller: Authorized = { token: reread.token, client: requester.client };
  if (hasPermissions(context, caller, scopes)) return undefined;
  const held = new Set(reread.token.scopes);
  const missing = pythonSorted(new Set(scopes.filter((scope) => !held.has(scope))));
  if (missing.length === 0) return undefined;
  return detailResponse(
    403,
    `Cannot assign scopes that you do not have. Missing scopes: ${pythonListRepr(missing)}`,
  );
}
