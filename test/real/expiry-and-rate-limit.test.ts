import { describe, expect, test } from "vitest";
import { FidesClient, FidesRateLimitError, getAccessToken } from "../../src/index.js";
import { recordingFetch } from "./recording-fetch.js";
import { CLIENT_IP_HEADER, REAL_VERSIONS, realServer } from "./servers.js";

/** A public address of the test's own, so its rate-limit bucket is its own on the shared server. */
const clientIp = (version: string, purpose: number) => `9.9.${REAL_VERSIONS.indexOf(version) + 1}.${purpose}`;

/** Polls until the server refuses a token (a real 1-minute expiry: this waits about a minute). */
async function untilRefused(url: string, token: string, headers: Record<string, string>): Promise<unknown> {
  const deadline = Date.now() + 150_000;
  while (Date.now() < deadline) {
    const response = await fetch(`${url}/api/v1/oauth/scope`, {
      headers: { ...headers, authorization: `Bearer ${token}` },
    });
    if (response.status !== 200) return { status: response.status, body: await response.json() };
    await new Promise((resolve) => setTimeout(resolve, 2_000));
  }
  throw new Error("the server still accepted the token 150 s after it was issued");
}

describe.concurrent("real token expiry and the token endpoint's rate limit", () => {
  test.for(REAL_VERSIONS)(
    "Fides %s: after a 1-minute token expires, each client spends exactly one more token request",
    async (version) => {
      const server = realServer(version, "limited");
      const headers = { [CLIENT_IP_HEADER]: clientIp(version, 1) };
      const admin = new FidesClient({
        baseUrl: server.url,
        clientId: server.clientId,
        clientSecret: server.clientSecret,
        headers,
      });
      const created = await admin.oauth.createClient(["scope:read"]);
      const credentials = {
        baseUrl: server.url,
        clientId: created.client_id,
        clientSecret: created.client_secret,
        headers,
      };
      // One client on the real clock refreshes before sending; one whose clock never moves learns of
      // the expiry from the server's 403 and recovers with one fresh token.
      const ahead = recordingFetch();
      const proactive = new FidesClient({ ...credentials, fetch: ahead.fetch });
      const behind = recordingFetch();
      const frozenAt = Date.now();
      const reactive = new FidesClient({ ...credentials, fetch: behind.fetch, now: () => frozenAt });
      await proactive.oauth.listScopes();
      await reactive.oauth.listScopes();
      expect([ahead.tokenRequests(), behind.tokenRequests()]).toEqual([1, 1]);
      const token = behind.sent.at(-1)?.bearer as string;
      expect(await untilRefused(server.url, token, headers)).toEqual({
        status: 403,
        body: { detail: "Not Authorized for this action" },
      });
      expect((await proactive.oauth.listScopes()).length).toBeGreaterThan(100);
      expect(ahead.tokenRequests()).toBe(2);
      expect((await reactive.oauth.listScopes()).length).toBeGreaterThan(100);
      expect(behind.tokenRequests()).toBe(2);
      expect(
        behind.sent.slice(-3).map((request) => `${request.method} ${request.path} ${request.status}`),
      ).toEqual([
        "GET /api/v1/oauth/scope 403",
        "POST /api/v1/oauth/token 200",
        "GET /api/v1/oauth/scope 200",
      ]);
    },
  );

  test.for(REAL_VERSIONS)(
    "Fides %s: the 11th token request in a minute is a FidesRateLimitError with retryAfterMs",
    async (version) => {
      const server = realServer(version, "limited");
      const options = (ip: string) => ({
        baseUrl: server.url,
        clientId: server.clientId,
        clientSecret: server.clientSecret,
        headers: { [CLIENT_IP_HEADER]: ip },
        maxRetries: 0,
      });
      for (let attempt = 1; attempt <= 10; attempt++) {
        await expect(getAccessToken(options(clientIp(version, 2)))).resolves.toMatch(/^eyJ/);
      }
      const limited = await getAccessToken(options(clientIp(version, 2))).catch((error: unknown) => error);
      expect(limited).toBeInstanceOf(FidesRateLimitError);
      const { status, retryAfterMs } = limited as FidesRateLimitError;
      expect(status).toBe(429);
      expect(retryAfterMs).toBeGreaterThan(0);
      expect(retryAfterMs).toBeLessThanOrEqual(60_000);
      // The limit is per client address: another one is not affected.
      await expect(getAccessToken(options(clientIp(version, 3)))).resolves.toMatch(/^eyJ/);
    },
  );
});
