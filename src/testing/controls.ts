import { EmulatorArgumentError } from "./core/argument-error.js";
import type { VersionFeatures } from "./core/versions.js";
import type { Route } from "./endpoints/routes.js";
import {
  type EmulatorRouteHandler,
  type EmulatorRouteMethod,
  type EmulatorRouteOptions,
  templateShape,
  userRoute,
} from "./endpoints/user-routes.js";
import type { FaultPlan } from "./faults/fault-plan.js";
import type { FixedWindowLimiter } from "./faults/rate-limit.js";
import { type LifecycleContext, runQueued } from "./lifecycle/run.js";
import {
  type EmulatedDelivery,
  type FailedStep,
  type PrivacyRequestStatus,
  type PrivacyStore,
  type StoredRequest,
  statusesOf,
} from "./state/privacy.js";
import type { AddClientOptions, AddedClient, EmulatorStore } from "./state/store.js";

/** What the test controls act on: the same state the dispatcher serves from. */
export interface ControlledParts {
  readonly store: EmulatorStore;
  readonly privacy: PrivacyStore;
  readonly features: VersionFeatures;
  readonly routes: Route[];
  readonly faults: FaultPlan;
  /** every limiter `reset()` clears: the token endpoint's, the app-wide one, those of `route()`s */
  readonly limiters: FixedWindowLimiter[];
}

/**
 * `addClient()`: checks the seed against the release (scopes, roles, a free id), then stores it.
 * @param parts the emulator's state
 * @param seed the client to store
 * @throws {EmulatorArgumentError} for an unknown scope or role, or an id already in use
 */
export function addClient(parts: ControlledParts, seed: AddClientOptions): AddedClient {
  const { features, store } = parts;
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

/**
 * `route()`: checks the arguments, refuses a method and template the emulator's OAuth routes or an
 * earlier `route()` took, replaces one of the emulator's privacy-side routes in its place, or
 * appends the route after the emulator's own.
 * @throws {EmulatorArgumentError} naming the first invalid argument
 */
export function addRoute(
  parts: ControlledParts,
  method: EmulatorRouteMethod,
  pathTemplate: string,
  options: EmulatorRouteOptions,
  handler: EmulatorRouteHandler,
): void {
  const added = userRoute(parts.features, method, pathTemplate, options, handler);
  const shape = templateShape(added.route.path);
  const taken = parts.routes.findIndex(
    (route) => route.method === added.route.method && templateShape(route.path) === shape,
  );
  if (taken !== -1 && parts.routes[taken]?.replaceable !== true) {
    throw new EmulatorArgumentError(
      "ERR_INVALID_ARG_VALUE",
      `"${added.route.method} ${added.route.path}" is already a route of this emulator`,
    );
  }
  // A privacy-side route of the emulator's own gives way to the test's, in its place.
  if (taken !== -1) parts.routes[taken] = added.route;
  else parts.routes.push(added.route);
  if (added.limiter) parts.limiters.push(added.limiter);
}

/**
 * `advanceTime()`: moves the clock.
 * @throws {EmulatorArgumentError} when `ms` is not a finite number
 */
export function advanceTime(parts: ControlledParts, ms: number): void {
  if (!Number.isFinite(ms)) {
    throw new EmulatorArgumentError("ERR_INVALID_ARG_VALUE", `"ms" must be a finite number`);
  }
  parts.store.advance(ms);
}

/** `reset()`: a fresh server; the routes added with `route()` stay. */
export function resetServer(parts: ControlledParts): void {
  parts.store.reset();
  parts.privacy.reset();
  parts.faults.reset();
  for (const limiter of parts.limiters) limiter.reset();
}

/** A privacy request as the test controls show it (camelCase, epoch ms on the emulator's clock). */
export interface EmulatedPrivacyRequest {
  readonly id: string;
  readonly policyKey: string;
  readonly status: PrivacyRequestStatus;
  /** the identity as submitted, plus what pre-execution webhooks derived */
  readonly identity: Readonly<Record<string, unknown>>;
  readonly createdAt: number;
  readonly startedProcessingAt: number | null;
  readonly finishedProcessingAt: number | null;
  readonly reviewedAt: number | null;
  readonly pausedAt: number | null;
  readonly canceledAt: number | null;
  /** where a request in `error` stopped */
  readonly failedStep: FailedStep | null;
  /** whether it waits for `process(id)` (`queued` processing) */
  readonly queued: boolean;
}

/** The test controls of the privacy side: inspect, script and run privacy requests. */
export interface PrivacyRequestControls {
  /** Every privacy request, newest first. */
  list(): EmulatedPrivacyRequest[];
  /** One privacy request, or `undefined`. */
  get(id: string): EmulatedPrivacyRequest | undefined;
  /** Turns manual approval on or off, as `PATCH /api/v1/config` would. */
  setManualApproval(on: boolean): void;
  /**
   * Runs a queued request now (`processing: "queued"`): pre-execution webhooks, then the
   * post-execution ones, then `complete` (or `paused`, or `error`).
   * @returns the status it reached
   * @throws {EmulatorArgumentError} for an unknown id, or a request that is not queued
   */
  process(id: string): Promise<PrivacyRequestStatus>;
  /**
   * Moves a request to any status of the release, without running anything (to script what the
   * emulator does not model: `requires_input`, a failed access step …); `error` takes the step
   * it failed at (`failedStep`, default `"access"`).
   * @throws {EmulatorArgumentError} for an unknown id or a status the release does not have
   */
  setStatus(id: string, status: PrivacyRequestStatus, options?: { readonly failedStep?: FailedStep }): void;
  /** `setStatus(id, "complete")`. */
  complete(id: string): void;
  /** The webhook calls made so far, oldest first (never a header, token, secret or body). */
  deliveries(): EmulatedDelivery[];
}

function showRequest(request: StoredRequest): EmulatedPrivacyRequest {
  return {
    id: request.id,
    policyKey: request.policyKey,
    status: request.status,
    identity: { ...request.identity, ...request.derivedIdentity },
    createdAt: request.createdAt,
    startedProcessingAt: request.startedProcessingAt,
    finishedProcessingAt: request.finishedProcessingAt,
    reviewedAt: request.reviewedAt,
    pausedAt: request.pausedAt,
    canceledAt: request.canceledAt,
    failedStep: request.failedStep,
    queued: request.queuedFrom !== null,
  };
}

/**
 * The privacy-request controls over the lifecycle's state.
 * @param life the privacy store, the release, the clock and the processing mode
 */
export function privacyRequestControls(life: LifecycleContext): PrivacyRequestControls {
  const find = (id: string): StoredRequest => {
    const request = typeof id === "string" ? life.privacy.requests.get(id) : undefined;
    if (request === undefined) {
      throw new EmulatorArgumentError(
        "ERR_INVALID_ARG_VALUE",
        `"id" is not a privacy request of this emulator`,
      );
    }
    return request;
  };
  const setStatus: PrivacyRequestControls["setStatus"] = (id, status, options = {}) => {
    const request = find(id);
    if (!statusesOf(life.features).includes(status)) {
      throw new EmulatorArgumentError(
        "ERR_INVALID_ARG_VALUE",
        `"status" must be a privacy-request status of Fides ${life.features.version}`,
      );
    }
    const now = life.store.now();
    request.status = status;
    request.queuedFrom = null;
    request.failedStep = status === "error" ? (options.failedStep ?? "access") : null;
    if (status === "paused") request.pausedAt = now;
    if (status === "canceled") request.canceledAt = now;
    if (status === "complete" || status === "error") request.finishedProcessingAt = now;
  };
  return {
    list: () => life.privacy.listRequests().map(showRequest),
    get: (id) => {
      const request = life.privacy.requests.get(id);
      return request && showRequest(request);
    },
    setManualApproval(on) {
      if (typeof on !== "boolean") {
        throw new EmulatorArgumentError("ERR_INVALID_ARG_TYPE", `"on" must be a boolean`);
      }
      life.privacy.manualApproval = on;
    },
    async process(id) {
      const request = find(id);
      if (!(await runQueued(life, request))) {
        throw new EmulatorArgumentError(
          "ERR_INVALID_ARG_VALUE",
          `privacy request "${id}" is not queued (it is ${request.status}; with processing "eager" requests run at once)`,
        );
      }
      return request.status;
    },
    setStatus,
    complete: (id) => setStatus(id, "complete"),
    deliveries: () => life.privacy.deliveries(),
  };
}
