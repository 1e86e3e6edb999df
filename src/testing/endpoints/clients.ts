import { checkCanAssign, checkKnownScopes } from "../auth/scope-checks.js";
import type { EmulatedClient } from "../state/store.js";
import { DETAILS, detailResponse, internalServerError, jsonResponse } from "../wire/responses.js";
import {
  checkClientBody,
  checkIntQuery,
  checkScopeArrayBody,
  validationResponse,
} from "../wire/validation.js";
import type { Context, RouteInput } from "./context.js";

/** `ClientResponse`, in the server's key order; never a secret. */
function clientResponse(client: EmulatedClient): Record<string, unknown> {
  return {
    client_id: client.clientId,
    name: client.name,
    description: client.description,
    scopes: client.scopes,
  };
}

function clientId(input: RouteInput): string {
  return input.params.client_id ?? "";
}

/** Both scope checks in the server's order: unknown scope first, then privilege escalation. */
function checkAssignable(
  context: Context,
  input: RouteInput,
  scopes: readonly string[],
): Response | undefined {
  if (!input.auth) return undefined;
  return checkKnownScopes(context, scopes) ?? checkCanAssign(context, input.request, input.auth, scopes);
}

/**
 * `POST /oauth/client`: an optional object body from 2.82.0 (a missing body is `{}`), a bare
 * array before. Answers `{client_id, client_secret}` in that key order.
 */
export function createClient(context: Context, input: RouteInput): Response {
  let fields: { scopes: readonly string[]; name?: string | null; description?: string | null };
  if (context.features.has("clientCrud")) {
    const checked = checkClientBody(input.body, "create");
    if (!checked.ok) return validationResponse(checked.issues);
    const { scopes, ...rest } = checked.fields;
    fields = { ...rest, scopes: scopes ?? [] };
  } else {
    const checked = checkScopeArrayBody(input.body, false);
    if (!checked.ok) return validationResponse(checked.issues);
    fields = { scopes: checked.scopes };
  }
  const refused = checkAssignable(context, input, fields.scopes);
  if (refused) return refused;
  const created = context.store.create(fields);
  return jsonResponse(200, { client_id: created.clientId, client_secret: created.clientSecret });
}

/** `GET /oauth/client?page=&size=` (2.82.0): newest first; the root client is never listed. */
export function listClients(context: Context, input: RouteInput): Response {
  const page = checkIntQuery(input.query, "page", 1, 1);
  const size = checkIntQuery(input.query, "size", 50, 1, 100);
  const found = [...page.issues, ...size.issues];
  if (found.length > 0) return validationResponse(found);
  const all = context.store.list();
  const items = all.slice((page.value - 1) * size.value, page.value * size.value).map(clientResponse);
  return jsonResponse(200, {
    items,
    total: all.length,
    page: page.value,
    size: size.value,
    pages: Math.ceil(all.length / size.value),
  });
}

/** `GET /oauth/client/{id}` (2.82.0): 404 for unknown and root. */
export function getClient(context: Context, input: RouteInput): Response {
  const client = context.store.stored(clientId(input));
  return client ? jsonResponse(200, clientResponse(client)) : detailResponse(404, DETAILS.clientNotFound);
}

/**
 * `PUT /oauth/client/{id}` (2.82.0): body validation, then 404, then the scope checks. Omitted
 * fields and `name: null` / `scopes: null` leave things unchanged; `description: null` clears it.
 */
export function updateClient(context: Context, input: RouteInput): Response {
  const checked = checkClientBody(input.body, "update");
  if (!checked.ok) return validationResponse(checked.issues);
  const id = clientId(input);
  if (!context.store.stored(id)) return detailResponse(404, DETAILS.clientNotFound);
  const { name, description, scopes } = checked.fields;
  if (scopes) {
    const refused = checkAssignable(context, input, scopes);
    if (refused) return refused;
  }
  context.store.update(id, {
    ...(typeof name === "string" ? { name } : {}),
    ...(description !== undefined ? { description } : {}),
    ...(scopes ? { scopes } : {}),
  });
  const updated = context.store.stored(id);
  return updated ? jsonResponse(200, clientResponse(updated)) : detailResponse(404, DETAILS.clientNotFound);
}

/**
 * `DELETE /oauth/client/{id}`: 200 `null` whether or not the client exists. The root client is a
 * no-op from 2.82.0 and a 500 before (the server tried to delete an object it never stored).
 */
export function deleteClient(context: Context, input: RouteInput): Response {
  const id = clientId(input);
  if (id === context.settings.rootClientId && !context.features.has("clientCrud"))
    return internalServerError();
  context.store.delete(id);
  return jsonResponse(200, null);
}

/** `POST /oauth/client/{id}/secret` (2.82.0): a new secret; tokens already issued stay valid. */
export function rotateClientSecret(context: Context, input: RouteInput): Response {
  const id = clientId(input);
  const secret = context.store.rotate(id);
  if (secret === undefined) return detailResponse(404, DETAILS.clientNotFound);
  return jsonResponse(200, { client_id: id, client_secret: secret });
}

/**
 * `GET /oauth/client/{id}/scope`: the direct scopes; `[]` for unknown clients and for the root
 * client in every release (before 2.82.0 the server builds the root client without scopes for this
 * read; seen on a real 2.78.2).
 */
export function getClientScopes(context: Context, input: RouteInput): Response {
  const client = context.store.lookup(clientId(input));
  if (!client || client.isRoot) return jsonResponse(200, []);
  return jsonResponse(200, client.scopes);
}

/**
 * `PUT /oauth/client/{id}/scope` with a bare array: an unknown client is 200 `null` before any
 * scope check. The root client is a no-op from 2.82.0; before, its first write "succeeds" without
 * effect and later ones are 500s (a duplicate insert).
 */
export function setClientScopes(context: Context, input: RouteInput): Response {
  const checked = checkScopeArrayBody(input.body, true);
  if (!checked.ok) return validationResponse(checked.issues);
  const client = context.store.lookup(clientId(input));
  if (!client || (client.isRoot && context.features.has("clientCrud"))) return jsonResponse(200, null);
  const refused = checkAssignable(context, input, checked.scopes);
  if (refused) return refused;
  if (client.isRoot) {
    context.store.rootScopeWrites += 1;
    return context.store.rootScopeWrites > 1 ? internalServerError() : jsonResponse(200, null);
  }
  context.store.update(client.id, { scopes: checked.scopes });
  return jsonResponse(200, null);
}
