/**
 * The timeout of one attempt, combined with the caller's signal. Its timer is `unref`'d, so it
 * never keeps a process alive, and cleared as soon as the attempt ends.
 */
export class AttemptTimeout {
  /** Aborts when the attempt times out or the caller aborts. */
  readonly signal: AbortSignal;
  readonly #controller = new AbortController();
  readonly #timer: ReturnType<typeof setTimeout>;
  #timedOut = false;

  /**
   * @param timeoutMs the attempt's timeout
   * @param callerSignal the caller's signal, if any
   */
  constructor(timeoutMs: number, callerSignal: AbortSignal | undefined) {
    const controller = this.#controller;
    this.#timer = setTimeout(() => {
      this.#timedOut = true;
      controller.abort(new DOMException("The attempt timed out", "TimeoutError"));
    }, timeoutMs);
    // Node returns a Timeout object; browsers a number without unref.
    (this.#timer as { unref?: () => void }).unref?.();
    this.signal =
      callerSignal === undefined ? controller.signal : AbortSignal.any([callerSignal, controller.signal]);
  }

  /** Whether the timer, not the caller, ended the attempt. */
  get timedOut(): boolean {
    return this.#timedOut;
  }

  /** Stops the timer. */
  clear(): void {
    clearTimeout(this.#timer);
  }
}

/**
 * Resolves like `promise`, or rejects with the signal's reason as soon as it aborts. The
 * promise itself goes on (it may be shared with other callers).
 * @param promise the shared work
 * @param signal the caller's signal
 */
export function raceAbort<T>(promise: Promise<T>, signal: AbortSignal | undefined): Promise<T> {
  if (signal === undefined) return promise;
  if (signal.aborted) return Promise.reject(signal.reason);
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
 * Waits `ms` milliseconds before a retry, or rejects with the signal's reason if it aborts.
 * This one timer is deliberately not `unref`'d: a caller is awaiting the retry, and an idle
 * process must not exit in the middle of it. It lasts at most the capped backoff.
 * @param ms how long to wait
 * @param signal the caller's signal
 */
export function delay(ms: number, signal: AbortSignal | undefined): Promise<void> {
  if (signal?.aborted) return Promise.reject(signal.reason);
  return new Promise<void>((resolve, reject) => {
    const onAbort = (): void => {
      clearTimeout(timer);
      reject(signal?.reason);
    };
    const timer = setTimeout(() => {
      signal?.removeEventListener("abort", onAbort);
      resolve();
    }, ms);
    signal?.addEventListener("abort", onAbort, { once: true });
  });
}
