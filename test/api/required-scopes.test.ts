// requiredScopes / operationAccess per release: literal Scope types, the webhook corrections, and
// a typo'd operation refused with the nearest one. The type assertions are checked by `tsc`.

import { describe, expect, expectTypeOf, it } from "vitest";
import * as newest from "../../src/api/index.js";
import * as r278 from "../../src/api/release-2.78.js";
import * as r282 from "../../src/api/release-2.82.js";
import * as r286 from "../../src/api/release-2.86.js";
import type { Scope } from "../../src/scopes.js";

describe("requiredScopes", () => {
  it("names an operation's scopes as literal Scope types", () => {
    const scopes = newest.requiredScopes("PATCH", "/api/v1/dsr/policy");
    expect(scopes).toEqual(["policy:create_or_update"]);
    expectTypeOf(scopes).toEqualTypeOf<readonly ["policy:create_or_update"]>();
    expectTypeOf(scopes[0]).toExtend<Scope>();
    expectTypeOf(newest.requiredScopes("POST", "/api/v1/system/upsert")).toEqualTypeOf<
      readonly ["system:create", "system:update"]
    >();
  });

  it("names user:read for the user list, which the document leaves unscoped but the server does not", () => {
    expect(newest.requiredScopes("GET", "/api/v1/user")).toEqual(["user:read"]);
    expect(r278.requiredScopes("GET", "/api/v1/user")).toEqual(["user:read"]);
  });

  it("is [] for an operation that takes no token", () => {
    expect(newest.requiredScopes("GET", "/health")).toEqual([]);
    expect(newest.operationAccess("POST", "/api/v1/oauth/token")).toBe("none");
  });

  it("refuses the webhook callback routes, which only the webhook's token opens", () => {
    for (const [method, path] of [
      ["POST", "/api/v1/privacy-request/{privacy_request_id}/resume"],
      ["POST", "/api/v1/privacy-request/{privacy_request_id}/pre-approve/eligible"],
      ["POST", "/api/v1/privacy-request/{privacy_request_id}/pre-approve/not-eligible"],
      ["POST", "/api/v1/request-task/callback"],
    ] as const) {
      expect(newest.operationAccess(method, path)).toBe("webhook-token");
      expect(() => newest.requiredScopes(method, path)).toThrow(
        expect.objectContaining({
          code: "ERR_INVALID_ARG_VALUE",
          message: `${method} ${path} takes only the token Fides sent to the webhook; no OAuth scope grants it`,
        }),
      );
    }
    const callback = () => newest.requiredScopes("POST", "/api/v1/request-task/callback");
    expectTypeOf(callback).returns.toBeNever();
  });

  it("refuses a typo'd operation with the nearest one", () => {
    expect(() => newest.requiredScopes("GET", "/api/v1/privacy-requests" as never)).toThrow(
      expect.objectContaining({
        name: "TypeError",
        code: "ERR_INVALID_ARG_VALUE",
        message:
          '"GET /api/v1/privacy-requests" is not an operation of Fides 2.86.2; did you mean "GET /api/v1/privacy-request"?',
      }),
    );
    expect(() => newest.requiredScopes("GET", "/nothing/like/it/at/all/anywhere" as never)).toThrow(
      '"GET /nothing/like/it/at/all/anywhere" is not an operation of Fides 2.86.2',
    );
  });

  it("reads each release's own table", () => {
    expect(r286.RELEASE).toBe("2.86.2");
    expect(newest.RELEASE).toBe("2.86.2");
    expect(r282.requiredScopes("GET", "/api/v1/oauth/client")).toEqual(["client:read"]);
    expect(() => r278.requiredScopes("GET", "/api/v1/oauth/client" as never)).toThrow(
      '"GET /api/v1/oauth/client" is not an operation of Fides 2.78.2',
    );
    expect(r278.operationAccess("PUT", "/api/v1/registration")).toBe("none");
    // @ts-expect-error: 2.78.2 has no client listing (added in 2.82)
    expect(() => r278.requiredScopes("GET", "/api/v1/oauth/client")).toThrow();
    // @ts-expect-error: a method the path does not have
    expect(() => newest.requiredScopes("DELETE", "/api/v1/oauth/scope")).toThrow();
  });

  it("counts each release's operations", () => {
    expect(Object.keys(r278.OPERATION_ACCESS)).toHaveLength(254);
    expect(Object.keys(r282.OPERATION_ACCESS)).toHaveLength(264);
    expect(Object.keys(r286.OPERATION_ACCESS)).toHaveLength(273);
  });
});
