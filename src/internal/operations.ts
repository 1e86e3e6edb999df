import type { Client } from "openapi-fetch";
import type { components, paths } from "../generated/fides-oauth.js";
import type { Scope } from "../scopes.js";
import { CLIENT_CRUD_VERSION, type Version } from "./version.js";

/** The typed openapi-fetch client over the contract. */
export type FidesApi = Client<paths>;

/** What openapi-fetch resolves with, whatever the operation. */
export interface FetchResult {
  data?: unknown;
  error?: unknown;
  response: Response;
}

/**
 * One operation of the API: how to send it and the facts the request runner needs. `send` is a
 * plain function of its arguments, hoisted here, so no closure is built per call.
 */
export interface Operation<A> {
  /** The SDK method, for messages. */
  name: string;
  method: "GET" | "POST" | "PUT" | "DELETE";
  /** The contract's path template. */
  path: string;
  /** Whether repeating the request is harmless (retries on timeouts and 5xx). */
  idempotent: boolean;
  /** Whether it needs a Bearer token. */
  authenticated: boolean;
  /** The first Fides version that has it. */
  since?: Version;
  send(api: FidesApi, args: A, attempt: Attempt): Promise<FetchResult>;
}

/**
 * What one attempt adds to its request: the `fetch` that sends it under the attempt's signal.
 * The signal goes to the real `fetch(url, init)` only (see lean-request.ts), so undici links it
 * once per request.
 */
export interface Attempt {
  fetch: (request: Request) => Promise<Response>;
}

/** Arguments of the operations on one client. */
export interface IdArgs {
  id: string;
}

const TOKEN_HEADERS = { "Content-Type": "application/x-www-form-urlencoded" };

function formBody(body: unknown): string {
  return new URLSearchParams(body as Record<string, string>).toString();
}

/** `POST /api/v1/oauth/token`: form-encoded credentials; redirects are never followed. */
export const acquireAccessToken: Operation<{ clientId: string; clientSecret: string }> = {
  name: "getAccessToken",
  method: "POST",
  path: "/api/v1/oauth/token",
  idempotent: true,
  authenticated: false,
  send: (api, args, attempt) =>
    api.POST("/api/v1/oauth/token", {
      body: { grant_type: "client_credentials", client_id: args.clientId, client_secret: args.clientSecret },
      bodySerializer: formBody,
      headers: TOKEN_HEADERS,
      // A redirect would carry the secret to wherever it points.
      redirect: "manual",
      ...attempt,
    }),
};

/** `POST /api/v1/oauth/client`, with the body shape of the server's era. */
export const createClient: Operation<{ body: components["schemas"]["ClientCreateRequest"] | Scope[] }> = {
  name: "createClient",
  method: "POST",
  path: "/api/v1/oauth/client",
  idempotent: false,
  authenticated: true,
  send: (api, args, attempt) =>
    // Before 2.82 the body is a bare array, which the current contract does not describe.
    api.POST("/api/v1/oauth/client", {
      body: args.body as components["schemas"]["ClientCreateRequest"],
      ...attempt,
    }),
};

/** `GET /api/v1/oauth/client?page=&size=` (2.82+). */
export const listClients: Operation<{ page: number; size: number }> = {
  name: "listClients",
  method: "GET",
  path: "/api/v1/oauth/client",
  idempotent: true,
  authenticated: true,
  since: CLIENT_CRUD_VERSION,
  send: (api, args, attempt) =>
    api.GET("/api/v1/oauth/client", { params: { query: { page: args.page, size: args.size } }, ...attempt }),
};

/** `GET /api/v1/oauth/client/{client_id}` (2.82+). */
export const getClient: Operation<IdArgs> = {
  name: "getClient",
  method: "GET",
  path: "/api/v1/oauth/client/{client_id}",
  idempotent: true,
  authenticated: true,
  since: CLIENT_CRUD_VERSION,
  send: (api, args, attempt) =>
    api.GET("/api/v1/oauth/client/{client_id}", { params: { path: { client_id: args.id } }, ...attempt }),
};

/** `PUT /api/v1/oauth/client/{client_id}` (2.82+). */
export const updateClient: Operation<IdArgs & { body: components["schemas"]["ClientUpdateRequest"] }> = {
  name: "updateClient",
  method: "PUT",
  path: "/api/v1/oauth/client/{client_id}",
  idempotent: true,
  authenticated: true,
  since: CLIENT_CRUD_VERSION,
  send: (api, args, attempt) =>
    api.PUT("/api/v1/oauth/client/{client_id}", {
      params: { path: { client_id: args.id } },
      body: args.body,
      ...attempt,
    }),
};

/** `DELETE /api/v1/oauth/client/{client_id}`. */
export const deleteClient: Operation<IdArgs> = {
  name: "deleteClient",
  method: "DELETE",
  path: "/api/v1/oauth/client/{client_id}",
  idempotent: true,
  authenticated: true,
  send: (api, args, attempt) =>
    api.DELETE("/api/v1/oauth/client/{client_id}", { params: { path: { client_id: args.id } }, ...attempt }),
};

/** `POST /api/v1/oauth/client/{client_id}/secret` (2.82+); never retried once it may have arrived. */
export const rotateClientSecret: Operation<IdArgs> = {
  name: "rotateClientSecret",
  method: "POST",
  path: "/api/v1/oauth/client/{client_id}/secret",
  idempotent: false,
  authenticated: true,
  since: CLIENT_CRUD_VERSION,
  send: (api, args, attempt) =>
    api.POST("/api/v1/oauth/client/{client_id}/secret", {
      params: { path: { client_id: args.id } },
      ...attempt,
    }),
};

/** `GET /api/v1/oauth/client/{client_id}/scope`. */
export const getClientScopes: Operation<IdArgs> = {
  name: "getClientScopes",
  method: "GET",
  path: "/api/v1/oauth/client/{client_id}/scope",
  idempotent: true,
  authenticated: true,
  send: (api, args, attempt) =>
    api.GET("/api/v1/oauth/client/{client_id}/scope", {
      params: { path: { client_id: args.id } },
      ...attempt,
    }),
};

/** `PUT /api/v1/oauth/client/{client_id}/scope`: a bare array in every version. */
export const setClientScopes: Operation<IdArgs & { scopes: Scope[] }> = {
  name: "setClientScopes",
  method: "PUT",
  path: "/api/v1/oauth/client/{client_id}/scope",
  idempotent: true,
  authenticated: true,
  send: (api, args, attempt) =>
    api.PUT("/api/v1/oauth/client/{client_id}/scope", {
      params: { path: { client_id: args.id } },
      body: args.scopes,
      ...attempt,
    }),
};

/** `GET /api/v1/oauth/scope`. */
export const listScopes: Operation<undefined> = {
  name: "listScopes",
  method: "GET",
  path: "/api/v1/oauth/scope",
  idempotent: true,
  authenticated: true,
  send: (api, _args, attempt) => api.GET("/api/v1/oauth/scope", { ...attempt }),
};

/** `GET /api/v1/oauth/role`. */
export const listRoles: Operation<undefined> = {
  name: "listRoles",
  method: "GET",
  path: "/api/v1/oauth/role",
  idempotent: true,
  authenticated: true,
  send: (api, _args, attempt) => api.GET("/api/v1/oauth/role", { ...attempt }),
};

/** `GET /health`: no token, no `/api/v1` prefix. */
export const health: Operation<undefined> = {
  name: "health",
  method: "GET",
  path: "/health",
  idempotent: true,
  authenticated: false,
  send: (api, _args, attempt) => api.GET("/health", { ...attempt }),
};

/**
 * The request path of an operation, for messages: the template with the client id filled in.
 * @param operation the operation
 * @param args its arguments
 */
export function requestPath(operation: Operation<unknown>, args: unknown): string {
  const id = typeof args === "object" && args !== null && "id" in args ? String(args.id) : "";
  return operation.path.replace("{client_id}", encodeURIComponent(id));
}
