import type { Scope } from "../../scopes.js";
import { EmulatorArgumentError } from "../core/argument-error.js";
import type { VersionFeatures } from "../core/versions.js";
import { FixedWindowLimiter, type RateLimitOptions, resolveRateLimit } from "../faults/rate-limit.js";
import { jsonResponse } from "../wire/responses.js";
import type { Context, RouteInput } from "./context.js";
import type { Route, RouteMethod } from "./routes.js";

/** The methods `route()` takes. */
export type EmulatorRouteMethod = RouteMethod;

/** How a route added with `route()` is protected. */
export interface EmulatorRouteOptions {
  /**
   * The scopes a token needs, as the route's `Security(verify_oauth_client, scopes=[...])` says;
   * each from the server version's registry. `[]` asks for a valid token and nothing more.
   */
  readonly scopes: readonly string[];
  /**
   * Rate-limit this route as slowapi's `@limiter.limit` would (`true` = 10 per minute), counting
   * only requests that passed authentication. Needs serverVersion 2.69.1 or later.
   * @default false
   */
  readonly rateLimit?: boolean | RateLimitOptions;
}

/** What a route handler receives: the request, once authenticated and authorised. */
export interface EmulatorRouteRequest {
  readonly method: EmulatorRouteMethod;
  /** the percent-decoded path, without the base URL's path prefix, e.g. `"/api/v1/dsr/policy/access"` */
  readonly path: string;
  /** the template's parameters, percent-decoded: `{ policy_key: "access" }` for `/api/v1/dsr/policy/{policy_key}` */
  readonly params: Readonly<Record<string, string>>;
  readonly query: URLSearchParams;
  readonly headers: Headers;
  /** the parsed JSON body of a POST, PUT or PATCH; `undefined` when there is none (or it is `null`, or not JSON) */
  readonly json: unknown;
  /** the client whose token was accepted */
  readonly clientId: string;
}

/** What a route handler answers. */
export interface EmulatorRouteResponse {
  /** an HTTP status from 200 to 599 */
  readonly status: number;
  /** a JSON body (sent compactly, as FastAPI does, with `content-type: application/json`); none when omitted */
  readonly json?: unknown;
  readonly headers?: Readonly<Record<string, string>>;
}

/** A route handler: the test's stand-in for a Fides endpoint. */
export type EmulatorRouteHandler = (
  request: EmulatorRouteRequest,
) => EmulatorRouteResponse | Promise<EmulatorRouteResponse>;

const METHODS: ReadonlySet<string> = new Set<RouteMethod>(["GET", "POST", "PUT", "PATCH", "DELETE", "HEAD"]);
/** FastAPI's body parameters: methods whose JSON body is read (and invalid JSON refused) before auth. */
const BODY_METHODS: ReadonlySet<string> = new Set<RouteMethod>(["POST", "PUT", "PATCH"]);
const PARAMETER = /^\{[A-Za-z_][A-Za-z0-9_]*\}$/;

function invalid(message: string): EmulatorArgumentError {
  return new EmulatorArgumentError("ERR_INVALID_ARG_VALUE", message);
}

function wrongType(message: string): EmulatorArgumentError {
  return new EmulatorArgumentError("ERR_INVALID_ARG_TYPE", message);
}

/**
 * Checks a path template: absolute, segments that are literal text or a whole `{name}`, each
 * name once. A trailing slash is dropped (every route also answers with one, as Fides's do).
 */
function checkTemplate(template: unknown): string {
  if (typeof template !== "string")
    throw wrongType(`"pathTemplate" must be a string such as "/api/v1/dsr/policy"`);
  const path = template.length > 1 ? template.replace(/\/$/, "") : template;
  const segments = path.split("/").slice(1);
  const names = new Set<string>();
  const bad = segments.find((segment) => {
    if (PARAMETER.test(segment)) {
      if (names.has(segment)) return true;
      names.add(segment);
      return false;
    }
    return segment === "" ? path !== "/" : /[{}?#%]/.test(segment);
  });
  if (!path.startsWith("/") || bad !== undefined) {
    throw invalid(
      `"pathTemplate" must start with "/" and hold literal segments or whole "{name}" parameters, each once`,
    );
  }
  return path;
}

function checkScopes(options: unknown, features: VersionFeatures): readonly Scope[] {
  const scopes = (options as { scopes?: unknown } | null)?.scopes;
  if (!Array.isArray(scopes)) throw wrongType(`"options.scopes" must be an array of scopes`);
  const known = new Set<string>(features.scopes);
  const unknown = scopes.find((scope) => !known.has(scope));
  if (unknown !== undefined) {
    throw invalid(
      `"options.scopes" holds "${String(unknown)}", which is not a scope of Fides ${features.version}`,
    );
  }
  return scopes.filter((scope): scope is Scope => known.has(scope));
}

function checkRateLimit(
  options: EmulatorRouteOptions,
  features: VersionFeatures,
): FixedWindowLimiter | undefined {
  const rateLimit = options.rateLimit;
  if (rateLimit === undefined || rateLimit === false) return undefined;
  if (!features.has("rateLimit")) {
    throw invalid(
      `"options.rateLimit" needs serverVersion 2.69.1 or later (older servers have no rate limit)`,
    );
  }
  return new FixedWindowLimiter(resolveRateLimit(rateLimit));
}

/** The handler's answer as the server would send it; a throw (Starlette's 500) for one that is not an answer. */
function toResponse(answer: unknown, rateHeaders: Record<string, string>): Response {
  const { status, json, headers } = (answer ?? {}) as Partial<EmulatorRouteResponse>;
  if (typeof status !== "number" || !Number.isInteger(status) || status < 200 || status > 599) {
    throw new TypeError("a route handler must answer { status: 200..599 }");
  }
  const merged = { ...rateHeaders, ...headers };
  return json === undefined
    ? new Response(null, { status, headers: merged })
    : jsonResponse(status, json, merged);
}

/** A route added with `route()`, and the limiter `reset()` must clear. */
export interface UserRoute {
  readonly route: Route;
  readonly limiter: FixedWindowLimiter | undefined;
}

/**
 * Checks `route()`'s arguments and builds the route: it runs after the server's bearer checks
 * (the dispatcher does them, as for the emulator's own protected routes), then the rate limit,
 * then the handler.
 * @param features the server version's behaviour (its scope registry, whether it rate-limits)
 * @param method `route()`'s method, any case
 * @param pathTemplate `route()`'s template, e.g. `"/api/v1/dsr/policy/{policy_key}"`
 * @param options the scopes and the optional rate limit
 * @param handler the test's stand-in for the endpoint
 * @throws {EmulatorArgumentError} naming the first invalid argument
 */
export function userRoute(
  features: VersionFeatures,
  method: unknown,
  pathTemplate: unknown,
  options: EmulatorRouteOptions,
  handler: EmulatorRouteHandler,
): UserRoute {
  const upper = typeof method === "string" ? method.toUpperCase() : "";
  if (!METHODS.has(upper)) {
    throw invalid(`"method" must be one of ${[...METHODS].join(", ")}`);
  }
  const path = checkTemplate(pathTemplate);
  const scopes = checkScopes(options, features);
  const limiter = checkRateLimit(options, features);
  if (typeof handler !== "function") throw wrongType(`"handler" must be a function`);
  const routeMethod = upper as RouteMethod;
  const handle = async (context: Context, input: RouteInput): Promise<Response> => {
    let rateHeaders: Record<string, string> = {};
    if (limiter) {
      const outcome = limiter.hit(context.store.now());
      if ("limited" in outcome) return outcome.limited;
      rateHeaders = outcome.headers;
    }
    const answer = await handler({
      method: routeMethod,
      path: input.path,
      params: input.params,
      query: input.query,
      headers: input.request.headers,
      json: input.body.kind === "json" ? input.body.value : undefined,
      clientId: input.auth?.client.id ?? "",
    });
    return toResponse(answer, rateHeaders);
  };
  return {
    route: { method: routeMethod, path, scopes, jsonBody: BODY_METHODS.has(routeMethod), handle },
    limiter,
  };
}

/**
 * The shape two templates share when they match the same paths: parameter names do not count.
 * @param path a checked template
 */
export function templateShape(path: string): string {
  return path.replace(/\{[^/]*\}/g, "{}");
}
