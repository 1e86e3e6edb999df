import { describe, expect, it } from "vitest";
import { ROLES, SCOPES } from "../../src/scopes.js";
import { deref, listOperations, loadSpec, type Node } from "./load-spec.js";

const spec = loadSpec();

/** Method, path, required scope (none for the public routes) and every status the server sends. */
const OPERATIONS = {
  acquireAccessToken: ["post", "/api/v1/oauth/token", undefined, ["200", "401", "422", "429"]],
  createClient: ["post", "/api/v1/oauth/client", "client:create", ["200", "401", "403", "422"]],
  listClients: ["get", "/api/v1/oauth/client", "client:read", ["200", "401", "403", "404", "422"]],
  getClient: ["get", "/api/v1/oauth/client/{client_id}", "client:read", ["200", "401", "403", "404"]],
  updateClient: [
    "put",
    "/api/v1/oauth/client/{client_id}",
    "client:update",
    ["200", "401", "403", "404", "405", "422"],
  ],
  deleteClient: ["delete", "/api/v1/oauth/client/{client_id}", "client:delete", ["200", "401", "403"]],
  rotateClientSecret: [
    "post",
    "/api/v1/oauth/client/{client_id}/secret",
    "client:update",
    ["200", "401", "403", "404", "405"],
  ],
  getClientScopes: ["get", "/api/v1/oauth/client/{client_id}/scope", "client:read", ["200", "401", "403"]],
  setClientScopes: [
    "put",
    "/api/v1/oauth/client/{client_id}/scope",
    "client:update",
    ["200", "401", "403", "422"],
  ],
  listScopes: ["get", "/api/v1/oauth/scope", "scope:read", ["200", "401", "403"]],
  listRoles: ["get", "/api/v1/oauth/role", "scope:read", ["200", "401", "403"]],
  health: ["get", "/health", undefined, ["200", "422", "503"]],
} as const;

const operation = (id: keyof typeof OPERATIONS): Node => {
  const [method, route] = OPERATIONS[id];
  return spec.paths[route][method];
};

/** The `detail` strings of a response's JSON examples, `$ref`s followed. */
const exampleDetails = (response: Node): string[] =>
  Object.values(deref(spec, response).content["application/json"].examples as Record<string, Node>).map(
    (example) => deref(spec, example).value.detail,
  );

describe("the OpenAPI contract", () => {
  it("lists the 131 scopes of the registry in registry order, exactly as SCOPES", () => {
    expect(spec.components.schemas.Scope.enum).toEqual([...SCOPES]);
    expect(spec.components.schemas.Scope.enum).toHaveLength(131);
  });

  it("lists the roles in the server's order, exactly as ROLES", () => {
    expect(spec.components.schemas.Role.enum).toEqual([...ROLES]);
  });

  it("has the 12 operations, each at its method and path under our operationId", () => {
    const found = listOperations(spec).map(({ method, path, operation }) => [
      operation.operationId,
      method,
      path,
    ]);
    const expected = Object.entries(OPERATIONS).map(([id, [method, path]]) => [id, method, path]);
    expect(found.sort()).toEqual(expected.sort());
  });

  it("does not describe the SaaS-connector callback, and says so", () => {
    expect(spec.paths["/api/v1/oauth/callback"]).toBeUndefined();
    expect(spec.info.description).toContain("/api/v1/oauth/callback");
  });

  it.each(Object.entries(OPERATIONS))("%s declares the scope it requires", (id, [, , scope]) => {
    const security: Node[] = operation(id as keyof typeof OPERATIONS).security;
    if (scope === undefined) {
      expect(security.flatMap((requirement) => Object.keys(requirement))).not.toContain("fidesOAuth");
    } else {
      expect(security).toEqual([{ fidesOAuth: [scope] }]);
    }
  });

  it.each(Object.entries(OPERATIONS))(
    "%s documents every status the server sends",
    (id, [, , , statuses]) => {
      expect(Object.keys(operation(id as keyof typeof OPERATIONS).responses).sort()).toEqual([...statuses]);
    },
  );

  it.each(Object.keys(OPERATIONS))("%s has a summary and a description", (id) => {
    const { summary, description } = operation(id as keyof typeof OPERATIONS);
    expect(summary).toMatch(/\w/);
    expect(description).toMatch(/\w/);
  });

  it("documents both 401 details of the token route and the bearer 401 of the others", () => {
    expect(exampleDetails(operation("acquireAccessToken").responses["401"])).toEqual([
      "Authentication Failure",
      "Not authenticated",
    ]);
    expect(exampleDetails(operation("getClient").responses["401"])).toEqual(["Failed to authenticate"]);
  });

  it.each(["createClient", "updateClient", "setClientScopes"] as const)(
    "%s documents each of the four 403 details",
    (id) => {
      const details = exampleDetails(operation(id).responses["403"]);
      expect(details).toContain("Not Authorized for this action");
      expect(
        details.some((detail) => detail.startsWith("Not Authorized for this action. Required scope(s): [")),
      ).toBe(true);
      expect(
        details.some((detail) => detail.startsWith("Invalid Scope. Scopes must be one of ['config:read'")),
      ).toBe(true);
      expect(details.some((detail) => detail.startsWith("Cannot assign scopes that you do not have."))).toBe(
        true,
      );
    },
  );

  it.each(["deleteClient", "setClientScopes"] as const)("%s answers 200 with a JSON null body", (id) => {
    const response = deref(spec, operation(id).responses["200"]);
    expect(response.content["application/json"].schema).toEqual({ type: "null" });
  });

  it("answers a rate-limited token request with an error key, not detail", () => {
    const response = deref(spec, operation("acquireAccessToken").responses["429"]);
    const example = response.content["application/json"].examples.rateLimited.value;
    expect(example).toEqual({ error: "Rate limit exceeded: 10 per 1 minute" });
    expect(Object.keys(response.headers)).toContain("Retry-After");
  });

  it("takes the token request as a form and also allows HTTP Basic", () => {
    const token = operation("acquireAccessToken");
    expect(Object.keys(token.requestBody.content)).toEqual(["application/x-www-form-urlencoded"]);
    expect(token.security).toContainEqual({ basicAuth: [] });
    expect(spec.components.securitySchemes.basicAuth).toEqual(
      expect.objectContaining({ type: "http", scheme: "basic" }),
    );
  });

  it("requires only access_token in AccessToken, since older servers omit the rest", () => {
    expect(spec.components.schemas.AccessToken.required).toEqual(["access_token"]);
  });

  it("mentions each older era in the operations it affects", () => {
    expect(operation("createClient").description).toMatch(/bare JSON array/);
    expect(operation("createClient").description).toMatch(/2\.69\.1/);
    expect(operation("acquireAccessToken").description).toMatch(/2\.78\.2/);
    expect(operation("acquireAccessToken").description).toMatch(/2\.76/);
    for (const id of ["listClients", "getClient"] as const)
      expect(operation(id).description).toMatch(/Item not found/);
    for (const id of ["updateClient", "rotateClientSecret"] as const)
      expect(operation(id).description).toMatch(/405/);
  });

  it("uses the oauth2 client-credentials scheme with the token URL", () => {
    expect(spec.components.securitySchemes.fidesOAuth.flows.clientCredentials.tokenUrl).toBe(
      "/api/v1/oauth/token",
    );
  });
});
