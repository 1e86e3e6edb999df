import type { FidesLogger } from "../../options.js";
import type { StoredToken, TokenStore, TokenStoreKey } from "../../token-store.js";
import { isSendableToken } from "./access-token-rules.js";
import { describe, SharedTokens } from "./shared-tokens.js";

/** What the token manager needs; it does no HTTP of its own. */
interface TokenManagerInit {
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
  key: () => Promise<TokenStoreKey>;
  logger: FidesLogger;
  /** This instance's jitter in [0, 1), so a fleet does not refresh at the same moment. */
  jitter: number;
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
/** A token another process stored is treated as expiring this much earlier: clocks differ. */
const CLOCK_SKEW_MS = 30_000;
/**
 * A token acquired to replace a refused one, and refused in turn within this long, is not
 * stale: asking again would get a token the server refuses the same way, and a route that always
 * refuses would spend the server's token limit (10 a minute on Fides) one call at a time. Such
 * refusals cost at most one re-acquisition a minute.
 */
export const FRESH_TOKEN_MS = 60_000;

/**
 * Keeps one access token fresh: acquired lazily, one request in flight at a time, refreshed in
 * the background inside a jittered window before expiry, waited for only close to expiry.
 * A generation counter discards an acquisition that started before {@link TokenManager.clear},
 * so a stale refresh never overwrites a newer token.
 */
export class TokenManager {
  readonly #acquireToken: () => Promise<StoredToken>;
  readonly #now: () => number;
  readonly #shared: SharedTokens;
  readonly #logger: FidesLogger;
  readonly #jitter: number;
  #keyOf: () => Promise<TokenStoreKey>;
  #keyPromise: Promise<TokenStoreKey> | undefined;
  #entry: Entry | undefined;
  #inflight: Promise<Entry> | undefined;
  #generation = 0;
  #rejected: string | undefined;
  #backgroundRetryAt = 0;
  /** The replacement of a refused token this manager last acquired, and when (the client's clock). */
  #replacement: { token: string; at: number } | undefined;

  /** @param init the acquisition function, clock, store and logger */
  constructor(init: TokenManagerInit) {
    this.#acquireToken = init.acquire;
    this.#now = init.now;
    this.#shared = new SharedTokens(init.store, init.logger);
    this.#keyOf = init.key;
    this.#logger = init.logger;
    this.#jitter = init.jitter;
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
   * Whether `token` was acquired, less than {@link FRESH_TOKEN_MS} ago, to replace a refused
   * token: its own refusal is then no reason to acquire another.
   * @param token the token that was refused
   */
  isFreshReplacement(token: string): boolean {
    const replacement = this.#replacement;
    return (
      replacement !== undefined &&
      replacement.token === token &&
      this.#now() - replacement.at < FRESH_TOKEN_MS
    );
  }

  /**
   * Drops the cached token if it is the one the server just refused, so the next call re-acquires.
   * A newer token, or one already being acquired, is left alone, here and in a store that can
   * compare before it deletes.
   * @param token the token that was refused
   */
  invalidate(token: string | undefined): void {
    this.#rejected = token;
    if (this.#entry !== undefined && (token === undefined || this.#entry.accessToken === token)) {
      this.#entry = undefined;
      this.#deleteStored(token);
    }
  }

  /** Drops the token and any acquisition in flight, e.g. after the client changed its own scopes. */
  clear(): void {
    this.#generation++;
    this.#replacement = undefined;
    this.#rejected = this.#entry?.accessToken;
    this.#entry = undefined;
    this.#inflight = undefined;
    this.#deleteStored(undefined);
  }

  /**
   * Moves the cached token to a new store key, after the client's secret changed. The copy under
   * the old key is left to expire: in a fleet, processes not yet given the new secret still read it.
   * @param key the key of the new credentials
   */
  rekey(key: () => Promise<TokenStoreKey>): void {
    this.#keyOf = key;
    this.#keyPromise = undefined;
    const entry = this.#entry;
    if (entry !== undefined) void this.#save(entry, entry);
  }

  #key(): Promise<TokenStoreKey> {
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
    // With a coordinating store, one process acquires and the others wait for its token.
    const turn = await this.#shared.turn(await this.#key(), () => this.#readStored());
    if (generation !== this.#generation) {
      this.#shared.release(turn.lock);
      return this.#acquire();
    }
    if (turn.found !== undefined) {
      this.#entry = turn.found;
      return turn.found;
    }
    let grant: StoredToken;
    try {
      grant = await this.#acquireToken();
    } catch (error) {
      this.#shared.release(turn.lock);
      throw error;
    }
    // clear() ran while this request was in flight: its token may predate a scope change.
    if (generation !== this.#generation) {
      this.#shared.release(turn.lock);
      return this.#acquire();
    }
    const entry = this.#toEntry(grant);
    this.#entry = entry;
    if (this.#rejected !== undefined) this.#replacement = { token: grant.accessToken, at: this.#now() };
    this.#rejected = undefined;
    if (turn.lock === undefined) {
      void this.#save(entry, grant);
    } else {
      // Under the lock: stored before the callers go on (a slow store is bounded by its own
      // timeout), and only then is the lock given up, so a waiting process finds the token.
      await this.#save(entry, grant);
      this.#shared.release(turn.lock);
    }
    this.#logger.debug(
      `acquired an access token valid for ${Math.round((grant.expiresAt - grant.obtainedAt) / 1000)} s`,
    );
    return entry;
  }

  async #readStored(): Promise<Entry | undefined> {
    const stored = await this.#shared.get(await this.#key());
    // A shared store is read as warily as the server: a token no header may carry is not used.
    if (
      stored === undefined ||
      stored.accessToken === this.#rejected ||
      !isSendableToken(stored.accessToken)
    ) {
      return undefined;
    }
    // Another process's clock may run up to 30 s ahead of this one's.
    const entry = this.#toEntry(stored, CLOCK_SKEW_MS);
    return this.#now() < entry.refreshAt ? entry : undefined;
  }

  /** Stores the token; resolves once stored or failed, never rejects. */
  #save(entry: Entry, token: StoredToken): Promise<void> {
    const record: StoredToken = {
      accessToken: token.accessToken,
      obtainedAt: entry.obtainedAt,
      expiresAt: token.expiresAt,
    };
    return this.#key().then(
      (key) => this.#shared.set(key, record),
      (error: unknown) => this.#logger.warn(`token store key failed (${describe(error)})`),
    );
  }

  #deleteStored(refused: string | undefined): void {
    this.#key().then(
      (key) => this.#shared.delete(key, refused),
      (error: unknown) => this.#logger.warn(`token store key failed (${describe(error)})`),
    );
  }

  #toEntry(token: StoredToken, skewMs = 0): Entry {
    const lifetime = Math.max(0, token.expiresAt - token.obtainedAt);
    // The skew margin never takes more than a tenth of a short token's lifetime.
    const expiresAt = token.expiresAt - Math.min(skewMs, lifetime * 0.1);
    // The last 10% of the lifetime, at most an hour, shortened by up to half by this instance's jitter.
    const window = Math.min(lifetime * 0.1, HOUR_MS) * (1 - 0.5 * this.#jitter);
    const leeway = Math.min(LEEWAY_MS, window / 2);
    return {
      accessToken: token.accessToken,
      obtainedAt: token.obtainedAt,
      expiresAt,
      refreshAt: expiresAt - window,
      renewAt: expiresAt - leeway,
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
