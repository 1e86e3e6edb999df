import { afterEach, describe, expect, it, vi } from "vitest";
import { FidesClient } from "../../src/client.js";
import { parseRetryAfter, retryDelayMs } from "../../src/internal/retry.js";
import { deferred, recordingLogger, TOKEN_PATH, useMsw, world } from "./fixtures.js";

const server = useMsw();
const CLIENT_PATH = "/api/v1/oauth/client";
const busy = { kind: "status", status: 503, headers: { "Retry-After": "0" } } as const;

afterEach(() => {
  vi.useRealTimers();
});

/** Runs `work` while driving faked timers forward until it settles. */
async function withFakeTimers<T>(work: () => Promise<T>): Promise<T> {
  vi.useFakeTimers({ toFake: ["setTimeout", "clearTimeout"] });
  let done = false;
  const promise = work().finally(() => {
    done = true;
  });
  promise.catch(() => {});
  for (let i = 0; i < 200 && !done; i++) await vi.advanceTimersByTimeAsync(100);
  return promise;
}

function refusedThenNetwork(code: string) {
  let calls = 0;
  return {
    calls: () => calls,
    fetch: (url: string, init: RequestInit) => {
      calls++;
      if (calls === 1)
        return Promise.reject(
          new TypeError("fetch failed", { cause: Object.assign(new Error(code), { code }) }),
        );
      return globalThis.fetch(url, init);
    },
  };
}

describe("retrying requests that are safe to repeat", () => {
  it("retries a GET after 503s, honouring Retry-After", async () => {
    const w = world(server);
    const sdk = w.client();
    await sdk.oauth.getAccessToken();
    w.fides.failNext(2, busy, { path: "/api/v1/oauth/scope" });
    await expect(sdk.oauth.listScopes()).resolves.toHaveLength(131);
    expect(
      w.fides
        .requests()
        .filter((r) => r.path === "/api/v1/oauth/scope")
        .map((r) => r.status),
    ).toEqual([503, 503, 200]);
  });

  it("gives up after maxRetries and throws the last answer", async () => {
    const w = world(server);
    const sdk = w.client({ maxRetries: 1 });
    await sdk.oauth.getAccessToken();
    w.fides.failNext(2, busy, { path: "/api/v1/oauth/scope" });
    await expect(sdk.oauth.listScopes()).rejects.toMatchObject({ name: "FidesServerError", status: 503 });
    expect(w.count("/api/v1/oauth/scope")).toBe(2);
  });

  it("retries the token request", async () => {
    const w = world(server);
    w.fides.failNext(1, { kind: "status", status: 429, retryAfterSeconds: 0 }, { path: TOKEN_PATH });
    await expect(w.client().oauth.getAccessToken()).resolves.toBeTypeOf("string");
    expect(w.count(TOKEN_PATH)).toBe(2);
  });

  it("retries PUT and DELETE after a dropped connection, with exponential backoff", async () => {
    const w = world(server);
    const sdk = w.client();
    const { client_id } = w.fides.addClient({ scopes: [] });
    await sdk.oauth.getAccessToken();
    w.fides.failNext(1, "drop", { method: "PUT" });
    w.fides.failNext(2, "drop", { method: "DELETE" });
    await withFakeTimers(() => sdk.oauth.setClientScopes(client_id, ["policy:read"]));
    await withFakeTimers(() => sdk.oauth.deleteClient(client_id));
    expect(
      w.fides
        .requests()
        .map((r) => `${r.method} ${r.status}`)
        .slice(1),
    ).toEqual(["PUT 0", "PUT 200", "DELETE 0", "DELETE 0", "DELETE 200"]);
  });

  it("bounds the whole call by timeoutMs: a hung attempt ends the call, it is not retried past it", async () => {
    // Issue 10: timeoutMs bounds the whole call, so a hung attempt can no longer be followed by
    // another full-length attempt (before, each attempt had its own timeoutMs and this call resolved).
    const w = world(server);
    const sdk = w.client({ timeoutMs: 1_000 });
    await sdk.oauth.getAccessToken();
    const never = deferred();
    w.fides.failNext(1, { kind: "delay", until: never.promise }, { path: "/api/v1/oauth/scope" });
    await expect(withFakeTimers(() => sdk.oauth.listScopes())).rejects.toMatchObject({
      name: "FidesTimeoutError",
      timeoutMs: 1_000,
    });
    expect(w.count("/api/v1/oauth/scope")).toBe(1);
    never.resolve();
  });
});

describe("handing each attempt's signal to a custom fetch", () => {
  it("aborts the request through init.signal when the attempt times out", async () => {
    const signals: AbortSignal[] = [];
    const sdk = new FidesClient({
      baseUrl: "https://fides.test",
      accessToken: "fixed",
      timeoutMs: 1_000,
      maxRetries: 0,
      serverVersion: "2.84.2",
      fetch: (_url, init) => {
        const signal = init.signal;
        if (!signal) throw new Error("the attempt's fetch was called without a signal");
        signals.push(signal);
        return new Promise<Response>((_resolve, reject) => {
          signal.addEventListener("abort", () => reject(signal.reason), { once: true });
        });
      },
    });
    await expect(withFakeTimers(() => sdk.oauth.listScopes())).rejects.toMatchObject({
      name: "FidesTimeoutError",
    });
    expect(signals).toHaveLength(1);
    expect(signals[0]?.aborted).toBe(true);
  });
});

describe("never duplicating a client or losing a secret", () => {
  it.each([
    ["a 500", 500],
    ["a 503", 503],
    ["a dropped connection", "drop"],
  ] as const)("does not resend a create after %s", async (_case, fault) => {
    const w = world(server);
    const sdk = w.client({ serverVersion: "2.84.2" });
    await sdk.oauth.getAccessToken();
    w.fides.failNext(1, fault, { path: CLIENT_PATH, method: "POST" });
    await expect(sdk.oauth.createClient([])).rejects.toBeDefined();
    expect(w.count(CLIENT_PATH, "POST")).toBe(1);
  });

  it("does not resend a create after a timeout", async () => {
    const w = world(server);
    const sdk = w.client({ serverVersion: "2.84.2", timeoutMs: 1_000 });
    await sdk.oauth.getAccessToken();
    const never = deferred();
    w.fides.failNext(1, { kind: "delay", until: never.promise }, { path: CLIENT_PATH, method: "POST" });
    await expect(withFakeTimers(() => sdk.oauth.createClient([]))).rejects.toMatchObject({
      name: "FidesTimeoutError",
    });
    expect(w.fides.clients()).toEqual([]);
    never.resolve();
  });

  it("does not resend a secret rotation after a 502", async () => {
    const w = world(server);
    const sdk = w.client();
    const { client_id } = w.fides.addClient({ scopes: [] });
    await sdk.oauth.getAccessToken();
    w.fides.failNext(1, 502, { method: "POST", path: `${CLIENT_PATH}/${client_id}/secret` });
    await expect(sdk.oauth.rotateClientSecret(client_id)).rejects.toMatchObject({ status: 502 });
    expect(w.count(`${CLIENT_PATH}/${client_id}/secret`)).toBe(1);
  });

  it("resends a create after a 429, which proves the server did nothing", async () => {
    const w = world(server);
    const sdk = w.client({ serverVersion: "2.84.2" });
    await sdk.oauth.getAccessToken();
    w.fides.failNext(
      1,
      { kind: "status", status: 429, retryAfterSeconds: 0 },
      { path: CLIENT_PATH, method: "POST" },
    );
    await sdk.oauth.createClient([], { name: "once" });
    expect(w.fides.clients().filter((c) => c.name === "once")).toHaveLength(1);
    expect(w.count(CLIENT_PATH, "POST")).toBe(2);
  });

  it.each(["ECONNREFUSED", "ENOTFOUND"])(
    "resends a create when the connection failed with %s",
    async (code) => {
      const w = world(server);
      const network = refusedThenNetwork(code);
      const root = w.client();
      const token = await root.oauth.getAccessToken();
      const sdk = w.client({
        clientId: undefined,
        clientSecret: undefined,
        accessToken: token,
        serverVersion: "2.84.2",
        fetch: network.fetch,
      } as never);
      await withFakeTimers(() => sdk.oauth.createClient([], { name: "once" }));
      expect(network.calls()).toBe(2);
      expect(w.fides.clients().filter((c) => c.name === "once")).toHaveLength(1);
    },
  );
});

describe("the caller's signal", () => {
  it("aborts a call waiting between retries, and nothing more is sent", async () => {
    const w = world(server);
    const logger = recordingLogger();
    const waiting = deferred();
    const sdk = w.client({
      // Long enough for the 30 s Retry-After: a longer one would fail the call at once.
      timeoutMs: 60_000,
      logger: {
        ...logger,
        info: (line: string) => (line.startsWith("retrying") ? waiting.resolve() : undefined),
      },
    });
    await sdk.oauth.getAccessToken();
    w.fides.failNext(
      1,
      { kind: "status", status: 503, headers: { "Retry-After": "30" } },
      { path: "/api/v1/oauth/scope" },
    );
    const controller = new AbortController();
    const call = sdk.oauth.listScopes({ signal: controller.signal });
    await waiting.promise;
    controller.abort();
    await expect(call).rejects.toMatchObject({ name: "AbortError" });
    expect(w.count("/api/v1/oauth/scope")).toBe(1);
  });

  it("aborts one caller's wait for a shared token without cancelling it for the others", async () => {
    const w = world(server);
    const release = deferred();
    w.fides.failNext(1, { kind: "delay", until: release.promise }, { path: TOKEN_PATH });
    const sdk = w.client();
    const controller = new AbortController();
    const aborted = sdk.oauth.listScopes({ signal: controller.signal });
    const patient = sdk.oauth.listScopes();
    controller.abort();
    await expect(aborted).rejects.toMatchObject({ name: "AbortError" });
    release.resolve();
    await expect(patient).resolves.toHaveLength(131);
    expect(w.count(TOKEN_PATH)).toBe(1);
  });

  it("rejects at once when already aborted", async () => {
    const w = world(server);
    await expect(w.client().oauth.listScopes({ signal: AbortSignal.abort() })).rejects.toMatchObject({
      name: "AbortError",
    });
    expect(w.fides.requests()).toEqual([]);
  });
});

describe("backoff arithmetic", () => {
  it("grows exponentially from 0.5 s with jitter, capped at 8 s", () => {
    expect(retryDelayMs(0, undefined, 0)).toBe(250);
    expect(retryDelayMs(0, undefined, 0.999_999)).toBeCloseTo(500);
    expect(retryDelayMs(1, undefined, 0)).toBe(500);
    expect(retryDelayMs(10, undefined, 0.999_999)).toBeCloseTo(8_000);
  });

  it("prefers Retry-After, capped at a minute", () => {
    expect(retryDelayMs(3, 1_000, 0.5)).toBe(1_000);
    expect(retryDelayMs(0, 3_600_000, 0.5)).toBe(60_000);
  });

  it("reads Retry-After as seconds or an HTTP-date", () => {
    const now = Date.parse("2026-05-01T12:00:00Z");
    expect(parseRetryAfter("7", now)).toBe(7_000);
    expect(parseRetryAfter("Fri, 01 May 2026 12:00:30 GMT", now)).toBe(30_000);
    expect(parseRetryAfter("Fri, 01 May 2026 11:00:00 GMT", now)).toBe(0);
    expect(parseRetryAfter("soon", now)).toBeUndefined();
    expect(parseRetryAfter(null, now)).toBeUndefined();
  });
});
