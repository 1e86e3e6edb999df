import { http, type RequestHandler } from "msw";
import { createFidesEmulatorCore, type FidesEmulatorCore } from "../emulator.js";
import type { FidesEmulatorOptions } from "../options.js";

/** The emulator with MSW request handlers for `setupServer(...emulator.handlers)`. */
export interface FidesEmulator extends FidesEmulatorCore {
  /** One handler taking every request under `baseUrl`, whatever the method. */
  readonly handlers: readonly RequestHandler[];
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/**
 * Creates a Fides OAuth emulator served through MSW.
 * @param options see {@link FidesEmulatorOptions}
 * @throws {EmulatorArgumentError} naming the first invalid option
 * @example
 * const fides = createFidesEmulator();
 * const server = setupServer(...fides.handlers);
 * server.listen({ onUnhandledRequest: "error" });
 * // fetch(`${fides.baseUrl}/api/v1/oauth/token`, { method: "POST", body: new URLSearchParams({...}) })
 */
export function createFidesEmulator(options: FidesEmulatorOptions = {}): FidesEmulator {
  const core = createFidesEmulatorCore(options);
  // MSW matches the URL without its query; a RegExp keeps every path (even odd ones) ours.
  const everything = new RegExp(`^${escapeRegExp(core.baseUrl)}(?:/.*)?$`);
  const handlers = [http.all(everything, ({ request }) => core.handle(request))];
  return Object.assign(core, { handlers });
}
