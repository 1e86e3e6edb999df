import createClient, { createQuerySerializer } from "openapi-fetch";
import { FidesError, FidesTimeoutError } from "./errors.js";
import type { paths } from "./generated/fides-oauth.js";
import { AttemptTimeout, raceAbort } from "./internal/abort.js";
import { tokenLifetimeMs } from "./internal/access-token-rules.js";
import { createAuthMiddleware, FixedTokenSource, type TokenSource } from "./internal/auth-middleware.js";
import type { ClientInternals } from "./internal/client-internals.js";
import { LeanRequest, sendLean } from "./internal/lean-request.js";
import { acquireAccessToken, health } from "./internal/operations.js";
import { Redactor } from "./internal/redact.js";
import { RequestRunner } from "./internal/request-runner.js";
import { CLIENT_CRUD_VERSION, parseVersion, type Version } from "./internal/version.js";
import { FidesOAuth } from "./oauth.js";
import {
  type Credentials,
  type FidesClientOptions,
  type RequestOptions,
  type ResolvedOptions,
  resolveOptions,
  resolveRequestTimeout,
} from "./options.js";
import { accessTokenSchema, type FidesHealth, healthSchema } from "./schemas.js";
import { TokenManager } from "./token-manager.js";
import { MemoryTokenStore, type StoredToken, tokenStoreKey } from "./token-store.js";

const INSPECT = Symbol.for("nodejs.util.inspect.custom");

/**
 * A client of the Fides OAuth API. Options are resolved once; the token is acquired on first
 * use, cached, refreshed before it expires, and re-acquired when the server refuses it.
 * The secret and tokens live in `#private` fields and never appear in output or errors.
 * @example
 * import { FidesClient } from "fides-sdk";
 * const sdk = new FidesClient({ baseUrl: "http://localhost:8080", clientId, clientSecret });
 * const { client_id, client_secret } = await sdk.oauth.createClient(["policy:read"], { name: "reader" });
 * for await (const client of sdk.oauth.listAllClients()) console.log(client.client_id, client.scopes);
 */
export class FidesClient {
  /** Every operation of the OAuth API. */
  readonly oauth: FidesOAuth;
  readonly #options: ResolvedOptions;
  readonly #runner: RequestRunner;
  readonly #tokens: TokenManager | undefined;
  readonly #source: TokenSource;
  readonly #redactor: Redactor;
  #credentials: Credentials;
  #version: Version | undefined;
  #detecting: Promise<Version> | undefined;

  /**
   * @param options the server, the credentials (or a fixed `accessToken`) and tuning
   * @throws {TypeError} with a Node-style `code` naming the first bad option
   */
  constructor(options: FidesClientOptions) {
    const { resolved: raw, credentials } = resolveOptions(options);
    this.#redactor = new Redactor();
    if (credentials.kind === "client")
      this.#redactor.addSecret(credentials.clientId, credentials.clientSecret);
    else this.#redactor.addToken(credentials.accessToken);
    const resolved: ResolvedOptions = { ...raw, logger: this.#redactor.logger(raw.logger) };
    this.#options = resolved;
    this.#credentials = credentials;
    if (resolved.serverVersion !== "auto") this.#version = resolved.serverVersion;

    const api = createClient<paths>({
      baseUrl: resolved.baseUrl,
      headers: resolved.headers,
      // Built once here; left unset, openapi-fetch builds the same serializer on every request.
      querySerializer: createQuerySerializer(),
      // Each request is built once, by fetch itself, not also by openapi-fetch (lean-request.ts).
      Request: LeanRequest as unknown as typeof Request,
      // Every operation sends through its attempt's own fetch (request-runner.ts); this default
      // only keeps openapi-fetch from capturing globalThis.fetch at construction.
      fetch: (request) => sendLean(resolved.fetch ?? globalThis.fetch, request, undefined),
    });
    this.#tokens =
      credentials.kind === "client"
        ? new TokenManager({
            acquire: () => this.#acquire(),
            now: resolved.now,
            store: resolved.tokenStore ?? new MemoryTokenStore(),
            key: () => tokenStoreKey(resolved.baseUrl, credentials.clientId, credentials.clientSecret),
            logger: resolved.logger,
            jitter: Math.random(),
          })
        : undefined;
    this.#source =
      this.#tokens ?? new FixedTokenSource(credentials.kind === "token" ? credentials.accessToken : "");
    api.use(createAuthMiddleware(this.#source));
    this.#runner = new RequestRunner({
      api,
      options: resolved,
      source: this.#source,
      tokens: this.#tokens,
      redactor: this.#redactor,
    });
    this.oauth = new FidesOAuth(this.#internals());
  }

  /**
   * Reads `GET /health` (no token needed): the webserver's state and version.
   * @param options a signal and a per-attempt timeout
   * @throws {FidesError} when the server cannot be reached or answers with an error
   * @example
   * const { version } = await sdk.health(); // "2.84.2"
   */
  async health(options?: RequestOptions): Promise<FidesHealth> {
    const result = await this.#runner.run(health, undefined, healthSchema, options);
    if (this.#version === undefined) this.#version = parseVersion(result.version);
    return result;
  }

  /** What `JSON.stringify` shows: the base URL and client id, never a secret or token. */
  toJSON(): { baseUrl: string; clientId: string | undefined } {
    return { baseUrl: this.#options.baseUrl, clientId: this.#options.clientId };
  }

  /** What `util.inspect` and `console.log` show. */
  [INSPECT](): string {
    return `FidesClient { baseUrl: '${this.#options.baseUrl}', clientId: ${
      this.#options.clientId === undefined ? "undefined" : `'${this.#options.clientId}'`
    } }`;
  }

  #internals(): ClientInternals {
    return {
      options: this.#options,
      runner: this.#runner,
      serverVersion: (options) => this.#serverVersion(options),
      accessToken: (options) => this.#accessToken(options),
      ownScopesChanged: (id) => {
        if (this.#credentials.kind === "client" && id === this.#credentials.clientId) this.#tokens?.clear();
      },
      ownSecretRotated: (id, secret) => {
        const credentials = this.#credentials;
        if (credentials.kind !== "client" || id !== credentials.clientId) return;
        this.#credentials = { kind: "client", clientId: credentials.clientId, clientSecret: secret };
        this.#redactor.addSecret(credentials.clientId, secret);
        this.#tokens?.rekey(() => tokenStoreKey(this.#options.baseUrl, credentials.clientId, secret));
        this.#options.logger.info("adopted the rotated client secret for future token requests");
      },
    };
  }

  async #acquire(): Promise<StoredToken> {
    const credentials = this.#credentials;
    if (credentials.kind !== "client") throw new FidesError("a fixed access token cannot be re-acquired");
    const sentAt = this.#options.now();
    const body = await this.#runner.run(
      acquireAccessToken,
      { clientId: credentials.clientId, clientSecret: credentials.clientSecret },
      accessTokenSchema,
      undefined,
    );
    // expires_at is naive server-local time: never parsed. Without expires_in (before 2.78.2),
    // the configured lifetime is assumed, counted from when the request was sent.
    const lifetimeMs = tokenLifetimeMs(body.expires_in, this.#options.tokenLifetimeMs);
    this.#redactor.addToken(body.access_token);
    return { accessToken: body.access_token, obtainedAt: sentAt, expiresAt: sentAt + lifetimeMs };
  }

  async #accessToken(options: RequestOptions | undefined): Promise<string> {
    const token = this.#source.token();
    if (typeof token === "string") return token;
    const timeoutMs = resolveRequestTimeout(options, Number.NaN);
    if (Number.isNaN(timeoutMs)) return raceAbort(token, options?.signal);
    const timer = new AttemptTimeout(timeoutMs, options?.signal);
    try {
      return await raceAbort(token, timer.signal);
    } catch (error) {
      if (!timer.timedOut) throw error;
      const info = { method: acquireAccessToken.method, path: acquireAccessToken.path };
      throw new FidesTimeoutError(
        `waiting for an access token took longer than ${timeoutMs} ms`,
        info,
        timeoutMs,
      );
    } finally {
      timer.clear();
    }
  }

  #serverVersion(options: RequestOptions | undefined): Version | Promise<Version> {
    if (this.#version !== undefined) return this.#version;
    this.#detecting ??= this.#detect().finally(() => {
      this.#detecting = undefined;
    });
    return raceAbort(this.#detecting, options?.signal);
  }

  async #detect(): Promise<Version> {
    let result: FidesHealth;
    try {
      result = await this.#runner.run(health, undefined, healthSchema, undefined);
    } catch (error) {
      // No answer at all: the caller's request would fail too, so report that and retry later.
      if (
        !(error instanceof FidesError) ||
        error.code === "FIDES_CONNECTION" ||
        error.code === "FIDES_TIMEOUT"
      ) {
        throw error;
      }
      this.#options.logger.warn(
        `could not read the server version from GET /health (${error.code}); assuming a current server (2.82 or later)`,
      );
      this.#version = CLIENT_CRUD_VERSION;
      return CLIENT_CRUD_VERSION;
    }
    const version = parseVersion(result.version);
    if (version === undefined) {
      this.#options.logger.warn(
        "GET /health reported no readable version; assuming a current server (2.82 or later)",
      );
    }
    this.#version = version ?? CLIENT_CRUD_VERSION;
    this.#options.logger.debug(`server version: ${this.#version.text}`);
    return this.#version;
  }
}
