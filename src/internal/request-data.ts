import type { Version } from "./version.js";

/**
 * A request as data: what an operation, `sdk.fetch()` or a forwarded `sdk.api()` request asks
 * the pipeline to send, below the client's base URL. The pipeline alone turns it into
 * `fetch(url, init)`.
 */
export interface RequestData {
  readonly method: string;
  /**
   * The path below the base URL, its parameters filled in and encoded once: sent as it is, and
   * the path every message and error names.
   */
  readonly path: string;
  /** The encoded query, without its `?`; absent or `""` for none. */
  readonly query?: string | undefined;
  /** The body, ready to send; absent for none. */
  readonly body?: string | Uint8Array<ArrayBuffer> | undefined;
  /** This request's own headers, set over the client's. */
  readonly headers?: Readonly<Record<string, string>> | undefined;
}

const PARAMETER = /\{([^{}]*)\}/g;
const JSON_HEADERS: Readonly<Record<string, string>> = { "Content-Type": "application/json" };

/**
 * Fills a path template's `{name}` parameters, each encoded as one path segment
 * (`encodeURIComponent`): the one path builder, for the wire and for messages alike.
 * @param template the contract's path, such as `/api/v1/oauth/client/{client_id}`
 * @param params a value for every parameter of the template
 * @throws {TypeError} when the template names a parameter `params` lacks (a defect of the SDK)
 */
export function fillPath(template: string, params: Readonly<Record<string, string>>): string {
  return template.replace(PARAMETER, (_, name: string) => {
    const value = params[name];
    if (value === undefined) throw new TypeError(`path parameter "${name}" of ${template} has no value`);
    return encodeURIComponent(value);
  });
}

/**
 * Encodes a query from its parameters, in their order (`page=1&size=50`).
 * @param params each parameter's value
 */
export function queryOf(params: Readonly<Record<string, string | number>>): string {
  let query = "";
  for (const [name, value] of Object.entries(params)) {
    query += `${query === "" ? "" : "&"}${encodeURIComponent(name)}=${encodeURIComponent(String(value))}`;
  }
  return query;
}

/**
 * A JSON body and its `Content-Type`, to spread into a {@link RequestData}.
 * @param value the body; its type is tied to the contract where the operation builds it (`satisfies`)
 */
export function jsonBody(value: unknown): { body: string; headers: Readonly<Record<string, string>> } {
  return { body: JSON.stringify(value), headers: JSON_HEADERS };
}

/**
 * The URL a request is sent to: the client's base URL, the request's path and its query.
 * @param baseUrl the client's resolved base URL (no trailing slash)
 * @param request the request's path and query
 */
export function requestUrl(baseUrl: string, request: Pick<RequestData, "path" | "query">): string {
  const { query } = request;
  return query === undefined || query === "" ? baseUrl + request.path : `${baseUrl}${request.path}?${query}`;
}

/** One attempt's answer: the response, and its success body parsed when the request has a `bodyLimit`. */
export interface Answer {
  response: Response;
  data?: unknown;
}

/**
 * Any request the pipeline can send, as data: an operation of the table, `sdk.fetch()`, or a
 * request `sdk.api()` forwards. The pipeline builds its URL and `init` and calls `fetch`.
 * @example
 * // A raw request, as `sdk.fetch(path, init)` would send it:
 * pipeline.request({
 *   operation: "fetch", method: "GET", path: "/api/v1/privacy-request", idempotent: true,
 *   authenticated: true, returnsErrors: true, parse: (answer) => answer.response,
 * }, { signal });
 */
export interface PipelineRequest<T> extends RequestData {
  /** The SDK operation, carried by errors as `operation` (such as `"createClient"`). */
  operation: string;
  /** Whether repeating the request is harmless (retries on timeouts and 5xx). */
  idempotent: boolean;
  /** Whether it needs a Bearer token. */
  authenticated: boolean;
  /** The first Fides version that has it: refused before sending on an older server. */
  since?: Version | undefined;
  /**
   * The request reshaped for the server's era; when present, the version is read before the
   * first attempt, and what this returns is sent instead (its path must stay the same).
   */
  forVersion?: ((version: Version) => RequestData) | undefined;
  /** The scopes the request assigns, to name the ones a server does not know. */
  sentScopes?: readonly string[] | undefined;
  /**
   * The most decoded bytes read from a success body, inside the attempt, which then parses it as
   * JSON into `data`; absent, a success body is handed over unread, for a raw request's caller
   * to read. An error answer's body is always read within `ERROR_BODY_LIMIT`.
   */
  bodyLimit?: number | undefined;
  /**
   * With `bodyLimit`: the success body is read into memory as bytes (not parsed) and handed on
   * as a `Response`, for `sdk.api()`'s openapi-fetch to parse.
   */
  buffersBody?: boolean | undefined;
  /**
   * Without `bodyLimit`: a success body is handed over unread, and the call's deadline stays
   * armed until the caller has read it to its end (or cancelled it), for `sdk.fetch()`.
   */
  handsOverBody?: boolean | undefined;
  /** Turns a success into the result (throwing `FidesResponseValidationError` when it breaks the contract). */
  parse(answer: Answer): T;
  /**
   * Hands a final non-success answer to `parse` too, instead of throwing its typed error (for a
   * raw `sdk.fetch`). Refused tokens, retries and redirects are handled the same either way.
   */
  returnsErrors?: boolean | undefined;
}
