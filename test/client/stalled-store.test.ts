// A custom TokenStore that never settles (issue 21 point 7): each store call is bounded, and the
// client goes on with its own token after one warning.

import { stat } from "node:fs/promises";
import { describe, expect, it } from "vitest";
import type { TokenStore } from "../../src/token-store.js";
import { recordingLogger } from "./fixtures.js";
import { loopback, tokenRequests, useLoopback } from "./loopback.js";

useLoopback();

const never = <T>(): Promise<T> => new Promise<T>(() => {});

/** A loopback server whose one route answers 200 `{}`. */
function okServer() {
  return loopback({
    "GET /api/v1/ok": (_request, response) => {
      response.writeHead(200, { "Content-Type": "application/json" });
      response.end("{}");
    },
  });
}

/** A token in the store, good for eight days. */
function storedToken() {
  const now = Date.now();
  return { accessToken: "stored-token", obtainedAt: now, expiresAt: now + 8 * 86_400_000 };
}

describe("a token store that never settles", () => {
  it("costs each call at most a bounded wait, then the client uses its own token, with one warning", async () => {
    const server = await okServer();
    const store: TokenStore = {
      get: never,
      set: never,
      delete: never,
      compareAndDelete: never,
      lock: never,
    };
    const logger = recordingLogger();
    const sdk = server.client({ tokenStore: store, logger, timeoutMs: 10_000 });
    const started = performance.now();
    for (let call = 0; call < 5; call++) {
      expect((await sdk.fetch("/api/v1/ok")).status).toBe(200);
    }
    // A read and a lock, each bounded at 1 s; the later calls use the token in memory.
    expect(performance.now() - started).toBeLessThan(5_000);
    expect(tokenRequests(server)).toBe(1);
    const warnings = logger.lines.filter((line) => line.startsWith("warn"));
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toContain("TokenStoreTimeout");
  });
});

/** Keeps this process busy, as a starved or paused one is, for `ms`. */
function stall(ms: number): void {
  const until = performance.now() + ms;
  while (performance.now() < until) {
    // busy
  }
}

describe("a token store whose answer arrives while the process is stalled", () => {
  it("takes the answer that arrived during the stall instead of calling the store failed", async () => {
    const server = await okServer();
    const stored = storedToken();
    const store: TokenStore = {
      // One piece of I/O (a stat) answers the read; the process stalls past the SDK's 1 s bound
      // before it can see that answer, as a process does on a starved machine.
      get: async () => {
        const answered = stat(import.meta.filename).then(() => stored);
        stall(1_200);
        return answered;
      },
      set: async () => {},
      delete: async () => {},
    };
    const logger = recordingLogger();
    const sdk = server.client({ tokenStore: store, logger });
    expect((await sdk.fetch("/api/v1/ok")).status).toBe(200);
    expect(tokenRequests(server)).toBe(0);
    expect(logger.lines.filter((line) => line.startsWith("warn"))).toEqual([]);
  });
});

describe("a token store that declares a looser bound of its own", () => {
  it("is waited on for its own callTimeoutMs, not the 1 s default", async () => {
    const server = await okServer();
    const stored = storedToken();
    const store: TokenStore = {
      // A read that answers after 1.4 s: past the default bound, within the store's declared one.
      get: () => new Promise((resolve) => setTimeout(() => resolve(stored), 1_400)),
      set: async () => {},
      delete: async () => {},
      callTimeoutMs: 5_000,
    };
    const logger = recordingLogger();
    const sdk = server.client({ tokenStore: store, logger });
    expect((await sdk.fetch("/api/v1/ok")).status).toBe(200);
    expect(tokenRequests(server)).toBe(0);
    expect(logger.lines.filter((line) => line.startsWith("warn"))).toEqual([]);
  });

  it("refuses a callTimeoutMs that is not a usable number of milliseconds, naming it", async () => {
    const server = await loopback({});
    for (const callTimeoutMs of [Number.NaN, 0, -1, "1000", 2 ** 31]) {
      const store = {
        get: async () => undefined,
        set: async () => {},
        delete: async () => {},
        callTimeoutMs,
      };
      expect(() => server.client({ tokenStore: store as unknown as TokenStore })).toThrow(
        /options\.tokenStore\.callTimeoutMs/,
      );
    }
  });
});
