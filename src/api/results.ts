import { type BulkFailure, FidesPartialFailureError } from "../errors.js";
import { toApiError } from "../internal/api-error.js";
import { invalidType } from "../internal/assert.js";
import { Redactor } from "../internal/redact.js";
import { withOperationAccess } from "./forbidden-access.js";
import type { KnownOperation } from "./releases.js";

/** What `sdk.api()` knows of each answer it returned: the request, and the table's operation. */
interface AnswerFacts {
  readonly method: string;
  readonly path: string;
  readonly operation: KnownOperation | undefined;
  /** The client's redactor: the server may echo the token the call carried. */
  readonly redactor: Redactor;
}

const ANSWERS = new WeakMap<Response, AnswerFacts>();

/**
 * Remembers, for the result helpers, which request an answer of `sdk.api()` belongs to.
 * @param response the answer handed to openapi-fetch
 * @param facts the request and its operation
 */
export function recordAnswer(response: Response, facts: AnswerFacts): void {
  ANSWERS.set(response, facts);
}

/** An openapi-fetch result, as `sdk.api()`'s methods resolve it. */
export interface ApiResult<D> {
  data?: D;
  error?: unknown;
  response: Response;
}

/** A bulk answer of Fides: the items it applied and the ones it could not. */
export interface BulkAnswer<S = unknown> {
  succeeded: S[];
  failed: BulkFailure[];
}

function describeResponse(response: unknown): AnswerFacts {
  const facts = response instanceof Response ? ANSWERS.get(response) : undefined;
  if (facts !== undefined) return facts;
  let path = "(unknown path)";
  if (response instanceof Response && response.url !== "") path = new URL(response.url).pathname;
  return { method: "?", path, operation: undefined, redactor: new Redactor() };
}

/**
 * Returns the data of an `sdk.api()` call, or throws the SDK's typed error for its non-2xx answer,
 * the one `sdk.fetch()` would throw (a `FidesForbiddenError` names the scopes the server asked for
 * and what fides-sdk's scope table says the operation needs; `FidesNotFoundError`,
 * `FidesValidationError` with its issues, …).
 * @param result the call's result, or its promise
 * @throws {FidesApiError} for a non-2xx answer
 * @throws {TypeError} when `result` is not an openapi-fetch result
 * @example
 * const page = await throwOnError(api.GET("/api/v1/privacy-request", { params: { query: { size: 50 } } }));
 */
export async function throwOnError<D>(result: ApiResult<D> | Promise<ApiResult<D>>): Promise<D> {
  const settled = await result;
  if (typeof settled !== "object" || settled === null || !(settled.response instanceof Response)) {
    throw invalidType("result", "the result of an sdk.api() call ({ data, error, response })");
  }
  const { response } = settled;
  if (response.ok && settled.error === undefined) return settled.data as D;
  const facts = describeResponse(response);
  const error = toApiError(
    {
      operation: "api",
      method: facts.method,
      path: facts.path,
      sentScopes: undefined,
      freshToken: false,
      now: Date.now(),
      // The call carried the client's token, which a server may echo in its detail.
      redactor: facts.redactor,
    },
    response,
    settled.error,
  );
  throw error.name === "FidesForbiddenError"
    ? withOperationAccess(error as Parameters<typeof withOperationAccess>[0], facts.operation)
    : error;
}

function isBulkAnswer(value: unknown): value is BulkAnswer {
  return (
    typeof value === "object" &&
    value !== null &&
    Array.isArray((value as BulkAnswer).succeeded) &&
    Array.isArray((value as BulkAnswer).failed)
  );
}

/**
 * Returns what a bulk operation applied (`succeeded`), or throws: `FidesPartialFailureError` when
 * Fides answered 2xx but could not apply every item (its `failed` list is not empty), and the
 * typed error of {@link throwOnError} for a non-2xx answer. Nineteen Fides operations answer
 * `{ succeeded, failed }`, among them `PATCH /api/v1/dsr/policy`, `PATCH /api/v1/connection` and
 * `POST /api/v1/privacy-request/authenticated`; their 200 does not mean every item was applied.
 * @param result the call's result, or its promise
 * @throws {FidesPartialFailureError} when `failed` is not empty (with both lists, non-enumerable)
 * @throws {FidesApiError} for a non-2xx answer
 * @throws {TypeError} when the data is not a `{ succeeded, failed }` answer
 * @example
 * const policies = await throwOnPartialFailure(
 *   api.PATCH("/api/v1/dsr/policy", { body: [{ name: "Access", key: "access", execution_timeframe: 7 }] }),
 * );
 */
export async function throwOnPartialFailure<D extends BulkAnswer>(
  result: ApiResult<D> | Promise<ApiResult<D>>,
): Promise<D["succeeded"]> {
  const settled = await result;
  const data = await throwOnError(settled);
  if (!isBulkAnswer(data)) throw invalidType("result.data", "a { succeeded, failed } answer");
  if (data.failed.length > 0) {
    const { method, path } = describeResponse(settled.response);
    throw new FidesPartialFailureError({ method, path, succeeded: data.succeeded, failed: data.failed });
  }
  return data.succeeded;
}
