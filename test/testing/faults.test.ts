/** Fault injection and the rate limit (docs/emulator.md, "Faults" and "Token endpoint"), on both adapters. */
import { describe, expect, it } from "vitest";
import { createFidesEmulatorCore } from "../../src/testing/emulator.js";
import { ADAPTERS, call, requestToken, useEmulator } from "./harness.js";

const ROOT = { client_id: "fidesadmin", client_secret: "fidesadminsecret" };

/** A thenable that tells when the emulator starts waiting on it, and lets the test release it. */
function gate() {
  let release = () => {};
  let markWaiting = () => {};
  const waiting = new Promise<void>((resolve) => (markWaiting = resolve));
  const thenable: PromiseLike<void> = {
    // biome-ignore lint/suspicious/noThenProperty: a hand-made thenable is the point here
    then(onFulfilled, onRejected) {
      markWaiting();
      return new Promise<void>((resolve) => (release = resolve)).then(onFulfilled, onRejected);
    },
  };
  return { thenable, waiting, release: () => release() };
}

describe.each(ADAPTERS)("faults via $name", (adapter) => {
  const fides = useEmulator(adapter);

  it("fails the next N requests with a chosen status, then serves normally", async () => {
    fides.emulator.failNext(2, 503);
    expect((await call(fides, "GET", "/health")).body).toEqual({ detail: "Service Unavailable" });
    expect((await call(fides, "GET", "/health")).status).toBe(503);
    expect((await call(fides, "GET", "/health")).status).toBe(200);
    expect(fides.emulator.requests().map((r) => r.status)).toEqual([503, 503, 200]);
  });

  it("fails only matching requests", async () => {
    fides.emulator.failNext(
      1,
      { kind: "status", status: 502, body: { detail: "upstream" } },
      { method: "post", path: "/api/v1/oauth/token" },
    );
    expect((await call(fides, "GET", "/health")).status).toBe(200);
    const answer = await requestToken(fides, ROOT);
    expect([answer.status, answer.body]).toEqual([502, { detail: "upstream" }]);
    expect((await requestToken(fides, ROOT)).status).toBe(200);
  });

  it("answers a 429 burst with the server's body and a Retry-After HTTP-date", async () => {
    fides.emulator.failNext(2, { kind: "status", status: 429, retryAfterSeconds: 2 });
    const answer = await requestToken(fides, ROOT);
    expect([answer.status, answer.body]).toEqual([429, { error: "Rate limit exceeded: 10 per 1 minute" }]);
    const retryAt = Date.parse(answer.headers.get("retry-after") ?? "");
    expect(retryAt).toBeGreaterThan(fides.emulator.now());
    expect((await requestToken(fides, ROOT)).status).toBe(429);
    expect((await requestToken(fides, ROOT)).status).toBe(200);
  });

  it("drops the connection: fetch rejects and the log shows status 0", async () => {
    fides.emulator.failNext(1, "drop");
    await expect(fetch(`${fides.url}/health`)).rejects.toThrow(TypeError);
    expect((await call(fides, "GET", "/health")).status).toBe(200);
    expect(fides.emulator.requests()[0]).toMatchObject({ method: "GET", path: "/health", status: 0 });
  });

  it("holds a delayed request until released, then serves it", async () => {
    const held = gate();
    fides.emulator.failNext(1, { kind: "delay", until: held.thenable });
    let settled = false;
    const pending = requestToken(fides, ROOT).finally(() => {
      settled = true;
    });
    await held.waiting;
    expect(settled).toBe(false);
    expect(fides.emulator.requests()).toEqual([]);
    held.release();
    expect((await pending).status).toBe(200);
  });

  it("rejects malformed faults with a coded TypeError", () => {
    expect(() => fides.emulator.failNext(0, 503)).toThrow(/"count"/);
    expect(() => fides.emulator.failNext(1, 99)).toThrowError(
      expect.objectContaining({ code: "ERR_INVALID_ARG_VALUE" }),
    );
    expect(() => fides.emulator.failNext(1, { kind: "delay", ms: -1 })).toThrow(/"fault.ms"/);
  });

  it("forgets queued faults on reset", async () => {
    fides.emulator.failNext(5, 500);
    fides.emulator.reset();
    expect((await call(fides, "GET", "/health")).status).toBe(200);
  });
});

describe("an aborted request stops a delay", () => {
  it.each(ADAPTERS)("via $name", async (adapter) => {
    const running = await adapter.start({});
    try {
      const held = gate();
      running.emulator.failNext(1, { kind: "delay", until: held.thenable });
      const aborter = new AbortController();
      const pending = fetch(`${running.url}/health`, { signal: aborter.signal });
      await held.waiting;
      aborter.abort();
      await expect(pending).rejects.toThrow();
    } finally {
      await running.stop();
    }
  });
});

describe("seeded random faults", () => {
  async function pattern(seed: number): Promise<number[]> {
    const emulator = createFidesEmulatorCore({ faults: { rate: 0.5, seed, fault: 503 } });
    const statuses: number[] = [];
    for (let i = 0; i < 24; i++)
      statuses.push((await emulator.handle(new Request(`${emulator.baseUrl}/health`))).status);
    return statuses;
  }

  it("fails a reproducible fraction of requests", async () => {
    const first = await pattern(42);
    expect(first).toEqual(await pattern(42));
    expect(first.filter((s) => s === 503).length).toBeGreaterThan(4);
    expect(first.filter((s) => s === 200).length).toBeGreaterThan(4);
    expect(first).not.toEqual(await pattern(7));
  });

  it("rejects a rate outside 0..1", () => {
    expect(() => createFidesEmulatorCore({ faults: { rate: 2, fault: 503 } })).toThrow(
      /"options.faults.rate"/,
    );
  });
});

describe.each(ADAPTERS)("rate limit via $name", (adapter) => {
  describe("off by default", () => {
    const fides = useEmulator(adapter);
    it("never answers 429", async () => {
      for (let i = 0; i < 12; i++)
        expect((await requestToken(fides, { client_id: "x", client_secret: "y" })).status).toBe(401);
    });
  });

  describe("on", () => {
    const fides = useEmulator(adapter, { rateLimit: true, now: () => 1_800_000_000_000 });

    it("counts every token attempt and answers the 11th in a minute with 429 and slowapi's headers", async () => {
      for (let i = 0; i < 9; i++)
        expect((await requestToken(fides, { client_id: "x", client_secret: "y" })).status).toBe(401);
      const tenth = await requestToken(fides, ROOT);
      expect(tenth.status).toBe(200);
      expect(tenth.headers.get("x-ratelimit-remaining")).toBe("0");
      const limited = await requestToken(fides, ROOT);
      expect([limited.status, limited.body]).toEqual([
        429,
        { error: "Rate limit exceeded: 10 per 1 minute" },
      ]);
      expect(limited.headers.get("x-ratelimit-limit")).toBe("10");
      expect(limited.headers.get("x-ratelimit-remaining")).toBe("0");
      expect(limited.headers.get("x-ratelimit-reset")).toBe(String(1_800_000_060));
      // slowapi's format, as real servers send it: "-0000", not "GMT".
      expect(limited.headers.get("retry-after")).toBe("Fri, 15 Jan 2027 08:01:00 -0000");
      expect((await call(fides, "GET", "/health")).status).toBe(200);
      fides.emulator.advanceTime(60_000);
      expect((await requestToken(fides, ROOT)).status).toBe(200);
    });

    it("does not count requests refused by form validation", async () => {
      for (let i = 0; i < 12; i++)
        expect((await requestToken(fides, { ...ROOT, grant_type: "password" })).status).toBe(422);
      expect((await requestToken(fides, ROOT)).status).toBe(200);
    });
  });

  describe("custom", () => {
    const fides = useEmulator(adapter, { rateLimit: { limit: 2, per: "second" } });
    it("names the custom limit", async () => {
      await requestToken(fides, ROOT);
      await requestToken(fides, ROOT);
      expect((await requestToken(fides, ROOT)).body).toEqual({
        error: "Rate limit exceeded: 2 per 1 second",
      });
    });
  });
});
