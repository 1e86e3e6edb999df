/**
 * Compile-time ties between the generated types and the hand-written scope registry. `tsc`
 * (`npm run typecheck`, which includes test/) fails when they drift; the runtime test only
 * keeps the file in the suite.
 */
import { describe, expect, it } from "vitest";
import type { components, operations, paths } from "../../src/generated/fides-oauth.js";
import type { Role, Scope } from "../../src/scopes.js";

/** True only when A and B are the same type (not merely assignable either way). */
type Equal<A, B> = (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false;

type Schemas = components["schemas"];
type CreateClient = paths["/api/v1/oauth/client"]["post"];
type GetClient = paths["/api/v1/oauth/client/{client_id}"]["get"];
type ListClients = paths["/api/v1/oauth/client"]["get"];
type Json<Op, Status extends keyof Op["responses" & keyof Op]> = Op["responses" & keyof Op][Status] extends {
  content: { "application/json": infer Body };
}
  ? Body
  : never;

const scopeMatchesRegistry: Equal<Schemas["Scope"], Scope> = true;
const roleMatchesRegistry: Equal<Schemas["Role"], Role> = true;
const createBody: Equal<
  NonNullable<CreateClient["requestBody"]>["content"]["application/json"],
  Schemas["ClientCreateRequest"]
> = true;
const createResponse: Equal<Json<CreateClient, 200>, Schemas["ClientCreatedResponse"]> = true;
const clientIdParameter: Equal<GetClient["parameters"]["path"], { client_id: string }> = true;
const listQuery: Equal<
  NonNullable<ListClients["parameters"]["query"]>,
  { page?: number; size?: number }
> = true;
const deleteBody: Equal<Json<operations["deleteClient"], 200>, null> = true;
const tokenFields: Equal<
  Schemas["AccessToken"],
  { access_token: string; token_type?: "Bearer"; expires_in?: number | null; expires_at?: string | null }
> = true;
const errorBody: Equal<Json<operations["getClient"], 404>, { detail: string }> = true;

describe("the generated types", () => {
  it("agree with the scope registry and the spec's shapes (checked by tsc)", () => {
    expect([
      scopeMatchesRegistry,
      roleMatchesRegistry,
      createBody,
      createResponse,
      clientIdParameter,
      listQuery,
      deleteBody,
      tokenFields,
      errorBody,
    ]).not.toContain(false);
  });
});
