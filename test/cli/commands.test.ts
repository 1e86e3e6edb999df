// Every command of `fides-oauth`, run as a child process against the loopback emulator, with its
// output parsed and checked against the emulator's state.
import { writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { SCOPES } from "../../src/scopes.js";
import { startFidesEmulatorServer } from "../../src/testing/server-entry.js";
import { builtCli, type CliResult, fidesEnv } from "./spawn-cli.js";

type Server = Awaited<ReturnType<typeof startFidesEmulatorServer>>;
let cli: Awaited<ReturnType<typeof builtCli>>;
let server: Server;
let root: Record<string, string>;
const ROOT_SECRET = "cli-test-root-secret-4f1c";

beforeAll(async () => {
  cli = await builtCli("commands");
  server = await startFidesEmulatorServer({ rootClientSecret: ROOT_SECRET });
  root = fidesEnv(server.url, server.emulator.rootClientId, ROOT_SECRET);
});
afterAll(async () => {
  cli?.remove();
  await server?.close();
});

/** Runs the CLI as root and checks that it succeeded without leaking the root secret. */
async function asRoot(args: string[], extra: { env?: Record<string, string>; stdin?: string } = {}) {
  const result = await cli.run(args, { ...extra, env: { ...root, ...extra.env } });
  expectSuccess(result);
  return result;
}

function expectSuccess(result: CliResult): void {
  expect(result.stderr.includes(ROOT_SECRET) || result.stdout.includes(ROOT_SECRET)).toBe(false);
  expect({ code: result.code, stderr: result.stderr }).toMatchObject({ code: 0 });
}

async function tokenWorks(token: string): Promise<boolean> {
  const response = await fetch(`${server.url}/api/v1/oauth/scope`, {
    headers: { Authorization: `Bearer ${token}` },
  });
  return response.status === 200;
}

async function secretWorks(clientId: string, clientSecret: string): Promise<boolean> {
  const response = await fetch(`${server.url}/api/v1/oauth/token`, {
    method: "POST",
    body: new URLSearchParams({
      client_id: clientId,
      client_secret: clientSecret,
      grant_type: "client_credentials",
    }),
  });
  return response.status === 200;
}

const clientNamed = (id: string) => server.emulator.clients().find((client) => client.client_id === id);

describe.concurrent("fides-oauth against the emulator", () => {
  it("token prints a working access token and nothing else", async () => {
    const { stdout } = await asRoot(["token"]);
    expect(stdout.trim()).toMatch(/^[\w-]*\.[\w-]*\.[\w-]*\.[\w-]*\.[\w-]*$/);
    expect(await tokenWorks(stdout.trim())).toBe(true);
  });

  it("token reads the secret from a file and from standard input, and --json wraps it", async () => {
    const file = join(tmpdir(), `fides-cli-secret-${process.pid}`);
    writeFileSync(file, `${ROOT_SECRET}\n`);
    const env = { FIDES_URL: server.url, FIDES_CLIENT_ID: server.emulator.rootClientId };
    const [fromFile, fromStdin] = await Promise.all([
      cli.run(["token", "--json", "--client-secret-file", file], { env }),
      cli.run(["--client-secret-stdin", "token"], { env, stdin: `${ROOT_SECRET}\n` }),
    ]);
    expectSuccess(fromFile);
    expectSuccess(fromStdin);
    const parsed = JSON.parse(fromFile.stdout) as { access_token: string; token_type: string };
    expect(parsed.token_type).toBe("Bearer");
    expect(await tokenWorks(parsed.access_token)).toBe(true);
    expect(await tokenWorks(fromStdin.stdout.trim())).toBe(true);
  });

  it("bootstrap creates a scoped client, proves it, and prints its credentials once as JSON", async () => {
    const { stdout } = await asRoot([
      "bootstrap",
      "--scope",
      "policy:read",
      "--scope",
      "rule:read",
      "--name",
      "etl",
    ]);
    const created = JSON.parse(stdout) as { client_id: string; client_secret: string };
    expect(Object.keys(created)).toEqual(["client_id", "client_secret"]);
    expect(clientNamed(created.client_id)).toMatchObject({
      name: "etl",
      scopes: ["policy:read", "rule:read"],
    });
    expect(await secretWorks(created.client_id, created.client_secret)).toBe(true);
  });

  it("bootstrap --format env prints lines a secret store or a shell can load", async () => {
    const { stdout } = await asRoot(["bootstrap", "--scope", "policy:read,rule:read", "--format", "env"]);
    const lines = stdout.trim().split("\n");
    expect(lines.map((line) => line.split("=")[0])).toEqual([
      "FIDES_URL",
      "FIDES_CLIENT_ID",
      "FIDES_CLIENT_SECRET",
    ]);
    const env = Object.fromEntries(lines.map((line) => line.split("=", 2) as [string, string]));
    expect(env.FIDES_URL).toBe(server.url);
    expect(await secretWorks(env.FIDES_CLIENT_ID ?? "", env.FIDES_CLIENT_SECRET ?? "")).toBe(true);
  });

  it("clients create prints the new secret in full, once, with --json or as fields", async () => {
    const [json, table] = await Promise.all([
      asRoot([
        "clients",
        "create",
        "--scope",
        "client:read,scope:read",
        "--name",
        "ops",
        "--description",
        "d",
        "--json",
      ]),
      asRoot(["clients", "create", "--scope", "policy:read"]),
    ]);
    const created = JSON.parse(json.stdout) as { client_id: string; client_secret: string };
    expect(clientNamed(created.client_id)).toMatchObject({
      name: "ops",
      description: "d",
      scopes: ["client:read", "scope:read"],
    });
    expect(await secretWorks(created.client_id, created.client_secret)).toBe(true);
    const fields = Object.fromEntries(
      table.stdout
        .trim()
        .split("\n")
        .map((line) => line.split(/:\s+/) as [string, string]),
    );
    expect(await secretWorks(fields.client_id ?? "", fields.client_secret ?? "")).toBe(true);
    expect(table.stderr).toContain("the secret is shown only now");
  });

  it("clients list shows every client, as a table or as JSON, never with a secret", async () => {
    const made = server.emulator.addClient({
      scopes: ["policy:read", "rule:read", "client:read", "scope:read"],
      name: "listed",
    });
    const [json, table, page] = await Promise.all([
      asRoot(["clients", "list", "--json"]),
      asRoot(["clients", "list"]),
      asRoot(["clients", "list", "--page", "1", "--size", "1", "--json"]),
    ]);
    const all = JSON.parse(json.stdout) as Array<{ client_id: string; name: string | null }>;
    expect(all.map((client) => client.client_id)).toContain(made.client_id);
    expect(table.stdout).toMatch(/^CLIENT ID\s+NAME\s+SCOPES\s+DESCRIPTION$/m);
    expect(table.stdout).toMatch(
      new RegExp(`^${made.client_id}\\s+listed\\s+policy:read, rule:read, client:read \\+1 more`, "m"),
    );
    for (const output of [json.stdout, table.stdout]) expect(output).not.toContain(made.client_secret);
    const onePage = JSON.parse(page.stdout) as {
      items: unknown[];
      page: number;
      size: number;
      total: number;
      pages: number;
    };
    expect(onePage).toMatchObject({ page: 1, size: 1 });
    expect(onePage.items).toHaveLength(1);
    expect(onePage.pages).toBe(onePage.total);
  });

  it("clients get shows one client without its secret", async () => {
    const made = server.emulator.addClient({
      scopes: ["policy:read"],
      name: "shown",
      description: "about it",
    });
    const [json, fields] = await Promise.all([
      asRoot(["clients", "get", made.client_id, "--json"]),
      asRoot(["clients", "get", made.client_id]),
    ]);
    expect(JSON.parse(json.stdout)).toEqual({
      client_id: made.client_id,
      name: "shown",
      description: "about it",
      scopes: ["policy:read"],
    });
    expect(fields.stdout).toMatch(/^scopes:\s+policy:read$/m);
    expect(fields.stdout + json.stdout).not.toContain(made.client_secret);
  });

  it("clients update changes the name, clears the description and replaces the scopes", async () => {
    const made = server.emulator.addClient({ scopes: ["policy:read"], name: "before", description: "old" });
    const { stdout } = await asRoot([
      "clients",
      "update",
      made.client_id,
      "--name",
      "after",
      "--clear-description",
      "--scope",
      "rule:read",
      "--json",
    ]);
    const expected = { client_id: made.client_id, name: "after", description: null, scopes: ["rule:read"] };
    expect(JSON.parse(stdout)).toEqual(expected);
    expect(clientNamed(made.client_id)).toMatchObject(expected);
  });

  it("clients rotate-secret prints a new secret that works while the old one stops working", async () => {
    const made = server.emulator.addClient({ scopes: ["policy:read"] });
    const { stdout } = await asRoot(["clients", "rotate-secret", made.client_id, "--json"]);
    const rotated = JSON.parse(stdout) as { client_id: string; client_secret: string };
    expect(rotated.client_id).toBe(made.client_id);
    expect(await secretWorks(made.client_id, rotated.client_secret)).toBe(true);
    expect(await secretWorks(made.client_id, made.client_secret)).toBe(false);
  });

  it("clients scopes get and set read and replace a client's scopes", async () => {
    const made = server.emulator.addClient({ scopes: ["policy:read"] });
    const set = await asRoot([
      "clients",
      "scopes",
      "set",
      made.client_id,
      "rule:read",
      "privacy-request:read",
      "--json",
    ]);
    expect(JSON.parse(set.stdout)).toEqual({
      client_id: made.client_id,
      scopes: ["rule:read", "privacy-request:read"],
    });
    const [json, lines] = await Promise.all([
      asRoot(["clients", "scopes", "get", made.client_id, "--json"]),
      asRoot(["clients", "scopes", "get", made.client_id]),
    ]);
    expect(JSON.parse(json.stdout)).toEqual(["rule:read", "privacy-request:read"]);
    expect(lines.stdout).toBe("rule:read\nprivacy-request:read\n");
  });

  it("clients delete removes the client", async () => {
    const made = server.emulator.addClient({ scopes: [] });
    const { stdout } = await asRoot(["clients", "delete", made.client_id, "--json"]);
    expect(JSON.parse(stdout)).toEqual({ client_id: made.client_id, deleted: true });
    expect(clientNamed(made.client_id)).toBeUndefined();
  });

  it("scopes lists the server's 131 scopes in registry order", async () => {
    const [json, lines] = await Promise.all([asRoot(["scopes", "--json"]), asRoot(["scopes"])]);
    expect(JSON.parse(json.stdout)).toEqual([...SCOPES]);
    expect(lines.stdout.trim().split("\n")).toEqual([...SCOPES]);
  });

  it("roles lists each role with its scope count, or one role's scopes", async () => {
    const [json, table, viewer] = await Promise.all([
      asRoot(["roles", "--json"]),
      asRoot(["roles"]),
      asRoot(["roles", "viewer"]),
    ]);
    const roles = JSON.parse(json.stdout) as Record<string, string[]>;
    expect(Object.keys(roles)).toEqual(expect.arrayContaining(["owner", "viewer", "data_steward"]));
    expect(table.stdout).toMatch(/^owner\s+131$/m);
    expect(viewer.stdout.trim().split("\n")).toEqual(roles.viewer);
  });

  it("health reports the server's version without credentials", async () => {
    const [json, fields] = await Promise.all([
      cli.run(["health", "--json", "--url", server.url]),
      cli.run(["health"], { env: { FIDES_URL: server.url } }),
    ]);
    expectSuccess(json);
    expect(JSON.parse(json.stdout)).toMatchObject({ webserver: "healthy", version: "2.86.2" });
    expect(fields.stdout).toMatch(/^version:\s+2\.86\.2$/m);
  });
});
