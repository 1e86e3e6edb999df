/** The guide's curl commands, run with the real curl binary against startFidesEmulatorServer. */
import { execFile } from "node:child_process";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  type FidesEmulatorServer,
  startFidesEmulatorServer,
} from "../../src/testing/adapters/http-server.js";

const run = promisify(execFile);

// biome-ignore lint/suspicious/noExplicitAny: tests read arbitrary server JSON and assert on it
async function curl(...args: string[]): Promise<any> {
  const { stdout } = await run("curl", ["-s", "--max-time", "10", ...args]);
  return JSON.parse(stdout);
}

describe("the guide's curl commands", () => {
  let server: FidesEmulatorServer;
  beforeAll(async () => {
    server = await startFidesEmulatorServer();
  });
  afterAll(() => server.close());

  it("gets a token, creates a client with an object body, and gets that client's token", async () => {
    const root = await curl(
      "-X",
      "POST",
      `${server.url}/api/v1/oauth/token`,
      "-d",
      "client_id=fidesadmin",
      "-d",
      "client_secret=fidesadminsecret",
    );
    expect(root.token_type).toBe("Bearer");
    const created = await curl(
      "-X",
      "POST",
      `${server.url}/api/v1/oauth/client`,
      "-H",
      `Authorization: Bearer ${root.access_token}`,
      "-H",
      "Content-Type: application/json",
      "-d",
      '{"scopes":["client:read","scope:read"]}',
    );
    expect(Object.keys(created)).toEqual(["client_id", "client_secret"]);
    const own = await curl(
      "-X",
      "POST",
      `${server.url}/api/v1/oauth/token`,
      "-d",
      `client_id=${created.client_id}`,
      "-d",
      `client_secret=${created.client_secret}`,
    );
    expect(own.access_token).toMatch(/^eyJhbGciOiJkaXIiLCJlbmMiOiJBMjU2R0NNIn0\.\./);
    const scopes = await curl(
      `${server.url}/api/v1/oauth/scope`,
      "-H",
      `Authorization: Bearer ${own.access_token}`,
    );
    expect(scopes).toHaveLength(131);
  });

  it("accepts curl's Basic auth (-u)", async () => {
    const token = await curl(
      "-X",
      "POST",
      `${server.url}/api/v1/oauth/token`,
      "-u",
      "fidesadmin:fidesadminsecret",
    );
    expect(token.expires_in).toBe(691200);
  });
});
