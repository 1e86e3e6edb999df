// The command line itself, run in-process: everything here fails before any request, so no
// server is needed (and FIDES_URL points nowhere to prove no request is tried).
import { writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { COMMANDS } from "../../src/cli/commands/index.js";
import { runCli } from "../../src/cli/run-cli.js";
import { recordingIo } from "./fake-io.js";

const UNREACHABLE = {
  FIDES_URL: "http://127.0.0.1:9",
  FIDES_CLIENT_ID: "someone",
  FIDES_CLIENT_SECRET: "s3cret-value",
};

async function run(argv: string[], env: Record<string, string> = UNREACHABLE, stdin = "") {
  const io = recordingIo(env, stdin);
  const code = await runCli(argv, io);
  return { code, ...io.written };
}

describe("help", () => {
  it("lists every command in the overview, on stdout with exit 0 for --help", async () => {
    const result = await run(["--help"]);
    expect(result.code).toBe(0);
    for (const command of COMMANDS) expect(result.stdout).toContain(`fides-oauth ${command.path.join(" ")}`);
    expect(result.stdout).toMatch(/FIDES_URL/);
  });

  it.each(COMMANDS.map((command) => [command.path.join(" "), command] as const))(
    "shows usage and options for %s --help",
    async (_name, command) => {
      const result = await run([...command.path, "--help"]);
      expect(result.code).toBe(0);
      expect(result.stdout).toMatch(new RegExp(`^Usage: fides-oauth ${command.path.join(" ")}`));
      for (const option of Object.keys(command.options)) expect(result.stdout).toContain(`--${option}`);
      if (command.connects) expect(result.stdout).toContain("--client-secret-stdin");
      expect(result.stderr).toBe("");
    },
  );

  it("prints the group's commands on stderr with exit 2 when a subcommand is missing", async () => {
    const result = await run(["clients"]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain("fides-oauth clients rotate-secret");
    expect(result.stdout).toBe("");
  });

  it("exits 2 with the overview when no command is given", async () => {
    const result = await run([]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain("Commands:");
  });
});

describe("usage errors exit 2 and name the problem", () => {
  it.each([
    [["frobnicate"], /unknown command "frobnicate"/],
    [["clients", "explode"], /unknown command "clients explode"/],
    [["clients", "list", "--frob"], /unknown option --frob/],
    [["clients", "get"], /needs CLIENT_ID/],
    [["clients", "get", "a", "b"], /does not take the argument "b"/],
    [["clients", "list", "--size", "500"], /--size must be a whole number from 1 to 100, not "500"/],
    [["clients", "list", "--page", "zero"], /--page must be a whole number/],
    [["clients", "update", "abc"], /nothing to change/],
    [
      ["clients", "update", "abc", "--description", "d", "--clear-description"],
      /either --description or --clear-description/,
    ],
    [["clients", "scopes", "set", "abc"], /list the scopes to set, or pass --none/],
    [["bootstrap"], /at least one --scope/],
    [
      ["bootstrap", "--scope", "policy:read", "--format", "yaml"],
      /--format must be "json" or "env", not "yaml"/,
    ],
    [["token", "--timeout=-1"], /--timeout must be a number of seconds/],
    [["clients", "create", "--name", " "], /--name must not be empty/],
    [["emulator", "--server-version", "1.0"], /--server-version must look like "2\.84\.2"/],
    [["emulator", "--port", "70000"], /--port must be a whole number from 0 to 65535, not "70000"/],
    [["token", "--timeout", "-1"], /option '--timeout' argument is ambiguous$/m],
    [["token", "--url"], /option '--url <value>' argument missing/],
  ])("%j", async (argv, message) => {
    const result = await run(argv);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(message);
    expect(result.stderr).toMatch(/Run "fides-oauth .*--help" for usage\./);
    expect(result.stdout).toBe("");
  });

  it.each([
    [
      ["clients", "create", "--scope", "polcy:read"],
      '"polcy:read" is not a Fides scope; did you mean "policy:read"?',
    ],
    [
      ["bootstrap", "--scope", "rule:read,client:raed"],
      '"client:raed" is not a Fides scope; did you mean "client:read"?',
    ],
    [["clients", "scopes", "set", "abc", "policy:reed"], 'did you mean "policy:read"?'],
    [
      ["clients", "update", "abc", "--scope", "xyzzy"],
      '"xyzzy" is not a Fides scope; run `fides-oauth scopes`',
    ],
  ])("rejects an unknown scope before any request: %j", async (argv, message) => {
    const result = await run(argv);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(message);
  });

  it("names both the flag and the variable when the URL is missing", async () => {
    const result = await run(["clients", "list"], {});
    expect(result.code).toBe(2);
    expect(result.stderr).toContain("no Fides URL: pass --url or set FIDES_URL");
  });

  it("says where a malformed URL came from", async () => {
    const result = await run(["token"], { ...UNREACHABLE, FIDES_URL: "localhost:8080" });
    expect(result.stderr).toContain('FIDES_URL must be an absolute http(s) URL, not "localhost:8080"');
  });

  it("asks for the client id and the secret, never echoing a secret", async () => {
    const noId = await run(["token"], { FIDES_URL: "http://127.0.0.1:9" });
    expect(noId.stderr).toContain("no client id: pass --client-id or set FIDES_CLIENT_ID");
    const noSecret = await run(["token", "--client-id", "abc"], { FIDES_URL: "http://127.0.0.1:9" });
    expect(noSecret.stderr).toContain("no client secret: set FIDES_CLIENT_SECRET");
    const both = await run(["token", "--client-secret", "hunter2hunter2", "--client-secret-stdin"]);
    expect(both.stderr).toContain("give the client secret one way");
    expect(both.stderr).not.toContain("hunter2");
  });

  it("rejects an empty secret from a file or standard input", async () => {
    const file = join(tmpdir(), `fides-cli-empty-secret-${process.pid}`);
    writeFileSync(file, "\n");
    expect((await run(["token", "--client-secret-file", file])).stderr).toContain(
      `from the file ${file} is empty`,
    );
    expect((await run(["token", "--client-secret-stdin"], UNREACHABLE, "")).stderr).toContain(
      "from standard input is empty",
    );
    const missing = await run(["token", "--client-secret-file", `${file}-missing`]);
    expect(missing.stderr).toContain("cannot read --client-secret-file");
    expect(missing.stderr).toContain("ENOENT");
  });

  it.each([
    [["clients", "get", ".."], 'CLIENT_ID must not be "." or ".."', "clients get"],
    [
      ["token", "--url", "ftp://files.example"],
      '--url must be an absolute http(s) URL, not "ftp://files.example"',
      "token",
    ],
    [
      ["token", "--url", "https://fides.example/?token=abc"],
      "--url must not have a query or a fragment",
      "token",
    ],
  ])(
    "rewords the SDK's refusal of %j in flag terms, with exit 2 and the command's help",
    async (argv, message, path) => {
      const result = await run(argv);
      expect(result.code).toBe(2);
      expect(result.stderr).toContain(`fides-oauth: ${message}`);
      expect(result.stderr).not.toMatch(/options\.|"id"/);
      expect(result.stderr).toContain(`Run "fides-oauth ${path} --help" for usage.`);
    },
  );

  it("prints the version for --version, before anything else is checked", async () => {
    const result = await run(["clients", "list", "--version"], {});
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^fides-oauth \d+\.\d+\.\d+\S*\n$/);
  });

  it("refuses a demo half-configured for a real server", async () => {
    const result = await run(["demo"], { FIDES_URL: "http://127.0.0.1:9" });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain("FIDES_URL set but FIDES_CLIENT_ID, FIDES_CLIENT_SECRET not");
  });
});
