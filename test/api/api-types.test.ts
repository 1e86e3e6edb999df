// The types of sdk.api(): the newest release by default, { release } for another, a paths type of
// the user's own. Every `@ts-expect-error` below is checked by `npm run typecheck` (tsc): if the
// line compiled, the directive itself would be the error.

import type { Client } from "openapi-fetch";
import { describe, expect, expectTypeOf, it } from "vitest";
import type { paths as Paths278 } from "../../src/api/release-2.78.js";
import type { paths as Paths286 } from "../../src/api/release-2.86.js";
import { useMsw, world } from "../client/fixtures.js";
import type { paths as PolicyPaths } from "../policy-paths.js";

const server = useMsw();

describe("sdk.api() types", () => {
  it("are the newest tested release's without a type argument", () => {
    const api = world(server).client().api();
    expectTypeOf(api).toEqualTypeOf<Client<Paths286>>();
    // A route added in 2.82 and one added in 2.86 both compile against the newest release.
    const added = [
      () => api.GET("/api/v1/oauth/client"),
      () =>
        api.GET("/api/v1/connection/{connection_key}/protected-fields", {
          params: { path: { connection_key: "postgres" } },
        }),
    ];
    expect(added).toHaveLength(2);
  });

  it("are the pinned release's with { release }", async () => {
    const api = world(server).client().api({ release: "2.78" });
    expectTypeOf(api).toEqualTypeOf<Client<Paths278>>();
    // @ts-expect-error: GET /api/v1/oauth/client was added in 2.82; 2.78.2's types lack it
    const refused = () => api.GET("/api/v1/oauth/client");
    expect(typeof refused).toBe("function");
    const { data } = await api.GET("/api/v1/oauth/scope");
    expect(data).toContain("client:read");
  });

  it("check query parameters and bodies", () => {
    const api = world(server).client().api();
    // A known query parameter, typed.
    const ok = () => api.GET("/api/v1/privacy-request", { params: { query: { size: 50, page: 2 } } });
    // @ts-expect-error: "sise" is not a query parameter of GET /api/v1/privacy-request
    const typo = () => api.GET("/api/v1/privacy-request", { params: { query: { sise: 50 } } });
    // @ts-expect-error: "size" is an integer
    const wrongType = () => api.GET("/api/v1/privacy-request", { params: { query: { size: "50" } } });
    // @ts-expect-error: PATCH /api/v1/dsr/policy takes a list of policies
    const wrongBody = () => api.PATCH("/api/v1/dsr/policy", { body: { name: "Access" } });
    expect([ok, typo, wrongType, wrongBody].every((f) => typeof f === "function")).toBe(true);
  });

  it("are the user's own with a type argument", () => {
    const api = world(server).client().api<PolicyPaths>();
    expectTypeOf(api).toEqualTypeOf<Client<PolicyPaths>>();
    // @ts-expect-error: the user's paths have no privacy-request route
    const outside = () => api.GET("/api/v1/privacy-request");
    expect(typeof outside).toBe("function");
  });

  it("type a privacy-request page's items", () => {
    const api = world(server).client().api();
    const list = () => api.GET("/api/v1/privacy-request");
    type Page = NonNullable<Awaited<ReturnType<typeof list>>["data"]>;
    expectTypeOf<Page["items"]>().not.toBeAny();
    expectTypeOf<Page["total"]>().toEqualTypeOf<number>();
  });
});
