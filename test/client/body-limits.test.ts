import { HttpResponse, http } from "msw";
import { describe, expect, it } from "vitest";
import { FidesClient } from "../../src/client.js";
import { FidesResponseValidationError, FidesServerError } from "../../src/errors.js";
import * as operations from "../../src/internal/operations.js";
import { BODY_LIMITS, ERROR_BODY_LIMIT } from "../../src/internal/read-body.js";
import { gzipOfZeros, meteredFetch } from "./body-fixtures.js";
import { failure, useMsw } from "./fixtures.js";

const server = useMsw();
const BASE = "https://big.test";
const KiB = 1024;
const MiB = 1024 * KiB;

/** A body produced on demand, which records how much of it was pulled and whether it was cancelled. */
function meteredStream(total: number, chunkOf: (index: number) => Uint8Array) {
  const meter = { pulled: 0, cancelled: false };
  let index = 0;
  const stream = new ReadableStream<Uint8Array>({
    pull(controller) {
      if (meter.pulled >= total) {
        controller.close();
        return;
      }
      const chunk = chunkOf(index++);
      meter.pulled += chunk.byteLength;
      controller.enqueue(chunk);
    },
    cancel() {
      meter.cancelled = true;
    },
  });
  return { stream, meter };
}

function client(fetch?: (url: string, init: RequestInit) => Promise<Response>): FidesClient {
  return new FidesClient({
    baseUrl: BASE,
    clientId: "a",
    clientSecret: "secret-0123456789",
    serverVersion: "2.84.2",
    maxRetries: 2,
    ...(fetch === undefined ? {} : { fetch }),
  });
}

function tokenAnswer() {
  return http.post(`${BASE}/api/v1/oauth/token`, () =>
    HttpResponse.json({ access_token: "t1", expires_in: 3600 }),
  );
}

describe("response bodies are read with a limit on their decoded size", () => {
  it("has a limit for every operation's route", () => {
    const routes = (Object.values(operations) as unknown[])
      .filter(
        (value): value is operations.Operation<unknown, unknown> =>
          typeof value === "object" && value !== null && "request" in value,
      )
      .map((operation) => [`${operation.method} ${operation.path}`, operation.bodyLimit] as const);
    expect(routes.length).toBeGreaterThan(10);
    const limits = Object.fromEntries(routes);
    for (const [, limit] of routes) expect(Object.values(BODY_LIMITS)).toContain(limit);
    expect(limits["POST /api/v1/oauth/token"]).toBe(64 * KiB);
    expect(limits["GET /api/v1/oauth/client"]).toBe(16 * MiB);
    expect(limits["GET /api/v1/oauth/client/{client_id}"]).toBe(1 * MiB);
    expect(ERROR_BODY_LIMIT).toBe(64 * KiB);
  });

  it("stops reading a 50 MB token answer at 64 KiB, without retrying it", async () => {
    let requests = 0;
    const { stream, meter } = meteredStream(50 * MiB, () =>
      new TextEncoder().encode(`{"access_token":"${"a".repeat(16 * KiB)}`),
    );
    server.use(
      http.post(`${BASE}/api/v1/oauth/token`, () => {
        requests++;
        return new HttpResponse(stream, { headers: { "Content-Type": "application/json" } });
      }),
    );
    const metered = meteredFetch();
    const error = await failure(client(metered.fetch).oauth.getAccessToken());
    expect(error).toBeInstanceOf(FidesResponseValidationError);
    expect(error.message).toBe(
      "response body is larger than 64 KiB, the limit for this route; reading stopped there (POST /api/v1/oauth/token)",
    );
    expect(error).toMatchObject({ method: "POST", path: "/api/v1/oauth/token", field: "" });
    expect(requests).toBe(1);
    expect(metered.meter.cancelled).toBe(true);
    expect(metered.meter.read).toBeLessThan(128 * KiB);
    expect(meter.pulled).toBeLessThan(1 * MiB);
  });

  it("stops inflating a gzip bomb (about 200 KB inflating to 200 MB) at the limit", async () => {
    const bomb = await gzipOfZeros(200 * MiB);
    expect(bomb.byteLength).toBeLessThan(300 * KiB);
    const { stream } = meteredStream(bomb.byteLength, (index) =>
      bomb.subarray(index * 4 * KiB, (index + 1) * 4 * KiB),
    );
    server.use(
      http.post(
        `${BASE}/api/v1/oauth/token`,
        () =>
          new HttpResponse(stream, {
            headers: { "Content-Type": "application/json", "Content-Encoding": "gzip" },
          }),
      ),
    );
    const metered = meteredFetch();
    const error = await failure(client(metered.fetch).oauth.getAccessToken());
    expect(error).toBeInstanceOf(FidesResponseValidationError);
    expect(error.message).toContain("larger than 64 KiB");
    // What fetch inflated was read only to just past the limit, then the stream was cancelled
    // (MSW may still have fetched the ~200 KB compressed body: that is not what fills memory).
    expect(metered.meter.cancelled).toBe(true);
    expect(metered.meter.read).toBeLessThan(1 * MiB);
  });

  it("stops reading an error answer at 64 KiB and keeps its status: a 502 is retried, then a FidesServerError", async () => {
    let requests = 0;
    server.use(
      tokenAnswer(),
      http.get(`${BASE}/api/v1/oauth/scope`, () => {
        requests++;
        return new HttpResponse(`<html>${"x".repeat(100 * KiB)}</html>`, { status: 502 });
      }),
    );
    const error = await failure(client().oauth.listScopes());
    expect(error).toBeInstanceOf(FidesServerError);
    expect(error).toMatchObject({ status: 502 });
    expect(error.message).toMatch(
      /^GET \/api\/v1\/oauth\/scope failed with 502 \(its body was over 64 KiB: cut at 64 KiB, the rest not read\): <html>x+…$/,
    );
    // The first answer and both retries (maxRetries: 2).
    expect(requests).toBe(3);
  });

  it("allows a list up to 16 MiB but one client only up to 1 MiB", async () => {
    const scopes = Array.from({ length: 100_000 }, (_, i) => `scope:${String(i).padStart(12, "0")}`);
    const big = JSON.stringify(scopes);
    expect(big.length).toBeGreaterThan(2 * MiB);
    server.use(
      tokenAnswer(),
      http.get(
        `${BASE}/api/v1/oauth/scope`,
        () => new HttpResponse(big, { headers: { "Content-Type": "application/json" } }),
      ),
      http.get(
        `${BASE}/api/v1/oauth/client/big`,
        () =>
          new HttpResponse(JSON.stringify({ client_id: "big", name: null, description: null, scopes }), {
            headers: { "Content-Type": "application/json" },
          }),
      ),
    );
    const sdk = client();
    expect(await sdk.oauth.listScopes()).toHaveLength(100_000);
    const error = await failure(sdk.oauth.getClient("big"));
    expect(error).toBeInstanceOf(FidesResponseValidationError);
    expect(error.message).toBe(
      "response body is larger than 1 MiB, the limit for this route; reading stopped there (GET /api/v1/oauth/client/big)",
    );
  });

  it("still reads small, empty and compressed answers whole", async () => {
    const gzipped = await new Response(
      new Blob([JSON.stringify(["policy:read"])]).stream().pipeThrough(new CompressionStream("gzip")),
    ).arrayBuffer();
    server.use(
      tokenAnswer(),
      http.get(
        `${BASE}/api/v1/oauth/scope`,
        () =>
          new HttpResponse(gzipped, {
            headers: { "Content-Type": "application/json", "Content-Encoding": "gzip" },
          }),
      ),
      http.delete(`${BASE}/api/v1/oauth/client/x`, () => new HttpResponse(null, { status: 204 })),
    );
    const sdk = client();
    expect(await sdk.oauth.listScopes()).toEqual(["policy:read"]);
    await expect(sdk.oauth.deleteClient("x")).resolves.toBeUndefined();
  });
});
