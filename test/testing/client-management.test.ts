/** docs/emulator.md, "Client management and validation": client CRUD, scope validation, 422 shapes, pagination. */
import { describe, expect, it } from "vitest";
import { ROLE_SCOPES, SCOPES } from "../../src/scopes.js";
import { ADAPTERS, call, clientWithToken, rootToken, tokenWith, useEmulator } from "./harness.js";

const CLIENT = "/api/v1/oauth/client";
const INVALID_SCOPE = `Invalid Scope. Scopes must be one of [${SCOPES.map((s) => `'${s}'`).join(", ")}].`;

describe.each(ADAPTERS)("client management via $name", (adapter) => {
  const fides = useEmulator(adapter);

  describe("create", () => {
    it("makes 32-hex ids and secrets", async () => {
      const answer = await call(fides, "POST", CLIENT, { token: await rootToken(fides), json: {} });
      expect(answer.body.client_id).toMatch(/^[0-9a-f]{32}$/);
      expect(answer.body.client_secret).toMatch(/^[0-9a-f]{32}$/);
    });
    it("treats a JSON null body as no body", async () => {
      expect((await call(fides, "POST", CLIENT, { token: await rootToken(fides), json: null })).status).toBe(
        200,
      );
    });
    it("ignores unknown keys such as roles", async () => {
      const answer = await call(fides, "POST", CLIENT, {
        token: await rootToken(fides),
        json: { roles: ["owner"] },
      });
      expect(answer.status).toBe(200);
      expect(fides.emulator.clients()[0]?.roles).toEqual([]);
    });
    it("keeps duplicate scopes as given", async () => {
      const scopes = ["client:read", "client:read"];
      await call(fides, "POST", CLIENT, { token: await rootToken(fides), json: { scopes } });
      expect(fides.emulator.clients()[0]?.scopes).toEqual(scopes);
    });
    it("lists the whole registry as a Python list in the Invalid Scope detail, even for root", async () => {
      const answer = await call(fides, "POST", CLIENT, {
        token: await rootToken(fides),
        json: { scopes: ["Client:Read"] },
      });
      expect([answer.status, answer.body]).toEqual([403, { detail: INVALID_SCOPE }]);
    });
    it("checks unknown scopes before privileges", async () => {
      const token = await tokenWith(fides, "client:create");
      const answer = await call(fides, "POST", CLIENT, {
        token,
        json: { scopes: ["storage:delete", "nope"] },
      });
      expect(answer.body.detail).toBe(INVALID_SCOPE);
    });
    it("lists missing scopes sorted, as a Python list", async () => {
      const token = await tokenWith(fides, "client:create", "client:read");
      const answer = await call(fides, "POST", CLIENT, {
        token,
        json: { scopes: ["user-permission:assign_owners", "client:read", "storage:create_or_update"] },
      });
      expect([answer.status, answer.body]).toEqual([
        403,
        {
          detail:
            "Cannot assign scopes that you do not have. Missing scopes: ['storage:create_or_update', 'user-permission:assign_owners']",
        },
      ]);
    });
    it("refuses a bare array with 422 model_attributes_type", async () => {
      const answer = await call(fides, "POST", CLIENT, {
        token: await rootToken(fides),
        json: ["client:read"],
      });
      expect([answer.status, answer.body]).toEqual([
        422,
        {
          detail: [
            {
              type: "model_attributes_type",
              loc: ["body"],
              msg: "Input should be a valid dictionary or object to extract fields from",
            },
          ],
        },
      ]);
    });
    it("refuses a string for scopes with 422 list_type at body.scopes", async () => {
      const answer = await call(fides, "POST", CLIENT, {
        token: await rootToken(fides),
        json: { scopes: "x" },
      });
      expect(answer.body).toEqual({
        detail: [{ type: "list_type", loc: ["body", "scopes"], msg: "Input should be a valid list" }],
      });
    });
    it("refuses an empty or blank name with the validator's 422", async () => {
      for (const name of ["", "   "]) {
        const answer = await call(fides, "POST", CLIENT, { token: await rootToken(fides), json: { name } });
        expect([answer.status, answer.body]).toEqual([
          422,
          {
            detail: [
              { type: "value_error", loc: ["body", "name"], msg: "Value error, name must not be empty" },
            ],
          },
        ]);
      }
    });
    it("answers a JSON body that is not UTF-8 with 400", async () => {
      const answer = await call(fides, "POST", CLIENT, {
        token: await rootToken(fides),
        body: new Uint8Array([0x7b, 0xff, 0x7d]),
        headers: { "content-type": "application/json" },
      });
      expect([answer.status, answer.body]).toEqual([400, { detail: "There was an error parsing the body" }]);
    });
    it("refuses a non-string name with 422 string_type", async () => {
      const answer = await call(fides, "POST", CLIENT, {
        token: await rootToken(fides),
        json: { name: 5, description: [] },
      });
      expect(answer.body.detail).toEqual([
        { type: "string_type", loc: ["body", "name"], msg: "Input should be a valid string" },
        { type: "string_type", loc: ["body", "description"], msg: "Input should be a valid string" },
      ]);
    });
    it("accepts a null name", async () => {
      expect(
        (await call(fides, "POST", CLIENT, { token: await rootToken(fides), json: { name: null } })).status,
      ).toBe(200);
    });
    it("reads a body under a non-JSON Content-Type as bytes, which the schema refuses", async () => {
      const answer = await call(fides, "POST", CLIENT, {
        token: await rootToken(fides),
        body: "{}",
        headers: { "content-type": "text/plain" },
      });
      expect(answer.body.detail[0].type).toBe("model_attributes_type");
    });
  });

  describe("list", () => {
    it("pages newest first with pages = ceil(total/size)", async () => {
      const ids: string[] = [];
      for (let i = 0; i < 5; i++) {
        ids.push(fides.emulator.addClient({ name: `c${i}` }).client_id);
        fides.emulator.advanceTime(1_000);
      }
      const token = await tokenWith(fides, "client:read");
      const page = await call(fides, "GET", `${CLIENT}?page=2&size=2`, { token });
      expect(page.body.total).toBe(6);
      expect([page.body.page, page.body.size, page.body.pages]).toEqual([2, 2, 3]);
      const all = await call(fides, "GET", `${CLIENT}?size=100`, { token });
      expect(all.body.items.map((c: { name: string | null }) => c.name)).toEqual([
        null,
        "c4",
        "c3",
        "c2",
        "c1",
        "c0",
      ]);
      expect(page.body.items.map((c: { name: string }) => c.name)).toEqual(["c3", "c2"]);
    });
    it("answers total 0 and pages 0 when there are no clients", async () => {
      const answer = await call(fides, "GET", CLIENT, { token: await rootToken(fides) });
      expect(answer.body).toEqual({ items: [], total: 0, page: 1, size: 50, pages: 0 });
    });
    it("refuses page < 1 and size > 100 with 422", async () => {
      const token = await rootToken(fides);
      const answer = await call(fides, "GET", `${CLIENT}?page=0&size=101`, { token });
      expect([answer.status, answer.body]).toEqual([
        422,
        {
          detail: [
            {
              type: "greater_than_equal",
              loc: ["query", "page"],
              msg: "Input should be greater than or equal to 1",
            },
            {
              type: "less_than_equal",
              loc: ["query", "size"],
              msg: "Input should be less than or equal to 100",
            },
          ],
        },
      ]);
      const notInt = await call(fides, "GET", `${CLIENT}?size=abc`, { token });
      expect(notInt.body.detail[0]).toMatchObject({ type: "int_parsing", loc: ["query", "size"] });
    });
  });

  describe("get, update, rotate: 404 Client not found.", () => {
    it("uses the server's 404 detail for unknown and root clients", async () => {
      const token = await rootToken(fides);
      for (const id of ["nope", fides.emulator.rootClientId]) {
        for (const [method, path, json] of [
          ["GET", `${CLIENT}/${id}`, undefined],
          ["PUT", `${CLIENT}/${id}`, {}],
          ["POST", `${CLIENT}/${id}/secret`, undefined],
        ] as const) {
          const answer = await call(fides, method, path, { token, ...(json ? { json } : {}) });
          expect([answer.status, answer.body]).toEqual([404, { detail: "Client not found." }]);
        }
      }
    });
  });

  describe("update", () => {
    it("requires a body: 422 missing", async () => {
      const { client_id } = fides.emulator.addClient();
      const answer = await call(fides, "PUT", `${CLIENT}/${client_id}`, { token: await rootToken(fides) });
      expect(answer.body).toEqual({ detail: [{ type: "missing", loc: ["body"], msg: "Field required" }] });
    });
    it("checks 404 before Invalid Scope, and Invalid Scope before Cannot assign", async () => {
      const token = await tokenWith(fides, "client:update");
      const unknown = await call(fides, "PUT", `${CLIENT}/nope`, { token, json: { scopes: ["nope"] } });
      expect(unknown.status).toBe(404);
      const { client_id } = fides.emulator.addClient();
      const invalid = await call(fides, "PUT", `${CLIENT}/${client_id}`, {
        token,
        json: { scopes: ["nope", "user:delete"] },
      });
      expect(invalid.body.detail).toBe(INVALID_SCOPE);
      const escalation = await call(fides, "PUT", `${CLIENT}/${client_id}`, {
        token,
        json: { scopes: ["user:delete"] },
      });
      expect(escalation.body.detail).toBe(
        "Cannot assign scopes that you do not have. Missing scopes: ['user:delete']",
      );
    });
    it("leaves name and scopes unchanged on null", async () => {
      const { client_id } = fides.emulator.addClient({ name: "keep", scopes: ["client:read"] });
      const answer = await call(fides, "PUT", `${CLIENT}/${client_id}`, {
        token: await rootToken(fides),
        json: { name: null, scopes: null },
      });
      expect(answer.body).toEqual({ client_id, name: "keep", description: null, scopes: ["client:read"] });
    });
  });

  describe("scopes", () => {
    it("answers 200 null for an unknown client before checking scopes", async () => {
      const answer = await call(fides, "PUT", `${CLIENT}/nope/scope`, {
        token: await rootToken(fides),
        json: ["nope"],
      });
      expect([answer.status, answer.body]).toEqual([200, null]);
    });
    it("refuses an object, a missing body and non-string items with 422", async () => {
      const token = await rootToken(fides);
      const { client_id } = fides.emulator.addClient();
      const path = `${CLIENT}/${client_id}/scope`;
      expect((await call(fides, "PUT", path, { token, json: { scopes: [] } })).body).toEqual({
        detail: [{ type: "list_type", loc: ["body"], msg: "Input should be a valid list" }],
      });
      expect((await call(fides, "PUT", path, { token })).body).toEqual({
        detail: [{ type: "missing", loc: ["body"], msg: "Field required" }],
      });
      expect((await call(fides, "PUT", path, { token, json: ["client:read", 7] })).body).toEqual({
        detail: [{ type: "string_type", loc: ["body", 1], msg: "Input should be a valid string" }],
      });
    });
    it("allows an empty list", async () => {
      const { client_id } = fides.emulator.addClient({ scopes: ["client:read"] });
      await call(fides, "PUT", `${CLIENT}/${client_id}/scope`, { token: await rootToken(fides), json: [] });
      expect(fides.emulator.clients()[0]?.scopes).toEqual([]);
    });
  });

  describe("the root client is hidden", () => {
    it("is a no-op on DELETE and PUT scope, and [] on GET scope", async () => {
      const token = await rootToken(fides);
      const root = fides.emulator.rootClientId;
      expect((await call(fides, "DELETE", `${CLIENT}/${root}`, { token })).body).toBeNull();
      expect((await call(fides, "PUT", `${CLIENT}/${root}/scope`, { token, json: [] })).body).toBeNull();
      expect((await call(fides, "PUT", `${CLIENT}/${root}/scope`, { token, json: [] })).status).toBe(200);
      expect((await call(fides, "GET", `${CLIENT}/${root}/scope`, { token })).body).toEqual([]);
      expect((await call(fides, "GET", "/api/v1/oauth/scope", { token })).status).toBe(200);
    });
  });

  describe("registry endpoints", () => {
    it("answers the role map in the server's key order with sorted lists", async () => {
      const answer = await call(fides, "GET", "/api/v1/oauth/role", { token: await rootToken(fides) });
      expect(answer.text).toBe(JSON.stringify(ROLE_SCOPES));
    });
    it("lets a seeded client list clients", async () => {
      const { token } = await clientWithToken(fides, ["client:read"]);
      expect((await call(fides, "GET", CLIENT, { token })).body.total).toBe(1);
    });
  });
});
