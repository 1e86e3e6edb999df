import type { FaultSpec } from "../../src/testing/index.js";
import type { EmulatorChild } from "../bench/emulator-child.js";
import type { SoakConfig } from "./config.js";
import { pickWeighted } from "./random.js";

/** How often each kind of failure is chosen, among the failed requests. */
const KINDS = { status500: 25, status503: 25, drop: 20, delay: 15, burst429: 15 } as const;

/** What the fault mixer queued, by kind. */
export type FaultCounts = Record<keyof typeof KINDS, number>;

/**
 * Wraps `fetch` so that, before a seeded fraction of the client's requests, one fault is queued
 * on the emulator (which serves it to the next request it receives): a 500 or 503, a dropped
 * connection, a delay past the client's timeout, or a burst of 429s with `Retry-After`.
 * The emulator's `faults` option takes a single kind, hence this mixer.
 * @param server the emulator process
 * @param config the rate and the client's timeout
 * @param random the run's seeded generator
 */
export function faultyFetch(
  server: EmulatorChild,
  config: SoakConfig,
  random: () => number,
): { fetch: (request: Request, init: RequestInit) => Promise<Response>; counts: FaultCounts } {
  const counts: FaultCounts = { status500: 0, status503: 0, drop: 0, delay: 0, burst429: 0 };
  const fetchWithFaults = async (request: Request, init: RequestInit): Promise<Response> => {
    if (random() < config.faultRate) {
      const kind = pickWeighted(KINDS, random());
      counts[kind]++;
      const burst = 2 + Math.floor(random() * 5);
      const faults: Record<keyof typeof KINDS, [number, FaultSpec]> = {
        status500: [1, 500],
        status503: [1, 503],
        drop: [1, "drop"],
        delay: [1, { kind: "delay", ms: config.timeoutMs * 3 }],
        burst429: [burst, { kind: "status", status: 429, retryAfterSeconds: 1 }],
      };
      const [count, fault] = faults[kind];
      await server.failNext(count, fault);
    }
    return fetch(request, init);
  };
  return { fetch: fetchWithFaults, counts };
}
