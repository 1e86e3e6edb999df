import { EmulatorArgumentError } from "../core/argument-error.js";
import { jsonResponse } from "../wire/responses.js";
import { slowapiDate } from "./rate-limit.js";

/**
 * A failure to inject, for resilience tests. Three happen before the request is served, so the
 * server's state does not change:
 * - `status`: answer with this status instead of serving the request. The body defaults to
 *   `{"detail": "<reason phrase>"}`, or for 429 to the server's rate-limit body with a
 *   `Retry-After` HTTP-date `retryAfterSeconds` (default 1) ahead of the emulator's clock.
 * - `drop`: no answer at all. The HTTP adapter destroys the socket; the MSW adapter and
 *   `handle()` give `Response.error()`, which makes `fetch` reject.
 * - `delay`: wait `ms` milliseconds and/or until `until` settles, then serve the request normally.
 *   An aborted request stops waiting and is never served.
 *
 * Two serve the request first (a client is created, a secret rotated) and then lose the answer,
 * the case where a client cannot know whether its request took effect:
 * - `serve-then-drop`: serve, then answer as `drop` does.
 * - `serve-then-delay`: serve, then hold the answer for `ms` and/or until `until` settles; a
 *   client that gives up first (its timeout aborts the request) gets nothing.
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
  | { readonly kind: "delay"; readonly ms?: number; readonly until?: PromiseLike<unknown> }
  | { readonly kind: "serve-then-drop" }
  | { readonly kind: "serve-then-delay"; readonly ms?: number; readonly until?: PromiseLike<unknown> };

/** A fault, or the shorthands: a status number, `"drop"` or `"serve-then-drop"`. */
export type FaultSpec = FidesFault | number | "drop" | "serve-then-drop";

/** Which requests a fault applies to; every request when omitted. */
export interface FaultMatch {
  /** e.g. `"POST"` (case-insensitive) */
  readonly method?: string;
  /** an exact path such as `"/api/v1/oauth/token"`, or a pattern tested against the path */
  readonly path?: string | RegExp;
}

/** One kind of fault in a random mix, chosen with a probability proportional to its weight. */
export interface WeightedFault {
  /** a positive number; only its ratio to the other weights matters */
  readonly weight: number;
  readonly fault: FaultSpec;
  /**
   * How many matching requests one choice fails, this one included: `5` makes a burst, as
   * `failNext(5, fault)` would.
   * @default 1
   */
  readonly burst?: number;
}

interface RandomFaultBase {
  /** the fraction of matching requests to fail, 0..1 */
  readonly rate: number;
  /** @default 1 */
  readonly seed?: number;
  readonly match?: FaultMatch;
}

/**
 * Fail a seeded, reproducible fraction of requests, with one fault (`fault`) or a weighted mix
 * (`kinds`); the same seed and the same order of requests give the same faults.
 * @example
 * { rate: 0.2, seed: 7, kinds: [
 *     { weight: 2, fault: 500 },
 *     { weight: 1, fault: "serve-then-drop" },
 *     { weight: 1, fault: { kind: "delay", ms: 3000 } },
 *     { weight: 1, fault: { kind: "status", status: 429 }, burst: 5 },
 * ] }
 */
export type RandomFaultOptions = RandomFaultBase &
  (
    | { readonly fault: FaultSpec; readonly kinds?: undefined }
    | { readonly kinds: readonly WeightedFault[]; readonly fault?: undefined }
  );

const KINDS: ReadonlySet<string> = new Set([
  "status",
  "drop",
  "delay",
  "serve-then-drop",
  "serve-then-delay",
]);

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
    typeof spec === "number"
      ? { kind: "status", status: spec }
      : spec === "drop" || spec === "serve-then-drop"
        ? { kind: spec }
        : spec;
  if (typeof fault !== "object" || fault === null) {
    throw new EmulatorArgumentError(
      "ERR_INVALID_ARG_TYPE",
      `"${name}" must be a status, "drop", "serve-then-drop" or a fault object`,
    );
  }
  if (!KINDS.has(fault.kind)) {
    throw new EmulatorArgumentError(
      "ERR_INVALID_ARG_VALUE",
      `"${name}.kind" must be "status", "drop", "delay", "serve-then-drop" or "serve-then-delay"`,
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
  if (
    (fault.kind === "delay" || fault.kind === "serve-then-delay") &&
    fault.ms !== undefined &&
    !(Number.isFinite(fault.ms) && fault.ms >= 0)
  ) {
    throw new EmulatorArgumentError("ERR_INVALID_ARG_VALUE", `"${name}.ms" must be a non-negative number`);
  }
  return fault;
}

/**
 * The response of a `status` fault.
 * @param fault the fault
 * @param nowMs the emulator's clock, for `Retry-After`
 */
function faultResponse(fault: Extract<FidesFault, { kind: "status" }>, nowMs: number): Response {
  const headers: Record<string, string> = {};
  let body = fault.body;
  if (fault.status === 429) {
    headers["retry-after"] = slowapiDate(nowMs + (fault.retryAfterSeconds ?? 1) * 1000);
    body ??= { error: "Rate limit exceeded: 10 per 1 minute" };
  }
  body ??= { detail: REASONS[fault.status] ?? "Emulated fault" };
  return jsonResponse(fault.status, body, { ...headers, ...fault.headers });
}

/**
 * Waits as a `delay` or `serve-then-delay` fault says, or until the request is aborted.
 * @returns `false` when the request was aborted while waiting
 */
async function waitOut(
  fault: { readonly ms?: number; readonly until?: PromiseLike<unknown> },
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

/**
 * What a fault answers in place of serving the request.
 * @param fault the request's fault, if any
 * @param nowMs the emulator's clock
 * @param signal the request's signal: an aborted delay is never served
 * @returns the answer, or `undefined` to go on and serve the request
 */
export async function answerInstead(
  fault: FidesFault | undefined,
  nowMs: number,
  signal: AbortSignal | undefined,
): Promise<Response | undefined> {
  switch (fault?.kind) {
    case "status":
      return faultResponse(fault, nowMs);
    case "drop":
      return Response.error();
    case "delay":
      return (await waitOut(fault, signal)) ? undefined : Response.error();
    default:
      return undefined;
  }
}

/**
 * What reaches the client once its request was served: the answer, later, or nothing at all.
 * @param fault the request's fault, if any
 * @param served the answer the server produced
 * @param signal the request's signal: a client that gave up gets nothing
 */
export async function deliverServed(
  fault: FidesFault | undefined,
  served: Response,
  signal: AbortSignal | undefined,
): Promise<Response> {
  if (fault?.kind === "serve-then-drop") return Response.error();
  if (fault?.kind === "serve-then-delay" && !(await waitOut(fault, signal))) return Response.error();
  return served;
}
