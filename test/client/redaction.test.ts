import { inspect } from "node:util";
import { HttpResponse, http } from "msw";
import { describe, expect, it, vi } from "vitest";
import { FidesClient } from "../../src/client.js";
import { recordingLogger, TOKEN_PATH, useMsw, world } from "./fixtures.js";

const server = useMsw();
const SECRET = "canary-secret-7f3a9c1e";

/** Everything that could leak: message, stack, causes, inspect and JSON of a value. */
function renderings(value: unknown): string[] {
  const out = [inspect(value, { depth: 10 }), JSON.stringify(value) ?? ""];
  let current: unknown = value;
  for (let depth = 0; current instanceof Error && depth < 5; depth++) {
    out.push(current.message, current.stack ?? "", JSON.stringify(current) ?? "");
    current = current.cause;
  }
  return out;
}

function expectAbsent(haystacks: string[], needles: string[]): void {
  for (const haystack of haystacks) for (const needle of needles) expect(haystack).not.toContain(needle);
}

describe("secrets and tokens never leak", () => {
  it("stay out of inspect and JSON of the client, before and after use", async () => {
    const w = world(server);
    const self = w.fides.addClient({ scopes: ["scope:read"], clientSecret: SECRET });
    const sdk = w.client({ clientId: self.client_id, clientSecret: SECRET });
    const token = await sdk.oauth.getAccessToken();
    await sdk.oauth.listScopes();
    expectAbsent([...renderings(sdk), ...renderings(sdk.oauth)], [SECRET, token]);
    expect(inspect(sdk)).toBe(
      `FidesClient { baseUrl: 'http://localhost:8080', clientId: '${self.client_id}' }`,
    );
    expect(JSON.stringify(sdk)).toBe(
      JSON.stringify({ baseUrl: "http://localhost:8080", clientId: self.client_id }),
    );
  });

  it("stay out of a fixed-token client", async () => {
    const sdk = new FidesClient({ baseUrl: "http://localhost:8080", accessToken: SECRET });
    expectAbsent(renderings(sdk), [SECRET]);
  });

  it("stay out of errors: rejected credentials, refused tokens, timeouts, bad bodies", async () => {
    const w = world(server);
    const rejected = await w
      .client({ clientSecret: SECRET })
      .oauth.getAccessToken()
      .catch((e: unknown) => e);
    const fixed = w.client({ clientId: undefined, clientSecret: undefined, accessToken: SECRET } as never);
    const refused = await fixed.oauth.listScopes().catch((e: unknown) => e);
    w.fides.failNext(1, "drop", { path: TOKEN_PATH });
    const dropped = await w
      .client({ clientSecret: SECRET, maxRetries: 0 })
      .oauth.getAccessToken()
      .catch((e: unknown) => e);
    server.use(
      http.post("https://leak.test/api/v1/oauth/token", () =>
        HttpResponse.json({ access_token: 42, leaked: SECRET }),
      ),
    );
    const malformed = await new FidesClient({
      baseUrl: "https://leak.test",
      clientId: "a",
      clientSecret: SECRET,
    }).oauth
      .getAccessToken()
      .catch((e: unknown) => e);
    for (const error of [rejected, refused, dropped, malformed]) {
      expect(error).toBeInstanceOf(Error);
      expectAbsent(renderings(error), [SECRET]);
    }
  });

  it("stay out of every log line, including refreshes, retries and re-acquisitions", async () => {
    const w = world(server);
    const logger = recordingLogger();
    const self = w.fides.addClient({ scopes: ["scope:read", "client:update"], clientSecret: SECRET });
    const sdk = w.client({ clientId: self.client_id, clientSecret: SECRET, logger });
    const token = await sdk.oauth.getAccessToken();
    w.fides.failNext(1, 401, { path: "/api/v1/oauth/scope" });
    w.fides.failNext(
      1,
      { kind: "status", status: 503, headers: { "Retry-After": "0" } },
      { path: "/api/v1/oauth/scope" },
    );
    await sdk.oauth.listScopes();
    const rotated = await sdk.oauth.rotateClientSecret(self.client_id);
    w.clock.advance(8 * 86_400_000 - 60_000);
    await sdk.oauth.listScopes();
    expect(logger.lines.some((line) => line.includes("refreshing in the background"))).toBe(true);
    // Let the background refresh finish (its token request and its log line) inside this test.
    const acquired = () => logger.lines.filter((line) => line.includes("acquired an access token")).length;
    await vi.waitFor(() => expect(acquired()).toBe(3));
    expect(logger.lines.length).toBeGreaterThan(2);
    expectAbsent(logger.lines, [SECRET, token, rotated.client_secret]);
  });

  it("sends the secret only in the token request body", async () => {
    const seen: string[] = [];
    server.use(
      http.all("https://spy.test/*", async ({ request }) => {
        seen.push(`${request.url} ${[...request.headers].join(";")} ${await request.text()}`);
        if (request.url.endsWith("/token")) return HttpResponse.json({ access_token: "tok", expires_in: 60 });
        return HttpResponse.json(["policy:read"]);
      }),
    );
    const sdk = new FidesClient({ baseUrl: "https://spy.test", clientId: "a", clientSecret: SECRET });
    await sdk.oauth.listScopes();
    expect(seen).toHaveLength(2);
    expect(seen[0]).toContain(`client_secret=${SECRET}`);
    expect(seen[1]).not.toContain(SECRET);
    expect(seen[1]).toContain("authorization,Bearer tok");
  });
});
