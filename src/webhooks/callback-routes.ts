/**
 * The callback routes Fides names in a delivery's `reply-to*` headers, relative to `/api/v1` (the
 * header has no prefix: `baseUrl + reply-to` is a 405). A path is used only when it is exactly the
 * route expected for the delivery's own `privacy_request_id`; the callback token is bound to the
 * webhook, not the request, so a path naming another request would act on it.
 */

/** Which callback a path is for. */
export type CallbackName = "resume" | "eligible" | "not-eligible";

const SUFFIX: Record<CallbackName, string> = {
  resume: "/resume",
  eligible: "/pre-approve/eligible",
  "not-eligible": "/pre-approve/not-eligible",
};

/** The shape of every callback route, whatever the request: used to tell "another request" apart. */
const ANY_REQUEST =
  /^\/privacy-request\/[A-Za-z0-9_-]{1,128}(\/resume|\/pre-approve\/eligible|\/pre-approve\/not-eligible)$/;

/**
 * The route a callback of this request must use, below `/api/v1`.
 * @param requestId the delivery's `privacy_request_id` (already checked to be one path segment)
 * @param name the callback
 */
export function expectedCallbackPath(requestId: string, name: CallbackName): string {
  return `/privacy-request/${requestId}${SUFFIX[name]}`;
}

/** Why a `reply-to*` path cannot be used: the code a refusal and an error carry. */
export type CallbackPathProblem = "wrong_callback_path" | "request_mismatch";

/**
 * Checks a `reply-to*` path against the route expected for this request.
 * @param path what the header (or a revived delivery) holds
 * @param requestId the delivery's `privacy_request_id`
 * @param name the callback
 * @returns `undefined` when it is exactly the expected route; else why not
 */
export function callbackPathProblem(
  path: string,
  requestId: string,
  name: CallbackName,
): CallbackPathProblem | undefined {
  if (path === expectedCallbackPath(requestId, name)) return undefined;
  const match = ANY_REQUEST.exec(path);
  return match !== null && match[1] === SUFFIX[name] ? "request_mismatch" : "wrong_callback_path";
}

/**
 * A sentence for each problem, naming the header and never quoting its value.
 * @param problem the problem
 * @param header the header (or field) that held the path
 * @param name the callback
 */
export function describeCallbackPathProblem(
  problem: CallbackPathProblem,
  header: string,
  name: CallbackName,
): string {
  return problem === "request_mismatch"
    ? `"${header}" names another privacy request than the body's "privacy_request_id"`
    : `"${header}" must be the ${name} route of the body's "privacy_request_id" (/privacy-request/{id}${SUFFIX[name]})`;
}
