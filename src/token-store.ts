/**
 * A cached access token and the times it was obtained and expires, in epoch milliseconds on the
 * clock of the client that acquired it.
 */
export interface StoredToken {
  accessToken: string;
  /** When the token request was sent, in epoch milliseconds. */
  obtainedAt: number;
  /** When the token expires, in epoch milliseconds. */
  expiresAt: number;
}

/**
 * What a store learns about the credentials a token belongs to, besides the key. Stores that keep
 * tokens outside the process use it to encrypt them; others ignore it.
 */
export interface TokenStoreContext {
  /**
   * The client secret as a non-extractable Web Crypto HKDF key (SHA-256), to derive encryption
   * keys from: the secret itself never reaches the store.
   */
  secretKey(): Promise<CryptoKey>;
}

/** The lock a coordinating store grants to the one process acquiring a token. */
export interface TokenStoreLock {
  /** Gives the lock up (only if it is still this holder's), so a waiting process can take it. */
  release(): Promise<void>;
}

/**
 * Where a client caches its token, by a key made of the base URL, the client id and a hash of the
 * secret. In memory by default; implement it over Redis or a file to share tokens between processes.
 * Errors it throws are logged (once per outage) and otherwise ignored: the store is a cache, never
 * the truth. Each call is bounded: one that has not settled after `callTimeoutMs` (1 second by
 * default) counts as failed (`TokenStoreTimeout`), and the client goes on with its own token.
 *
 * A store shared by several processes can also coordinate them: with `lock`, one process acquires
 * the token while the others wait up to `waitMs` for it to appear; with `compareAndDelete`, a
 * refused token is deleted only if no process has stored a newer one. Both are optional.
 * @example
 * const store: TokenStore = { get: (key) => redis.get(key).then(JSON.parse), set: ..., delete: ... };
 */
export interface TokenStore {
  /** The token stored under `key`, if any; a value it cannot read is a miss. */
  get(key: string, context: TokenStoreContext): Promise<StoredToken | undefined>;
  /** Stores a token under `key`. */
  set(key: string, token: StoredToken, context: TokenStoreContext): Promise<void>;
  /** Forgets the token under `key`. */
  delete(key: string): Promise<void>;
  /**
   * Optional: deletes the token under `key` only if it is still `accessToken`, atomically, so a
   * newer token another process stored survives. Without it, `delete` is used.
   */
  compareAndDelete?(key: string, accessToken: string, context: TokenStoreContext): Promise<void>;
  /**
   * Optional: takes the lock that lets one process acquire the token for `key`.
   * @returns the lock, or `undefined` when another process holds it
   */
  lock?(key: string): Promise<TokenStoreLock | undefined>;
  /**
   * Optional, with `lock`: resolves when the token or the lock under `key` may have changed, or
   * after `timeoutMs`, so a waiting process looks again as soon as the holder stores its token.
   * It may resolve early; it should not reject. Without it, waiting processes poll.
   */
  waitForChange?(key: string, timeoutMs: number): Promise<void>;
  /**
   * With `lock`: how long a process waits for another's token before requesting its own.
   * @default 15000
   */
  readonly waitMs?: number;
  /**
   * How long one call to this store may take before the client counts it as failed and goes on
   * with its own token: a store whose own commands are bounded more loosely declares its bound here.
   * @default 1000
   */
  readonly callTimeoutMs?: number;
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

/** A client's place in the store: the key's name and the context its methods receive. */
export interface TokenStoreKey {
  readonly name: string;
  readonly context: TokenStoreContext;
}

/**
 * The cache key of a client: base URL, client id and the first 32 hex digits of SHA-256(secret),
 * so a rotated secret never picks up a token cached for the old one; and a context that turns the
 * secret into an HKDF key on first use. The base URL and the client id are each preceded by their
 * length (`fides-sdk:v2:18:https://fides.test:3:cid:<hex>`), so no two pairs share a key however
 * they place a `:`. Keys stored by earlier releases (without `v2`) are never read again: each
 * client misses once and acquires a token, as after a restart, and the old entries expire with
 * their tokens.
 * @param baseUrl the resolved base URL
 * @param clientId the client id
 * @param clientSecret the client secret (only its hash enters the key)
 */
export async function tokenStoreKey(
  baseUrl: string,
  clientId: string,
  clientSecret: string,
): Promise<TokenStoreKey> {
  const secret = new TextEncoder().encode(clientSecret);
  const digest = await globalThis.crypto.subtle.digest("SHA-256", secret);
  let hex = "";
  for (const byte of new Uint8Array(digest).subarray(0, 16)) hex += byte.toString(16).padStart(2, "0");
  let secretKey: Promise<CryptoKey> | undefined;
  const context: TokenStoreContext = {
    secretKey: () => {
      secretKey ??= globalThis.crypto.subtle.importKey("raw", secret, "HKDF", false, [
        "deriveKey",
        "deriveBits",
      ]);
      return secretKey;
    },
  };
  const name = `fides-sdk:v2:${baseUrl.length}:${baseUrl}:${clientId.length}:${clientId}:${hex}`;
  return { name, context };
}
