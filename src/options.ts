import type { TokenStore } from "./token-store.js";

/**
 * Where the client reports what it does; never given a secret or a token. By default, warnings
 * and errors go to `console.warn` and `console.error` and the rest is dropped.
 */
export interface FidesLogger {
  debug(message: string): void;
  info(message: string): void;
  warn(message: string): void;
  error(message: string): void;
}

/** Options every method takes as its last argument. */
export interface RequestOptions {
  /** Aborts the call, including its retries and any wait for a token or the server's version. */
  signal?: AbortSignal;
  /**
   * How long the whole call may take, in milliseconds: the wait for a token and for the server's
   * version, every attempt and every wait between retries. @default the client's `timeoutMs`
   */
  timeoutMs?: number;
}

/** A version such as `"2.84.2"`, or `"auto"` to read it from `GET /health` when first needed. */
export type ServerVersionOption = "auto" | `${number}.${number}.${number}`;

/** Options shared by clients and the helper functions: the server and how to talk to it. */
export interface FidesSharedOptions {
  /**
   * The Fides webserver's root, such as `"http://localhost:8080"`; a path prefix and a trailing
   * slash are fine, but not `/api/v1`: the OAuth methods add it, and `sdk.fetch()` and `sdk.api()`
   * paths start with it (`"/api/v1/dsr/policy"`). Plain `http:` is accepted only for
   * `localhost`, `127.0.0.0/8` and `[::1]` unless `allowInsecureHttp` is set.
   */
  baseUrl: string;
  /**
   * The token lifetime to assume when the server sends no `expires_in` (before Fides 2.78.2).
   * @default 11520 (8 days, Fides's default)
   */
  tokenLifetimeMinutes?: number;
  /**
   * How long each call may take, in milliseconds, from the method's call to its result: waits
   * for a token or the server's version, attempts and retries included. @default 30000
   */
  timeoutMs?: number;
  /** Retries of a failed attempt, when retrying is safe. @default 2 */
  maxRetries?: number;
  /**
   * The `fetch` to use, looked up on every call. It is called like the standard one, as
   * `fetch(url, init)`; honour `init.signal`, or timeouts and aborts cannot stop a
   * request. @default globalThis.fetch
   */
  fetch?: (url: string, init: RequestInit) => Promise<Response>;
  /**
   * Headers added to every request (not `Authorization`, which the client manages). Names must be
   * HTTP tokens and values must hold no control characters (CR, LF, NUL, …).
   */
  headers?: Record<string, string>;
  /** Prepended to the `User-Agent` header. */
  userAgent?: string;
  /**
   * Receives debug, info, warn and error messages; pass `{ debug() {}, info() {}, warn() {}, error() {} }`
   * for silence. @default warnings and errors to the console, prefixed `fides-sdk:`
   */
  logger?: FidesLogger;
  /** A millisecond clock, for tests. @default a monotonic clock */
  now?: () => number;
  /** Allow plain `http:` to a host that is not loopback (the secret would travel in clear). @default false */
  allowInsecureHttp?: boolean;
  /** The server's version, or `"auto"` to read it once from `GET /health` when first needed. @default "auto" */
  serverVersion?: ServerVersionOption;
  /** Send scopes this SDK's registry does not know (for servers newer than the SDK). @default false */
  allowUnknownScopes?: boolean;
  /** Where tokens are cached. @default an in-memory store private to the client */
  tokenStore?: TokenStore;
}

/** Options of a client that acquires its own tokens from its credentials. */
export interface FidesClientCredentialsOptions extends FidesSharedOptions {
  /** The OAuth client's id. */
  clientId: string;
  /** The OAuth client's secret; sent only in the token request body. */
  clientSecret: string;
  accessToken?: never;
}

/** Options of a client that uses a fixed token it never refreshes. */
export interface FidesClientTokenOptions extends FidesSharedOptions {
  /** A token obtained elsewhere; used as is, never refreshed. */
  accessToken: string;
  clientId?: never;
  clientSecret?: never;
}

/**
 * Options of a client without credentials, for unauthenticated calls only: `health()`, and
 * `sdk.fetch()` or `sdk.api()` sent without a token. Any call that needs a token is refused with
 * an `ERR_MISSING_OPTION` `TypeError` before it is sent.
 */
export interface FidesClientUnauthenticatedOptions extends FidesSharedOptions {
  clientId?: never;
  clientSecret?: never;
  accessToken?: never;
}

/** Options of `new FidesClient(options)`: credentials, a fixed `accessToken`, or neither. */
export type FidesClientOptions =
  | FidesClientCredentialsOptions
  | FidesClientTokenOptions
  | FidesClientUnauthenticatedOptions;

/**
 * The second argument of `sdk.fetch()`: the standard `method`, `headers`, `body` and `signal`,
 * plus `json`, the whole-call `timeoutMs`, `idempotent` and `throwOnError`. Other `RequestInit`
 * fields (`redirect`, `credentials`, …) are refused: the client owns how a request travels.
 */
export interface FidesFetchInit extends RequestOptions {
  /** The HTTP method, in any case (sent upper-cased). @default "GET" */
  method?: string;
  /** Added to the client's `headers`; never `Authorization`, which the client manages. */
  headers?: HeadersInit;
  /**
   * A text body (sent with `text/plain;charset=UTF-8` unless `headers` name a type) or form
   * fields (`application/x-www-form-urlencoded`). Not with `json`, nor with GET or HEAD.
   */
  body?: string | URLSearchParams | null;
  /** A value sent as JSON, with `Content-Type: application/json` unless `headers` set one. */
  json?: unknown;
  /**
   * Whether repeating the request is harmless, which lets it be retried after a timeout, a lost
   * connection or a 5xx. @default `true` for GET, HEAD, PUT, DELETE and OPTIONS; `false` for POST
   * and PATCH, which are then retried only when they provably never reached the server
   */
  idempotent?: boolean;
  /**
   * Whether a non-2xx answer throws the SDK's typed error (`FidesForbiddenError`, …). With
   * `false`, the `Response` is returned instead, its body unread. @default true
   */
  throwOnError?: boolean;
}

/** How `sdk.api()` reports errors; its other options (`timeoutMs`, `release`) are `ApiOptions`. */
export interface FidesApiOptions {
  /**
   * `true` throws every failure as the SDK's typed error: a non-2xx answer as `FidesApiError`
   * (`FidesForbiddenError`, `FidesNotFoundError`, …), like the token, timeout and connection
   * failures that always throw. `false` keeps openapi-fetch's way: a non-2xx answer is returned as
   * `{ error, response }`, while a failure without an answer (token, timeout, connection) still
   * throws, having no response to return. @default false
   */
  throwOnError?: boolean;
}
