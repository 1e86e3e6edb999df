import { EmulatorArgumentError } from "./argument-error.js";
import { jsonResponse } from "./responses.js";

/**
 * A failure to inject, for resilience tests:
 * - `status`: answer with this status instead of serving the request. The body defaults to
 *   `{"detail": "<reason phrase>"}`, or for 429 to the server's rate-limit body with a
 *   `Retry-After` HTTP-date `retryAfterSeconds` (default 1) ahead of the emulator's clock.
 * - `drop`: no answer at all. The HTTP adapter destroys the socket; the MSW adapter and
 *   `handle()` give `Response.error()`, which makes `fetch` reject.
 * - `delay`: wait `ms` milliseconds and/or until `until` settles, then serve the request normally.
 *   An aborted request stops waiting.
 */
export type FidesFault =
  | {
      readonly kind: "status";
      readonly status: number;
      readonly body?: unknown;
      readonly headers?: Readonly<Record<string, string>>;
      readonly retryAfterSeconds?: number;
    }
  | { readonly kind: "drop" }
  | { readonly kind: "delay"; readonly ms?: number; readonly until?: PromiseLike<unknown> };

/** A fault, or the shorthands: a status number, or `"drop"`. */
export type FaultSpec = FidesFault | number | "drop";

/** Which requests a fault applies to; every request when omitted. */
export interface FaultMatch {
  /** e.g. `"POST"` (case-insensitive) */
  readonly method?: string;
  /** an exact path such as `"/api/v1/oauth/token"`, or a pattern tested against the path */
  readonly path?: string | RegExp;
}

/** Fail a seeded, reproducible fraction of requests. */
export interface RandomFaultOptions {
  /** the fraction of matching requests to fail, 0..1 */
  readonly rate: number;
  /** @default 1 */
  readonly seed?: number;
  readonly fault: FaultSpec;
  readonly match?: FaultMatch;
}

const REASONS: Readonly<Record<number, string>> = {
  400: "Bad Request",
  401: "Unauthorized",
  403: "Forbidden",
  404: "Not Found",
  408: "Request Timeout",
  409: "Conflict",
  429: "Too Many Requests",
  500: "Internal Server Error",
  502: "Bad Gateway",
  503: "Service Unavailable",
  504: "Gateway Timeout",
};

/**
 * Turns a fault shorthand into a fault, checking it.
 * @param spec the fault or its shorthand
 * @param name the argument's name, for the error message
 * @throws {EmulatorArgumentError} when the fault is malformed
 */
export function normalizeFault(spec: FaultSpec, name: string): FidesFault {
  const fault: FidesFault =
    typeof spec === "number" ? { kind: "status", status: spec } : spec === "drop" ? { kind: "drop" } : spec;
  if (typeof fault !== "object" || fault === null) {
    throw new EmulatorArgumentError(
      "ERR_INVALID_ARG_TYPE",
      `"${name}" must be a status, "drop" or a fault object`,
    );
  }
  if (
    fault.kind === "status" &&
    !(Number.isInteger(fault.status) && fault.status >= 200 && fault.status <= 599)
  ) {
    throw new EmulatorArgumentError(
      "ERR_INVALID_ARG_VALUE",
      `"${name}.status" must be an integer from 200 to 599`,
    );
  }
  if (fault.kind === "delay" && fault.ms !== undefined && !(Number.isFinite(fault.ms) && fault.ms >= 0)) {
    throw new EmulatorArgumentError("ERR_INVALID_ARG_VALUE", `"${name}.ms" must be a non-negative number`);
  }
  if (fault.kind !== "status" && fault.kind !== "drop" && fault.kind !== "delay") {
    throw new EmulatorArgumentError(
      "ERR_INVALID_ARG_VALUE",
      `"${name}.kind" must be "status", "drop" or "delay"`,
    );
  }
  return fault;
}

function matches(match: FaultMatch | undefined, method: string, path: string): boolean {
  if (!match) return true;
  if (match.method !== undefined && match.method.toUpperCase() !== method) return false;
  if (typeof match.path === "string" && match.path !== path) return false;
  if (match.path instanceof RegExp) {
    match.path.lastIndex = 0;
    if (!match.path.test(path)) return false;
  }
  return true;
}

/** mulberry32: a tiny seeded generator, so a "random" fault pattern replays exactly. */
function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** The faults queued with `failNext` plus the optional random ones; picks the fault for a request. */
export class FaultPlan {
  readonly #queue: { remaining: number; fault: FidesFault; match: FaultMatch | undefined }[] = [];
  readonly #random: RandomFaultOptions | undefined;
  readonly #randomFault: FidesFault | undefined;
  #rng: () => number;

  /**
   * @param random the `faults` option, if any
   * @throws {EmulatorArgumentError} when it is malformed
   */
  constructor(random: RandomFaultOptions | undefined) {
    if (random !== undefined) {
      if (!(typeof random.rate === "number" && random.rate >= 0 && random.rate <= 1)) {
        throw new EmulatorArgumentError(
          "ERR_INVALID_ARG_VALUE",
          `"options.faults.rate" must be a number from 0 to 1`,
        );
      }
      this.#randomFault = normalizeFault(random.fault, "options.faults.fault");
    }
    this.#random = random;
    this.#rng = seededRandom(random?.seed ?? 1);
  }

  /**
   * Queues a fault for the next `count` matching requests.
   * @throws {EmulatorArgumentError} when `count` is not a positive integer or the fault is malformed
   */
  failNext(count: number, spec: FaultSpec, match?: FaultMatch): void {
    if (!(Number.isInteger(count) && count > 0)) {
      throw new EmulatorArgumentError("ERR_INVALID_ARG_VALUE", `"count" must be a positive integer`);
    }
    this.#queue.push({ remaining: count, fault: normalizeFault(spec, "fault"), match });
  }

  /** The fault for this request, if any, consuming one queued use. */
  pick(method: string, path: string): FidesFault | undefined {
    const queued = this.#queue.find((entry) => matches(entry.match, method, path));
    if (queued) {
      queued.remaining -= 1;
      if (queued.remaining === 0) this.#queue.splice(this.#queue.indexOf(queued), 1);
      return queued.fault;
    }
    if (this.#random && this.#randomFault && matches(this.#random.match, method, path)) {
      if (this.#rng() < this.#random.rate) return this.#randomFault;
    }
    return undefined;
  }

  /** Forgets queued faults and restarts the random sequence from its seed. */
  reset(): void {
    this.#queue.length = 0;
    this.#rng = seededRandom(this.#random?.seed ?? 1);
  }
}

/**
 * The response of a `status` fault.
 * @param fault the fault
 * @param nowMs the emulator's clock, for `Retry-After`
 */
export function faultResponse(fault: Extract<FidesFault, { kind: "status" }>, nowMs: number): Response {
  const headers: Record<string, string> = {};
  let body = fault.body;
  if (fault.status === 429) {
    headers["retry-after"] = new Date(nowMs + (fault.retryAfterSeconds ?? 1) * 1000).toUTCString();
    body ??= { error: "Rate limit exceeded: 10 per 1 minute" };
  }
  body ??= { detail: REASONS[fault.status] ?? "Emulated fault" };
  return jsonResponse(fault.status, body, { ...headers, ...fault.headers });
}

/**
 * Waits as a `delay` fault says, or until the request is aborted.
 * @returns `false` when the request was aborted while waiting
 */
export async function waitOut(
  fault: Extract<FidesFault, { kind: "delay" }>,
  signal: AbortSignal | undefined,
): Promise<boolean> {
  if (signal?.aborted) return false;
  let onAbort: (() => void) | undefined;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const aborted = new Promise<false>((resolve) => {
    onAbort = () => resolve(false);
    signal?.addEventListener("abort", onAbort, { once: true });
  });
  const waits: Promise<unknown>[] = [];
  if (fault.ms !== undefined) waits.push(new Promise((resolve) => (timer = setTimeout(resolve, fault.ms))));
  if (fault.until !== undefined) waits.push(Promise.resolve(fault.until).catch(() => undefined));
  try {
    return await Promise.race([Promise.all(waits).then(() => true), aborted]);
  } finally {
    clearTimeout(timer);
    if (onAbort) signal?.removeEventListener("abort", onAbort);
  }
}
