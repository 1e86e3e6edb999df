import { EmulatorArgumentError } from "../core/argument-error.js";
import { jsonResponse } from "../wire/responses.js";

/** The token endpoint's rate limit, slowapi-style (`"10/minute"` by default). */
export interface RateLimitOptions {
  /** requests allowed per window @default 10 */
  readonly limit?: number;
  /** the window @default "minute" */
  readonly per?: "second" | "minute" | "hour" | "day";
}

const WINDOW_MS = { second: 1_000, minute: 60_000, hour: 3_600_000, day: 86_400_000 } as const;

/** The rate limit after checking and defaulting. */
export interface ResolvedRateLimit {
  readonly limit: number;
  readonly per: keyof typeof WINDOW_MS;
}

/**
 * Checks and defaults the `rateLimit` option.
 * @param options the option (`true` means the server's default, 10 per minute)
 * @throws {EmulatorArgumentError} when `limit` or `per` is invalid
 */
export function resolveRateLimit(options: true | RateLimitOptions): ResolvedRateLimit {
  const resolved = options === true ? {} : options;
  const limit = resolved.limit ?? 10;
  const per = resolved.per ?? "minute";
  if (!(Number.isInteger(limit) && limit > 0)) {
    throw new EmulatorArgumentError(
      "ERR_INVALID_ARG_VALUE",
      `"options.rateLimit.limit" must be a positive integer`,
    );
  }
  if (!(per in WINDOW_MS)) {
    throw new EmulatorArgumentError(
      "ERR_INVALID_ARG_VALUE",
      `"options.rateLimit.per" must be "second", "minute", "hour" or "day"`,
    );
  }
  return { limit, per };
}

/**
 * An HTTP date as slowapi formats `Retry-After` (`email.utils.formatdate(usegmt=False)`):
 * `"Sun, 29 Nov 2026 14:49:49 -0000"`.
 * @param epochMs the moment
 */
export function slowapiDate(epochMs: number): string {
  return new Date(epochMs).toUTCString().replace(/GMT$/, "-0000");
}

/**
 * slowapi's default fixed-window limiter on one bucket: the window opens at the first hit and
 * every attempt counts, failed ones included.
 */
export class FixedWindowLimiter {
  readonly #limit: number;
  readonly #per: keyof typeof WINDOW_MS;
  #windowEnd = Number.NEGATIVE_INFINITY;
  #count = 0;

  /** @param options the resolved `rateLimit` option */
  constructor(options: ResolvedRateLimit) {
    this.#limit = options.limit;
    this.#per = options.per;
  }

  /**
   * Counts one attempt.
   * @param nowMs the emulator's clock
   * @returns the 429 to send when over the limit, else the headers to add to the answer
   */
  hit(nowMs: number): { limited: Response } | { headers: Record<string, string> } {
    if (nowMs >= this.#windowEnd) {
      this.#windowEnd = nowMs + WINDOW_MS[this.#per];
      this.#count = 0;
    }
    this.#count += 1;
    const headers = {
      "x-ratelimit-limit": String(this.#limit),
      "x-ratelimit-remaining": String(Math.max(0, this.#limit - this.#count)),
      // As slowapi writes them (seen on real 2.78.2 and 2.86.2): the reset as fractional epoch
      // seconds, Retry-After as an HTTP date whose zone reads "-0000", not "GMT".
      "x-ratelimit-reset": String(this.#windowEnd / 1000),
      "retry-after": slowapiDate(this.#windowEnd),
    };
    if (this.#count > this.#limit) {
      return {
        limited: jsonResponse(
          429,
          { error: `Rate limit exceeded: ${this.#limit} per 1 ${this.#per}` },
          headers,
        ),
      };
    }
    return { headers };
  }

  /** Forgets all counts. */
  reset(): void {
    this.#windowEnd = Number.NEGATIVE_INFINITY;
    this.#count = 0;
  }
}
