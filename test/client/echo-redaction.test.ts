import { inspect } from "node:util";
import { HttpResponse, http } from "msw";
import { describe, expect, it } from "vitest";
import { FidesClient } from "../../src/client.js";
import {
  FidesConnectionError,
  FidesForbiddenError,
  FidesServerError,
  FidesValidationError,
} from "../../src/errors.js";
import { REDACTED, Redactor, TOO_DEEP } from "../../src/internal/redact.js";
import { failure, recordingLogger, useMsw } from "./fixtures.js";

const server = useMsw();
const BASE = "https://echo.test";
const CLIENT_ID = "echo-client";
// Characters that every encoding spells differently: + / = & space ! ' ( ) * and non-ASCII.
const SECRET = "s3cr+t/=& é!'()*-canary";
const TOKEN = "tok.en-canary_0123456789abcdef";

/** Every spelling a server might echo the secret or token in. */
function spellings(): string[] {
  const form = (text: string) => new URLSearchParams({ v: text }).toString().slice(2);
  return [
    SECRET,
    TOKEN,
    encodeURIComponent(SECRET),
    form(SECRET),
    SECRET.replaceAll(" ", "+"),
    JSON.stringify(SECRET).slice(1, -1),
    Buffer.from(SECRET).toString("base64"),
    Buffer.from(`${CLIENT_ID}:${SECRET}`).toString("base64"),
    Buffer.from(TOKEN).toString("base64"),
  ];
}

/** Everything that could leak: message, stack, detail, causes, inspect and JSON of a value. */
function renderings(value: unknown): string[] {
  const out = [inspect(value, { depth: 10 }), JSON.stringify(value) ?? ""];
  let current: unknown = value;
  for (let depth = 0; current instanceof Error && depth < 5; depth++) {
    out.push(
      current.message,
      current.stack ?? "",
      JSON.stringify(current) ?? "",
      inspect(current, { depth: 10 }),
    );
    current = current.cause;
  }
  return out;
}

function expectNoSecret(haystacks: string[]): void {
  for (const haystack of haystacks) for (const needle of spellings()) expect(haystack).not.toContain(needle);
}

function client(options: Record<string, unknown> = {}) {
  const logger = recordingLogger();
  const sdk = new FidesClient({
    baseUrl: BASE,
    clientId: CLIENT_ID,
    clientSecret: SECRET,
    serverVersion: "2.84.2",
    maxRetries: 1,
    logger,
    ...options,
  } as never);
  return { sdk, logger };
}

function tokenRoute() {
  return http.post(`${BASE}/api/v1/oauth/token`, () =>
    HttpResponse.json({ access_token: TOKEN, expires_in: 3600 }),
  );
}

describe("what a server echoes of the secret or token is scrubbed", () => {
  it("from an error page that reflects the token request's form body", async () => {
    server.use(
      http.post(`${BASE}/api/v1/oauth/token`, async ({ request }) => {
        const body = await request.text();
        expect(body).toContain(`client_secret=${new URLSearchParams({ v: SECRET }).toString().slice(2)}`);
        return new HttpResponse(
          `<html><pre>bad request: ${body} (${decodeURIComponent(body)})</pre></html>`,
          {
            status: 500,
          },
        );
      }),
    );
    const { sdk, logger } = client();
    const error = await failure(sdk.oauth.getAccessToken());
    expect(error).toBeInstanceOf(FidesServerError);
    expect(error.message).toContain(REDACTED);
    expect(String(error.detail)).toContain(`client_secret=${REDACTED}`);
    expectNoSecret([...renderings(error), ...logger.lines]);
  });

  it("from a 403 detail that quotes the Authorization header, and the scopes read from it", async () => {
    server.use(
      tokenRoute(),
      http.get(`${BASE}/api/v1/oauth/scope`, ({ request }) =>
        HttpResponse.json(
          {
            detail: `Not Authorized for this action. Required scope(s): [scope:read, ${request.headers.get("Authorization")}]`,
          },
          { status: 403 },
        ),
      ),
    );
    const { sdk, logger } = client();
    const error = await failure(sdk.oauth.listScopes());
    expect(error).toBeInstanceOf(FidesForbiddenError);
    expect(error.requiredScopes).toEqual(["scope:read", `Bearer ${REDACTED}`]);
    expectNoSecret([...renderings(error), ...logger.lines]);
  });

  it("from a 422 that echoes the input (as FastAPI does) and Basic credentials", async () => {
    server.use(
      http.post(`${BASE}/api/v1/oauth/token`, () =>
        HttpResponse.json(
          {
            detail: [
              {
                loc: ["body", "client_secret"],
                msg: `bad value ${SECRET}`,
                type: "value_error",
                input: SECRET,
              },
              {
                loc: ["header", "authorization"],
                msg: "unexpected",
                type: "value_error",
                input: `Basic ${Buffer.from(`${CLIENT_ID}:${SECRET}`).toString("base64")}`,
              },
            ],
          },
          { status: 422 },
        ),
      ),
    );
    const { sdk, logger } = client();
    const error = await failure(sdk.oauth.getAccessToken());
    expect(error).toBeInstanceOf(FidesValidationError);
    expect(error.issues).toHaveLength(2);
    expect(JSON.stringify(error.detail)).toContain(`"input":"${REDACTED}"`);
    expectNoSecret([...renderings(error), JSON.stringify(error.issues), ...logger.lines]);
  });

  it("from the cause of a failure that quotes the header it could not send", async () => {
    server.use(tokenRoute());
    const { sdk, logger } = client({
      maxRetries: 0,
      fetch: async (url: string, init: RequestInit) => {
        if (url.endsWith("/token")) return globalThis.fetch(url, init);
        const header = new Headers(init.headers).get("Authorization");
        throw new TypeError("fetch failed", { cause: new Error(`invalid header value "${header}"`) });
      },
    });
    const error = await failure(sdk.oauth.listScopes());
    expect(error).toBeInstanceOf(FidesConnectionError);
    expect((error.cause as Error).message).toBe("fetch failed");
    expect(((error.cause as Error).cause as Error).message).toBe(`invalid header value "Bearer ${REDACTED}"`);
    expectNoSecret([...renderings(error), ...logger.lines]);
  });

  it("from a stored token the client never acquired itself, once it was sent", async () => {
    const stored = "stored-token-canary-42";
    server.use(
      http.get(`${BASE}/api/v1/oauth/scope`, ({ request }) =>
        HttpResponse.json({ detail: `boom: ${request.headers.get("Authorization")}` }, { status: 400 }),
      ),
    );
    const { sdk } = client({
      tokenStore: {
        get: async () => ({ accessToken: stored, obtainedAt: 0, expiresAt: Number.MAX_SAFE_INTEGER }),
        set: async () => {},
        delete: async () => {},
      },
      now: () => 1_000,
    });
    const error = await failure(sdk.oauth.listScopes());
    expect(error.message).toContain(`boom: Bearer ${REDACTED}`);
    for (const text of renderings(error)) expect(text).not.toContain(stored);
  });

  it("from the rotated secret too, once the client adopted it", async () => {
    const rotated = "rotated-secret-canary-77";
    server.use(
      tokenRoute(),
      http.post(`${BASE}/api/v1/oauth/client/${CLIENT_ID}/secret`, () =>
        HttpResponse.json({ client_id: CLIENT_ID, client_secret: rotated }),
      ),
      http.get(`${BASE}/api/v1/oauth/scope`, () =>
        HttpResponse.json({ detail: `echo ${rotated} ${SECRET}` }, { status: 500 }),
      ),
    );
    const { sdk } = client({ maxRetries: 0 });
    await sdk.oauth.rotateClientSecret(CLIENT_ID);
    const error = await failure(sdk.oauth.listScopes());
    expect(error.message).toContain(`echo ${REDACTED} ${REDACTED}`);
  });
});

describe("the redactor", () => {
  it("scrubs log lines, keeps short values (under 8 characters) and shows nothing of itself", () => {
    const redactor = new Redactor();
    redactor.addSecret(CLIENT_ID, SECRET);
    redactor.addToken("short");
    const logger = recordingLogger();
    const scrubbing = redactor.logger(logger);
    scrubbing.warn(`the server said ${encodeURIComponent(SECRET)} about a short token`);
    expect(logger.lines).toEqual([`warn: the server said ${REDACTED} about a short token`]);
    expect(JSON.stringify(redactor)).toBe("{}");
    expect(inspect(redactor)).toBe("Redactor {}");
  });

  it("replaces a detail nested too deeply to check", () => {
    const redactor = new Redactor();
    redactor.addToken(TOKEN);
    const deep = JSON.parse(`${"[".repeat(20_000)}${"]".repeat(20_000)}`);
    expect(redactor.scrubDetail(deep)).toBe(TOO_DEEP);
  });
});
