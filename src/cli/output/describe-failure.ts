import {
  type FidesApiError,
  type FidesForbiddenError,
  isFidesApiError,
  isFidesAuthenticationError,
  isFidesConnectionError,
  isFidesError,
  isFidesForbiddenError,
  isFidesNotFoundError,
  isFidesRateLimitError,
  isFidesResponseValidationError,
  isFidesServerError,
  isFidesTimeoutError,
  isFidesUnsupportedOperationError,
  isFidesValidationError,
} from "../../index.js";
import { inFlagTerms, type OptionSources } from "../connection/sdk-misuse.js";
import { oneSafeLine } from "./safe-text.js";

/** The longest part of a line that quotes the server's own words (its `detail`). */
const MAX_DETAIL_LENGTH = 300;

/** One line for the user, and whether the fault is the command line's (exit 2) rather than the server's. */
export interface Failure {
  readonly message: string;
  readonly usage: boolean;
}

/** What the CLI knows about the command line, to word a failure in its terms. */
export interface FailureContext {
  /** The server the command talked to, when known (shown without credentials). */
  readonly baseUrl?: string | undefined;
  /** Where the options the SDK checks came from. */
  readonly sources: OptionSources;
}

/**
 * Turns any error a command threw into one line: what failed, the status, Fides's detail and
 * what to do about it. Never includes a secret: the SDK's errors carry none, and nothing else is read.
 * The caller prints it through `oneSafeLine`; the server's detail is bounded here already, so
 * that the advice after it survives.
 * @param error what the command threw
 * @param context the server and where the options came from
 */
export function describeFailure(error: unknown, context: FailureContext): Failure {
  const { baseUrl } = context;
  if (isFidesApiError(error)) return { message: describeApiError(error), usage: false };
  const at = baseUrl ? ` at ${baseUrl}` : "";
  if (isFidesConnectionError(error)) {
    const cause = causeCode(error.cause);
    return {
      message: `${actionOf(error)} failed: could not reach Fides${at}${cause ? ` (${cause})` : ""}; check --url / FIDES_URL and that the server is running`,
      usage: false,
    };
  }
  if (isFidesTimeoutError(error)) {
    return {
      message: `${actionOf(error)} failed: no answer from Fides${at} within ${error.timeoutMs / 1000} s; check --url / FIDES_URL, or raise --timeout`,
      usage: false,
    };
  }
  if (isFidesResponseValidationError(error)) {
    return {
      message: `${actionOf(error)} failed: the answer does not match the Fides API (${error.message}); is${at || " the URL"} a Fides server?`,
      usage: false,
    };
  }
  if (isFidesUnsupportedOperationError(error)) {
    return { message: `${error.message}; upgrade the server to use this command`, usage: false };
  }
  if (isFidesError(error)) return { message: error.message, usage: false };
  // The SDK reports misuse (a bad option or argument) as a TypeError with a Node-style code,
  // worded in its own option names: reword it in the flags the user typed.
  if (error instanceof TypeError && typeof (error as { code?: unknown }).code === "string") {
    return { message: inFlagTerms(error, context.sources), usage: true };
  }
  const message = error instanceof Error ? error.message : String(error);
  return { message: `unexpected error: ${message} (run with --debug for the stack trace)`, usage: false };
}

function describeApiError(error: FidesApiError): string {
  const action = actionOf(error);
  const status = `${error.status}${STATUS_TEXT[error.status] ? ` ${STATUS_TEXT[error.status]}` : ""}`;
  return `${action} failed: ${status}: ${detailOf(error)}${adviceOf(error)}`;
}

function detailOf(error: FidesApiError): string {
  if (isFidesValidationError(error) && error.issues.length > 0) {
    const issues = error.issues
      .map((issue) => `${issue.loc.filter((part) => part !== "body").join(".") || "body"}: ${issue.msg}`)
      .join("; ");
    return oneSafeLine(issues, MAX_DETAIL_LENGTH);
  }
  // The invalid-scope detail lists all of the server's scopes; the advice names the culprits instead.
  if (isFidesForbiddenError(error) && error.reason === "invalid_scope") return "Invalid Scope";
  if (typeof error.detail === "string") return `"${oneSafeLine(error.detail, MAX_DETAIL_LENGTH)}"`;
  if (error.detail === undefined || error.detail === null) return "no detail";
  return oneSafeLine(JSON.stringify(error.detail), MAX_DETAIL_LENGTH);
}

function adviceOf(error: FidesApiError): string {
  // The leaves add no fields TypeScript could tell apart, so each guard tests an `unknown` copy:
  // testing `error` itself would narrow it to `never` after the first miss.
  const candidate: unknown = error;
  if (isFidesForbiddenError(candidate)) return forbiddenAdvice(candidate);
  if (isFidesAuthenticationError(candidate)) {
    return error.operation === "getAccessToken"
      ? "; the client credentials were rejected: check the client id and secret (FIDES_CLIENT_ID, FIDES_CLIENT_SECRET)"
      : "; the request carried no usable bearer token";
  }
  if (isFidesNotFoundError(candidate)) {
    if (CLIENT_ID_IN_PATH.test(error.path))
      return '; no such client: check the id with "fides-oauth clients list"';
    // Only Fides's catch-all says "Item not found"; any other detail ("No Policy found") is the
    // route answering that what it was asked for does not exist.
    return error.detail === "Item not found"
      ? "; Fides has no such route: check the path (it starts with /api/v1) and that the URL points at Fides"
      : "; the route answered that what it was asked for does not exist";
  }
  if (isFidesRateLimitError(candidate)) {
    const wait =
      candidate.retryAfterMs === undefined ? "a minute" : `${Math.ceil(candidate.retryAfterMs / 1000)} s`;
    return `; Fides limits this route: try again in ${wait}`;
  }
  if (isFidesServerError(candidate)) return "; the server failed: try again later, or check its logs";
  if (error.status === 405) return `; Fides has no ${error.method} route at this path`;
  return "";
}

function forbiddenAdvice(error: FidesForbiddenError): string {
  switch (error.reason) {
    case "insufficient_scope":
      return `; the client lacks the scope ${list(error.requiredScopes)}: use a client that holds it, or have an admin grant it (fides-oauth clients scopes set)`;
    case "invalid_scope":
      return error.invalidScopes.length > 0
        ? `; this server does not know ${list(error.invalidScopes)} (an older Fides?): run "fides-oauth scopes" to see the scopes it knows`
        : `; run "fides-oauth scopes" to see the scopes this server knows`;
    case "cannot_assign_scopes":
      return `; a client can grant only scopes it holds itself, and this one lacks ${list(error.missingScopes)}`;
    case "not_authorized":
      return "; the token was refused (expired, revoked, or its client deleted)";
  }
}

/** What each SDK operation does, in the words of a person: `creating a client`. */
const ACTIONS: Readonly<Record<string, (id: string) => string>> = {
  getAccessToken: () => "getting an access token",
  createClient: () => "creating a client",
  listClients: () => "listing clients",
  getClient: (id) => `reading client ${id}`,
  updateClient: (id) => `updating client ${id}`,
  deleteClient: (id) => `deleting client ${id}`,
  rotateClientSecret: (id) => `rotating the secret of client ${id}`,
  getClientScopes: (id) => `reading the scopes of client ${id}`,
  setClientScopes: (id) => `setting the scopes of client ${id}`,
  listScopes: () => "listing scopes",
  listRoles: () => "listing roles",
  health: () => "contacting Fides",
};

/** The client id in a path such as `/api/v1/oauth/client/{id}/scope`, decoded. */
const CLIENT_ID_IN_PATH = /\/oauth\/client\/([^/?]+)/;

/**
 * Names a request the way a person would: `creating a client (POST /api/v1/oauth/client)`, from
 * the SDK operation the error carries; a request of no known operation shows as it was sent.
 */
function actionOf(error: { operation?: string | undefined; method: string; path: string }): string {
  const describe = error.operation === undefined ? undefined : ACTIONS[error.operation];
  if (!describe) return `${error.method} ${error.path}`;
  const id = CLIENT_ID_IN_PATH.exec(error.path)?.[1] ?? "";
  return `${describe(safeDecode(id))} (${error.method} ${error.path})`;
}

function safeDecode(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}

function causeCode(cause: unknown): string | undefined {
  for (let current = cause, depth = 0; current && depth < 5; depth++) {
    const { code, message } = current as { code?: unknown; message?: unknown };
    if (typeof code === "string") return code;
    const next = (current as { cause?: unknown }).cause;
    if (!next) return typeof message === "string" ? message : undefined;
    current = next;
  }
  return undefined;
}

function list(scopes: readonly string[]): string {
  return scopes.length === 0 ? "a required scope" : scopes.join(", ");
}

const STATUS_TEXT: Readonly<Record<number, string>> = {
  400: "Bad Request",
  401: "Unauthorized",
  403: "Forbidden",
  404: "Not Found",
  405: "Method Not Allowed",
  408: "Request Timeout",
  422: "Unprocessable Content",
  429: "Too Many Requests",
  500: "Internal Server Error",
  502: "Bad Gateway",
  503: "Service Unavailable",
  504: "Gateway Timeout",
};
