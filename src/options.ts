import { checkAccessTokenOption } from "./internal/access-token-rules.js";
import { codedTypeError } from "./internal/coded-type-error.js";
import { parseVersion, type Version } from "./internal/version.js";
import type { TokenStore } from "./token-store.js";

/** Where the client reports what it does. Silent by default; never given a secret or a token. */
export interface FidesLogger {
  debug(message: string): void;
  info(message: string): void;
  warn(message: string): void;
  error(message: string): void;
}

/** Options every method takes as its last argument. */
export interface RequestOptions {
  /** Aborts the call, including its retries and any wait for a token. */
  signal?: AbortSignal;
  /** The timeout of each attempt of this call, in milliseconds. @default the client's `timeoutMs` */
  timeoutMs?: number;
}

/** A version such as `"2.84.2"`, or `"auto"` to read it from `GET /health` when first needed. */
export type ServerVersionOption = "auto" | `${number}.${number}.${number}`;

/** Options shared by clients and the helper functions: the server and how to talk to it. */
export interface FidesSharedOptions {
  /** The Fides webserver, such as `"http://localhost:8080"`; a path prefix and a trailing slash are fine. */
  baseUrl: string;
  /**
   * The token lifetime to assume when the server sends no `expires_in` (before Fides 2.78.2).
   * @default 11520 (8 days, Fides's default)
   */
  tokenLifetimeMinutes?: number;
  /** The timeout of each attempt, in milliseconds. @default 30000 */
  timeoutMs?: number;
  /** Retries of a failed attempt, when retrying is safe. @default 2 */
  maxRetries?: number;
  /**
   * The `fetch` to use, looked up on every call. It is called like the standard one, as
   * `fetch(url, init)`; honour `init.signal`, or attempt timeouts and aborts cannot stop a
   * request. @default globalThis.fetch
   */
  fetch?: (url: string, init: RequestInit) => Promise<Response>;
  /** Headers added to every request (not `Authorization`, which the client manages). */
  headers?: Record<string, string>;
  /** Prepended to the `User-Agent` header. */
  userAgent?: string;
  /** Receives debug, info, warn and error messages. @default silent */
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

/** Options of `new FidesClient(options)`: credentials, or a fixed `accessToken`. */
export type FidesClientOptions = FidesClientCredentialsOptions | FidesClientTokenOptions;

/** The client's credentials, kept apart from the options so they can live in `#private` fields. */
export type Credentials =
  | { kind: "client"; clientId: string; clientSecret: string }
  | { kind: "token"; accessToken: string };

/** Options after validation and defaults; nothing downstream reads raw options. */
export interface ResolvedOptions {
  baseUrl: string;
  clientId: string | undefined;
  tokenLifetimeMs: number;
  timeoutMs: number;
  maxRetries: number;
  fetch: ((url: string, init: RequestInit) => Promise<Response>) | undefined;
  headers: Record<string, string>;
  logger: FidesLogger;
  now: () => number;
  serverVersion: Version | "auto";
  allowUnknownScopes: boolean;
  tokenStore: TokenStore | undefined;
}

const KNOWN = new Set([
  "baseUrl",
  "clientId",
  "clientSecret",
  "accessToken",
  "tokenLifetimeMinutes",
  "timeoutMs",
  "maxRetries",
  "fetch",
  "headers",
  "userAgent",
  "logger",
  "now",
  "allowInsecureHttp",
  "serverVersion",
  "allowUnknownScopes",
  "tokenStore",
]);
const MAX_TIMER_MS = 2_147_483_647;
const noop = (): void => {};
const SILENT: FidesLogger = { debug: noop, info: noop, warn: noop, error: noop };
const LOOPBACK_V4 = /^127(?:\.\d{1,3}){3}$/;

/** The default clock: monotonic, and close to epoch milliseconds so a shared token store can compare. */
const monotonicNow = (): number => performance.timeOrigin + performance.now();

function isLoopback(hostname: string): boolean {
  return (
    hostname === "localhost" ||
    hostname.endsWith(".localhost") ||
    hostname === "[::1]" ||
    LOOPBACK_V4.test(hostname)
  );
}

function invalidType(name: string, expected: string): TypeError {
  return codedTypeError("ERR_INVALID_ARG_TYPE", `"options.${name}" must be ${expected}`);
}

function nonEmptyString(raw: Record<string, unknown>, name: string): string | undefined {
  const value = raw[name];
  if (value === undefined) return undefined;
  if (typeof value !== "string") throw invalidType(name, "a string");
  if (value.trim() === "") {
    throw codedTypeError("ERR_INVALID_ARG_VALUE", `"options.${name}" must not be empty`);
  }
  return value;
}

function positiveNumber(raw: Record<string, unknown>, name: string, fallback: number, max: number): number {
  const value = raw[name];
  if (value === undefined) return fallback;
  if (typeof value !== "number" || !Number.isFinite(value) || value <= 0 || value > max) {
    throw codedTypeError("ERR_INVALID_ARG_VALUE", `"options.${name}" must be a positive number up to ${max}`);
  }
  return value;
}

function flag(raw: Record<string, unknown>, name: string): boolean {
  const value = raw[name];
  if (value === undefined) return false;
  if (typeof value !== "boolean") throw invalidType(name, "a boolean");
  return value;
}

function resolveBaseUrl(raw: Record<string, unknown>): string {
  const value = raw.baseUrl;
  if (value === undefined) throw codedTypeError("ERR_MISSING_OPTION", `"options.baseUrl" is required`);
  if (typeof value !== "string") throw invalidType("baseUrl", "a string");
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw codedTypeError("ERR_INVALID_ARG_VALUE", `"options.baseUrl" must be an absolute http(s) URL`);
  }
  if (url.protocol !== "http:" && url.protocol !== "https:") {
    throw codedTypeError("ERR_INVALID_ARG_VALUE", `"options.baseUrl" must be an absolute http(s) URL`);
  }
  if (url.username !== "" || url.password !== "") {
    throw codedTypeError("ERR_INVALID_ARG_VALUE", `"options.baseUrl" must not hold credentials`);
  }
  if (url.search !== "" || url.hash !== "") {
    throw codedTypeError("ERR_INVALID_ARG_VALUE", `"options.baseUrl" must not have a query or a fragment`);
  }
  if (url.protocol === "http:" && !isLoopback(url.hostname) && !flag(raw, "allowInsecureHttp")) {
    throw codedTypeError(
      "ERR_INVALID_ARG_VALUE",
      `"options.baseUrl" uses plain http: to ${url.hostname}, so the client secret would travel in clear; ` +
        `use https:, or set "options.allowInsecureHttp" to true`,
    );
  }
  return `${url.origin}${url.pathname.replace(/\/+$/, "")}`;
}

function resolveCredentials(raw: Record<string, unknown>): Credentials {
  const clientId = nonEmptyString(raw, "clientId");
  const clientSecret = nonEmptyString(raw, "clientSecret");
  const accessToken = nonEmptyString(raw, "accessToken");
  if (accessToken !== undefined) {
    if (clientId !== undefined || clientSecret !== undefined) {
      throw codedTypeError(
        "ERR_INVALID_ARG_VALUE",
        `"options.accessToken" cannot be combined with "options.clientId" or "options.clientSecret"`,
      );
    }
    return { kind: "token", accessToken: checkAccessTokenOption(accessToken) };
  }
  if (clientId === undefined) {
    throw codedTypeError(
      "ERR_MISSING_OPTION",
      `"options.clientId" and "options.clientSecret" (or "options.accessToken") are required`,
    );
  }
  if (clientSecret === undefined) {
    throw codedTypeError("ERR_MISSING_OPTION", `"options.clientSecret" is required with "options.clientId"`);
  }
  return { kind: "client", clientId, clientSecret };
}

function resolveHeaders(raw: Record<string, unknown>): Record<string, string> {
  const headers: Record<string, string> = {};
  const value = raw.headers;
  if (value !== undefined) {
    if (typeof value !== "object" || value === null || Array.isArray(value)) {
      throw invalidType("headers", "an object of header names to strings");
    }
    for (const [name, headerValue] of Object.entries(value)) {
      if (typeof headerValue !== "string") throw invalidType(`headers.${name}`, "a string");
      if (name.toLowerCase() === "authorization") {
        throw codedTypeError(
          "ERR_INVALID_ARG_VALUE",
          `"options.headers.${name}" is not allowed: the client manages authorization`,
        );
      }
      headers[name] = headerValue;
    }
  }
  const userAgent = nonEmptyString(raw, "userAgent");
  headers["User-Agent"] = userAgent === undefined ? "fides-sdk" : `${userAgent} fides-sdk`;
  return headers;
}

function resolveLogger(raw: Record<string, unknown>): FidesLogger {
  const value = raw.logger;
  if (value === undefined) return SILENT;
  if (typeof value !== "object" || value === null) throw invalidType("logger", "an object");
  const logger = value as Partial<Record<keyof FidesLogger, unknown>>;
  for (const level of ["debug", "info", "warn", "error"] as const) {
    if (typeof logger[level] !== "function") throw invalidType(`logger.${level}`, "a function");
  }
  return value as FidesLogger;
}

function resolveFunction<T>(raw: Record<string, unknown>, name: string): T | undefined {
  const value = raw[name];
  if (value === undefined) return undefined;
  if (typeof value !== "function") throw invalidType(name, "a function");
  return value as T;
}

function resolveServerVersion(raw: Record<string, unknown>): Version | "auto" {
  const value = raw.serverVersion;
  if (value === undefined || value === "auto") return "auto";
  const version = typeof value === "string" ? parseVersion(value) : undefined;
  if (version === undefined) {
    throw codedTypeError(
      "ERR_INVALID_ARG_VALUE",
      `"options.serverVersion" must be "auto" or a version like "2.84.2"`,
    );
  }
  return version;
}

function resolveTokenStore(raw: Record<string, unknown>): TokenStore | undefined {
  const value = raw.tokenStore;
  if (value === undefined) return undefined;
  if (typeof value !== "object" || value === null) throw invalidType("tokenStore", "an object");
  const store = value as Partial<Record<keyof TokenStore, unknown>>;
  for (const method of ["get", "set", "delete"] as const) {
    if (typeof store[method] !== "function") throw invalidType(`tokenStore.${method}`, "a function");
  }
  return value as TokenStore;
}

/**
 * Validates raw options and fills in defaults, once, at construction.
 * @param options what the caller passed to `new FidesClient()`
 * @throws {TypeError} with a Node-style `code` naming the first bad option
 */
export function resolveOptions(options: unknown): { resolved: ResolvedOptions; credentials: Credentials } {
  if (typeof options !== "object" || options === null) {
    throw codedTypeError("ERR_INVALID_ARG_TYPE", `"options" must be an object`);
  }
  const raw = options as Record<string, unknown>;
  for (const name of Object.keys(raw)) {
    if (!KNOWN.has(name))
      throw codedTypeError("ERR_INVALID_ARG_VALUE", `"options.${name}" is not a known option`);
  }
  const maxRetries = raw.maxRetries ?? 2;
  if (typeof maxRetries !== "number" || !Number.isInteger(maxRetries) || maxRetries < 0 || maxRetries > 10) {
    throw codedTypeError("ERR_INVALID_ARG_VALUE", `"options.maxRetries" must be an integer from 0 to 10`);
  }
  const credentials = resolveCredentials(raw);
  const resolved: ResolvedOptions = {
    baseUrl: resolveBaseUrl(raw),
    clientId: credentials.kind === "client" ? credentials.clientId : undefined,
    tokenLifetimeMs: positiveNumber(raw, "tokenLifetimeMinutes", 11_520, 1e9) * 60_000,
    timeoutMs: positiveNumber(raw, "timeoutMs", 30_000, MAX_TIMER_MS),
    maxRetries,
    fetch: resolveFunction(raw, "fetch"),
    headers: resolveHeaders(raw),
    logger: resolveLogger(raw),
    now: resolveFunction<() => number>(raw, "now") ?? monotonicNow,
    serverVersion: resolveServerVersion(raw),
    allowUnknownScopes: flag(raw, "allowUnknownScopes"),
    tokenStore: resolveTokenStore(raw),
  };
  flag(raw, "allowInsecureHttp");
  return { resolved, credentials };
}

/**
 * Validates the per-call options and returns the attempt timeout to use.
 * @param options the method's last argument
 * @param fallback the client's `timeoutMs`
 * @throws {TypeError} when `signal` or `timeoutMs` is malformed
 */
export function resolveRequestTimeout(options: RequestOptions | undefined, fallback: number): number {
  if (options === undefined) return fallback;
  if (typeof options !== "object" || options === null) {
    throw codedTypeError("ERR_INVALID_ARG_TYPE", `"options" must be an object`);
  }
  const { signal, timeoutMs } = options;
  if (signal !== undefined && !(signal instanceof AbortSignal)) {
    throw codedTypeError("ERR_INVALID_ARG_TYPE", `"options.signal" must be an AbortSignal`);
  }
  if (timeoutMs === undefined) return fallback;
  if (
    typeof timeoutMs !== "number" ||
    !Number.isFinite(timeoutMs) ||
    timeoutMs <= 0 ||
    timeoutMs > MAX_TIMER_MS
  ) {
    throw codedTypeError(
      "ERR_INVALID_ARG_VALUE",
      `"options.timeoutMs" must be a positive number up to ${MAX_TIMER_MS}`,
    );
  }
  return timeoutMs;
}
