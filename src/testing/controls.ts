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
import type { AddClientOptions, AddedClient, EmulatorStore } from "./state/store.js";

/** What the test controls act on: the same state the dispatcher serves from. */
export interface ControlledParts {
  readonly store: EmulatorStore;
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
 * `route()`: checks the arguments, refuses a method and template already taken, and appends the
 * route after the emulator's own.
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
  if (
    parts.routes.some((route) => route.method === added.route.method && templateShape(route.path) === shape)
  ) {
    throw new EmulatorArgumentError(
      "ERR_INVALID_ARG_VALUE",
      `"${added.route.method} ${added.route.path}" is already a route of this emulator`,
    );
  }
  parts.routes.push(added.route);
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
  parts.faults.reset();
  for (const limiter of parts.limiters) limiter.reset();
}
