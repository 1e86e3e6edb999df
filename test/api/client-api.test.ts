// sdk.api() typed with a tested release, its refusal of routes the server's version lacks, and the
// result helpers (throwOnError, throwOnPartialFailure), against the emulator.

import { inspect } from "node:util";
import { describe, expect, it } from "vitest";
import { throwOnError, throwOnPartialFailure } from "../../src/api/results.js";
import {
  FidesForbiddenError,
  FidesNotFoundError,
  FidesPartialFailureError,
  FidesUnsupportedOperationError,
  isFidesPartialFailureError,
} from "../../src/errors.js";
import { failure, TOKEN_PATH, useMsw, world } from "../client/fixtures.js";

const server = useMsw();
const POLICY = "/api/v1/dsr/policy";
const CLIENTS = "/api/v1/oauth/client";

/** A PATCH policy route that refuses keys starting with "bad", as Fides refuses a duplicate name. */
function policyWorld(options: { serverVersion?: string } = {}) {
  const w = world(server, options);
  w.fides.route("PATCH", POLICY, { scopes: ["policy:create_or_update"] }, (request) => {
    const items = request.json as { key: string; name: string }[];
    const succeeded = items.filter((item) => !item.key.startsWith("bad"));
    const failed = items
      .filter((item) => item.key.startsWith("bad"))
      .map((item) => ({ message: `Policy with key ${item.key} is invalid`, data: item }));
    return { status: 200, json: { succeeded, failed } };
  });
  return w;
}

describe("sdk.api() on a server older than the route", () => {
  it("refuses a route the server's version lacks before sending it", async () => {
    const w = world(server, { serverVersion: "2.78.2" });
    const api = w.client().api({ release: "2.78" });
    // The 2.78 types lack the route: the newest release's client is the one that can ask for it.
    const error = await failure(w.client().api().GET(CLIENTS));
    expect(error).toBeInstanceOf(FidesUnsupportedOperationError);
    expect(error.message).toBe(
      "sdk.api() GET /api/v1/oauth/client needs Fides 2.82.2 or later; the server is Fides 2.78.2",
    );
    expect(error).toMatchObject({ operation: "api", requiredVersion: "2.82.2", serverVersion: "2.78.2" });
    expect(w.count(CLIENTS)).toBe(0);
    // A route every tested release has goes out without asking for the version first.
    const before = w.count("/health");
    await api.GET("/api/v1/oauth/scope");
    expect(w.count("/health")).toBe(before);
    expect(w.count("/api/v1/oauth/scope")).toBe(1);
  });

  it("sends the same route to a server whose version has it", async () => {
    const w = world(server, { serverVersion: "2.86.2" });
    const { data, error } = await w
      .client()
      .api()
      .GET(CLIENTS, { params: { query: { size: 10 } } });
    expect(error).toBeUndefined();
    expect(data?.items).toEqual([]);
    expect(w.count(CLIENTS)).toBe(1);
  });

  it("refuses an untested release by name", () => {
    const w = world(server);
    expect(() => w.client().api({ release: "2.80" as never })).toThrow(
      expect.objectContaining({
        name: "TypeError",
        code: "ERR_INVALID_ARG_VALUE",
        message: '"options.release" must be one of "2.78", "2.82", "2.86"',
      }),
    );
  });
});

describe("throwOnError", () => {
  it("returns the data of a 2xx answer", async () => {
    const w = world(server);
    const scopes = await throwOnError(w.client().api().GET("/api/v1/oauth/scope"));
    expect(scopes).toContain("policy:read");
  });

  it("throws FidesForbiddenError naming the server's detail and the table's scopes", async () => {
    const w = world(server);
    const self = w.fides.addClient({ scopes: ["client:read"] });
    const sdk = w.client({ clientId: self.client_id, clientSecret: self.client_secret });
    const error = await failure(throwOnError(sdk.api().GET("/api/v1/oauth/scope")));
    expect(error).toBeInstanceOf(FidesForbiddenError);
    expect(error.message).toBe(
      'GET /api/v1/oauth/scope failed with 403: the token lacks the scope(s) "scope:read"; ' +
        `fides-sdk's scope table (Fides 2.86.2) says GET /api/v1/oauth/scope needs "scope:read"`,
    );
    expect(error).toMatchObject({ requiredScopes: ["scope:read"], operationAccess: ["scope:read"] });
  });

  it("throws FidesNotFoundError for a 404", async () => {
    const w = world(server);
    const error = await failure(
      throwOnError(
        w
          .client()
          .api()
          .GET("/api/v1/oauth/client/{client_id}", { params: { path: { client_id: "nope" } } }),
      ),
    );
    expect(error).toBeInstanceOf(FidesNotFoundError);
    expect(error.message).toMatch(/^GET \/api\/v1\/oauth\/client\/nope failed with 404/);
  });

  it("scrubs the call's token from a detail the server echoes", async () => {
    const w = world(server);
    w.fides.route("GET", POLICY, { scopes: [] }, (request) => ({
      status: 400,
      json: { detail: `bad request with ${request.headers.get("authorization") ?? ""}` },
    }));
    const sdk = w.client();
    const token = await sdk.oauth.getAccessToken();
    const error = await failure(throwOnError(sdk.api().GET(POLICY)));
    expect(error.message).toContain("bad request with");
    for (const shown of [error.message, JSON.stringify(error), inspect(error, { depth: 5 })]) {
      expect(shown).not.toContain(token);
    }
  });

  it("refuses what is not an openapi-fetch result", async () => {
    await expect(throwOnError({} as never)).rejects.toMatchObject({
      name: "TypeError",
      code: "ERR_INVALID_ARG_TYPE",
    });
  });
});

describe("throwOnPartialFailure", () => {
  it("returns what a bulk operation applied when nothing failed", async () => {
    const w = policyWorld();
    const succeeded = await throwOnPartialFailure(
      w
        .client()
        .api()
        .PATCH(POLICY, { body: [{ key: "access", name: "Access" }] }),
    );
    expect(succeeded.map((policy) => policy.key)).toEqual(["access"]);
  });

  it("throws FidesPartialFailureError when a 200 answer lists failures", async () => {
    const w = policyWorld();
    const error = await failure(
      throwOnPartialFailure(
        w
          .client()
          .api()
          .PATCH(POLICY, {
            body: [
              { key: "access", name: "Access" },
              { key: "bad_one", name: "Bad" },
            ],
          }),
      ),
    );
    expect(error).toBeInstanceOf(FidesPartialFailureError);
    expect(isFidesPartialFailureError(error)).toBe(true);
    expect(error.message).toBe(
      'PATCH /api/v1/dsr/policy: 1 of 2 items failed: "Policy with key bad_one is invalid"',
    );
    expect(error).toMatchObject({ code: "FIDES_PARTIAL_FAILURE", method: "PATCH", path: POLICY });
    const partial = error as unknown as FidesPartialFailureError<{ key: string }>;
    expect(partial.succeeded.map((item) => item.key)).toEqual(["access"]);
    expect(partial.failed).toEqual([
      { message: "Policy with key bad_one is invalid", data: { key: "bad_one", name: "Bad" } },
    ]);
  });

  it("keeps the items out of JSON.stringify and util.inspect", () => {
    const secretish = "pii-identity-value-0001";
    const error = new FidesPartialFailureError({
      method: "POST",
      path: "/api/v1/privacy-request/authenticated",
      succeeded: [{ identity: { email: secretish } }],
      failed: [{ message: "Verification required", data: { identity: { email: secretish } } }],
    });
    expect(JSON.stringify(error)).not.toContain(secretish);
    expect(inspect(error, { depth: 10 })).not.toContain(secretish);
    expect(error.message).not.toContain(secretish);
  });

  it("quotes at most three reasons, each clipped, with no terminal control characters", () => {
    const failed = Array.from({ length: 5 }, (_, i) => ({
      message: `bad\u009b${i}${"x".repeat(300)}`,
      data: {},
    }));
    const error = new FidesPartialFailureError({ method: "PATCH", path: POLICY, succeeded: [], failed });
    expect(error.message).toMatch(
      /^PATCH \/api\/v1\/dsr\/policy: 5 of 5 items failed: "bad 0x+…"; "bad 1x+…"; "bad 2x+…" and 2 more$/,
    );
  });

  it("throws the typed error of a non-2xx answer", async () => {
    const w = policyWorld();
    const self = w.fides.addClient({ scopes: ["policy:read"] });
    const sdk = w.client({ clientId: self.client_id, clientSecret: self.client_secret });
    const error = await failure(throwOnPartialFailure(sdk.api().PATCH(POLICY, { body: [] })));
    expect(error).toBeInstanceOf(FidesForbiddenError);
    expect(error).toMatchObject({ operationAccess: ["policy:create_or_update"] });
    expect(w.count(TOKEN_PATH)).toBeGreaterThan(0);
  });
});

describe("sdk.fetch() refusals", () => {
  it("name what the scope table says the operation needs", async () => {
    const w = world(server);
    const self = w.fides.addClient({ scopes: ["client:read"] });
    const sdk = w.client({ clientId: self.client_id, clientSecret: self.client_secret });
    const error = await failure(sdk.fetch("/api/v1/oauth/role"));
    expect(error).toBeInstanceOf(FidesForbiddenError);
    expect(error).toMatchObject({
      operation: "fetch",
      operationAccess: ["scope:read"],
      requiredScopes: ["scope:read"],
    });
    expect(error.message).toContain(
      `fides-sdk's scope table (Fides 2.86.2) says GET /api/v1/oauth/role needs "scope:read"`,
    );
  });

  it("say that a webhook callback route takes only the webhook's token", async () => {
    const w = world(server);
    w.fides.route("POST", "/api/v1/request-task/callback", { scopes: ["privacy-request:resume"] }, () => ({
      status: 200,
      json: {},
    }));
    const self = w.fides.addClient({ scopes: ["client:read"] });
    const sdk = w.client({ clientId: self.client_id, clientSecret: self.client_secret });
    const error = await failure(sdk.fetch("/api/v1/request-task/callback", { method: "POST", json: {} }));
    expect(error).toMatchObject({ operationAccess: "webhook-token" });
    expect(error.message).toContain(
      "POST /api/v1/request-task/callback takes only the token Fides sent to the webhook, which no OAuth client holds",
    );
  });
});
