/**
 * `fides-sdk/testing/server`: the emulator's core and its loopback HTTP server, without the MSW
 * adapter, for projects that do not install msw (an optional peer dependency).
 */
export type { FidesEmulatorServer, FidesEmulatorServerOptions } from "./adapters/http-server.js";
export { startFidesEmulatorServer } from "./adapters/http-server.js";
export type { EmulatedPrivacyRequest, PrivacyRequestControls } from "./controls.js";
export { EmulatorArgumentError } from "./core/argument-error.js";
export type { FidesEmulatorCore } from "./emulator.js";
export { createFidesEmulatorCore } from "./emulator.js";
export type {
  EmulatorRouteHandler,
  EmulatorRouteMethod,
  EmulatorRouteOptions,
  EmulatorRouteRequest,
  EmulatorRouteResponse,
} from "./endpoints/user-routes.js";
export type {
  FaultMatch,
  FaultSpec,
  FidesFault,
  RandomFaultOptions,
  WeightedFault,
} from "./faults/faults.js";
export type { RateLimitOptions } from "./faults/rate-limit.js";
export type { FidesEmulatorOptions, PrivacyRequestOptions } from "./options.js";
export type { EmulatedDelivery, FailedStep, PrivacyRequestStatus } from "./state/privacy.js";
export type {
  AddClientOptions,
  AddedClient,
  EmulatedClient,
  EmulatedRequest,
  EmulatedToken,
} from "./state/store.js";
