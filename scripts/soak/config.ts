/** The size and tuning of one soak run. */
export interface SoakConfig {
  operations: number;
  workers: number;
  seed: number;
  /** The client's `maxRetries`. */
  maxRetries: number;
  /** The client's `timeoutMs` (a whole call, retries included). */
  timeoutMs: number;
  /** The fraction of requests the emulator fails. */
  faultRate: number;
}

/** The soak: 50 workers, 5,000 operations, about 20% of requests failed. */
export const DEFAULT_SOAK: SoakConfig = {
  operations: 5000,
  workers: 50,
  seed: 1,
  maxRetries: 4,
  timeoutMs: 400,
  faultRate: 0.2,
};

/** The longest `Retry-After` the emulator's 429 faults send: an HTTP-date one second ahead, rounded down. */
const RETRY_AFTER_MAX_MS = 2000;
const BACKOFF_BASE_MS = 500;
const BACKOFF_CAP_MS = 8000;

/**
 * How long one operation may take before it counts as hung: a token acquisition and the
 * operation itself, each with every attempt timing out and every wait at its longest, plus
 * the one resend after a refused token, plus five seconds for a loaded machine.
 * @param config the run's settings
 */
export function operationDeadlineMs(config: SoakConfig): number {
  let waits = 0;
  for (let attempt = 0; attempt < config.maxRetries; attempt++) {
    waits += Math.max(Math.min(BACKOFF_BASE_MS * 2 ** attempt, BACKOFF_CAP_MS), RETRY_AFTER_MAX_MS);
  }
  const oneCall = (config.maxRetries + 2) * config.timeoutMs + waits;
  return 2 * oneCall + 5000;
}
