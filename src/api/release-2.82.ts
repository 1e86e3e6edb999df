/**
 * `fides-sdk/api/2.82`: Fides 2.82.2's whole API. Its `paths`, `components` and `operations`
 * types come from the release's own OpenAPI document (openapi-typescript); `requiredScopes` and
 * `operationAccess` read its scope table, checked against the real server.
 * @example
 * import { FidesClient } from "fides-sdk";
 * import { type paths, requiredScopes } from "fides-sdk/api/2.82";
 * const api = sdk.api<paths>(); // or sdk.api({ release: "2.82" })
 * requiredScopes("PATCH", "/api/v1/dsr/policy"); // ["policy:create_or_update"]
 */
import { OPERATIONS } from "../generated/fides-api-2.82.2-scopes.js";
import { type OperationAccessOf, type RequiredScopesOf, ScopeLookup } from "./scope-lookup.js";

export type { components, operations, paths } from "../generated/fides-api-2.82.2.js";
export type { OperationAccess } from "./access.js";

/** The Fides release this module describes. */
export const RELEASE = "2.82.2";

/** Fides 2.82.2's scope table: `"METHOD /path/template"` → who may call it (see `OperationAccess`). */
export const OPERATION_ACCESS = OPERATIONS;

const lookup = new ScopeLookup(RELEASE, OPERATIONS);

/**
 * The scopes an OAuth client needs for an operation of Fides 2.82.2, as literal `Scope` types:
 * `[]` for an operation that takes no token.
 * @param method the method, such as `"PATCH"`
 * @param path the path template, as in `paths`, such as `"/api/v1/dsr/policy"`
 * @throws {TypeError} `ERR_INVALID_ARG_VALUE` for an operation the release lacks (naming the nearest
 * one), and for a webhook callback route, which only the token Fides sent to the webhook opens
 * @example
 * requiredScopes("PATCH", "/api/v1/dsr/policy"); // ["policy:create_or_update"]
 */
export const requiredScopes: RequiredScopesOf<typeof OPERATIONS> = (method, path) =>
  lookup.scopes(method, path) as never;

/**
 * Who may call an operation of Fides 2.82.2: its scopes, `"none"` (no token) or `"webhook-token"`.
 * @param method the method, such as `"POST"`
 * @param path the path template, such as `"/api/v1/request-task/callback"`
 * @throws {TypeError} `ERR_INVALID_ARG_VALUE` for an operation the release lacks
 * @example
 * operationAccess("POST", "/api/v1/request-task/callback"); // "webhook-token"
 */
export const operationAccess: OperationAccessOf<typeof OPERATIONS> = (method, path) =>
  lookup.access(method, path) as never;
