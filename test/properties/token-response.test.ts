import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { FidesClient, FidesResponseValidationError } from "../../src/index.js";

// The token endpoint's answer goes through the real client; only the network (`fetch`) is faked.
async function acquireWith(body: string): Promise<string> {
  const sdk = new FidesClient({
    baseUrl: "http://127.0.0.1:9",
    clientId: "property-client",
    clientSecret: "property-secret-0123456789",
    maxRetries: 0,
    fetch: async () => new Response(body, { status: 200, headers: { "content-type": "application/json" } }),
  });
  return sdk.oauth.getAccessToken();
}

const validToken = fc.record(
  {
    // What a header may carry: visible ASCII (see access-token-rules.ts).
    access_token: fc.string({
      unit: fc.integer({ min: 0x21, max: 0x7e }).map((code) => String.fromCharCode(code)),
      minLength: 1,
    }),
    token_type: fc.constantFrom("Bearer", "bearer", "BEARER"),
    expires_in: fc.oneof(fc.integer({ min: 0, max: 10 ** 9 }), fc.constant(null)),
    expires_at: fc.oneof(fc.string(), fc.constant(null)),
    extra: fc.jsonValue(),
  },
  { requiredKeys: ["access_token"] },
);

const wrongValue = fc.oneof(
  fc.constant(""),
  fc.integer(),
  fc.double(),
  fc.boolean(),
  fc.constant(null),
  fc.array(fc.string()),
  fc.dictionary(fc.string(), fc.string()),
  fc.string(),
);

/** A valid body with one field replaced by a value of any type (often, not always, a wrong one). */
const mutatedToken = fc
  .tuple(validToken, fc.constantFrom("access_token", "token_type", "expires_in", "expires_at"), wrongValue)
  .map(([body, field, value]) => ({ ...body, [field]: value }));

describe("token response parsing (property)", () => {
  it("returns the access token of every valid body", async () => {
    await fc.assert(
      fc.asyncProperty(validToken, async (body) => {
        expect(await acquireWith(JSON.stringify(body))).toBe(body.access_token);
      }),
      { numRuns: 150 },
    );
  });

  it("either parses a body or throws a FidesResponseValidationError naming the field, never another error", async () => {
    const anyBody = fc.oneof(
      mutatedToken.map((body) => JSON.stringify(body)),
      fc.jsonValue().map((value) => JSON.stringify(value)),
      fc.string(),
    );
    await fc.assert(
      fc.asyncProperty(anyBody, async (text) => {
        let token: string | undefined;
        try {
          token = await acquireWith(text);
        } catch (error) {
          expect(error).toBeInstanceOf(FidesResponseValidationError);
          const { field, message } = error as FidesResponseValidationError;
          expect(message).toContain("response body");
          if (field !== "") expect(message).toContain(`"${field}"`);
          const sent = (JSON.parse(text === "" ? "null" : safeJson(text)) ?? {}) as {
            access_token?: unknown;
          };
          // The token the server sent must not be echoed into the message.
          if (typeof sent.access_token === "string" && sent.access_token.length >= 8) {
            expect(message).not.toContain(sent.access_token);
          }
          return;
        }
        const parsed = JSON.parse(text) as { access_token: unknown };
        expect(token).toBe(parsed.access_token);
      }),
      { numRuns: 300 },
    );
  });
});

function safeJson(text: string): string {
  try {
    JSON.parse(text);
    return text;
  } catch {
    return "null";
  }
}

describe("token text (property)", () => {
  it("refuses, without quoting it, any token with a character outside visible ASCII", async () => {
    const visible = fc.string({
      unit: fc.integer({ min: 0x21, max: 0x7e }).map((code) => String.fromCharCode(code)),
    });
    const outside = fc.oneof(
      fc.integer({ min: 0, max: 0x20 }),
      fc.constant(0x7f),
      fc.integer({ min: 0x80, max: 0xffff }).filter((code) => code < 0xd800 || code > 0xdfff),
    );
    await fc.assert(
      fc.asyncProperty(visible, outside, visible, async (head, code, tail) => {
        const token = `${head}${String.fromCharCode(code)}${tail}`;
        const error = await acquireWith(JSON.stringify({ access_token: token })).catch((e: unknown) => e);
        expect(error).toBeInstanceOf(FidesResponseValidationError);
        expect(error).toMatchObject({ field: "access_token" });
        if (token.trim().length >= 4) expect((error as Error).message).not.toContain(token);
      }),
      { numRuns: 200 },
    );
  });
});
