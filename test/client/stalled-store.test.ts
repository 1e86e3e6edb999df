// A custom TokenStore that never settles (issue 21 point 7): each store call is bounded, and the
// client goes on with its own token after one warning.

import { describe, expect, it } from "vitest";
import type { TokenStore } from "../../src/token-store.js";
import { recordingLogger } from "./fixtures.js";
import { loopback, tokenRequests, useLoopback } from "./loopback.js";

useLoopback();

const never = <T>(): Promise<T> => new Promise<T>(() => {});

describe("a token store that never settles", () => {
  it("costs each call at most a bounded wait, then the client uses its own token, with one warning", async () => {
    const server = await loopback({
      "GET /api/v1/ok": (_request, response) => {
        response.writeHead(200, { "Content-Type": "application/json" });
        response.end("{}");
      },
    });
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
