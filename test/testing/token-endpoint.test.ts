/** docs/emulator.md, "Token endpoint": POST /api/v1/oauth/token, on both adapters. */
import { describe, expect, it } from "vitest";
import { ADAPTERS, call, requestToken, useEmulator } from "./harness.js";

const TOKEN = "/api/v1/oauth/token";
const basic = (text: string) => `Basic ${Buffer.from(text).toString("base64")}`;
const FAILURE = { detail: "Authentication Failure" };

describe.each(ADAPTERS)("token endpoint via $name", (adapter) => {
  const fides = useEmulator(adapter, { now: () => Date.UTC(2026, 4, 1, 12, 0, 0, 123) });
  const root = () => ({
    client_id: fides.emulator.rootClientId,
    client_secret: fides.emulator.rootClientSecret,
  });

  it("answers access_token, token_type, expires_in and a naive local expires_at", async () => {
    const answer = await requestToken(fides, root());
    expect(answer.status).toBe(200);
    expect(Object.keys(answer.body)).toEqual(["access_token", "token_type", "expires_in", "expires_at"]);
    expect(answer.body.token_type).toBe("Bearer");
    expect(answer.body.expires_in).toBe(691200);
    const expected = new Date(Date.UTC(2026, 4, 1, 12, 0, 0, 123) + 691200_000);
    const pad = (n: number) => String(n).padStart(2, "0");
    expect(answer.body.expires_at).toBe(
      `${expected.getFullYear()}-${pad(expected.getMonth() + 1)}-${pad(expected.getDate())}T${pad(expected.getHours())}:${pad(expected.getMinutes())}:${pad(expected.getSeconds())}.123000`,
    );
  });

  it("issues a five-segment compact JWE look-alike with the server's header and an empty key segment", async () => {
    const { access_token } = (await requestToken(fides, root())).body;
    expect(access_token.startsWith("eyJhbGciOiJkaXIiLCJlbmMiOiJBMjU2R0NNIn0..")).toBe(true);
    expect(access_token.split(".")).toHaveLength(5);
    expect(access_token).toMatch(/^[A-Za-z0-9_\-.]+$/);
  });

  it("accepts multipart form data", async () => {
    const form = new FormData();
    form.set("client_id", root().client_id);
    form.set("client_secret", root().client_secret);
    expect((await call(fides, "POST", TOKEN, { body: form })).status).toBe(200);
  });

  it("accepts HTTP Basic credentials", async () => {
    const answer = await call(fides, "POST", TOKEN, {
      headers: { authorization: basic("fidesadmin:fidesadminsecret") },
    });
    expect(answer.status).toBe(200);
  });

  it("prefers complete form credentials over Basic", async () => {
    const answer = await requestToken(fides, root(), { authorization: basic("fidesadmin:wrong") });
    expect(answer.status).toBe(200);
  });

  it("falls back to Basic when the form has only one of client_id and client_secret", async () => {
    const answer = await requestToken(
      fides,
      { client_id: "someone-else" },
      { authorization: basic("fidesadmin:fidesadminsecret") },
    );
    expect(answer.status).toBe(200);
  });

  it("treats empty form strings as missing", async () => {
    const answer = await requestToken(
      fides,
      { client_id: "", client_secret: "" },
      { authorization: basic("fidesadmin:fidesadminsecret") },
    );
    expect(answer.status).toBe(200);
  });

  it("refuses a JSON body with 401 Authentication Failure", async () => {
    const answer = await call(fides, "POST", TOKEN, { json: root() });
    expect([answer.status, answer.body]).toEqual([401, FAILURE]);
    expect(answer.headers.get("www-authenticate")).toBeNull();
  });

  it("refuses an unknown client, a wrong secret and a lone client_id with 401 Authentication Failure", async () => {
    for (const form of [
      { client_id: "nobody", client_secret: "x" },
      { client_id: "fidesadmin", client_secret: "wrong" },
      { client_id: "fidesadmin" },
    ]) {
      const answer = await requestToken(fides, form);
      expect([answer.status, answer.body]).toEqual([401, FAILURE]);
    }
  });

  it("refuses a malformed Basic header with 401 Not authenticated and WWW-Authenticate: Basic", async () => {
    for (const header of ["Basic !!!notbase64", basic("no-colon-here"), "Basic YWI"]) {
      const answer = await call(fides, "POST", TOKEN, { headers: { authorization: header } });
      expect([answer.status, answer.body]).toEqual([401, { detail: "Not authenticated" }]);
      expect(answer.headers.get("www-authenticate")).toBe("Basic");
    }
  });

  it("refuses a malformed Basic header even when the form credentials are valid", async () => {
    const answer = await requestToken(fides, root(), { authorization: basic("no-colon") });
    expect(answer.status).toBe(401);
  });

  it("accepts any grant_type containing client_credentials (the server's pattern is unanchored)", async () => {
    for (const grant_type of ["client_credentials", "xclient_credentialsx"]) {
      expect((await requestToken(fides, { ...root(), grant_type })).status).toBe(200);
    }
  });

  it("refuses another grant_type with 422 before checking credentials", async () => {
    const answer = await requestToken(fides, {
      client_id: "nobody",
      client_secret: "x",
      grant_type: "password",
    });
    expect(answer.status).toBe(422);
    expect(answer.body).toEqual({
      detail: [
        {
          type: "string_pattern_mismatch",
          loc: ["body", "grant_type"],
          msg: "String should match pattern 'client_credentials'",
        },
      ],
    });
  });

  it("ignores the scope field: the token carries all the client's scopes", async () => {
    const client = fides.emulator.addClient({ scopes: ["client:read", "scope:read"] });
    expect((await requestToken(fides, { ...client, scope: "client:read" })).status).toBe(200);
    expect(fides.emulator.tokens()[0]?.scopes).toEqual(["client:read", "scope:read"]);
  });

  it("answers an unparsable multipart body with 400", async () => {
    const answer = await call(fides, "POST", TOKEN, {
      body: "garbage",
      headers: { "content-type": "multipart/form-data" },
    });
    expect([answer.status, answer.body]).toEqual([400, { detail: "There was an error parsing the body" }]);
  });

  it("refuses a file where a form string belongs with 422 string_type", async () => {
    const form = new FormData();
    form.set("client_id", new Blob(["fidesadmin"]), "id.txt");
    form.set("client_secret", root().client_secret);
    const answer = await call(fides, "POST", TOKEN, { body: form });
    expect(answer.body).toEqual({
      detail: [{ type: "string_type", loc: ["body", "client_id"], msg: "Input should be a valid string" }],
    });
  });

  it("takes the last value of a repeated form field, as Starlette does", async () => {
    const body = `client_id=nobody&client_id=fidesadmin&client_secret=fidesadminsecret`;
    const answer = await call(fides, "POST", TOKEN, {
      body,
      headers: { "content-type": "application/x-www-form-urlencoded" },
    });
    expect(answer.status).toBe(200);
  });
});

describe.each(ADAPTERS)("token endpoint options via $name", (adapter) => {
  const fides = useEmulator(adapter, {
    tokenLifetimeMinutes: 30,
    rootClientId: "root",
    rootClientSecret: "s3cret",
  });

  it("uses the configured root credentials and token lifetime", async () => {
    const answer = await requestToken(fides, { client_id: "root", client_secret: "s3cret" });
    expect([answer.status, answer.body.expires_in]).toEqual([200, 1800]);
    expect(
      (await requestToken(fides, { client_id: "fidesadmin", client_secret: "fidesadminsecret" })).status,
    ).toBe(401);
  });
});
