// How `fides-oauth` fails, as a child process: one clear line on stderr, exit 1 for Fides or the
// network, exit 2 for usage, no stack trace unless --debug, and no secret anywhere.
import { createServer } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startFidesEmulatorServer } from "../../src/testing/server-entry.js";
import { builtCli, type CliResult, fidesEnv } from "./spawn-cli.js";

type Server = Awaited<ReturnType<typeof startFidesEmulatorServer>>;
let cli: Awaited<ReturnType<typeof builtCli>>;
let current: Server;
let old: Server;

beforeAll(async () => {
  cli = await builtCli("failures");
  [current, old] = await Promise.all([
    startFidesEmulatorServer(),
    startFidesEmulatorServer({ serverVersion: "2.81.1" }),
  ]);
});
afterAll(async () => {
  cli?.remove();
  await Promise.all([current?.close(), old?.close()]);
});

/** A loopback port that nothing listens on: bound once to learn a free number, then closed. */
async function closedPort(): Promise<number> {
  const probe = createServer();
  await new Promise<void>((resolve) => probe.listen(0, "127.0.0.1", resolve));
  const address = probe.address();
  await new Promise((resolve) => probe.close(resolve));
  if (typeof address !== "object" || address === null) throw new Error("no port");
  return address.port;
}

function expectOneLine(result: CliResult, code: number): string {
  expect({ code: result.code, stdout: result.stdout }).toEqual({ code, stdout: "" });
  const lines = result.stderr.trimEnd().split("\n");
  expect(lines).toHaveLength(1);
  expect(result.stderr).not.toMatch(/^\s+at /m);
  return lines[0] ?? "";
}

describe.concurrent("fides-oauth failures", () => {
  it("names the missing scope when a client may not create clients", async () => {
    const weak = current.emulator.addClient({ scopes: ["policy:read", "rule:read"] });
    const result = await cli.run(["clients", "create", "--scope", "policy:read"], {
      env: fidesEnv(current.url, weak.client_id, weak.client_secret),
    });
    const line = expectOneLine(result, 1);
    expect(line).toContain("creating a client (POST /api/v1/oauth/client) failed: 403 Forbidden");
    expect(line).toContain("Required scope(s): [client:create]");
    expect(line).toContain("the client lacks the scope client:create");
    expect(line).not.toContain(weak.client_secret);
  });

  it("says the credentials were rejected for a wrong secret, without echoing it", async () => {
    const secret = "definitely-the-wrong-secret-9e2d";
    const result = await cli.run(["token"], {
      env: fidesEnv(current.url, current.emulator.rootClientId, secret),
    });
    const line = expectOneLine(result, 1);
    expect(line).toContain("getting an access token (POST /api/v1/oauth/token) failed: 401 Unauthorized");
    expect(line).toContain("the client credentials were rejected");
    expect(line).not.toContain(secret);
  });

  it("prints the stack trace only with --debug, and masks the secret in the configuration it shows", async () => {
    const secret = "another-wrong-secret-7c1a";
    const result = await cli.run(["token", "--debug"], { env: fidesEnv(current.url, "nobody", secret) });
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/^\s+at /m);
    expect(result.stderr).toContain('"clientSecret":"****7c1a"');
    expect(result.stderr).not.toContain(secret);
  });

  it("reports an unreachable server in one line, well within the timeout", async () => {
    const url = `http://127.0.0.1:${await closedPort()}`;
    const result = await cli.run(["clients", "list", "--timeout", "5"], {
      env: fidesEnv(url, "id", "secret-xyz"),
    });
    const line = expectOneLine(result, 1);
    expect(line).toContain(`could not reach Fides at ${url}`);
    expect(line).toContain("ECONNREFUSED");
    expect(line).toContain("check --url / FIDES_URL");
    expect(result.elapsedMs).toBeLessThan(10_000);
  });

  it("names the version an old server lacks for an endpoint it does not have", async () => {
    const result = await cli.run(["clients", "list"], {
      env: fidesEnv(old.url, old.emulator.rootClientId, old.emulator.rootClientSecret),
    });
    const line = expectOneLine(result, 1);
    expect(line).toMatch(/needs Fides 2\.82\.0 or later; the server is Fides 2\.81\.1/);
  });

  it("catches an unknown scope before any request, suggesting the nearest", async () => {
    // A server of its own, so that the other tests' requests do not show in its log.
    const quiet = await startFidesEmulatorServer();
    try {
      const result = await cli.run(["clients", "create", "--scope", "polcy:read"], {
        env: fidesEnv(quiet.url, quiet.emulator.rootClientId, quiet.emulator.rootClientSecret),
      });
      expect(result.code).toBe(2);
      expect(result.stderr).toContain('"polcy:read" is not a Fides scope; did you mean "policy:read"?');
      expect(quiet.emulator.requests()).toEqual([]);
    } finally {
      await quiet.close();
    }
  });

  it("exits 2 naming the missing configuration", async () => {
    const result = await cli.run(["clients", "list"]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain("no Fides URL: pass --url or set FIDES_URL");
  });

  it("explains a 404 for an unknown client id", async () => {
    const result = await cli.run(["clients", "get", "no-such-client"], {
      env: fidesEnv(current.url, current.emulator.rootClientId, current.emulator.rootClientSecret),
    });
    const line = expectOneLine(result, 1);
    expect(line).toContain(
      "reading client no-such-client (GET /api/v1/oauth/client/no-such-client) failed: 404",
    );
    expect(line).toContain("no such client");
  });
});
