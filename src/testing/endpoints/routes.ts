import type { Scope } from "../../scopes.js";
import type { VersionFeature } from "../core/versions.js";
import { preApprovalReply, resumePrivacyRequest } from "./callbacks.js";
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
import { patchConfig, putConnectionSecrets, upsertConnections } from "./connections.js";
import type { Context, RouteInput } from "./context.js";
import { health, oauthCallback, readRoles, readScopes } from "./info.js";
import {
  getPolicy,
  listPolicies,
  listPolicyWebhooks,
  listPreApprovalWebhooks,
  putPolicyWebhooks,
  putPreApprovalWebhooks,
  upsertPolicies,
  upsertRules,
} from "./policies.js";
import {
  bulkRetryPrivacyRequests,
  retryPrivacyRequest,
  reviewRoute,
  submitPrivacyRequests,
} from "./privacy-requests.js";
import { listPrivacyRequests, searchPrivacyRequests } from "./privacy-search.js";
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
  /**
   * whether a test's `route()` may take its place: the privacy-request, policy, webhook and
   * connection routes (tests written before the emulator modelled them keep their stand-ins);
   * never the OAuth routes
   */
  readonly replaceable?: boolean;
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
  ...PRIVACY_ROUTES(),
];

/** The privacy side: requests, their callbacks, policies, rules, webhooks, connections, config. */
function PRIVACY_ROUTES(): Route[] {
  const REQUEST = "/api/v1/privacy-request";
  const POLICY = "/api/v1/dsr/policy";
  const routes: Omit<Route, "replaceable">[] = [
    { method: "GET", path: REQUEST, scopes: ["privacy-request:read"], handle: listPrivacyRequests },
    {
      method: "POST",
      path: `${REQUEST}/search`,
      scopes: ["privacy-request:read"],
      jsonBody: true,
      handle: searchPrivacyRequests,
    },
    {
      method: "POST",
      path: `${REQUEST}/authenticated`,
      scopes: ["privacy-request:create"],
      jsonBody: true,
      handle: submitPrivacyRequests,
    },
    ...(["approve", "deny", "cancel"] as const).map(
      (review): Omit<Route, "replaceable"> => ({
        method: "PATCH",
        path: `${REQUEST}/administrate/${review}`,
        scopes: ["privacy-request:review"],
        jsonBody: true,
        handle: reviewRoute(review),
      }),
    ),
    {
      method: "POST",
      path: `${REQUEST}/{privacy_request_id}/resume`,
      jsonBody: true,
      handle: resumePrivacyRequest,
    },
    {
      method: "POST",
      path: `${REQUEST}/bulk/retry`,
      scopes: ["privacy-request:resume"],
      jsonBody: true,
      handle: bulkRetryPrivacyRequests,
    },
    {
      method: "POST",
      path: `${REQUEST}/{privacy_request_id}/retry`,
      scopes: ["privacy-request:resume"],
      handle: retryPrivacyRequest,
    },
    {
      method: "POST",
      path: `${REQUEST}/{privacy_request_id}/pre-approve/eligible`,
      handle: preApprovalReply(true),
    },
    {
      method: "POST",
      path: `${REQUEST}/{privacy_request_id}/pre-approve/not-eligible`,
      handle: preApprovalReply(false),
    },
    {
      method: "PATCH",
      path: POLICY,
      scopes: ["policy:create_or_update"],
      jsonBody: true,
      handle: upsertPolicies,
    },
    { method: "GET", path: POLICY, scopes: ["policy:read"], handle: listPolicies },
    { method: "GET", path: `${POLICY}/{policy_key}`, scopes: ["policy:read"], handle: getPolicy },
    {
      method: "PATCH",
      path: `${POLICY}/{policy_key}/rule`,
      scopes: ["rule:create_or_update"],
      jsonBody: true,
      handle: upsertRules,
    },
    ...(["pre", "post"] as const).flatMap((which): Omit<Route, "replaceable">[] => [
      {
        method: "PUT",
        path: `${POLICY}/{policy_key}/webhook/${which}_execution`,
        scopes: ["webhook:create_or_update"],
        jsonBody: true,
        handle: putPolicyWebhooks(which),
      },
      {
        method: "GET",
        path: `${POLICY}/{policy_key}/webhook/${which}_execution`,
        scopes: ["webhook:read"],
        handle: listPolicyWebhooks(which),
      },
    ]),
    {
      method: "PUT",
      path: "/api/v1/dsr/webhook/pre_approval",
      scopes: ["webhook:create_or_update"],
      jsonBody: true,
      handle: putPreApprovalWebhooks,
    },
    {
      method: "GET",
      path: "/api/v1/dsr/webhook/pre_approval",
      scopes: ["webhook:read"],
      handle: listPreApprovalWebhooks,
    },
    {
      method: "PATCH",
      path: "/api/v1/connection",
      scopes: ["connection:create_or_update"],
      jsonBody: true,
      handle: upsertConnections,
    },
    {
      method: "PUT",
      path: "/api/v1/connection/{connection_key}/secret",
      scopes: ["connection:create_or_update"],
      jsonBody: true,
      handle: putConnectionSecrets,
    },
    {
      method: "PATCH",
      path: "/api/v1/config",
      scopes: ["config:update"],
      jsonBody: true,
      handle: patchConfig,
    },
  ];
  return routes.map((route) => ({ ...route, replaceable: true }));
}
