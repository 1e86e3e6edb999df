// `fides-oauth api METHOD PATH`, run in-process against the loopback emulator with policy routes
// registered through emulator.route(): the body on stdout, one error line and exit 1 for Fides's
// refusals, exit 2 with nothing sent for usage errors, and the secret nowhere.
import { writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runCli } from "../../src/cli/run-cli.js";
import { startFidesEmulatorServer } from "../../src/testing/server-entry.js";
import { recordingIo } from "./fake-io.js";

type Server = Awaited<ReturnType<typeof startFidesEmulatorServer>>;
const POLICY = "/api/v1/dsr/policy";
let server: Server;
const policies = new Map<string, unknown>();

beforeAll(async () => {
  server = await startFidesEmulatorServer();
  server.route("PATCH", POLICY, { scopes: ["policy:create_or_update"] }, (request) => {
    const items = request.json as { key: string }[];
    for (const policy of items) policies.set(policy.key, policy);
    return { status: 200, json: { succeeded: items, failed: [] } };
  });
  server.route("GET", POLICY, { scopes: ["policy:read"] }, () => ({
    status: 200,
    json: { items: [...policies.values()] },
  }));
  server.route("DELETE", `${POLICY}/{policy_key}`, { scopes: ["policy:delete"] }, (request) => {
    policies.delete(request.params.policy_key ?? "");
    return { status: 204 };
  });
});
afterAll(async () => {
  await server?.close();
});

function clientWith(...scopes: string[]) {
  const client = server.emulator.addClient({ scopes: scopes as never });
  return {
    secret: client.client_secret,
    env: {
      FIDES_URL: server.url,
      FIDES_CLIENT_ID: client.client_id,
      FIDES_CLIENT_SECRET: client.client_secret,
    },
  };
}

async function run(argv: string[], env: Record<string, string>, stdin = "") {
  const io = recordingIo(env, stdin);
  const code = await runCli(argv, io);
  return { code, ...io.written };
}

function apiRequests(): number {
  return server.emulator.requests().filter((request) => request.path.startsWith(POLICY)).length;
}

describe("fides-oauth api", () => {
  it("creates a policy with --data and prints the body as the server sent it", async () => {
    const { env, secret } = clientWith("policy:create_or_update", "policy:read");
    const created = await run(
      ["api", "PATCH", POLICY, "--data", '[{"key": "access", "name": "Access"}]'],
      env,
    );
    expect(created).toEqual({
      code: 0,
      stdout: '{"succeeded":[{"key":"access","name":"Access"}],"failed":[]}\n',
      stderr: "",
    });
    const listed = await run(["api", "get", "api/v1/dsr/policy", "--json"], env);
    expect(listed.code).toBe(0);
    expect(JSON.parse(listed.stdout)).toEqual({ items: [{ key: "access", name: "Access" }] });
    expect(listed.stdout).toContain('\n  "items"');
    expect(created.stdout + listed.stdout + listed.stderr).not.toContain(secret);
  });

  it("reads --data from a file with @FILE and from standard input with @-", async () => {
    const { env } = clientWith("policy:create_or_update");
    const file = join(tmpdir(), `fides-cli-api-${process.pid}.json`);
    writeFileSync(file, '[{"key": "erasure", "name": "Erasure"}]\n');
    const fromFile = await run(["api", "PATCH", POLICY, "--data", `@${file}`, "--json"], env);
    expect([fromFile.code, JSON.parse(fromFile.stdout).succeeded]).toEqual([
      0,
      [{ key: "erasure", name: "Erasure" }],
    ]);
    const fromStdin = await run(["api", "PATCH", POLICY, "--data", "@-"], env, '[{"key": "s", "name": "S"}]');
    expect([fromStdin.code, fromStdin.stderr]).toEqual([0, ""]);
    expect(fromStdin.stdout).toContain('"succeeded":[{"key":"s","name":"S"}]');
  });

  it("prints nothing for an empty body, and null with --json", async () => {
    const { env } = clientWith("policy:delete");
    expect(await run(["api", "DELETE", `${POLICY}/access`], env)).toEqual({
      code: 0,
      stdout: "",
      stderr: "",
    });
    expect(await run(["api", "DELETE", `${POLICY}/access`, "--json"], env)).toEqual({
      code: 0,
      stdout: "null\n",
      stderr: "",
    });
  });

  it("fails with one line and exit 1 naming the missing scope, without the secret", async () => {
    const { env, secret } = clientWith("policy:read");
    const result = await run(["api", "PATCH", POLICY, "--data", "[]"], env);
    expect(result.code).toBe(1);
    expect(result.stdout).toBe("");
    const lines = result.stderr.trimEnd().split("\n");
    expect(lines).toHaveLength(1);
    expect(lines[0]).toContain(`PATCH ${POLICY} failed: 403 Forbidden`);
    expect(lines[0]).toContain("the client lacks the scope policy:create_or_update");
    expect(result.stderr).not.toContain(secret);
  });

  it.each([
    [["api", "FETCH", POLICY], /METHOD must be one of GET, HEAD, POST, PUT, PATCH, DELETE, OPTIONS/],
    [["api", "GET", POLICY, "--data", "[]"], /--data cannot be sent with GET/],
    [["api", "PATCH", POLICY, "--data", "{not json secret-ish}"], /^fides-oauth: --data must be JSON\n/],
    [["api", "PATCH", POLICY, "--data", "@/nonexistent/policies.json"], /cannot read --data @\/nonexistent/],
    [["api", "GET", `${POLICY}/../../oauth/client`], /PATH must not hold a "\." or "\.\." segment/],
    [["api", "GET", `${POLICY}/a%2Fb`], /encoded slash/],
    [["api", "GET", "https://evil.test/api/v1/dsr/policy"], /must be on the client's origin/],
    [["api", "GET"], /"api" needs PATH/],
  ])("exits 2 with nothing sent for %j", async (argv, message) => {
    const { env } = clientWith("policy:read");
    const before = apiRequests();
    const result = await run(argv, env);
    expect(result.code).toBe(2);
    expect(result.stdout).toBe("");
    expect(result.stderr).toMatch(message);
    expect(result.stderr).not.toContain("secret-ish");
    expect(apiRequests()).toBe(before);
  });
});
