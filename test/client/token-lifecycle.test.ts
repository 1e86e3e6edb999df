import { HttpResponse, http } from "msw";
import { describe, expect, it, vi } from "vitest";
import { FidesClient } from "../../src/client.js";
import { MemoryTokenStore, type StoredToken } from "../../src/token-store.js";
import {
  DAY_MS,
  deferred,
  recordingLogger,
  settle,
  TOKEN_PATH,
  useMsw,
  type World,
  world,
} from "./fixtures.js";

const server = useMsw();
const MINUTE = 60_000;
const EIGHT_DAYS = 8 * DAY_MS;

function tokensOf(w: World, clientId: string): number {
  return w.fides.tokens().filter((token) => token.client_id === clientId).length;
}

describe("acquiring the token", () => {
  it("sends form-encoded client_credentials with an explicit Content-Type and follows no redirect", async () => {
    const seen: { type: string | null; body: string }[] = [];
    let followed = false;
    server.use(
      http.post("https://fides.test/api/v1/oauth/token", async ({ request }) => {
        seen.push({ type: request.headers.get("content-type"), body: await request.text() });
        return new HttpResponse(null, { status: 307, headers: { Location: "https://evil.test/steal" } });
      }),
      http.all("https://evil.test/*", () => {
        followed = true;
        return HttpResponse.json({});
      }),
    );
    const sdk = new FidesClient({
      baseUrl: "https://fides.test",
      clientId: "me",
      clientSecret: "s3cr3t",
      maxRetries: 0,
    });
    await expect(sdk.oauth.getAccessToken()).rejects.toMatchObject({ name: "FidesApiError", status: 307 });
    expect(followed).toBe(false);
    expect(seen).toEqual([
      {
        type: "application/x-www-form-urlencoded",
        body: "grant_type=client_credentials&client_id=me&client_secret=s3cr3t",
      },
    ]);
  });

  it("is lazy: constructing a client sends nothing", async () => {
    const w = world(server);
    w.client();
    await settle();
    expect(w.fides.requests()).toEqual([]);
  });

  it("shares one token request between 1,000 concurrent first calls", async () => {
    const w = world(server);
    const sdk = w.client();
    const results = await Promise.all(Array.from({ length: 1000 }, () => sdk.oauth.listScopes()));
    expect(results).toHaveLength(1000);
    expect(w.count(TOKEN_PATH)).toBe(1);
  });

  it("reuses a token from a shared store instead of requesting one", async () => {
    const w = world(server);
    const store = new MemoryTokenStore();
    const first = await w.client({ tokenStore: store }).oauth.getAccessToken();
    const second = await w.client({ tokenStore: store }).oauth.getAccessToken();
    expect(second).toBe(first);
    expect(w.count(TOKEN_PATH)).toBe(1);
  });

  it("keys the store by base URL, client id and a hash of the secret, never the secret", async () => {
    const w = world(server);
    const keys: string[] = [];
    const store = {
      get: async () => undefined,
      set: async (key: string, _token: StoredToken) => {
        keys.push(key);
      },
      delete: async () => {},
    };
    await w.client({ tokenStore: store }).oauth.getAccessToken();
    await settle();
    expect(keys).toHaveLength(1);
    expect(keys[0]).toMatch(/^fides-sdk:v2:21:http:\/\/localhost:8080:10:fidesadmin:[0-9a-f]{32}$/);
    expect(keys[0]).not.toContain("fidesadminsecret");
  });
});

describe("refreshing the 8-day token Fides issues by default", () => {
  it("uses the cached token until the refresh window, which opens at most an hour before expiry", async () => {
    const w = world(server);
    const sdk = w.client();
    const first = await sdk.oauth.getAccessToken();
    w.clock.advance(EIGHT_DAYS - 61 * MINUTE);
    expect(await sdk.oauth.getAccessToken()).toBe(first);
    await settle();
    expect(w.count(TOKEN_PATH)).toBe(1);
  });

  it("inside the window, answers with the cached token and refreshes once in the background", async () => {
    const w = world(server);
    const sdk = w.client();
    const first = await sdk.oauth.getAccessToken();
    w.clock.advance(EIGHT_DAYS - 29 * MINUTE);
    const during = await Promise.all(Array.from({ length: 100 }, () => sdk.oauth.getAccessToken()));
    expect(new Set(during)).toEqual(new Set([first]));
    // The background refresh goes through MSW's interceptor: wait for it, bounded, not a fixed number of turns.
    await vi.waitFor(() => expect(w.count(TOKEN_PATH)).toBe(2));
    const next = await sdk.oauth.getAccessToken();
    expect(next).not.toBe(first);
    // The old token's expiry passes without any further token request.
    w.clock.advance(30 * MINUTE);
    await sdk.oauth.listScopes();
    expect(w.count(TOKEN_PATH)).toBe(2);
  });

  it("close to expiry (inside the 30 s leeway), makes every caller wait for one new token", async () => {
    const w = world(server);
    const sdk = w.client();
    const first = await sdk.oauth.getAccessToken();
    w.clock.advance(EIGHT_DAYS - 10_000);
    const after = await Promise.all(
      Array.from({ length: 50 }, () => sdk.oauth.listScopes().then(() => sdk.oauth.getAccessToken())),
    );
    expect(new Set(after).size).toBe(1);
    expect(after[0]).not.toBe(first);
    expect(w.count(TOKEN_PATH)).toBe(2);
    expect(w.fides.requests().filter((r) => r.status !== 200)).toEqual([]);
  });

  it("keeps using the current token when a background refresh fails, and says so in the log", async () => {
    const w = world(server);
    const logger = recordingLogger();
    const sdk = w.client({ logger, maxRetries: 0 });
    const first = await sdk.oauth.getAccessToken();
    w.clock.advance(EIGHT_DAYS - 29 * MINUTE);
    w.fides.failNext(1, 503, { path: TOKEN_PATH });
    expect(await sdk.oauth.getAccessToken()).toBe(first);
    await vi.waitFor(() =>
      expect(logger.lines.some((line) => line.startsWith("warn: background token refresh failed"))).toBe(
        true,
      ),
    );
    await expect(sdk.oauth.listScopes()).resolves.toBeDefined();
  });
});

describe("a server whose tokens live shorter than the client assumes", () => {
  it("re-acquires when an old server (no expires_in) refuses a token the client still thought valid", async () => {
    const w = world(server, { serverVersion: "2.75.0", tokenLifetimeMinutes: 5 });
    const sdk = w.client({ serverVersion: "2.75.0" });
    await sdk.oauth.listScopes();
    w.clock.advance(6 * MINUTE);
    await expect(sdk.oauth.listScopes()).resolves.toContain("scope:read");
    expect(w.count(TOKEN_PATH)).toBe(2);
    expect(w.fides.requests().map((r) => r.status)).toEqual([200, 200, 403, 200, 200]);
  });

  it("uses expires_in when the server sends it, even against a longer configured lifetime", async () => {
    const w = world(server, { tokenLifetimeMinutes: 60 });
    const sdk = w.client({ tokenLifetimeMinutes: 11_520 });
    const first = await sdk.oauth.getAccessToken();
    w.clock.advance(60 * MINUTE - 5_000);
    expect(await sdk.oauth.getAccessToken()).not.toBe(first);
    expect(w.fides.requests().filter((r) => r.status === 403)).toEqual([]);
  });
});

describe("a refused token", () => {
  it("is dropped and re-acquired once, shared by concurrent callers, after a 401", async () => {
    const w = world(server);
    const sdk = w.client();
    await sdk.oauth.getAccessToken();
    w.fides.failNext(5, 401, { path: "/api/v1/oauth/scope" });
    await Promise.all(Array.from({ length: 5 }, () => sdk.oauth.listScopes()));
    expect(w.count(TOKEN_PATH)).toBe(2);
  });

  it("is thrown when the resent request fails again", async () => {
    const w = world(server);
    const sdk = w.client();
    w.fides.failNext(2, 401, { path: "/api/v1/oauth/scope" });
    await expect(sdk.oauth.listScopes()).rejects.toMatchObject({
      name: "FidesAuthenticationError",
      status: 401,
    });
    expect(w.count(TOKEN_PATH)).toBe(2);
    expect(w.count("/api/v1/oauth/scope")).toBe(2);
  });

  it("of a deleted client ends in the credentials being rejected", async () => {
    const w = world(server);
    const self = w.fides.addClient({ scopes: ["scope:read"] });
    const sdk = w.client({ clientId: self.client_id, clientSecret: self.client_secret });
    await sdk.oauth.listScopes();
    await w.client().oauth.deleteClient(self.client_id);
    const error = await sdk.oauth.listScopes().catch((e: unknown) => e);
    expect(error).toMatchObject({ name: "FidesAuthenticationError", path: TOKEN_PATH });
    expect((error as Error).message).toContain("the client credentials were rejected");
  });

  it("is not re-acquired when it was a fixed token", async () => {
    const w = world(server);
    const sdk = w.client({ clientId: undefined, clientSecret: undefined, accessToken: "garbled" } as never);
    await expect(sdk.oauth.listScopes()).rejects.toMatchObject({
      name: "FidesForbiddenError",
      reason: "not_authorized",
    });
    expect(w.count(TOKEN_PATH)).toBe(0);
  });
});

describe("a refusal that arrives after a newer token", () => {
  it("drops only the token that was refused, never the newer one", async () => {
    const issued = ["A", "B", "C"];
    let tokenRequests = 0;
    const gate = deferred();
    let refusalsOfA = 0;
    server.use(
      http.post("https://fides.test/api/v1/oauth/token", () =>
        HttpResponse.json({ access_token: issued[tokenRequests++], token_type: "Bearer", expires_in: 3600 }),
      ),
      http.get("https://fides.test/api/v1/oauth/scope", async ({ request }) => {
        if (request.headers.get("Authorization") !== "Bearer A") return HttpResponse.json([]);
        // The second request sent with A is refused only after the first has been resent with B.
        if (++refusalsOfA === 2) await gate.promise;
        return HttpResponse.json({ detail: "Not Authorized for this action" }, { status: 403 });
      }),
    );
    const sdk = new FidesClient({
      baseUrl: "https://fides.test",
      clientId: "me",
      clientSecret: "s3cr3t",
      serverVersion: "2.84.2",
    });
    expect(await sdk.oauth.getAccessToken()).toBe("A");
    const first = sdk.oauth.listScopes();
    const second = sdk.oauth.listScopes();
    await first;
    expect(await sdk.oauth.getAccessToken()).toBe("B");
    gate.resolve();
    await second;
    expect(tokenRequests).toBe(2);
    expect(await sdk.oauth.getAccessToken()).toBe("B");
  });
});

describe("a 403 naming required scopes", () => {
  it("is resent with a fresh token when someone else narrowed the client's scopes", async () => {
    const w = world(server);
    const self = w.fides.addClient({ scopes: ["client:read", "scope:read"] });
    const sdk = w.client({ clientId: self.client_id, clientSecret: self.client_secret });
    await sdk.oauth.listScopes();
    await w.client().oauth.setClientScopes(self.client_id, ["scope:read"]);
    await expect(sdk.oauth.listScopes()).resolves.toHaveLength(131);
    expect(tokensOf(w, self.client_id)).toBe(2);
  });

  it("costs one extra token request per five minutes when the scope is really missing", async () => {
    const w = world(server);
    const self = w.fides.addClient({ scopes: ["scope:read"] });
    const sdk = w.client({ clientId: self.client_id, clientSecret: self.client_secret });
    const error = await sdk.oauth.listClients().catch((e: unknown) => e);
    expect(error).toMatchObject({
      name: "FidesForbiddenError",
      reason: "insufficient_scope",
      requiredScopes: ["client:read"],
    });
    expect((error as Error).message).toContain("a freshly acquired token was refused too");
    expect(tokensOf(w, self.client_id)).toBe(2);

    await expect(sdk.oauth.listClients()).rejects.toMatchObject({ reason: "insufficient_scope" });
    await expect(sdk.oauth.getClient(self.client_id)).rejects.toMatchObject({ reason: "insufficient_scope" });
    expect(tokensOf(w, self.client_id)).toBe(2);

    // An admin grants the scope; it is picked up once the memo lapses.
    await w.client().oauth.setClientScopes(self.client_id, ["scope:read", "client:read"]);
    await expect(sdk.oauth.listClients()).rejects.toMatchObject({ reason: "insufficient_scope" });
    w.clock.advance(5 * MINUTE + 1);
    await expect(sdk.oauth.listClients()).resolves.toMatchObject({ total: 1 });
    expect(tokensOf(w, self.client_id)).toBe(3);
  });
});
