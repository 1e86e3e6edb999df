/**
 * `fides-sdk/testing`: a stateful emulator of the Fides server (OAuth, privacy requests, webhooks),
 * faithful to the real server, as MSW handlers (`createFidesEmulator`) and as a loopback HTTP
 * server (`startFidesEmulatorServer`).
 * Everything of `fides-sdk/testing/server`, plus the MSW adapter.
 */
export type { FidesEmulator } from "./adapters/msw.js";
export { createFidesEmulator } from "./adapters/msw.js";
export * from "./server-entry.js";
