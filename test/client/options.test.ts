import { describe, expect, it } from "vitest";
import { FidesClient } from "../../src/client.js";
import type { FidesClientOptions } from "../../src/options.js";

const base = { baseUrl: "http://localhost:8080", clientId: "id", clientSecret: "secret" };

function misuse(options: unknown): unknown {
  try {
    new FidesClient(options as FidesClientOptions);
  } catch (error) {
    return error;
  }
  throw new Error("expected a TypeError");
}

describe("resolving options", () => {
  it.each([
    ["a missing options object", undefined, "ERR_INVALID_ARG_TYPE", '"options" must be an object'],
    [
      "a missing baseUrl",
      { clientId: "id", clientSecret: "s" },
      "ERR_MISSING_OPTION",
      '"options.baseUrl" is required',
    ],
    [
      "a baseUrl that is not a string",
      { ...base, baseUrl: 8080 },
      "ERR_INVALID_ARG_TYPE",
      '"options.baseUrl" must be a string',
    ],
    [
      "a relative baseUrl",
      { ...base, baseUrl: "/fides" },
      "ERR_INVALID_ARG_VALUE",
      '"options.baseUrl" must be an absolute http(s) URL',
    ],
    [
      "a non-http baseUrl",
      { ...base, baseUrl: "ftp://x.test" },
      "ERR_INVALID_ARG_VALUE",
      '"options.baseUrl" must be an absolute http(s) URL',
    ],
    [
      "a baseUrl with credentials",
      { ...base, baseUrl: "https://u:p@x.test" },
      "ERR_INVALID_ARG_VALUE",
      '"options.baseUrl" must not hold credentials',
    ],
    [
      "a baseUrl with a query",
      { ...base, baseUrl: "https://x.test/?a=1" },
      "ERR_INVALID_ARG_VALUE",
      '"options.baseUrl" must not have a query or a fragment',
    ],
    [
      "a clientSecret without clientId",
      { baseUrl: "http://localhost", clientSecret: "s" },
      "ERR_MISSING_OPTION",
      '"options.clientId" is required with "options.clientSecret"',
    ],
    [
      "a clientId without secret",
      { baseUrl: "http://localhost", clientId: "id" },
      "ERR_MISSING_OPTION",
      '"options.clientSecret" is required with "options.clientId"',
    ],
    [
      "an empty clientSecret",
      { ...base, clientSecret: " " },
      "ERR_INVALID_ARG_VALUE",
      '"options.clientSecret" must not be empty',
    ],
    [
      "a token with credentials",
      { ...base, accessToken: "t" },
      "ERR_INVALID_ARG_VALUE",
      '"options.accessToken" cannot be combined with "options.clientId" or "options.clientSecret"',
    ],
    [
      "a zero timeoutMs",
      { ...base, timeoutMs: 0 },
      "ERR_INVALID_ARG_VALUE",
      '"options.timeoutMs" must be a positive number up to 2147483647',
    ],
    [
      "a negative tokenLifetimeMinutes",
      { ...base, tokenLifetimeMinutes: -1 },
      "ERR_INVALID_ARG_VALUE",
      '"options.tokenLifetimeMinutes" must be a positive number up to 1000000000',
    ],
    [
      "a fractional maxRetries",
      { ...base, maxRetries: 1.5 },
      "ERR_INVALID_ARG_VALUE",
      '"options.maxRetries" must be an integer from 0 to 10',
    ],
    [
      "a fetch that is not a function",
      { ...base, fetch: "fetch" },
      "ERR_INVALID_ARG_TYPE",
      '"options.fetch" must be a function',
    ],
    [
      "a header that is not a string",
      { ...base, headers: { "X-A": 1 } },
      "ERR_INVALID_ARG_TYPE",
      '"options.headers.X-A" must be a string',
    ],
    [
      "an Authorization header",
      { ...base, headers: { authorization: "x" } },
      "ERR_INVALID_ARG_VALUE",
      '"options.headers.authorization" is not allowed: the client manages authorization',
    ],
    [
      "a logger without warn",
      { ...base, logger: { debug() {}, info() {}, error() {} } },
      "ERR_INVALID_ARG_TYPE",
      '"options.logger.warn" must be a function',
    ],
    [
      "a now that is not a function",
      { ...base, now: 5 },
      "ERR_INVALID_ARG_TYPE",
      '"options.now" must be a function',
    ],
    [
      "a malformed serverVersion",
      { ...base, serverVersion: "latest" },
      "ERR_INVALID_ARG_VALUE",
      '"options.serverVersion" must be "auto" or a version like "2.84.2"',
    ],
    [
      "a non-boolean allowUnknownScopes",
      { ...base, allowUnknownScopes: "yes" },
      "ERR_INVALID_ARG_TYPE",
      '"options.allowUnknownScopes" must be a boolean',
    ],
    [
      "a token store without delete",
      { ...base, tokenStore: { get() {}, set() {} } },
      "ERR_INVALID_ARG_TYPE",
      '"options.tokenStore.delete" must be a function',
    ],
    [
      "a misspelt option",
      { ...base, clientSecrt: "x" },
      "ERR_INVALID_ARG_VALUE",
      '"options.clientSecrt" is not a known option',
    ],
  ])("rejects %s with a coded TypeError naming the option", (_case, options, code, message) => {
    const error = misuse(options);
    expect(error).toBeInstanceOf(TypeError);
    expect(error).toMatchObject({ code, message });
    // The argument the message starts with, as data.
    expect(error).toMatchObject({ argument: message.slice(1, message.indexOf('"', 1)) });
  });

  it("refuses plain http to a host that is not loopback, because the secret would travel in clear", () => {
    const error = misuse({ ...base, baseUrl: "http://fides.example.com" });
    expect(error).toMatchObject({ code: "ERR_INVALID_ARG_VALUE" });
    expect((error as Error).message).toContain('set "options.allowInsecureHttp" to true');
  });

  it.each([
    "http://localhost:8080",
    "http://127.0.0.1",
    "http://[::1]:80",
    "http://127.1.2.3",
    "https://x.test",
  ])("accepts %s without allowInsecureHttp", (baseUrl) => {
    expect(() => new FidesClient({ ...base, baseUrl })).not.toThrow();
  });

  it.each([
    "http://api.localhost",
    "http://localhost.evil.test",
    "http://127.0.0.1.nip.io",
    "http://0.0.0.0",
    "http://[::ffff:127.0.0.1]",
    "http://[::2]",
  ])("counts only localhost, 127.0.0.0/8 and [::1] as loopback: refuses plain %s", (baseUrl) => {
    const error = misuse({ ...base, baseUrl });
    expect(error).toMatchObject({ code: "ERR_INVALID_ARG_VALUE" });
    expect((error as Error).message).toContain('set "options.allowInsecureHttp" to true');
  });

  it.each([
    ["https://fides.test/api/v1", "https://fides.test"],
    ["https://fides.test/api/v1/", "https://fides.test"],
    ["http://localhost:8080/fides/api/v1", "http://localhost:8080/fides"],
  ])("refuses a baseUrl ending in /api/v1 (%s), showing the URL to use", (baseUrl, corrected) => {
    const error = misuse({ ...base, baseUrl });
    expect(error).toMatchObject({
      code: "ERR_INVALID_ARG_VALUE",
      message: `"options.baseUrl" must not end in /api/v1: it is the server's root, and paths start below it (the OAuth methods' own, and sdk.fetch("/api/v1/…") paths), so /api/v1 would be doubled; use "${corrected}"`,
    });
  });

  it.each([
    [
      "a header value with CR/LF",
      { headers: { "X-Trace": "a\r\nX-Injected: 1" } },
      '"options.headers.X-Trace" must not contain control characters (CR, LF, NUL, …)',
    ],
    [
      "a header value with NUL",
      { headers: { "X-Trace": "a\u0000b" } },
      '"options.headers.X-Trace" must not contain control characters (CR, LF, NUL, …)',
    ],
    [
      "a header name that is not a token",
      { headers: { "X-Injected: 1\r\nX-A": "v" } },
      '"options.headers" has a name that is not an HTTP token',
    ],
    [
      "an empty header name",
      { headers: { "": "v" } },
      '"options.headers" has a name that is not an HTTP token',
    ],
    [
      "a header value past Latin-1",
      { headers: { "X-Trace": "caf\u00e9 \u20ac" } },
      '"options.headers.X-Trace" must hold only Latin-1 characters',
    ],
    [
      "a userAgent with LF",
      { userAgent: "bot\nX-Injected: 1" },
      '"options.userAgent" must not contain control characters (CR, LF, NUL, …)',
    ],
  ])("refuses %s at construction, naming the option without echoing it", (_case, extra, message) => {
    const error = misuse({ ...base, ...extra });
    expect(error).toBeInstanceOf(TypeError);
    expect(error).toMatchObject({ code: "ERR_INVALID_ARG_VALUE", message });
    expect((error as Error).message).not.toContain("Injected");
  });

  it("refuses a fixed accessToken that no header may carry, without echoing it", () => {
    const error = misuse({ baseUrl: base.baseUrl, accessToken: "tok\r\nX-Injected: 1" });
    expect(error).toMatchObject({
      code: "ERR_INVALID_ARG_VALUE",
      message:
        '"options.accessToken" must be visible ASCII characters only (no spaces, control characters or non-ASCII), as an Authorization header carries it',
    });
  });

  it("accepts plain http anywhere when allowInsecureHttp is set", () => {
    expect(
      () => new FidesClient({ ...base, baseUrl: "http://fides.internal", allowInsecureHttp: true }),
    ).not.toThrow();
  });

  it("keeps a path prefix and drops trailing slashes from baseUrl", () => {
    const sdk = new FidesClient({ ...base, baseUrl: "https://x.test/fides//" });
    expect(sdk.toJSON().baseUrl).toBe("https://x.test/fides");
  });
});
