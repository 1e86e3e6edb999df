// The pipeline's generic entry point, as `sdk.fetch` and `sdk.api()` (issue 11) will use it: any
// request, built elsewhere, gets the same token handling, refusal resend, retries and deadline.
import { HttpResponse, http } from "msw";
import { describe, expect, it } from "vitest";
import { FidesResponseValidationError } from "../../src/errors.js";
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

  it("reads a raw request's error body within 64 KiB, without retrying it", async () => {
    const w = world(server);
    let requests = 0;
    server.use(
      http.get(`${w.fides.baseUrl}/api/v1/oauth/scope`, () => {
        requests++;
        return new HttpResponse(`<html>${"x".repeat(100 * 1024)}</html>`, { status: 502 });
      }),
    );
    const pipeline = pipelineOf(w.fides.baseUrl, w.clock.now);
    const error = await pipeline
      .request(rawGet("/api/v1/oauth/scope"), undefined)
      .catch((thrown: unknown) => thrown);
    expect(error).toBeInstanceOf(FidesResponseValidationError);
    expect((error as Error).message).toBe(
      "response body of a 502 answer is larger than 64 KiB, the limit for error answers; reading stopped there (GET /api/v1/oauth/scope)",
    );
    expect(error).toMatchObject({
      operation: "fetch",
      method: "GET",
      path: "/api/v1/oauth/scope",
      field: "",
    });
    expect(requests).toBe(1);
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
