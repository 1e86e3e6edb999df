/**
 * `fides-sdk/testing/server`: the emulator's core and its loopback HTTP server, without the MSW
 * adapter, for projects that do not install msw (an optional peer dependency).
 */
export { EmulatorArgumentError } from "./argument-error.js";
export type { AddClientOptions, FidesEmulatorCore } from "./emulator.js";
export { createFidesEmulatorCore } from "./emulator.js";
export type { FaultMatch, FaultSpec, FidesFault, RandomFaultOptions, WeightedFault } from "./faults.js";
export type { FidesEmulatorOptions } from "./options.js";
export type { RateLimitOptions } from "./rate-limit.js";
export type { FidesEmulatorServer, FidesEmulatorServerOptions } from "./server.js";
export { startFidesEmulatorServer } from "./server.js";
export type { EmulatedClient, EmulatedRequest, EmulatedToken } from "./state.js";
