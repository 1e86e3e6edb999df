import * as z from "zod/mini";
import { FidesUnsupportedOperationError } from "../errors.js";
import type { components, paths } from "../generated/fides-oauth.js";
import type { Scope } from "../scopes.js";
import { BODY_LIMITS } from "./read-body.js";
import { fillPath, jsonBody, queryOf, type RequestData } from "./request-data.js";
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

/** The body the contract gives an operation, for `satisfies` where the operation builds it. */
type BodyOf<P extends keyof paths, M extends "post" | "put", C extends string = "application/json"> =
  NonNullable<paths[P][M]> extends { requestBody?: { content: Record<C, infer B> } } ? B : never;
/** The query the contract gives an operation. */
type QueryOf<P extends keyof paths> =
  NonNullable<paths[P]["get"]> extends {
    parameters: { query?: infer Q };
  }
    ? NonNullable<Q>
    : never;

/**
 * One operation of the API, as data: what the pipeline needs to send it, retry it, check its
 * server's version and parse its answer. `request` describes the request; the pipeline builds
 * the URL and `init` from it, sends it, reads the success body within `bodyLimit` and parses it
 * with `schema`.
 */
export interface Operation<A, T> {
  /** The SDK method, carried by errors as `operation`. */
  name: string;
  method: "GET" | "POST" | "PUT" | "DELETE";
  /** The contract's path template. */
  path: keyof paths;
  /** The most decoded bytes read from its success body (one of {@link BODY_LIMITS}). */
  bodyLimit: number;
  /** Whether repeating the request is harmless (retries on timeouts and 5xx). */
  idempotent: boolean;
  /** Whether it needs a Bearer token. */
  authenticated: boolean;
  /** The first Fides version that has it; the pipeline refuses it on an older server before sending. */
  since?: Version;
  /** The success body's schema. */
  schema: z.ZodMiniType<T>;
  /** The scopes the request assigns, to name the ones a server does not know. */
  sentScopes?(args: A): readonly string[] | undefined;
  /**
   * The request for the method's checked arguments: its path filled in, its query and body encoded.
   * @param args the method's checked arguments
   */
  request(args: A): RequestData;
  /**
   * Reshapes the request for an older server's era. When present, the pipeline learns the
   * server's version before the first attempt and sends what this returns.
   * @param request what {@link Operation.request} built
   * @param args the method's checked arguments
   * @param version the server's version
   * @throws {FidesUnsupportedOperationError} when the server's era cannot express the request
   */
  forVersion?(request: RequestData, args: A, version: Version): RequestData;
}

/** Arguments of the operations on one client. */
interface IdArgs {
  id: string;
}

// Each path is written once, checked against the contract: the operation's `path` and its request use it.
const TOKEN = "/api/v1/oauth/token" satisfies keyof paths;
const CLIENTS = "/api/v1/oauth/client" satisfies keyof paths;
const CLIENT = "/api/v1/oauth/client/{client_id}" satisfies keyof paths;
const CLIENT_SECRET = "/api/v1/oauth/client/{client_id}/secret" satisfies keyof paths;
const CLIENT_SCOPES = "/api/v1/oauth/client/{client_id}/scope" satisfies keyof paths;
const SCOPES = "/api/v1/oauth/scope" satisfies keyof paths;
const ROLES = "/api/v1/oauth/role" satisfies keyof paths;
const HEALTH = "/health" satisfies keyof paths;

const FORM_HEADERS = { "Content-Type": "application/x-www-form-urlencoded" };
// Built on first parse, like the schemas in ./schemas.ts.
const nullBodySchema = z.lazy(() =>
  z.pipe(
    z.optional(z.null({ error: "must be null" })),
    z.transform(() => undefined),
  ),
);

const clientPath = (template: string, args: IdArgs) => fillPath(template, { client_id: args.id });

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
  request: (args) => {
    const form = {
      grant_type: "client_credentials",
      client_id: args.clientId,
      client_secret: args.clientSecret,
    } satisfies BodyOf<typeof TOKEN, "post", "application/x-www-form-urlencoded">;
    return {
      method: "POST",
      path: TOKEN,
      body: new URLSearchParams(form).toString(),
      headers: FORM_HEADERS,
    };
  },
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
  schema: clientCreatedSchema,
  sentScopes: (args) => args.scopes,
  request: (args) => {
    const body: BodyOf<typeof CLIENTS, "post"> = { scopes: args.scopes };
    if (args.name !== undefined) body.name = args.name;
    if (args.description !== undefined) body.description = args.description;
    return { method: "POST", path: CLIENTS, ...jsonBody(body) };
  },
  forVersion: (request, args, version) => {
    if (atLeast(version, CLIENT_CRUD_VERSION)) return request;
    if ((args.name ?? null) !== null || (args.description ?? null) !== null) {
      throw new FidesUnsupportedOperationError(
        "createClient",
        CLIENT_CRUD_VERSION.text,
        version.text,
        "a client name or description",
      );
    }
    // Before 2.82 the body is a bare array, which the current contract does not describe.
    return { ...request, ...jsonBody(args.scopes) };
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
  request: (args) => ({
    method: "GET",
    path: CLIENTS,
    query: queryOf({ page: args.page, size: args.size } satisfies QueryOf<typeof CLIENTS>),
  }),
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
  request: (args) => ({ method: "GET", path: clientPath(CLIENT, args) }),
};

/** `PUT /api/v1/oauth/client/{client_id}` (2.82+). */
export const updateClient: Operation<
  IdArgs & { body: BodyOf<typeof CLIENT, "put"> },
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
  request: (args) => ({ method: "PUT", path: clientPath(CLIENT, args), ...jsonBody(args.body) }),
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
  request: (args) => ({ method: "DELETE", path: clientPath(CLIENT, args) }),
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
  request: (args) => ({ method: "POST", path: clientPath(CLIENT_SECRET, args) }),
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
  request: (args) => ({ method: "GET", path: clientPath(CLIENT_SCOPES, args) }),
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
  request: (args) => ({
    method: "PUT",
    path: clientPath(CLIENT_SCOPES, args),
    ...jsonBody(args.scopes satisfies BodyOf<typeof CLIENT_SCOPES, "put">),
  }),
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
  request: () => ({ method: "GET", path: SCOPES }),
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
  request: () => ({ method: "GET", path: ROLES }),
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
  request: () => ({ method: "GET", path: HEALTH }),
};
