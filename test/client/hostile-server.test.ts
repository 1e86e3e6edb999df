// Issue 10 (client half) and issue 9 item 6: what a hostile or slow server cannot make the
// client do. Only the network is mocked (MSW); held answers are deferred promises, never sleeps.
import { HttpResponse, http } from "msw";
import { describe, expect, it } from "vitest";
import { FidesClient } from "../../src/client.js";
import { deferred, failure, TOKEN_PATH, useMsw, world } from "./fixtures.js";

const server = useMsw();
const ELSEWHERE = "https://elsewhere.test";

describe("redirects, on every request", () => {
  it("does not follow a create's 307 to another origin, and names only that origin", async () => {
    const w = world(server);
    const sdk = w.client({ serverVersion: "2.84.2" });
    const stolen: string[] = [];
    server.use(
      http.post(`${w.fides.baseUrl}/api/v1/oauth/client`, () =>
        HttpResponse.text("", {
          status: 307,
          headers: { Location: `${ELSEWHERE}/steal/client?token=abc#frag` },
        }),
      ),
      http.all(`${ELSEWHERE}/*`, ({ request }) => {
        stolen.push(request.url);
        return HttpResponse.json({ client_id: "fake", client_secret: "fake" });
      }),
    );
    const error = await failure(sdk.oauth.createClient(["policy:read"]));
    expect(error).toMatchObject({ name: "FidesApiError", status: 307, operation: "createClient" });
    expect(error.message).toBe(
      `POST /api/v1/oauth/client failed with 307: the server redirected to ${ELSEWHERE}, and the SDK never follows a redirect`,
    );
    expect(error.message).not.toContain("steal");
    expect(stolen).toEqual([]);
  });

  it.each([
    ["the token request", TOKEN_PATH, "post", (sdk: FidesClient) => sdk.oauth.getAccessToken()],
    ["a read", "/api/v1/oauth/scope", "get", (sdk: FidesClient) => sdk.oauth.listScopes()],
    ["the version lookup", "/health", "get", (sdk: FidesClient) => sdk.health()],
  ] as const)("does not follow a redirect on %s", async (_case, path, method, call) => {
    const w = world(server);
    const sdk = w.client();
    if (path !== TOKEN_PATH) await sdk.oauth.getAccessToken();
    const followed: string[] = [];
    server.use(
      http[method](`${w.fides.baseUrl}${path}`, () =>
        HttpResponse.text("", { status: 302, headers: { Location: "/elsewhere/on/the/same/host" } }),
      ),
      http.all(`${w.fides.baseUrl}/elsewhere/*`, ({ request }) => {
        followed.push(request.url);
        return HttpResponse.json({});
      }),
    );
    const error = await failure(call(sdk));
    expect(error).toMatchObject({ name: "FidesApiError", status: 302 });
    expect(error.message).toContain(`redirected to ${w.fides.baseUrl}, and the SDK never follows a redirect`);
    expect(followed).toEqual([]);
  });
});

describe("fewer round trips on a cold client", () => {
  it("asks for the token while GET /health is still unanswered", async () => {
    const w = world(server);
    const sdk = w.client();
    const healthHeld = deferred();
    const healthAsked = deferred();
    const tokenAsked = deferred();
    let healthAnswered = false;
    server.use(
      // Both fall through to the emulator once they have noted the request.
      http.get(`${w.fides.baseUrl}/health`, async () => {
        healthAsked.resolve();
        await healthHeld.promise;
        healthAnswered = true;
      }),
      http.post(`${w.fides.baseUrl}${TOKEN_PATH}`, () => {
        tokenAsked.resolve();
      }),
    );
    const created = sdk.oauth.createClient(["policy:read"], { name: "cold" });
    await healthAsked.promise;
    await tokenAsked.promise;
    expect(healthAnswered).toBe(false);
    healthHeld.resolve();
    await expect(created).resolves.toMatchObject({ client_id: expect.any(String) });
    expect(w.count("/health")).toBe(1);
    expect(w.count(TOKEN_PATH)).toBe(1);
  });
});

describe("timeoutMs bounds the whole call", () => {
  it("includes the wait for a slow token request", async () => {
    const w = world(server);
    const release = deferred();
    w.fides.failNext(1, { kind: "delay", until: release.promise }, { path: TOKEN_PATH });
    const error = await failure(w.client().oauth.listScopes({ timeoutMs: 30 }));
    expect(error).toMatchObject({ name: "FidesTimeoutError", timeoutMs: 30, operation: "listScopes" });
    expect(error.message).toBe(
      "GET /api/v1/oauth/scope timed out after 30 ms while waiting for an access token",
    );
    release.resolve();
  });

  it("includes the wait for a slow version lookup", async () => {
    const w = world(server);
    const release = deferred();
    w.fides.failNext(1, { kind: "delay", until: release.promise }, { path: "/health" });
    const error = await failure(w.client().oauth.listClients(undefined, { timeoutMs: 30 }));
    expect(error).toMatchObject({ name: "FidesTimeoutError", operation: "listClients" });
    expect(error.message).toContain("while waiting for the server's version");
    release.resolve();
  });

  it("fails at once with FidesRateLimitError when Retry-After is longer than the time left", async () => {
    const w = world(server);
    const sdk = w.client({ timeoutMs: 10_000 });
    await sdk.oauth.getAccessToken();
    w.fides.failNext(
      1,
      { kind: "status", status: 429, retryAfterSeconds: 45 },
      {
        path: "/api/v1/oauth/scope",
      },
    );
    // Were it to sleep 45 s, this test would time out.
    const error = await failure(sdk.oauth.listScopes());
    expect(error).toMatchObject({
      name: "FidesRateLimitError",
      retryAfterMs: 45_000,
      operation: "listScopes",
    });
    expect(w.count("/api/v1/oauth/scope")).toBe(1);
  });
});

describe("ids that cannot leave their route", () => {
  it.each([".", "..", "%2e", "%2E%2e", "%252e%252E", "%2525252e"])(
    "refuses the id %j before sending anything",
    async (id) => {
      const w = world(server);
      const sdk = w.client();
      for (const call of [
        () => sdk.oauth.getClientScopes(id),
        () => sdk.oauth.getClient(id),
        () => sdk.oauth.deleteClient(id),
        () => sdk.oauth.setClientScopes(id, []),
        () => sdk.oauth.rotateClientSecret(id),
        () => sdk.oauth.updateClient(id, { name: "x" }),
      ]) {
        const error = await failure(call());
        expect(error).toBeInstanceOf(TypeError);
        expect(error).toMatchObject({
          code: "ERR_INVALID_ARG_VALUE",
          message: '"id" must not be "." or ".." (or decode to them): it would leave its route',
        });
      }
      expect(w.fides.requests()).toEqual([]);
    },
  );

  it.each([
    ["a/b", "a%2Fb"],
    ["%2F..%2F", "%252F..%252F"],
    ["../scope", "..%2Fscope"],
    ["a?b#c", "a%3Fb%23c"],
  ])("sends the id %j as one path segment (%s)", async (id, segment) => {
    const w = world(server);
    const sdk = w.client();
    await sdk.oauth.getAccessToken();
    const seen: string[] = [];
    server.use(
      http.get(`${w.fides.baseUrl}/api/v1/oauth/client/:id/scope`, ({ request }) => {
        seen.push(new URL(request.url).pathname);
        return HttpResponse.json([]);
      }),
    );
    await expect(sdk.oauth.getClientScopes(id)).resolves.toEqual([]);
    expect(seen).toEqual([`/api/v1/oauth/client/${segment}/scope`]);
  });
});

describe("a token no header can carry", () => {
  it("from a shared store is a miss: never sent, never quoted, replaced by a token of the client's own", async () => {
    const w = world(server);
    const bad = "tok\r\nX-Injected: 1";
    const store = {
      get: async () => ({ accessToken: bad, obtainedAt: w.clock.ms, expiresAt: w.clock.ms + 86_400_000 }),
      set: async () => {},
      delete: async () => {},
    };
    const warnings: string[] = [];
    const logger = {
      debug: () => {},
      info: () => {},
      warn: (m: string) => warnings.push(m),
      error: () => {},
    };
    await expect(w.client({ tokenStore: store, logger }).oauth.listScopes()).resolves.toContain(
      "client:read",
    );
    // The stored value was passed over: one token request of the client's own, then the call.
    expect(w.fides.requests().map((r) => r.path)).toEqual([TOKEN_PATH, "/api/v1/oauth/scope"]);
    expect(warnings.join(" ")).not.toContain("Injected");
  });
});

describe("a custom fetch that ignores init.signal", () => {
  it("still cannot hold a call past its timeoutMs", async () => {
    const never = deferred<Response>();
    const sdk = new FidesClient({
      baseUrl: "https://fides.test",
      accessToken: "fixed",
      serverVersion: "2.84.2",
      fetch: () => never.promise,
    });
    const error = await failure(sdk.oauth.listScopes({ timeoutMs: 20 }));
    expect(error).toMatchObject({ name: "FidesTimeoutError", timeoutMs: 20 });
  });
});
