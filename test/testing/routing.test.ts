/** docs/emulator.md, "Routing": routing, the admin-UI catch-all, /health. */
import { describe, expect, it } from "vitest";
import { ADAPTERS, call, rootToken, useEmulator } from "./harness.js";

describe.each(ADAPTERS)("routing via $name", (adapter) => {
  const fides = useEmulator(adapter);

  it("answers a GET on an unknown /api/v1 path with 404 Item not found", async () => {
    for (const path of [
      "/api/v1/nothing",
      "/api/v1/client",
      "/api/v1/oauth/token",
      "/api/v1/oauth/client/a/b/c",
    ]) {
      const answer = await call(fides, "GET", path);
      expect([answer.status, answer.body]).toEqual([404, { detail: "Item not found" }]);
    }
  });

  it("answers another method on an unknown path with 405 and Allow: GET", async () => {
    for (const method of ["POST", "PUT", "DELETE", "PATCH"]) {
      const answer = await call(fides, method, "/api/v1/client");
      expect([answer.status, answer.body]).toEqual([405, { detail: "Method Not Allowed" }]);
      expect(answer.headers.get("allow")).toBe("GET");
    }
  });

  it("answers a method a real route lacks with 405 Method Not Allowed", async () => {
    const answer = await call(fides, "PATCH", "/api/v1/oauth/client/abc/secret");
    expect([answer.status, answer.body]).toEqual([405, { detail: "Method Not Allowed" }]);
    expect(answer.headers.get("allow")).toBe("POST");
    expect((await call(fides, "PUT", "/api/v1/oauth/token")).status).toBe(405);
  });

  it("serves the admin UI page for a GET outside /api/v1", async () => {
    const answer = await call(fides, "GET", "/login");
    expect(answer.status).toBe(200);
    expect(answer.headers.get("content-type")).toContain("text/html");
  });

  it("accepts a trailing slash on every route", async () => {
    const token = await rootToken(fides);
    expect((await call(fides, "GET", "/api/v1/oauth/scope/", { token })).status).toBe(200);
    expect((await call(fides, "GET", "/health/")).status).toBe(200);
    const form = new URLSearchParams({ client_id: "fidesadmin", client_secret: "fidesadminsecret" });
    expect((await call(fides, "POST", "/api/v1/oauth/token/", { body: form })).status).toBe(200);
  });

  it("answers /health without auth", async () => {
    const answer = await call(fides, "GET", "/health");
    expect(answer.text).toBe('{"webserver":"healthy","version":"2.86.2","cache":"skipped"}');
  });

  it("answers HEAD with 405 and no body (FastAPI routes are GET-only)", async () => {
    const response = await fetch(`${fides.url}/health`, { method: "HEAD" });
    expect(response.status).toBe(405);
    expect(await response.text()).toBe("");
  });

  it("percent-decodes the path, so an encoded slash leaves the one-segment client id", async () => {
    const token = await rootToken(fides);
    const answer = await call(fides, "GET", "/api/v1/oauth/client/a%2Fb", { token });
    expect(answer.body).toEqual({ detail: "Item not found" });
    const encoded = await call(fides, "GET", "/api/v1/oauth/client/a%20b", { token });
    expect(encoded.body).toEqual({ detail: "Client not found." });
  });

  it("adds an x-request-id to responses (2.82 and later)", async () => {
    const answer = await call(fides, "GET", "/health");
    expect(answer.headers.get("x-request-id")).toMatch(/^[0-9a-f-]{36}$/);
  });

  it("answers the callback's missing query parameters with 422", async () => {
    const answer = await call(fides, "GET", "/api/v1/oauth/callback");
    expect(answer.body).toEqual({
      detail: [
        { type: "missing", loc: ["query", "code"], msg: "Field required" },
        { type: "missing", loc: ["query", "state"], msg: "Field required" },
      ],
    });
  });
});
