import { FidesResponseValidationError } from "../errors.js";
import type { FidesFetchInit, RequestOptions } from "../options.js";
import {
  assertFlag,
  assertPositiveNumber,
  assertStaysOnRoute,
  hasAsciiControl,
  invalidType,
  invalidValue,
} from "./assert.js";
import type { Answer, PipelineRequest, RequestData } from "./request-data.js";
import { MAX_TIMER_MS, TRANSPORT_HEADERS } from "./resolve-options.js";

/**
 * `sdk.fetch()` and `sdk.api()` as pipeline requests, the same request data an operation gives:
 * where a path may lead (only below the client's `baseUrl`, so the token never leaves the Fides
 * server), what an init may hold, and what each attempt sends.
 */

/** Methods that are harmless to repeat, and so retried by default. */
const IDEMPOTENT_METHODS: ReadonlySet<string> = new Set(["GET", "HEAD", "PUT", "DELETE", "OPTIONS"]);
/** Methods `fetch` refuses to send. */
const FORBIDDEN_METHODS: ReadonlySet<string> = new Set(["CONNECT", "TRACE", "TRACK"]);
const HTTP_TOKEN = /^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/;
const SCHEME = /^[A-Za-z][A-Za-z\d+.-]*:/;
const KNOWN_INIT = new Set([
  "method",
  "headers",
  "body",
  "json",
  "signal",
  "timeoutMs",
  "idempotent",
  "throwOnError",
]);

/** Where a request goes: its path below the base URL (such as `/api/v1/dsr/policy`) and its query. */
type FetchTarget = Required<Pick<RequestData, "path" | "query">>;

/** The base URL's origin and its path prefix without a trailing slash (`""` for none). */
function splitBase(baseUrl: string): { origin: string; prefix: string } {
  const base = new URL(baseUrl);
  return { origin: base.origin, prefix: base.pathname.replace(/\/+$/, "") };
}

function pathPart(text: string): string {
  const end = text.search(/[?#]/);
  return end === -1 ? text : text.slice(0, end);
}

function isBelow(pathname: string, prefix: string): boolean {
  return prefix === "" || pathname === prefix || pathname.startsWith(`${prefix}/`);
}

function offOrigin(origin: string): TypeError {
  return invalidValue(
    "path",
    `must be on the client's origin ${origin}, below its baseUrl: the token is sent only to the Fides server`,
  );
}

/**
 * Resolves `sdk.fetch()`'s path: relative to `baseUrl` (its path prefix kept; a leading `/` is
 * optional and still means "below baseUrl"), or an absolute URL on the same origin and below the
 * same prefix. Anything else is a `TypeError`, thrown before the token is even looked up.
 * @param baseUrl the client's resolved base URL
 * @param input the caller's path or URL
 * @throws {TypeError} for another origin, a route-leaving segment, or a malformed path
 */
export function resolveFetchTarget(baseUrl: string, input: unknown): FetchTarget {
  const text = input instanceof URL ? input.href : input;
  if (typeof text !== "string") throw invalidType("path", "a string or a URL");
  if (text.trim() === "") throw invalidValue("path", "must not be empty");
  // The URL parser silently drops tabs and newlines, which could join a dot segment back together.
  if (hasAsciiControl(text)) throw invalidValue("path", "must not contain control characters");
  const { origin, prefix } = splitBase(baseUrl);
  let relative: string;
  if (SCHEME.test(text)) {
    let url: URL;
    try {
      url = new URL(text);
    } catch {
      throw invalidValue("path", "is not a valid URL");
    }
    if (url.origin !== origin || url.username !== "" || url.password !== "") throw offOrigin(origin);
    // The parsed URL has its dot segments resolved already: check the text as written.
    const afterScheme = text.slice(text.indexOf(":") + 1);
    if (!afterScheme.startsWith("//")) throw offOrigin(origin);
    const authority = afterScheme.slice(2);
    const pathStart = authority.search(/[/?#\\]/);
    const rest = pathStart === -1 ? "" : authority.slice(pathStart);
    const rawPath = pathPart(rest);
    assertStaysOnRoute(rawPath, "path");
    if (!isBelow(rawPath, prefix)) throw offOrigin(origin);
    relative = rest.slice(prefix.length);
  } else {
    if (text.startsWith("//")) {
      throw invalidValue("path", `must not start with "//": it reads as a URL of another host`);
    }
    relative = text.startsWith("/") ? text : `/${text}`;
    assertStaysOnRoute(pathPart(relative), "path");
  }
  if (!relative.startsWith("/")) relative = `/${relative}`;
  const url = new URL(`${origin}${prefix}${relative}`);
  // Whatever the parser made of it (it trims spaces at the ends, for one) is checked again.
  if (url.origin !== origin || !isBelow(url.pathname, prefix)) throw offOrigin(origin);
  assertStaysOnRoute(url.pathname.slice(prefix.length), "path");
  return { path: url.pathname.slice(prefix.length) || "/", query: url.search.slice(1) };
}

/** An init after validation, ready to build each attempt's request from. */
interface ResolvedFetchInit {
  readonly method: string;
  /** The init's own headers; the pipeline sets them over the client's. */
  readonly headers: Readonly<Record<string, string>>;
  readonly body: string | undefined;
  readonly idempotent: boolean;
  readonly throwOnError: boolean;
  /** The whole call's signal and timeout, checked by the pipeline. */
  readonly call: RequestOptions;
}

function resolveMethod(value: unknown): string {
  if (value === undefined) return "GET";
  if (typeof value !== "string") throw invalidType("init.method", "a string");
  const method = value.toUpperCase();
  if (!HTTP_TOKEN.test(method) || FORBIDDEN_METHODS.has(method)) {
    throw invalidValue("init.method", "must be an HTTP method fetch can send (not CONNECT, TRACE or TRACK)");
  }
  return method;
}

function resolveHeaders(value: unknown): Headers {
  const headers = new Headers();
  if (value === undefined) return headers;
  let given: Headers;
  try {
    given = new Headers(value as HeadersInit);
  } catch {
    // Neither name nor value is echoed: a value may be a secret.
    throw invalidValue(
      "init.headers",
      "must be valid HTTP headers (names are tokens, values hold no CR, LF or NUL)",
    );
  }
  for (const [name, headerValue] of given) {
    if (name === "authorization") {
      throw invalidValue("init.headers", "must not set Authorization: the client manages the token");
    }
    assertNotTransport(name, "init.headers");
    headers.set(name, headerValue);
  }
  return headers;
}

/** Refuses a transport header (Headers names are lower case), which fetch sets itself. */
function assertNotTransport(name: string, argument: string): void {
  if (TRANSPORT_HEADERS.has(name)) {
    throw invalidValue(argument, `must not set ${name}: fetch sets the transport headers itself`);
  }
}

function resolveBody(init: Record<string, unknown>, method: string, headers: Headers): string | undefined {
  const { body, json } = init;
  if (body !== undefined && body !== null && json !== undefined) {
    throw invalidValue("init.json", `cannot be combined with "init.body"`);
  }
  let text: string | undefined;
  if (json !== undefined) {
    try {
      text = JSON.stringify(json);
    } catch {
      text = undefined;
    }
    if (text === undefined) throw invalidValue("init.json", "must be a value JSON.stringify can serialise");
    if (!headers.has("content-type")) headers.set("Content-Type", "application/json");
  } else if (body instanceof URLSearchParams) {
    text = body.toString();
    if (!headers.has("content-type")) {
      headers.set("Content-Type", "application/x-www-form-urlencoded;charset=UTF-8");
    }
  } else if (typeof body === "string") {
    text = body;
  } else if (body !== undefined && body !== null) {
    throw invalidType("init.body", "a string, URLSearchParams or null (use init.json for JSON)");
  }
  if (text !== undefined && (method === "GET" || method === "HEAD")) {
    throw invalidValue(json === undefined ? "init.body" : "init.json", `must be absent for ${method}`);
  }
  return text;
}

/**
 * Validates `sdk.fetch()`'s init, once, before anything is sent.
 * @param value the caller's init
 * @throws {TypeError} with a Node-style `code` naming the first bad field
 */
export function resolveFetchInit(value: FidesFetchInit | undefined): ResolvedFetchInit {
  if (value !== undefined && (typeof value !== "object" || value === null || Array.isArray(value))) {
    throw invalidType("init", "an object");
  }
  const init = (value ?? {}) as Record<string, unknown>;
  for (const name of Object.keys(init)) {
    if (!KNOWN_INIT.has(name)) throw invalidValue(`init.${name}`, "is not supported by sdk.fetch()");
  }
  const method = resolveMethod(init.method);
  const headers = resolveHeaders(init.headers);
  const body = resolveBody(init, method, headers);
  const call: RequestOptions = {};
  if (init.signal !== undefined) {
    if (!(init.signal instanceof AbortSignal)) throw invalidType("init.signal", "an AbortSignal");
    call.signal = init.signal;
  }
  if (init.timeoutMs !== undefined) {
    call.timeoutMs = assertPositiveNumber(init.timeoutMs, "init.timeoutMs", 0, MAX_TIMER_MS);
  }
  return {
    method,
    headers: Object.fromEntries(headers),
    body,
    idempotent: assertFlag(init.idempotent, "init.idempotent", IDEMPOTENT_METHODS.has(method)),
    throwOnError: assertFlag(init.throwOnError, "init.throwOnError", true),
    call,
  };
}

/** An `Accept` that admits an HTML page: text/html, text/any or any/any. */
const ADMITS_HTML = /text\/html|text\/\*|\*\/\*/i;
const API_PREFIX = "/api/v1";

/**
 * Refuses a 2xx HTML page where JSON was expected. Fides serves its admin UI, 200 `text/html`,
 * for every path outside `/api/v1`, so `sdk.fetch("/dsr/policy")` would otherwise "succeed". JSON
 * is expected unless the request's `Accept` admits HTML: a caller who wants the page says so.
 * @param request what was sent
 * @param answer the 2xx answer
 * @throws {FidesResponseValidationError} naming the likely missing `/api/v1`
 */
function refuseUnexpectedHtml(
  request: {
    operation: string;
    method: string;
    path: string;
    headers?: Readonly<Record<string, string>> | undefined;
  },
  answer: Answer,
): Response {
  const { response } = answer;
  const type = response.headers.get("content-type") ?? "";
  if (!type.trimStart().toLowerCase().startsWith("text/html")) return response;
  const accept = request.headers?.accept;
  if (accept !== undefined && ADMITS_HTML.test(accept)) return response;
  const { method, path } = request;
  const lead = `${method} ${path} answered ${response.status} with an HTML page where JSON was expected`;
  const hint =
    path === API_PREFIX || path.startsWith(`${API_PREFIX}/`)
      ? "; a proxy or the admin UI answered instead of the API (send Accept: text/html to receive HTML)"
      : `: Fides serves its admin UI outside /api/v1, so the path probably lacks it ("${API_PREFIX}${path}"); send Accept: text/html to receive HTML`;
  throw new FidesResponseValidationError(
    `${lead}${hint}`,
    { operation: request.operation, method, path },
    "",
    response,
  );
}

/**
 * The pipeline request of one `sdk.fetch()` call.
 * @param target where it goes
 * @param init what it sends
 * @param authenticated whether it carries the client's token (not for a client without credentials)
 */
export function fetchRequest(
  target: FetchTarget,
  init: ResolvedFetchInit,
  authenticated: boolean,
): PipelineRequest<Response> {
  return {
    operation: "fetch",
    method: init.method,
    path: target.path,
    query: target.query,
    body: init.body,
    headers: init.headers,
    idempotent: init.idempotent,
    authenticated,
    returnsErrors: !init.throwOnError,
    handsOverBody: true,
    parse: (answer) =>
      answer.response.ok && init.throwOnError
        ? refuseUnexpectedHtml(
            { operation: "fetch", method: init.method, path: target.path, headers: init.headers },
            answer,
          )
        : answer.response,
  };
}

/**
 * The pipeline request for one request openapi-fetch built for `sdk.api()`: checked to stay below
 * the base URL (a per-call `baseUrl` or a middleware could point it elsewhere), its body read once
 * as bytes so that a resend or a retry can send it again unchanged, and every non-2xx answer
 * returned to openapi-fetch.
 * @param baseUrl the client's resolved base URL
 * @param request what openapi-fetch (and its middleware) built
 * @param authenticated whether it carries the client's token (not for a client without credentials)
 * @param bodyLimit the most decoded bytes read from a success body, inside the call's deadline
 * @throws {TypeError} when the request leaves the base URL or its route, or names a transport header
 * @param throwOnError whether a non-2xx answer throws the typed error instead of being returned
 */
export async function forwardedRequest(
  baseUrl: string,
  request: Request,
  authenticated: boolean,
  bodyLimit: number,
  throwOnError = false,
): Promise<PipelineRequest<Response>> {
  const { origin, prefix } = splitBase(baseUrl);
  const url = new URL(request.url);
  if (url.origin !== origin || url.username !== "" || url.password !== "" || !isBelow(url.pathname, prefix)) {
    throw offOrigin(origin);
  }
  assertStaysOnRoute(url.pathname, "path");
  for (const name of request.headers.keys()) assertNotTransport(name, "headers");
  const method = request.method.toUpperCase();
  const headers = Object.fromEntries(request.headers);
  const path = url.pathname.slice(prefix.length) || "/";
  return {
    operation: "api",
    method,
    path,
    query: url.search.slice(1),
    body: request.body === null ? undefined : new Uint8Array(await request.arrayBuffer()),
    headers,
    idempotent: IDEMPOTENT_METHODS.has(method),
    authenticated,
    returnsErrors: !throwOnError,
    bodyLimit,
    buffersBody: true,
    parse: (answer) =>
      answer.response.ok
        ? refuseUnexpectedHtml({ operation: "api", method, path, headers }, answer)
        : answer.response,
  };
}

/**
 * openapi-fetch's path serializer, checked: a path parameter of `..` (or `%2F`) would otherwise
 * be resolved away by the `Request` constructor before the transport could see it.
 * @param serialized the URL with its parameters filled in
 */
export function checkSerializedPath(serialized: string): string {
  const afterOrigin = serialized.replace(/^[A-Za-z][A-Za-z\d+.-]*:\/\/[^/?#]*/, "");
  assertStaysOnRoute(pathPart(afterOrigin), "params.path");
  return serialized;
}
