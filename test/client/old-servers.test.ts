import { describe, expect, it } from "vitest";
import { FidesUnsupportedOperationError } from "../../src/errors.js";
import { TOKEN_PATH, useMsw, world } from "./fixtures.js";

const server = useMsw();

describe.each(["2.75.0", "2.81.1"])("a Fides %s server, found by reading /health once", (serverVersion) => {
  it("creates clients with the bare-array body of its era", async () => {
    const w = world(server, { serverVersion });
    const sdk = w.client();
    const first = await sdk.oauth.createClient(["policy:read"]);
    await sdk.oauth.createClient([]);
    expect(w.fides.clients().find((c) => c.client_id === first.client_id)?.scopes).toEqual(["policy:read"]);
    expect(w.count("/health")).toBe(1);
  });

  it("refuses the operations it lacks before sending them, naming Fides 2.82.0", async () => {
    const w = world(server, { serverVersion });
    const sdk = w.client();
    for (const call of [
      () => sdk.oauth.listClients(),
      () => sdk.oauth.getClient("a"),
      () => sdk.oauth.updateClient("a", { name: "b" }),
      () => sdk.oauth.rotateClientSecret("a"),
    ]) {
      const error = await call().catch((e: unknown) => e);
      expect(error).toBeInstanceOf(FidesUnsupportedOperationError);
      expect(error).toMatchObject({ requiredVersion: "2.82.0", serverVersion });
    }
    await expect(sdk.oauth.createClient([], { name: "x" })).rejects.toThrow(
      `a client name or description needs Fides 2.82.0 or later; the server is Fides ${serverVersion}`,
    );
    // The token is asked for while /health is read (issue 9: two round trips on a cold client,
    // not three); no refused operation is ever sent.
    expect(
      w.fides
        .requests()
        .map((r) => r.path)
        .filter((path) => path !== TOKEN_PATH),
    ).toEqual(["/health"]);
    expect(w.count(TOKEN_PATH)).toBeLessThanOrEqual(1);
  });

  it("still serves the operations it has", async () => {
    const w = world(server, { serverVersion });
    const sdk = w.client();
    const { client_id } = await sdk.oauth.createClient(["policy:read"]);
    await sdk.oauth.setClientScopes(client_id, ["rule:read"]);
    expect(await sdk.oauth.getClientScopes(client_id)).toEqual(["rule:read"]);
    await sdk.oauth.deleteClient(client_id);
    expect((await sdk.oauth.listScopes()).length).toBeLessThan(130);
  });

  it("refuses a scope it does not know yet as invalid_scope, naming it", async () => {
    const w = world(server, { serverVersion });
    const error = await w
      .client()
      .oauth.createClient(["policy:read", "correspondence:read"])
      .catch((e: unknown) => e);
    expect(error).toMatchObject({
      name: "FidesForbiddenError",
      reason: "invalid_scope",
      invalidScopes: ["correspondence:read"],
    });
    expect((error as Error).message).toContain('does not know the scope(s) "correspondence:read"');
  });
});

describe("old servers' tokens", () => {
  it("assume tokenLifetimeMinutes when the server sends no expires_in", async () => {
    const w = world(server, { serverVersion: "2.75.0" });
    const sdk = w.client({ serverVersion: "2.75.0", tokenLifetimeMinutes: 60 });
    const first = await sdk.oauth.getAccessToken();
    w.clock.advance(59 * 60_000);
    expect(await sdk.oauth.getAccessToken()).toBe(first);
    w.clock.advance(60_000 - 5_000);
    expect(await sdk.oauth.getAccessToken()).not.toBe(first);
    expect(w.count(TOKEN_PATH)).toBe(2);
  });
});

describe("a current server found by reading /health", () => {
  it("reads /health once for many concurrent version-dependent calls, and never for others", async () => {
    const w = world(server);
    const sdk = w.client();
    await sdk.oauth.listScopes();
    expect(w.count("/health")).toBe(0);
    await Promise.all([
      sdk.oauth.listClients(),
      sdk.oauth.createClient([], { name: "n" }),
      sdk.oauth.listClients(),
    ]);
    expect(w.count("/health")).toBe(1);
  });

  it("skips /health when the version is pinned", async () => {
    const w = world(server);
    await w.client({ serverVersion: "2.84.2" }).oauth.listClients();
    expect(w.count("/health")).toBe(0);
  });
});
