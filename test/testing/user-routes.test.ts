/** `emulator.route()`: routes of your own behind the server's bearer checks (docs/emulator.md, "Your own routes"). */
import { setupServer } from "msw/node";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import {
  createFidesEmulator,
  createFidesEmulatorCore,
  type EmulatorRouteRequest,
  startFidesEmulatorServer,
} from "../../src/testing/index.js";
import { ADAPTERS, call, clientWithToken, rootToken, tokenWith, useEmulator } from "./harness.js";

const POLICY = "/api/v1/dsr/policy";
const NOT_AUTHORIZED = { detail: "Not Authorized for this action" };
const requiredScopes = (scopes: string) => ({
  detail: `Not Authorized for this action. Required scope(s): [${scopes}]`,
});

interface Policy {
  readonly key: string;
  readonly name: string;
}

describe.each(ADAPTERS)("routes of your own via $name", (adapter) => {
  const fides = useEmulator(adapter);
  const policies = new Map<string, Policy>();
  const seen: EmulatorRouteRequest[] = [];

  // Registered once the adapter runs: for MSW, after its handler list was made.
  beforeAll(() => {
    const { emulator } = fides;
    emulator.route("PATCH", POLICY, { scopes: ["policy:create_or_update"] }, (request) => {
      seen.push(request);
      const items = request.json as Policy[];
      for (const policy of items) policies.set(policy.key, policy);
      return { status: 200, json: { succeeded: items, failed: [] } };
    });
    emulator.route("GET", POLICY, { scopes: ["policy:read"] }, (request) => {
      const size = Number(request.query.get("size") ?? 50);
      const items = [...policies.values()].slice(0, size);
      return { status: 200, json: { items, total: policies.size } };
    });
    emulator.route("GET", `${POLICY}/{policy_key}`, { scopes: ["policy:read"] }, async (request) => {
      seen.push(request);
      const policy = policies.get(request.params.policy_key ?? "");
      return policy
        ? { status: 200, json: policy, headers: { "x-policy": policy.key } }
        : { status: 404, json: { detail: `No Policy found for key ${request.params.policy_key}.` } };
    });
    emulator.route(
      "DELETE",
      `${POLICY}/{policy_key}`,
      { scopes: ["policy:delete", "policy:read"] },
      (request) => {
        policies.delete(request.params.policy_key ?? "");
        return { status: 204 };
      },
    );
    emulator.route("HEAD", POLICY, { scopes: ["policy:read"] }, () => ({
      status: 200,
      json: { ignored: true },
      headers: { "x-total": String(policies.size) },
    }));
    emulator.route("POST", "/api/v1/privacy-request", { scopes: ["privacy-request:create"] }, () => {
      throw new Error("a bug in the test's handler");
    });
    emulator.route(
      "POST",
      "/api/v1/privacy-request/{id}/approve",
      { scopes: [], rateLimit: { limit: 2, per: "minute" } },
      () => ({ status: 200, json: null }),
    );
  });
  beforeEach(() => {
    policies.clear();
    seen.length = 0;
  });

  it("lets a scoped client's token create and list policies, handing the handler what was sent", async () => {
    const token = await tokenWith(fides, "policy:create_or_update", "policy:read");
    const access = { key: "access", name: "Access" };
    const created = await call(fides, "PATCH", POLICY, { token, json: [access] });
    expect([created.status, created.body]).toEqual([200, { succeeded: [access], failed: [] }]);
    expect(created.headers.get("content-type")).toBe("application/json");
    expect(created.text).toBe('{"succeeded":[{"key":"access","name":"Access"}],"failed":[]}');
    const listed = await call(fides, "GET", `${POLICY}?size=10`, { token });
    expect([listed.status, listed.body]).toEqual([200, { items: [access], total: 1 }]);
    const request = seen[0];
    expect(request?.method).toBe("PATCH");
    expect(request?.path).toBe(POLICY);
    expect(request?.json).toEqual([access]);
    expect(request?.headers.get("authorization")).toBe(`Bearer ${token}`);
    expect(request?.clientId).toBe(fides.emulator.clients()[0]?.client_id);
  });

  it("fills path parameters from the template, percent-decoded, and lets the handler answer 404 for an unknown id", async () => {
    const token = await tokenWith(fides, "policy:create_or_update", "policy:read");
    await call(fides, "PATCH", POLICY, { token, json: [{ key: "erasure rule", name: "Erasure" }] });
    const found = await call(fides, "GET", `${POLICY}/erasure%20rule`, { token });
    expect([found.status, found.body]).toEqual([200, { key: "erasure rule", name: "Erasure" }]);
    expect(found.headers.get("x-policy")).toBe("erasure rule");
    expect(seen.at(-1)?.params).toEqual({ policy_key: "erasure rule" });
    const missing = await call(fides, "GET", `${POLICY}/nope`, { token });
    expect([missing.status, missing.body]).toEqual([404, { detail: "No Policy found for key nope." }]);
  });

  it("does not let an encoded slash stretch a path parameter over two segments", async () => {
    const token = await tokenWith(fides, "policy:read");
    const answer = await call(fides, "GET", `${POLICY}/a%2Fb`, { token });
    expect([answer.status, answer.body]).toEqual([404, { detail: "Item not found" }]);
    expect(seen).toEqual([]);
  });

  it("answers 401 Failed to authenticate without a Bearer header, before the handler", async () => {
    for (const headers of [{}, { authorization: "Basic Zm9vOmJhcg==" }]) {
      const answer = await call(fides, "GET", POLICY, { headers });
      expect([answer.status, answer.body]).toEqual([401, { detail: "Failed to authenticate" }]);
      expect(answer.headers.get("www-authenticate")).toBe("Bearer");
    }
  });

  it("answers 403 naming the route's scopes, in Fides's formatting, when the token lacks one", async () => {
    const token = await tokenWith(fides, "policy:read");
    const patch = await call(fides, "PATCH", POLICY, { token, json: [{ key: "k", name: "n" }] });
    expect([patch.status, patch.body]).toEqual([403, requiredScopes("policy:create_or_update")]);
    const remove = await call(fides, "DELETE", `${POLICY}/k`, { token });
    expect([remove.status, remove.body]).toEqual([403, requiredScopes("policy:delete, policy:read")]);
    expect(seen).toEqual([]);
  });

  it("answers the bare 403 for an expired token", async () => {
    const token = await tokenWith(fides, "policy:read");
    fides.emulator.advanceTime(11520 * 60_000 - 1_000);
    expect((await call(fides, "GET", POLICY, { token })).status).toBe(200);
    fides.emulator.advanceTime(2_000);
    const answer = await call(fides, "GET", POLICY, { token });
    expect([answer.status, answer.body]).toEqual([403, NOT_AUTHORIZED]);
  });

  it("answers the bare 403 for a garbled token and for a deleted client's token", async () => {
    const garbled = await call(fides, "GET", POLICY, { token: "not-a-token" });
    expect([garbled.status, garbled.body]).toEqual([403, NOT_AUTHORIZED]);
    const { client_id, token } = await clientWithToken(fides, ["policy:read"]);
    await call(fides, "DELETE", `/api/v1/oauth/client/${client_id}`, { token: await rootToken(fides) });
    const revoked = await call(fides, "GET", POLICY, { token });
    expect([revoked.status, revoked.body]).toEqual([403, NOT_AUTHORIZED]);
  });

  it("makes a token stale after its client's scopes are narrowed, even for a scope still held", async () => {
    const { client_id, client_secret, token } = await clientWithToken(fides, [
      "policy:read",
      "policy:delete",
    ]);
    const root = await rootToken(fides);
    await call(fides, "PUT", `/api/v1/oauth/client/${client_id}/scope`, {
      token: root,
      json: ["policy:read"],
    });
    const stale = await call(fides, "GET", POLICY, { token });
    expect([stale.status, stale.body]).toEqual([403, requiredScopes("policy:read")]);
    const fresh = await call(fides, "POST", "/api/v1/oauth/token", {
      body: new URLSearchParams({ client_id, client_secret }),
    });
    expect((await call(fides, "GET", POLICY, { token: fresh.body.access_token })).status).toBe(200);
  });

  it("reads the JSON body before authenticating, as FastAPI does: invalid JSON is a 422 even without a token", async () => {
    const answer = await call(fides, "PATCH", POLICY, {
      body: "[{",
      headers: { "content-type": "application/json" },
    });
    expect([answer.status, answer.body.detail[0].type]).toEqual([422, "json_invalid"]);
  });

  it("injects faults and logs the requests as for the emulator's own routes", async () => {
    const token = await tokenWith(fides, "policy:read");
    fides.emulator.failNext(1, 503, { method: "GET", path: POLICY });
    const failed = await call(fides, "GET", POLICY, { token });
    expect([failed.status, failed.body]).toEqual([503, { detail: "Service Unavailable" }]);
    expect((await call(fides, "GET", POLICY, { token })).status).toBe(200);
    const logged = fides.emulator.requests().filter((entry) => entry.path === POLICY);
    expect(logged.map((entry) => [entry.method, entry.status])).toEqual([
      ["GET", 503],
      ["GET", 200],
    ]);
  });

  it("rate-limits a route that asks for it, counting only authorised requests", async () => {
    const token = await tokenWith(fides);
    const approve = `/api/v1/privacy-request/pri_1/approve`;
    expect((await call(fides, "POST", approve)).status).toBe(401);
    const first = await call(fides, "POST", approve, { token });
    expect([first.status, first.text]).toEqual([200, "null"]);
    expect(first.headers.get("x-ratelimit-remaining")).toBe("1");
    expect((await call(fides, "POST", approve, { token })).status).toBe(200);
    const limited = await call(fides, "POST", approve, { token });
    expect([limited.status, limited.body]).toEqual([429, { error: "Rate limit exceeded: 2 per 1 minute" }]);
    fides.emulator.reset();
    expect((await call(fides, "POST", approve, { token: await tokenWith(fides) })).status).toBe(200);
  });

  it("answers a HEAD route without a body, and a 204 with none", async () => {
    const token = await tokenWith(fides, "policy:read", "policy:delete");
    const head = await call(fides, "HEAD", POLICY, { token });
    expect([head.status, head.text, head.headers.get("x-total")]).toEqual([200, "", "0"]);
    const removed = await call(fides, "DELETE", `${POLICY}/gone`, { token });
    expect([removed.status, removed.text]).toEqual([204, ""]);
  });

  it("matches a trailing slash and answers 405 with Allow for another method, as Starlette does", async () => {
    const token = await tokenWith(fides, "policy:read");
    expect((await call(fides, "GET", `${POLICY}/`, { token })).status).toBe(200);
    const put = await call(fides, "PUT", POLICY, { token });
    expect([put.status, put.body, put.headers.get("allow")]).toEqual([
      405,
      { detail: "Method Not Allowed" },
      "PATCH",
    ]);
  });

  it("answers Starlette's plain-text 500 when the handler throws", async () => {
    const token = await tokenWith(fides, "privacy-request:create");
    const answer = await call(fides, "POST", "/api/v1/privacy-request", { token });
    expect([answer.status, answer.text]).toEqual([500, "Internal Server Error"]);
  });

  it("keeps its routes across reset()", async () => {
    fides.emulator.reset();
    expect((await call(fides, "GET", POLICY, { token: await tokenWith(fides, "policy:read") })).status).toBe(
      200,
    );
  });
});

describe("route() with MSW", () => {
  const server = setupServer();
  beforeAll(() => server.listen({ onUnhandledRequest: "error" }));
  afterEach(() => server.resetHandlers());
  afterAll(() => server.close());

  it("serves a route added after MSW's handlers were installed", async () => {
    const emulator = createFidesEmulator();
    server.use(...emulator.handlers);
    emulator.route("GET", "/api/v1/dsr/policy", { scopes: ["policy:read"] }, () => ({
      status: 200,
      json: [],
    }));
    const { client_id, client_secret } = emulator.addClient({ scopes: ["policy:read"] });
    const token = await fetch(`${emulator.baseUrl}/api/v1/oauth/token`, {
      method: "POST",
      body: new URLSearchParams({ client_id, client_secret }),
    }).then((response) => response.json() as Promise<{ access_token: string }>);
    const answer = await fetch(`${emulator.baseUrl}/api/v1/dsr/policy`, {
      headers: { authorization: `Bearer ${token.access_token}` },
    });
    expect([answer.status, await answer.json()]).toEqual([200, []]);
  });
});

describe("route() on the other entry points", () => {
  it("is on the HTTP server's handle", async () => {
    const running = await startFidesEmulatorServer();
    try {
      running.route("GET", "/api/v1/dsr/policy", { scopes: ["policy:read"] }, () => ({
        status: 200,
        json: [],
      }));
      const answer = await fetch(`${running.url}/api/v1/dsr/policy`);
      expect(answer.status).toBe(401);
      expect(running.emulator.requests().map((entry) => entry.path)).toEqual(["/api/v1/dsr/policy"]);
    } finally {
      await running.close();
    }
  });

  it("is on the core, under the base URL's path prefix", async () => {
    const emulator = createFidesEmulatorCore({ baseUrl: "https://fides.test/prefix" });
    emulator.route("GET", "/api/v1/dsr/policy", { scopes: ["policy:read"] }, () => ({ status: 200 }));
    const answer = await emulator.handle(new Request("https://fides.test/prefix/api/v1/dsr/policy"));
    expect(answer.status).toBe(401);
  });
});

describe("route() arguments", () => {
  const emulator = createFidesEmulatorCore();
  const ok = () => ({ status: 200 });
  const refused = (run: () => void, code: string, message: string) =>
    expect(run).toThrowError(expect.objectContaining({ name: "EmulatorArgumentError", code, message }));

  it("refuses a method outside GET, POST, PUT, PATCH, DELETE, HEAD", () => {
    refused(
      () => emulator.route("TRACE" as "GET", "/x", { scopes: [] }, ok),
      "ERR_INVALID_ARG_VALUE",
      '"method" must be one of GET, POST, PUT, PATCH, DELETE, HEAD',
    );
  });

  it("refuses a malformed path template", () => {
    const message =
      '"pathTemplate" must start with "/" and hold literal segments or whole "{name}" parameters, each once';
    for (const template of ["api/v1/x", "/a/{id}/{id}", "/a/x{id}", "/a//b", "/a?b=1", "/a/{1d}"]) {
      refused(() => emulator.route("GET", template, { scopes: [] }, ok), "ERR_INVALID_ARG_VALUE", message);
    }
    refused(
      () => emulator.route("GET", 42 as unknown as string, { scopes: [] }, ok),
      "ERR_INVALID_ARG_TYPE",
      '"pathTemplate" must be a string such as "/api/v1/dsr/policy"',
    );
  });

  it("refuses scopes that are not an array of the version's scopes", () => {
    refused(
      () => emulator.route("GET", "/x", {} as { scopes: string[] }, ok),
      "ERR_INVALID_ARG_TYPE",
      '"options.scopes" must be an array of scopes',
    );
    refused(
      () => emulator.route("GET", "/x", { scopes: ["policy:reed"] }, ok),
      "ERR_INVALID_ARG_VALUE",
      '"options.scopes" holds "policy:reed", which is not a scope of Fides 2.86.2',
    );
  });

  it("refuses a handler that is not a function", () => {
    refused(
      () => emulator.route("GET", "/x", { scopes: [] }, "ok" as unknown as typeof ok),
      "ERR_INVALID_ARG_TYPE",
      '"handler" must be a function',
    );
  });

  it("refuses a method and template already taken, by the emulator or by an earlier route()", () => {
    refused(
      () => emulator.route("get" as "GET", "/api/v1/oauth/client/{id}", { scopes: [] }, ok),
      "ERR_INVALID_ARG_VALUE",
      '"GET /api/v1/oauth/client/{id}" is already a route of this emulator',
    );
    emulator.route("GET", "/api/v1/dsr/policy/{key}", { scopes: [] }, ok);
    refused(
      () => emulator.route("GET", "/api/v1/dsr/policy/{other}/", { scopes: [] }, ok),
      "ERR_INVALID_ARG_VALUE",
      '"GET /api/v1/dsr/policy/{other}" is already a route of this emulator',
    );
  });

  it("refuses a rate limit on a version without one", () => {
    const old = createFidesEmulatorCore({ serverVersion: "2.69.0" });
    refused(
      () => old.route("GET", "/x", { scopes: [], rateLimit: true }, ok),
      "ERR_INVALID_ARG_VALUE",
      '"options.rateLimit" needs serverVersion 2.69.1 or later (older servers have no rate limit)',
    );
  });
});
