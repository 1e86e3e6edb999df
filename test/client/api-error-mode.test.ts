// sdk.api() has one consistent error mode on request: `throwOnError: true` throws every failure
// as the SDK's typed error, a non-2xx answer included (issue 22, point 5).
import { describe, expect, it } from "vitest";
import { FidesForbiddenError, FidesServerError } from "../../src/errors.js";
import { failure, recordingLogger, useMsw, world } from "./fixtures.js";

const server = useMsw();

interface Paths {
  "/api/v1/oauth/client": {
    get: { responses: { 200: { content: { "application/json": { items: unknown[] } } } } };
  };
  "/api/v1/oauth/scope": {
    get: { responses: { 200: { content: { "application/json": string[] } } } };
  };
}

describe("sdk.api({ throwOnError: true })", () => {
  it("throws a 403 as FidesForbiddenError naming the missing scope", async () => {
    const w = world(server);
    const reader = w.fides.addClient({ scopes: ["scope:read"] });
    const sdk = w.client({
      clientId: reader.clientId,
      clientSecret: reader.clientSecret,
      logger: recordingLogger(),
    });
    const error = await failure(sdk.api<Paths>({ throwOnError: true }).GET("/api/v1/oauth/client"));
    expect(error).toBeInstanceOf(FidesForbiddenError);
    expect(error).toMatchObject({ operation: "api", status: 403, requiredScopes: ["client:read"] });
  });

  it("throws a 503 as FidesServerError, as it throws a timeout", async () => {
    const w = world(server);
    w.fides.failNext(1, 503, { path: "/api/v1/oauth/scope" });
    const api = w.client({ logger: recordingLogger(), maxRetries: 0 }).api<Paths>({ throwOnError: true });
    await expect(api.GET("/api/v1/oauth/scope")).rejects.toBeInstanceOf(FidesServerError);
  });

  it("returns data on success", async () => {
    const w = world(server);
    const { data } = await w
      .client({ logger: recordingLogger() })
      .api<Paths>({ throwOnError: true })
      .GET("/api/v1/oauth/scope");
    expect(data).toContain("client:read");
  });

  it("keeps openapi-fetch's { error, response } for a 403 by default", async () => {
    const w = world(server);
    const reader = w.fides.addClient({ scopes: ["scope:read"] });
    const sdk = w.client({
      clientId: reader.clientId,
      clientSecret: reader.clientSecret,
      logger: recordingLogger(),
    });
    const { data, error, response } = await sdk.api<Paths>().GET("/api/v1/oauth/client");
    expect(data).toBeUndefined();
    expect(response.status).toBe(403);
    expect(error).toMatchObject({
      detail: "Not Authorized for this action. Required scope(s): [client:read]",
    });
  });

  it("refuses a throwOnError that is not a boolean", () => {
    const sdk = world(server).client({ logger: recordingLogger() });
    expect(() => sdk.api({ throwOnError: "yes" as never })).toThrow(
      expect.objectContaining({ code: "ERR_INVALID_ARG_TYPE", argument: "options.throwOnError" }),
    );
  });
});
