// Operations as data: each describes its request; the one path builder fills and encodes it.
import { describe, expect, it } from "vitest";
import * as operations from "../../src/internal/operations.js";
import { fillPath, jsonBody, queryOf, requestUrl } from "../../src/internal/request-data.js";
import { parseVersion } from "../../src/internal/version.js";

const ID = "a b/ü";
const argsFor: Record<string, unknown> = {
  getAccessToken: { clientId: "id", clientSecret: "secret" },
  createClient: { scopes: ["policy:read"], name: "n", description: undefined },
  listClients: { page: 2, size: 10 },
  updateClient: { id: ID, body: { name: "n" } },
  setClientScopes: { id: ID, scopes: ["policy:read"] },
};

function table(): operations.Operation<unknown, unknown>[] {
  return (Object.values(operations) as unknown[]).filter(
    (value): value is operations.Operation<unknown, unknown> =>
      typeof value === "object" && value !== null && "request" in value,
  );
}

describe("operations as request data", () => {
  it("describe their own method, and their path template filled with the id encoded once", () => {
    const all = table();
    expect(all.length).toBe(12);
    for (const operation of all) {
      const request = operation.request(argsFor[operation.name] ?? { id: ID });
      expect(request.method, operation.name).toBe(operation.method);
      expect(request.path, operation.name).toBe(fillPath(operation.path, { client_id: ID }));
      expect(request.path, operation.name).not.toContain(" ");
    }
  });

  it("encodes a client id as one path segment, the same for the wire and for messages", () => {
    const request = operations.getClient.request({ id: ID });
    expect(request.path).toBe("/api/v1/oauth/client/a%20b%2F%C3%BC");
    expect(requestUrl("http://h/fides", request)).toBe("http://h/fides/api/v1/oauth/client/a%20b%2F%C3%BC");
  });

  it("sends the token request form-encoded and the list query in the contract's names", () => {
    const token = operations.acquireAccessToken.request({ clientId: "a&b", clientSecret: "s=t" });
    expect(token.headers).toEqual({ "Content-Type": "application/x-www-form-urlencoded" });
    expect(token.body).toBe("grant_type=client_credentials&client_id=a%26b&client_secret=s%3Dt");
    const list = operations.listClients.request({ page: 2, size: 10 });
    expect(requestUrl("http://h", list)).toBe("http://h/api/v1/oauth/client?page=2&size=10");
  });

  it("reshapes createClient's body for a server older than 2.82, and refuses a name there", () => {
    const args = { scopes: ["policy:read" as const], name: undefined, description: undefined };
    const request = operations.createClient.request(args);
    expect(request.body).toBe(JSON.stringify({ scopes: ["policy:read"] }));
    const old = parseVersion("2.78.2");
    const current = parseVersion("2.82.0");
    if (old === undefined || current === undefined) throw new Error("bad version");
    expect(operations.createClient.forVersion?.(request, args, current)).toBe(request);
    expect(operations.createClient.forVersion?.(request, args, old)?.body).toBe('["policy:read"]');
    const named = { ...args, name: "reader" };
    expect(() =>
      operations.createClient.forVersion?.(operations.createClient.request(named), named, old),
    ).toThrow(/2\.82/);
  });

  it("refuses a template parameter it has no value for", () => {
    expect(() => fillPath("/a/{x}", {})).toThrow(TypeError);
  });

  it("builds queries and JSON bodies", () => {
    expect(queryOf({ "a b": "c&d", n: 1 })).toBe("a%20b=c%26d&n=1");
    expect(jsonBody([1])).toEqual({ body: "[1]", headers: { "Content-Type": "application/json" } });
    expect(requestUrl("http://h", { path: "/x", query: "" })).toBe("http://h/x");
  });
});
