// An error answer over 64 KiB keeps its status and its typed error (issue 19 point 1, issue 21
// point 4): the detail is read from the first 64 KiB, the rest is cancelled.

import { describe, expect, it } from "vitest";
import {
  FidesAuthenticationError,
  FidesForbiddenError,
  FidesRateLimitError,
  isFidesForbiddenError,
} from "../../src/errors.js";
import { failure } from "./fixtures.js";
import { loopback, tokenRequests, useLoopback } from "./loopback.js";

useLoopback();
const MiB = 1024 * 1024;
const REQUIRED = "Not Authorized for this action. Required scope(s): [policy:read]";

describe("an error answer over 64 KiB", () => {
  it("is still a FidesForbiddenError naming the required scope, its detail marked as cut", async () => {
    const server = await loopback({
      "GET /api/v1/dsr/policy": (_request, response) => {
        response.writeHead(403, { "Content-Type": "application/json" });
        response.end(JSON.stringify({ detail: REQUIRED, padding: "x".repeat(MiB) }));
      },
    });
    const error = await failure(server.client({ maxRetries: 0 }).fetch("/api/v1/dsr/policy"));
    expect(isFidesForbiddenError(error)).toBe(true);
    expect(error).toBeInstanceOf(FidesForbiddenError);
    expect((error as unknown as FidesForbiddenError).requiredScopes).toEqual(["policy:read"]);
    expect((error as unknown as FidesForbiddenError).status).toBe(403);
    expect(error.message).toContain("cut at 64 KiB");
  });

  it("a proxy's 600 KB HTML 502 page is retried like any 502", async () => {
    let calls = 0;
    const server = await loopback({
      "GET /api/v1/dsr/policy": (_request, response) => {
        calls++;
        if (calls === 1) {
          response.writeHead(502, { "Content-Type": "text/html" });
          response.end(`<html><body>${"Bad Gateway ".repeat(50_000)}</body></html>`);
          return;
        }
        response.writeHead(200, { "Content-Type": "application/json" });
        response.end('{"items":[]}');
      },
    });
    const response = await server.client({ maxRetries: 2 }).fetch("/api/v1/dsr/policy");
    expect(await response.json()).toEqual({ items: [] });
    expect(calls).toBe(2);
  });

  it("a 429 keeps its Retry-After as a FidesRateLimitError", async () => {
    const server = await loopback({
      "GET /api/v1/dsr/policy": (_request, response) => {
        response.writeHead(429, { "Content-Type": "application/json", "Retry-After": "120" });
        response.end(JSON.stringify({ error: "Rate limit exceeded", padding: "y".repeat(MiB) }));
      },
    });
    const error = await failure(server.client({ maxRetries: 0 }).fetch("/api/v1/dsr/policy"));
    expect(error).toBeInstanceOf(FidesRateLimitError);
    expect((error as unknown as FidesRateLimitError).retryAfterMs).toBe(120_000);
  });

  it("with throwOnError: false is handed back as the Response with its status", async () => {
    const server = await loopback({
      "PATCH /api/v1/dsr/policy": (_request, response) => {
        response.writeHead(422, { "Content-Type": "application/json" });
        const detail = Array.from({ length: 3000 }, (_, i) => ({
          loc: ["body", i, "key"],
          msg: "field required",
        }));
        response.end(JSON.stringify({ detail }));
      },
    });
    const response = await server
      .client({ maxRetries: 0 })
      .fetch("/api/v1/dsr/policy", { method: "PATCH", json: [], throwOnError: false });
    expect(response.status).toBe(422);
    expect((await response.arrayBuffer()).byteLength).toBeLessThanOrEqual(64 * 1024);
  });

  it("through sdk.api() comes back as { error, response } with its status", async () => {
    const server = await loopback({
      "GET /api/v1/dsr/policy": (_request, response) => {
        response.writeHead(403, { "Content-Type": "application/json" });
        response.end(JSON.stringify({ detail: REQUIRED, padding: "x".repeat(MiB) }));
      },
    });
    const api = server.client({ maxRetries: 0 }).api<{
      "/api/v1/dsr/policy": { get: { responses: { 403: { content: { "application/json": unknown } } } } };
    }>();
    const { error, response } = await api.GET("/api/v1/dsr/policy");
    expect(response.status).toBe(403);
    expect(error).toBeDefined();
  });

  it("on the token route is still a FidesAuthenticationError", async () => {
    const server = await loopback({
      "POST /api/v1/oauth/token": (_request, response) => {
        response.writeHead(401, { "Content-Type": "application/json" });
        response.end(JSON.stringify({ detail: "Invalid credentials", padding: "z".repeat(MiB) }));
      },
    });
    const error = await failure(server.client({ maxRetries: 0 }).oauth.getAccessToken());
    expect(error).toBeInstanceOf(FidesAuthenticationError);
    expect(error.message).toContain("cut at 64 KiB");
    expect(tokenRequests(server)).toBe(1);
  });
});
