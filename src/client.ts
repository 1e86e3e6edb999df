import createClient, { type Client, createQuerySerializer, defaultPathSerializer } from "openapi-fetch";
import { withOperationAccess } from "./api/forbidden-access.js";
import {
  type ApiOptions,
  type ApiRelease,
  type ApiReleasePaths,
  inEveryRelease,
  knownOperation,
  type NewestApiRelease,
  resolveApiRelease,
  unsupportedOperation,
} from "./api/releases.js";
import { recordAnswer } from "./api/results.js";
import { isFidesForbiddenError } from "./errors.js";
import { assertFlag, assertInteger } from "./internal/assert.js";
import {
  checkSerializedPath,
  fetchRequest,
  forwardedRequest,
  resolveFetchInit,
  resolveFetchTarget,
} from "./internal/fetch-request.js";
import { Pipeline } from "./internal/pipeline.js";
import { BODY_LIMITS } from "./internal/read-body.js";
import { resolveCallOptions, resolveNewCredentials, resolveOptions } from "./internal/resolve-options.js";
import type { FidesHealth } from "./internal/schemas.js";
import type { Version } from "./internal/version.js";
import { FidesOAuth } from "./oauth.js";
import type { FidesApiOptions, FidesClientOptions, FidesFetchInit, RequestOptions } from "./options.js";
import { FidesPrivacyRequests } from "./privacy-requests/privacy-requests.js";
import { FidesWebhooks } from "./webhooks/manage.js";

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
  /** The privacy-request lifecycle: submit, review, wait, results (`privacy-requests/`). */
  readonly privacyRequests: FidesPrivacyRequests;
  /** The https connections and webhooks Fides calls (`fides-sdk/webhooks` receives them), on this client's pipeline. */
  readonly webhooks: FidesWebhooks = new FidesWebhooks((path, init) => this.fetch(path, init));
  /** Every request goes through it: token, deadline, retries, typed errors (internal/pipeline.ts). */
  readonly #pipeline: Pipeline;

  /**
   * @param options the server, the credentials (or a fixed `accessToken`, or neither for
   * unauthenticated calls only) and tuning
   * @throws {TypeError} with a Node-style `code` naming the first bad option
   */
  constructor(options: FidesClientOptions) {
    const { resolved, credentials } = resolveOptions(options);
    this.#pipeline = new Pipeline(resolved, credentials);
    this.oauth = new FidesOAuth(this.#pipeline);
    this.privacyRequests = new FidesPrivacyRequests(this.#pipeline);
  }

  /**
   * Gives a running client new credentials for its future token requests, after the secret was
   * rotated elsewhere (another process, an operator, a secret manager's rotation). With the same
   * client id the current token is kept and moved to the new token-store key, since Fides does not
   * revoke tokens when a secret is rotated: no call fails during a rotation. With another client
   * id the token is dropped and the next call acquires one for the new client. A refusal of the
   * old credentials, remembered for 45 s so that calls fail fast, is forgotten.
   *
   * `sdk.oauth.rotateClientSecret(ownId)` already does this for the client's own id.
   * @param credentials `clientSecret`, and `clientId` when it changes too
   * @throws {TypeError} with a Node-style `code` for a malformed credential, or
   * `ERR_MISSING_OPTION` on a client built with `accessToken` or without credentials
   * @example
   * // on every process, when the secret manager announces a new version:
   * sdk.setCredentials({ clientSecret: await secrets.get("fides-client-secret") });
   */
  setCredentials(credentials: { clientId?: string; clientSecret: string }): void {
    const current = this.#pipeline.clientId;
    const { clientId, clientSecret } = resolveNewCredentials(credentials, current);
    this.#pipeline.setCredentials(clientId, clientSecret);
  }

  /**
   * Reads `GET /health` (no token needed): the webserver's state and version.
   * @param options a signal and a timeout for the whole call
   * @throws {FidesError} when the server cannot be reached or answers with an error
   * @example
   * const { version } = await sdk.health(); // "2.84.2"
   */
  async health(options?: RequestOptions): Promise<FidesHealth> {
    return this.#pipeline.health(options);
  }

  /**
   * Calls any Fides endpoint with the client's managed token: the same pipeline as every other
   * method (the token under the call's signal, the whole-call deadline, one resend with a fresh
   * token when the server refuses a stale one, the five-minute *Required scope(s)* re-check,
   * retries where safe, no redirect followed).
   *
   * `path` is relative to `baseUrl`, whose path prefix is kept; a leading `/` is optional and
   * still means "below `baseUrl`". An absolute URL must be on the same origin and below the same
   * prefix. A path with a `.` or `..` segment (also percent-encoded), an encoded slash or
   * backslash (`%2F`, `%5C`), a raw backslash or a control character is refused.
   *
   * GET, HEAD, PUT, DELETE and OPTIONS are retried after timeouts, lost connections and 5xx;
   * POST and PATCH only when they provably never reached the server, unless `idempotent: true`.
   * @param path the endpoint, such as `"/api/v1/dsr/policy?size=50"`
   * @param init method, headers, body or `json`, signal, `timeoutMs`, `idempotent`, `throwOnError`
   * The 2xx body is handed over unread and unlimited, and the call's deadline stays armed until
   * it has been read to its end or cancelled: a body still arriving at `timeoutMs` fails its read
   * with `FidesTimeoutError`. An error answer's body is read up to 64 KiB (cut there, the status
   * and typed error kept).
   * @returns the server's 2xx `Response`, its body unread (or any `Response` with `throwOnError: false`)
   * @throws {TypeError} with a Node-style `code`, before sending, for another origin, a path that
   * leaves its route, or a malformed init
   * @throws {FidesApiError} for a non-2xx answer (`FidesForbiddenError` with `requiredScopes` and
   * the scope table's `operationAccess`, `FidesNotFoundError`, …; `operation: "fetch"`), unless
   * `throwOnError` is `false`
   * @throws {FidesTimeoutError} | {FidesConnectionError} when no answer came
   * @throws {FidesResponseValidationError} for a 2xx HTML page when the request's `Accept` does not
   * admit HTML (Fides serves its admin UI outside `/api/v1`; the message names the likely missing
   * prefix), unless `throwOnError` is `false`
   * @example
   * const res = await sdk.fetch("/api/v1/dsr/policy", { method: "PATCH", json: [{ name: "Access", key: "access" }] });
   * const { succeeded } = await res.json();
   */
  async fetch(path: string | URL, init?: FidesFetchInit): Promise<Response> {
    const target = resolveFetchTarget(this.#pipeline.options.baseUrl, path);
    const resolved = resolveFetchInit(init);
    const pipeline = this.#pipeline;
    try {
      return await pipeline.request(fetchRequest(target, resolved, pipeline.authenticates), resolved.call);
    } catch (error) {
      if (!isFidesForbiddenError(error)) throw error;
      throw withOperationAccess(error, knownOperation(resolved.method, target.path));
    }
  }

  /**
   * A typed openapi-fetch client for the whole Fides API, whose transport is this client's
   * pipeline: every call gets the managed token, the deadline (`options.timeoutMs` for each call,
   * else the client's; pass `signal` per call), the stale-token resend and safe retries (GET, HEAD,
   * PUT, DELETE, OPTIONS; POST and PATCH only when they provably never reached the server).
   *
   * Typed with the newest tested Fides release (2.86.2) by default; `{ release: "2.78" }` types it
   * with that release (a route it lacks does not compile), and `sdk.api<paths>()` takes your own
   * `paths` (a server with Fidesplus routes). At run time, an operation the tested releases show
   * the server's version to lack (`GET /api/v1/oauth/client` on 2.78) is refused before it is sent
   * with `FidesUnsupportedOperationError`; the server's version is read from `GET /health` once.
   *
   * A non-2xx answer is not thrown: openapi-fetch returns it as `{ error, response }`; pass the
   * result to `throwOnError()` for the SDK's typed error (a `FidesForbiddenError` names the
   * operation's scopes from the scope table), or to `throwOnPartialFailure()` for the bulk
   * operations that answer 2xx with `{ succeeded, failed }`. What has no answer throws the SDK's
   * error (`FidesTimeoutError`, `FidesConnectionError`), a redirect throws `FidesApiError`, and a
   * request leaving `baseUrl` (a per-call `baseUrl`, a middleware's new `Request`, a `..` path
   * parameter) throws a `TypeError`.
   *
   * openapi-fetch middleware (`api.use()`) runs around the pipeline: `onRequest` sees the request
   * before the token is set (and cannot set `Authorization`, which the pipeline overwrites),
   * `onResponse` sees the final answer after any resend and retries, `onError` sees the SDK's
   * error. Middleware cannot change retries, the resend or the deadline.
   *
   * Each call's success body is read whole inside the call's deadline, up to `maxBodyBytes`
   * decoded bytes (32 MiB by default; over it, the call throws `FidesResponseValidationError`);
   * for one call with a larger body, make a client for it: `sdk.api<paths>({ maxBodyBytes })`
   * is cheap. An error answer's body is read up to 64 KiB (cut there, its status kept).
   * @example
   * const api = sdk.api(); // Fides 2.86.2's paths; sdk.api({ release: "2.78" }) for 2.78.2's
   * const { data, error } = await api.GET("/api/v1/privacy-request", { params: { query: { size: 50 } } });
   *
   * With `throwOnError: true` every failure throws the SDK's typed error, a non-2xx answer
   * included (`FidesForbiddenError` with `requiredScopes`, …): one error path, `data` always set.
   * @example
   * const strict = sdk.api({ throwOnError: true });
   * const { data } = await strict.GET("/api/v1/dsr/policy"); // or throws FidesForbiddenError, FidesTimeoutError, …
   * @param options `timeoutMs`: how long each call may take, from the token to the end of the
   * body; `release`: the tested release to type with ("2.78", "2.82" or "2.86");
   * `maxBodyBytes`: the most decoded bytes read from a success body;
   * `throwOnError`: whether a non-2xx answer throws too (default `false`)
   * @throws {TypeError} for a malformed `options.timeoutMs`, `options.maxBodyBytes` or
   * `options.throwOnError`, or an
   * untested `options.release`
   */
  api<Paths extends {} = never, Release extends ApiRelease = NewestApiRelease>(
    options?: ApiOptions<Release> & FidesApiOptions,
  ): Client<[Paths] extends [never] ? ApiReleasePaths[Release] : Paths> {
    type Typed = [Paths] extends [never] ? ApiReleasePaths[Release] : Paths;
    const { baseUrl, headers, timeoutMs: fallbackMs } = this.#pipeline.options;
    // Checked as an object first: `release` is read only from a real options object.
    const { timeoutMs } = resolveCallOptions(options as RequestOptions | undefined, fallbackMs);
    const release = resolveApiRelease(options?.release);
    const maxBodyBytes = assertInteger(
      options?.maxBodyBytes,
      "options.maxBodyBytes",
      1,
      Number.MAX_SAFE_INTEGER,
      BODY_LIMITS.api,
    );
    const throwOnError = assertFlag(options?.throwOnError, "options.throwOnError");
    return createClient<Typed>({
      baseUrl,
      headers,
      querySerializer: createQuerySerializer(),
      pathSerializer: (pathname, params) => checkSerializedPath(defaultPathSerializer(pathname, params)),
      fetch: async (request) => {
        const forwarded = await forwardedRequest(
          baseUrl,
          request,
          this.#pipeline.authenticates,
          maxBodyBytes,
          throwOnError,
        );
        const operation = knownOperation(forwarded.method, forwarded.path, release);
        // Only an operation some tested release lacks needs the server's version first.
        const checked =
          operation === undefined || inEveryRelease(operation.key)
            ? forwarded
            : {
                ...forwarded,
                forVersion: (version: Version) => {
                  const refusal = unsupportedOperation(operation.key, version);
                  if (refusal !== undefined) throw refusal;
                  return forwarded;
                },
              };
        const response = await this.#pipeline.request(checked, { signal: request.signal, timeoutMs });
        recordAnswer(response, {
          method: forwarded.method,
          path: forwarded.path,
          operation,
          redactor: this.#pipeline.redactor,
        });
        return response;
      },
    });
  }

  /** What `JSON.stringify` shows: the base URL and client id, never a secret or token. */
  toJSON(): { baseUrl: string; clientId: string | undefined } {
    const { baseUrl } = this.#pipeline.options;
    return { baseUrl, clientId: this.#pipeline.clientId };
  }

  /** What `util.inspect` and `console.log` show. */
  [INSPECT](): string {
    const { baseUrl } = this.#pipeline.options;
    const clientId = this.#pipeline.clientId;
    return `FidesClient { baseUrl: '${baseUrl}', clientId: ${clientId === undefined ? "undefined" : `'${clientId}'`} }`;
  }
}
