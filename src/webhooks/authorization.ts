/**
 * Compares the delivery's `Authorization` header with the configured secret in constant time:
 * both are HMAC-SHA-256'd under a random key of this process and the two digests compared byte by
 * byte without an early exit, so neither the secret's length nor the position of the first
 * difference shows in the time taken. Web Crypto only: runs wherever the Fetch API adapter does.
 */
export class SecretMatcher {
  readonly #key: Promise<CryptoKey>;
  readonly #expected: Promise<Uint8Array>;

  /** @param secret the connection secret's `authorization`, exactly as Fides sends it */
  constructor(secret: string) {
    const { subtle } = globalThis.crypto;
    this.#key = subtle.generateKey({ name: "HMAC", hash: "SHA-256" }, false, ["sign"]) as Promise<CryptoKey>;
    this.#expected = this.#mac(secret);
    // An unobserved rejection (no Web Crypto) surfaces on the first match, not as a crash.
    this.#expected.catch(() => undefined);
  }

  /**
   * Tells whether the header is the secret, in time independent of where they differ.
   * @param given the `Authorization` header, or `undefined` when absent
   */
  async matches(given: string | undefined): Promise<boolean> {
    const [expected, actual] = await Promise.all([this.#expected, this.#mac(given ?? "")]);
    let difference = given === undefined ? 1 : 0;
    for (let index = 0; index < expected.length; index++)
      difference |= (expected[index] as number) ^ (actual[index] as number);
    return difference === 0;
  }

  /** Keeps the secret out of `JSON.stringify`. */
  toJSON(): Record<string, never> {
    return {};
  }

  async #mac(text: string): Promise<Uint8Array> {
    const signature = await globalThis.crypto.subtle.sign(
      "HMAC",
      await this.#key,
      new TextEncoder().encode(text),
    );
    return new Uint8Array(signature);
  }
}
