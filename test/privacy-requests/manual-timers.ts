// Timers moved by hand, for waits without sleeps: each scheduled callback waits until the test
// fires it; `pending` counts what is still scheduled (0 once a wait has cleaned up).

import { Pipeline } from "../../src/internal/pipeline.js";
import { resolveOptions } from "../../src/internal/resolve-options.js";
import type { FidesClientOptions } from "../../src/options.js";
import type { PollTimers } from "../../src/privacy-requests/poller.js";
import { FidesPrivacyRequests } from "../../src/privacy-requests/privacy-requests.js";
import { ROOT_ID, ROOT_SECRET, settle } from "../client/fixtures.js";

/** Hand-moved timers; `random()` is 0.5, so a jittered delay is exactly its base. */
export class ManualTimers implements PollTimers {
  #now = 0;
  #next = 1;
  readonly #scheduled = new Map<number, { at: number; callback: () => void }>();
  /** Every delay asked for, in order. */
  readonly delays: number[] = [];

  setTimeout(callback: () => void, ms: number): unknown {
    const handle = this.#next++;
    this.delays.push(ms);
    this.#scheduled.set(handle, { at: this.#now + ms, callback });
    return handle;
  }

  clearTimeout(handle: unknown): void {
    this.#scheduled.delete(handle as number);
  }

  random(): number {
    return 0.5;
  }

  /** How many callbacks are scheduled. */
  get pending(): number {
    return this.#scheduled.size;
  }

  /** Fires every callback due at the earliest scheduled time, then lets the polls it started finish. */
  async fire(): Promise<void> {
    const at = Math.min(...[...this.#scheduled.values()].map((entry) => entry.at));
    if (!Number.isFinite(at)) throw new Error("nothing is scheduled");
    this.#now = at;
    for (const [handle, entry] of [...this.#scheduled]) {
      if (entry.at !== at) continue;
      this.#scheduled.delete(handle);
      entry.callback();
    }
    await settle();
  }

  /** Fires everything due up to `at` ms, in order. */
  async fireAt(at: number): Promise<void> {
    for (;;) {
      const due = [...this.#scheduled.values()].some((entry) => entry.at <= at);
      if (!due) break;
      await this.fire();
    }
    this.#now = at;
  }
}

/**
 * A privacy-requests namespace on its own pipeline, scheduling with the given timers.
 * @param baseUrl the server
 * @param timers the timers
 * @param overrides client options
 */
export function namespaceOn(
  baseUrl: string,
  timers: PollTimers,
  overrides: Partial<FidesClientOptions> = {},
): FidesPrivacyRequests {
  const { resolved, credentials } = resolveOptions({
    baseUrl,
    clientId: ROOT_ID,
    clientSecret: ROOT_SECRET,
    ...overrides,
  });
  return new FidesPrivacyRequests(new Pipeline(resolved, credentials), timers);
}
