import type { RedisConnection, Subscriber } from "./connection.js";

/** A subscriber nobody waited on for this long is closed, so it keeps no process alive. */
const LINGER_MS = 1000;
/** After a failed subscription, waits only sleep for this long before subscribing is tried again. */
const RETRY_MS = 1000;

interface Channel {
  readonly waiters: Set<() => void>;
}

/**
 * Wakes the processes waiting for a token when the lock holder stores it: the store publishes on
 * a channel per key, and a waiting process subscribes to it for as long as it waits (plus a
 * second). Best effort: a wait always ends by its own timeout, so a lost message, a failed
 * subscription or a Redis that forbids pub/sub leaves the caller polling, as without wake-ups.
 */
export class WakeUps {
  readonly #redis: RedisConnection;
  readonly #timeoutMs: number;
  readonly #channels = new Map<string, Channel>();
  #subscriber: Subscriber | undefined;
  #linger: ReturnType<typeof setTimeout> | undefined;
  #retryAt = 0;

  /**
   * @param redis the store's connection
   * @param timeoutMs how long subscribing may take before the waits go on without it
   */
  constructor(redis: RedisConnection, timeoutMs: number) {
    this.#redis = redis;
    this.#timeoutMs = timeoutMs;
  }

  /**
   * Resolves on a message on `channel`, once a new subscription to it is in place (a message
   * published before it would have been missed: look again), or after `timeoutMs`. Never rejects.
   * @param channel the key's channel
   * @param timeoutMs the longest wait
   */
  wait(channel: string, timeoutMs: number): Promise<void> {
    clearTimeout(this.#linger);
    this.#linger = undefined;
    const entry = performance.now() >= this.#retryAt ? this.#channel(channel) : undefined;
    return new Promise((resolve) => {
      const wake = () => {
        clearTimeout(timer);
        entry?.waiters.delete(wake);
        this.#idle();
        resolve();
      };
      const timer = setTimeout(wake, timeoutMs);
      entry?.waiters.add(wake);
    });
  }

  /**
   * Tells the waiters of `channel`, in every process, that it changed. Not awaited by callers and
   * never rejects: waiters that miss it find the change when their wait times out.
   * @param channel the key's channel
   * @param what a word for the change (no secret: anyone subscribed reads it)
   */
  publish(channel: string, what: string): void {
    this.#redis.publish(channel, what).catch(() => {});
  }

  #channel(name: string): Channel {
    const existing = this.#channels.get(name);
    if (existing !== undefined) return existing;
    const channel: Channel = { waiters: new Set() };
    this.#channels.set(name, channel);
    this.#subscriber ??= this.#redis.subscriber();
    const subscriber = this.#subscriber;
    const wakeAll = () => {
      for (const wake of [...channel.waiters]) wake();
    };
    let timer: ReturnType<typeof setTimeout> | undefined;
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error("subscribing timed out")), this.#timeoutMs);
    });
    const subscribed = subscriber.subscribe(name, wakeAll);
    subscribed.catch(() => {});
    Promise.race([subscribed, timeout])
      .then(wakeAll)
      .catch(() => {
        // Pub/sub is unavailable for now: close it all and poll until RETRY_MS has passed.
        this.#retryAt = performance.now() + RETRY_MS;
        if (this.#subscriber === subscriber) this.#close();
      })
      .finally(() => clearTimeout(timer));
    return channel;
  }

  #idle(): void {
    for (const channel of this.#channels.values()) if (channel.waiters.size > 0) return;
    if (this.#linger !== undefined || this.#subscriber === undefined) return;
    this.#linger = setTimeout(() => this.#close(), LINGER_MS);
    this.#linger.unref?.();
  }

  #close(): void {
    clearTimeout(this.#linger);
    this.#linger = undefined;
    const subscriber = this.#subscriber;
    this.#subscriber = undefined;
    // Waits in progress end by their own timeouts.
    this.#channels.clear();
    subscriber?.close();
  }
}
