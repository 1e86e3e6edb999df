import { Pipeline } from "./internal/pipeline.js";
import { resolveOptions } from "./internal/resolve-options.js";
import { FidesOAuth } from "./oauth.js";
import type { FidesClientOptions, RequestOptions } from "./options.js";
import type { FidesHealth } from "./schemas.js";

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
  /** Every request goes through it: token, deadline, retries, typed errors (internal/pipeline.ts). */
  readonly #pipeline: Pipeline;

  /**
   * @param options the server, the credentials (or a fixed `accessToken`) and tuning
   * @throws {TypeError} with a Node-style `code` naming the first bad option
   */
  constructor(options: FidesClientOptions) {
    const { resolved, credentials } = resolveOptions(options);
    this.#pipeline = new Pipeline(resolved, credentials);
    this.oauth = new FidesOAuth(this.#pipeline);
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

  /** What `JSON.stringify` shows: the base URL and client id, never a secret or token. */
  toJSON(): { baseUrl: string; clientId: string | undefined } {
    const { baseUrl, clientId } = this.#pipeline.options;
    return { baseUrl, clientId };
  }

  /** What `util.inspect` and `console.log` show. */
  [INSPECT](): string {
    const { baseUrl, clientId } = this.#pipeline.options;
    return `FidesClient { baseUrl: '${baseUrl}', clientId: ${clientId === undefined ? "undefined" : `'${clientId}'`} }`;
  }
}
