/** `serverVersion`: docs/emulator.md, "Versions". */
import { describe, expect, it } from "vitest";
import { SCOPES } from "../../src/scopes.js";
import { createFidesEmulatorCore } from "../../src/testing/emulator.js";
import { ADAPTERS, call, requestToken, rootToken, tokenWith, useEmulator } from "./harness.js";

const CLIENT = "/api/v1/oauth/client";
const FOREIGN = "eyJhbGciOiJkaXIiLCJlbmMiOiJBMjU2R0NNIn0..aaaa.bbbb.cccc";
const basicNoColon = `Basic ${Buffer.from("nocolon").toString("base64")}`;

describe.each(ADAPTERS)("serverVersion via $name", (adapter) => {
  describe("2.81.1 (before the client CRUD release)", () => {
    const fides = useEmulator(adapter, { serverVersion: "2.81.1" });

    it("creates from a bare array and refuses an object with 422 list_type", async () => {
      const token = await rootToken(fides);
      expect((await call(fides, "POST", CLIENT, { token, json: ["client:read"] })).status).toBe(200);
      expect((await call(fides, "POST", CLIENT, { token })).status).toBe(200);
      const object = await call(fides, "POST", CLIENT, { token, json: { scopes: [] } });
      expect(object.body).toEqual({
        detail: [{ type: "list_type", loc: ["body"], msg: "Input should be a valid list" }],
      });
    });

    it("answers the missing endpoints as the real routing does", async () => {
      const token = await rootToken(fides);
      expect((await call(fides, "GET", CLIENT, { token })).body).toEqual({ detail: "Item not found" });
      expect((await call(fides, "GET", `${CLIENT}/abc`, { token })).body).toEqual({
        detail: "Item not found",
      });
      const put = await call(fides, "PUT", `${CLIENT}/abc`, { token, json: {} });
      expect([put.status, put.body]).toEqual([405, { detail: "Method Not Allowed" }]);
      const rotate = await call(fides, "POST", `${CLIENT}/abc/secret`, { token });
      expect([rotate.status, rotate.body]).toEqual([405, { detail: "Method Not Allowed" }]);
    });

    it("does not hide the root client: its scope read is [] (as on a real 2.78.2), DELETE is a 500, a second PUT scope is a 500", async () => {
      const token = await rootToken(fides);
      const root = fides.emulator.rootClientId;
      expect((await call(fides, "GET", `${CLIENT}/${root}/scope`, { token })).body).toEqual([]);
      expect((await call(fides, "DELETE", `${CLIENT}/${root}`, { token })).status).toBe(500);
      expect((await call(fides, "PUT", `${CLIENT}/${root}/scope`, { token, json: [] })).status).toBe(200);
      const second = await call(fides, "PUT", `${CLIENT}/${root}/scope`, { token, json: [] });
      expect([second.status, second.text]).toEqual([500, "Internal Server Error"]);
    });

    it("has the 127-scope registry, no x-request-id, and the data_steward role", async () => {
      const token = await rootToken(fides);
      const scopes = await call(fides, "GET", "/api/v1/oauth/scope", { token });
      expect(scopes.body).toEqual(
        SCOPES.filter(
          (s) =>
            ![
              "correspondence:send",
              "correspondence:read",
              "notification:read",
              "notification:update",
            ].includes(s),
        ),
      );
      expect(scopes.headers.get("x-request-id")).toBeNull();
      expect(Object.keys((await call(fides, "GET", "/api/v1/oauth/role", { token })).body)).toContain(
        "data_steward",
      );
    });

    it("answers 403 for a well-formed token it cannot decrypt (joserfc)", async () => {
      expect((await call(fides, "GET", "/api/v1/oauth/scope", { token: FOREIGN })).status).toBe(403);
    });
  });

  describe("2.79.0 (python-jose)", () => {
    const fides = useEmulator(adapter, { serverVersion: "2.79.0" });
    it("crashes into a 500 on a well-formed token it cannot decrypt, and still 403s a garbled one", async () => {
      const answer = await call(fides, "GET", "/api/v1/oauth/scope", { token: FOREIGN });
      expect([answer.status, answer.text]).toEqual([500, "Internal Server Error"]);
      expect((await call(fides, "GET", "/api/v1/oauth/scope", { token: "garbled" })).status).toBe(403);
    });
    it("has no data_steward role", async () => {
      const roles = await call(fides, "GET", "/api/v1/oauth/role", { token: await rootToken(fides) });
      expect(Object.keys(roles.body)).not.toContain("data_steward");
    });
  });

  describe("2.78.1 (before expires_in)", () => {
    const fides = useEmulator(adapter, { serverVersion: "2.78.1", tokenLifetimeMinutes: 10 });
    it("answers access_token and token_type only, and still expires tokens after the lifetime", async () => {
      const answer = await requestToken(fides, {
        client_id: "fidesadmin",
        client_secret: "fidesadminsecret",
      });
      expect(Object.keys(answer.body)).toEqual(["access_token", "token_type"]);
      fides.emulator.advanceTime(10 * 60_000 + 1);
      expect(
        (await call(fides, "GET", "/api/v1/oauth/scope", { token: answer.body.access_token })).status,
      ).toBe(403);
    });
    it("reports cache skipped on /health", async () => {
      expect((await call(fides, "GET", "/health")).body).toEqual({
        webserver: "healthy",
        version: "2.78.1",
        cache: "skipped",
      });
    });
  });

  describe("2.77.0 (older FastAPI)", () => {
    const fides = useEmulator(adapter, { serverVersion: "2.77.0" });
    it("reports cache healthy and the old malformed-Basic detail", async () => {
      expect((await call(fides, "GET", "/health")).body.cache).toBe("healthy");
      const answer = await call(fides, "POST", "/api/v1/oauth/token", {
        headers: { authorization: basicNoColon },
      });
      expect([answer.status, answer.body]).toEqual([401, { detail: "Invalid authentication credentials" }]);
      expect(answer.headers.get("www-authenticate")).toBe("Basic");
    });
  });

  describe("2.75.0 (before token_type)", () => {
    const fides = useEmulator(adapter, { serverVersion: "2.75.0" });
    it("answers access_token only", async () => {
      const answer = await requestToken(fides, {
        client_id: "fidesadmin",
        client_secret: "fidesadminsecret",
      });
      expect(Object.keys(answer.body)).toEqual(["access_token"]);
    });
  });

  describe("2.69.0 (before the security release)", () => {
    const fides = useEmulator(adapter, { serverVersion: "2.69.0" });
    it("answers an invalid scope with 422 and the Invalid Scope detail", async () => {
      const answer = await call(fides, "POST", CLIENT, { token: await rootToken(fides), json: ["nope"] });
      expect(answer.status).toBe(422);
      expect(answer.body.detail.startsWith("Invalid Scope. Scopes must be one of ['config:read', ")).toBe(
        true,
      );
    });
    it("has no privilege-escalation check", async () => {
      const answer = await call(fides, "POST", CLIENT, {
        token: await tokenWith(fides, "client:create"),
        json: ["storage:delete"],
      });
      expect(answer.status).toBe(200);
    });
  });

  describe("2.69.1 (the security release)", () => {
    const fides = useEmulator(adapter, { serverVersion: "2.69.1" });
    it("answers an invalid scope with 403 and checks privileges", async () => {
      expect(
        (await call(fides, "POST", CLIENT, { token: await rootToken(fides), json: ["nope"] })).status,
      ).toBe(403);
      const answer = await call(fides, "POST", CLIENT, {
        token: await tokenWith(fides, "client:create"),
        json: ["storage:delete"],
      });
      expect(answer.status).toBe(403);
    });
  });

  describe("2.30.0 (before the scope-naming detail)", () => {
    const fides = useEmulator(adapter, { serverVersion: "2.30.0" });
    it("answers an insufficient scope with the bare detail", async () => {
      const answer = await call(fides, "POST", CLIENT, { token: await tokenWith(fides, "client:read") });
      expect([answer.status, answer.body]).toEqual([403, { detail: "Not Authorized for this action" }]);
    });
  });
});

describe("serverVersion validation", () => {
  it("refuses a malformed version with a coded TypeError naming the option", () => {
    expect(() => createFidesEmulatorCore({ serverVersion: "latest" })).toThrowError(
      expect.objectContaining({
        name: "EmulatorArgumentError",
        code: "ERR_INVALID_ARG_VALUE",
        message: expect.stringContaining('"options.serverVersion"'),
      }),
    );
  });
  it("refuses fidesops-era versions", () => {
    expect(() => createFidesEmulatorCore({ serverVersion: "1.9.0" })).toThrow(/fidesops/);
  });
  it("refuses a rate limit on a version that had none", () => {
    expect(() => createFidesEmulatorCore({ serverVersion: "2.69.0", rateLimit: true })).toThrow(
      /"options.rateLimit"/,
    );
  });
  it("accepts a pre-release suffix", () => {
    expect(createFidesEmulatorCore({ serverVersion: "2.84.1b1" }).serverVersion).toBe("2.84.1b1");
  });
});
