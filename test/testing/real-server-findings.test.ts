/**
 * What `npm run test:real` found the real servers (2.78.2, 2.86.2) do, held here against the
 * emulator alone so that `npm test` keeps it without a real server.
 */
import { request as httpRequest } from "node:http";
import { gunzipSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import { ROLE_SCOPES, SCOPES } from "../../src/scopes.js";
import { startFidesEmulatorServer } from "../../src/testing/adapters/http-server.js";
import { featuresFor } from "../../src/testing/core/versions.js";
import { ADAPTERS, call, rootToken, useEmulator } from "./harness.js";

const CLIENT = "/api/v1/oauth/client";

describe("scope registries by release", () => {
  it("gives 2.78.2 its 123 scopes, without the ones 2.79 and 2.80 added", () => {
    const { scopes, roleScopes } = featuresFor("2.78.2");
    expect(scopes).toHaveLength(123);
    expect(scopes).not.toContain("backfill:exec");
    expect(scopes).not.toContain("system_integration_link:read");
    expect(roleScopes.viewer).not.toContain("system_integration_link:read");
    expect(Object.keys(roleScopes)).not.toContain("data_steward");
  });

  it("adds backfill:exec in 2.79.0, system_integration_link in 2.80.0 and correspondence in 2.84.0", () => {
    expect(featuresFor("2.79.0").scopes).toHaveLength(124);
    expect(featuresFor("2.80.0").scopes).toHaveLength(127);
    expect(featuresFor("2.83.0").scopes).not.toContain("correspondence:send");
    expect(featuresFor("2.84.0").scopes).toEqual(SCOPES.filter((scope) => scope !== "notification:update"));
  });

  it("gives 2.86 notification:update after notification:read, to owner and contributor only", () => {
    const { scopes, roleScopes } = featuresFor("2.86.2");
    expect(scopes).toHaveLength(131);
    expect(scopes[scopes.indexOf("notification:read") + 1]).toBe("notification:update");
    expect(roleScopes.owner).toContain("notification:update");
    expect(roleScopes.contributor).toContain("notification:update");
    expect(roleScopes.viewer).not.toContain("notification:update");
    expect(roleScopes.owner).toEqual([...(roleScopes.owner ?? [])].sort());
    expect(featuresFor("2.85.1").scopes).not.toContain("notification:update");
    expect(featuresFor("2.86.0").scopes).toEqual([...SCOPES]);
    expect(roleScopes).toEqual(ROLE_SCOPES);
  });
});

describe.each(ADAPTERS)("real-server findings via $name", (adapter) => {
  describe("2.78.2", () => {
    const fides = useEmulator(adapter, { serverVersion: "2.78.2" });

    it("answers [] for the root client's scopes, and a text/plain 500 for deleting it", async () => {
      const token = await rootToken(fides);
      const root = fides.emulator.rootClientId;
      expect((await call(fides, "GET", `${CLIENT}/${root}/scope`, { token })).body).toEqual([]);
      const deleted = await call(fides, "DELETE", `${CLIENT}/${root}`, { token });
      expect([deleted.status, deleted.headers.get("content-type"), deleted.text]).toEqual([
        500,
        "text/plain",
        "Internal Server Error",
      ]);
    });
  });

  describe("rate limiting on", () => {
    const fides = useEmulator(adapter, { rateLimit: true });

    it("puts the app-wide bucket's headers on every route but the token endpoint", async () => {
      const token = await rootToken(fides);
      const first = await call(fides, "GET", "/health");
      expect(first.headers.get("x-ratelimit-limit")).toBe("2000");
      expect(first.headers.get("x-ratelimit-remaining")).toBe("1999");
      expect(first.headers.get("retry-after")).not.toBeNull();
      const second = await call(fides, "GET", "/api/v1/oauth/scope", { token });
      expect(second.headers.get("x-ratelimit-remaining")).toBe("1998");
      const unauthenticated = await call(fides, "GET", "/api/v1/oauth/scope");
      expect([unauthenticated.status, unauthenticated.headers.get("x-ratelimit-remaining")]).toEqual([
        401,
        "1997",
      ]);
      const tokenAnswer = await call(fides, "POST", "/api/v1/oauth/token", {
        body: new URLSearchParams({ client_id: "fidesadmin", client_secret: "fidesadminsecret" }),
      });
      expect(tokenAnswer.headers.get("x-ratelimit-limit")).toBe("10");
    });
  });
});

/** A raw GET that asks for gzip and returns what came over the wire, undecoded. */
function rawGet(
  url: string,
  headers: Record<string, string>,
): Promise<{ encoding: string | undefined; body: Buffer }> {
  return new Promise((resolve, reject) => {
    const outgoing = httpRequest(url, { headers }, (incoming) => {
      const chunks: Buffer[] = [];
      incoming.on("data", (chunk: Buffer) => chunks.push(chunk));
      incoming.on("end", () =>
        resolve({ encoding: incoming.headers["content-encoding"], body: Buffer.concat(chunks) }),
      );
    });
    outgoing.on("error", reject);
    outgoing.end();
  });
}

describe("gzip on the HTTP adapter", () => {
  it("compresses answers of 1000 bytes or more for a client that accepts gzip, and only those", async () => {
    const server = await startFidesEmulatorServer();
    try {
      const token = await rootToken({ emulator: server.emulator, url: server.url });
      const auth = { authorization: `Bearer ${token}` };
      const big = await rawGet(`${server.url}/api/v1/oauth/scope`, { ...auth, "accept-encoding": "gzip" });
      expect(big.encoding).toBe("gzip");
      expect(JSON.parse(gunzipSync(big.body).toString("utf8"))).toEqual([...SCOPES]);
      const plain = await rawGet(`${server.url}/api/v1/oauth/scope`, auth);
      expect(plain.encoding).toBeUndefined();
      const small = await rawGet(`${server.url}/health`, { "accept-encoding": "gzip" });
      expect(small.encoding).toBeUndefined();
    } finally {
      await server.close();
    }
  });

  it("compresses every answer, however small, when rate limiting is on", async () => {
    const server = await startFidesEmulatorServer({ rateLimit: true });
    try {
      const small = await rawGet(`${server.url}/health`, { "accept-encoding": "gzip" });
      expect(small.encoding).toBe("gzip");
      expect(JSON.parse(gunzipSync(small.body).toString("utf8")).webserver).toBe("healthy");
    } finally {
      await server.close();
    }
  });
});
