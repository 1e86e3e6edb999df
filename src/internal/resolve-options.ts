import type { FidesLogger, RequestOptions } from "../options.js";
import type { TokenStore } from "../token-store.js";
import {
  assertFlag,
  assertHeaderValue,
  assertInteger,
  assertMethods,
  assertOptionalFunction,
  assertOptionalString,
  assertPositiveNumber,
  assertSendableToken,
  invalidType,
  invalidValue,
  missingOption,
} from "./assert.js";
import { parseVersion, type Version } from "./version.js";

/**
 * The client's credentials, kept apart from the options so they can live in `#private` fields;
 * `none` for a client of unauthenticated calls only (`health()`, `sdk.fetch` without a token).
 */
export type Credentials =
  | { kind: "client"; clientId: string; clientSecret: string }
  | { kind: "token"; accessToken: string }
  | { kind: "none" };

/** The `fetch` the client calls, as `fetch(url, init)`. */
type FetchFunction = (url: string, init: RequestInit) => Promise<Response>;

/** Options after validation and defaults; nothing downstream reads raw options. */
export interface ResolvedOptions {
  baseUrl: string;
  clientId: string | undefined;
  tokenLifetimeMs: number;
  timeoutMs: number;
  maxRetries: number;
  /** The caller's `fetch`; `undefined` means `globalThis.fetch`, looked up on every call. */
  fetch: FetchFunction | undefined;
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
/** The longest delay `setTimeout` keeps (2^31 − 1 ms). */
export const MAX_TIMER_MS = 2_147_483_647;
const noop = (): void => {};
/**
 * The default logger: quiet about routine work, but a warning (refused credentials, a failed
 * background refresh, a failing token store) reaches the console, where a service's operator sees
 * it before every call fails.
 */
const WARNINGS_TO_CONSOLE: FidesLogger = {
  debug: noop,
  info: noop,
  warn: (message) => console.warn(`fides-sdk: ${message}`),
  error: (message) => console.error(`fides-sdk: ${message}`),
};
const LOOPBACK_V4 = /^127(?:\.\d{1,3}){3}$/;
/** An HTTP header name: an RFC 9110 token. */
const HEADER_NAME = /^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/;
const API_PREFIX = /\/api\/v1\/?$/;
/**
 * Headers that describe the connection or the body's framing: `fetch` sets them itself, and
 * undici refuses a request naming them only when it sends it, after the token was looked up.
 */
export const TRANSPORT_HEADERS: ReadonlySet<string> = new Set([
  "connection",
  "content-length",
  "expect",
  "keep-alive",
  "transfer-encoding",
  "upgrade",
]);

/** The default clock: monotonic, and close to epoch milliseconds so a shared token store can compare. */
const monotonicNow = (): number => performance.timeOrigin + performance.now();

/** Only these count as loopback: `localhost`, `127.0.0.0/8` and `[::1]` (the URL parser normalises them). */
function isLoopback(hostname: string): boolean {
  return hostname === "localhost" || hostname === "[::1]" || LOOPBACK_V4.test(hostname);
}

function resolveBaseUrl(raw: Record<string, unknown>): string {
  const value = raw.baseUrl;
  if (value === undefined) throw missingOption("options.baseUrl", "is required");
  if (typeof value !== "string") throw invalidType("options.baseUrl", "a string");
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw invalidValue("options.baseUrl", "must be an absolute http(s) URL");
  }
  if (url.protocol !== "http:" && url.protocol !== "https:") {
    throw invalidValue("options.baseUrl", "must be an absolute http(s) URL");
  }
  if (url.username !== "" || url.password !== "") {
    throw invalidValue("options.baseUrl", "must not hold credentials");
  }
  if (url.search !== "" || url.hash !== "") {
    throw invalidValue("options.baseUrl", "must not have a query or a fragment");
  }
  const path = url.pathname.replace(/\/+$/, "");
  if (API_PREFIX.test(url.pathname)) {
    const corrected = `${url.origin}${url.pathname.replace(API_PREFIX, "").replace(/\/+$/, "")}`;
    throw invalidValue(
      "options.baseUrl",
      `must not end in /api/v1: it is the server's root, and paths start below it (the OAuth methods' own, and sdk.fetch("/api/v1/…") paths), so /api/v1 would be doubled; use "${corrected}"`,
    );
  }
  if (
    url.protocol === "http:" &&
    !isLoopback(url.hostname) &&
    !assertFlag(raw.allowInsecureHttp, "options.allowInsecureHttp")
  ) {
    throw invalidValue(
      "options.baseUrl",
      `uses plain http: to ${url.hostname}, so the client secret would travel in clear; ` +
        `use https:, or set "options.allowInsecureHttp" to true`,
    );
  }
  return `${url.origin}${path}`;
}

function resolveCredentials(raw: Record<string, unknown>): Credentials {
  const clientId = assertOptionalString(raw.clientId, "options.clientId");
  const clientSecret = assertOptionalString(raw.clientSecret, "options.clientSecret");
  const accessToken = assertOptionalString(raw.accessToken, "options.accessToken");
  if (accessToken !== undefined) {
    if (clientId !== undefined || clientSecret !== undefined) {
      throw invalidValue(
        "options.accessToken",
        `cannot be combined with "options.clientId" or "options.clientSecret"`,
      );
    }
    return { kind: "token", accessToken: assertSendableToken(accessToken, "options.accessToken") };
  }
  if (clientId === undefined && clientSecret === undefined) return { kind: "none" };
  if (clientId === undefined)
    throw missingOption("options.clientId", `is required with "options.clientSecret"`);
  if (clientSecret === undefined) {
    throw missingOption("options.clientSecret", `is required with "options.clientId"`);
  }
  return { kind: "client", clientId, clientSecret };
}

/**
 * A custom token store: its methods, and its numeric settings checked once, here (a `NaN` wait
 * would never end, a string would be concatenated to a time, a negative one would skip the wait).
 */
function resolveTokenStore(value: unknown): TokenStore | undefined {
  if (value === undefined) return undefined;
  const store = assertMethods<TokenStore>(value, "options.tokenStore", ["get", "set", "delete"]);
  const { waitMs, callTimeoutMs } = store as { waitMs?: unknown; callTimeoutMs?: unknown };
  assertStoreMs(waitMs, "options.tokenStore.waitMs", 0);
  assertStoreMs(callTimeoutMs, "options.tokenStore.callTimeoutMs", 1);
  return store;
}

/** A store's optional number of milliseconds: absent, or a finite number from `min` to the timer limit. */
function assertStoreMs(value: unknown, name: string, min: number): void {
  if (value === undefined) return;
  if (typeof value !== "number" || !Number.isFinite(value) || value < min || value > MAX_TIMER_MS) {
    throw invalidValue(name, `must be a number of milliseconds from ${min} to ${MAX_TIMER_MS}`);
  }
}

/**
 * Validates the argument of `sdk.setCredentials()`.
 * @param credentials the new `clientSecret`, and optionally a new `clientId`
 * @param current the client's current id; `undefined` when it was built without credentials
 * @throws {TypeError} `ERR_MISSING_OPTION` for a client built without credentials, else naming the bad field
 */
export function resolveNewCredentials(
  credentials: unknown,
  current: string | undefined,
): { clientId: string; clientSecret: string } {
  if (current === undefined) {
    throw missingOption(
      "options.clientId",
      "is required for setCredentials(): this client was built with accessToken or without credentials",
    );
  }
  if (typeof credentials !== "object" || credentials === null) throw invalidType("credentials", "an object");
  const raw = credentials as Record<string, unknown>;
  for (const name of Object.keys(raw)) {
    if (name !== "clientId" && name !== "clientSecret") {
      throw invalidValue(`credentials.${name}`, "is not a known field");
    }
  }
  const clientSecret = assertOptionalString(raw.clientSecret, "credentials.clientSecret");
  if (clientSecret === undefined) throw missingOption("credentials.clientSecret", "is required");
  const clientId = assertOptionalString(raw.clientId, "credentials.clientId") ?? current;
  return { clientId, clientSecret };
}

function resolveHeaders(raw: Record<string, unknown>): Record<string, string> {
  const headers: Record<string, string> = {};
  const value = raw.headers;
  if (value !== undefined) {
    if (typeof value !== "object" || value === null || Array.isArray(value)) {
      throw invalidType("options.headers", "an object of header names to strings");
    }
    for (const [name, headerValue] of Object.entries(value)) {
      // The name is not echoed: an invalid one may be an injection attempt.
      if (!HEADER_NAME.test(name))
        throw invalidValue("options.headers", "has a name that is not an HTTP token");
      if (typeof headerValue !== "string") throw invalidType(`options.headers.${name}`, "a string");
      if (name.toLowerCase() === "authorization") {
        throw invalidValue(`options.headers.${name}`, "is not allowed: the client manages authorization");
      }
      if (TRANSPORT_HEADERS.has(name.toLowerCase())) {
        throw invalidValue(
          `options.headers.${name}`,
          "is not allowed: fetch sets the transport headers itself",
        );
      }
      headers[name] = assertHeaderValue(headerValue, `options.headers.${name}`);
    }
  }
  const userAgent = assertOptionalString(raw.userAgent, "options.userAgent");
  if (userAgent !== undefined) assertHeaderValue(userAgent, "options.userAgent");
  headers["User-Agent"] = userAgent === undefined ? "fides-sdk" : `${userAgent} fides-sdk`;
  return headers;
}

function resolveServerVersion(raw: Record<string, unknown>): Version | "auto" {
  const value = raw.serverVersion;
  if (value === undefined || value === "auto") return "auto";
  const version = typeof value === "string" ? parseVersion(value) : undefined;
  if (version === undefined) {
    throw invalidValue("options.serverVersion", `must be "auto" or a version like "2.84.2"`);
  }
  return version;
}

/**
 * Validates raw options and fills in defaults, once, at construction.
 * @param options what the caller passed to `new FidesClient()`
 * @throws {TypeError} with a Node-style `code` naming the first bad option
 */
export function resolveOptions(options: unknown): { resolved: ResolvedOptions; credentials: Credentials } {
  if (typeof options !== "object" || options === null) throw invalidType("options", "an object");
  const raw = options as Record<string, unknown>;
  for (const name of Object.keys(raw)) {
    if (!KNOWN.has(name)) throw invalidValue(`options.${name}`, "is not a known option");
  }
  const maxRetries = assertInteger(raw.maxRetries, "options.maxRetries", 0, 10, 2);
  const credentials = resolveCredentials(raw);
  const resolved: ResolvedOptions = {
    baseUrl: resolveBaseUrl(raw),
    clientId: credentials.kind === "client" ? credentials.clientId : undefined,
    tokenLifetimeMs:
      assertPositiveNumber(raw.tokenLifetimeMinutes, "options.tokenLifetimeMinutes", 11_520, 1e9) * 60_000,
    timeoutMs: assertPositiveNumber(raw.timeoutMs, "options.timeoutMs", 30_000, MAX_TIMER_MS),
    maxRetries,
    fetch: assertOptionalFunction<FetchFunction>(raw.fetch, "options.fetch"),
    headers: resolveHeaders(raw),
    logger:
      raw.logger === undefined
        ? WARNINGS_TO_CONSOLE
        : assertMethods<FidesLogger>(raw.logger, "options.logger", ["debug", "info", "warn", "error"]),
    now: assertOptionalFunction<() => number>(raw.now, "options.now") ?? monotonicNow,
    serverVersion: resolveServerVersion(raw),
    allowUnknownScopes: assertFlag(raw.allowUnknownScopes, "options.allowUnknownScopes"),
    tokenStore: resolveTokenStore(raw.tokenStore),
  };
  assertFlag(raw.allowInsecureHttp, "options.allowInsecureHttp");
  return { resolved, credentials };
}

/** A call's options after validation: its signal and its whole-call timeout. */
interface CallOptions {
  signal: AbortSignal | undefined;
  timeoutMs: number;
}

/**
 * Validates the per-call options (every method's last argument).
 * @param options the method's last argument
 * @param fallbackMs the client's `timeoutMs`
 * @throws {TypeError} when `signal` or `timeoutMs` is malformed
 */
export function resolveCallOptions(options: RequestOptions | undefined, fallbackMs: number): CallOptions {
  if (options === undefined) return { signal: undefined, timeoutMs: fallbackMs };
  if (typeof options !== "object" || options === null) throw invalidType("options", "an object");
  const { signal } = options;
  if (signal !== undefined && !(signal instanceof AbortSignal)) {
    throw invalidType("options.signal", "an AbortSignal");
  }
  return {
    signal,
    timeoutMs: assertPositiveNumber(options.timeoutMs, "options.timeoutMs", fallbackMs, MAX_TIMER_MS),
  };
}
