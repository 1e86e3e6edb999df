import {
  addClient,
  addRoute,
  advanceTime,
  type ControlledParts,
  type PrivacyRequestControls,
  privacyRequestControls,
  resetServer,
} from "./controls.js";
import type { Context } from "./endpoints/context.js";
import { type DispatcherParts, dispatch } from "./endpoints/dispatcher.js";
import { ROUTES } from "./endpoints/routes.js";
import type {
  EmulatorRouteHandler,
  EmulatorRouteMethod,
  EmulatorRouteOptions,
} from "./endpoints/user-routes.js";
import { FaultPlan } from "./faults/fault-plan.js";
import type { FaultMatch, FaultSpec } from "./faults/faults.js";
import { FixedWindowLimiter } from "./faults/rate-limit.js";
import { type FidesEmulatorOptions, type ResolvedOptions, resolveOptions } from "./options.js";
import { PrivacyStore } from "./state/privacy.js";
import {
  type AddClientOptions,
  type AddedClient,
  type EmulatedClient,
  type EmulatedRequest,
  type EmulatedToken,
  EmulatorStore,
} from "./state/store.js";

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
  addClient(options?: AddClientOptions): AddedClient;
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
   * Back to a fresh server: no clients, tokens, log, queued faults or rate-limit counts, privacy
   * requests, connections or webhooks (the three default policies again); clock offset 0.
   * Routes added with `route()` stay.
   */
  reset(): void;
  /**
   * The privacy side's controls: inspect requests, turn manual approval on or off, run a queued
   * request, script a status, read the webhook deliveries.
   * @example
   * const [request] = emulator.privacyRequests.list();
   * await emulator.privacyRequests.process(request.id); // with { privacyRequests: { processing: "queued" } }
   */
  readonly privacyRequests: PrivacyRequestControls;
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

/**
 * The emulator for options already resolved (the HTTP adapter resolves them before it listens):
 * builds the state once, then hands it to the dispatcher (`handle`) and the test controls.
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
  const privacy = new PrivacyStore(resolved.manualApproval);
  const context: Context = {
    store,
    settings: resolved,
    features,
    limiter,
    privacy,
    processing: resolved.processing,
    callbackTokenMinutes: resolved.callbackTokenMinutes,
  };
  const routes = ROUTES.filter((route) => route.feature === undefined || features.has(route.feature));
  const faults = new FaultPlan(resolved.faults);
  const served: DispatcherParts = { context, pathPrefix: resolved.pathPrefix, routes, faults, appLimiter };
  const controlled: ControlledParts = {
    store,
    privacy,
    features,
    routes,
    faults,
    limiters: [limiter, appLimiter].filter((each) => each !== undefined),
  };
  const core: FidesEmulatorCore = {
    baseUrl: resolved.baseUrl,
    serverVersion: features.version,
    rootClientId: resolved.rootClientId,
    rootClientSecret: "",
    handle: (request) => dispatch(served, request),
    now: () => store.now(),
    advanceTime: (ms) => advanceTime(controlled, ms),
    addClient: (seed = {}) => addClient(controlled, seed),
    clients: () => store.list(),
    tokens: () => store.tokens(),
    requests: () => store.requests(),
    failNext: (count, fault, match) => faults.failNext(count, fault, match),
    route: (method, pathTemplate, options, handler) =>
      addRoute(controlled, method, pathTemplate, options, handler),
    reset: () => resetServer(controlled),
    privacyRequests: privacyRequestControls(context),
  };
  Object.defineProperty(core, "rootClientSecret", { value: resolved.rootClientSecret, enumerable: false });
  return core;
}
