import {
  FidesAuthenticationError,
  FidesError,
  FidesForbiddenError,
  FidesRateLimitError,
  FidesResponseValidationError,
  FidesTimeoutError,
  FidesUnsupportedOperationError,
  isFidesError,
} from "../errors.js";
import type { RequestOptions } from "../options.js";
import { MemoryTokenStore, type StoredToken, tokenStoreKey } from "../token-store.js";
import { CallDeadline, delay, handled, raceAbort } from "./abort.js";
import { connectionError, detailOf, isRedirect, redirectError, toApiError } from "./api-error.js";
import { missingCredentials } from "./assert.js";
import { classifyForbidden, NOT_AUTHORIZED } from "./forbidden-detail.js";
import { acquireAccessToken, health, type Operation } from "./operations.js";
import {
  bodyUnderDeadline,
  readErrorAnswer,
  readErrorBody,
  readJsonBody,
  readSuccessAnswer,
} from "./read-body.js";
import { Redactor } from "./redact.js";
import { type Answer, type PipelineRequest, type RequestData, requestUrl } from "./request-data.js";
import { type Credentials, type ResolvedOptions, resolveCallOptions } from "./resolve-options.js";
import { canRetryStatus, canRetryThrown, parseRetryAfter, retryDelayMs } from "./retry.js";
import { firstProblem } from "./schemas.js";
import { ScopeRefusals } from "./scope-refusals.js";
import { ServerVersion } from "./server-version.js";
import { storedTokenOf } from "./tokens/access-token-rules.js";
import { CREDENTIAL_REFUSAL_MS, CredentialRefusal } from "./tokens/credential-refusal.js";
import { TokenManager } from "./tokens/token-manager.js";
import { atLeast } from "./version.js";

const BEARER = "Bearer ";

/**
 * The one owner of a request, from a method's call to its result: it reads the server's version
 * and the token at the same time, checks the operation's `since`, sends each attempt with the
 * token it holds and under the call's deadline, resends once with a fresh token when the server
 * refuses a stale one (invalidating exactly the token it sent), retries what is safe to retry
 * while the deadline allows, throws the typed error and parses the success body.
 */
export class Pipeline {
  /** The options the client resolved (no secret: the credentials are kept apart). */
  readonly options: ResolvedOptions;
  readonly #tokens: TokenManager | undefined;
  readonly #version: ServerVersion;
  /** Scopes a fresh token was refused: the same refusal is then final without another token. */
  readonly #refusals: ScopeRefusals;
  /** Knows the secret and every token held or sent, and scrubs them from what the client keeps. */
  readonly #redactor = new Redactor();
  /** A refusal of the credentials by the token route: calls fail fast until it is old or they change. */
  readonly #credentialRefusal: CredentialRefusal;
  #credentials: Credentials;
  /** The token route's last 429 with `Retry-After`: until when, and its error. */
  #tokenRouteLimit: { until: number; error: FidesRateLimitError } | undefined;

  /**
   * @param resolved the resolved options
   * @param credentials the client's credentials or fixed token
   */
  constructor(resolved: ResolvedOptions, credentials: Credentials) {
    if (credentials.kind === "client")
      this.#redactor.addSecret(credentials.clientId, credentials.clientSecret);
    else if (credentials.kind === "token") this.#redactor.addToken(credentials.accessToken);
    // Every log line, the token manager's included, is scrubbed before the caller's logger sees it.
    const options: ResolvedOptions = { ...resolved, logger: this.#redactor.logger(resolved.logger) };
    this.options = options;
    this.#credentials = credentials;
    this.#version = new ServerVersion({
      probe: async () => (await this.run(health, undefined, undefined)).version,
      logger: options.logger,
      known: options.serverVersion === "auto" ? undefined : options.serverVersion,
    });
    this.#refusals = new ScopeRefusals(options.now);
    this.#credentialRefusal = new CredentialRefusal(options.now);
    this.#tokens =
      credentials.kind === "client"
        ? new TokenManager({
            acquire: () => this.#acquire(),
            now: options.now,
            store: options.tokenStore ?? new MemoryTokenStore(),
            key: () => tokenStoreKey(options.baseUrl, credentials.clientId, credentials.clientSecret),
            logger: options.logger,
            jitter: Math.random(),
          })
        : undefined;
  }

  /**
   * Runs an operation of the table to its validated result.
   * @param operation the operation
   * @param args the method's checked arguments
   * @param options the caller's signal and whole-call timeout
   */
  run<A, T>(operation: Operation<A, T>, args: A, options: RequestOptions | undefined): Promise<T> {
    const request = operation.request(args);
    const { path } = request;
    const reshape = operation.forVersion;
    return this.request(
      {
        // Field by field, not spread: every call then builds an object of one shape, which
        // V8 makes cheaply (a spread cost more than the rest of the pipeline's own code).
        method: request.method,
        path,
        query: request.query,
        body: request.body,
        headers: request.headers,
        operation: operation.name,
        idempotent: operation.idempotent,
        authenticated: operation.authenticated,
        since: operation.since,
        forVersion: reshape === undefined ? undefined : (version) => reshape(request, args, version),
        sentScopes: operation.sentScopes?.(args),
        bodyLimit: operation.bodyLimit,
        parse: (answer) => {
          const parsed = operation.schema.safeParse(answer.data);
          if (parsed.success) return parsed.data;
          const problem = firstProblem(parsed.error);
          // A field name can be a key the server chose.
          const field = this.#redactor.scrub(problem.field);
          const message = problem.message;
          const subject = field === "" ? "response body" : `response body "${field}"`;
          throw new FidesResponseValidationError(
            `${subject} ${message} (${request.method} ${path})`,
            { operation: operation.name, method: request.method, path },
            field,
            answer.response,
          );
        },
      },
      options,
    );
  }

  /**
   * Sends any request to its result: the generic entry point under {@link Pipeline.run}.
   * @param request what to send and how to read its answer
   * @param options the caller's signal and whole-call timeout
   * @throws {TypeError} for malformed `options`; {@link FidesError}s for every failure
   */
  request<T>(request: PipelineRequest<T>, options: RequestOptions | undefined): Promise<T> {
    if (request.authenticated && !this.authenticates)
      return Promise.reject(missingCredentials(request.operation));
    const phase = { waitingFor: "" };
    return this.#withinDeadline(
      options,
      request,
      (ms) =>
        `${request.method} ${request.path} timed out after ${ms} ms` +
        (phase.waitingFor === "" ? "" : ` while waiting for ${phase.waitingFor}`),
      (deadline) => this.#exchange(request, deadline, phase),
    );
  }

  /**
   * The access token: cached, refreshed or newly acquired (or the fixed one), within the call's deadline.
   * @param options the caller's signal and timeout
   */
  accessToken(options: RequestOptions | undefined): Promise<string> {
    if (!this.authenticates) return Promise.reject(missingCredentials(acquireAccessToken.name));
    const info = {
      operation: acquireAccessToken.name,
      method: acquireAccessToken.method,
      path: acquireAccessToken.path,
    };
    return this.#withinDeadline(
      options,
      info,
      (ms) => `waiting for an access token took longer than ${ms} ms`,
      (deadline) => raceAbort(this.#token(), deadline.signal),
    );
  }

  /** The current client id (it changes with {@link Pipeline.setCredentials}), or `undefined` without credentials. */
  get clientId(): string | undefined {
    return this.#credentials.kind === "client" ? this.#credentials.clientId : undefined;
  }

  /** Whether the client holds credentials or a token; without, authenticated calls are refused before sending. */
  get authenticates(): boolean {
    return this.#credentials.kind !== "none";
  }

  /**
   * Reads `GET /health` and, when the server's version was not known yet, keeps it.
   * @param options the caller's signal and timeout
   */
  async health(options: RequestOptions | undefined): Promise<ReturnType<typeof health.schema.parse>> {
    const result = await this.run(health, undefined, options);
    this.#version.learn(result.version);
    return result;
  }

  /**
   * Fails fast while the token route's last `429 Retry-After` runs: asking again before then only
   * extends Fides's limit window, and a shared acquisition cannot wait within every caller's
   * deadline. The error carries the remaining wait, for the caller to decide.
   */
  #throwIfTokenRouteClosed(now: number): void {
    const limit = this.#tokenRouteLimit;
    if (limit === undefined) return;
    const remainingMs = limit.until - now;
    if (remainingMs <= 0) {
      this.#tokenRouteLimit = undefined;
      return;
    }
    const { error } = limit;
    throw new FidesRateLimitError(
      `${error.method} ${error.path} is rate limited: the server asked to wait ${Math.ceil(remainingMs / 1000)} s more (Retry-After) before another token request`,
      {
        operation: error.operation,
        status: 429,
        method: error.method,
        path: error.path,
        detail: error.detail,
        ...(error.response === undefined ? {} : { response: error.response }),
      },
      remainingMs,
    );
  }

  /**
   * Drops the cached token and the remembered scope refusals when `id` is the client's own id
   * (its scopes changed, or it was deleted).
   * @param id the client whose scopes changed
   */
  ownScopesChanged(id: string): void {
    if (this.#credentials.kind !== "client" || id !== this.#credentials.clientId) return;
    this.#tokens?.clear();
    this.#refusals.clear();
  }

  /**
   * Adopts a rotated secret when `id` is the client's own id.
   * @param id the client whose secret was rotated
   * @param secret its new secret
   */
  ownSecretRotated(id: string, secret: string): void {
    const credentials = this.#credentials;
    if (credentials.kind !== "client" || id !== credentials.clientId) return;
    this.setCredentials(credentials.clientId, secret);
    this.options.logger.info("adopted the rotated client secret for future token requests");
  }

  /**
   * Takes new credentials for future token requests. The same client id with a new secret keeps
   * the current token (Fides does not revoke tokens when a secret is rotated), moved to the new
   * store key; another client id drops it and the remembered scope refusals. Either way a
   * remembered refusal of the old credentials is forgotten.
   * @param clientId the client id, checked by the caller
   * @param clientSecret the secret, checked by the caller
   */
  setCredentials(clientId: string, clientSecret: string): void {
    const previous = this.#credentials;
    if (previous.kind !== "client") throw new FidesError("a client without credentials cannot take new ones");
    this.#credentials = { kind: "client", clientId, clientSecret };
    this.#redactor.addSecret(clientId, clientSecret);
    this.#credentialRefusal.clear();
    const key = () => tokenStoreKey(this.options.baseUrl, clientId, clientSecret);
    if (clientId === previous.clientId) {
      this.#tokens?.rekey(key);
    } else {
      this.#tokens?.clear();
      this.#tokens?.rekey(key);
      this.#refusals.clear();
    }
  }

  /** Scrubs the secret and every token this client held or sent (for errors built outside the loop). */
  get redactor(): Redactor {
    return this.#redactor;
  }

  /** Keeps credentials and tokens out of `JSON.stringify`. */
  toJSON(): Record<string, never> {
    return {};
  }

  /**
   * Runs `work` under the call's deadline: the caller's abort rejects with the caller's reason,
   * the deadline with a `FidesTimeoutError`; the timer never outlives the call.
   */
  async #withinDeadline<T>(
    options: RequestOptions | undefined,
    info: { operation: string; method: string; path: string },
    message: (timeoutMs: number) => string,
    work: (deadline: CallDeadline) => Promise<T>,
  ): Promise<T> {
    const call = resolveCallOptions(options, this.options.timeoutMs);
    call.signal?.throwIfAborted();
    const deadline = new CallDeadline(call.timeoutMs, call.signal);
    try {
      return await work(deadline);
    } catch (error) {
      if (!deadline.timedOut || call.signal?.aborted) throw error;
      const { operation, method, path } = info;
      throw new FidesTimeoutError(
        message(deadline.timeoutMs),
        { operation, method, path },
        deadline.timeoutMs,
      );
    } finally {
      if (!deadline.kept) deadline.clear();
    }
  }

  async #exchange<T>(
    request: PipelineRequest<T>,
    deadline: CallDeadline,
    phase: { waitingFor: string },
  ): Promise<T> {
    const signal = deadline.signal;
    // The version and the token do not depend on each other: on a cold client, ask for both at
    // once. The token is marked handled: a version the operation cannot use ends the call first.
    const needsVersion = request.since !== undefined || request.forVersion !== undefined;
    const versionLookup = needsVersion ? this.#version.get() : undefined;
    let tokenLookup = request.authenticated ? this.#token() : undefined;
    if (versionLookup !== undefined && tokenLookup !== undefined) handled(tokenLookup);
    let wire: RequestData = request;
    if (versionLookup !== undefined) {
      phase.waitingFor = "the server's version";
      const version = await raceAbort(versionLookup, signal);
      if (request.since !== undefined && !atLeast(version, request.since)) {
        throw new FidesUnsupportedOperationError(request.operation, request.since.text, version.text);
      }
      if (request.forVersion !== undefined) wire = request.forVersion(version);
    }
    let token: string | undefined;
    let attempt = 0;
    let resent = false;
    for (;;) {
      if (tokenLookup !== undefined) {
        phase.waitingFor = "an access token";
        token = await raceAbort(tokenLookup, signal);
        tokenLookup = undefined;
        // A token from a shared store was never acquired here: known before the server can echo it.
        this.#redactor.addToken(token);
      }
      phase.waitingFor = "";
      const sentToken = token;
      let answer: Answer;
      try {
        // Raced as well as signalled: a custom fetch that ignores init.signal still cannot hold the call.
        answer = await raceAbort(this.#attempt(request, wire, sentToken, signal), signal);
      } catch (error) {
        const failure = this.#thrown(request, error, signal);
        if (
          attempt < this.options.maxRetries &&
          canRetryThrown(request.idempotent, error, false) &&
          (await this.#waitToRetry(request, deadline, attempt, undefined, failure.name))
        ) {
          attempt++;
          continue;
        }
        throw failure;
      }
      const { response } = answer;
      if (response.ok) {
        if (request.handsOverBody !== true) return request.parse(answer);
        deadline.keep();
        const info = { operation: request.operation, method: request.method, path: request.path };
        const reason = () =>
          deadline.timedOut && !deadline.callerAborted
            ? new FidesTimeoutError(
                `${request.method} ${request.path} timed out after ${deadline.timeoutMs} ms while the response body was read`,
                info,
                deadline.timeoutMs,
              )
            : signal.reason;
        return request.parse({
          response: bodyUnderDeadline(response, signal, reason, () => deadline.clear()),
        });
      }
      if (isRedirect(response)) throw redirectError(request, response, this.options.baseUrl);

      const status = response.status;
      if (
        !resent &&
        sentToken !== undefined &&
        (status === 401 || status === 403) &&
        (await this.#staleTokenRefused(response, sentToken))
      ) {
        // Drop exactly the token this attempt carried, then resend once with a fresh one.
        resent = true;
        this.#tokens?.invalidate(sentToken);
        this.options.logger.info(
          `${request.method} ${request.path} was refused (${status}); resending once with a fresh token`,
        );
        tokenLookup = this.#token();
        continue;
      }
      if (attempt < this.options.maxRetries && canRetryStatus(request.idempotent, status)) {
        const retryAfterMs = parseRetryAfter(response.headers.get("Retry-After"), this.options.now());
        if (await this.#waitToRetry(request, deadline, attempt, retryAfterMs, `status ${status}`)) {
          attempt++;
          continue;
        }
      }
      const error = toApiError(
        {
          operation: request.operation,
          method: request.method,
          path: request.path,
          sentScopes: request.sentScopes,
          freshToken: resent,
          now: this.options.now(),
          redactor: this.#redactor,
          serverVersion: this.#version.reported(),
        },
        response,
        await readErrorBody(response),
      );
      if (resent && error instanceof FidesForbiddenError && error.reason === "insufficient_scope") {
        // A fresh token was refused the same way: the scope is really missing. Remember it.
        this.#refusals.remember(error.requiredScopes);
      }
      // After the memo: a raw caller's missing scope also costs one fresh token per five minutes.
      if (request.returnsErrors === true) return request.parse(answer);
      throw error;
    }
  }

  /** One attempt, its success body read within the request's limit and parsed into `data`. */
  async #attempt(
    request: PipelineRequest<unknown>,
    wire: RequestData,
    token: string | undefined,
    signal: AbortSignal,
  ): Promise<Answer> {
    const response = await this.#send(wire, token, signal);
    if (request.bodyLimit === undefined || !response.ok) return { response };
    const info = { operation: request.operation, method: request.method, path: request.path };
    if (request.buffersBody === true) {
      return { response: await readSuccessAnswer(response, request.bodyLimit, info) };
    }
    return { response, data: await readJsonBody(response, request.bodyLimit, info) };
  }

  /**
   * Sends one request: its URL and `init` built here, the client's headers under the request's
   * own, the token it holds, the call's signal, no redirect, the client's `fetch`, and an error
   * answer's body read within its limit before anything parses it.
   */
  async #send(wire: RequestData, token: string | undefined, signal: AbortSignal): Promise<Response> {
    const headers = new Headers(this.options.headers);
    const own = wire.headers;
    if (own !== undefined) for (const name of Object.keys(own)) headers.set(name, own[name] as string);
    // Capitalised on purpose: Fides's scope-assignment check strips exactly "Bearer ". Every
    // token was checked where it entered (token answer, store, option): a header can carry it.
    if (token !== undefined) headers.set("Authorization", BEARER + token);
    // A redirect would carry the token, the secret or a create's body to wherever it points.
    const init: RequestInit = { method: wire.method, headers, signal, redirect: "manual" };
    if (wire.body !== undefined) init.body = wire.body;
    // Looked up on every call, so a mock installed after construction still applies.
    const fetch = this.options.fetch ?? globalThis.fetch;
    return readErrorAnswer(await fetch(requestUrl(this.options.baseUrl, wire), init));
  }

  /** Tells whether a 401/403 means a stale token worth one fresh try. */
  async #staleTokenRefused(response: Response, sentToken: string): Promise<boolean> {
    const tokens = this.#tokens;
    if (tokens === undefined) return false;
    // A token acquired moments ago to replace a refused one, refused as a bad token in turn, is
    // not stale: another would be refused too, at the cost of the server's token limit.
    if (response.status === 401) return !tokens.isFreshReplacement(sentToken);
    const detail = detailOf(await readErrorBody(response));
    if (typeof detail !== "string") return false;
    if (detail === NOT_AUTHORIZED) return !tokens.isFreshReplacement(sentToken);
    const facts = classifyForbidden(detail, undefined);
    if (facts.reason !== "insufficient_scope") return false;
    // Fides names the endpoint's scope both when it is missing and when the token predates a
    // narrowing of the client's scopes; only a fresh token tells them apart (remembered 5 minutes).
    return !this.#refusals.known(facts.requiredScopes ?? []);
  }

  /** Throws what is final (aborts, the SDK's own errors, non-JSON bodies); returns what may be retried. */
  #thrown(request: PipelineRequest<unknown>, error: unknown, signal: AbortSignal): Error {
    if (isFidesError(error)) throw error;
    // The caller's reason, or the deadline's, which request() turns into FidesTimeoutError.
    if (signal.aborted) throw signal.reason;
    const info = { operation: request.operation, method: request.method, path: request.path };
    if (error instanceof SyntaxError) {
      throw new FidesResponseValidationError(
        `response body must be JSON (${info.method} ${info.path})`,
        info,
        "",
      );
    }
    return connectionError(info, this.#redactor.scrubError(error));
  }

  /**
   * Waits before retry number `attempt + 1`, unless the wait would outlast the call's deadline.
   * @returns whether to retry
   */
  async #waitToRetry(
    request: PipelineRequest<unknown>,
    deadline: CallDeadline,
    attempt: number,
    retryAfterMs: number | undefined,
    reason: string,
  ): Promise<boolean> {
    const ms = retryDelayMs(attempt, retryAfterMs, Math.random());
    const what = `${request.method} ${request.path} after ${reason}`;
    if (ms >= deadline.remainingMs()) {
      this.options.logger.info(
        `not retrying ${what}: waiting ${Math.round(ms)} ms would outlast the call's timeout`,
      );
      return false;
    }
    this.options.logger.info(
      `retrying ${what} in ${Math.round(ms)} ms (retry ${attempt + 1} of ${this.options.maxRetries})`,
    );
    await delay(ms, deadline.signal);
    return true;
  }

  #token(): Promise<string> {
    const credentials = this.#credentials;
    if (this.#tokens !== undefined) return this.#tokens.token();
    return Promise.resolve(credentials.kind === "token" ? credentials.accessToken : "");
  }

  async #acquire(): Promise<StoredToken> {
    const credentials = this.#credentials;
    if (credentials.kind !== "client") throw new FidesError("a fixed access token cannot be re-acquired");
    const remembered = this.#credentialRefusal.recalled();
    if (remembered !== undefined) throw remembered;
    const sentAt = this.options.now();
    this.#throwIfTokenRouteClosed(sentAt);
    let answer: ReturnType<typeof acquireAccessToken.schema.parse>;
    try {
      answer = await this.run(
        acquireAccessToken,
        { clientId: credentials.clientId, clientSecret: credentials.clientSecret },
        undefined,
      );
    } catch (error) {
      if (error instanceof FidesRateLimitError && error.retryAfterMs !== undefined) {
        this.#tokenRouteLimit = { until: this.options.now() + error.retryAfterMs, error };
      }
      // Only a refusal of the credentials still current: new ones may have been set meanwhile.
      if (error instanceof FidesAuthenticationError && this.#credentials === credentials) {
        this.#credentialRefusal.remember(error);
        this.options.logger.warn(
          `the token route refused the credentials of client "${credentials.clientId}" (401); ` +
            `calls needing a new token fail without asking for ${CREDENTIAL_REFUSAL_MS / 1000} s, ` +
            "or until sdk.setCredentials() gives the client new ones",
        );
      }
      throw error;
    }
    this.#redactor.addToken(answer.access_token);
    return storedTokenOf(answer, sentAt, this.options.tokenLifetimeMs);
  }
}
