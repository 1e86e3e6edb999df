/**
 * Fides's own endpoint tests (`tests/ops/api/v1/endpoints/test_oauth_endpoints.py` in ethyca/fides),
 * ported assertion by assertion and run against both adapters.
 * The peer fixture `generate_auth_header(scopes)` becomes a seeded client holding those scopes.
 */
import { describe, expect, it } from "vitest";
import { SCOPES } from "../../src/scopes.js";
import {
  ADAPTERS,
  call,
  clientWithToken,
  requestToken,
  rootToken,
  tokenFor,
  tokenWith,
  useEmulator,
} from "./harness.js";

const CLIENT = "/api/v1/oauth/client";
const GARBLED = "invalid";

describe.each(ADAPTERS)("peer suite via $name", (adapter) => {
  const fides = useEmulator(adapter);

  describe("create client", () => {
    it("refuses a request without a token with 401", async () => {
      expect((await call(fides, "POST", CLIENT)).status).toBe(401);
    });
    it("refuses a token without client:create with 403", async () => {
      expect(
        (await call(fides, "POST", CLIENT, { token: await tokenWith(fides, "client:read") })).status,
      ).toBe(403);
    });
    it("refuses a token the server cannot read (as one without client-id) with 403", async () => {
      expect((await call(fides, "POST", CLIENT, { token: GARBLED })).status).toBe(403);
    });
    it("refuses an expired token with 403", async () => {
      const token = await tokenWith(fides, "client:create");
      fides.emulator.advanceTime(11520 * 60_000 + 1_000);
      expect((await call(fides, "POST", CLIENT, { token })).status).toBe(403);
    });
    it("creates a client from no body, answering client_id then client_secret", async () => {
      const answer = await call(fides, "POST", CLIENT, { token: await tokenWith(fides, "client:create") });
      expect(answer.status).toBe(200);
      expect(Object.keys(answer.body)).toEqual(["client_id", "client_secret"]);
    });
    it("stores the requested scopes in order", async () => {
      const scopes = ["client:create", "client:delete", "client:read"];
      const answer = await call(fides, "POST", CLIENT, {
        token: await tokenWith(fides, ...scopes),
        json: { scopes },
      });
      expect(answer.status).toBe(200);
      expect(fides.emulator.clients().find((c) => c.client_id === answer.body.client_id)?.scopes).toEqual(
        scopes,
      );
    });
    it("refuses an unknown scope with 403 Invalid Scope", async () => {
      const answer = await call(fides, "POST", CLIENT, {
        token: await tokenWith(fides, "client:create"),
        json: { scopes: ["invalid-scope"] },
      });
      expect(answer.status).toBe(403);
      expect(answer.body.detail.startsWith("Invalid Scope.")).toBe(true);
    });
    it("stores name and description", async () => {
      const answer = await call(fides, "POST", CLIENT, {
        token: await tokenWith(fides, "client:create"),
        json: { name: "Reporting", description: "nightly export" },
      });
      expect(answer.status).toBe(200);
      const stored = fides.emulator.clients().find((c) => c.client_id === answer.body.client_id);
      expect([stored?.name, stored?.description]).toEqual(["Reporting", "nightly export"]);
    });
    it("refuses an empty name with 422", async () => {
      const answer = await call(fides, "POST", CLIENT, {
        token: await tokenWith(fides, "client:create"),
        json: { name: "" },
      });
      expect(answer.status).toBe(422);
    });
    it("lets the root client's form-acquired token create a client", async () => {
      expect((await call(fides, "POST", CLIENT, { token: await rootToken(fides), json: {} })).status).toBe(
        200,
      );
    });
  });

  describe("list clients", () => {
    it("refuses no auth with 401 and a client:create token with 403", async () => {
      expect((await call(fides, "GET", CLIENT)).status).toBe(401);
      expect(
        (await call(fides, "GET", CLIENT, { token: await tokenWith(fides, "client:create") })).status,
      ).toBe(403);
    });
    it("lists items without secrets and without the root client", async () => {
      const { token } = await clientWithToken(fides, ["client:read"]);
      const answer = await call(fides, "GET", CLIENT, { token });
      expect(answer.status).toBe(200);
      expect(answer.body).toHaveProperty("items");
      expect(answer.body).toHaveProperty("total");
      expect(answer.body.items.length).toBeGreaterThan(0);
      for (const item of answer.body.items) {
        expect(Object.keys(item).sort()).toEqual(["client_id", "description", "name", "scopes"]);
      }
      expect(answer.body.items.map((i: { client_id: string }) => i.client_id)).not.toContain(
        fides.emulator.rootClientId,
      );
    });
  });

  describe("get client", () => {
    it("refuses no auth with 401 and a client:create token with 403", async () => {
      expect((await call(fides, "GET", `${CLIENT}/abc`)).status).toBe(401);
      expect(
        (await call(fides, "GET", `${CLIENT}/abc`, { token: await tokenWith(fides, "client:create") }))
          .status,
      ).toBe(403);
    });
    it("answers 404 for an unknown id and for the root id", async () => {
      const token = await tokenWith(fides, "client:read");
      expect((await call(fides, "GET", `${CLIENT}/nonexistent`, { token })).status).toBe(404);
      expect((await call(fides, "GET", `${CLIENT}/${fides.emulator.rootClientId}`, { token })).status).toBe(
        404,
      );
    });
    it("answers exactly client_id, name, description, scopes", async () => {
      const { client_id, token } = await clientWithToken(fides, ["client:read"]);
      const answer = await call(fides, "GET", `${CLIENT}/${client_id}`, { token });
      expect(answer.status).toBe(200);
      expect(Object.keys(answer.body).sort()).toEqual(["client_id", "description", "name", "scopes"]);
    });
  });

  describe("update client", () => {
    it("refuses no auth with 401 and a client:read token with 403", async () => {
      expect((await call(fides, "PUT", `${CLIENT}/abc`, { json: {} })).status).toBe(401);
      const token = await tokenWith(fides, "client:read");
      expect((await call(fides, "PUT", `${CLIENT}/abc`, { token, json: {} })).status).toBe(403);
    });
    it("answers 404 for an unknown id and for the root id", async () => {
      const token = await tokenWith(fides, "client:update");
      expect((await call(fides, "PUT", `${CLIENT}/nonexistent`, { token, json: { name: "x" } })).status).toBe(
        404,
      );
      const root = fides.emulator.rootClientId;
      expect((await call(fides, "PUT", `${CLIENT}/${root}`, { token, json: { name: "x" } })).status).toBe(
        404,
      );
    });
    it("updates the name", async () => {
      const { client_id, token } = await clientWithToken(fides, ["client:update"]);
      const answer = await call(fides, "PUT", `${CLIENT}/${client_id}`, { token, json: { name: "Renamed" } });
      expect(answer.status).toBe(200);
      expect(answer.body.name).toBe("Renamed");
    });
    it("updates the scopes", async () => {
      const { client_id, token } = await clientWithToken(fides, ["client:read", "client:update"]);
      const target = fides.emulator.addClient({ scopes: [] });
      const scopes = ["client:read", "client:update"];
      const answer = await call(fides, "PUT", `${CLIENT}/${target.client_id}`, { token, json: { scopes } });
      expect(answer.status).toBe(200);
      expect(fides.emulator.clients().find((c) => c.client_id === target.client_id)?.scopes).toEqual(scopes);
      expect(client_id).not.toBe(target.client_id);
    });
    it("leaves scopes unchanged on a partial update", async () => {
      const { token } = await clientWithToken(fides, ["client:update"]);
      const target = fides.emulator.addClient({ scopes: ["storage:read"] });
      await call(fides, "PUT", `${CLIENT}/${target.client_id}`, { token, json: { name: "n" } });
      expect(fides.emulator.clients().find((c) => c.client_id === target.client_id)?.scopes).toEqual([
        "storage:read",
      ]);
    });
    it("clears the description on an explicit null and keeps it when omitted", async () => {
      const { token } = await clientWithToken(fides, ["client:update"]);
      const target = fides.emulator.addClient({ description: "before" });
      const kept = await call(fides, "PUT", `${CLIENT}/${target.client_id}`, { token, json: { name: "n" } });
      expect(kept.body.description).toBe("before");
      const cleared = await call(fides, "PUT", `${CLIENT}/${target.client_id}`, {
        token,
        json: { description: null },
      });
      expect(cleared.body.description).toBeNull();
    });
    it("refuses an empty name with 422", async () => {
      const { client_id, token } = await clientWithToken(fides, ["client:update"]);
      expect((await call(fides, "PUT", `${CLIENT}/${client_id}`, { token, json: { name: "" } })).status).toBe(
        422,
      );
    });
  });

  describe("rotate client secret", () => {
    it("refuses no auth with 401 and a client:read token with 403", async () => {
      expect((await call(fides, "POST", `${CLIENT}/abc/secret`)).status).toBe(401);
      const token = await tokenWith(fides, "client:read");
      expect((await call(fides, "POST", `${CLIENT}/abc/secret`, { token })).status).toBe(403);
    });
    it("answers 404 for an unknown id and for the root id", async () => {
      const token = await tokenWith(fides, "client:update");
      expect((await call(fides, "POST", `${CLIENT}/nonexistent/secret`, { token })).status).toBe(404);
      const root = fides.emulator.rootClientId;
      expect((await call(fides, "POST", `${CLIENT}/${root}/secret`, { token })).status).toBe(404);
    });
    it("answers exactly client_id and client_secret; the new secret works and the old one no longer does", async () => {
      const { client_id, client_secret, token } = await clientWithToken(fides, ["client:update"]);
      const answer = await call(fides, "POST", `${CLIENT}/${client_id}/secret`, { token });
      expect(answer.status).toBe(200);
      expect(Object.keys(answer.body).sort()).toEqual(["client_id", "client_secret"]);
      expect(answer.body.client_secret).not.toBe(client_secret);
      expect((await requestToken(fides, { client_id, client_secret })).status).toBe(401);
      expect(await tokenFor(fides, client_id, answer.body.client_secret)).toMatch(/^eyJ/);
    });
  });

  describe("get client scopes", () => {
    it("refuses no auth with 401 and a storage:read token with 403", async () => {
      expect((await call(fides, "GET", `${CLIENT}/abc/scope`)).status).toBe(401);
      expect(
        (await call(fides, "GET", `${CLIENT}/abc/scope`, { token: await tokenWith(fides, "storage:read") }))
          .status,
      ).toBe(403);
    });
    it("answers 200 [] for an unknown client", async () => {
      const answer = await call(fides, "GET", `${CLIENT}/nonexistent/scope`, {
        token: await tokenWith(fides, "client:read"),
      });
      expect([answer.status, answer.body]).toEqual([200, []]);
    });
    it("answers the client's scopes", async () => {
      const { client_id, token } = await clientWithToken(fides, [...SCOPES]);
      const answer = await call(fides, "GET", `${CLIENT}/${client_id}/scope`, { token });
      expect(answer.body).toEqual(SCOPES);
    });
  });

  describe("set client scopes", () => {
    it("refuses no auth and no body with 401, and a client:read token and no body with 403", async () => {
      expect((await call(fides, "PUT", `${CLIENT}/abc/scope`)).status).toBe(401);
      expect(
        (await call(fides, "PUT", `${CLIENT}/abc/scope`, { token: await tokenWith(fides, "client:read") }))
          .status,
      ).toBe(403);
    });
    it("refuses an invalid scope with 403", async () => {
      const { client_id, token } = await clientWithToken(fides, ["client:update"]);
      const answer = await call(fides, "PUT", `${CLIENT}/${client_id}/scope`, {
        token,
        json: ["this-is-not-a-valid-scope"],
      });
      expect(answer.status).toBe(403);
    });
    it("answers 200 null for an unknown client", async () => {
      const token = await tokenWith(fides, "client:update", "storage:read");
      const answer = await call(fides, "PUT", `${CLIENT}/nonexistent/scope`, {
        token,
        json: ["storage:read"],
      });
      expect([answer.status, answer.body]).toEqual([200, null]);
    });
    it("replaces the client's scopes and answers 200 null", async () => {
      const { client_id, token } = await clientWithToken(fides, ["client:update", "storage:read"]);
      const answer = await call(fides, "PUT", `${CLIENT}/${client_id}/scope`, {
        token,
        json: ["storage:read"],
      });
      expect([answer.status, answer.body]).toEqual([200, null]);
      expect(fides.emulator.clients().find((c) => c.client_id === client_id)?.scopes).toEqual([
        "storage:read",
      ]);
    });
  });

  describe("read scopes", () => {
    it("refuses no auth with 401 and a storage:read token with 403", async () => {
      expect((await call(fides, "GET", "/api/v1/oauth/scope")).status).toBe(401);
      expect(
        (await call(fides, "GET", "/api/v1/oauth/scope", { token: await tokenWith(fides, "storage:read") }))
          .status,
      ).toBe(403);
    });
    it("answers exactly the registry, in registry order", async () => {
      const answer = await call(fides, "GET", "/api/v1/oauth/scope", {
        token: await tokenWith(fides, "scope:read"),
      });
      expect([answer.status, answer.body]).toEqual([200, SCOPES]);
    });
  });

  describe("delete client", () => {
    it("refuses no auth with 401 and a client:read token with 403", async () => {
      expect((await call(fides, "DELETE", `${CLIENT}/abc`)).status).toBe(401);
      expect(
        (await call(fides, "DELETE", `${CLIENT}/abc`, { token: await tokenWith(fides, "client:read") }))
          .status,
      ).toBe(403);
    });
    it("answers 200 null for an unknown client", async () => {
      const answer = await call(fides, "DELETE", `${CLIENT}/nonexistent`, {
        token: await tokenWith(fides, "client:delete"),
      });
      expect([answer.status, answer.body]).toEqual([200, null]);
    });
    it("deletes the client and answers 200 null", async () => {
      const token = await tokenWith(fides, "client:delete");
      const target = fides.emulator.addClient();
      const answer = await call(fides, "DELETE", `${CLIENT}/${target.client_id}`, { token });
      expect([answer.status, answer.body]).toEqual([200, null]);
      expect(fides.emulator.clients().map((c) => c.client_id)).not.toContain(target.client_id);
    });
  });

  describe("acquire access token", () => {
    it("refuses an empty form with 401", async () => {
      expect((await requestToken(fides, {})).status).toBe(401);
    });
    it("refuses an unknown client sent with a misnamed secret field with 401", async () => {
      expect((await requestToken(fides, { client_id: "notaclient", secret: "badsecret" })).status).toBe(401);
    });
    it("refuses a real client sent with a misnamed secret field with 401", async () => {
      const client = fides.emulator.addClient();
      expect(
        (await requestToken(fides, { client_id: client.client_id, secret: client.client_secret })).status,
      ).toBe(401);
    });
    it("gives the root client a Bearer token with every scope and the owner role", async () => {
      const answer = await requestToken(fides, {
        client_id: fides.emulator.rootClientId,
        client_secret: fides.emulator.rootClientSecret,
      });
      expect(answer.status).toBe(200);
      expect(answer.body.token_type).toBe("Bearer");
      const [payload] = fides.emulator.tokens();
      expect(payload?.client_id).toBe(fides.emulator.rootClientId);
      expect(payload?.scopes).toEqual(SCOPES);
      expect(payload?.roles).toEqual(["owner"]);
    });
    it("gives a client without scopes a Bearer token with no scopes", async () => {
      const client = fides.emulator.addClient();
      const answer = await requestToken(fides, {
        client_id: client.clientId,
        client_secret: client.clientSecret,
      });
      expect([answer.status, answer.body.token_type]).toEqual([200, "Bearer"]);
      expect(fides.emulator.tokens()[0]?.scopes).toEqual([]);
    });
  });

  describe("read role mapping", () => {
    it("refuses no auth with 401 and a storage:read token with 403", async () => {
      expect((await call(fides, "GET", "/api/v1/oauth/role")).status).toBe(401);
      expect(
        (await call(fides, "GET", "/api/v1/oauth/role", { token: await tokenWith(fides, "storage:read") }))
          .status,
      ).toBe(403);
    });
    it("maps owner to every scope and lists exactly the eight roles", async () => {
      const answer = await call(fides, "GET", "/api/v1/oauth/role", {
        token: await tokenWith(fides, "scope:read"),
      });
      expect(answer.status).toBe(200);
      expect(new Set(answer.body.owner)).toEqual(new Set(SCOPES));
      expect(Object.keys(answer.body).sort()).toEqual([
        "approver",
        "contributor",
        "data_steward",
        "external_respondent",
        "owner",
        "respondent",
        "viewer",
        "viewer_and_approver",
      ]);
    });
  });

  describe("privilege escalation", () => {
    it("refuses assigning scopes the token lacks, naming them", async () => {
      const token = await tokenWith(fides, "client:create");
      const answer = await call(fides, "POST", CLIENT, {
        token,
        json: {
          scopes: ["storage:create_or_update", "messaging:create_or_update", "user-permission:assign_owners"],
        },
      });
      expect(answer.status).toBe(403);
      expect(answer.body.detail).toContain("Cannot assign scopes that you do not have");
      expect(answer.body.detail).toContain("storage:create_or_update");
    });
    it("names every missing scope", async () => {
      const wanted = ["storage:delete", "messaging:delete", "user-permission:assign_owners", "user:delete"];
      const answer = await call(fides, "POST", CLIENT, {
        token: await tokenWith(fides, "client:create"),
        json: { scopes: wanted },
      });
      expect(answer.status).toBe(403);
      for (const scope of wanted) expect(answer.body.detail).toContain(scope);
    });
    it("refuses a contributor assigning what the role lacks, and allows what it has", async () => {
      const { token } = await clientWithToken(fides, [], ["contributor"]);
      const denied = await call(fides, "POST", CLIENT, {
        token,
        json: { scopes: ["storage:delete", "messaging:delete"] },
      });
      expect(denied.status).toBe(403);
      const allowed = await call(fides, "POST", CLIENT, { token, json: { scopes: ["client:read"] } });
      expect(allowed.status).toBe(200);
    });
    it("allows assigning a scope the requester holds", async () => {
      const token = await tokenWith(fides, "client:create", "client:read", "client:delete");
      expect((await call(fides, "POST", CLIENT, { token, json: { scopes: ["client:read"] } })).status).toBe(
        200,
      );
    });
    it("guards PUT …/scope too, and allows a requester holding the scopes", async () => {
      const target = fides.emulator.addClient();
      const path = `${CLIENT}/${target.client_id}/scope`;
      const weak = await tokenWith(fides, "client:update");
      const denied = await call(fides, "PUT", path, { token: weak, json: ["storage:delete", "user:delete"] });
      expect(denied.status).toBe(403);
      expect(denied.body.detail).toContain("Cannot assign scopes that you do not have");
      const strong = await tokenWith(fides, "client:update", "storage:delete", "user:delete");
      expect(
        (await call(fides, "PUT", path, { token: strong, json: ["storage:delete", "user:delete"] })).status,
      ).toBe(200);
    });
    it("lets the root client assign any scope", async () => {
      expect(
        (await call(fides, "POST", CLIENT, { token: await rootToken(fides), json: { scopes: [...SCOPES] } }))
          .status,
      ).toBe(200);
    });
    it("allows an empty scope list to a client:create-only token", async () => {
      expect(
        (
          await call(fides, "POST", CLIENT, {
            token: await tokenWith(fides, "client:create"),
            json: { scopes: [] },
          })
        ).status,
      ).toBe(200);
    });
  });

  describe("callback", () => {
    it("answers 404 for an unknown state", async () => {
      const answer = await call(fides, "GET", "/api/v1/oauth/callback?code=abc&state=unknown");
      expect(answer.status).toBe(404);
      expect(answer.body).toEqual({ detail: "No authentication request found for the given state." });
    });
  });

  describe("token checks (tests/lib/test_oauth_util.py)", () => {
    it("refuses a garbled token with 403", async () => {
      expect((await call(fides, "GET", "/api/v1/oauth/scope", { token: GARBLED })).status).toBe(403);
    });
    it("refuses an expired token with 403", async () => {
      const token = await tokenWith(fides, "scope:read");
      fides.emulator.advanceTime(11520 * 60_000 + 1_000);
      expect((await call(fides, "GET", "/api/v1/oauth/scope", { token })).status).toBe(403);
    });
    it("refuses a deleted client's token with 403", async () => {
      const { client_id, token } = await clientWithToken(fides, ["scope:read", "client:delete"]);
      await call(fides, "DELETE", `${CLIENT}/${client_id}`, { token });
      expect((await call(fides, "GET", "/api/v1/oauth/scope", { token })).status).toBe(403);
    });
    it("refuses a token for the wrong endpoint scope with 403", async () => {
      expect(
        (await call(fides, "GET", "/api/v1/oauth/scope", { token: await tokenWith(fides, "client:read") }))
          .status,
      ).toBe(403);
    });
    it("refuses a token whose scopes are no longer all the client's with 403", async () => {
      const { client_id, token } = await clientWithToken(fides, ["scope:read", "client:read"]);
      const root = await rootToken(fides);
      await call(fides, "PUT", `${CLIENT}/${client_id}/scope`, { token: root, json: ["scope:read"] });
      expect((await call(fides, "GET", "/api/v1/oauth/scope", { token })).status).toBe(403);
    });
  });
});
