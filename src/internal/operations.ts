import type { Client } from "openapi-fetch";
import { z } from "zod";
import { FidesUnsupportedOperationError } from "../errors.js";
import type { components, paths } from "../generated/fides-oauth.js";
import type { Scope } from "../scopes.js";
import { BODY_LIMITS } from "./read-body.js";
import {
  accessTokenSchema,
  clientCreatedSchema,
  clientPageSchema,
  clientSchema,
  clientSecretRotatedSchema,
  healthSchema,
  roleScopesSchema,
  scopeListSchema,
} from "./schemas.js";
import { atLeast, CLIENT_CRUD_VERSION, type Version } from "./version.js";

type Schemas = components["schemas"];

/** The typed openapi-fetch client over the contract: it builds each request's URL, query and body. */
export type FidesApi = Client<paths>;

/** What openapi-fetch resolves with, whatever the operation. */
export interface FetchResult {
  data?: unknown;
  error?: unknown;
  response: Response;
}

/** Sends one attempt's request: the pipeline's, which authenticates it and applies the deadline. */
export type AttemptFetch = (request: Request) => Promise<Response>;

/**
 * One operation of the API, as data: what the pipeline needs to send it, retry it, check its
 * server's version and parse its answer. `send` builds the request with openapi-fetch and asks
 * for the success body unread (`parseAs: "stream"`): the pipeline reads it within the route's
 * limit and parses the JSON itself.
 */
export interface Operation<A, T> {
  /** The SDK method, carried by errors as `operation`. */
  name: string;
  method: "GET" | "POST" | "PUT" | "DELETE";
  /** The contract's path template. */
  path: string;
  /** The most decoded bytes read from its success body (one of {@link BODY_LIMITS}). */
  bodyLimit: number;
  /** Whether repeating the request is harmless (retries on timeouts and 5xx). */
  idempotent: boolean;
  /** Whether it needs a Bearer token. */
  authenticated: boolean;
  /** The first Fides version that has it; the pipeline refuses it on an older server before sending. */
  since?: Version;
  /** Whether the request's shape depends on the server's version, which must then be known first. */
  versioned?: boolean;
  /** The success body's schema. */
  schema: z.ZodType<T>;
  /** The scopes the request assigns, to name the ones a server does not know. */
  sentScopes?(args: A): readonly string[] | undefined;
  /**
   * Sends one attempt.
   * @param api the typed client
   * @param args the method's checked arguments
   * @param fetch the attempt's `fetch`
   * @param version the server's version, when the operation is versioned or gated
   */
  send(api: FidesApi, args: A, fetch: AttemptFetch, version: Version | undefined): Promise<FetchResult>;
}

/** Arguments of the operations on one client. */
export interface IdArgs {
  id: string;
}

// Each path is written once: the operation's `path` and its `send` use the same constant.
const TOKEN = "/api/v1/oauth/token";
const CLIENTS = "/api/v1/oauth/client";
const CLIENT = `${CLIENTS}/{client_id}` as const;
const CLIENT_SECRET = `${CLIENT}/secret` as const;
const CLIENT_SCOPES = `${CLIENT}/scope` as const;
const SCOPES = "/api/v1/oauth/scope";
const ROLES = "/api/v1/oauth/role";
const HEALTH = "/health";

const TOKEN_HEADERS = { "Content-Type": "application/x-www-form-urlencoded" };
const nullBodySchema = z
  .null({ error: "must be null" })
  .optional()
  .transform(() => undefined);

function formBody(body: unknown): string {
  return new URLSearchParams(body as Record<string, string>).toString();
}

const byId = (args: IdArgs) => ({ path: { client_id: args.id } });

/** `POST /api/v1/oauth/token`: form-encoded credentials. */
export const acquireAccessToken: Operation<
  { clientId: string; clientSecret: string },
  Schemas["AccessToken"]
> = {
  name: "getAccessToken",
  method: "POST",
  path: TOKEN,
  bodyLimit: BODY_LIMITS.token,
  idempotent: true,
  authenticated: false,
  schema: accessTokenSchema,
  send: (api, args, fetch) =>
    api.POST(TOKEN, {
      body: { grant_type: "client_credentials", client_id: args.clientId, client_secret: args.clientSecret },
      bodySerializer: formBody,
      headers: TOKEN_HEADERS,
      parseAs: "stream",
      fetch,
    }),
};

/** What `createClient` sends, before the server's era picks the body's shape. */
export interface CreateClientArgs {
  scopes: Scope[];
  name: string | null | undefined;
  description: string | null | undefined;
}

/** `POST /api/v1/oauth/client`, with the body shape of the server's era. */
export const createClient: Operation<CreateClientArgs, Schemas["ClientCreatedResponse"]> = {
  name: "createClient",
  method: "POST",
  path: CLIENTS,
  bodyLimit: BODY_LIMITS.object,
  idempotent: false,
  authenticated: true,
  versioned: true,
  schema: clientCreatedSchema,
  sentScopes: (args) => args.scopes,
  send: (api, args, fetch, version) => {
    if (version === undefined || atLeast(version, CLIENT_CRUD_VERSION)) {
      const body: Schemas["ClientCreateRequest"] = { scopes: args.scopes };
      if (args.name !== undefined) body.name = args.name;
      if (args.description !== undefined) body.description = args.description;
      return api.POST(CLIENTS, { body, parseAs: "stream", fetch });
    }
    if ((args.name ?? null) !== null || (args.description ?? null) !== null) {
      throw new FidesUnsupportedOperationError(
        "createClient",
        CLIENT_CRUD_VERSION.text,
        version.text,
        "a client name or description",
      );
    }
    // Before 2.82 the body is a bare array, which the current contract does not describe.
    return api.POST(CLIENTS, {
      body: args.scopes as unknown as Schemas["ClientCreateRequest"],
      parseAs: "stream",
      fetch,
    });
  },
};

/** `GET /api/v1/oauth/client?page=&size=` (2.82+). */
export const listClients: Operation<{ page: number; size: number }, z.infer<typeof clientPageSchema>> = {
  name: "listClients",
  method: "GET",
  path: CLIENTS,
  bodyLimit: BODY_LIMITS.list,
  idempotent: true,
  authenticated: true,
  since: CLIENT_CRUD_VERSION,
  schema: clientPageSchema,
  send: (api, args, fetch) => api.GET(CLIENTS, { params: { query: args }, parseAs: "stream", fetch }),
};

/** `GET /api/v1/oauth/client/{client_id}` (2.82+). */
export const getClient: Operation<IdArgs, z.infer<typeof clientSchema>> = {
  name: "getClient",
  method: "GET",
  path: CLIENT,
  bodyLimit: BODY_LIMITS.object,
  idempotent: true,
  authenticated: true,
  since: CLIENT_CRUD_VERSION,
  schema: clientSchema,
  send: (api, args, fetch) => api.GET(CLIENT, { params: byId(args), parseAs: "stream", fetch }),
};

/** `PUT /api/v1/oauth/client/{client_id}` (2.82+). */
export const updateClient: Operation<
  IdArgs & { body: Schemas["ClientUpdateRequest"] },
  z.infer<typeof clientSchema>
> = {
  name: "updateClient",
  method: "PUT",
  path: CLIENT,
  bodyLimit: BODY_LIMITS.object,
  idempotent: true,
  authenticated: true,
  since: CLIENT_CRUD_VERSION,
  schema: clientSchema,
  sentScopes: (args) => args.body.scopes ?? undefined,
  send: (api, args, fetch) =>
    api.PUT(CLIENT, { params: byId(args), body: args.body, parseAs: "stream", fetch }),
};

/** `DELETE /api/v1/oauth/client/{client_id}`. */
export const deleteClient: Operation<IdArgs, undefined> = {
  name: "deleteClient",
  method: "DELETE",
  path: CLIENT,
  bodyLimit: BODY_LIMITS.object,
  idempotent: true,
  authenticated: true,
  schema: nullBodySchema,
  send: (api, args, fetch) => api.DELETE(CLIENT, { params: byId(args), parseAs: "stream", fetch }),
};

/** `POST /api/v1/oauth/client/{client_id}/secret` (2.82+); never retried once it may have arrived. */
export const rotateClientSecret: Operation<IdArgs, Schemas["ClientSecretRotateResponse"]> = {
  name: "rotateClientSecret",
  method: "POST",
  path: CLIENT_SECRET,
  bodyLimit: BODY_LIMITS.object,
  idempotent: false,
  authenticated: true,
  since: CLIENT_CRUD_VERSION,
  schema: clientSecretRotatedSchema,
  send: (api, args, fetch) => api.POST(CLIENT_SECRET, { params: byId(args), parseAs: "stream", fetch }),
};

/** `GET /api/v1/oauth/client/{client_id}/scope`. */
export const getClientScopes: Operation<IdArgs, Scope[]> = {
  name: "getClientScopes",
  method: "GET",
  path: CLIENT_SCOPES,
  bodyLimit: BODY_LIMITS.list,
  idempotent: true,
  authenticated: true,
  schema: scopeListSchema,
  send: (api, args, fetch) => api.GET(CLIENT_SCOPES, { params: byId(args), parseAs: "stream", fetch }),
};

/** `PUT /api/v1/oauth/client/{client_id}/scope`: a bare array in every version. */
export const setClientScopes: Operation<IdArgs & { scopes: Scope[] }, undefined> = {
  name: "setClientScopes",
  method: "PUT",
  path: CLIENT_SCOPES,
  bodyLimit: BODY_LIMITS.object,
  idempotent: true,
  authenticated: true,
  schema: nullBodySchema,
  sentScopes: (args) => args.scopes,
  send: (api, args, fetch) =>
    api.PUT(CLIENT_SCOPES, { params: byId(args), body: args.scopes, parseAs: "stream", fetch }),
};

/** `GET /api/v1/oauth/scope`. */
export const listScopes: Operation<undefined, Scope[]> = {
  name: "listScopes",
  method: "GET",
  path: SCOPES,
  bodyLimit: BODY_LIMITS.list,
  idempotent: true,
  authenticated: true,
  schema: scopeListSchema,
  send: (api, _args, fetch) => api.GET(SCOPES, { parseAs: "stream", fetch }),
};

/** `GET /api/v1/oauth/role`. */
export const listRoles: Operation<undefined, Schemas["RoleScopes"]> = {
  name: "listRoles",
  method: "GET",
  path: ROLES,
  bodyLimit: BODY_LIMITS.list,
  idempotent: true,
  authenticated: true,
  schema: roleScopesSchema,
  send: (api, _args, fetch) => api.GET(ROLES, { parseAs: "stream", fetch }),
};

/** `GET /health`: no token, no `/api/v1` prefix. */
export const health: Operation<undefined, Schemas["HealthCheck"]> = {
  name: "health",
  method: "GET",
  path: HEALTH,
  bodyLimit: BODY_LIMITS.object,
  idempotent: true,
  authenticated: false,
  schema: healthSchema,
  send: (api, _args, fetch) => api.GET(HEALTH, { parseAs: "stream", fetch }),
};

/**
 * The request path of an operation, for messages: the template with the client id filled in,
 * encoded as the one path segment openapi-fetch sends.
 * @param template the operation's path template
 * @param args its arguments
 */
export function requestPath(template: string, args: unknown): string {
  const id = typeof args === "object" && args !== null && "id" in args ? String(args.id) : "";
  return template.replace("{client_id}", encodeURIComponent(id));
}
