import { describe, expect, it } from "vitest";
import { TokenManager } from "../../src/token-manager.js";
import { MemoryTokenStore, type StoredToken, type TokenStoreKey } from "../../src/token-store.js";
import { type Deferred, deferred, ManualClock, recordingLogger, settle } from "./fixtures.js";

const HOUR = 3_600_000;
const KEY: TokenStoreKey = { name: "key", context: { secretKey: () => Promise.reject(new Error("unused")) } };

function manager(clock: ManualClock, jitter = 0) {
  const pending: Deferred<StoredToken>[] = [];
  const tokens = new TokenManager({
    acquire: () => {
      const next = deferred<StoredToken>();
      pending.push(next);
      return next.promise;
    },
    now: clock.now,
    store: new MemoryTokenStore(),
    key: () => Promise.resolve(KEY),
    logger: recordingLogger(),
    jitter,
  });
  const grant = (accessToken: string, lifetimeMs = 100 * HOUR): StoredToken => ({
    accessToken,
    obtainedAt: clock.ms,
    expiresAt: clock.ms + lifetimeMs,
  });
  return { tokens, pending, grant };
}

describe("the token manager", () => {
  it("answers synchronously while the cached token is fresh", async () => {
    const clock = new ManualClock();
    const { tokens, pending, grant } = manager(clock);
    const first = tokens.token();
    await settle();
    pending[0]?.resolve(grant("a"));
    expect(await first).toBe("a");
    expect(tokens.token()).toBe("a");
  });

  it("discards an acquisition that started before clear(), so a stale refresh never overwrites a newer token", async () => {
    const clock = new ManualClock();
    const { tokens, pending, grant } = manager(clock);
    const waiting = tokens.token();
    await settle();
    tokens.clear();
    const fresh = tokens.token();
    await settle();
    expect(pending).toHaveLength(2);
    pending[1]?.resolve(grant("new"));
    expect(await fresh).toBe("new");
    pending[0]?.resolve(grant("stale"));
    // The caller who waited on the stale acquisition gets the newer token too.
    expect(await waiting).toBe("new");
    expect(tokens.token()).toBe("new");
  });

  it("leaves a newer token alone when an older one is reported as refused", async () => {
    const clock = new ManualClock();
    const { tokens, pending, grant } = manager(clock);
    const first = tokens.token();
    await settle();
    pending[0]?.resolve(grant("a"));
    await first;
    tokens.invalidate("a");
    const second = tokens.token();
    await settle();
    pending[1]?.resolve(grant("b"));
    expect(await second).toBe("b");
    tokens.invalidate("a");
    expect(tokens.token()).toBe("b");
  });

  it("shortens the refresh window by its per-instance jitter, never below half", async () => {
    const clock = new ManualClock();
    const early = manager(clock, 0);
    const late = manager(clock, 0.999);
    for (const m of [early, late]) {
      const t = m.tokens.token();
      await settle();
      m.pending[0]?.resolve(m.grant("a", 100 * HOUR));
      await t;
    }
    // A 100-hour token: the window is at most an hour; jitter 0 opens it at T-60 min, ~1 at T-30 min.
    clock.advance(100 * HOUR - 45 * 60_000);
    early.tokens.token();
    late.tokens.token();
    await settle();
    expect(early.pending).toHaveLength(2);
    expect(late.pending).toHaveLength(1);
  });

  it("remembers a confirmed missing scope for five minutes", () => {
    const clock = new ManualClock();
    const { tokens } = manager(clock);
    tokens.rememberLack("client:read");
    expect(tokens.knownToLack("client:read")).toBe(true);
    expect(tokens.knownToLack("client:create")).toBe(false);
    clock.advance(300_000);
    expect(tokens.knownToLack("client:read")).toBe(false);
  });

  it("forgets missing scopes when the client's own scopes change", () => {
    const clock = new ManualClock();
    const { tokens } = manager(clock);
    tokens.rememberLack("client:read");
    tokens.clear();
    expect(tokens.knownToLack("client:read")).toBe(false);
  });
});
