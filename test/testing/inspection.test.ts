/** The emulator's test controls: inspection, seeding, the clock, reset, option checks, secrecy. */
import { setupServer } from "msw/node";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createFidesEmulator } from "../../src/testing/adapters/msw.js";
import { createFidesEmulatorCore } from "../../src/testing/emulator.js";
import { ADAPTERS, call, requestToken, rootToken, tokenFor, useEmulator } from "./harness.js";

describe.each(ADAPTERS)("inspection via $name", (adapter) => {
  const fides = useEmulator(adapter, { now: () => 1_700_000_000_000 });

  it("logs method, path and status, never query strings, headers or bodies", async () => {
    const token = await rootToken(fides);
    await call(fides, "GET", "/api/v1/oauth/client?page=1&size=secretish", { token });
    const log = fides.emulator.requests();
    expect(log.map(({ method, path, status }) => ({ method, path, status }))).toEqual([
      { method: "POST", path: "/api/v1/oauth/token", status: 200 },
      { method: "GET", path: "/api/v1/oauth/client", status: 422 },
    ]);
    expect(JSON.stringify(log)).not.toContain("secretish");
    expect(JSON.stringify(log)).not.toContain(token);
  });

  it("shows clients and tokens without secrets or token text", async () => {
    const created = await call(fides, "POST", "/api/v1/oauth/client", {
      token: await rootToken(fides),
      json: { name: "n" },
    });
    const token = await tokenFor(fides, created.body.client_id, created.body.client_secret);
    const shown = JSON.stringify([
      fides.emulator.clients(),
      fides.emulator.tokens(),
      fides.emulator.requests(),
    ]);
    expect(shown).not.toContain(created.body.client_secret);
    expect(shown).not.toContain(token);
    expect(shown).not.toContain("fidesadminsecret");
    expect(fides.emulator.clients()).toEqual([
      {
        clientId: created.body.client_id,
        name: "n",
        description: null,
        scopes: [],
        roles: [],
        createdAt: 1_700_000_000_000,
        client_id: created.body.client_id,
        created_at: 1_700_000_000_000,
      },
    ]);
    expect(fides.emulator.tokens()[1]).toEqual({
      clientId: created.body.client_id,
      scopes: [],
      roles: [],
      issuedAt: 1_700_000_000_000,
      expiresAt: 1_700_000_000_000 + 11520 * 60_000,
      client_id: created.body.client_id,
      issued_at: 1_700_000_000_000,
      expires_at: 1_700_000_000_000 + 11520 * 60_000,
    });
  });

  it("names every field of its JS API in camelCase, keeping each old snake_case name as a copy", async () => {
    const added = fides.emulator.addClient({ clientId: "ci", clientSecret: "cs" });
    await tokenFor(fides, "ci", "cs");
    expect(added).toEqual({ clientId: "ci", clientSecret: "cs", client_id: "ci", client_secret: "cs" });
    const [client] = fides.emulator.clients();
    const [token] = fides.emulator.tokens();
    expect([client?.clientId, client?.createdAt, token?.clientId, token?.issuedAt, token?.expiresAt]).toEqual(
      ["ci", 1_700_000_000_000, "ci", 1_700_000_000_000, 1_700_000_000_000 + 11520 * 60_000],
    );
    // The deprecated names survive what old code does with the views: JSON, another process.
    const copied = JSON.parse(JSON.stringify([client, token]));
    expect([copied[0].client_id, copied[0].created_at, copied[1].client_id, copied[1].expires_at]).toEqual([
      "ci",
      1_700_000_000_000,
      "ci",
      1_700_000_000_000 + 11520 * 60_000,
    ]);
  });

  it("keeps the root secret readable but out of enumeration", () => {
    expect(fides.emulator.rootClientSecret).toBe("fidesadminsecret");
    expect(Object.keys(fides.emulator)).not.toContain("rootClientSecret");
    expect(JSON.stringify(fides.emulator)).not.toContain("fidesadminsecret");
  });

  it("seeds clients with fixed credentials and roles", async () => {
    fides.emulator.addClient({ clientId: "ci", clientSecret: "cs", roles: ["viewer"], name: "seeded" });
    const token = await tokenFor(fides, "ci", "cs");
    expect((await call(fides, "GET", "/api/v1/oauth/scope", { token })).status).toBe(200);
    expect(fides.emulator.tokens()[0]?.roles).toEqual(["viewer"]);
  });

  it("refuses bad seeds with a coded TypeError naming the field", () => {
    expect(() => fides.emulator.addClient({ scopes: ["client:reed"] })).toThrowError(
      expect.objectContaining({
        code: "ERR_INVALID_ARG_VALUE",
        message: expect.stringContaining('"client:reed"'),
      }),
    );
    // biome-ignore lint/suspicious/noExplicitAny: misuse from untyped code is the point
    expect(() => fides.emulator.addClient({ roles: ["admin" as any] })).toThrow(/"options.roles"/);
    expect(() => fides.emulator.addClient({ clientId: "fidesadmin" })).toThrow(/already in use/);
  });

  it("moves its clock with advanceTime and resets everything", async () => {
    fides.emulator.addClient();
    await requestToken(fides, { client_id: "fidesadmin", client_secret: "fidesadminsecret" });
    fides.emulator.advanceTime(5_000);
    expect(fides.emulator.now()).toBe(1_700_000_005_000);
    fides.emulator.reset();
    expect([fides.emulator.clients(), fides.emulator.tokens(), fides.emulator.requests()]).toEqual([
      [],
      [],
      [],
    ]);
    expect(fides.emulator.now()).toBe(1_700_000_000_000);
  });

  it("forgets tokens on reset, so old ones get 403", async () => {
    const token = await rootToken(fides);
    fides.emulator.reset();
    expect((await call(fides, "GET", "/api/v1/oauth/scope", { token })).status).toBe(403);
  });
});

describe("options", () => {
  it.each([
    [{ baseUrl: "not a url" }, '"options.baseUrl"'],
    [{ baseUrl: "ftp://x" }, '"options.baseUrl"'],
    [{ tokenLifetimeMinutes: 0 }, '"options.tokenLifetimeMinutes"'],
    [{ rootClientId: "" }, '"options.rootClientId"'],
    [{ now: 5 }, '"options.now"'],
    [{ rateLimit: { limit: 0 } }, '"options.rateLimit.limit"'],
  ])("refuses %j naming the option", (options, name) => {
    // biome-ignore lint/suspicious/noExplicitAny: misuse from untyped code is the point
    expect(() => createFidesEmulatorCore(options as any)).toThrow(name);
  });
});

describe("a base URL with a path prefix, through MSW", () => {
  const emulator = createFidesEmulator({ baseUrl: "https://fides.example.test/fides/" });
  const server = setupServer(...emulator.handlers);
  beforeAll(() => server.listen({ onUnhandledRequest: "error" }));
  afterAll(() => server.close());

  it("serves under the prefix and normalises the trailing slash", async () => {
    expect(emulator.baseUrl).toBe("https://fides.example.test/fides");
    const response = await fetch("https://fides.example.test/fides/health");
    expect(response.status).toBe(200);
    expect(emulator.requests()[0]?.path).toBe("/health");
  });

  it("does not take requests outside its base URL", async () => {
    await expect(fetch("https://other.example.test/health")).rejects.toThrow();
  });
});
