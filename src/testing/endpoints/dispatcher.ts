import { authorize } from "../auth/bearer.js";
import type { FaultPlan } from "../faults/fault-plan.js";
import { answerInstead, deliverServed } from "../faults/faults.js";
import type { FixedWindowLimiter } from "../faults/rate-limit.js";
import { readJsonBody } from "../wire/body.js";
import { DETAILS, detailResponse, internalServerError } from "../wire/responses.js";
import type { BodyValue } from "../wire/validation.js";
import type { Context } from "./context.js";
import { catchAll } from "./info.js";
import { decodePath, matchRoute, releaseRoute } from "./router.js";
import type { Route } from "./routes.js";

/** The token endpoint, which has a rate limit of its own instead of the app-wide one. */
const TOKEN_PATH = "/api/v1/oauth/token";

/** What the dispatcher serves with, built once by the emulator. */
export interface DispatcherParts {
  readonly context: Context;
  /** the path part of `baseUrl`, stripped before matching */
  readonly pathPrefix: string;
  /** the routes of this release in registration order; `route()` appends to it */
  readonly routes: Route[];
  readonly faults: FaultPlan;
  /** slowapi's app-wide bucket, when `rateLimit` is on */
  readonly appLimiter: FixedWindowLimiter | undefined;
}

/**
 * Serves one request as the Fides server would, in the order of docs/emulator.md ("How a request
 * is served"): decode the path, faults, Starlette's routing, the JSON body, the bearer checks, the
 * endpoint; then the answer's headers and the request log. Never throws.
 * @param parts the state, routes and fault plan
 * @param request the request
 */
export async function dispatch(parts: DispatcherParts, request: Request): Promise<Response> {
  const { context, appLimiter } = parts;
  const { store, features } = context;
  const url = new URL(request.url);
  const method = request.method.toUpperCase();
  let rawPath = url.pathname;
  if (parts.pathPrefix && rawPath.startsWith(parts.pathPrefix)) {
    rawPath = rawPath.slice(parts.pathPrefix.length) || "/";
  }
  const path = decodePath(rawPath);
  const appLimit = path.replace(/\/$/, "") === TOKEN_PATH ? undefined : appLimiter?.hit(store.now());
  let response: Response;
  try {
    response =
      appLimit !== undefined && "limited" in appLimit
        ? appLimit.limited
        : await serve(parts, method, path, url, request);
  } catch {
    // A bug here must still look like a server: Starlette's 500 (the property test hunts these).
    response = internalServerError();
  }
  if (response.type !== "error") {
    if (features.has("clientCrud")) response.headers.set("x-request-id", crypto.randomUUID());
    if (appLimit !== undefined && "headers" in appLimit) {
      for (const [name, value] of Object.entries(appLimit.headers)) response.headers.set(name, value);
    }
    if (method === "HEAD")
      response = new Response(null, { status: response.status, headers: response.headers });
  }
  store.record({ method, path, status: response.type === "error" ? 0 : response.status, time: store.now() });
  return response;
}

async function serve(
  parts: DispatcherParts,
  method: string,
  path: string,
  url: URL,
  request: Request,
): Promise<Response> {
  const fault = parts.faults.pick(method, path);
  const instead = await answerInstead(fault, parts.context.store.now(), request.signal);
  if (instead) return instead;
  return deliverServed(fault, await route(parts, method, path, url, request), request.signal);
}

async function route(
  parts: DispatcherParts,
  method: string,
  path: string,
  url: URL,
  request: Request,
): Promise<Response> {
  const match = matchRoute(parts.routes, method, path);
  if (match.kind !== "route") {
    const unmodelled = releaseRoute(parts.context.features, method, path);
    if (unmodelled !== undefined) return notModelled(unmodelled, parts.context.features.version);
  }
  if (match.kind === "catch-all") return catchAll(path);
  if (match.kind === "method-not-allowed") {
    return detailResponse(405, DETAILS.methodNotAllowed, { allow: match.allow });
  }
  const { route, params } = match;
  let body: BodyValue = { kind: "absent" };
  if (route.jsonBody) {
    const read = await readJsonBody(request);
    if (read instanceof Response) return read;
    body = read;
  }
  const auth = route.scopes === undefined ? undefined : authorize(parts.context, request, route.scopes);
  if (auth instanceof Response) return auth;
  return route.handle(parts.context, { request, path, params, query: url.searchParams, body, auth });
}

/**
 * A route the emulated release has, which the emulator does not model and the test did not add:
 * a 501 (a status Fides never sends) that says so, instead of the 404 "Item not found" of an
 * unknown path, which would send the reader looking for a version problem.
 */
function notModelled(route: string, version: string): Response {
  return detailResponse(
    501,
    `The Fides emulator does not model ${route} (a route of Fides ${version}); add it in your test with emulator.route()`,
  );
}
