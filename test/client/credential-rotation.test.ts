import { inspect } from "node:util";
import { afterEach, describe, expect, it, vi } from "vitest";
import { FidesClient } from "../../src/client.js";
import { MemoryTokenStore } from "../../src/token-store.js";
import { DAY_MS, failure, recordingLogger, TOKEN_PATH, useMsw, world } from "./fixtures.js";

const server = useMsw();

afterEach(() => {
  vi.restoreAllMocks();
});

describe("refused credentials", () => {
  it("makes one token request for 20 calls with a wrong secret, each failing with the same typed error", async () => {
    const w = world(server);
    const sdk = w.client({ clientSecret: "wrong-secret", logger: recordingLogger() });
    const errors = [];
    for (let i = 0; i < 20; i++) errors.push(await failure(sdk.oauth.listScopes()));
    expect(w.count(TOKEN_PATH)).toBe(1);
    for (const error of errors) {
      expect(error).toMatchObject({
        name: "FidesAuthenticationError",
        status: 401,
        operation: "getAccessToken",
        path: TOKEN_PATH,
        detail: "Authentication Failure",
      });
    }
    expect(errors[1]?.message).toMatch(/remembered: no token request is sent for 45 s/);
  });

  it("asks the token route again once the refusal is 45 s old", async () => {
    const w = world(server);
    const sdk = w.client({ clientSecret: "wrong-secret", logger: recordingLogger() });
    await failure(sdk.oauth.listScopes());
    w.clock.advance(44_000);
    await failure(sdk.oauth.listScopes());
    expect(w.count(TOKEN_PATH)).toBe(1);
    w.clock.advance(1_000);
    await failure(sdk.oauth.listScopes());
    expect(w.count(TOKEN_PATH)).toBe(2);
  });

  it("warns on the console by default, without the secret", async () => {
    const warn = vi.spyOn(console, "warn").mockImplementation(() => {});
    const w = world(server);
    const sdk = w.client({ clientSecret: "wrong-secret-123" });
    await failure(sdk.oauth.listScopes());
    expect(warn).toHaveBeenCalledTimes(1);
    const line = String(warn.mock.calls[0]?.[0]);
    expect(line).toMatch(
      /^fides-sdk: the token route refused the credentials of client "fidesadmin" \(401\)/,
    );
    expect(line).not.toContain("wrong-secret-123");
  });

  it("forgets the refusal when the client gets new credentials", async () => {
    const w = world(server);
    const sdk = w.client({ clientSecret: "wrong-secret", logger: recordingLogger() });
    await failure(sdk.oauth.listScopes());
    sdk.setCredentials({ clientSecret: "fidesadminsecret" });
    await expect(sdk.oauth.listScopes()).resolves.toContain("client:read");
    expect(w.count(TOKEN_PATH)).toBe(2);
  });
});

describe("setCredentials", () => {
  it("lets a running client live through a secret rotation done elsewhere without a failed call", async () => {
    const w = world(server);
    const service = w.fides.addClient({ scopes: ["scope:read"] });
    const logger = recordingLogger();
    const sdk = w.client({ clientId: service.clientId, clientSecret: service.clientSecret, logger });
    await sdk.oauth.listScopes();

    // An operator rotates the secret with another client.
    const rotated = await w.client().oauth.rotateClientSecret(service.clientId);
    await sdk.oauth.listScopes(); // the token from before the rotation still works
    sdk.setCredentials({ clientSecret: rotated.client_secret });

    // Eight days later the token has expired: the next one is acquired with the new secret.
    w.clock.advance(8 * DAY_MS + 60_000);
    await expect(sdk.oauth.listScopes()).resolves.toContain("scope:read");
    expect(logger.lines.filter((line) => line.startsWith("warn"))).toEqual([]);
  });

  it("without it, the same service fails once its token expires", async () => {
    const w = world(server);
    const service = w.fides.addClient({ scopes: ["scope:read"] });
    const sdk = w.client({
      clientId: service.clientId,
      clientSecret: service.clientSecret,
      logger: recordingLogger(),
    });
    await sdk.oauth.listScopes();
    await w.client().oauth.rotateClientSecret(service.clientId);
    w.clock.advance(8 * DAY_MS + 60_000);
    await expect(sdk.oauth.listScopes()).rejects.toMatchObject({ name: "FidesAuthenticationError" });
  });

  it("keeps the current token when only the secret changes, and stores it under the new key", async () => {
    const w = world(server);
    const store = new MemoryTokenStore();
    const sdk = w.client({ tokenStore: store, logger: recordingLogger() });
    const before = await sdk.oauth.getAccessToken();
    sdk.setCredentials({ clientSecret: "a-new-secret" });
    expect(await sdk.oauth.getAccessToken()).toBe(before);
    expect(w.count(TOKEN_PATH)).toBe(1);
    // Another process holding the new secret finds the token under its key.
    const peer = w.client({ clientSecret: "a-new-secret", tokenStore: store, logger: recordingLogger() });
    expect(await peer.oauth.getAccessToken()).toBe(before);
    expect(w.count(TOKEN_PATH)).toBe(1);
  });

  it("drops the token when the client id changes, and acquires one for the new client", async () => {
    const w = world(server);
    const other = w.fides.addClient({ scopes: ["scope:read"] });
    const sdk = w.client({ logger: recordingLogger() });
    const before = await sdk.oauth.getAccessToken();
    sdk.setCredentials({ clientId: other.clientId, clientSecret: other.clientSecret });
    const after = await sdk.oauth.getAccessToken();
    expect(after).not.toBe(before);
    expect(w.fides.tokens().at(-1)?.client_id).toBe(other.clientId);
    expect(sdk.toJSON().clientId).toBe(other.clientId);
  });

  it("never shows the new secret in JSON, inspect or a log line", async () => {
    const w = world(server);
    const logger = recordingLogger();
    const sdk = w.client({ logger });
    sdk.setCredentials({ clientSecret: "n3w-s3cr3t-value" });
    await failure(sdk.oauth.createClient(["scope:read"], { name: "n3w-s3cr3t-value" }, { timeoutMs: 1 }));
    expect(JSON.stringify(sdk)).not.toContain("n3w-s3cr3t-value");
    expect(inspect(sdk, { showHidden: true, depth: 10 })).not.toContain("n3w-s3cr3t-value");
    expect(logger.lines.join("\n")).not.toContain("n3w-s3cr3t-value");
  });

  it.each([
    [undefined, "ERR_INVALID_ARG_TYPE", '"credentials" must be an object'],
    [{}, "ERR_MISSING_OPTION", '"credentials.clientSecret" is required'],
    [{ clientSecret: " " }, "ERR_INVALID_ARG_VALUE", '"credentials.clientSecret" must not be empty'],
    [{ clientSecret: 5 }, "ERR_INVALID_ARG_TYPE", '"credentials.clientSecret" must be a string'],
    [
      { clientSecret: "s", clientId: "" },
      "ERR_INVALID_ARG_VALUE",
      '"credentials.clientId" must not be empty',
    ],
    [
      { clientSecret: "s", secret: "x" },
      "ERR_INVALID_ARG_VALUE",
      '"credentials.secret" is not a known field',
    ],
  ])("refuses %j with %s", (credentials, code, message) => {
    const sdk = new FidesClient({ baseUrl: "https://fides.test", clientId: "me", clientSecret: "s" });
    const call = () => sdk.setCredentials(credentials as never);
    expect(call).toThrow(TypeError);
    expect(call).toThrow(expect.objectContaining({ code, message }));
  });

  it("is refused on a client built with a fixed access token", () => {
    const sdk = new FidesClient({ baseUrl: "https://fides.test", accessToken: "abc" });
    expect(() => sdk.setCredentials({ clientSecret: "s" })).toThrow(
      expect.objectContaining({ code: "ERR_MISSING_OPTION", argument: "options.clientId" }),
    );
  });
});
