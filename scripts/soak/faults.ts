import type { RandomFaultOptions } from "../../src/testing/index.js";
import type { SoakConfig } from "./config.js";

/**
 * The emulator's seeded fault mix for a soak: a `faultRate` fraction of requests fail with a 500
 * or 503, a dropped connection, a delay past the client's timeout, a burst of 429s with
 * `Retry-After`, or, for about a quarter of them, an answer lost after the server acted on the
 * request (`serve-then-drop`, `serve-then-delay`): those are the creates and rotations a client
 * cannot know the fate of, the ones that would turn into duplicates if the SDK resent them.
 * @param config the rate, the seed and the client's timeout
 */
export function soakFaults(config: SoakConfig): RandomFaultOptions {
  const pastTimeout = config.timeoutMs * 3;
  return {
    rate: config.faultRate,
    seed: config.seed,
    kinds: [
      { weight: 20, fault: 500 },
      { weight: 20, fault: 503 },
      { weight: 10, fault: "drop" },
      { weight: 15, fault: "serve-then-drop" },
      { weight: 8, fault: { kind: "delay", ms: pastTimeout } },
      { weight: 12, fault: { kind: "serve-then-delay", ms: pastTimeout } },
      { weight: 15, fault: { kind: "status", status: 429, retryAfterSeconds: 1 }, burst: 4 },
    ],
  };
}

/**
 * The mix as `kind: weight` pairs, for the report.
 * @param faults the soak's fault option
 */
export function describeMix(faults: RandomFaultOptions): Record<string, number> {
  const mix: Record<string, number> = {};
  for (const { weight, fault, burst } of faults.kinds ?? []) {
    const kind = typeof fault === "object" ? (fault.kind === "status" ? fault.status : fault.kind) : fault;
    mix[`${kind}${burst === undefined ? "" : ` ×${burst}`}`] = weight;
  }
  return mix;
}
