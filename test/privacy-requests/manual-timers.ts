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

  /**
   * Lets polls in flight finish: waits until `count` callbacks are scheduled (each poll schedules
   * the next while waits remain), for at most five seconds of real time, checked on every turn of
   * the event loop (a poll may wait on the token's crypto, off the event loop).
   * @param count how many scheduled callbacks to wait for
   */
  async scheduled(count = 1): Promise<void> {
    const deadline = Date.now() + 5_000;
    while (this.#scheduled.size < count && Date.now() < deadline) {
      await new Promise<void>((resolve) => setImmediate(resolve));
    }
    await settle();
  }

  /**
   * Fires every callback due at the earliest scheduled time.
   * @param last when the polls fired end every wait: then nothing is scheduled after them, and the
   * test awaits its waits instead
   */
  async fire(last = false): Promise<void> {
    const at = Math.min(...[...this.#scheduled.values()].map((entry) => entry.at));
    if (!Number.isFinite(at)) throw new Error("nothing is scheduled");
    this.#now = at;
    let fired = 0;
    for (const [handle, entry] of [...this.#scheduled]) {
      if (entry.at !== at) continue;
      this.#scheduled.delete(handle);
      entry.callback();
      fired++;
    }
    if (!last) await this.scheduled(this.#scheduled.size + fired);
  }

  /** Fires everything due up to `at` ms, in order (the wait's own timeout among them). */
  async fireAt(at: number): Promise<void> {
    while ([...this.#scheduled.values()].some((entry) => entry.at < at)) await this.fire();
    if ([...this.#scheduled.values()].some((entry) => entry.at === at)) await this.fire(true);
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
