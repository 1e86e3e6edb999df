import {
  FidesApiError,
  type FidesApiErrorInit,
  FidesAuthenticationError,
  FidesConnectionError,
  FidesForbiddenError,
  FidesNotFoundError,
  FidesRateLimitError,
  type FidesRequestInfo,
  FidesServerError,
  FidesValidationError,
  type ForbiddenFacts,
  type ValidationIssue,
} from "../errors.js";
import { classifyForbidden, isInvalidScopeDetail } from "./forbidden-detail.js";
import { wasCut } from "./read-body.js";
import { type Redactor, TOO_DEEP } from "./redact.js";
import { parseRetryAfter } from "./retry.js";
import type { KnownVersion } from "./server-version.js";
import { atLeast, CLIENT_CRUD_VERSION, parseVersion, type Version } from "./version.js";

const TOKEN_PATH = "/api/v1/oauth/token";

/** What a refused request was and what it sent, for the error's message and fields. */
interface RefusedRequest {
  /** The SDK operation, such as `"createClient"`. */
  operation?: string;
  method: string;
  path: string;
  /** The scopes the request tried to assign, to tell which ones the server does not know. */
  sentScopes: readonly string[] | undefined;
  /** Whether the request was already resent with a fresh token. */
  freshToken: boolean;
  /** The client's clock, to read an HTTP-date `Retry-After`. */
  now: number;
  /** Scrubs the client's secret and tokens from the detail before anything is built from it. */
  redactor: Redactor;
  /** The version the server reported (or the caller configured), when known: hints follow from it. */
  serverVersion?: KnownVersion | undefined;
}

/** The release whose scope registry this SDK ships. */
const REGISTRY_VERSION = parseVersion("2.86.2") as Version;

/**
 * Why a route was missing, from what the server said and the version it reported: a version
 * guess only when the version is unknown or older than the release that added the OAuth routes.
 */
function missingRouteHint(request: RefusedRequest, what: string): string {
  const known = request.serverVersion;
  if (known === undefined) return ` (${what} on this server: check the path, which starts with /api/v1)`;
  const version = known.version;
  if (known.configured) {
    return ` (${what} on this server, configured as Fides ${version.text}: check the path, and the serverVersion option against the server's GET /health)`;
  }
  if (atLeast(version, CLIENT_CRUD_VERSION)) {
    return ` (${what} on Fides ${version.text}: check the path, which starts with /api/v1)`;
  }
  return ` (${what} on Fides ${version.text}: check the path; the route may come with a later release)`;
}

/**
 * The server's explanation in a body: `detail` (FastAPI), `error` (the rate limiter), or the body.
 * @param body the parsed error body
 */
export function detailOf(body: unknown): unknown {
  if (typeof body === "object" && body !== null) {
    if ("detail" in body) return body.detail;
    if ("error" in body) return body.error;
  }
  return body;
}

function isIssue(value: unknown): value is ValidationIssue {
  return (
    typeof value === "object" &&
    value !== null &&
    "loc" in value &&
    Array.isArray(value.loc) &&
    "msg" in value &&
    typeof value.msg === "string"
  );
}

const MAX_DETAIL_CHARS = 300;
/** How many scopes or issues a message names before it says how many more there are. */
const MAX_LISTED = 10;
const MAX_ITEM_CHARS = 100;

function clip(text: string, max: number): string {
  return text.length > max ? `${text.slice(0, max)}…` : text;
}

/** The first {@link MAX_LISTED} items, and how many were left out. */
function listed<T>(items: readonly T[], separator: string, show: (item: T) => string): string {
  const shown = items.slice(0, MAX_LISTED).map(show).join(separator);
  return items.length > MAX_LISTED
    ? `${shown} (the first ${MAX_LISTED}) and ${items.length - MAX_LISTED} more`
    : shown;
}

function describeIssues(issues: ValidationIssue[]): string {
  return listed(issues, "; ", (issue) =>
    clip(`${issue.loc.slice(0, MAX_LISTED).join(".")}: ${issue.msg}`, MAX_ITEM_CHARS),
  );
}

function text(detail: unknown): string {
  if (detail === undefined || detail === null || detail === "") return "no detail";
  if (typeof detail === "string") return clip(detail, MAX_DETAIL_CHARS);
  try {
    // A proxy's HTML error page would drown the message.
    return clip(JSON.stringify(detail), MAX_DETAIL_CHARS);
  } catch {
    return TOO_DEEP;
  }
}

function quoteList(scopes: readonly string[]): string {
  return listed(scopes, ", ", (scope) => `"${clip(scope, MAX_ITEM_CHARS)}"`);
}

function unknownScopeHint(request: RefusedRequest): string {
  const version = request.serverVersion?.configured === false ? request.serverVersion.version : undefined;
  if (version !== undefined && atLeast(version, REGISTRY_VERSION)) {
    return `they are not in the registry of Fides ${version.text}`;
  }
  const which = version === undefined ? "it" : `Fides ${version.text}`;
  return `${which} may be older than this SDK's scope registry (Fides ${REGISTRY_VERSION.text})`;
}

function forbiddenMessage(
  prefix: string,
  facts: ForbiddenFacts,
  detail: string,
  request: RefusedRequest,
): string {
  switch (facts.reason) {
    case "insufficient_scope":
      return `${prefix}: the token lacks the scope(s) ${quoteList(facts.requiredScopes ?? [])}${
        request.freshToken ? " (a freshly acquired token was refused too)" : ""
      }`;
    case "invalid_scope":
      return (facts.invalidScopes ?? []).length > 0
        ? `${prefix}: the server does not know the scope(s) ${quoteList(facts.invalidScopes ?? [])}; ` +
            unknownScopeHint(request)
        : `${prefix}: the server rejected a scope as invalid`;
    case "cannot_assign_scopes":
      return `${prefix}: the caller cannot grant scope(s) it does not hold: ${quoteList(facts.missingScopes ?? [])}`;
    default:
      return detail === "Not Authorized for this action"
        ? `${prefix}: the token was refused (expired, revoked or malformed)${
            request.freshToken ? " even after a fresh one was acquired" : ""
          }`
        : `${prefix}: ${detail}`;
  }
}

/**
 * Maps a non-success answer to the error class its status calls for.
 * @param request what was sent
 * @param response the answer
 * @param body its parsed body
 */
export function toApiError(request: RefusedRequest, response: Response, body: unknown): FidesApiError {
  const { status } = response;
  // Scrubbed first: a cut or a parsed list must never keep part of an echoed secret.
  const detail = request.redactor.scrubDetail(detailOf(body));
  const init: FidesApiErrorInit = {
    operation: request.operation,
    status,
    method: request.method,
    path: request.path,
    detail,
    response,
  };
  const cut = wasCut(response) ? " (its body was over 64 KiB: cut at 64 KiB, the rest not read)" : "";
  const prefix = `${request.method} ${request.path} failed with ${status}${cut}`;
  if (status === 401) {
    const why = request.path === TOKEN_PATH ? "the client credentials were rejected" : text(detail);
    return new FidesAuthenticationError(`${prefix}: ${why}`, init);
  }
  // Before Fides 2.69.1 an unknown scope was refused with 422 and the same detail as today's 403.
  if (status === 403 || (status === 422 && isInvalidScopeDetail(detail))) {
    const facts = classifyForbidden(typeof detail === "string" ? detail : "", request.sentScopes);
    return new FidesForbiddenError(forbiddenMessage(prefix, facts, text(detail), request), init, facts);
  }
  if (status === 404) {
    // Fides's catch-all answers an unknown /api/v1 route so; any other detail is the route's own.
    const hint = detail === "Item not found" ? missingRouteHint(request, "no such route") : "";
    return new FidesNotFoundError(`${prefix}: ${text(detail)}${hint}`, init);
  }
  if (status === 422) {
    const issues = Array.isArray(detail) ? detail.filter(isIssue) : [];
    const why = issues.length > 0 ? describeIssues(issues) : text(detail);
    return new FidesValidationError(`${prefix}: ${why}`, init, issues);
  }
  if (status === 429) {
    const retryAfterMs = parseRetryAfter(response.headers.get("Retry-After"), request.now);
    return new FidesRateLimitError(`${prefix}: ${text(detail)}`, init, retryAfterMs);
  }
  if (status >= 500) return new FidesServerError(`${prefix}: ${text(detail)}`, init);
  if (status === 405) {
    return new FidesApiError(
      `${prefix}: ${text(detail)}${missingRouteHint(request, `no ${request.method} route at this path`)}`,
      init,
    );
  }
  if (status >= 300 && status < 400) {
    return new FidesApiError(`${prefix}: the server answered with a redirect, which is not followed`, init);
  }
  return new FidesApiError(`${prefix}: ${text(detail)}`, init);
}

/**
 * Tells whether an answer is a redirect (which the SDK never follows).
 * @param response the answer, fetched with `redirect: "manual"`
 */
export function isRedirect(response: Response): boolean {
  return response.type === "opaqueredirect" || (response.status >= 300 && response.status < 400);
}

/**
 * The error of a redirect, naming only the origin it points to: the full URL may carry a token
 * or a signed query.
 * @param request what was sent
 * @param response the redirect
 * @param baseUrl the client's base URL, against which a relative `Location` is read
 */
export function redirectError(
  request: { operation: string; method: string; path: string },
  response: Response,
  baseUrl: string,
): FidesApiError {
  const location = response.headers.get("Location");
  let target = "a location it did not disclose";
  if (location !== null) {
    try {
      target = new URL(location, `${baseUrl}/`).origin;
    } catch {
      target = "an unreadable location";
    }
  }
  const status = response.type === "opaqueredirect" ? "a redirect" : String(response.status);
  return new FidesApiError(
    `${request.method} ${request.path} failed with ${status}: the server redirected to ${target}, ` +
      "and the SDK never follows a redirect",
    {
      operation: request.operation,
      status: response.status,
      method: request.method,
      path: request.path,
      detail: undefined,
      response,
    },
  );
}

/**
 * The error of a request that got no answer, naming the system error code when there is one.
 * @param info what was sent
 * @param cause what `fetch` threw, already scrubbed of secrets
 */
export function connectionError(info: FidesRequestInfo, cause: unknown): FidesConnectionError {
  return new FidesConnectionError(`${info.method} ${info.path} failed: ${reasonOf(cause)}`, {
    ...info,
    cause,
  });
}

function reasonOf(error: unknown): string {
  const cause = typeof error === "object" && error !== null && "cause" in error ? error.cause : undefined;
  const source = cause ?? error;
  if (typeof source === "object" && source !== null && "code" in source && typeof source.code === "string") {
    return `could not reach the server (${source.code})`;
  }
  return "could not reach the server";
}
