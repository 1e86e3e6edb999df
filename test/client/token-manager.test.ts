import { describe, expect, it } from "vitest";
import { TokenManager } from "../../src/internal/tokens/token-manager.js";
import { MemoryTokenStore, type StoredToken, type TokenStoreKey } from "../../src/token-store.js";
import { type Deferred, deferred, ManualClock, recordingLogger } from "./fixtures.js";

const HOUR = 3_600_000;
const KEY: TokenStoreKey = { name: "key", context: { secretKey: () => Promise.reject(new Error("unused")) } };

function manager(clock: ManualClock, jitter = 0) {
  const pending: Deferred<StoredToken>[] = [];
  // One hand-off per acquisition: resolved when the manager asks for token number `index`.
  const handOffs: Deferred<Deferred<StoredToken>>[] = [];
  const handOff = (index: number) => {
    handOffs[index] ??= deferred<Deferred<StoredToken>>();
    return handOffs[index];
  };
  const logger = recordingLogger();
  const tokens = new TokenManager({
    acquire: () => {
      const next = deferred<StoredToken>();
      handOff(pending.length).resolve(next);
      pending.push(next);
      return next.promise;
    },
    now: clock.now,
    store: new MemoryTokenStore(),
    key: () => Promise.resolve(KEY),
    logger,
    jitter,
  });
  /** Waits until the manager has asked for acquisition number `index` (from 0), and returns it. */
  const asked = (index: number): Promise<Deferred<StoredToken>> => handOff(index).promise;
  const grant = (accessToken: string, lifetimeMs = 100 * HOUR): StoredToken => ({
    accessToken,
    obtainedAt: clock.ms,
    expiresAt: clock.ms + lifetimeMs,
  });
  return { tokens, pending, grant, asked, logger };
}

describe("the token manager", () => {
  it("answers from its cache while the token is fresh, without asking again", async () => {
    const clock = new ManualClock();
    const { tokens, pending, grant, asked } = manager(clock);
    const first = tokens.token();
    (await asked(0)).resolve(grant("a"));
    expect(await first).toBe("a");
    expect(await tokens.token()).toBe("a");
    expect(pending).toHaveLength(1);
  });

  it("discards an acquisition that started before clear(), so a stale refresh never overwrites a newer token", async () => {
    const clock = new ManualClock();
    const { tokens, pending, grant, asked } = manager(clock);
    const waiting = tokens.token();
    const stale = await asked(0);
    tokens.clear();
    const fresh = tokens.token();
    (await asked(1)).resolve(grant("new"));
    expect(pending).toHaveLength(2);
    expect(await fresh).toBe("new");
    stale.resolve(grant("stale"));
    // The caller who waited on the stale acquisition gets the newer token too.
    expect(await waiting).toBe("new");
    expect(await tokens.token()).toBe("new");
  });

  it("leaves a newer token alone when an older one is reported as refused", async () => {
    const clock = new ManualClock();
    const { tokens, pending, grant, asked } = manager(clock);
    const first = tokens.token();
    (await asked(0)).resolve(grant("a"));
    await first;
    tokens.invalidate("a");
    const second = tokens.token();
    (await asked(1)).resolve(grant("b"));
    expect(await second).toBe("b");
    tokens.invalidate("a");
    expect(await tokens.token()).toBe("b");
    expect(pending).toHaveLength(2);
  });

  it("shortens the refresh window by its per-instance jitter, never below half", async () => {
    const clock = new ManualClock();
    const early = manager(clock, 0);
    const late = manager(clock, 0.999);
    for (const m of [early, late]) {
      const t = m.tokens.token();
      (await m.asked(0)).resolve(m.grant("a", 100 * HOUR));
      await t;
    }
    // A 100-hour token: the window is at most an hour; jitter 0 opens it at T-60 min, ~1 at T-30 min.
    clock.advance(100 * HOUR - 45 * 60_000);
    const refreshing = (m: typeof early) =>
      m.logger.lines.filter((line) => line.includes("refreshing in the background"));
    await early.tokens.token();
    await late.tokens.token();
    // A background refresh starts synchronously inside token(), and logs as it starts.
    expect(refreshing(early)).toHaveLength(1);
    expect(refreshing(late)).toHaveLength(0);
    await early.asked(1);
    expect(early.pending).toHaveLength(2);
    expect(late.pending).toHaveLength(1);
  });
});
