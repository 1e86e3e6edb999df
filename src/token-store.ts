/** A cached access token and the times (on the client's clock) it was obtained and expires. */
export interface StoredToken {
  accessToken: string;
  /** When the token request was sent, in milliseconds on the client's clock. */
  obtainedAt: number;
  /** When the token expires, in milliseconds on the client's clock. */
  expiresAt: number;
}

/**
 * Where a client caches its token, by a key made of the base URL, the client id and a hash of the
 * secret. In memory by default; implement it over Redis or a file to share tokens between processes.
 * Errors it throws are logged and otherwise ignored: the store is a cache, never the truth.
 * @example
 * const store: TokenStore = { get: (key) => redis.get(key).then(JSON.parse), set: ..., delete: ... };
 */
export interface TokenStore {
  /** The token stored under `key`, if any. */
  get(key: string): Promise<StoredToken | undefined>;
  /** Stores a token under `key`. */
  set(key: string, token: StoredToken): Promise<void>;
  /** Forgets the token under `key`. */
  delete(key: string): Promise<void>;
}

/**
 * The default {@link TokenStore}: a `Map` private to one client.
 * @example
 * const sdk = new FidesClient({ baseUrl, clientId, clientSecret, tokenStore: new MemoryTokenStore() });
 */
export class MemoryTokenStore implements TokenStore {
  readonly #tokens = new Map<string, StoredToken>();

  /** @param key the cache key */
  async get(key: string): Promise<StoredToken | undefined> {
    return this.#tokens.get(key);
  }

  /**
   * @param key the cache key
   * @param token the token to keep
   */
  async set(key: string, token: StoredToken): Promise<void> {
    this.#tokens.set(key, token);
  }

  /** @param key the cache key */
  async delete(key: string): Promise<void> {
    this.#tokens.delete(key);
  }

  /** Keeps the tokens out of `JSON.stringify`. */
  toJSON(): Record<string, never> {
    return {};
  }
}

/**
 * The cache key of a client: base URL, client id and the first 32 hex digits of SHA-256(secret),
 * so a rotated secret never picks up a token cached for the old one.
 * @param baseUrl the resolved base URL
 * @param clientId the client id
 * @param clientSecret the client secret (only its hash enters the key)
 */
export async function tokenStoreKey(
  baseUrl: string,
  clientId: string,
  clientSecret: string,
): Promise<string> {
  const digest = await globalThis.crypto.subtle.digest("SHA-256", new TextEncoder().encode(clientSecret));
  let hex = "";
  for (const byte of new Uint8Array(digest).subarray(0, 16)) hex += byte.toString(16).padStart(2, "0");
  return `fides-sdk:${baseUrl}:${clientId}:${hex}`;
}
