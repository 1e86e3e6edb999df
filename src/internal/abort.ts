const noop = (): void => {};

/**
 * The deadline of one call: its timer aborts {@link CallDeadline.signal} when the call's time is
 * up, and the caller's signal aborts it too. The timer is `unref`'d, so it never keeps a process
 * alive, and cleared as soon as the call settles.
 */
export class CallDeadline {
  /** Aborts when the call's time is up or the caller aborts. */
  readonly signal: AbortSignal;
  /** The call's whole budget. */
  readonly timeoutMs: number;
  readonly #controller = new AbortController();
  readonly #timer: ReturnType<typeof setTimeout>;
  readonly #endsAt: number;
  #timedOut = false;
  #kept = false;
  readonly #callerSignal: AbortSignal | undefined;

  /**
   * @param timeoutMs how long the call may take
   * @param callerSignal the caller's signal, if any
   */
  constructor(timeoutMs: number, callerSignal: AbortSignal | undefined) {
    this.timeoutMs = timeoutMs;
    this.#callerSignal = callerSignal;
    this.#endsAt = performance.now() + timeoutMs;
    const controller = this.#controller;
    this.#timer = setTimeout(() => {
      this.#timedOut = true;
      controller.abort(new DOMException("The call timed out", "TimeoutError"));
    }, timeoutMs);
    // Node returns a Timeout object; browsers a number without unref.
    (this.#timer as { unref?: () => void }).unref?.();
    this.signal =
      callerSignal === undefined ? controller.signal : AbortSignal.any([callerSignal, controller.signal]);
  }

  /** Whether the deadline, not the caller, ended the call. */
  get timedOut(): boolean {
    return this.#timedOut;
  }

  /** The milliseconds left before the deadline (0 once it passed). */
  remainingMs(): number {
    return Math.max(0, this.#endsAt - performance.now());
  }

  /** Whether the caller's own signal aborted. */
  get callerAborted(): boolean {
    return this.#callerSignal?.aborted ?? false;
  }

  /** Whether {@link CallDeadline.keep} handed the deadline to a body still being read. */
  get kept(): boolean {
    return this.#kept;
  }

  /** Keeps the deadline armed after the call returns: whoever reads the body clears it. */
  keep(): void {
    this.#kept = true;
  }

  /** Stops the timer. */
  clear(): void {
    clearTimeout(this.#timer);
  }
}

/**
 * Resolves like `promise`, or rejects with the signal's reason as soon as it aborts. The promise
 * itself goes on (it may be shared with other callers), and its rejection is always handled
 * here, even when the signal aborted first, so a shared failure can never go unhandled.
 * @param promise the shared work
 * @param signal the caller's signal
 */
export function raceAbort<T>(promise: Promise<T>, signal: AbortSignal | undefined): Promise<T> {
  if (signal === undefined) return promise;
  if (signal.aborted) {
    promise.catch(noop);
    return Promise.reject(signal.reason);
  }
  return new Promise<T>((resolve, reject) => {
    const onAbort = (): void => reject(signal.reason);
    signal.addEventListener("abort", onAbort, { once: true });
    promise.then(
      (value) => {
        signal.removeEventListener("abort", onAbort);
        resolve(value);
      },
      (error: unknown) => {
        signal.removeEventListener("abort", onAbort);
        reject(error);
      },
    );
  });
}

/**
 * Marks a promise's rejection as handled and returns it unchanged: for work started early (the
 * token during the version lookup) that the call may end up never awaiting.
 * @param promise work whose failure someone may never read
 */
export function handled<T>(promise: Promise<T>): Promise<T> {
  promise.catch(noop);
  return promise;
}

/**
 * Waits `ms` milliseconds before a retry, or rejects with the signal's reason if it aborts.
 * This timer is not `unref`'d (a caller is awaiting the retry, and an idle process must not exit
 * in the middle of it), but it never outlives its call: the call's deadline aborts the signal.
 * @param ms how long to wait
 * @param signal the call's signal
 */
export function delay(ms: number, signal: AbortSignal): Promise<void> {
  if (signal.aborted) return Promise.reject(signal.reason);
  return new Promise<void>((resolve, reject) => {
    const onAbort = (): void => {
      clearTimeout(timer);
      reject(signal.reason);
    };
    const timer = setTimeout(() => {
      signal.removeEventListener("abort", onAbort);
      resolve();
    }, ms);
    signal.addEventListener("abort", onAbort, { once: true });
  });
}
