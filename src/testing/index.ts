/**
 * `fides-sdk/testing`: a stateful emulator of the Fides OAuth API, faithful to the real server,
 * as MSW handlers (`createFidesEmulator`) and as a loopback HTTP server (`startFidesEmulatorServer`).
 */
export { EmulatorArgumentError } from "./argument-error.js";
export type { AddClientOptions, FidesEmulatorCore } from "./emulator.js";
export { createFidesEmulatorCore } from "./emulator.js";
export type { FaultMatch, FaultSpec, FidesFault, RandomFaultOptions, WeightedFault } from "./faults.js";
export type { FidesEmulator } from "./msw.js";
export { createFidesEmulator } from "./msw.js";
export type { FidesEmulatorOptions } from "./options.js";
export type { RateLimitOptions } from "./rate-limit.js";
export type { FidesEmulatorServer, FidesEmulatorServerOptions } from "./server.js";
export { startFidesEmulatorServer } from "./server.js";
export type { EmulatedClient, EmulatedRequest, EmulatedToken } from "./state.js";
