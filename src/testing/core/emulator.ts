import { authorize } from "../auth/bearer.js";
import { catchAll } from "../endpoints/info.js";
import { ROUTES, type Route } from "../endpoints/routes.js";
import {
  type EmulatorRouteHandler,
  type EmulatorRouteMethod,
  type EmulatorRouteOptions,
  templateShape,
  userRoute,
} from "../endpoints/user-routes.js";
import { FaultPlan } from "../faults/fault-plan.js";
import { answerInstead, deliverServed, type FaultMatch, type FaultSpec } from "../faults/faults.js";
import { FixedWindowLimiter } from "../faults/rate-limit.js";
import { readJsonBody } from "../wire/body.js";
import { DETAILS, detailResponse, internalServerError } from "../wire/responses.js";
import type { BodyValue } from "../wire/validation.js";
import { EmulatorArgumentError } from "./argument-error.js";
import type { Context } from "./context.js";
import { type FidesEmulatorOptions, type ResolvedOptions, resolveOptions } from "./options.js";
import { decodePath, matchRoute } from "./router.js";
import {
  type AddClientOptions,
  type EmulatedClient,
  type EmulatedRequest,
  type EmulatedToken,
  EmulatorStore,
} from "./state.js";

/** The framework-free emulator: one `handle(request)` over the state, plus test controls. */
export interface FidesEmulatorCore {
  /** where it serves, e.g. `"http://localhost:8080"` (no trailing slash) */
  readonly baseUrl: string;
  /** the Fides release it behaves like */
  readonly serverVersion: string;
  readonly rootClientId: string;
  /** the root client's secret (a test fixture, so readable; not enumerable, so not logged by accident) */
  readonly rootClientSecret: string;
  /**
   * Serves one request as the Fides server would. Never throws: a dropped connection is
   * `Response.error()`.
   */
  handle(request: Request): Promise<Response>;
  /** The emulator's clock in epoch ms. */
  now(): number;
  /** Moves the emulator's clock by `ms` (tokens expire, rate-limit windows close). */
  advanceTime(ms: number): void;
  /**
   * Stores a client without going through the API.
   * @throws {EmulatorArgumentError} for an unknown scope or role, or an id already in use
   */
  addClient(options?: AddClientOptions): { client_id: string; client_secret: string };
  /** The stored clients, newest first (never the root client, never secrets). */
  clients(): EmulatedClient[];
  /** Every token issued, oldest first (never the token text). */
  tokens(): EmulatedToken[];
  /**
   * The requests received: method, path, the status the client got (0 when no answer reached it:
   * a drop, a served-then-lost answer, an abandoned delay), time; never headers, bodies or queries.
   */
  requests(): EmulatedRequest[];
  /**
   * Fails the next `count` requests (matching `match`, if given) with a fault: a status, `"drop"`,
   * `{ kind: "delay", ms }`, or one that serves the request and then loses the answer
   * (`"serve-then-drop"`, `{ kind: "serve-then-delay", ms }`).
   * @throws {EmulatorArgumentError} when the count or fault is malformed
   */
  failNext(count: number, fault: FaultSpec, match?: FaultMatch): void;
  /**
   * Hosts a route of your own behind the server's bearer checks, exactly as the emulator's own
   * protected routes: 401 without a Bearer header, 403 `"Not Authorized for this action"` for an
   * expired, garbled or revoked token, 403 `"… Required scope(s): [a, b]"` when the token lacks a
   * scope or predates a narrowing of its client's scopes; then faults, the optional rate limit
   * and the request log apply as everywhere. Matched after the emulator's own routes, before the
   * admin-UI catch-all; kept by `reset()`.
   * @param method `"GET"`, `"POST"`, `"PUT"`, `"PATCH"`, `"DELETE"` or `"HEAD"`
   * @param pathTemplate relative to `baseUrl`, with OpenAPI-style parameters: `"/api/v1/dsr/policy/{policy_key}"`
   * @param options the scopes a token needs, and an optional rate limit
   * @param handler answers `{ status, json?, headers? }`, or a promise of it; a throw is Starlette's plain-text 500
   * @throws {EmulatorArgumentError} for an unknown method or scope, a malformed template, or a
   * method and template already taken
   * @example
   * emulator.route("PATCH", "/api/v1/dsr/policy", { scopes: ["policy:create_or_update"] }, (request) => ({
   *   status: 200,
   *   json: { succeeded: request.json, failed: [] },
   * }));
   */
  route(
    method: EmulatorRouteMethod,
    pathTemplate: string,
    options: EmulatorRouteOptions,
    handler: EmulatorRouteHandler,
  ): void;
  /**
   * Back to a fresh server: no clients, tokens, log, queued faults or rate-limit counts; clock
   * offset 0. Routes added with `route()` stay.
   */
  reset(): void;
}

/**
 * Creates the emulator's core. Adapters: `createFidesEmulator` (MSW) and
 * `startFidesEmulatorServer` (node:http); use this directly to call `handle()` yourself.
 * @param options see {@link FidesEmulatorOptions}
 * @throws {EmulatorArgumentError} naming the first invalid option
 * @example
 * const emulator = createFidesEmulatorCore({ serverVersion: "2.81.1" });
 * const response = await emulator.handle(new Request(`${emulator.baseUrl}/health`));
 */
export function createFidesEmulatorCore(options: FidesEmulatorOptions = {}): FidesEmulatorCore {
  return emulatorFor(resolveOptions(options));
}

/** The token endpoint, which has a rate limit of its own instead of the app-wide one. */
const TOKEN_PATH = "/api/v1/oauth/token";

/**
 * The emulator for options already resolved (the HTTP adapter resolves them before it listens).
 * @param resolved the checked options
 */
export function emulatorFor(resolved: ResolvedOptions): FidesEmulatorCore {
  const { features } = resolved;
  const store = new EmulatorStore(resolved);
  const limiter = resolved.rateLimit === undefined ? undefined : new FixedWindowLimiter(resolved.rateLimit);
  // With the rate limiter on, slowapi also keeps one app-wide bucket (`request_rate_limit`,
  // 2000/minute) for every route but the token endpoint, which has its own; its headers are on
  // every other answer (seen on real 2.78.2 and 2.86.2 servers).
  const appLimiter =
    resolved.rateLimit === undefined ? undefined : new FixedWindowLimiter({ limit: 2000, per: "minute" });
  const faults = new FaultPlan(resolved.faults);
  const context: Context = { store, options: resolved, features, limiter };
  const routes: Route[] = ROUTES.filter((route) => features.clientCrud || !route.since282);
  const userLimiters: FixedWindowLimiter[] = [];

  async function serve(method: string, path: string, url: URL, request: Request): Promise<Response> {
    const fault = faults.pick(method, path);
    const instead = await answerInstead(fault, store.now(), request.signal);
    if (instead) return instead;
    return deliverServed(fault, await route(method, path, url, request), request.signal);
  }

  async function route(method: string, path: string, url: URL, request: Request): Promise<Response> {
    const match = matchRoute(routes, method, path);
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
    const auth = route.scopes === undefined ? undefined : authorize(context, request, route.scopes);
    if (auth instanceof Response) return auth;
    return route.handle(context, { request, path, params, query: url.searchParams, body, auth });
  }

  async function handle(request: Request): Promise<Response> {
    const url = new URL(request.url);
    const method = request.method.toUpperCase();
    let rawPath = url.pathname;
    if (resolved.pathPrefix && rawPath.startsWith(resolved.pathPrefix)) {
      rawPath = rawPath.slice(resolved.pathPrefix.length) || "/";
    }
    const path = decodePath(rawPath);
    const appLimit = path.replace(/\/$/, "") === TOKEN_PATH ? undefined : appLimiter?.hit(store.now());
    let response: Response;
    try {
      response =
        appLimit !== undefined && "limited" in appLimit
          ? appLimit.limited
          : await serve(method, path, url, request);
    } catch {
      // A bug here must still look like a server: Starlette's 500 (the property test hunts these).
      response = internalServerError();
    }
    if (response.type !== "error") {
      if (features.clientCrud) response.headers.set("x-request-id", crypto.randomUUID());
      if (appLimit !== undefined && "headers" in appLimit) {
        for (const [name, value] of Object.entries(appLimit.headers)) response.headers.set(name, value);
      }
      if (method === "HEAD")
        response = new Response(null, { status: response.status, headers: response.headers });
    }
    store.record({
      method,
      path,
      status: response.type === "error" ? 0 : response.status,
      time: store.now(),
    });
    return response;
  }

  function addClient(seed: AddClientOptions = {}): { client_id: string; client_secret: string } {
    const known = new Set(features.scopes);
    const scopes = seed.scopes ?? [];
    if (!Array.isArray(scopes)) {
      throw new EmulatorArgumentError("ERR_INVALID_ARG_TYPE", `"options.scopes" must be an array of scopes`);
    }
    const unknown = scopes.find((scope) => !known.has(scope));
    if (unknown !== undefined) {
      throw new EmulatorArgumentError(
        "ERR_INVALID_ARG_VALUE",
        `"options.scopes" holds "${String(unknown)}", which is not a scope of Fides ${features.version}`,
      );
    }
    const roles = seed.roles ?? [];
    const badRole = roles.find((role) => !(role in features.roleScopes));
    if (badRole !== undefined) {
      throw new EmulatorArgumentError(
        "ERR_INVALID_ARG_VALUE",
        `"options.roles" holds "${String(badRole)}", which is not a role of Fides ${features.version}`,
      );
    }
    if (seed.clientId !== undefined && store.lookup(seed.clientId)) {
      throw new EmulatorArgumentError("ERR_INVALID_ARG_VALUE", `"options.clientId" is already in use`);
    }
    return store.create({ ...seed, scopes, roles });
  }

  const core: FidesEmulatorCore = {
    baseUrl: resolved.baseUrl,
    serverVersion: features.version,
    rootClientId: resolved.rootClientId,
    rootClientSecret: "",
    handle,
    now: () => store.now(),
    advanceTime(ms) {
      if (!Number.isFinite(ms)) {
        throw new EmulatorArgumentError("ERR_INVALID_ARG_VALUE", `"ms" must be a finite number`);
      }
      store.advance(ms);
    },
    addClient,
    clients: () => store.list(),
    tokens: () => store.tokens(),
    requests: () => store.requests(),
    failNext: (count, fault, match) => faults.failNext(count, fault, match),
    route(method, pathTemplate, options, handler) {
      const added = userRoute(features, method, pathTemplate, options, handler);
      const shape = templateShape(added.route.path);
      if (
        routes.some((route) => route.method === added.route.method && templateShape(route.path) === shape)
      ) {
        throw new EmulatorArgumentError(
          "ERR_INVALID_ARG_VALUE",
          `"${added.route.method} ${added.route.path}" is already a route of this emulator`,
        );
      }
      routes.push(added.route);
      if (added.limiter) userLimiters.push(added.limiter);
    },
    reset() {
      store.reset();
      faults.reset();
      limiter?.reset();
      appLimiter?.reset();
      for (const routeLimiter of userLimiters) routeLimiter.reset();
    },
  };
  Object.defineProperty(core, "rootClientSecret", { value: resolved.rootClientSecret, enumerable: false });
  return core;
}
