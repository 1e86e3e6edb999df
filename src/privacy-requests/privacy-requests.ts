import type * as z from "zod/mini";
import {
  FidesNotFoundError,
  FidesPartialFailureError,
  FidesResponseValidationError,
  FidesTimeoutError,
  isFidesValidationError,
} from "../errors.js";
import { assertFlag, assertInteger, assertObject } from "../internal/assert.js";
import type { Pipeline } from "../internal/pipeline.js";
import { BODY_LIMITS } from "../internal/read-body.js";
import { fillPath, jsonBody, queryOf, type RequestData } from "../internal/request-data.js";
import { firstProblem } from "../internal/schemas.js";
import type { Version } from "../internal/version.js";
import type { RequestOptions } from "../options.js";
import {
  assertInterval,
  assertReason,
  assertRequestId,
  assertRequestIds,
  assertStatuses,
  assertSubmissions,
  BULK_LIMIT,
} from "./arguments.js";
import type { ReviewBody } from "./bodies.js";
import {
  type PrivacyRequestInput,
  pairReview,
  pairSubmission,
  type ReviewResult,
  type SubmitFailure,
  type SubmitResult,
} from "./bulk.js";
import { checkFiltersFor, checkStatusFor, type PrivacyRequestFilters, searchBody } from "./filters.js";
import {
  type PollInterval,
  type PollResult,
  type PollTimers,
  StatusPoller,
  SYSTEM_TIMERS,
} from "./poller.js";
import {
  type AccessResults,
  accessResultsSchema,
  type BulkAnswer,
  bulkSchema,
  type ExecutionLog,
  executionLogPageSchema,
  type PrivacyRequest,
  privacyRequestPageSchema,
} from "./schemas.js";
import {
  isTerminalStatus,
  type PrivacyRequestStatus,
  TERMINAL_STATUSES,
  type TerminalStatus,
} from "./statuses.js";

const SUBMIT = "/api/v1/privacy-request/authenticated";
const SEARCH = "/api/v1/privacy-request/search";
const APPROVE = "/api/v1/privacy-request/administrate/approve";
const DENY = "/api/v1/privacy-request/administrate/deny";
const CANCEL = "/api/v1/privacy-request/administrate/cancel";
const RETRY = "/api/v1/privacy-request/bulk/retry";
const LOG = "/api/v1/privacy-request/{privacy_request_id}/log";
const ACCESS_RESULTS = "/api/v1/privacy-request/{privacy_request_id}/access-results";

/** Options of `submit()` and the reviews. */
export interface BulkOptions extends RequestOptions {
  /** Throw a `FidesPartialFailureError` (carrying both lists) when any item failed. @default false */
  throwOnPartialFailure?: boolean;
}

/** Options of `deny()` and `cancel()`. */
export interface ReasonOptions extends BulkOptions {
  /** Why, shown to operators in the admin UI. */
  reason?: string;
}

/** Options of `list()` and `logs()`. */
export interface PageOptions extends RequestOptions {
  /** Items per page, 1 to 100. @default 50 */
  pageSize?: number;
}

/** How often `waitFor()` and `watch()` poll: fixed milliseconds, or a backoff. */
export type IntervalOption = number | Partial<PollInterval>;

/** Options of `watch()`. */
export interface WatchOptions {
  /** Ends the watch (its iterator throws the signal's reason); its poll stops if no one else waits. */
  signal?: AbortSignal;
  /** How often to poll. @default { initialMs: 1000, maxMs: 30000, factor: 1.5 }, each delay ±10 % */
  interval?: IntervalOption;
}

/** Options of `waitFor()`. */
export interface WaitOptions<S extends PrivacyRequestStatus> extends WatchOptions {
  /** The statuses to wait for: `"terminal"` (complete, denied, canceled, error), one, or several. @default "terminal" */
  until?: "terminal" | S | readonly S[];
  /** How long to wait in all, in milliseconds; then a `FidesTimeoutError`. @default no limit */
  timeoutMs?: number;
}

/** One status change seen by `watch()`. */
export interface StatusChange {
  /** The new status. */
  status: PrivacyRequestStatus;
  /** The status seen before, or `undefined` for the first. */
  previous: PrivacyRequestStatus | undefined;
  /** The request as it was read. */
  request: PrivacyRequest;
}

interface CallSpec {
  name: string;
  method: "GET" | "POST" | "PATCH";
  path: string;
  idempotent: boolean;
  bodyLimit: number;
  /** Runs with the server's version before sending; throws to refuse. */
  check?: (version: Version) => void;
}

/**
 * The privacy-request lifecycle, reached as `sdk.privacyRequests`: submit, review, wait, results.
 * Every call rides the client's pipeline (token, deadline, safe retries, typed errors). Bulk calls
 * answer `{ succeeded, failed }` as Fides does (always 200), split into calls of 50, with each
 * failure tied to its item or id.
 * @example
 * const { succeeded, failed } = await sdk.privacyRequests.submit([{ policy_key: "access", identity: { email } }]);
 * const done = await sdk.privacyRequests.waitFor(succeeded[0].id, { timeoutMs: 30 * 60_000 });
 */
export class FidesPrivacyRequests {
  readonly #pipeline: Pipeline;
  readonly #poller: StatusPoller;
  readonly #timers: PollTimers;

  /**
   * @param pipeline the client's request pipeline (built by `FidesClient`)
   * @param timers the timers polls and waits are scheduled with @default the global ones
   */
  constructor(pipeline: Pipeline, timers: PollTimers = SYSTEM_TIMERS) {
    this.#pipeline = pipeline;
    this.#timers = timers;
    this.#poller = new StatusPoller((id, signal) => this.#lookUp(id, { signal }), timers);
  }

  /**
   * Submits privacy requests for subjects you have verified yourself
   * (`POST /api/v1/privacy-request/authenticated`, scope `privacy-request:create`), 50 per call
   * (the server's limit). Fides answers 200 even when it creates none: each item it refuses is in
   * `failed`, with Fides's message. An item whose shape Fides rejects (422, such as a malformed
   * policy key) is put in `failed` with Fides's message, and the rest of its call is sent again.
   * When a later call fails as a whole, the earlier results are kept and the unsent items are in
   * `failed` with that `error`; when the first call fails, its error is thrown.
   * @param requests each with a `policy_key` and an `identity`
   * @param options `throwOnPartialFailure`, a signal and a timeout for each call
   * @throws {TypeError} for a malformed request list, before sending
   * @throws {FidesPartialFailureError} with `throwOnPartialFailure` when any item failed
   * @example
   * const { succeeded, failed } = await sdk.privacyRequests.submit([
   *   { policy_key: "default_access_policy", identity: { email: "user@example.com" } },
   * ]);
   * for (const { input, message } of failed) console.error(input.identity, message);
   */
  async submit(requests: readonly PrivacyRequestInput[], options?: BulkOptions): Promise<SubmitResult> {
    const inputs = assertSubmissions(requests);
    const { throwOnPartialFailure, call } = bulkOptions(options);
    const result: SubmitResult = { succeeded: [], failed: [] };
    for (let start = 0; start < inputs.length; start += BULK_LIMIT) {
      const chunk = inputs.slice(start, start + BULK_LIMIT);
      try {
        const part = await this.#submitChunk(chunk, call);
        result.succeeded.push(...part.succeeded);
        result.failed.push(...part.failed);
      } catch (error) {
        if (start === 0) throw error;
        for (const input of inputs.slice(start)) {
          result.failed.push({ input, message: messageOf(error), data: {}, error });
        }
        break;
      }
    }
    if (throwOnPartialFailure && result.failed.length > 0) {
      throw new FidesPartialFailureError({ method: "POST", path: SUBMIT, ...result });
    }
    return result;
  }

  async #submitChunk(chunk: PrivacyRequestInput[], call: RequestOptions): Promise<SubmitResult> {
    const failed: SubmitFailure[] = [];
    let pending = chunk;
    // Each 422 round removes at least one item, so this ends.
    while (pending.length > 0) {
      const sending = pending;
      let answer: BulkAnswer;
      try {
        answer = await this.#call(
          {
            name: "privacyRequests.submit",
            method: "POST",
            path: SUBMIT,
            idempotent: false,
            bodyLimit: BODY_LIMITS.list,
          },
          { method: "POST", path: SUBMIT, ...jsonBody(sending) },
          bulkSchema,
          call,
        );
      } catch (error) {
        const refused = refusedItems(error, sending.length);
        if (refused === undefined) throw error;
        for (const [index, issue] of refused) {
          failed.push({
            input: sending[index] as PrivacyRequestInput,
            message: issue.msg,
            data: { loc: issue.loc, type: issue.type },
          });
        }
        pending = sending.filter((_, index) => !refused.has(index));
        continue;
      }
      const paired = pairSubmission(sending, answer);
      if (paired === undefined) {
        throw new FidesResponseValidationError(
          `response body "failed" does not match the ${sending.length} requests sent (POST ${SUBMIT})`,
          { operation: "privacyRequests.submit", method: "POST", path: SUBMIT },
          "failed",
        );
      }
      return { succeeded: paired.succeeded, failed: inOrder(chunk, [...failed, ...paired.failed]) };
    }
    return { succeeded: [], failed: inOrder(chunk, failed) };
  }

  /**
   * Reads one privacy request (`POST /api/v1/privacy-request/search` with its id, scope
   * `privacy-request:read`; Fides has no route for one request).
   * @param id the privacy request id
   * @param options a signal and a timeout for the whole call
   * @returns the request, or `undefined` when the server has none with this id
   * @throws {TypeError} for a malformed id, before sending
   */
  async get(id: string, options?: RequestOptions): Promise<PrivacyRequest | undefined> {
    return (await this.#lookUp(assertRequestId(id), options)).request;
  }

  async #lookUp(id: string, options: RequestOptions | undefined): Promise<PollResult> {
    let version: Version | undefined;
    const page = await this.#call(
      {
        name: "privacyRequests.get",
        method: "POST",
        path: SEARCH,
        idempotent: true,
        bodyLimit: BODY_LIMITS.list,
        check: (server) => {
          version = server;
        },
      },
      {
        method: "POST",
        path: SEARCH,
        query: queryOf({ page: 1, size: 50 }),
        ...jsonBody({ request_id: id }),
      },
      privacyRequestPageSchema,
      options,
    );
    // The server matches part of the id (`ILIKE %id%`): only the exact one counts.
    return { request: page.items.find((item) => item.id === id), version };
  }

  /**
   * Walks every privacy request that matches the filters, newest first unless sorted otherwise
   * (`POST /api/v1/privacy-request/search`, page by page). Requests created meanwhile may shift
   * pages, so one can be seen twice or missed.
   * @param filters statuses, action types, dates, identities, …
   * @param options the page size, and a signal and a timeout for each page
   * @throws {TypeError} for an unknown filter or a malformed value, before sending
   * @throws {FidesUnsupportedOperationError} for a filter or status the server's release lacks, before sending
   * @example
   * for await (const request of sdk.privacyRequests.list({ status: ["pending"] })) console.log(request.id);
   */
  async *list(filters?: PrivacyRequestFilters, options?: PageOptions): AsyncGenerator<PrivacyRequest> {
    const body = searchBody(filters);
    const { size, call } = pageOptions(options);
    for (let page = 1; ; page++) {
      const result = await this.#call(
        {
          name: "privacyRequests.list",
          method: "POST",
          path: SEARCH,
          idempotent: true,
          bodyLimit: BODY_LIMITS.list,
          check: (server) => checkFiltersFor(body, server),
        },
        { method: "POST", path: SEARCH, query: queryOf({ page, size }), ...jsonBody(body) },
        privacyRequestPageSchema,
        call,
      );
      yield* result.items;
      if (result.items.length === 0 || page >= result.pages) return;
    }
  }

  /**
   * Approves pending requests, which then run (`PATCH …/administrate/approve`, scope
   * `privacy-request:review`). Fides answers 200 whatever happens to each id.
   * @param ids the privacy request ids
   * @param options `throwOnPartialFailure`, a signal and a timeout for each call of 50
   * @returns per id: the approved requests, and each id Fides refused with its reason
   * @throws {FidesPartialFailureError} with `throwOnPartialFailure` when any id failed
   * @example
   * const { failed } = await sdk.privacyRequests.approve([id1, id2]);
   */
  approve(ids: readonly string[], options?: BulkOptions): Promise<ReviewResult> {
    return this.#review("approve", APPROVE, "PATCH", ids, options, false);
  }

  /**
   * Denies pending requests (`PATCH …/administrate/deny`, scope `privacy-request:review`).
   * @param ids the privacy request ids
   * @param options the `reason`, `throwOnPartialFailure`, a signal and a timeout for each call
   * @returns per id: the denied requests, and each id Fides refused with its reason
   * @throws {FidesPartialFailureError} with `throwOnPartialFailure` when any id failed
   * @example
   * await sdk.privacyRequests.deny([id], { reason: "duplicate" });
   */
  deny(ids: readonly string[], options?: ReasonOptions): Promise<ReviewResult> {
    return this.#review("deny", DENY, "PATCH", ids, options, true);
  }

  /**
   * Cancels requests that have not finished (`PATCH …/administrate/cancel`, scope
   * `privacy-request:review`); a complete, denied, canceled or errored one is refused.
   * @param ids the privacy request ids
   * @param options the `reason`, `throwOnPartialFailure`, a signal and a timeout for each call
   * @throws {FidesPartialFailureError} with `throwOnPartialFailure` when any id failed
   */
  cancel(ids: readonly string[], options?: ReasonOptions): Promise<ReviewResult> {
    return this.#review("cancel", CANCEL, "PATCH", ids, options, true);
  }

  /**
   * Restarts errored requests from where they failed (`POST …/bulk/retry`, scope
   * `privacy-request:resume`); a request in any other status is refused.
   * @param ids the privacy request ids
   * @param options `throwOnPartialFailure`, a signal and a timeout for each call
   * @throws {FidesPartialFailureError} with `throwOnPartialFailure` when any id failed
   */
  retry(ids: readonly string[], options?: BulkOptions): Promise<ReviewResult> {
    return this.#review("retry", RETRY, "POST", ids, options, false);
  }

  async #review(
    action: "approve" | "deny" | "cancel" | "retry",
    path: typeof APPROVE | typeof DENY | typeof CANCEL | typeof RETRY,
    method: "PATCH" | "POST",
    given: readonly string[],
    options: ReasonOptions | undefined,
    takesReason: boolean,
  ): Promise<ReviewResult> {
    const ids = assertRequestIds(given);
    const { throwOnPartialFailure, call } = bulkOptions(options);
    const reason = takesReason ? assertReason(options?.reason, "options.reason") : undefined;
    const name = `privacyRequests.${action}`;
    const result: ReviewResult = { succeeded: [], failed: [] };
    for (let start = 0; start < ids.length; start += BULK_LIMIT) {
      const chunk = ids.slice(start, start + BULK_LIMIT);
      const body: ReviewBody = reason === undefined ? { request_ids: chunk } : { request_ids: chunk, reason };
      try {
        const answer = await this.#call(
          { name, method, path, idempotent: false, bodyLimit: BODY_LIMITS.list },
          { method, path, ...jsonBody(body) },
          bulkSchema,
          call,
        );
        const part = pairReview(chunk, answer);
        result.succeeded.push(...part.succeeded);
        result.failed.push(...part.failed);
      } catch (error) {
        if (start === 0) throw error;
        for (const id of ids.slice(start))
          result.failed.push({ id, message: messageOf(error), data: {}, error });
        break;
      }
    }
    if (throwOnPartialFailure && result.failed.length > 0) {
      throw new FidesPartialFailureError({ method, path, ...result });
    }
    return result;
  }

  /**
   * The download locations of a completed access request's package
   * (`GET …/{id}/access-results`, scope `privacy-request-access-results:read`). Fides refuses it
   * with 403 *Access results download is disabled.* unless the server sets
   * `FIDES__SECURITY__SUBJECT_REQUEST_DOWNLOAD_UI_ENABLED=true`, and with 400 before the request is complete.
   * @param id the privacy request id
   * @param options a signal and a timeout for the whole call
   * @throws {FidesForbiddenError} when downloads are disabled on the server
   * @throws {FidesApiError} 400 before the request is complete; {FidesNotFoundError} for an unknown id
   */
  async results(id: string, options?: RequestOptions): Promise<AccessResults> {
    const requestId = assertRequestId(id);
    return this.#call(
      {
        name: "privacyRequests.results",
        method: "GET",
        path: fillPath(ACCESS_RESULTS, { privacy_request_id: requestId }),
        idempotent: true,
        bodyLimit: BODY_LIMITS.object,
      },
      { method: "GET", path: fillPath(ACCESS_RESULTS, { privacy_request_id: requestId }) },
      accessResultsSchema,
      options,
    );
  }

  /**
   * Walks a request's execution log, oldest first (`GET …/{id}/log`, scope `privacy-request:read`):
   * each step of its graph, with its status and message.
   * @param id the privacy request id
   * @param options the page size, and a signal and a timeout for each page
   * @throws {FidesNotFoundError} for an unknown id
   * @example
   * for await (const entry of sdk.privacyRequests.logs(id)) console.log(entry.status, entry.message);
   */
  async *logs(id: string, options?: PageOptions): AsyncGenerator<ExecutionLog> {
    const requestId = assertRequestId(id);
    const { size, call } = pageOptions(options);
    const path = fillPath(LOG, { privacy_request_id: requestId });
    for (let page = 1; ; page++) {
      const result = await this.#call(
        { name: "privacyRequests.logs", method: "GET", path, idempotent: true, bodyLimit: BODY_LIMITS.list },
        { method: "GET", path, query: queryOf({ page, size }) },
        executionLogPageSchema,
        call,
      );
      yield* result.items;
      if (result.items.length === 0 || page >= result.pages) return;
    }
  }

  /**
   * Waits until a request reaches one of the given statuses, polling with backoff and jitter.
   * Waits on the same id share one poll per interval, whichever waits ask. Nothing is left
   * scheduled once it settles, is aborted or times out.
   * @param id the privacy request id
   * @param options `until` (default `"terminal"`), `timeoutMs`, `signal`, `interval`
   * @returns the request in the status waited for
   * @throws {TypeError} for a malformed id or option, before sending
   * @throws {FidesUnsupportedOperationError} when a status waited for does not exist in the server's release
   * @throws {FidesTimeoutError} after `timeoutMs`; the signal's reason when aborted
   * @throws {FidesNotFoundError} when the server has no request with this id
   * @example
   * const done = await sdk.privacyRequests.waitFor(id, { until: "terminal", timeoutMs: 30 * 60_000 });
   * if (done.status !== "complete") console.error(`ended ${done.status}`);
   */
  waitFor<S extends PrivacyRequestStatus = TerminalStatus>(
    id: string,
    options?: WaitOptions<S>,
  ): Promise<PrivacyRequest & { status: S }> {
    const requestId = assertRequestId(id);
    const raw = assertObject(options, "options");
    const until =
      raw.until === undefined || raw.until === "terminal"
        ? undefined
        : assertStatuses(raw.until, "options.until");
    const wanted = new Set<string>(until ?? TERMINAL_STATUSES);
    const interval = assertInterval(raw.interval, "options.interval");
    const timeoutMs =
      raw.timeoutMs === undefined
        ? undefined
        : assertInteger(raw.timeoutMs, "options.timeoutMs", 1, 2_147_483_647, 0);
    const signal = assertSignal(raw.signal);
    signal?.throwIfAborted();
    return new Promise((resolve, reject) => {
      let timer: unknown;
      let checked = false;
      const finish = (settle: () => void) => {
        unsubscribe();
        if (timer !== undefined) this.#timers.clearTimeout(timer);
        signal?.removeEventListener("abort", onAbort);
        settle();
      };
      const onAbort = () => finish(() => reject(signal?.reason));
      const unsubscribe = this.#poller.subscribe(requestId, {
        interval,
        onResult: ({ request, version }) => {
          if (!checked && version !== undefined && until !== undefined) {
            checked = true;
            try {
              for (const status of until) checkStatusFor(status, version, "privacyRequests.waitFor");
            } catch (error) {
              finish(() => reject(error));
              return;
            }
          }
          if (request === undefined) finish(() => reject(notFound(requestId, "privacyRequests.waitFor")));
          else if (wanted.has(request.status))
            finish(() => resolve(request as PrivacyRequest & { status: S }));
        },
        onError: (error) => finish(() => reject(error)),
      });
      signal?.addEventListener("abort", onAbort, { once: true });
      if (timeoutMs !== undefined) {
        timer = this.#timers.setTimeout(
          () =>
            finish(() =>
              reject(
                new FidesTimeoutError(
                  `privacy request ${requestId} did not reach ${until?.join(", ") ?? "a terminal status"} within ${timeoutMs} ms`,
                  { operation: "privacyRequests.waitFor", method: "POST", path: SEARCH },
                  timeoutMs,
                ),
              ),
            ),
          timeoutMs,
        );
      }
    });
  }

  /**
   * Yields each status change of a request, starting with its current status, and ends after a
   * terminal one (complete, denied, canceled, error). Shares polls with every other wait on the
   * id; breaking out of the loop or aborting stops its polling at once.
   * @param id the privacy request id
   * @param options `signal`, `interval`
   * @throws {FidesNotFoundError} when the server has no request with this id
   * @example
   * for await (const change of sdk.privacyRequests.watch(id, { signal })) console.log(change.status);
   */
  async *watch(id: string, options?: WatchOptions): AsyncGenerator<StatusChange> {
    const requestId = assertRequestId(id);
    const raw = assertObject(options, "options");
    const interval = assertInterval(raw.interval, "options.interval");
    const signal = assertSignal(raw.signal);
    signal?.throwIfAborted();
    const queue: (StatusChange | { error: unknown })[] = [];
    let wake: (() => void) | undefined;
    let previous: PrivacyRequestStatus | undefined;
    const push = (item: StatusChange | { error: unknown }) => {
      queue.push(item);
      wake?.();
    };
    const onAbort = () => push({ error: signal?.reason });
    const unsubscribe = this.#poller.subscribe(requestId, {
      interval,
      onResult: ({ request }) => {
        if (request === undefined) push({ error: notFound(requestId, "privacyRequests.watch") });
        else if (request.status !== previous) {
          push({ status: request.status, previous, request });
          previous = request.status;
        }
      },
      onError: (error) => push({ error }),
    });
    signal?.addEventListener("abort", onAbort, { once: true });
    try {
      for (;;) {
        const item = queue.shift();
        if (item === undefined) {
          await new Promise<void>((resolve) => {
            wake = resolve;
          });
          wake = undefined;
          continue;
        }
        if ("error" in item) throw item.error;
        yield item;
        if (isTerminalStatus(item.status)) return;
      }
    } finally {
      unsubscribe();
      signal?.removeEventListener("abort", onAbort);
    }
  }

  /** Sends one request through the pipeline and checks its body. */
  #call<T>(
    spec: CallSpec,
    data: RequestData,
    schema: z.ZodMiniType<T>,
    options: RequestOptions | undefined,
  ): Promise<T> {
    const { name, method, path, check } = spec;
    return this.#pipeline.request(
      {
        ...data,
        operation: name,
        idempotent: spec.idempotent,
        authenticated: true,
        bodyLimit: spec.bodyLimit,
        // Runs with the server's version before the first attempt; throwing refuses the call unsent.
        forVersion:
          check === undefined
            ? undefined
            : (version) => {
                check(version);
                return data;
              },
        parse: (answer) => {
          const parsed = schema.safeParse(answer.data);
          if (parsed.success) return parsed.data;
          const problem = firstProblem(parsed.error);
          const subject = problem.field === "" ? "response body" : `response body "${problem.field}"`;
          throw new FidesResponseValidationError(
            `${subject} ${problem.message} (${method} ${path})`,
            { operation: name, method, path },
            problem.field,
            answer.response,
          );
        },
      },
      options,
    );
  }
}

/** The failures back in the order their items were given (a 422's refusals are found first). */
function inOrder(chunk: readonly PrivacyRequestInput[], failed: SubmitFailure[]): SubmitFailure[] {
  const order = new Map(chunk.map((input, index) => [input, index]));
  return failed.sort((a, b) => (order.get(a.input) ?? 0) - (order.get(b.input) ?? 0));
}

function bulkOptions(options: BulkOptions | undefined): {
  throwOnPartialFailure: boolean;
  call: RequestOptions;
} {
  const raw = assertObject(options, "options");
  const call: RequestOptions = {};
  if (raw.signal !== undefined) call.signal = raw.signal as AbortSignal;
  if (raw.timeoutMs !== undefined) call.timeoutMs = raw.timeoutMs as number;
  return {
    throwOnPartialFailure: assertFlag(raw.throwOnPartialFailure, "options.throwOnPartialFailure"),
    call,
  };
}

function pageOptions(options: PageOptions | undefined): { size: number; call: RequestOptions } {
  const raw = assertObject(options, "options");
  const call: RequestOptions = {};
  if (raw.signal !== undefined) call.signal = raw.signal as AbortSignal;
  if (raw.timeoutMs !== undefined) call.timeoutMs = raw.timeoutMs as number;
  return { size: assertInteger(raw.pageSize, "options.pageSize", 1, 100, 50), call };
}

function assertSignal(value: unknown): AbortSignal | undefined {
  if (value === undefined) return undefined;
  if (!(value instanceof AbortSignal)) throw new TypeError('"options.signal" must be an AbortSignal');
  return value;
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

function notFound(id: string, operation: string): FidesNotFoundError {
  return new FidesNotFoundError(`no privacy request has the id ${id}`, {
    operation,
    status: 200,
    method: "POST",
    path: SEARCH,
    detail: undefined,
  });
}

/** The 422 issues that point at single items of the list sent (`loc: ["body", index, …]`), by index. */
function refusedItems(
  error: unknown,
  count: number,
): Map<number, { loc: (string | number)[]; msg: string; type: string }> | undefined {
  if (!isFidesValidationError(error) || error.issues.length === 0) return undefined;
  const refused = new Map<number, { loc: (string | number)[]; msg: string; type: string }>();
  for (const issue of error.issues) {
    const index = issue.loc[1];
    if (issue.loc[0] !== "body" || typeof index !== "number" || index < 0 || index >= count) return undefined;
    if (!refused.has(index)) refused.set(index, issue);
  }
  return refused;
}
