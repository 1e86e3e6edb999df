// `fides-oauth privacy-requests …`, run in process against the loopback emulator with the real
// server's privacy-request answers: what it prints, and exit status 1 when Fides refused anything.
import { writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runCli } from "../../src/cli/run-cli.js";
import { startFidesEmulatorServer } from "../../src/testing/server-entry.js";
import { recordingIo } from "../cli/fake-io.js";
import { addPrivacyRequestRoutes, type FakeFides } from "./fake-fides.js";

let server: Awaited<ReturnType<typeof startFidesEmulatorServer>>;
let fake: FakeFides;
let env: Record<string, string>;

beforeAll(async () => {
  server = await startFidesEmulatorServer();
  fake = addPrivacyRequestRoutes(server);
  const client = server.emulator.addClient({
    scopes: ["privacy-request:create", "privacy-request:read", "privacy-request:review"] as never,
  });
  env = {
    FIDES_URL: server.url,
    FIDES_CLIENT_ID: client.client_id,
    FIDES_CLIENT_SECRET: client.client_secret,
  };
});
afterAll(async () => {
  await server?.close();
});

async function run(...argv: string[]) {
  const io = recordingIo(env);
  const code = await runCli(argv, io);
  return { code, ...io.written };
}

describe("fides-oauth privacy-requests", () => {
  it("submits one request per --email and prints each with its status", async () => {
    fake.manualApproval = true;
    const result = await run(
      "privacy-requests",
      "submit",
      "--policy",
      "default_access_policy",
      "--email",
      "a@x.io,b@x.io",
    );
    expect(result).toMatchObject({ code: 0, stderr: "" });
    expect(result.stdout.split("\n")[0]).toMatch(/^ID\s+STATUS\s+POLICY$/);
    expect(result.stdout.match(/pending {2}default_access_policy/g)).toHaveLength(2);
  });

  it("prints the refused requests and exits with status 1", async () => {
    const file = join(tmpdir(), `fides-sdk-privacy-${process.pid}.json`);
    writeFileSync(
      file,
      JSON.stringify([
        { policy_key: "default_access_policy", identity: { email: "c@x.io" } },
        { policy_key: "nope", identity: { email: "d@x.io" } },
      ]),
    );
    const result = await run("privacy-requests", "submit", "--file", file, "--json");
    expect(result.code).toBe(1);
    const body = JSON.parse(result.stdout) as { succeeded: unknown[]; failed: { message: string }[] };
    expect(body.succeeded).toHaveLength(1);
    expect(body.failed.map((item) => item.message)).toEqual(["Policy with key nope does not exist"]);
    expect(result.stderr).toBe(
      'fides-oauth: privacy-requests submit: 1 of 2 items failed: "Policy with key nope does not exist"\n',
    );
  });

  it("approves and denies with a line per refused id", async () => {
    fake.manualApproval = true;
    const submitted = await run(
      "privacy-requests",
      "submit",
      "--policy",
      "default_access_policy",
      "--email",
      "e@x.io",
      "--json",
    );
    const id = (JSON.parse(submitted.stdout) as { succeeded: { id: string }[] }).succeeded[0]?.id as string;
    const approved = await run("privacy-requests", "approve", id);
    expect(approved).toMatchObject({ code: 0, stderr: "" });
    expect(approved.stdout).toContain(`${id}  approved`);
    const denied = await run("privacy-requests", "deny", id, "pri_unknown", "--reason", "duplicate");
    expect(denied.code).toBe(1);
    expect(denied.stdout).toContain(`failed ${id}: Cannot transition status`);
    expect(denied.stdout).toContain("failed pri_unknown: No privacy request found with id 'pri_unknown'");
    expect(denied.stderr).toMatch(
      /^fides-oauth: privacy-requests deny: 2 of 2 items failed: "Cannot transition status"; /,
    );
  });

  it("waits for a terminal status, printing each change", async () => {
    fake.manualApproval = false;
    const submitted = await run(
      "privacy-requests",
      "submit",
      "--policy",
      "default_access_policy",
      "--email",
      "f@x.io",
      "--json",
    );
    const id = (JSON.parse(submitted.stdout) as { succeeded: { id: string }[] }).succeeded[0]?.id as string;
    const result = await run("privacy-requests", "wait", id, "--interval", "1");
    expect(result).toMatchObject({ code: 0, stderr: "" });
    expect(result.stdout.trim().split("\n").at(-1)).toBe(`${id} complete`);
  });

  it("refuses a wait for a status that does not exist, as a usage error", async () => {
    const result = await run("privacy-requests", "wait", "pri_x", "--until", "finished");
    expect(result.code).toBe(2);
    expect(result.stderr).toContain("must be one of");
  });

  it("lists the commands under --help", async () => {
    const result = await run("privacy-requests", "--help");
    expect(result.code).toBe(0);
    for (const command of ["submit", "get", "approve", "deny", "cancel", "wait"]) {
      expect(result.stdout).toContain(`privacy-requests ${command}`);
    }
  });
});
