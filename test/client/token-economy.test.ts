// The token economy under refusal (issue 21 points 5 and 6): a route that always refuses the
// token, and the token route's 429, must not spend Fides's 10-a-minute token limit call by call.

import { describe, expect, it } from "vitest";
import { FidesAuthenticationError, FidesForbiddenError, FidesRateLimitError } from "../../src/errors.js";
import { failure } from "./fixtures.js";
import { loopback, tokenRequests, useLoopback } from "./loopback.js";

useLoopback();

describe("a route that always refuses the token", () => {
  it("costs two token requests for a dozen calls refused 403 Not Authorized for this action", async () => {
    const server = await loopback({
      "GET /api/v1/refuses": (_request, response) => {
        response.writeHead(403, { "Content-Type": "application/json" });
        response.end('{"detail":"Not Authorized for this action"}');
      },
    });
    const sdk = server.client({ maxRetries: 0 });
    for (let call = 0; call < 12; call++) {
      expect(await failure(sdk.fetch("/api/v1/refuses"))).toBeInstanceOf(FidesForbiddenError);
    }
    // The first token, and the one fresh token its refusal earned; never one per call.
    expect(tokenRequests(server)).toBe(2);
  });

  it("costs two token requests for a dozen calls refused 401", async () => {
    const server = await loopback({
      "GET /api/v1/refuses": (_request, response) => {
        response.writeHead(401, { "Content-Type": "application/json" });
        response.end('{"detail":"Authentication Failure"}');
      },
    });
    const sdk = server.client({ maxRetries: 0 });
    for (let call = 0; call < 12; call++) {
      expect(await failure(sdk.fetch("/api/v1/refuses"))).toBeInstanceOf(FidesAuthenticationError);
    }
    expect(tokenRequests(server)).toBe(2);
  });

  it("still resends once with a fresh token when the replacement is a minute old", async () => {
    let now = 1_000_000;
    const server = await loopback({
      "GET /api/v1/refuses": (_request, response) => {
        response.writeHead(401, { "Content-Type": "application/json" });
        response.end('{"detail":"Authentication Failure"}');
      },
    });
    const sdk = server.client({ maxRetries: 0, now: () => now });
    await failure(sdk.fetch("/api/v1/refuses"));
    now += 61_000;
    await failure(sdk.fetch("/api/v1/refuses"));
    expect(tokenRequests(server)).toBe(3);
  });
});

describe("the token route's 429 with Retry-After", () => {
  it("is remembered: the next calls fail fast with the remaining wait, without asking again", async () => {
    let now = 5_000_000;
    const server = await loopback({
      "POST /api/v1/oauth/token": (_request, response) => {
        response.writeHead(429, { "Content-Type": "application/json", "Retry-After": "60" });
        response.end('{"error":"Rate limit exceeded: 10 per 1 minute"}');
      },
    });
    const sdk = server.client({ maxRetries: 0, now: () => now });
    const first = await failure(sdk.fetch("/api/v1/anything"));
    expect(first).toBeInstanceOf(FidesRateLimitError);
    now += 20_000;
    const second = await failure(sdk.fetch("/api/v1/anything"));
    expect(second).toBeInstanceOf(FidesRateLimitError);
    expect((second as unknown as FidesRateLimitError).retryAfterMs).toBe(40_000);
    expect(second.message).toContain("40 s more");
    expect(tokenRequests(server)).toBe(1);
    now += 41_000;
    await failure(sdk.fetch("/api/v1/anything"));
    expect(tokenRequests(server)).toBe(2);
  });
});
