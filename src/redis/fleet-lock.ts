import type { TokenStoreLock } from "../token-store.js";

/** What a held lock does in Redis; both compare the holder's id first. */
export interface LockCommands {
  /** Extends the lock's lifetime; `false` when the lock is no longer this holder's. */
  renew(): Promise<boolean>;
  /** Deletes the lock if it is still this holder's. */
  release(): Promise<void>;
}

/**
 * The lock of the one process acquiring a token, kept alive while it works: every third of its
 * lifetime it is renewed (if it is still this holder's), so a token request slower than the
 * lifetime does not let a second process in, while a holder that dies frees the fleet within
 * one lifetime. Renewal stops when the lock is released, when it turns out lost, and after
 * `maxHoldMs` (by then the waiting processes have stopped waiting, and a holder stuck for that
 * long must not hold the fleet forever).
 * @param ttlMs the lock's lifetime in Redis
 * @param maxHoldMs how long renewal may go on
 * @param commands the renewal and release, in Redis
 */
export function renewedLock(ttlMs: number, maxHoldMs: number, commands: LockCommands): TokenStoreLock {
  const stopAt = performance.now() + maxHoldMs;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let done = false;
  const schedule = () => {
    if (done || performance.now() + ttlMs / 3 > stopAt) return;
    timer = setTimeout(renew, ttlMs / 3);
    // The holder's own work keeps the process alive; renewal must not.
    timer.unref?.();
  };
  const renew = () => {
    commands.renew().then(
      (held) => {
        if (held) schedule();
        else done = true;
      },
      // Redis is unreachable: try again, in case it comes back before the lock expires.
      schedule,
    );
  };
  schedule();
  return {
    release: async () => {
      if (done) return;
      done = true;
      clearTimeout(timer);
      await commands.release();
    },
  };
}
