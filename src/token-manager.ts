import type { FidesLogger } from "./options.js";
import type { StoredToken, TokenStore } from "./token-store.js";

/** What the token manager needs; it does no HTTP of its own. */
export interface TokenManagerInit {
  /** Requests a new token from the server (retries included). */
  acquire: () => Promise<StoredToken>;
  /** The client's millisecond clock. */
  now: () => number;
  /** The cache behind the manager. */
  store: TokenStore;
  /**
   * Computes the store key of the current credentials. Called once, when the store is first
   * used: hashing the secret loads Web Crypto, which would otherwise slow every construction.
   */
  key: () => Promise<string>;
  logger: FidesLogger;
  /** This instance's jitter in [0, 1), so a fleet does not refresh at the same moment. */
  jitter: number;
  /** How long a confirmed missing scope is remembered. @default 300000 (five minutes) */
  forbiddenMemoMs?: number;
}

interface Entry extends StoredToken {
  /** From here on, a call starts one background refresh and still uses this token. */
  refreshAt: number;
  /** From here on, calls wait for a new token. */
  renewAt: number;
}

const HOUR_MS = 3_600_000;
const LEEWAY_MS = 30_000;
const BACKGROUND_RETRY_MS = 30_000;

/**
 * Keeps one access token fresh: acquired lazily, one request in flight at a time, refreshed in
 * the background inside a jittered window before expiry, waited for only close to expiry.
 * A generation counter discards an acquisition that started before {@link TokenManager.clear},
 * so a stale refresh never overwrites a newer token.
 */
export class TokenManager {
  readonly #acquireToken: () => Promise<StoredToken>;
  readonly #now: () => number;
  readonly #store: TokenStore;
  readonly #logger: FidesLogger;
  readonly #jitter: number;
  readonly #forbiddenMemoMs: number;
  readonly #forbidden = new Map<string, number>();
  #keyOf: () => Promise<string>;
  #keyPromise: Promise<string> | undefined;
  #entry: Entry | undefined;
  #inflight: Promise<Entry> | undefined;
  #generation = 0;
  #rejected: string | undefined;
  #backgroundRetryAt = 0;

  /** @param init the acquisition function, clock, store and logger */
  constructor(init: TokenManagerInit) {
    this.#acquireToken = init.acquire;
    this.#now = init.now;
    this.#store = init.store;
    this.#keyOf = init.key;
    this.#logger = init.logger;
    this.#jitter = init.jitter;
    this.#forbiddenMemoMs = init.forbiddenMemoMs ?? 300_000;
  }

  /**
   * The token to send now: the cached one while it is usable (starting a background refresh inside
   * its refresh window), else a new one, acquired once for every concurrent caller.
   */
  token(): Promise<string> {
    const entry = this.#entry;
    if (entry !== undefined) {
      const now = this.#now();
      if (now < entry.refreshAt) return Promise.resolve(entry.accessToken);
      if (now < entry.renewAt) {
        this.#refreshInBackground(now);
        return Promise.resolve(entry.accessToken);
      }
    }
    return this.#acquire().then(accessTokenOf);
  }

  /**
   * Drops the cached token if it is the one the server just refused, so the next call re-acquires.
   * A newer token, or one already being acquired, is left alone.
   * @param token the token that was refused
   */
  invalidate(token: string | undefined): void {
    this.#rejected = token;
    if (this.#entry !== undefined && (token === undefined || this.#entry.accessToken === token)) {
      this.#entry = undefined;
      this.#deleteStored();
    }
  }

  /** Drops the token and any acquisition in flight, e.g. after the client changed its own scopes. */
  clear(): void {
    this.#generation++;
    this.#rejected = this.#entry?.accessToken;
    this.#entry = undefined;
    this.#inflight = undefined;
    this.#forbidden.clear();
    this.#deleteStored();
  }

  /**
   * Moves the cached token to a new store key, after the client rotated its own secret.
   * @param key the key of the new credentials
   */
  rekey(key: () => Promise<string>): void {
    this.#deleteStored();
    this.#keyOf = key;
    this.#keyPromise = undefined;
    const entry = this.#entry;
    if (entry !== undefined) this.#save(entry, entry);
  }

  /**
   * Tells whether a fresh token was refused these required scopes within the memo window.
   * @param scopes the required scopes, as one sorted key
   */
  knownToLack(scopes: string): boolean {
    const until = this.#forbidden.get(scopes);
    if (until === undefined) return false;
    if (this.#now() < until) return true;
    this.#forbidden.delete(scopes);
    return false;
  }

  /**
   * Remembers that a fresh token was refused these required scopes.
   * @param scopes the required scopes, as one sorted key
   */
  rememberLack(scopes: string): void {
    this.#forbidden.set(scopes, this.#now() + this.#forbiddenMemoMs);
  }

  #key(): Promise<string> {
    this.#keyPromise ??= this.#keyOf();
    return this.#keyPromise;
  }

  #acquire(): Promise<Entry> {
    if (this.#inflight !== undefined) return this.#inflight;
    const promise = this.#load(this.#generation).finally(() => {
      if (this.#inflight === promise) this.#inflight = undefined;
    });
    this.#inflight = promise;
    return promise;
  }

  #refreshInBackground(now: number): void {
    if (this.#inflight !== undefined || now < this.#backgroundRetryAt) return;
    this.#logger.debug("access token is inside its refresh window; refreshing in the background");
    this.#acquire().catch((error: unknown) => {
      this.#backgroundRetryAt = this.#now() + BACKGROUND_RETRY_MS;
      this.#logger.warn(
        `background token refresh failed (${describe(error)}); the current token is still used`,
      );
    });
  }

  async #load(generation: number): Promise<Entry> {
    const stored = await this.#readStored();
    if (generation !== this.#generation) return this.#acquire();
    if (stored !== undefined) {
      this.#entry = stored;
      return stored;
    }
    const grant = await this.#acquireToken();
    // clear() ran while this request was in flight: its token may predate a scope change.
    if (generation !== this.#generation) return this.#acquire();
    const entry = this.#toEntry(grant);
    this.#entry = entry;
    this.#rejected = undefined;
    this.#save(entry, grant);
    this.#logger.debug(
      `acquired an access token valid for ${Math.round((grant.expiresAt - grant.obtainedAt) / 1000)} s`,
    );
    return entry;
  }

  async #readStored(): Promise<Entry | undefined> {
    try {
      const stored = await this.#store.get(await this.#key());
      if (stored === undefined || stored.accessToken === this.#rejected) return undefined;
      const entry = this.#toEntry(stored);
      return this.#now() < entry.refreshAt ? entry : undefined;
    } catch (error) {
      this.#logger.warn(`token store read failed (${describe(error)}); requesting a new token`);
      return undefined;
    }
  }

  #save(entry: Entry, token: StoredToken): void {
    const record: StoredToken = {
      accessToken: token.accessToken,
      obtainedAt: entry.obtainedAt,
      expiresAt: entry.expiresAt,
    };
    this.#key()
      .then((key) => this.#store.set(key, record))
      .catch((error: unknown) => this.#logger.warn(`token store write failed (${describe(error)})`));
  }

  #deleteStored(): void {
    this.#key()
      .then((key) => this.#store.delete(key))
      .catch((error: unknown) => this.#logger.warn(`token store delete failed (${describe(error)})`));
  }

  #toEntry(token: StoredToken): Entry {
    const lifetime = Math.max(0, token.expiresAt - token.obtainedAt);
    // The last 10% of the lifetime, at most an hour, shortened by up to half by this instance's jitter.
    const window = Math.min(lifetime * 0.1, HOUR_MS) * (1 - 0.5 * this.#jitter);
    const leeway = Math.min(LEEWAY_MS, window / 2);
    return {
      accessToken: token.accessToken,
      obtainedAt: token.obtainedAt,
      expiresAt: token.expiresAt,
      refreshAt: token.expiresAt - window,
      renewAt: token.expiresAt - leeway,
    };
  }

  /** Keeps tokens out of `JSON.stringify`. */
  toJSON(): Record<string, never> {
    return {};
  }
}

function accessTokenOf(entry: Entry): string {
  return entry.accessToken;
}

function describe(error: unknown): string {
  if (typeof error === "object" && error !== null && "name" in error && typeof error.name === "string") {
    return error.name;
  }
  return typeof error;
}
