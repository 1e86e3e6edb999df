import type { z } from "zod";
import {
  FidesConnectionError,
  FidesForbiddenError,
  FidesResponseValidationError,
  FidesTimeoutError,
  isFidesError,
} from "../errors.js";
import type { RequestOptions, ResolvedOptions } from "../options.js";
import { resolveRequestTimeout } from "../options.js";
import { firstProblem } from "../schemas.js";
import type { TokenManager } from "../token-manager.js";
import { AttemptTimeout, delay, raceAbort } from "./abort.js";
import { detailOf, toApiError } from "./api-error.js";
import { bearerTokenOf, type TokenSource } from "./auth-middleware.js";
import { classifyForbidden, NOT_AUTHORIZED } from "./forbidden-detail.js";
import { sendLean } from "./lean-request.js";
import { type Attempt, type FetchResult, type FidesApi, type Operation, requestPath } from "./operations.js";
import { type BodyRoute, readBounded } from "./read-body.js";
import type { Redactor } from "./redact.js";
import { canRetryStatus, canRetryThrown, parseRetryAfter, retryDelayMs } from "./retry.js";

/** What the runner works with; all of it is built once by the client. */
export interface RequestRunnerInit {
  api: FidesApi;
  options: ResolvedOptions;
  /** The token source (manager or fixed token); `undefined` is never the case for a client. */
  source: TokenSource;
  /** The token manager, or `undefined` for a fixed token (which cannot be re-acquired). */
  tokens: TokenManager | undefined;
  /** Scrubs the client's secret and tokens from errors. */
  redactor: Redactor;
}

/** `undefined`: do not resend; `""`: the token is stale; otherwise a required-scopes key. */
type Refusal = string | undefined;

/**
 * Sends one operation: waits for a token, runs each attempt under its own timeout, resends once
 * with a fresh token when the server refuses a stale one, retries what is safe to retry, maps
 * failures to the error tree and validates the success body.
 */
export class RequestRunner {
  readonly #api: FidesApi;
  readonly #options: ResolvedOptions;
  readonly #source: TokenSource;
  readonly #tokens: TokenManager | undefined;
  readonly #redactor: Redactor;

  /** @param init the pieces built by the client */
  constructor(init: RequestRunnerInit) {
    this.#api = init.api;
    this.#options = init.options;
    this.#source = init.source;
    this.#tokens = init.tokens;
    this.#redactor = init.redactor;
  }

  /**
   * Runs an operation to its validated result.
   * @param operation what to send
   * @param args its arguments
   * @param schema the success body's schema
   * @param options the caller's signal and timeout
   * @param sentScopes the scopes the request assigns, to name the ones a server does not know
   */
  async run<A, T>(
    operation: Operation<A>,
    args: A,
    schema: z.ZodType<T>,
    options: RequestOptions | undefined,
    sentScopes?: readonly string[],
  ): Promise<T> {
    const timeoutMs = resolveRequestTimeout(options, this.#options.timeoutMs);
    const signal = options?.signal;
    signal?.throwIfAborted();
    if (operation.authenticated) {
      // Waiting for a shared token is not part of any attempt's timeout; the caller can abort it.
      const token = this.#source.token();
      if (typeof token !== "string") await raceAbort(token, signal);
    }
    let attempt = 0;
    let resent = false;
    for (;;) {
      const timer = new AttemptTimeout(timeoutMs, signal);
      const sending = new SentAttempt(this.#options.fetch ?? globalThis.fetch, timer.signal, {
        route: `${operation.method} ${operation.path}`,
        info: () => ({ method: operation.method, path: requestPath(operation, args) }),
      });
      let result: FetchResult;
      try {
        result = await operation.send(this.#api, args, sending);
      } catch (error) {
        timer.clear();
        const failure = this.#thrown(operation, args, error, timer, signal, timeoutMs);
        if (
          attempt < this.#options.maxRetries &&
          canRetryThrown(operation.idempotent, error, timer.timedOut)
        ) {
          await this.#wait(operation, args, attempt++, undefined, failure.name, signal);
          continue;
        }
        throw failure;
      }
      timer.clear();
      const { response } = result;
      if (response.ok) return this.#parse(operation, args, schema, result.data, response);

      const status = response.status;
      if (!resent && operation.authenticated && (status === 401 || status === 403)) {
        if (this.#refusal(response, result.error) !== undefined) {
          resent = true;
          this.#tokens?.invalidate(sending.sentToken());
          this.#options.logger.info(
            `${operation.method} ${requestPath(operation, args)} was refused (${status}); resending once with a fresh token`,
          );
          const token = this.#source.token();
          if (typeof token !== "string") await raceAbort(token, signal);
          continue;
        }
      }
      if (attempt < this.#options.maxRetries && canRetryStatus(operation.idempotent, status)) {
        const retryAfter = parseRetryAfter(response.headers.get("Retry-After"), this.#options.now());
        await this.#wait(operation, args, attempt++, retryAfter, `status ${status}`, signal);
        continue;
      }
      // A token from a shared store was never acquired here: remember it before the server echoes it.
      this.#redactor.addToken(sending.sentToken());
      const error = toApiError(
        {
          method: operation.method,
          path: requestPath(operation, args),
          sentScopes,
          freshToken: resent,
          now: this.#options.now(),
          redactor: this.#redactor,
        },
        response,
        result.error,
      );
      if (resent && error instanceof FidesForbiddenError && error.reason === "insufficient_scope") {
        // A fresh token was refused the same way: the scope is really missing. Remember it.
        this.#tokens?.rememberLack(scopeKey(error.requiredScopes));
      }
      throw error;
    }
  }

  /** Decides whether a refusal means a stale token worth one fresh try. */
  #refusal(response: Response, body: unknown): Refusal {
    const tokens = this.#tokens;
    if (tokens === undefined) return undefined;
    if (response.status === 401) return "";
    const detail = detailOf(body);
    if (typeof detail !== "string") return undefined;
    if (detail === NOT_AUTHORIZED) return "";
    const facts = classifyForbidden(detail, undefined);
    if (facts.reason !== "insufficient_scope") return undefined;
    // Fides names the endpoint's scope both when it is missing and when the token predates a
    // narrowing of the client's scopes; only a fresh token tells them apart.
    const key = scopeKey(facts.requiredScopes ?? []);
    return tokens.knownToLack(key) ? undefined : key;
  }

  /** Throws what is final (aborts, token failures, non-JSON bodies); returns what may be retried. */
  #thrown(
    operation: Operation<unknown>,
    args: unknown,
    error: unknown,
    timer: AttemptTimeout,
    signal: AbortSignal | undefined,
    timeoutMs: number,
  ): Error {
    // A FidesError here comes from the auth middleware's token acquisition: already final.
    if (isFidesError(error)) throw error;
    if (signal?.aborted) throw signal.reason;
    const info = { method: operation.method, path: requestPath(operation, args) };
    if (error instanceof SyntaxError) {
      throw new FidesResponseValidationError(
        `response body must be JSON (${info.method} ${info.path})`,
        info,
        "",
      );
    }
    if (timer.timedOut) {
      return new FidesTimeoutError(
        `${info.method} ${info.path} timed out after ${timeoutMs} ms`,
        info,
        timeoutMs,
      );
    }
    return new FidesConnectionError(`${info.method} ${info.path} failed: ${reasonOf(error)}`, {
      ...info,
      cause: this.#redactor.scrubError(error),
    });
  }

  async #wait(
    operation: Operation<unknown>,
    args: unknown,
    attempt: number,
    retryAfterMs: number | undefined,
    reason: string,
    signal: AbortSignal | undefined,
  ): Promise<void> {
    const ms = retryDelayMs(attempt, retryAfterMs, Math.random());
    this.#options.logger.info(
      `retrying ${operation.method} ${requestPath(operation, args)} after ${reason} in ${Math.round(ms)} ms ` +
        `(retry ${attempt + 1} of ${this.#options.maxRetries})`,
    );
    await delay(ms, signal);
  }

  #parse<T>(
    operation: Operation<unknown>,
    args: unknown,
    schema: z.ZodType<T>,
    data: unknown,
    response: Response,
  ): T {
    const parsed = schema.safeParse(data);
    if (parsed.success) return parsed.data;
    const problem = firstProblem(parsed.error);
    // A field name can be a key the server chose.
    const field = this.#redactor.scrub(problem.field);
    const message = problem.message;
    const path = requestPath(operation, args);
    const subject = field === "" ? "response body" : `response body "${field}"`;
    throw new FidesResponseValidationError(
      `${subject} ${message} (${operation.method} ${path})`,
      { method: operation.method, path },
      field,
      response,
    );
  }
}

/**
 * One attempt's way out: sends through the client's `fetch` (looked up per call, so a mock
 * installed later still applies) under the attempt's signal, and remembers the request, so a
 * refused token can be read back from it without a response hook on every call.
 */
class SentAttempt implements Attempt {
  #request: Request | undefined;
  readonly fetch: (request: Request) => Promise<Response>;

  constructor(fetch: NonNullable<ResolvedOptions["fetch"]>, signal: AbortSignal, from: BodyRoute) {
    this.fetch = async (request) => {
      this.#request = request;
      // Every body is read here, within its route's limit, before openapi-fetch parses it.
      return readBounded(await sendLean(fetch, request, signal), from);
    };
  }

  /** The token the request carried, if it was sent with one. */
  sentToken(): string | undefined {
    return this.#request === undefined ? undefined : bearerTokenOf(this.#request);
  }
}

function scopeKey(scopes: readonly string[]): string {
  return [...scopes].sort().join(" ");
}

function reasonOf(error: unknown): string {
  const cause = typeof error === "object" && error !== null && "cause" in error ? error.cause : undefined;
  const source = cause ?? error;
  if (typeof source === "object" && source !== null && "code" in source && typeof source.code === "string") {
    return `could not reach the server (${source.code})`;
  }
  return "could not reach the server";
}
