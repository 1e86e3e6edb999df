import { HttpResponse, http } from "msw";
import { describe, expect, it } from "vitest";
import { FidesClient } from "../../src/client.js";
import {
  FidesApiError,
  FidesConnectionError,
  FidesForbiddenError,
  FidesNotFoundError,
  FidesRateLimitError,
  FidesResponseValidationError,
  FidesServerError,
  FidesTimeoutError,
  FidesUnsupportedOperationError,
  FidesValidationError,
  isFidesApiError,
  isFidesError,
  isFidesForbiddenError,
  isFidesNotFoundError,
  isFidesTimeoutError,
} from "../../src/errors.js";
import { classifyForbidden, parsePythonList } from "../../src/internal/forbidden-detail.js";
import type { Scope } from "../../src/scopes.js";
import { deferred, failure, TOKEN_PATH, useMsw, world } from "./fixtures.js";

const server = useMsw();

describe("mapping answers to the error tree", () => {
  it("401 on the token route: the client credentials were rejected", async () => {
    const w = world(server);
    const error = await failure(w.client({ clientSecret: "wrong" }).oauth.getAccessToken());
    expect(error).toMatchObject({
      name: "FidesAuthenticationError",
      code: "FIDES_AUTHENTICATION",
      status: 401,
    });
    expect(error).toMatchObject({ method: "POST", path: TOKEN_PATH, detail: "Authentication Failure" });
    expect(error.message).toBe(
      "POST /api/v1/oauth/token failed with 401: the client credentials were rejected",
    );
    expect(error).toBeInstanceOf(FidesApiError);
  });

  it("403 invalid_scope names the scopes the server does not know", async () => {
    const w = world(server);
    const sdk = w.client({ allowUnknownScopes: true });
    const error = await failure(sdk.oauth.createClient(["policy:read", "made:up"] as Scope[]));
    expect(error).toBeInstanceOf(FidesForbiddenError);
    expect(error).toMatchObject({ status: 403, reason: "invalid_scope", invalidScopes: ["made:up"] });
    expect(error.message).toContain('the server does not know the scope(s) "made:up"');
  });

  it("403 cannot_assign_scopes names the scopes the caller lacks", async () => {
    const w = world(server);
    const creator = w.fides.addClient({ scopes: ["client:create"] });
    const sdk = w.client({ clientId: creator.client_id, clientSecret: creator.client_secret });
    const error = await failure(sdk.oauth.createClient(["storage:delete", "client:create"]));
    expect(error).toMatchObject({ reason: "cannot_assign_scopes", missingScopes: ["storage:delete"] });
  });

  it("403 not_authorized for a token the server cannot read", async () => {
    const w = world(server);
    const sdk = w.client({ clientId: undefined, clientSecret: undefined, accessToken: "garbled" } as never);
    const error = await failure(sdk.oauth.getClientScopes("x"));
    expect(error).toMatchObject({
      name: "FidesForbiddenError",
      reason: "not_authorized",
      requiredScopes: [],
    });
    expect(error.message).toContain("the token was refused (expired, revoked or malformed)");
  });

  it("404 for an unknown client", async () => {
    const w = world(server);
    const error = await failure(w.client().oauth.getClient("0".repeat(32)));
    expect(error).toBeInstanceOf(FidesNotFoundError);
    expect(error).toMatchObject({
      status: 404,
      detail: "Client not found.",
      path: `/api/v1/oauth/client/${"0".repeat(32)}`,
    });
  });

  it("422 with the server's issues", async () => {
    const w = world(server);
    const issue = { type: "value_error", loc: ["body", "name"], msg: "Value error, name must not be empty" };
    w.fides.failNext(
      1,
      { kind: "status", status: 422, body: { detail: [issue] } },
      { path: /\/oauth\/client\// },
    );
    const error = await failure(w.client().oauth.updateClient("abc", { name: "x" }));
    expect(error).toBeInstanceOf(FidesValidationError);
    expect(error.issues).toEqual([issue]);
    expect(error.message).toBe(
      "PUT /api/v1/oauth/client/abc failed with 422: body.name: Value error, name must not be empty",
    );
  });

  it("429 with the wait the server asked for", async () => {
    const w = world(server);
    w.fides.failNext(1, { kind: "status", status: 429, retryAfterSeconds: 7 }, { path: TOKEN_PATH });
    const error = await failure(w.client({ maxRetries: 0 }).oauth.getAccessToken());
    expect(error).toBeInstanceOf(FidesRateLimitError);
    expect(error).toMatchObject({ status: 429, retryAfterMs: 7000 });
    expect(String(error.detail)).toContain("Rate limit exceeded");
  });

  it("5xx as a server error", async () => {
    const w = world(server);
    w.fides.failNext(1, 502, { path: "/api/v1/oauth/scope" });
    const error = await failure(w.client({ maxRetries: 0 }).oauth.listScopes());
    expect(error).toBeInstanceOf(FidesServerError);
    expect(error).toMatchObject({ status: 502, code: "FIDES_SERVER" });
  });

  it("405 from a server older than the client was told, with a hint", async () => {
    const w = world(server, { serverVersion: "2.81.1" });
    const error = await failure(w.client({ serverVersion: "2.84.2" }).oauth.rotateClientSecret("abc"));
    expect(error).toMatchObject({ name: "FidesApiError", status: 405 });
    expect(error.message).toContain(
      "configured as Fides 2.84.2: check the path, and the serverVersion option",
    );
  });

  it("a dropped connection as FidesConnectionError, with the cause kept", async () => {
    const w = world(server);
    w.fides.failNext(1, "drop", { path: "/api/v1/oauth/scope" });
    const sdk = w.client({ maxRetries: 0 });
    await sdk.oauth.getAccessToken();
    const error = await failure(sdk.oauth.listScopes());
    expect(error).toBeInstanceOf(FidesConnectionError);
    expect(error).toMatchObject({ method: "GET", path: "/api/v1/oauth/scope" });
    expect(error.cause).toBeInstanceOf(Error);
  });

  it("an attempt that outlives timeoutMs as FidesTimeoutError", async () => {
    const w = world(server);
    const never = deferred();
    w.fides.failNext(1, { kind: "delay", until: never.promise }, { path: "/api/v1/oauth/scope" });
    const sdk = w.client({ maxRetries: 0 });
    await sdk.oauth.getAccessToken();
    const error = await failure(sdk.oauth.listScopes({ timeoutMs: 20 }));
    expect(error).toBeInstanceOf(FidesTimeoutError);
    expect(error).toMatchObject({ timeoutMs: 20, message: "GET /api/v1/oauth/scope timed out after 20 ms" });
    never.resolve();
  });

  it("a success body that breaks the contract, naming the field", async () => {
    server.use(
      http.post("https://fides.test/api/v1/oauth/token", () =>
        HttpResponse.json({ access_token: "t", expires_in: "soon" }),
      ),
    );
    const sdk = new FidesClient({ baseUrl: "https://fides.test", clientId: "a", clientSecret: "b" });
    const error = await failure(sdk.oauth.getAccessToken());
    expect(error).toBeInstanceOf(FidesResponseValidationError);
    expect(error).toMatchObject({ field: "expires_in" });
    expect(error.message).toBe(
      'response body "expires_in" must be an integer or null (POST /api/v1/oauth/token)',
    );
  });

  it("a malformed item deep in a page, naming its path", async () => {
    server.use(
      http.get("https://fides.test/health", () =>
        HttpResponse.json({ webserver: "healthy", version: "2.84.2", cache: "skipped" }),
      ),
      http.post("https://fides.test/api/v1/oauth/token", () =>
        HttpResponse.json({ access_token: "t", expires_in: 60 }),
      ),
      http.get("https://fides.test/api/v1/oauth/client", () =>
        HttpResponse.json({
          items: [{ client_id: 5, name: null, description: null, scopes: [] }],
          total: 1,
          page: 1,
          size: 50,
          pages: 1,
        }),
      ),
    );
    const sdk = new FidesClient({ baseUrl: "https://fides.test", clientId: "a", clientSecret: "b" });
    const error = await failure(sdk.oauth.listClients());
    expect(error).toMatchObject({ field: "items[0].client_id" });
    expect(error.message).toBe(
      'response body "items[0].client_id" must be a string (GET /api/v1/oauth/client)',
    );
  });

  it("a success body that is not JSON", async () => {
    server.use(
      http.get(
        "https://fides.test/health",
        () => new HttpResponse("<html>", { headers: { "Content-Type": "text/html" } }),
      ),
    );
    const sdk = new FidesClient({ baseUrl: "https://fides.test", clientId: "a", clientSecret: "b" });
    const error = await failure(sdk.health());
    expect(error).toMatchObject({
      name: "FidesResponseValidationError",
      message: "response body must be JSON (GET /health)",
    });
  });

  it("keeps the raw response non-enumerable", async () => {
    const w = world(server);
    const error = await failure(w.client().oauth.getClient("nope"));
    expect(error.response).toBeInstanceOf(Response);
    expect(Object.keys(error)).not.toContain("response");
  });
});

describe("misuse, before any request", () => {
  it("suggests the nearest scope for a typo", async () => {
    const w = world(server);
    // @ts-expect-error "polcy:read" is not a Scope: the compiler catches the typo too.
    const error = await failure(w.client().oauth.createClient(["polcy:read"]));
    expect(error).toBeInstanceOf(TypeError);
    expect(error).toMatchObject({
      code: "ERR_INVALID_ARG_VALUE",
      message: '"polcy:read" is not a Fides scope; did you mean "policy:read"?',
    });
    expect(w.fides.requests()).toEqual([]);
  });

  it.each([
    ["an empty client id", (sdk: FidesClient) => sdk.oauth.getClient(""), '"id" must not be empty'],
    [
      "a page size above 100",
      (sdk: FidesClient) => sdk.oauth.listClients({ size: 101 }),
      '"query.size" must be an integer from 1 to 100',
    ],
    [
      "a blank client name",
      (sdk: FidesClient) => sdk.oauth.createClient([], { name: " " }),
      '"details.name" must not be empty or whitespace',
    ],
    [
      "scopes that are not an array",
      (sdk: FidesClient) => sdk.oauth.setClientScopes("a", "policy:read" as never),
      '"scopes" must be an array of scopes',
    ],
    [
      "a signal that is not an AbortSignal",
      (sdk: FidesClient) => sdk.oauth.listScopes({ signal: {} as AbortSignal }),
      '"options.signal" must be an AbortSignal',
    ],
  ])("rejects %s with a TypeError", async (_case, call, message) => {
    const w = world(server);
    const error = await failure(call(w.client()));
    expect(error).toBeInstanceOf(TypeError);
    expect(error.message).toBe(message);
    expect(w.fides.requests()).toEqual([]);
  });

  it("refuses an operation the pinned server version lacks, naming the version needed", async () => {
    const w = world(server, { serverVersion: "2.81.1" });
    const error = await failure(w.client({ serverVersion: "2.81.1" }).oauth.listClients());
    expect(error).toBeInstanceOf(FidesUnsupportedOperationError);
    expect(error.message).toBe("oauth.listClients() needs Fides 2.82.0 or later; the server is Fides 2.81.1");
    expect(w.fides.requests()).toEqual([]);
  });
});

describe("naming the operation that failed", () => {
  it("on API errors, connection failures, contract breaks and refusals before sending", async () => {
    const w = world(server);
    const sdk = w.client({ maxRetries: 0 });
    expect(await failure(sdk.oauth.getClient("missing"))).toMatchObject({
      name: "FidesNotFoundError",
      operation: "getClient",
    });
    expect(await failure(w.client({ clientSecret: "wrong" }).oauth.listScopes())).toMatchObject({
      name: "FidesAuthenticationError",
      operation: "getAccessToken",
    });
    server.use(
      http.get(`${w.fides.baseUrl}/api/v1/oauth/role`, () => HttpResponse.error()),
      http.get(`${w.fides.baseUrl}/api/v1/oauth/scope`, () => HttpResponse.json({ not: "a list" })),
    );
    expect(await failure(sdk.oauth.listRoles())).toMatchObject({
      name: "FidesConnectionError",
      operation: "listRoles",
    });
    expect(await failure(sdk.oauth.listScopes())).toMatchObject({
      name: "FidesResponseValidationError",
      operation: "listScopes",
    });
  });
});

describe("guards", () => {
  it("accept every subclass of their class, by name, as the prototype chain says", () => {
    const named = (name: string) => Object.assign(new Error("x"), { name });
    for (const name of ["FidesRateLimitError", "FidesServerError", "FidesValidationError"]) {
      expect(isFidesApiError(named(name))).toBe(true);
      expect(isFidesError(named(name))).toBe(true);
    }
    for (const name of ["FidesConnectionError", "FidesUnsupportedOperationError"]) {
      expect(isFidesApiError(named(name))).toBe(false);
      expect(isFidesError(named(name))).toBe(true);
    }
    expect(isFidesTimeoutError(named("FidesConnectionError"))).toBe(false);
  });

  it("recognise errors from another copy of the SDK by name", () => {
    const foreign = Object.assign(new Error("x"), { name: "FidesNotFoundError" });
    expect(isFidesNotFoundError(foreign)).toBe(true);
    expect(isFidesApiError(foreign)).toBe(true);
    expect(isFidesError(foreign)).toBe(true);
    expect(isFidesForbiddenError(foreign)).toBe(false);
  });

  it("reject what is not an SDK error", () => {
    for (const value of [new Error("x"), null, undefined, "FidesError", { name: 5 }]) {
      expect(isFidesError(value)).toBe(false);
    }
    expect(isFidesTimeoutError(new FidesTimeoutError("t", { method: "GET", path: "/" }, 1))).toBe(true);
  });
});

describe("reading Fides's refusal details", () => {
  it("parses the required scopes of an insufficient-scope detail", () => {
    expect(
      classifyForbidden(
        "Not Authorized for this action. Required scope(s): [client:read, client:update]",
        undefined,
      ),
    ).toEqual({
      reason: "insufficient_scope",
      requiredScopes: ["client:read", "client:update"],
    });
  });

  it("parses Python list reprs", () => {
    expect(parsePythonList("Missing scopes: ['a:b', 'c:d']")).toEqual(["a:b", "c:d"]);
    expect(parsePythonList("no list")).toEqual([]);
  });

  it("maps the pre-2.69.1 invalid-scope 422 to invalid_scope", async () => {
    const w = world(server, { serverVersion: "2.69.0" });
    const sdk = w.client({ serverVersion: "2.69.0", allowUnknownScopes: true });
    const { client_id } = w.fides.addClient({ scopes: [] });
    const error = await failure(sdk.oauth.setClientScopes(client_id, ["made:up"] as unknown as Scope[]));
    expect(error).toMatchObject({
      name: "FidesForbiddenError",
      status: 422,
      reason: "invalid_scope",
      invalidScopes: ["made:up"],
    });
  });
});
