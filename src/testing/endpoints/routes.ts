import type { Scope } from "../../scopes.js";
import type { VersionFeature } from "../core/versions.js";
import {
  createClient,
  deleteClient,
  getClient,
  getClientScopes,
  listClients,
  rotateClientSecret,
  setClientScopes,
  updateClient,
} from "./clients.js";
import type { Context, RouteInput } from "./context.js";
import { health, oauthCallback, readRoles, readScopes } from "./info.js";
import { acquireAccessToken } from "./token.js";

/** The methods a route can take. */
export type RouteMethod = "GET" | "POST" | "PUT" | "PATCH" | "DELETE" | "HEAD";

/** One API route of the emulated server (its own, or one a test added with `route()`). */
export interface Route {
  readonly method: RouteMethod;
  /** a path template such as `/api/v1/oauth/client/{client_id}` */
  readonly path: string;
  /** the bearer scopes it requires; none for the token endpoint, callback and health */
  readonly scopes?: readonly Scope[];
  /** whether it has a JSON body parameter (read, and invalid JSON rejected, before auth) */
  readonly jsonBody?: boolean;
  /** the release feature that brought it; absent for routes every emulated release has */
  readonly feature?: VersionFeature;
  readonly handle: (context: Context, input: RouteInput) => Response | Promise<Response>;
}

const OAUTH = "/api/v1/oauth";

/** The server's API routes in registration order (the order decides the `Allow` of a 405). */
export const ROUTES: readonly Route[] = [
  {
    method: "POST",
    path: `${OAUTH}/token`,
    handle: (context, input) => acquireAccessToken(context, input.request, context.limiter),
  },
  {
    method: "POST",
    path: `${OAUTH}/client`,
    scopes: ["client:create"],
    jsonBody: true,
    handle: createClient,
  },
  {
    method: "GET",
    path: `${OAUTH}/client`,
    scopes: ["client:read"],
    feature: "clientCrud",
    handle: listClients,
  },
  {
    method: "GET",
    path: `${OAUTH}/client/{client_id}`,
    scopes: ["client:read"],
    feature: "clientCrud",
    handle: getClient,
  },
  {
    method: "PUT",
    path: `${OAUTH}/client/{client_id}`,
    scopes: ["client:update"],
    jsonBody: true,
    feature: "clientCrud",
    handle: updateClient,
  },
  { method: "DELETE", path: `${OAUTH}/client/{client_id}`, scopes: ["client:delete"], handle: deleteClient },
  {
    method: "POST",
    path: `${OAUTH}/client/{client_id}/secret`,
    scopes: ["client:update"],
    feature: "clientCrud",
    handle: rotateClientSecret,
  },
  {
    method: "GET",
    path: `${OAUTH}/client/{client_id}/scope`,
    scopes: ["client:read"],
    handle: getClientScopes,
  },
  {
    method: "PUT",
    path: `${OAUTH}/client/{client_id}/scope`,
    scopes: ["client:update"],
    jsonBody: true,
    handle: setClientScopes,
  },
  { method: "GET", path: `${OAUTH}/scope`, scopes: ["scope:read"], handle: readScopes },
  { method: "GET", path: `${OAUTH}/role`, scopes: ["scope:read"], handle: readRoles },
  { method: "GET", path: `${OAUTH}/callback`, handle: oauthCallback },
  { method: "GET", path: "/health", handle: health },
];
