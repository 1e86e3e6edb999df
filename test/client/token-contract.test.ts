import { inspect } from "node:util";
import { HttpResponse, http } from "msw";
import { describe, expect, it } from "vitest";
import { FidesClient } from "../../src/client.js";
import { FidesResponseValidationError } from "../../src/errors.js";
import { MIN_TOKEN_LIFETIME_S } from "../../src/internal/tokens/access-token-rules.js";
import type { StoredToken, TokenStore } from "../../src/token-store.js";
import { failure, ManualClock, useMsw } from "./fixtures.js";

const server = useMsw();
const BASE = "https://tokens.test";

/** A token endpoint answering `body`, and a protected route; both count their requests. */
function serve(body: () => Record<string, unknown>) {
  const counts = { token: 0, scope: 0, sent: [] as string[] };
  server.use(
    http.post(`${BASE}/api/v1/oauth/token`, () => {
      counts.token++;
      return HttpResponse.json(body());
    }),
    http.get(`${BASE}/api/v1/oauth/scope`, ({ request }) => {
      counts.scope++;
      counts.sent.push(request.headers.get("Authorization") ?? "");
      return HttpResponse.json(["policy:read"]);
    }),
  );
  return counts;
}

function client(options: Record<string, unknown> = {}): FidesClient {
  return new FidesClient({
    baseUrl: BASE,
    clientId: "a",
    clientSecret: "secret-0123456789",
    serverVersion: "2.84.2",
    ...options,
  } as never);
}

const UNSENDABLE = {
  "a line feed": "tok\nX-Injected: 1",
  "a carriage return": "tok\rX",
  "a NUL": "tok\u0000en",
  "a tab": "tok\ten",
  "a space": "tok en",
  DEL: "tok\u007fen",
  "non-ASCII": "tokén",
  "an escape sequence": "tok\u001b[31men",
};

describe("an access token no header may carry breaks the contract", () => {
  for (const [what, token] of Object.entries(UNSENDABLE)) {
    it(`refuses a token with ${what} at acquisition: never sent, never retried, never quoted`, async () => {
      const counts = serve(() => ({ access_token: token, expires_in: 3600 }));
      const error = await failure(client({ maxRetries: 2 }).oauth.listScopes());
      expect(error).toBeInstanceOf(FidesResponseValidationError);
      expect(error).toMatchObject({ field: "access_token", method: "POST", path: "/api/v1/oauth/token" });
      expect(error.message).toBe(
        'response body "access_token" must be visible ASCII characters only (no spaces, control characters or non-ASCII) (POST /api/v1/oauth/token)',
      );
      expect(error.cause).toBeUndefined();
      for (const text of [error.message, error.stack ?? "", inspect(error), JSON.stringify(error)]) {
        expect(text).not.toContain(token);
      }
      expect(counts).toMatchObject({ token: 1, scope: 0 });
    });
  }

  it("refuses such a fixed accessToken option at construction, without quoting it", () => {
    for (const token of Object.values(UNSENDABLE)) {
      let thrown: unknown;
      try {
        new FidesClient({ baseUrl: BASE, accessToken: token });
      } catch (error) {
        thrown = error;
      }
      expect(thrown).toBeInstanceOf(TypeError);
      expect(thrown).toMatchObject({ code: "ERR_INVALID_ARG_VALUE" });
      expect((thrown as Error).message).toBe(
        '"options.accessToken" must be visible ASCII characters only (no spaces, control characters or non-ASCII), as an Authorization header carries it',
      );
    }
  });

  it("accepts a JWE and every RFC 6750 b64token character", async () => {
    const jwe = "eyJhbGciOiJkaXIiLCJlbmMiOiJBMjU2R0NNIn0..c2FtcGxl-_~+/.c2FtcGxl==";
    const counts = serve(() => ({ access_token: jwe, expires_in: 3600 }));
    await client().oauth.listScopes();
    expect(counts.sent).toEqual([`Bearer ${jwe}`]);
    expect(() => new FidesClient({ baseUrl: BASE, accessToken: jwe })).not.toThrow();
  });

  it("does not use a token from the store that no header may carry", async () => {
    const clock = new ManualClock();
    const stored: StoredToken = {
      accessToken: "stored\r\nX-Injected: 1",
      obtainedAt: clock.ms,
      expiresAt: clock.ms + 3_600_000,
    };
    const store: TokenStore = {
      get: async () => stored,
      set: async () => {},
      delete: async () => {},
    };
    const counts = serve(() => ({ access_token: "fresh", expires_in: 3600 }));
    await client({ tokenStore: store, now: clock.now }).oauth.listScopes();
    expect(counts.sent).toEqual(["Bearer fresh"]);
    expect(counts.token).toBe(1);
  });
});

describe("a server's tiny expires_in does not make every call ask for a token", () => {
  for (const expiresIn of [0, 1, 5, -30]) {
    it(`expires_in ${expiresIn}: 100 calls over ${MIN_TOKEN_LIFETIME_S / 2} s send one token request`, async () => {
      const clock = new ManualClock();
      const counts = serve(() => ({ access_token: `t${counts.token}`, expires_in: expiresIn }));
      const sdk = client({ now: clock.now });
      for (let call = 0; call < 100; call++) {
        await sdk.oauth.listScopes();
        clock.advance(300);
      }
      expect(counts).toMatchObject({ token: 1, scope: 100 });
      // Past the one-minute floor, the token is renewed.
      clock.advance(MIN_TOKEN_LIFETIME_S * 1000);
      await sdk.oauth.listScopes();
      expect(counts.token).toBe(2);
    });
  }

  it("still uses a lifetime over the floor as the server gives it", async () => {
    const clock = new ManualClock();
    const counts = serve(() => ({ access_token: `t${counts.token}`, expires_in: 600 }));
    const sdk = client({ now: clock.now });
    await sdk.oauth.listScopes();
    clock.advance(599_000);
    await sdk.oauth.listScopes();
    expect(counts.token).toBe(2);
  });
});
