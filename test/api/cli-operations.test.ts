// The CLI against Fides's whole API: `fides-oauth api` refuses a typo'd path with the operation
// meant, and `bootstrap --for "METHOD PATH"` creates the least-privilege client for the operations.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { typedOperation } from "../../src/api/cli-operations.js";
import { runCli } from "../../src/cli/run-cli.js";
import { startFidesEmulatorServer } from "../../src/testing/server-entry.js";
import { recordingIo } from "../cli/fake-io.js";

type Server = Awaited<ReturnType<typeof startFidesEmulatorServer>>;
let server: Server;
const ROOT_SECRET = "cli-api-root-secret-9d2e";

beforeAll(async () => {
  server = await startFidesEmulatorServer({ rootClientSecret: ROOT_SECRET });
  server.route("GET", "/api/v1/privacy-request", { scopes: ["privacy-request:read"] }, () => ({
    status: 200,
    json: { items: [], total: 0, page: 1, size: 50, pages: 0 },
  }));
});
afterAll(async () => {
  await server?.close();
});

const rootEnv = () => ({
  FIDES_URL: server.url,
  FIDES_CLIENT_ID: server.emulator.rootClientId,
  FIDES_CLIENT_SECRET: ROOT_SECRET,
});

async function run(argv: string[]) {
  const io = recordingIo(rootEnv(), "");
  const code = await runCli(argv, io);
  return { code, ...io.written };
}

const sentTo = (path: string) => server.emulator.requests().filter((request) => request.path === path).length;

describe("typedOperation", () => {
  it("knows a template and a concrete path, its query ignored", () => {
    expect(typedOperation("get", "/api/v1/dsr/policy/{policy_key}")).toMatchObject({
      known: true,
      key: "GET /api/v1/dsr/policy/{policy_key}",
      access: ["policy:read"],
    });
    expect(typedOperation("GET", "api/v1/dsr/policy/access?x=1")).toMatchObject({
      known: true,
      key: "GET /api/v1/dsr/policy/{policy_key}",
    });
  });

  it("names the operation a concrete path with a typo was meant to be", () => {
    expect(typedOperation("GET", "/api/v1/dsr/polcy/access")).toEqual({
      known: false,
      nearest: "GET /api/v1/dsr/policy/{policy_key}",
      message:
        'GET /api/v1/dsr/polcy/access is not an operation of Fides 2.86.2; did you mean "GET /api/v1/dsr/policy/{policy_key}"?',
    });
  });

  it("suggests nothing for a path that is no near typo (a Fidesplus route)", () => {
    expect(typedOperation("GET", "/api/v1/plus/custom-report")).toMatchObject({
      known: false,
      nearest: undefined,
    });
  });
});

describe("fides-oauth api", () => {
  it("refuses a typo'd path with the operation meant, sending nothing", async () => {
    const before = server.emulator.requests().length;
    const result = await run(["api", "GET", "/api/v1/privacy-requests"]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(
      'GET /api/v1/privacy-requests is not an operation of Fides 2.86.2; did you mean "GET /api/v1/privacy-request"? (--any-path sends it anyway)',
    );
    expect(server.emulator.requests().length).toBe(before);
  });

  it("sends the typo'd path with --any-path", async () => {
    const result = await run(["api", "GET", "/api/v1/privacy-requests", "--any-path"]);
    expect(result.code).toBe(1);
    expect(sentTo("/api/v1/privacy-requests")).toBe(1);
  });

  it("sends an operation of the API", async () => {
    const result = await run(["api", "GET", "/api/v1/privacy-request?size=5"]);
    expect(result).toMatchObject({ code: 0, stderr: "" });
    expect(JSON.parse(result.stdout)).toMatchObject({ items: [], total: 0 });
  });
});

describe("fides-oauth bootstrap --for", () => {
  it("creates a client holding exactly the scopes of the operations named", async () => {
    const result = await run([
      "bootstrap",
      "--for",
      "GET /api/v1/privacy-request",
      "--for",
      "PATCH /api/v1/privacy-request/administrate/approve",
      "--for",
      "GET /health",
      "--name",
      "approver-job",
    ]);
    expect(result).toMatchObject({ code: 0, stderr: "" });
    const { client_id } = JSON.parse(result.stdout) as { client_id: string };
    const client = server.emulator.clients().find((c) => c.client_id === client_id);
    expect(client?.scopes).toEqual(["privacy-request:read", "privacy-request:review"]);
  });

  it("adds --scope to the operations' scopes, once each", async () => {
    const result = await run([
      "bootstrap",
      "--for",
      "GET /api/v1/dsr/policy",
      "--scope",
      "policy:read,rule:read",
    ]);
    expect(result.code).toBe(0);
    const { client_id } = JSON.parse(result.stdout) as { client_id: string };
    expect(server.emulator.clients().find((c) => c.client_id === client_id)?.scopes).toEqual([
      "policy:read",
      "rule:read",
    ]);
  });

  it("refuses a typo'd operation with the nearest one", async () => {
    const result = await run(["bootstrap", "--for", "GET /api/v1/privacy-requests"]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(
      '--for GET /api/v1/privacy-requests is not an operation of Fides 2.86.2; did you mean "GET /api/v1/privacy-request"?',
    );
  });

  it("refuses a webhook callback route, which no client can be granted", async () => {
    const result = await run(["bootstrap", "--for", "POST /api/v1/request-task/callback"]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(
      "--for POST /api/v1/request-task/callback takes only the token Fides sent to the webhook; no client can be granted it",
    );
  });

  it("refuses a value that is not METHOD PATH, and operations that need no scope alone", async () => {
    expect((await run(["bootstrap", "--for", "/api/v1/privacy-request"])).stderr).toContain(
      '--for must be "METHOD PATH"',
    );
    expect((await run(["bootstrap", "--for", "GET /health"])).stderr).toContain(
      "bootstrap needs at least one --scope, or a --for operation that needs one",
    );
  });
});
