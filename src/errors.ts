/**
 * The SDK's error tree. Every class has a stable `name` and `code`; API errors carry the raw
 * `Response` as a non-enumerable `response`, so it never shows in `JSON.stringify` or
 * `util.inspect`. No message, field or `cause` ever holds a client secret or a token.
 */

/** Why Fides refused a request with 403 (or, before Fides 2.69.1, an invalid scope with 422). */
export type ForbiddenReason =
  | "insufficient_scope"
  | "invalid_scope"
  | "cannot_assign_scopes"
  | "not_authorized";

/** One entry of a 422 body: where the problem is, what it is, and pydantic's type for it. */
export interface ValidationIssue {
  loc: (string | number)[];
  msg: string;
  type: string;
}

function attachResponse(error: Error, response: Response | undefined): void {
  Object.defineProperty(error, "response", { value: response, enumerable: false, writable: false });
}

/**
 * The base class of every error this SDK throws on purpose (misuse is a `TypeError` instead).
 * @example
 * try { await sdk.oauth.listClients(); } catch (error) { if (isFidesError(error)) console.error(error.code); }
 */
export class FidesError extends Error {
  /** A stable, machine-readable code, such as `"FIDES_NOT_FOUND"`. */
  declare readonly code: string;
}

/** What every {@link FidesApiError} is built from. */
export interface FidesApiErrorInit {
  /** The SDK operation that failed, such as `"createClient"`. */
  operation?: string | undefined;
  status: number;
  method: string;
  path: string;
  /** The server's explanation: the `detail` (or, for 429, `error`) field, else the raw body. */
  detail: unknown;
  response?: Response;
  cause?: unknown;
}

/** The server answered with a status that is not a success. */
export class FidesApiError extends FidesError {
  /** The SDK operation that failed, such as `"createClient"` (`undefined` when not one of the SDK's). */
  readonly operation: string | undefined;
  /** The HTTP status. */
  readonly status: number;
  /** The request method. */
  readonly method: string;
  /** The request path below the base URL, such as `/api/v1/oauth/client/abc`. */
  readonly path: string;
  /** The server's explanation, as it sent it. */
  readonly detail: unknown;
  /** The raw response (its body already read). Non-enumerable. */
  declare readonly response: Response | undefined;

  /**
   * @param message the full message
   * @param init status, method, path, detail and the raw response
   */
  constructor(message: string, init: FidesApiErrorInit) {
    super(message, init.cause === undefined ? undefined : { cause: init.cause });
    this.operation = init.operation;
    this.status = init.status;
    this.method = init.method;
    this.path = init.path;
    this.detail = init.detail;
    attachResponse(this, init.response);
  }
}

/** 401: no usable credentials. On the token route: the client credentials were rejected. */
export class FidesAuthenticationError extends FidesApiError {
  // Literal types keep the classes distinct to the compiler, so guards narrow correctly.
  declare readonly name: "FidesAuthenticationError";
  declare readonly code: "FIDES_AUTHENTICATION";
}

/** Extra facts about a refusal, decoded from the server's detail. */
export interface ForbiddenFacts {
  reason: ForbiddenReason;
  requiredScopes?: string[];
  invalidScopes?: string[];
  missingScopes?: string[];
  /** What the SDK's scope table says the operation needs (see {@link FidesForbiddenError.operationAccess}). */
  operationAccess?: readonly string[] | "none" | "webhook-token";
}

/**
 * 403: the server refused the request. `reason` says why; the matching list says which scopes.
 * Fides before 2.69.1 refused an unknown scope with 422: that is mapped here too, with
 * `reason: "invalid_scope"` and `status: 422`, so both eras are handled alike.
 */
export class FidesForbiddenError extends FidesApiError {
  declare readonly name: "FidesForbiddenError";
  declare readonly code: "FIDES_FORBIDDEN";
  /** Why the request was refused. */
  readonly reason: ForbiddenReason;
  /** For `insufficient_scope`: the scopes the endpoint requires. */
  readonly requiredScopes: string[];
  /** For `invalid_scope`: the scopes we sent that the server's registry lacks. */
  readonly invalidScopes: string[];
  /** For `cannot_assign_scopes`: the scopes the caller tried to grant without holding them. */
  readonly missingScopes: string[];
  /**
   * For `sdk.fetch()` and `sdk.api()`: what fides-sdk's scope table (`fides-sdk/api`) says the
   * operation needs: its scopes, `"none"`, or `"webhook-token"` for a webhook callback route that
   * only the token Fides sent to the webhook opens; `undefined` when the table has no such operation.
   */
  readonly operationAccess: readonly string[] | "none" | "webhook-token" | undefined;

  /**
   * @param message the full message
   * @param init the API error fields
   * @param facts the decoded reason and scope lists
   */
  constructor(message: string, init: FidesApiErrorInit, facts: ForbiddenFacts) {
    super(message, init);
    this.reason = facts.reason;
    this.requiredScopes = facts.requiredScopes ?? [];
    this.invalidScopes = facts.invalidScopes ?? [];
    this.missingScopes = facts.missingScopes ?? [];
    this.operationAccess = facts.operationAccess;
  }
}

/** 404: an unknown client, or a route the server does not have. */
export class FidesNotFoundError extends FidesApiError {
  declare readonly name: "FidesNotFoundError";
  declare readonly code: "FIDES_NOT_FOUND";
}

/** 422: the server rejected the request's shape or values; `issues` lists each problem. */
export class FidesValidationError extends FidesApiError {
  declare readonly name: "FidesValidationError";
  declare readonly code: "FIDES_VALIDATION";
  /** Each problem the server reported (empty when its detail was a plain string). */
  readonly issues: ValidationIssue[];

  /**
   * @param message the full message
   * @param init the API error fields
   * @param issues the server's list of problems
   */
  constructor(message: string, init: FidesApiErrorInit, issues: ValidationIssue[]) {
    super(message, init);
    this.issues = issues;
  }
}

/** 429: too many requests (Fides limits the token route, 10 a minute by default). */
export class FidesRateLimitError extends FidesApiError {
  declare readonly name: "FidesRateLimitError";
  declare readonly code: "FIDES_RATE_LIMIT";
  /** How long the server asked us to wait, from `Retry-After`; `undefined` when it did not say. */
  readonly retryAfterMs: number | undefined;

  /**
   * @param message the full message
   * @param init the API error fields
   * @param retryAfterMs the server's `Retry-After`, in milliseconds
   */
  constructor(message: string, init: FidesApiErrorInit, retryAfterMs: number | undefined) {
    super(message, init);
    this.retryAfterMs = retryAfterMs;
  }
}

/** 5xx: the server failed. */
export class FidesServerError extends FidesApiError {
  declare readonly name: "FidesServerError";
  declare readonly code: "FIDES_SERVER";
}

/** Where a request that got no answer was going. */
export interface FidesRequestInfo {
  /** The SDK operation, such as `"createClient"`. */
  operation?: string | undefined;
  method: string;
  path: string;
  cause?: unknown;
}

/** The request got no answer: DNS, refused or reset connection, TLS, and the like. `cause` says which. */
export class FidesConnectionError extends FidesError {
  declare readonly name: "FidesConnectionError";
  declare readonly code: "FIDES_CONNECTION";
  /** The SDK operation that failed, such as `"createClient"`. */
  readonly operation: string | undefined;
  /** The request method. */
  readonly method: string;
  /** The request path below the base URL. */
  readonly path: string;

  /**
   * @param message the full message
   * @param info the request and the underlying error
   */
  constructor(message: string, info: FidesRequestInfo) {
    super(message, info.cause === undefined ? undefined : { cause: info.cause });
    this.operation = info.operation;
    this.method = info.method;
    this.path = info.path;
  }
}

/** A call took longer than its `timeoutMs`: an attempt, or the wait for a token or the server's version. */
export class FidesTimeoutError extends FidesError {
  declare readonly name: "FidesTimeoutError";
  declare readonly code: "FIDES_TIMEOUT";
  /** The SDK operation that failed, such as `"createClient"`. */
  readonly operation: string | undefined;
  /** The request method. */
  readonly method: string;
  /** The request path below the base URL. */
  readonly path: string;
  /** The timeout that elapsed. */
  readonly timeoutMs: number;

  /**
   * @param message the full message
   * @param info the request
   * @param timeoutMs the timeout that elapsed
   */
  constructor(message: string, info: FidesRequestInfo, timeoutMs: number) {
    super(message);
    this.operation = info.operation;
    this.method = info.method;
    this.path = info.path;
    this.timeoutMs = timeoutMs;
  }
}

/**
 * A success response broke the contract (`openapi/fides-oauth.yaml`). The message names the field:
 * `response body "expires_in" must be an integer or null`. Values are never quoted.
 */
export class FidesResponseValidationError extends FidesError {
  declare readonly name: "FidesResponseValidationError";
  declare readonly code: "FIDES_RESPONSE_VALIDATION";
  /** The SDK operation that failed, such as `"createClient"`. */
  readonly operation: string | undefined;
  /** The request method. */
  readonly method: string;
  /** The request path below the base URL. */
  readonly path: string;
  /** The offending field, such as `"items[0].client_id"`; `""` for the body itself. */
  readonly field: string;
  /** The raw response (its body already read). Non-enumerable. */
  declare readonly response: Response | undefined;

  /**
   * @param message the full message
   * @param info the request
   * @param field the offending field
   * @param response the raw response
   */
  constructor(message: string, info: FidesRequestInfo, field: string, response?: Response) {
    super(message);
    this.operation = info.operation;
    this.method = info.method;
    this.path = info.path;
    this.field = field;
    attachResponse(this, response);
  }
}

/** One item a bulk operation could not apply, as Fides reports it in `failed`. */
export interface BulkFailure {
  /** The server's reason. */
  message: string;
  /** The item as the server read it. */
  data: Record<string, unknown>;
}

/** What a {@link FidesPartialFailureError} is built from. */
export interface FidesPartialFailureInit<S> {
  method: string;
  path: string;
  succeeded: readonly S[];
  failed: readonly BulkFailure[];
}

/** How many of a bulk answer's failures its message quotes. */
const QUOTED_FAILURES = 3;
/** The most characters quoted of one failure's message. */
const QUOTED_FAILURE_CHARS = 200;

function quoteFailure(failure: BulkFailure): string {
  const text = typeof failure.message === "string" ? failure.message : "no message";
  const clipped = text.length > QUOTED_FAILURE_CHARS ? `${text.slice(0, QUOTED_FAILURE_CHARS)}…` : text;
  // JSON escapes C0 controls; DEL and the C1 controls could still drive a terminal.
  let clean = "";
  for (const char of clipped) {
    const code = char.charCodeAt(0);
    clean += code >= 0x7f && code <= 0x9f ? " " : char;
  }
  return JSON.stringify(clean);
}

/**
 * A bulk operation answered 2xx but could not apply every item: Fides's `{ succeeded, failed }`
 * answers (`PATCH /api/v1/dsr/policy`, `POST /api/v1/privacy-request/authenticated`, …). Thrown
 * by `throwOnPartialFailure()` so that `failed` cannot go unnoticed. `succeeded` and `failed` are
 * non-enumerable (the items may hold personal data), so they never show in `JSON.stringify` or
 * `util.inspect`; the message quotes only the server's reasons.
 * @example
 * try { await throwOnPartialFailure(api.PATCH("/api/v1/dsr/policy", { body })); }
 * catch (error) { if (isFidesPartialFailureError(error)) for (const f of error.failed) console.error(f.message); }
 */
export class FidesPartialFailureError<S = unknown> extends FidesError {
  declare readonly name: "FidesPartialFailureError";
  declare readonly code: "FIDES_PARTIAL_FAILURE";
  /** The request method. */
  readonly method: string;
  /** The request path below the base URL. */
  readonly path: string;
  /** The items the server applied. Non-enumerable. */
  declare readonly succeeded: readonly S[];
  /** The items it could not apply, each with the server's reason. Non-enumerable. */
  declare readonly failed: readonly BulkFailure[];

  /**
   * @param init the request and the server's two lists
   */
  constructor(init: FidesPartialFailureInit<S>) {
    const reasons = init.failed.slice(0, QUOTED_FAILURES).map(quoteFailure).join("; ");
    const more =
      init.failed.length > QUOTED_FAILURES ? ` and ${init.failed.length - QUOTED_FAILURES} more` : "";
    super(
      `${init.method} ${init.path}: ${init.failed.length} of ${init.failed.length + init.succeeded.length} items failed: ${reasons}${more}`,
    );
    this.method = init.method;
    this.path = init.path;
    Object.defineProperty(this, "succeeded", { value: init.succeeded, enumerable: false, writable: false });
    Object.defineProperty(this, "failed", { value: init.failed, enumerable: false, writable: false });
  }
}

/** The server is too old for the operation; thrown before any request is sent. */
export class FidesUnsupportedOperationError extends FidesError {
  declare readonly name: "FidesUnsupportedOperationError";
  declare readonly code: "FIDES_UNSUPPORTED_OPERATION";
  /** The operation, such as `"listClients"`. */
  readonly operation: string;
  /** The first Fides version that has it. */
  readonly requiredVersion: string;
  /** The server's version. */
  readonly serverVersion: string;

  /**
   * @param operation the SDK method
   * @param requiredVersion the first Fides version that supports it
   * @param serverVersion the server's version
   * @param what what needs the version, when it is not the whole operation
   */
  constructor(operation: string, requiredVersion: string, serverVersion: string, what?: string) {
    super(
      `${what ?? `oauth.${operation}()`} needs Fides ${requiredVersion} or later; the server is Fides ${serverVersion}`,
    );
    this.operation = operation;
    this.requiredVersion = requiredVersion;
    this.serverVersion = serverVersion;
  }
}

// Names and codes live on the prototypes: set before any instance exists, so stack traces start
// with the right name, and a minifier renaming classes cannot change them.
const BRANDS: [ErrorClass, string, string][] = [
  [FidesError, "FidesError", "FIDES_ERROR"],
  [FidesApiError, "FidesApiError", "FIDES_API_ERROR"],
  [FidesAuthenticationError, "FidesAuthenticationError", "FIDES_AUTHENTICATION"],
  [FidesForbiddenError, "FidesForbiddenError", "FIDES_FORBIDDEN"],
  [FidesNotFoundError, "FidesNotFoundError", "FIDES_NOT_FOUND"],
  [FidesValidationError, "FidesValidationError", "FIDES_VALIDATION"],
  [FidesRateLimitError, "FidesRateLimitError", "FIDES_RATE_LIMIT"],
  [FidesServerError, "FidesServerError", "FIDES_SERVER"],
  [FidesConnectionError, "FidesConnectionError", "FIDES_CONNECTION"],
  [FidesTimeoutError, "FidesTimeoutError", "FIDES_TIMEOUT"],
  [FidesResponseValidationError, "FidesResponseValidationError", "FIDES_RESPONSE_VALIDATION"],
  [FidesUnsupportedOperationError, "FidesUnsupportedOperationError", "FIDES_UNSUPPORTED_OPERATION"],
  [FidesPartialFailureError, "FidesPartialFailureError", "FIDES_PARTIAL_FAILURE"],
];
for (const [cls, name, code] of BRANDS) {
  Object.defineProperty(cls.prototype, "name", { value: name, writable: true, configurable: true });
  Object.defineProperty(cls.prototype, "code", { value: code, writable: true, configurable: true });
}

type ErrorClass = abstract new (...args: never[]) => FidesError;

/**
 * The names a guard accepts: its class's and every subclass's in {@link BRANDS}, found through the
 * prototype chain, so each name is written once.
 */
function namesUnder(cls: ErrorClass): ReadonlySet<string> {
  const names = new Set<string>();
  for (const [other, name] of BRANDS) {
    if (other === cls || other.prototype instanceof cls) names.add(name);
  }
  return names;
}

// Guards compare names as well as prototypes, so an error from the CommonJS build is still
// recognised by the ESM build's guard (and vice versa).
function guard<T extends FidesError>(cls: ErrorClass) {
  const names = namesUnder(cls);
  return (error: unknown): error is T =>
    error instanceof cls ||
    (typeof error === "object" &&
      error !== null &&
      typeof (error as { name?: unknown }).name === "string" &&
      names.has((error as { name: string }).name));
}

/** Tells whether a value is any error of this SDK, even one from another copy of it. */
export const isFidesError = guard<FidesError>(FidesError);
/** Tells whether a value is a {@link FidesApiError} (any non-success status). */
export const isFidesApiError = guard<FidesApiError>(FidesApiError);
/** Tells whether a value is a {@link FidesAuthenticationError}. */
export const isFidesAuthenticationError = guard<FidesAuthenticationError>(FidesAuthenticationError);
/** Tells whether a value is a {@link FidesForbiddenError}. */
export const isFidesForbiddenError = guard<FidesForbiddenError>(FidesForbiddenError);
/** Tells whether a value is a {@link FidesNotFoundError}. */
export const isFidesNotFoundError = guard<FidesNotFoundError>(FidesNotFoundError);
/** Tells whether a value is a {@link FidesValidationError}. */
export const isFidesValidationError = guard<FidesValidationError>(FidesValidationError);
/** Tells whether a value is a {@link FidesRateLimitError}. */
export const isFidesRateLimitError = guard<FidesRateLimitError>(FidesRateLimitError);
/** Tells whether a value is a {@link FidesServerError}. */
export const isFidesServerError = guard<FidesServerError>(FidesServerError);
/** Tells whether a value is a {@link FidesConnectionError}. */
export const isFidesConnectionError = guard<FidesConnectionError>(FidesConnectionError);
/** Tells whether a value is a {@link FidesTimeoutError}. */
export const isFidesTimeoutError = guard<FidesTimeoutError>(FidesTimeoutError);
/** Tells whether a value is a {@link FidesResponseValidationError}. */
export const isFidesResponseValidationError = guard<FidesResponseValidationError>(
  FidesResponseValidationError,
);
/** Tells whether a value is a {@link FidesUnsupportedOperationError}. */
export const isFidesUnsupportedOperationError = guard<FidesUnsupportedOperationError>(
  FidesUnsupportedOperationError,
);
/** Tells whether a value is a {@link FidesPartialFailureError}. */
export const isFidesPartialFailureError = guard<FidesPartialFailureError>(FidesPartialFailureError);
