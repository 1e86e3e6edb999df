// The pipeline's generic entry point, as `sdk.fetch` and `sdk.api()` (issue 11) will use it: any
// request, built elsewhere, gets the same token handling, refusal resend, retries and deadline.
import { HttpResponse, http } from "msw";
import { describe, expect, it } from "vitest";
import { Pipeline } from "../../src/internal/pipeline.js";
import type { PipelineRequest } from "../../src/internal/request-data.js";
import { resolveOptions } from "../../src/internal/resolve-options.js";
import { ROOT_ID, ROOT_SECRET, TOKEN_PATH, useMsw, world } from "./fixtures.js";

const server = useMsw();

function rawGet(path: string): PipelineRequest<Response> {
  return {
    operation: "fetch",
    method: "GET",
    path,
    idempotent: true,
    authenticated: true,
    returnsErrors: true,
    parse: (answer) => answer.response,
  };
}

function pipelineOf(baseUrl: string, now: () => number): Pipeline {
  const { resolved, credentials } = resolveOptions({
    baseUrl,
    clientId: ROOT_ID,
    clientSecret: ROOT_SECRET,
    now,
  });
  return new Pipeline(resolved, credentials);
}

describe("the pipeline's generic request", () => {
  it("authenticates a raw request and returns its answer, errors included", async () => {
    const w = world(server);
    const pipeline = pipelineOf(w.fides.baseUrl, w.clock.now);
    const ok = await pipeline.request(rawGet("/api/v1/oauth/scope"), undefined);
    expect(ok.status).toBe(200);
    expect(((await ok.json()) as unknown[]).length).toBe(131);
    const missing = await pipeline.request(rawGet("/api/v1/oauth/client/nope"), undefined);
    expect(missing.status).toBe(404);
    expect(w.count(TOKEN_PATH)).toBe(1);
  });

  it("resends once with a fresh token when a raw request's token is refused", async () => {
    const w = world(server);
    const pipeline = pipelineOf(w.fides.baseUrl, w.clock.now);
    await pipeline.accessToken(undefined);
    w.fides.failNext(
      1,
      { kind: "status", status: 403, body: { detail: "Not Authorized for this action" } },
      {
        path: "/api/v1/oauth/scope",
      },
    );
    const answer = await pipeline.request(rawGet("/api/v1/oauth/scope"), undefined);
    expect(answer.status).toBe(200);
    expect(w.count(TOKEN_PATH)).toBe(2);
  });

  it("hands a raw request's success body over unread, larger than any route's limit", async () => {
    const w = world(server);
    const size = 17 * 1024 * 1024;
    server.use(http.get(`${w.fides.baseUrl}/api/v1/oauth/scope`, () => new HttpResponse("x".repeat(size))));
    const answer = await pipelineOf(w.fides.baseUrl, w.clock.now).request(
      rawGet("/api/v1/oauth/scope"),
      undefined,
    );
    expect(answer.bodyUsed).toBe(false);
    expect((await answer.text()).length).toBe(size);
  });

  it("hands a raw request's oversized 502 back with its status, after its retries, its body cut at 64 KiB", async () => {
    const w = world(server);
    let requests = 0;
    server.use(
      http.get(`${w.fides.baseUrl}/api/v1/oauth/scope`, () => {
        requests++;
        return new HttpResponse(`<html>${"x".repeat(100 * 1024)}</html>`, { status: 502 });
      }),
    );
    const pipeline = pipelineOf(w.fides.baseUrl, w.clock.now);
    const response = await pipeline.request(rawGet("/api/v1/oauth/scope"), undefined);
    expect(response.status).toBe(502);
    const body = await response.text();
    expect(body).toHaveLength(64 * 1024);
    expect(body.startsWith("<html>xxx")).toBe(true);
    // The first answer and the two default retries.
    expect(requests).toBe(3);
  });

  it("leaves a raw request's refused answer readable after the pipeline read its detail", async () => {
    const w = world(server);
    const detail = "Not Authorized for this action. Required scope(s): [client:read]";
    server.use(
      http.get(`${w.fides.baseUrl}/api/v1/oauth/client/x`, () =>
        HttpResponse.json({ detail }, { status: 403 }),
      ),
    );
    const pipeline = pipelineOf(w.fides.baseUrl, w.clock.now);
    const answer = await pipeline.request(rawGet("/api/v1/oauth/client/x"), undefined);
    expect(answer.status).toBe(403);
    expect(answer.url).toBe(`${w.fides.baseUrl}/api/v1/oauth/client/x`);
    expect(await answer.json()).toEqual({ detail });
  });
});
