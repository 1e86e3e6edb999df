import { HttpResponse, http } from "msw";
import { describe, expect, it } from "vitest";
import { FidesClient } from "../../src/client.js";
import { FidesForbiddenError, FidesRateLimitError, FidesValidationError } from "../../src/errors.js";
import { failure, useMsw } from "./fixtures.js";

const server = useMsw();
const BASE = "https://hostile.test";

/** A JSON body sent as written (one `HttpResponse.json` could not serialise). */
class RawJson {
  constructor(readonly text: string) {}
}

function answering(status: number, body: unknown, headers: Record<string, string> = {}): FidesClient {
  server.use(
    http.post(`${BASE}/api/v1/oauth/token`, () =>
      HttpResponse.json({ access_token: "token-1", expires_in: 3600 }),
    ),
    http.get(`${BASE}/api/v1/oauth/scope`, () =>
      body instanceof RawJson
        ? new HttpResponse(body.text, { status, headers: { "Content-Type": "application/json", ...headers } })
        : HttpResponse.json(body as never, { status, headers }),
    ),
    http.get(`${BASE}/health`, () =>
      HttpResponse.json({
        webserver: "healthy",
        version: `2.81.0-${"9".repeat(1_000_000)}`,
        cache: "healthy",
      }),
    ),
  );
  return new FidesClient({ baseUrl: BASE, clientId: "a", clientSecret: "secret-0123456789", maxRetries: 0 });
}

describe("server text is read in bounded, linear work and summarised in messages", () => {
  it("names the first 10 required scopes of a long list and how many more there are", async () => {
    const required = Array.from({ length: 25 }, (_, i) => `scope:${i}`);
    const sdk = answering(403, {
      detail: `Not Authorized for this action. Required scope(s): [${required.join(", ")}]`,
    });
    const error = await failure(sdk.oauth.listScopes());
    expect(error).toBeInstanceOf(FidesForbiddenError);
    expect(error.requiredScopes).toEqual(required);
    expect(error.message).toContain('"scope:0", "scope:1"');
    expect(error.message).toContain('"scope:9" (the first 10) and 15 more');
    expect(error.message).not.toContain('"scope:10"');
  });

  it("classifies a 40 KB hostile 403 detail (near what an error body may hold) with a short message", async () => {
    const detail = `Cannot assign scopes that you do not have. Missing scopes: [${"\\'".repeat(500_000)}]`;
    const sdk = answering(403, { detail: detail.slice(0, 40_000) });
    const error = await failure(sdk.oauth.listScopes());
    expect(error).toMatchObject({ reason: "cannot_assign_scopes" });
    expect(error.message.length).toBeLessThan(2_000);
  });

  it("cuts a long scope name and a long list of 422 issues in the message", async () => {
    const issues = Array.from({ length: 40 }, (_, i) => ({
      loc: ["body", i],
      msg: `bad ${"x".repeat(500)}`,
      type: "value_error",
    }));
    const sdk = answering(422, { detail: issues });
    const error = await failure(sdk.oauth.listScopes());
    expect(error).toBeInstanceOf(FidesValidationError);
    expect(error.issues).toHaveLength(40);
    expect(error.message).toContain("(the first 10) and 30 more");
    expect(error.message.length).toBeLessThan(2_000);
  });

  it("maps a detail nested too deeply to print to its status's error, not a RangeError", async () => {
    const sdk = answering(500, new RawJson(`{"detail":${"[".repeat(20_000)}${"]".repeat(20_000)}}`));
    const error = await failure(sdk.oauth.listScopes());
    expect(error).toMatchObject({ name: "FidesServerError", status: 500 });
    expect(error.message).toBe("GET /api/v1/oauth/scope failed with 500: a detail nested too deeply to show");
  });

  it("ignores a Retry-After too long to be a delay or a date", async () => {
    const sdk = answering(429, { error: "slow down" }, { "Retry-After": `${"1".repeat(5_000)}` });
    const error = await failure(sdk.oauth.listScopes());
    expect(error).toBeInstanceOf(FidesRateLimitError);
    expect(error.retryAfterMs).toBeUndefined();
  });

  it("reads a megabyte-long version string as its first 64 characters", async () => {
    const sdk = answering(200, ["client:read"]);
    const error = await failure(sdk.oauth.listClients());
    expect(error).toMatchObject({ name: "FidesUnsupportedOperationError" });
    expect(error.serverVersion).toBe(`2.81.0-${"9".repeat(57)}`);
    expect(error.message.length).toBeLessThan(200);
  });
});
