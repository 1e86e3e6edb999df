// The token manager over a store that several clients share, standing in for several processes:
// a coordinating store (lock) makes one acquisition for all, and a token another clock stored is
// renewed early enough. Redis itself is in test/redis/.
import { describe, expect, it } from "vitest";
import { MemoryTokenStore, type TokenStore, type TokenStoreLock } from "../../src/token-store.js";
import { DAY_MS, recordingLogger, TOKEN_PATH, useMsw, world } from "./fixtures.js";

const server = useMsw();

/** A memory store with the optional lock: what RedisTokenStore does, in one process. */
function lockingStore(waitMs?: number): TokenStore {
  const tokens = new MemoryTokenStore();
  const locks = new Set<string>();
  return {
    get: (key) => tokens.get(key),
    set: (key, token) => tokens.set(key, token),
    delete: (key) => tokens.delete(key),
    ...(waitMs === undefined ? {} : { waitMs }),
    async lock(key): Promise<TokenStoreLock | undefined> {
      if (locks.has(key)) return undefined;
      locks.add(key);
      return { release: async () => void locks.delete(key) };
    },
  };
}

describe("clients sharing a store", () => {
  it("make one token request when the store has a lock: the others wait for the holder's token", async () => {
    const w = world(server);
    const store = lockingStore();
    const logger = recordingLogger();
    const clients = [1, 2, 3].map(() => w.client({ tokenStore: store, logger }));
    await Promise.all(clients.map((client) => client.oauth.listScopes()));
    expect(w.count(TOKEN_PATH)).toBe(1);
    expect(logger.lines).toContain("debug: another process is acquiring the access token; waiting for it");
  });

  it("each request their own token when the store has no lock", async () => {
    const w = world(server);
    const store = new MemoryTokenStore();
    const clients = [1, 2, 3].map(() => w.client({ tokenStore: store }));
    await Promise.all(clients.map((client) => client.oauth.listScopes()));
    expect(w.count(TOKEN_PATH)).toBe(3);
  });

  it("request their own token once the store's waitMs has passed without one appearing", async () => {
    const w = world(server);
    const logger = recordingLogger();
    const store = lockingStore(0);
    const clients = [1, 2].map(() => w.client({ tokenStore: store, logger }));
    await Promise.all(clients.map((client) => client.oauth.listScopes()));
    expect(w.count(TOKEN_PATH)).toBe(2);
    expect(logger.lines).toContain(
      "warn: no token appeared within 0 ms of waiting for another process; requesting one",
    );
  });

  it("renew a stored token before it expires on a clock that runs 30 s behind", async () => {
    const w = world(server);
    const store = new MemoryTokenStore();
    const first = await w.client({ tokenStore: store }).oauth.getAccessToken();
    const late = w.client({ tokenStore: store, now: () => w.clock.ms - 30_000 });
    expect(await late.oauth.getAccessToken()).toBe(first);
    expect(w.count(TOKEN_PATH)).toBe(1);
    // One second before the token expires; the late clock reads 31 s before.
    w.clock.advance(8 * DAY_MS - 1000);
    expect(await late.oauth.getAccessToken()).not.toBe(first);
    expect(w.count(TOKEN_PATH)).toBe(2);
  });

  it("warn once while the store fails, then say when it answers again", async () => {
    const w = world(server);
    const logger = recordingLogger();
    let failing = true;
    const memory = new MemoryTokenStore();
    const guard = <T>(run: () => Promise<T>) => (failing ? Promise.reject(new Error("down")) : run());
    const store: TokenStore = {
      get: (key) => guard(() => memory.get(key)),
      set: (key, token) => guard(() => memory.set(key, token)),
      delete: (key) => guard(() => memory.delete(key)),
    };
    const sdk = w.client({ tokenStore: store, logger });
    await sdk.oauth.listScopes();
    await w.client({ tokenStore: store, logger }).oauth.listScopes();
    expect(logger.lines.filter((line) => line.startsWith("warn:"))).toEqual([
      "warn: token store read failed (Error); this client uses its own token until the store answers again",
      "warn: token store read failed (Error); this client uses its own token until the store answers again",
    ]);
    failing = false;
    w.clock.advance(8 * DAY_MS);
    await sdk.oauth.listScopes();
    expect(logger.lines).toContain("info: the token store answers again; sharing tokens through it");
  });

  it("wait through the store's waitForChange, for one poll at a time, when the store has it", async () => {
    const w = world(server);
    const waits: Array<[string, number]> = [];
    const base = lockingStore();
    let stored = () => {};
    const store: TokenStore = {
      ...base,
      set: async (key, token, context) => {
        await base.set(key, token, context);
        stored();
      },
      waitForChange: (key, timeoutMs) => {
        waits.push([key, timeoutMs]);
        return new Promise((resolve) => {
          stored = resolve;
        });
      },
    };
    const clients = [1, 2].map(() => w.client({ tokenStore: store }));
    await Promise.all(clients.map((client) => client.oauth.listScopes()));
    expect(w.count(TOKEN_PATH)).toBe(1);
    expect(waits.length).toBeGreaterThan(0);
    for (const [key, timeoutMs] of waits) {
      expect(key).toMatch(/^fides-sdk:/);
      expect(timeoutMs).toBeGreaterThanOrEqual(25);
      expect(timeoutMs).toBeLessThanOrEqual(75);
    }
  });

  it("poll when the store's waitForChange throws or rejects, and still share one token", async () => {
    const w = world(server);
    for (const waitForChange of [
      () => {
        throw new Error("no pub/sub");
      },
      () => Promise.reject(new Error("no pub/sub")),
    ]) {
      const store: TokenStore = { ...lockingStore(), waitForChange };
      const clients = [1, 2].map(() => w.client({ tokenStore: store }));
      await Promise.all(clients.map((client) => client.oauth.listScopes()));
    }
    expect(w.count(TOKEN_PATH)).toBe(2);
  });
});
