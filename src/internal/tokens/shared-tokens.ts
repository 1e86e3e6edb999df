import type { FidesLogger } from "../../options.js";
import type { StoredToken, TokenStore, TokenStoreKey, TokenStoreLock } from "../../token-store.js";

/** What a process does after a cache miss: use a token another process stored, or acquire one. */
export type Turn<T> =
  | { readonly found: T; readonly lock?: undefined }
  | { readonly found?: undefined; readonly lock: TokenStoreLock | undefined };

const DEFAULT_WAIT_MS = 15_000;
/**
 * The longest one store call may take before it counts as failed, unless the store declares its
 * own `callTimeoutMs`: a store that never settles must not hold every call until its timeout.
 */
export const STORE_CALL_MS = 1_000;
/** Waiters look again every 25 to 75 ms: often enough to start soon after the token appears. */
const POLL_MS = 50;

/**
 * The token manager's side of its store: every call is guarded (a failing store is a cache miss,
 * never a failed call), an outage is logged once, and with a coordinating store one process at a
 * time acquires while the others wait for its token.
 */
export class SharedTokens {
  readonly #store: TokenStore;
  readonly #logger: FidesLogger;
  readonly #callMs: number;
  #down = false;

  /**
   * @param store the client's token store
   * @param logger where the one warning per outage goes
   */
  constructor(store: TokenStore, logger: FidesLogger) {
    this.#store = store;
    this.#logger = logger;
    this.#callMs = store.callTimeoutMs ?? STORE_CALL_MS;
  }

  /** The stored token, or `undefined` when there is none or the store fails. */
  async get(key: TokenStoreKey): Promise<StoredToken | undefined> {
    return this.#guard("read", () => this.#store.get(key.name, key.context));
  }

  /** Stores a token; resolves (never rejects) once the store has it or failed. */
  async set(key: TokenStoreKey, token: StoredToken): Promise<void> {
    await this.#guard("write", () => this.#store.set(key.name, token, key.context));
  }

  /**
   * Deletes the stored token: only if it is still `refused` when the store can compare, so a
   * newer token another process stored survives; unconditionally when `refused` is `undefined`.
   */
  async delete(key: TokenStoreKey, refused: string | undefined): Promise<void> {
    const store = this.#store;
    await this.#guard("delete", () =>
      refused !== undefined && store.compareAndDelete !== undefined
        ? store.compareAndDelete(key.name, refused, key.context)
        : store.delete(key.name),
    );
  }

  /**
   * After a miss: takes the store's lock and acquires, or waits (up to the store's `waitMs`) for
   * the lock holder's token, looking again with `read`. A store without `lock`, a failing store
   * and a wait that runs out all mean acquiring alone (`lock: undefined`).
   * @param key the client's store key
   * @param read the usable stored token, if any (a token this client saw refused is not usable)
   */
  async turn<T>(key: TokenStoreKey, read: () => Promise<T | undefined>): Promise<Turn<T>> {
    const store = this.#store;
    if (store.lock === undefined) return { lock: undefined };
    const waitMs = store.waitMs ?? DEFAULT_WAIT_MS;
    const deadline = performance.now() + waitMs;
    let waited = false;
    for (;;) {
      let lock: TokenStoreLock | undefined;
      try {
        lock = await bounded(this.#callMs, () => (store.lock as NonNullable<TokenStore["lock"]>)(key.name));
        this.#up();
      } catch (error) {
        this.#failed("lock", error);
        return { lock: undefined };
      }
      if (lock !== undefined) {
        // Another process may have stored its token between our miss and our lock.
        const found = await read();
        if (found === undefined) return { lock };
        this.release(lock);
        return { found };
      }
      if (!waited) {
        waited = true;
        this.#logger.debug("another process is acquiring the access token; waiting for it");
      }
      if (performance.now() >= deadline) {
        this.#logger.warn(
          `no token appeared within ${waitMs} ms of waiting for another process; requesting one`,
        );
        return { lock: undefined };
      }
      // Woken by the store when the holder's token lands, if it can; else at the next poll.
      const pollMs = POLL_MS * (0.5 + Math.random());
      const { waitForChange } = store;
      await (waitForChange === undefined
        ? pause(pollMs)
        : (async () => waitForChange.call(store, key.name, pollMs))().catch(() => pause(pollMs)));
      const found = await read();
      if (found !== undefined) return { found };
    }
  }

  /** Gives a lock up; a failure only means it expires by itself. */
  release(lock: TokenStoreLock | undefined): void {
    if (lock === undefined) return;
    void this.#guard("unlock", () => lock.release());
  }

  async #guard<T>(operation: string, run: () => Promise<T>): Promise<T | undefined> {
    try {
      const result = await bounded(this.#callMs, run);
      this.#up();
      return result;
    } catch (error) {
      this.#failed(operation, error);
      return undefined;
    }
  }

  #up(): void {
    if (!this.#down) return;
    this.#down = false;
    this.#logger.info("the token store answers again; sharing tokens through it");
  }

  #failed(operation: string, error: unknown): void {
    const message = `token store ${operation} failed (${describe(error)})`;
    if (this.#down) {
      this.#logger.debug(message);
      return;
    }
    this.#down = true;
    this.#logger.warn(`${message}; this client uses its own token until the store answers again`);
  }
}

/** A store call that did not settle within its bound. */
class TokenStoreTimeout extends Error {
  override name = "TokenStoreTimeout";
}

/** Runs a store call, failing it with {@link TokenStoreTimeout} after `ms`. */
function bounded<T>(ms: number, run: () => Promise<T>): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    // After a stall (a starved process, a long pause), timers run before the I/O that may already
    // hold the answer: the store is called failed only after that I/O had its turn.
    const timer = setTimeout(
      () => afterPendingIo(() => reject(new TokenStoreTimeout(`no answer within ${ms} ms`))),
      ms,
    );
    (timer as { unref?: () => void }).unref?.();
    const settle = () => clearTimeout(timer);
    Promise.resolve()
      .then(run)
      .then(
        (value) => {
          settle();
          resolve(value);
        },
        (error: unknown) => {
          settle();
          reject(error);
        },
      );
  });
}

/** Runs `run` once the I/O already waiting has been handled (`setImmediate`, where the runtime has it). */
function afterPendingIo(run: () => void): void {
  if (typeof setImmediate === "function") setImmediate(run);
  else setTimeout(run, 0);
}

function pause(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/** An error's name, never its message (which might quote a value). */
export function describe(error: unknown): string {
  if (typeof error === "object" && error !== null && "name" in error && typeof error.name === "string") {
    return error.name;
  }
  return typeof error;
}
