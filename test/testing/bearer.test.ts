/** docs/emulator.md, "Bearer checks" (and the lower-case `bearer` rule): the bearer checks, in order. */
import { describe, expect, it } from "vitest";
import { ADAPTERS, call, clientWithToken, rootToken, tokenFor, tokenWith, useEmulator } from "./harness.js";

const CLIENT = "/api/v1/oauth/client";
const NOT_AUTHORIZED = { detail: "Not Authorized for this action" };
const requiredScope = (scope: string) => ({
  detail: `Not Authorized for this action. Required scope(s): [${scope}]`,
});

describe.each(ADAPTERS)("bearer checks via $name", (adapter) => {
  const fides = useEmulator(adapter);

  it("answers 401 Failed to authenticate with WWW-Authenticate: Bearer without a header or with another scheme", async () => {
    for (const headers of [{}, { authorization: "Basic Zm9vOmJhcg==" }, { authorization: "Token abc" }]) {
      const answer = await call(fides, "GET", "/api/v1/oauth/scope", { headers });
      expect([answer.status, answer.body]).toEqual([401, { detail: "Failed to authenticate" }]);
      expect(answer.headers.get("www-authenticate")).toBe("Bearer");
    }
  });

  it("answers the bare 403 for a garbled token, a wrong segment count, and an empty token", async () => {
    for (const authorization of ["Bearer invalid", "Bearer a.b.c", "Bearer ", "Bearer"]) {
      const answer = await call(fides, "GET", "/api/v1/oauth/scope", { headers: { authorization } });
      expect([answer.status, answer.body]).toEqual([403, NOT_AUTHORIZED]);
    }
  });

  it("answers the bare 403 for a well-formed token it did not issue", async () => {
    const foreign = "eyJhbGciOiJkaXIiLCJlbmMiOiJBMjU2R0NNIn0..aaaa.bbbb.cccc";
    expect((await call(fides, "GET", "/api/v1/oauth/scope", { token: foreign })).body).toEqual(
      NOT_AUTHORIZED,
    );
  });

  it("expires tokens exactly after the lifetime", async () => {
    const token = await tokenWith(fides, "scope:read");
    fides.emulator.advanceTime(11520 * 60_000 - 1_000);
    expect((await call(fides, "GET", "/api/v1/oauth/scope", { token })).status).toBe(200);
    fides.emulator.advanceTime(2_000);
    expect((await call(fides, "GET", "/api/v1/oauth/scope", { token })).body).toEqual(NOT_AUTHORIZED);
  });

  it("answers the bare 403 for a deleted client's token", async () => {
    const { client_id, token } = await clientWithToken(fides, ["scope:read"]);
    await call(fides, "DELETE", `${CLIENT}/${client_id}`, { token: await rootToken(fides) });
    expect((await call(fides, "GET", "/api/v1/oauth/scope", { token })).body).toEqual(NOT_AUTHORIZED);
  });

  it("names the endpoint's scope when the token lacks it", async () => {
    const answer = await call(fides, "POST", CLIENT, { token: await tokenWith(fides, "client:read") });
    expect([answer.status, answer.body]).toEqual([403, requiredScope("client:create")]);
  });

  it("makes tokens stale after a scope narrowing: Required scope(s) even for a scope still held", async () => {
    const { client_id, client_secret, token } = await clientWithToken(fides, ["client:read", "scope:read"]);
    const root = await rootToken(fides);
    await call(fides, "PUT", `${CLIENT}/${client_id}/scope`, { token: root, json: ["client:read"] });
    const answer = await call(fides, "GET", `${CLIENT}/${client_id}/scope`, { token });
    expect([answer.status, answer.body]).toEqual([403, requiredScope("client:read")]);
    const fresh = await tokenFor(fides, client_id, client_secret);
    expect((await call(fides, "GET", `${CLIENT}/${client_id}/scope`, { token: fresh })).status).toBe(200);
  });

  it("makes tokens stale after narrowing through PUT /oauth/client/{id}", async () => {
    const { client_id, token } = await clientWithToken(fides, ["client:read", "scope:read"]);
    await call(fides, "PUT", `${CLIENT}/${client_id}`, {
      token: await rootToken(fides),
      json: { scopes: ["scope:read"] },
    });
    expect((await call(fides, "GET", "/api/v1/oauth/scope", { token })).body).toEqual(
      requiredScope("scope:read"),
    );
  });

  it("does not widen old tokens when scopes are widened", async () => {
    const { client_id, token } = await clientWithToken(fides, ["client:read"]);
    await call(fides, "PUT", `${CLIENT}/${client_id}/scope`, {
      token: await rootToken(fides),
      json: ["client:read", "scope:read"],
    });
    expect((await call(fides, "GET", `${CLIENT}/${client_id}/scope`, { token })).status).toBe(200);
    expect((await call(fides, "GET", "/api/v1/oauth/scope", { token })).body).toEqual(
      requiredScope("scope:read"),
    );
  });

  it("keeps tokens valid after the secret is rotated", async () => {
    const { client_id, token } = await clientWithToken(fides, ["client:update", "scope:read"]);
    expect((await call(fides, "POST", `${CLIENT}/${client_id}/secret`, { token })).status).toBe(200);
    expect((await call(fides, "GET", "/api/v1/oauth/scope", { token })).status).toBe(200);
  });

  it("checks scopes through roles when the token carries a role the client still has", async () => {
    const { token } = await clientWithToken(fides, [], ["viewer"]);
    expect((await call(fides, "GET", "/api/v1/oauth/scope", { token })).status).toBe(200);
    expect((await call(fides, "POST", CLIENT, { token })).body).toEqual(requiredScope("client:create"));
  });

  it("rejects invalid JSON with 422 before authentication", async () => {
    const answer = await call(fides, "POST", CLIENT, {
      body: "{not json",
      headers: { "content-type": "application/json" },
    });
    expect(answer.status).toBe(422);
    expect(answer.body.detail[0]).toMatchObject({ type: "json_invalid", msg: "JSON decode error" });
    expect(answer.body.detail[0].loc[0]).toBe("body");
    expect(typeof answer.body.detail[0].loc[1]).toBe("number");
  });

  it("checks auth before body validation: no body and no token is 401, a wrong-scope token 403", async () => {
    expect((await call(fides, "PUT", `${CLIENT}/x/scope`, { json: { not: "a list" } })).status).toBe(401);
    const token = await tokenWith(fides, "client:read");
    expect((await call(fides, "PUT", `${CLIENT}/x/scope`, { token, json: { not: "a list" } })).status).toBe(
      403,
    );
    const allowed = await tokenWith(fides, "client:update");
    expect(
      (await call(fides, "PUT", `${CLIENT}/x/scope`, { token: allowed, json: { not: "a list" } })).status,
    ).toBe(422);
  });

  it("accepts a lower-case bearer scheme", async () => {
    const token = await tokenWith(fides, "scope:read");
    const answer = await call(fides, "GET", "/api/v1/oauth/scope", {
      headers: { authorization: `bearer ${token}` },
    });
    expect(answer.status).toBe(200);
  });

  it("refuses a lower-case bearer non-root client assigning scopes, with the bare 403", async () => {
    const token = await tokenWith(fides, "client:create");
    const answer = await call(fides, "POST", CLIENT, {
      headers: { authorization: `bearer ${token}` },
      json: { scopes: [] },
    });
    expect([answer.status, answer.body]).toEqual([403, NOT_AUTHORIZED]);
    const root = await rootToken(fides);
    const asRoot = await call(fides, "POST", CLIENT, {
      headers: { authorization: `bearer ${root}` },
      json: { scopes: [] },
    });
    expect(asRoot.status).toBe(200);
  });
});
