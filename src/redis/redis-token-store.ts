import { codedTypeError } from "../internal/assert.js";
import type { StoredToken, TokenStore, TokenStoreContext, TokenStoreLock } from "../token-store.js";
import { connect, type RedisConnection } from "./connection.js";
import { renewedLock } from "./fleet-lock.js";
import { seal, sealedPrefix, unseal } from "./token-cipher.js";
import { WakeUps } from "./wake-ups.js";

/** Options of {@link RedisTokenStore}; every one is optional. */
export interface RedisTokenStoreOptions {
  /** Prepended to every key this store writes. @default "" */
  keyPrefix?: string;
  /**
   * How long the acquisition lock lives without renewal: the holder renews it every third of
   * this while it works, so a process that dies while acquiring is replaced within this time.
   * @default 10000
   */
  lockTtlMs?: number;
  /** How long a process waits for another's token before requesting its own. @default 15000 */
  waitMs?: number;
  /** How long one Redis command may take before the client goes on without Redis. @default 250 */
  commandTimeoutMs?: number;
}

// Deletes KEYS[1] only if its value starts with ARGV[1]: the format and the token's fingerprint.
const DELETE_IF_TOKEN = `local v = redis.call('GET', KEYS[1])
if v and string.sub(v, 1, string.len(ARGV[1])) == ARGV[1] then return redis.call('DEL', KEYS[1]) end
return 0`;
// Deletes KEYS[1] only if it still holds this holder's lock id.
const RELEASE_LOCK = `if redis.call('GET', KEYS[1]) == ARGV[1] then return redis.call('DEL', KEYS[1]) end
return 0`;
// Extends KEYS[1] to ARGV[2] ms only if it still holds this holder's lock id.
const RENEW_LOCK = `if redis.call('GET', KEYS[1]) == ARGV[1] then return redis.call('PEXPIRE', KEYS[1], ARGV[2]) end
return 0`;

class RedisTokenStoreError extends Error {
  constructor(name: string, message: string) {
    super(message);
    this.name = name;
  }
}

/**
 * A {@link TokenStore} in Redis, so a fleet of processes shares one token: one process acquires
 * it under a lock while the others wait for it, a refused token is deleted only if no newer one
 * replaced it, and tokens are stored encrypted (AES-256-GCM, key derived by HKDF-SHA-256 from
 * the client secret, which is never stored). Each key expires with its token.
 *
 * The lock carries its holder's random id, is renewed while the holder works and released by
 * compare-and-delete; a holder that dies frees it within `lockTtlMs`. When the token lands, the
 * store publishes on a channel of the key (`<key>:wake`), and waiting processes, subscribed to it
 * for as long as they wait (on a duplicate of the client, or a cluster's own pub/sub
 * connection), look again at once instead of at their next poll.
 *
 * A cache, never the truth: a command that fails or takes longer than `commandTimeoutMs` makes
 * the client go on with its own token; reconnecting is the Redis client's job. Every command
 * touches one key, so Redis Cluster and managed Redis services work unchanged.
 * @example
 * import { createClient } from "redis"; // or: import Redis from "ioredis"; new Redis(url)
 * import { FidesClient } from "fides-sdk";
 * import { RedisTokenStore } from "fides-sdk/redis";
 * const redis = await createClient({ url: process.env.REDIS_URL }).connect();
 * const sdk = new FidesClient({ baseUrl, clientId, clientSecret, tokenStore: new RedisTokenStore(redis) });
 */
export class RedisTokenStore implements TokenStore {
  /** How long a process waits for another's token, in milliseconds. */
  readonly waitMs: number;
  /**
   * How long the client lets one call to this store take: room for the three commands a call
   * may send at `commandTimeoutMs` each, and never less than the client's default of 1 second.
   */
  readonly callTimeoutMs: number;
  readonly #redis: RedisConnection;
  readonly #prefix: string;
  readonly #lockTtlMs: number;
  readonly #timeoutMs: number;
  readonly #wakeUps: WakeUps;
  #failing = false;

  /**
   * @param redis a connected client of `redis` (node-redis 4 or later) or `ioredis` (5 or later)
   * @param options key prefix, lock lifetime, waiting time and command timeout
   * @throws {TypeError} with a Node-style `code` naming the bad argument or option
   */
  constructor(redis: unknown, options: RedisTokenStoreOptions = {}) {
    const connected = connect(redis);
    if (connected.kind === "unknown") {
      throw codedTypeError(
        "ERR_INVALID_ARG_TYPE",
        `"redis" must be a connected node-redis (4 or later) or ioredis (5 or later) client`,
      );
    }
    if (connected.kind === "closed") {
      throw codedTypeError(
        "ERR_INVALID_ARG_VALUE",
        `"redis" must be a connected client (call connect() first; this one is closed)`,
      );
    }
    if (typeof options !== "object" || options === null) {
      throw codedTypeError("ERR_INVALID_ARG_TYPE", `"options" must be an object`);
    }
    const prefix = options.keyPrefix ?? "";
    if (typeof prefix !== "string") {
      throw codedTypeError("ERR_INVALID_ARG_TYPE", `"options.keyPrefix" must be a string`);
    }
    this.#redis = connected.connection;
    this.#prefix = prefix;
    this.#lockTtlMs = integerOption(options.lockTtlMs, "lockTtlMs", 10_000, 1);
    this.waitMs = integerOption(options.waitMs, "waitMs", 15_000, 0);
    this.#timeoutMs = integerOption(options.commandTimeoutMs, "commandTimeoutMs", 250, 1);
    this.callTimeoutMs = Math.min(Math.max(1_000, 3 * this.#timeoutMs), 2 ** 31 - 1);
    this.#wakeUps = new WakeUps(this.#redis, this.#timeoutMs);
  }

  /**
   * The token under `key`; a value that does not decrypt with this client's secret is a miss.
   * @param key the client's store key
   * @param context the client's store context
   */
  async get(key: string, context: TokenStoreContext): Promise<StoredToken | undefined> {
    const name = this.#tokenKey(key);
    const value = await this.#send((redis) => redis.get(name));
    return value === null ? undefined : unseal(context, name, value);
  }

  /**
   * Stores the token encrypted, expiring with it.
   * @param key the client's store key
   * @param token the token and its epoch-millisecond times
   * @param context the client's store context
   */
  async set(key: string, token: StoredToken, context: TokenStoreContext): Promise<void> {
    // The token's lifetime, not its expiry on this process's clock, which may be an injected one.
    const ttlMs = Math.floor(token.expiresAt - token.obtainedAt);
    if (!(ttlMs > 0)) return;
    const name = this.#tokenKey(key);
    const value = await seal(context, name, token);
    await this.#send((redis) => redis.set(name, value, ttlMs, false));
    this.#wakeUps.publish(`${name}:wake`, "set");
  }

  /** @param key the client's store key */
  async delete(key: string): Promise<void> {
    await this.#send((redis) => redis.del(this.#tokenKey(key)));
  }

  /**
   * Deletes the token under `key` only if it is still `accessToken`, in one Lua script.
   * @param key the client's store key
   * @param accessToken the token that was refused
   * @param context the client's store context
   */
  async compareAndDelete(key: string, accessToken: string, context: TokenStoreContext): Promise<void> {
    const prefix = await sealedPrefix(context, accessToken);
    await this.#send((redis) => redis.eval(DELETE_IF_TOKEN, this.#tokenKey(key), [prefix]));
  }

  /**
   * Takes the acquisition lock of `key`, renewed while held (see {@link renewedLock}).
   * @param key the client's store key
   * @returns the lock when acquired, `undefined` when a live holder has it
   * @throws when Redis fails or does not answer in time (the caller acquires alone)
   */
  async lock(key: string): Promise<TokenStoreLock | undefined> {
    const name = this.#tokenKey(key);
    const lockName = `${name}:lock`;
    const id = globalThis.crypto.randomUUID();
    let taken: boolean;
    try {
      taken = await this.#send((redis) => redis.set(lockName, id, this.#lockTtlMs, true));
    } catch (error) {
      // A SET that timed out may still land: give back what may be ours, so the fleet does not
      // wait a lifetime for a holder that went on alone.
      if (error instanceof RedisTokenStoreError && error.name === "RedisTimeoutError") {
        this.#redis.eval(RELEASE_LOCK, lockName, [id]).catch(() => {});
      }
      throw error;
    }
    if (!taken) return undefined;
    return renewedLock(this.#lockTtlMs, this.waitMs, {
      renew: async () =>
        Number(
          await this.#send((redis) => redis.eval(RENEW_LOCK, lockName, [id, String(this.#lockTtlMs)])),
        ) === 1,
      release: async () => {
        const released = await this.#send((redis) => redis.eval(RELEASE_LOCK, lockName, [id]));
        // Waiters look again at once: the token is there, or the lock is free to take.
        if (Number(released) === 1) this.#wakeUps.publish(`${name}:wake`, "released");
      },
    });
  }

  /**
   * Resolves when the token or the lock of `key` may have changed (another process stored a token
   * or released the lock), or after `timeoutMs`; never rejects. The caller looks again either way.
   * @param key the client's store key
   * @param timeoutMs the longest wait
   */
  waitForChange(key: string, timeoutMs: number): Promise<void> {
    return this.#wakeUps.wait(`${this.#tokenKey(key)}:wake`, timeoutMs);
  }

  /** What `JSON.stringify` shows: nothing of the connection. */
  toJSON(): Record<string, never> {
    return {};
  }

  // A hash tag around the client's name keeps its token and lock in one Cluster slot.
  #tokenKey(key: string): string {
    return `${this.#prefix}{${key}}`;
  }

  async #send<T>(command: (redis: RedisConnection) => Promise<T>): Promise<T> {
    const redis = this.#redis;
    // After a failure, fail fast until the client is connected again, instead of queueing every
    // call behind a dead connection; before any failure (a client still connecting), wait.
    if (this.#failing && !redis.ready()) {
      throw new RedisTokenStoreError("RedisNotReadyError", "the Redis client is not connected");
    }
    let timer: ReturnType<typeof setTimeout> | undefined;
    const timeout = new Promise<never>((_, reject) => {
      const fail = () =>
        reject(
          new RedisTokenStoreError("RedisTimeoutError", `Redis did not answer within ${this.#timeoutMs} ms`),
        );
      // setImmediate: a reply that arrived while this process was too busy to read it is read
      // first (timers run before I/O), so a busy process does not blame Redis.
      timer = setTimeout(() => setImmediate(fail), this.#timeoutMs);
    });
    const sent = (async () => command(redis))();
    // A reply that comes after the timeout is dropped, not reported as unhandled.
    sent.catch(() => {});
    try {
      const result = await Promise.race([sent, timeout]);
      this.#failing = false;
      return result;
    } catch (error) {
      this.#failing = true;
      throw error;
    } finally {
      clearTimeout(timer);
    }
  }
}

function integerOption(value: unknown, name: string, fallback: number, min: number): number {
  if (value === undefined) return fallback;
  if (typeof value !== "number" || !Number.isInteger(value) || value < min) {
    throw codedTypeError(
      typeof value === "number" ? "ERR_INVALID_ARG_VALUE" : "ERR_INVALID_ARG_TYPE",
      `"options.${name}" must be an integer of ${min} or more`,
    );
  }
  return value;
}
