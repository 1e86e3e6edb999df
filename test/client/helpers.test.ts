import { describe, expect, it } from "vitest";
import { bootstrapClient, createOAuthClient, getAccessToken, getHealth } from "../../src/helpers.js";
import { ROOT_ID, ROOT_SECRET, TOKEN_PATH, useMsw, world } from "./fixtures.js";

const server = useMsw();

describe("helpers mirroring the Fides guide", () => {
  it("getAccessToken returns a token for the credentials", async () => {
    const w = world(server);
    const token = await getAccessToken({
      baseUrl: w.fides.baseUrl,
      clientId: ROOT_ID,
      clientSecret: ROOT_SECRET,
    });
    expect(typeof token).toBe("string");
    expect(w.count(TOKEN_PATH)).toBe(1);
  });

  it("getHealth reads /health with no credentials and sends no Authorization header", async () => {
    const w = world(server);
    const seen: (string | null)[] = [];
    const listener = ({ request }: { request: Request }) => {
      seen.push(request.headers.get("Authorization"));
    };
    server.events.on("request:start", listener);
    const health = await getHealth({ baseUrl: w.fides.baseUrl });
    expect(health).toMatchObject({ webserver: "healthy", version: "2.86.2" });
    expect(w.fides.requests().map((r) => `${r.method} ${r.path} ${r.status}`)).toEqual(["GET /health 200"]);
    server.events.removeListener("request:start", listener);
    expect(seen).toEqual([null]);
  });

  it("createOAuthClient creates a client with a token you hold", async () => {
    const w = world(server);
    const accessToken = await getAccessToken({
      baseUrl: w.fides.baseUrl,
      clientId: ROOT_ID,
      clientSecret: ROOT_SECRET,
    });
    const created = await createOAuthClient({
      baseUrl: w.fides.baseUrl,
      accessToken,
      scopes: ["policy:read"],
      name: "n",
    });
    expect(w.fides.clients()).toEqual([
      expect.objectContaining({ client_id: created.client_id, name: "n", scopes: ["policy:read"] }),
    ]);
  });

  it("bootstrapClient runs the whole seed flow and proves the new credentials work", async () => {
    const w = world(server);
    const created = await bootstrapClient({
      baseUrl: w.fides.baseUrl,
      rootClientId: ROOT_ID,
      rootClientSecret: ROOT_SECRET,
      scopes: ["policy:read", "rule:read"],
      name: "seeded",
    });
    expect(w.fides.tokens().map((t) => t.client_id)).toEqual([ROOT_ID, created.client_id]);
    expect(w.fides.requests().map((r) => `${r.method} ${r.path} ${r.status}`)).toEqual([
      `POST ${TOKEN_PATH} 200`,
      "GET /health 200",
      "POST /api/v1/oauth/client 200",
      `POST ${TOKEN_PATH} 200`,
    ]);
  });

  it("bootstrapClient fails clearly on wrong root credentials", async () => {
    const w = world(server);
    await expect(
      bootstrapClient({
        baseUrl: w.fides.baseUrl,
        rootClientId: ROOT_ID,
        rootClientSecret: "nope",
        scopes: [],
      }),
    ).rejects.toThrow("POST /api/v1/oauth/token failed with 401: the client credentials were rejected");
  });
});
