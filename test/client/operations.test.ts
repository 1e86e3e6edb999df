import { describe, expect, it } from "vitest";
import { FidesClient } from "../../src/client.js";
import { SCOPES } from "../../src/scopes.js";
import { failure, TOKEN_PATH, useMsw, world } from "./fixtures.js";

const server = useMsw();

describe("every OAuth operation against the emulator (Fides 2.86.2, its default)", () => {
  it("acquires a token with a form-encoded client_credentials request", async () => {
    const w = world(server);
    const token = await w.client().oauth.getAccessToken();
    expect(typeof token).toBe("string");
    expect(w.count(TOKEN_PATH, "POST")).toBe(1);
    expect(w.fides.tokens()).toHaveLength(1);
  });

  it("creates a client with an object body, name and description, and the new credentials work", async () => {
    const w = world(server);
    const sdk = w.client();
    const created = await sdk.oauth.createClient(["policy:read", "rule:read"], {
      name: "reader",
      description: "d",
    });
    expect(Object.keys(created)).toEqual(["client_id", "client_secret"]);
    const stored = await sdk.oauth.getClient(created.client_id);
    expect(stored).toEqual({
      client_id: created.client_id,
      name: "reader",
      description: "d",
      scopes: ["policy:read", "rule:read"],
    });
    const own = w.client({ clientId: created.client_id, clientSecret: created.client_secret });
    await expect(own.oauth.getAccessToken()).resolves.toEqual(expect.any(String));
  });

  it("lists one page of clients and walks every page", async () => {
    const w = world(server, { serverVersion: "2.84.2" });
    for (let i = 0; i < 5; i++) w.fides.addClient({ scopes: ["policy:read"], name: `c${i}` });
    const sdk = w.client();
    const page = await sdk.oauth.listClients({ page: 2, size: 2 });
    expect(page).toMatchObject({ total: 5, page: 2, size: 2, pages: 3 });
    expect(page.items).toHaveLength(2);
    const all: string[] = [];
    for await (const client of sdk.oauth.listAllClients({ size: 2 })) all.push(client.name ?? "");
    expect(all.sort()).toEqual(["c0", "c1", "c2", "c3", "c4"]);
    expect(w.count("/api/v1/oauth/client", "GET")).toBe(4);
  });

  it("walks an empty client list with one request", async () => {
    const w = world(server);
    const seen = [];
    for await (const client of w.client().oauth.listAllClients()) seen.push(client);
    expect(seen).toEqual([]);
  });

  it("updates a client partially, clears its description with null, and replaces its scopes", async () => {
    const w = world(server);
    const { client_id } = w.fides.addClient({ scopes: ["policy:read"], name: "a", description: "keep" });
    const sdk = w.client();
    expect(await sdk.oauth.updateClient(client_id, { name: "b" })).toMatchObject({
      name: "b",
      description: "keep",
    });
    expect(await sdk.oauth.updateClient(client_id, { description: null })).toMatchObject({
      description: null,
    });
    const updated = await sdk.oauth.updateClient(client_id, { scopes: ["rule:read"] });
    expect(updated.scopes).toEqual(["rule:read"]);
  });

  it("deletes a client and resolves to undefined", async () => {
    const w = world(server);
    const { client_id } = w.fides.addClient({ scopes: [] });
    await expect(w.client().oauth.deleteClient(client_id)).resolves.toBeUndefined();
    expect(w.fides.clients().map((c) => c.client_id)).not.toContain(client_id);
  });

  it("rotates a secret: the new one works, the old one no longer does", async () => {
    const w = world(server);
    const old = w.fides.addClient({ scopes: [] });
    const rotated = await w.client().oauth.rotateClientSecret(old.client_id);
    expect(rotated.client_id).toBe(old.client_id);
    expect(rotated.client_secret).not.toBe(old.client_secret);
    await expect(
      w.client({ clientId: old.client_id, clientSecret: rotated.client_secret }).oauth.getAccessToken(),
    ).resolves.toBeTypeOf("string");
    await expect(
      w.client({ clientId: old.client_id, clientSecret: old.client_secret }).oauth.getAccessToken(),
    ).rejects.toMatchObject({ name: "FidesAuthenticationError" });
  });

  it("reads and replaces a client's direct scopes", async () => {
    const w = world(server);
    const { client_id } = w.fides.addClient({ scopes: ["policy:read"] });
    const sdk = w.client();
    expect(await sdk.oauth.getClientScopes(client_id)).toEqual(["policy:read"]);
    await expect(sdk.oauth.setClientScopes(client_id, ["rule:read", "policy:read"])).resolves.toBeUndefined();
    expect(await sdk.oauth.getClientScopes(client_id)).toEqual(["rule:read", "policy:read"]);
  });

  it("lists the server's scopes in registry order and its roles", async () => {
    const w = world(server);
    const sdk = w.client();
    expect(await sdk.oauth.listScopes()).toEqual([...SCOPES]);
    const roles = await sdk.oauth.listRoles();
    expect(Object.keys(roles)).toEqual([
      "owner",
      "viewer_and_approver",
      "viewer",
      "approver",
      "contributor",
      "data_steward",
      "respondent",
      "external_respondent",
    ]);
    expect(roles.respondent).toEqual(["privacy-request:manual-steps:respond", "user:read-own"]);
  });

  it("reads /health without a token", async () => {
    const w = world(server);
    expect(await w.client().health()).toMatchObject({ webserver: "healthy", version: "2.86.2" });
    expect(w.count(TOKEN_PATH)).toBe(0);
  });

  it("works with a fixed access token and never requests one", async () => {
    const w = world(server);
    const token = await w.client().oauth.getAccessToken();
    const fixed = w.client({ clientId: undefined, clientSecret: undefined, accessToken: token } as never);
    expect(await fixed.oauth.getAccessToken()).toBe(token);
    await fixed.oauth.listScopes();
    expect(w.count(TOKEN_PATH)).toBe(1);
  });

  it("serves a base URL with a path prefix", async () => {
    const w = world(server, { baseUrl: "http://localhost:8080/fides" });
    const sdk = w.client({ baseUrl: "http://localhost:8080/fides/" });
    expect((await sdk.health()).version).toBe("2.86.2");
    expect(await sdk.oauth.listScopes()).toHaveLength(SCOPES.length);
  });
});

describe("the client's changes to itself", () => {
  it("drops its cached token when it narrows its own scopes, so the next call uses a fresh token", async () => {
    const w = world(server);
    const self = w.fides.addClient({ scopes: ["client:read", "client:update", "scope:read"] });
    const sdk = w.client({ clientId: self.client_id, clientSecret: self.client_secret });
    await sdk.oauth.setClientScopes(self.client_id, ["client:update", "scope:read"]);
    expect(await sdk.oauth.listScopes()).toHaveLength(SCOPES.length);
    expect(w.count(TOKEN_PATH)).toBe(2);
    // The refused-then-resent dance would show a 403; dropping the token up front avoids it.
    expect(w.fides.requests().filter((r) => r.status === 403)).toHaveLength(0);
  });

  it("adopts its own rotated secret for future token requests", async () => {
    const w = world(server);
    const self = w.fides.addClient({ scopes: ["client:update", "scope:read"] });
    const sdk = w.client({ clientId: self.client_id, clientSecret: self.client_secret });
    await sdk.oauth.rotateClientSecret(self.client_id);
    // Force a new token: the old secret would now be refused with 401.
    await sdk.oauth.setClientScopes(self.client_id, ["client:update", "scope:read"]);
    await expect(sdk.oauth.listScopes()).resolves.toHaveLength(SCOPES.length);
    expect(
      w.fides
        .requests()
        .filter((r) => r.path === TOKEN_PATH)
        .map((r) => r.status),
    ).toEqual([200, 200]);
  });
});

describe("a client created without credentials", () => {
  it("reads /health and sends sdk.fetch without a token", async () => {
    const w = world(server);
    const sdk = new FidesClient({ baseUrl: w.fides.baseUrl });
    expect((await sdk.health()).version).toBe("2.86.2");
    const answer = await sdk.fetch("/api/v1/oauth/scope", { throwOnError: false });
    expect(answer.status).toBe(401);
    expect(w.fides.requests().map((request) => request.path)).toEqual(["/health", "/api/v1/oauth/scope"]);
    expect(w.count(TOKEN_PATH)).toBe(0);
  });

  it("refuses an authenticated method before sending, naming the missing options", async () => {
    const w = world(server);
    const sdk = new FidesClient({ baseUrl: w.fides.baseUrl });
    for (const call of [() => sdk.oauth.createClient(["policy:read"]), () => sdk.oauth.getAccessToken()]) {
      const error = await failure(call());
      expect(error).toBeInstanceOf(TypeError);
      expect(error).toMatchObject({ code: "ERR_MISSING_OPTION", argument: "options.clientId" });
      expect(error.message).toMatch(
        /^"options\.clientId" and "options\.clientSecret" \(or "options\.accessToken"\) are required for (createClient|getAccessToken)/,
      );
    }
    expect(w.fides.requests()).toEqual([]);
  });
});
