// Type-level tests: checked by `tsc` (npm run typecheck); the runtime assertions are no-ops.
import { describe, expectTypeOf, it } from "vitest";
import {
  bootstrapClient,
  type components,
  createOAuthClient,
  FidesClient,
  type FidesClientOptions,
  type FidesForbiddenError,
  type ForbiddenReason,
  getAccessToken,
  isFidesForbiddenError,
  type OAuthClient,
  type OAuthClientPage,
  type RequestOptions,
  type Role,
  type Scope,
} from "../../src/index.js";

const sdk = new FidesClient({ baseUrl: "http://localhost:8080", accessToken: "unused" });

describe("public signatures", () => {
  it("types the oauth methods from the generated contract", () => {
    expectTypeOf(sdk.oauth.getAccessToken).returns.toEqualTypeOf<Promise<string>>();
    expectTypeOf(sdk.oauth.createClient).parameter(0).toEqualTypeOf<readonly Scope[]>();
    expectTypeOf(sdk.oauth.createClient).returns.toEqualTypeOf<
      Promise<components["schemas"]["ClientCreatedResponse"]>
    >();
    expectTypeOf(sdk.oauth.listClients).returns.toEqualTypeOf<Promise<OAuthClientPage>>();
    expectTypeOf(sdk.oauth.listAllClients).returns.toEqualTypeOf<AsyncGenerator<OAuthClient>>();
    expectTypeOf(sdk.oauth.getClient).returns.toEqualTypeOf<Promise<OAuthClient>>();
    expectTypeOf<OAuthClient["client_id"]>().toEqualTypeOf<string>();
    expectTypeOf<OAuthClient["scopes"]>().toEqualTypeOf<Scope[]>();
    expectTypeOf(sdk.oauth.deleteClient).returns.toEqualTypeOf<Promise<void>>();
    expectTypeOf(sdk.oauth.rotateClientSecret).returns.toEqualTypeOf<
      Promise<components["schemas"]["ClientSecretRotateResponse"]>
    >();
    expectTypeOf(sdk.oauth.getClientScopes).returns.toEqualTypeOf<Promise<Scope[]>>();
    expectTypeOf(sdk.oauth.setClientScopes).returns.toEqualTypeOf<Promise<void>>();
    expectTypeOf(sdk.oauth.listScopes).returns.toEqualTypeOf<Promise<Scope[]>>();
    expectTypeOf(sdk.oauth.listRoles).returns.toEqualTypeOf<Promise<components["schemas"]["RoleScopes"]>>();
    expectTypeOf(sdk.health).returns.resolves.toHaveProperty("version").toEqualTypeOf<string>();
  });

  it("takes a last optional { signal, timeoutMs } on every method", () => {
    expectTypeOf(sdk.oauth.getClient).parameter(1).toEqualTypeOf<RequestOptions | undefined>();
    expectTypeOf(sdk.oauth.listScopes).parameter(0).toEqualTypeOf<RequestOptions | undefined>();
    expectTypeOf<RequestOptions>().toEqualTypeOf<{ signal?: AbortSignal; timeoutMs?: number }>();
  });

  it("turns a scope typo into a compile error", () => {
    // @ts-expect-error "polcy:read" is not a Scope
    const typo: Scope = "polcy:read";
    // Never called: only compiled.
    const call = () =>
      // @ts-expect-error a misspelt scope in a call
      sdk.oauth.setClientScopes("id", ["client:raed"]);
    // @ts-expect-error not a role
    const role: Role = "admin";
    void [typo, role, call];
  });

  it("accepts credentials, a fixed token, or neither (for unauthenticated calls), not both", () => {
    expectTypeOf({ baseUrl: "x", clientId: "a", clientSecret: "b" }).toMatchTypeOf<FidesClientOptions>();
    expectTypeOf({ baseUrl: "x", accessToken: "t" }).toMatchTypeOf<FidesClientOptions>();
    expectTypeOf({ baseUrl: "x" }).toMatchTypeOf<FidesClientOptions>();
    // @ts-expect-error a token cannot be combined with credentials
    const both: FidesClientOptions = { baseUrl: "x", clientId: "a", clientSecret: "b", accessToken: "t" };
    // @ts-expect-error a client id needs its secret
    const half: FidesClientOptions = { baseUrl: "x", clientId: "a" };
    void both;
    void half;
  });

  it("types the helpers and the error guards", () => {
    expectTypeOf(getAccessToken).returns.toEqualTypeOf<Promise<string>>();
    expectTypeOf(createOAuthClient).returns.resolves.toHaveProperty("client_secret").toEqualTypeOf<string>();
    expectTypeOf(bootstrapClient).parameter(0).toHaveProperty("scopes").toEqualTypeOf<readonly Scope[]>();
    const error: unknown = undefined;
    if (isFidesForbiddenError(error)) {
      expectTypeOf(error).toEqualTypeOf<FidesForbiddenError>();
      expectTypeOf(error.reason).toEqualTypeOf<ForbiddenReason>();
    }
  });
});
