// Upstream-shaped documents of our own making, so that the check-upstream tests need nothing beside
// the repository. Each is built from our contract by undoing, one by one, the differences the
// allow-list accepts in Fides's generated document (FastAPI's operationIds and schema names, its
// undocumented 401/403/404/405/429, its 422 on every operation with a parameter, its optional
// defaults, its untyped `None` bodies, the out-of-scope callback route), and, for the 2.81.1 shape,
// what that release lacked. Real documents are checked with `npm run check-upstream -- <file>`.
import { loadDocument } from "../../scripts/check-upstream/load.js";
import type { Node } from "./load-spec.js";
import { SPEC_PATH } from "./load-spec.js";

/** Our schema names and the names FastAPI generates for them. */
const SCHEMA_NAMES: Readonly<Record<string, string>> = {
  ClientPage: "Page_ClientResponse_",
  Scope: "ScopeRegistryEnum",
  HealthCheck: "CoreHealthCheck",
  TokenRequest: "Body_acquire_access_token_api_v1_oauth_token_post",
};
const UNDOCUMENTED = ["401", "403", "404", "405"];
const WITHOUT_422 = [
  ["delete", "/api/v1/oauth/client/{client_id}"],
  ["get", "/api/v1/oauth/client/{client_id}"],
  ["get", "/api/v1/oauth/client/{client_id}/scope"],
  ["post", "/api/v1/oauth/client/{client_id}/secret"],
] as const;
const METHODS = ["get", "put", "post", "delete", "patch"];
const VALIDATION_ERROR = {
  description: "Validation Error",
  content: { "application/json": { schema: { $ref: "#/components/schemas/HTTPValidationError" } } },
};

/**
 * A document shaped like the one Fides 2.86.2 generates for its OAuth routes.
 * @returns a fresh document each call, free to modify
 */
export async function upstreamLike2862(): Promise<Node> {
  const document: Node = await loadDocument(SPEC_PATH);
  const schemas = document.components.schemas;
  for (const [route, item] of Object.entries(document.paths as Record<string, Node>)) {
    for (const method of METHODS.filter((name) => item[name])) {
      const operation = item[method];
      operation.operationId = `${snake(operation.operationId)}${route.replace(/[^a-z0-9]+/gi, "_").toLowerCase()}_${method}`;
      for (const status of UNDOCUMENTED) delete operation.responses[status];
    }
  }
  delete document.paths["/api/v1/oauth/token"].post.responses["429"];
  for (const [method, route] of WITHOUT_422)
    document.paths[route][method].responses["422"] = VALIDATION_ERROR;
  for (const route of ["/api/v1/oauth/client/{client_id}", "/api/v1/oauth/client/{client_id}/scope"]) {
    const method = route.endsWith("scope") ? "put" : "delete";
    document.paths[route][method].responses["200"] = {
      description: "OK",
      content: { "application/json": { schema: {} } },
    };
  }
  const roles = document.paths["/api/v1/oauth/role"].get.responses["200"].content["application/json"];
  roles.schema = { type: "object", additionalProperties: { type: "array", items: {} } };
  document.paths["/api/v1/oauth/callback"] = {
    get: {
      operationId: "oauth_callback_api_v1_oauth_callback_get",
      parameters: [{ name: "code", in: "query", required: true, schema: { type: "string" } }],
      responses: {
        "200": { description: "OK", content: { "application/json": { schema: {} } } },
        "422": VALIDATION_ERROR,
      },
    },
  };
  const client = schemas.ClientResponse;
  client.required = (client.required as string[]).filter(
    (name) => !["name", "description", "scopes"].includes(name),
  );
  schemas.HTTPValidationError ??= { type: "object", properties: { detail: { type: "array", items: {} } } };
  return renameSchemas(document);
}

/**
 * A document shaped like the one Fides 2.84.2 generates: the 2.86.2 shape without the scope that
 * came in 2.86.0.
 * @returns a fresh document each call, free to modify
 */
export async function upstreamLike2842(): Promise<Node> {
  const document = await upstreamLike2862();
  const scopes = document.components.schemas.ScopeRegistryEnum;
  scopes.enum = (scopes.enum as string[]).filter((scope) => scope !== "notification:update");
  return document;
}

/**
 * A document shaped like the one Fides 2.81.1 generates: the 2.84.2 shape without the routes and
 * scopes that came in 2.82 and 2.84, and with the create body a bare array of scopes.
 * @returns a fresh document each call, free to modify
 */
export async function upstreamLike2811(): Promise<Node> {
  const document = await upstreamLike2842();
  const paths = document.paths;
  delete paths["/api/v1/oauth/client"].get;
  delete paths["/api/v1/oauth/client/{client_id}"].get;
  delete paths["/api/v1/oauth/client/{client_id}"].put;
  delete paths["/api/v1/oauth/client/{client_id}/secret"];
  const scopes = document.components.schemas.ScopeRegistryEnum;
  const added = ["correspondence:read", "correspondence:send", "notification:read"];
  scopes.enum = (scopes.enum as string[]).filter((scope) => !added.includes(scope));
  paths["/api/v1/oauth/client"].post.requestBody.content["application/json"].schema = {
    type: "array",
    items: { $ref: "#/components/schemas/ScopeRegistryEnum" },
  };
  return document;
}

function renameSchemas(document: Node): Node {
  const schemas = document.components.schemas;
  for (const [ours, theirs] of Object.entries(SCHEMA_NAMES)) {
    schemas[theirs] = schemas[ours];
    delete schemas[ours];
  }
  const text = JSON.stringify(document).replace(/"#\/components\/schemas\/(\w+)"/g, (whole, name: string) =>
    SCHEMA_NAMES[name] ? `"#/components/schemas/${SCHEMA_NAMES[name]}"` : whole,
  );
  return JSON.parse(text);
}

function snake(camel: string): string {
  return camel.replace(/[A-Z]/g, (letter) => `_${letter.toLowerCase()}`);
}
