import type { Version } from "../internal/version.js";
import type { PrivacyRequest } from "./schemas.js";

/** The timers the poller schedules with: the global ones, or a test's own. */
export interface PollTimers {
  setTimeout(callback: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
  /** A number in [0, 1), for jitter. */
  random(): number;
}

/** The global timers and `Math.random`. */
export const SYSTEM_TIMERS: PollTimers = {
  // Not unref'd: a script whose only work left is a wait must wait, not exit.
  setTimeout: (callback, ms) => setTimeout(callback, ms),
  clearTimeout: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
  random: () => Math.random(),
};

/** How often to poll: the first delay, the most, and the growth while the status stays the same. */
export interface PollInterval {
  initialMs: number;
  maxMs: number;
  factor: number;
}

/** What one poll found: the request (`undefined` when the server has no such id) and the release. */
export interface PollResult {
  request: PrivacyRequest | undefined;
  version: Version | undefined;
}

/** One waiter on an id: told every result, or the error that ended the polling. */
export interface PollWaiter {
  interval: PollInterval;
  onResult(result: PollResult): void;
  onError(error: unknown): void;
}

/** Reads one request's current state, under the poll's signal. */
export type PollFetch = (id: string, signal: AbortSignal) => Promise<PollResult>;

interface Entry {
  readonly waiters: Set<PollWaiter>;
  timer: unknown;
  inFlight: AbortController | undefined;
  delayMs: number | undefined;
  lastStatus: string | undefined;
  last: PollResult | undefined;
}

/** The share of each delay that is random: ±10 %. */
const JITTER = 0.1;

/**
 * One poll per id per interval, however many waiters: waiters on the same id share its polls
 * (a new one is told the last result at once), each poll's delay grows by the smallest factor
 * among them while the status stays the same and returns to the smallest initial delay when it
 * changes. When the last waiter leaves, the timer is cleared and a poll in flight is aborted.
 */
export class StatusPoller {
  readonly #fetch: PollFetch;
  readonly #timers: PollTimers;
  readonly #entries = new Map<string, Entry>();

  /**
   * @param fetch reads one request's state
   * @param timers the timers to schedule with
   */
  constructor(fetch: PollFetch, timers: PollTimers) {
    this.#fetch = fetch;
    this.#timers = timers;
  }

  /** How many ids are being polled (for tests of the sharing). */
  get activeIds(): number {
    return this.#entries.size;
  }

  /**
   * Adds a waiter on an id; polls at once when it is the first.
   * @param id the privacy request id
   * @param waiter the waiter
   * @returns a function that removes the waiter (idempotent)
   */
  subscribe(id: string, waiter: PollWaiter): () => void {
    let entry = this.#entries.get(id);
    if (entry === undefined) {
      entry = {
        waiters: new Set(),
        timer: undefined,
        inFlight: undefined,
        delayMs: undefined,
        lastStatus: undefined,
        last: undefined,
      };
      this.#entries.set(id, entry);
      entry.waiters.add(waiter);
      this.#poll(id, entry);
    } else {
      entry.waiters.add(waiter);
      const last = entry.last;
      // Told after subscribe() has returned, so the waiter can already leave when it hears it.
      if (last !== undefined) queueMicrotask(() => entry?.waiters.has(waiter) && waiter.onResult(last));
    }
    const joined = entry;
    return () => this.#leave(id, joined, waiter);
  }

  #leave(id: string, entry: Entry, waiter: PollWaiter): void {
    if (!entry.waiters.delete(waiter) || entry.waiters.size > 0) return;
    if (entry.timer !== undefined) this.#timers.clearTimeout(entry.timer);
    entry.timer = undefined;
    entry.inFlight?.abort(new Error("no waiter is left"));
    entry.inFlight = undefined;
    if (this.#entries.get(id) === entry) this.#entries.delete(id);
  }

  #poll(id: string, entry: Entry): void {
    entry.timer = undefined;
    const controller = new AbortController();
    entry.inFlight = controller;
    this.#fetch(id, controller.signal).then(
      (result) => {
        if (entry.inFlight !== controller) return;
        entry.inFlight = undefined;
        const status = result.request?.status;
        const changed = status !== entry.lastStatus;
        entry.lastStatus = status;
        entry.last = result;
        // Copied: a waiter told of its status leaves during the loop.
        for (const waiter of [...entry.waiters]) waiter.onResult(result);
        if (entry.waiters.size > 0) this.#schedule(id, entry, changed);
      },
      (error: unknown) => {
        if (entry.inFlight !== controller) return;
        entry.inFlight = undefined;
        if (this.#entries.get(id) === entry) this.#entries.delete(id);
        const waiters = [...entry.waiters];
        entry.waiters.clear();
        for (const waiter of waiters) waiter.onError(error);
      },
    );
  }

  #schedule(id: string, entry: Entry, changed: boolean): void {
    const intervals = [...entry.waiters].map((waiter) => waiter.interval);
    const initialMs = Math.min(...intervals.map((interval) => interval.initialMs));
    const maxMs = Math.min(...intervals.map((interval) => interval.maxMs));
    const factor = Math.min(...intervals.map((interval) => interval.factor));
    const base = entry.delayMs === undefined || changed ? initialMs : Math.min(entry.delayMs * factor, maxMs);
    entry.delayMs = Math.max(initialMs, Math.min(base, maxMs));
    const jittered = entry.delayMs * (1 - JITTER + 2 * JITTER * this.#timers.random());
    entry.timer = this.#timers.setTimeout(() => this.#poll(id, entry), Math.round(jittered));
  }
}
