import { FidesAuthenticationError } from "../../errors.js";

/**
 * How long a refusal of the client's credentials is remembered. Long enough that a loop of calls
 * with a wrong secret costs one token request, not one per call (Fides allows 10 a minute per IP,
 * and a locked-out IP fails its healthy clients too); short enough that a secret fixed on the
 * server is picked up within a minute.
 */
export const CREDENTIAL_REFUSAL_MS = 45_000;

/**
 * Remembers that the token route refused the client's credentials, so that calls fail fast with
 * the same typed error instead of asking again, until the refusal is old or the credentials change.
 */
export class CredentialRefusal {
  readonly #now: () => number;
  #refusal: { error: FidesAuthenticationError; until: number } | undefined;

  /** @param now the client's millisecond clock */
  constructor(now: () => number) {
    this.#now = now;
  }

  /**
   * Remembers a refusal of the credentials.
   * @param error the token route's 401
   */
  remember(error: FidesAuthenticationError): void {
    this.#refusal = { error, until: this.#now() + CREDENTIAL_REFUSAL_MS };
  }

  /**
   * The error to throw instead of asking for a token, while a refusal is remembered: the same
   * class, status, detail and response, with a message that says no request was sent.
   */
  recalled(): FidesAuthenticationError | undefined {
    const refusal = this.#refusal;
    if (refusal === undefined) return undefined;
    const left = refusal.until - this.#now();
    if (left <= 0) {
      this.#refusal = undefined;
      return undefined;
    }
    const { error } = refusal;
    return new FidesAuthenticationError(
      `${error.message} (remembered: no token request is sent for ${Math.ceil(left / 1000)} s, ` +
        "or until the client gets new credentials)",
      {
        operation: error.operation,
        status: error.status,
        method: error.method,
        path: error.path,
        detail: error.detail,
        ...(error.response === undefined ? {} : { response: error.response }),
      },
    );
  }

  /** Forgets the refusal: the client has new credentials. */
  clear(): void {
    this.#refusal = undefined;
  }
}
