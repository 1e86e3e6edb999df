// Careless input on the surfaces that lend the token (issue 21 points 8 to 11): refused before
// anything is sent, as a TypeError naming the argument.

import { describe, expect, it, vi } from "vitest";
import { FidesClient } from "../../src/client.js";
import { type TokenStore, tokenStoreKey } from "../../src/token-store.js";
import { failure } from "./fixtures.js";

const BASE = "https://fides.test";

function neverFetch() {
  return vi.fn<typeof fetch>(() => Promise.reject(new Error("nothing may be sent")));
}

function client(fetch = neverFetch(), tokenStore?: TokenStore) {
  return new FidesClient({
    baseUrl: BASE,
    clientId: "cid",
    clientSecret: "secret-0123456789",
    fetch,
    ...(tokenStore === undefined ? {} : { tokenStore }),
  });
}

describe("sdk.fetch paths with percent-escapes", () => {
  const paths = [
    "/api/v1/a%2Fb%zz",
    "/api/v1/x%2F..%2F..%2Foauth%2Fscope%",
    "/api/v1/a%5Cb%zz",
    "/api/v1/a%2Fb%FF",
    "/api/v1/a%252Fb%zz",
  ];
  for (const path of paths) {
    it(`refuses ${path}: a malformed or non-UTF-8 escape does not hide an encoded separator`, async () => {
      const fetch = neverFetch();
      const error = await failure(client(fetch).fetch(path));
      expect(error).toBeInstanceOf(TypeError);
      expect(error).toMatchObject({ code: "ERR_INVALID_ARG_VALUE", argument: "path" });
      expect(fetch).not.toHaveBeenCalled();
    });
  }

  it("still sends a segment whose only escapes are harmless, malformed ones included", async () => {
    const send = vi.fn<typeof fetch>(async (input) => {
      const url = String(input);
      if (url.endsWith("/oauth/token")) {
        return Response.json({ access_token: "tok-1", expires_in: 3600 });
      }
      return new Response(url);
    });
    const response = await client(send).fetch("/api/v1/100%25%20off%zz");
    expect(await response.text()).toBe(`${BASE}/api/v1/100%25%20off%zz`);
  });
});

describe("sdk.fetch transport headers", () => {
  for (const name of [
    "Content-Length",
    "transfer-encoding",
    "Connection",
    "upgrade",
    "Expect",
    "keep-alive",
  ]) {
    it(`refuses init.headers naming ${name} as a TypeError before anything is sent`, async () => {
      const fetch = neverFetch();
      const error = await failure(client(fetch).fetch("/api/v1/x", { headers: { [name]: "1" } }));
      expect(error).toBeInstanceOf(TypeError);
      expect(error).toMatchObject({ code: "ERR_INVALID_ARG_VALUE", argument: "init.headers" });
      expect(error.message).toContain(name.toLowerCase());
      expect(fetch).not.toHaveBeenCalled();
    });
  }
});

describe("a token store's numeric settings", () => {
  const store = (waitMs: unknown): TokenStore =>
    ({
      get: async () => undefined,
      set: async () => {},
      delete: async () => {},
      lock: async () => undefined,
      waitMs,
    }) as TokenStore;

  for (const waitMs of [Number.NaN, "100", -1, Number.POSITIVE_INFINITY, 2 ** 40]) {
    it(`refuses waitMs ${String(waitMs)} when the client is constructed`, () => {
      let thrown: unknown;
      try {
        client(undefined, store(waitMs));
      } catch (error) {
        thrown = error;
      }
      expect(thrown).toBeInstanceOf(TypeError);
      expect(thrown).toMatchObject({ argument: "options.tokenStore.waitMs" });
    });
  }

  it("accepts a waitMs of 0 (acquire at once when another process holds the lock)", () => {
    expect(() => client(undefined, store(0))).not.toThrow();
  });
});

describe("token store keys", () => {
  it("are different for a base URL ending /p with client id q:cid and one ending /p:q with client id cid", async () => {
    const one = await tokenStoreKey("http://fides.test/p", "q:cid", "secret-0123456789");
    const two = await tokenStoreKey("http://fides.test/p:q", "cid", "secret-0123456789");
    expect(one.name).not.toBe(two.name);
  });

  it("never hold the secret, and stay stable for the same credentials", async () => {
    const one = await tokenStoreKey("http://fides.test", "cid", "secret-0123456789");
    const again = await tokenStoreKey("http://fides.test", "cid", "secret-0123456789");
    expect(one.name).toBe(again.name);
    expect(one.name).not.toContain("secret-0123456789");
  });
});
