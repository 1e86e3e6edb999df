// sdk.fetch() and sdk.api<paths>(): any Fides endpoint through the client's one pipeline, against
// routes registered on the emulator with emulator.route() (Fides's own bearer checks).

import { inspect } from "node:util";
import { HttpResponse, http } from "msw";
import type { Client } from "openapi-fetch";
import { describe, expect, expectTypeOf, it } from "vitest";
import { FidesApiError, FidesForbiddenError, FidesServerError, FidesTimeoutError } from "../../src/errors.js";
import { POLICY, type Policy, type paths } from "../policy-paths.js";
import { deferred, TOKEN_PATH, useMsw, type World, world } from "./fixtures.js";

const server = useMsw();
const PRIVACY_REQUEST = "/api/v1/privacy-request";
const DAY_MS = 86_400_000;

/** An emulator whose server has the policy routes, and a client holding both policy scopes. */
function policyWorld(scopes: string[] = ["policy:create_or_update", "policy:read"], baseUrl?: string) {
  const w = world(server, baseUrl === undefined ? {} : { baseUrl });
  const policies = new Map<string, Policy>();
  const seen: { method: string; contentType: string | null; authorization: string | null }[] = [];
  w.fides.route("PATCH", POLICY, { scopes: ["policy:create_or_update"] }, (request) => {
    seen.push({
      method: request.method,
      contentType: request.headers.get("content-type"),
      authorization: request.headers.get("authorization"),
    });
    const items = request.json as Policy[];
    for (const policy of items) policies.set(policy.key, policy);
    return { status: 200, json: { succeeded: items, failed: [] } };
  });
  w.fides.route("GET", POLICY, { scopes: ["policy:read"] }, (request) => {
    const size = Number(request.query.get("size") ?? 50);
    return { status: 200, json: { items: [...policies.values()].slice(0, size) } };
  });
  w.fides.route("GET", `${POLICY}/{policy_key}`, { scopes: ["policy:read"] }, (request) => {
    const policy = policies.get(request.params.policy_key ?? "");
    return policy
      ? { status: 200, json: policy }
      : { status: 404, json: { detail: `No Policy found for key ${request.params.policy_key}.` } };
  });
  const self = w.fides.addClient({ scopes: scopes as never });
  const sdk = w.client({ clientId: self.client_id, clientSecret: self.client_secret });
  return { w, sdk, self, policies, seen };
}

function tokensOf(w: World, clientId: string): number {
  return w.fides.tokens().filter((token) => token.client_id === clientId).length;
}

async function failure(promise: Promise<unknown>): Promise<unknown> {
  return promise.then(
    () => {
      throw new Error("expected a failure");
    },
    (error: unknown) => error,
  );
}

const UPLOAD = "/api/v1/upload";
/** A route taking raw bytes, to see what `sdk.api()` forwards. */
interface UploadPaths {
  "/api/v1/upload": {
    post: {
      requestBody: { content: { "application/octet-stream": Uint8Array } };
      responses: { 200: { content: { "application/json": { ok: boolean } } } };
    };
  };
}

const ACCESS = { key: "access", name: "Access" };
const ERASURE = { key: "erasure", name: "Erasure" };

describe("sdk.fetch()", () => {
  it("lets a scoped client create and list policies, with JSON bodies and the managed token", async () => {
    const { sdk, seen } = policyWorld();
    const created = await sdk.fetch(POLICY, { method: "PATCH", json: [ACCESS, ERASURE] });
    expect(created).toBeInstanceOf(Response);
    expect(created.bodyUsed).toBe(false);
    expect(await created.json()).toEqual({ succeeded: [ACCESS, ERASURE], failed: [] });
    expect(seen).toEqual([
      {
        method: "PATCH",
        contentType: "application/json",
        authorization: `Bearer ${await sdk.oauth.getAccessToken()}`,
      },
    ]);
    const listed = await sdk.fetch(`${POLICY}?size=1`);
    expect(await listed.json()).toEqual({ items: [ACCESS] });
  });

  it("takes the path with or without a leading slash, or as an absolute URL, below a baseUrl's prefix", async () => {
    const { w, sdk } = policyWorld(undefined, "http://localhost:8080/fides");
    await sdk.fetch(POLICY, { method: "PATCH", json: [ACCESS] });
    for (const path of [POLICY, POLICY.slice(1), `http://localhost:8080/fides${POLICY}`]) {
      expect(await (await sdk.fetch(path)).json()).toEqual({ items: [ACCESS] });
    }
    expect(w.count(POLICY, "GET")).toBe(3);
  });

  it("throws FidesForbiddenError naming the missing scope, with operation fetch", async () => {
    const { w, sdk, self } = policyWorld(["policy:read"]);
    const error = await failure(sdk.fetch(POLICY, { method: "PATCH", json: [ACCESS] }));
    expect(error).toBeInstanceOf(FidesForbiddenError);
    expect(error).toMatchObject({
      operation: "fetch",
      status: 403,
      method: "PATCH",
      path: POLICY,
      reason: "insufficient_scope",
      requiredScopes: ["policy:create_or_update"],
    });
    // One fresh token to tell a missing scope from a narrowed one; then remembered.
    expect(tokensOf(w, self.client_id)).toBe(2);
    await expect(sdk.fetch(POLICY, { method: "PATCH", json: [ACCESS] })).rejects.toBeInstanceOf(
      FidesForbiddenError,
    );
    expect(tokensOf(w, self.client_id)).toBe(2);
  });

  it("returns the raw Response of a non-2xx answer with throwOnError: false, body unread", async () => {
    const { sdk } = policyWorld();
    const response = await sdk.fetch(`${POLICY}/nope`, { throwOnError: false });
    expect(response.status).toBe(404);
    expect(await response.json()).toEqual({ detail: "No Policy found for key nope." });
    const thrown = await failure(sdk.fetch(`${POLICY}/nope`));
    expect(thrown).toMatchObject({ name: "FidesNotFoundError", status: 404, operation: "fetch" });
  });

  it("re-acquires an expired token once and succeeds", async () => {
    const { w, sdk, self } = policyWorld();
    await sdk.fetch(POLICY);
    expect(tokensOf(w, self.client_id)).toBe(1);
    w.fides.advanceTime(8 * DAY_MS + 1_000);
    const response = await sdk.fetch(POLICY);
    expect(response.status).toBe(200);
    expect(tokensOf(w, self.client_id)).toBe(2);
  });

  it("resends with a fresh token after the client's scopes were narrowed", async () => {
    const { w, sdk, self } = policyWorld();
    await sdk.fetch(POLICY);
    await w.client().oauth.setClientScopes(self.client_id, ["policy:read"]);
    expect((await sdk.fetch(POLICY)).status).toBe(200);
    expect(tokensOf(w, self.client_id)).toBe(2);
  });

  it("throws FidesTimeoutError when the answer outlives timeoutMs", async () => {
    const { w, sdk } = policyWorld();
    await sdk.oauth.getAccessToken();
    const never = deferred();
    w.fides.failNext(1, { kind: "delay", until: never.promise }, { path: POLICY });
    const error = await failure(sdk.fetch(POLICY, { timeoutMs: 20 }));
    expect(error).toBeInstanceOf(FidesTimeoutError);
    expect(error).toMatchObject({ operation: "fetch", message: `GET ${POLICY} timed out after 20 ms` });
    never.resolve();
  });

  it("does not retry a POST after a 503 unless it is marked idempotent", async () => {
    const { w, sdk } = policyWorld();
    const created: unknown[] = [];
    w.fides.route("POST", PRIVACY_REQUEST, { scopes: [] }, (request) => {
      created.push(request.json);
      return { status: 200, json: { succeeded: [request.json] } };
    });
    const busy = { kind: "status", status: 503, headers: { "Retry-After": "0" } } as const;
    w.fides.failNext(1, busy, { path: PRIVACY_REQUEST });
    const error = await failure(sdk.fetch(PRIVACY_REQUEST, { method: "POST", json: { id: 1 } }));
    expect(error).toBeInstanceOf(FidesServerError);
    expect(w.count(PRIVACY_REQUEST)).toBe(1);

    w.fides.failNext(1, busy, { path: PRIVACY_REQUEST });
    const retried = await sdk.fetch(PRIVACY_REQUEST, { method: "POST", json: { id: 2 }, idempotent: true });
    expect(retried.status).toBe(200);
    expect(w.count(PRIVACY_REQUEST)).toBe(3);
    expect(created).toEqual([{ id: 2 }]);
  });

  it("does not repeat a PATCH whose answer was lost after the server served it", async () => {
    const { w, sdk, policies } = policyWorld();
    w.fides.failNext(1, "serve-then-drop", { path: POLICY, method: "PATCH" });
    const error = await failure(sdk.fetch(POLICY, { method: "PATCH", json: [ACCESS] }));
    expect(error).toMatchObject({ name: "FidesConnectionError", operation: "fetch" });
    expect(w.count(POLICY, "PATCH")).toBe(1);
    expect([...policies.keys()]).toEqual(["access"]);
  });

  it("retries a GET after a 503", async () => {
    const { w, sdk } = policyWorld();
    w.fides.failNext(1, { kind: "status", status: 503, headers: { "Retry-After": "0" } }, { path: POLICY });
    expect((await sdk.fetch(POLICY)).status).toBe(200);
    expect(w.count(POLICY, "GET")).toBe(2);
  });

  it("follows no redirect, even with throwOnError: false", async () => {
    const { w, sdk } = policyWorld();
    let followed = false;
    server.use(
      http.all("https://evil.test/*", () => {
        followed = true;
        return HttpResponse.json({});
      }),
    );
    w.fides.route("GET", "/api/v1/moved", { scopes: [] }, () => ({
      status: 307,
      headers: { Location: "https://evil.test/steal" },
    }));
    for (const throwOnError of [true, false]) {
      const error = await failure(sdk.fetch("/api/v1/moved", { throwOnError }));
      expect(error).toBeInstanceOf(FidesApiError);
      expect(error).toMatchObject({ status: 307, operation: "fetch" });
      expect((error as Error).message).toContain("the server redirected to https://evil.test");
    }
    expect(followed).toBe(false);
  });

  it("refuses another origin before sending anything, so the token never leaves", async () => {
    const { w, sdk } = policyWorld();
    for (const path of [
      `https://evil.test${POLICY}`,
      `http://localhost:8081${POLICY}`,
      `https://localhost:8080${POLICY}`,
      `http://user:pw@localhost:8080${POLICY}`,
      `//evil.test${POLICY}`,
      "mailto:someone@localhost",
    ]) {
      const error = await failure(sdk.fetch(path));
      expect(error, path).toBeInstanceOf(TypeError);
      expect(error, path).toMatchObject({ code: "ERR_INVALID_ARG_VALUE" });
    }
    const error = await failure(sdk.fetch(`https://evil.test${POLICY}`));
    expect((error as Error).message).toBe(
      `"path" must be on the client's origin http://localhost:8080, below its baseUrl: the token is sent only to the Fides server`,
    );
    expect(w.fides.requests()).toEqual([]);
  });

  it("refuses an absolute URL on the same origin outside the baseUrl's prefix", async () => {
    const { w, sdk } = policyWorld(undefined, "http://localhost:8080/fides");
    for (const path of [`http://localhost:8080${POLICY}`, `http://localhost:8080/fidesx${POLICY}`]) {
      await expect(sdk.fetch(path), path).rejects.toMatchObject({ code: "ERR_INVALID_ARG_VALUE" });
    }
    expect(w.fides.requests()).toEqual([]);
  });

  it("refuses a path that would leave its route: dot segments, encoded or not, encoded slashes, backslashes", async () => {
    const { w, sdk } = policyWorld();
    const cases: [string, RegExp][] = [
      [`${POLICY}/../../oauth/client`, /"\." or "\.\." segment/],
      [`${POLICY}/%2e%2e/%2E%2E/oauth/client`, /"\." or "\.\." segment/],
      [`${POLICY}/%252e%252e/x`, /"\." or "\.\." segment/],
      [`${POLICY}/./x`, /"\." or "\.\." segment/],
      // The URL parser trims the space, which would leave "%252e" at the end.
      [`${POLICY}/%252e `, /"\." or "\.\." segment/],
      [`http://localhost:8080${POLICY}/../../oauth/client`, /"\." or "\.\." segment/],
      [`${POLICY}/a%2Fb`, /encoded slash/],
      [`${POLICY}/a%252fb`, /encoded slash/],
      [`${POLICY}/a%5C..`, /encoded slash or backslash/],
      [`${POLICY}\\..\\x`, /backslash/],
      [`${POLICY}/.\n./x`, /control characters/],
    ];
    for (const [path, message] of cases) {
      const error = await failure(sdk.fetch(path));
      expect(error, path).toBeInstanceOf(TypeError);
      expect(error, path).toMatchObject({ code: "ERR_INVALID_ARG_VALUE" });
      expect((error as Error).message, path).toMatch(message);
    }
    // The query is not a route: dots and slashes there are data.
    expect((await sdk.fetch(`${POLICY}?next=../a%2Fb`)).status).toBe(200);
    expect(w.fides.requests().filter((r) => r.path !== TOKEN_PATH)).toHaveLength(1);
  });

  it("refuses a malformed init before sending, naming the field", async () => {
    const { w, sdk } = policyWorld();
    const cases: [unknown, string][] = [
      [{ redirect: "follow" }, `"init.redirect" is not supported by sdk.fetch()`],
      [{ headers: { Authorization: "Bearer x" } }, `"init.headers" must not set Authorization`],
      [{ method: "PATCH", json: [], body: "[]" }, `"init.json" cannot be combined with "init.body"`],
      [{ body: "x" }, `"init.body" must be absent for GET`],
      [{ method: "TRACE" }, `"init.method" must be an HTTP method fetch can send`],
      [{ method: "POST", json: () => 1 }, `"init.json" must be a value JSON.stringify can serialise`],
      [{ idempotent: "yes" }, `"init.idempotent" must be a boolean`],
      [{ timeoutMs: -1 }, `"init.timeoutMs" must be a positive number`],
      [{ signal: "stop" }, `"init.signal" must be an AbortSignal`],
      ["GET", `"init" must be an object`],
    ];
    for (const [init, message] of cases) {
      const error = await failure(sdk.fetch(POLICY, init as never));
      expect(error, message).toBeInstanceOf(TypeError);
      expect((error as Error).message, message).toContain(message);
    }
    expect(w.fides.requests()).toEqual([]);
  });
});

describe("what sdk.fetch() never reveals", () => {
  it("keeps the secret and the token out of its errors, thrown or misuse", async () => {
    const { sdk, self } = policyWorld(["policy:read"]);
    const token = await sdk.oauth.getAccessToken();
    const refused = await failure(sdk.fetch(POLICY, { method: "PATCH", json: [ACCESS] }));
    const misuse = await failure(sdk.fetch(POLICY, { headers: { "X-Token": `${token}\r\nX-Injected: 1` } }));
    expect(misuse).toMatchObject({ code: "ERR_INVALID_ARG_VALUE" });
    for (const error of [refused, misuse]) {
      const shown = `${inspect(error, { depth: 5 })} ${JSON.stringify(error)} ${(error as Error).message}`;
      expect(shown).not.toContain(self.client_secret);
      expect(shown).not.toContain(token);
    }
  });

  it("stops at the caller's abort, with the caller's reason", async () => {
    const { w, sdk } = policyWorld();
    await sdk.oauth.getAccessToken();
    const never = deferred();
    w.fides.failNext(2, { kind: "delay", until: never.promise }, { path: POLICY });
    const controller = new AbortController();
    const reason = new Error("the caller gave up");
    const fetched = failure(sdk.fetch(POLICY, { signal: controller.signal }));
    const typed = failure(sdk.api<paths>().GET(POLICY, { signal: controller.signal }));
    controller.abort(reason);
    expect(await fetched).toBe(reason);
    expect(await typed).toBe(reason);
    never.resolve();
  });
});

describe("the types", () => {
  it("gives a Response from fetch() and an openapi-fetch Client<paths> from api()", () => {
    const { sdk } = policyWorld();
    expectTypeOf(sdk.fetch).returns.toEqualTypeOf<Promise<Response>>();
    expectTypeOf(sdk.api<paths>()).toEqualTypeOf<Client<paths>>();
  });
});

describe("sdk.api<paths>()", () => {
  it("lets a scoped client create, list and read policies through the typed client", async () => {
    const { sdk } = policyWorld();
    const api = sdk.api<paths>();
    const created = await api.PATCH(POLICY, { body: [ACCESS, ERASURE] });
    expect(created.data?.succeeded).toEqual([ACCESS, ERASURE]);
    const listed = await api.GET(POLICY, { params: { query: { size: 1 } } });
    expect(listed.data?.items).toEqual([ACCESS]);
    const one = await api.GET(`${POLICY}/{policy_key}`, { params: { path: { policy_key: "erasure" } } });
    expect(one.data).toEqual(ERASURE);
  });

  it("returns a non-2xx answer as openapi-fetch's error, after the fresh-token re-check", async () => {
    const { w, sdk, self } = policyWorld(["policy:read"]);
    const api = sdk.api<paths>();
    const { data, error, response } = await api.PATCH(POLICY, { body: [ACCESS] });
    expect(data).toBeUndefined();
    expect(response.status).toBe(403);
    expect(error).toEqual({
      detail: "Not Authorized for this action. Required scope(s): [policy:create_or_update]",
    });
    expect(tokensOf(w, self.client_id)).toBe(2);
    // The refusal is remembered for five minutes, as for a thrown one: no fresh token each time.
    expect((await api.PATCH(POLICY, { body: [ACCESS] })).response.status).toBe(403);
    expect((await sdk.fetch(POLICY, { method: "PATCH", json: [], throwOnError: false })).status).toBe(403);
    expect(tokensOf(w, self.client_id)).toBe(2);
    const missing = await api.GET(`${POLICY}/{policy_key}`, { params: { path: { policy_key: "nope" } } });
    expect([missing.response.status, missing.error]).toEqual([
      404,
      { detail: "No Policy found for key nope." },
    ]);
  });

  it("re-acquires an expired token once, and resends after a narrowing", async () => {
    const { w, sdk, self } = policyWorld();
    const api = sdk.api<paths>();
    await api.GET(POLICY);
    w.fides.advanceTime(8 * DAY_MS + 1_000);
    expect((await api.GET(POLICY)).response.status).toBe(200);
    expect(tokensOf(w, self.client_id)).toBe(2);
    await w.client().oauth.setClientScopes(self.client_id, ["policy:read"]);
    expect((await api.GET(POLICY)).response.status).toBe(200);
    expect(tokensOf(w, self.client_id)).toBe(3);
  });

  it("throws FidesTimeoutError, not an error body, when no answer comes", async () => {
    const { w, sdk } = policyWorld();
    await sdk.oauth.getAccessToken();
    const never = deferred();
    w.fides.failNext(1, { kind: "delay", until: never.promise }, { path: POLICY });
    const error = await failure(sdk.api<paths>({ timeoutMs: 20 }).GET(POLICY));
    expect(error).toBeInstanceOf(FidesTimeoutError);
    expect(error).toMatchObject({ operation: "api", message: `GET ${POLICY} timed out after 20 ms` });
    never.resolve();
    expect(() => sdk.api<paths>({ timeoutMs: 0 })).toThrow(TypeError);
  });

  it("refuses a request that leaves baseUrl or its route, before sending", async () => {
    const { w, sdk } = policyWorld();
    const api = sdk.api<paths>();
    const elsewhere = await failure(api.GET(POLICY, { baseUrl: "https://evil.test" }));
    expect(elsewhere).toMatchObject({ name: "TypeError", code: "ERR_INVALID_ARG_VALUE" });
    for (const policy_key of ["..", "a/b"]) {
      const error = await failure(api.GET(`${POLICY}/{policy_key}`, { params: { path: { policy_key } } }));
      expect(error, policy_key).toMatchObject({ name: "TypeError", code: "ERR_INVALID_ARG_VALUE" });
    }
    expect(w.fides.requests()).toEqual([]);
  });

  it("forwards a binary body as the same bytes, not re-encoded as text", async () => {
    const { w, sdk } = policyWorld();
    const received: Uint8Array[] = [];
    server.use(
      http.post(`${w.fides.baseUrl}${UPLOAD}`, async ({ request }) => {
        received.push(new Uint8Array(await request.arrayBuffer()));
        return HttpResponse.json({ ok: true });
      }),
    );
    const bytes = Uint8Array.from({ length: 256 }, (_, index) => index);
    const { response } = await sdk.api<UploadPaths>().POST(UPLOAD, {
      body: bytes,
      bodySerializer: (body) => body,
      headers: { "Content-Type": "application/octet-stream" },
    });
    expect(response.status).toBe(200);
    expect(received).toHaveLength(1);
    expect(received[0]?.byteLength).toBe(256);
    expect([...(received[0] ?? [])]).toEqual([...bytes]);
  });

  it("runs openapi-fetch middleware around the pipeline: before the token, after the resend", async () => {
    const { w, sdk, self } = policyWorld();
    const api = sdk.api<paths>();
    const seen: { authorization: string | null; status?: number }[] = [];
    api.use({
      onRequest: ({ request }) => {
        seen.push({ authorization: request.headers.get("authorization") });
      },
      onResponse: ({ response }) => {
        seen.push({ authorization: null, status: response.status });
      },
    });
    await api.GET(POLICY);
    await w.client().oauth.setClientScopes(self.client_id, ["policy:read"]);
    await api.GET(POLICY);
    expect(seen).toEqual([
      { authorization: null },
      { authorization: null, status: 200 },
      { authorization: null },
      { authorization: null, status: 200 },
    ]);
    expect(tokensOf(w, self.client_id)).toBe(2);
  });
});
