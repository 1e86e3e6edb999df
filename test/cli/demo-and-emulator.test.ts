// `fides-oauth demo` (what `npm run demo` runs), `fides-oauth emulator`, and the shipped bundle's
// independence from the sources and from msw.
import { spawn } from "node:child_process";
import { readdirSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startFidesEmulatorServer } from "../../src/testing/server-entry.js";
import { builtCli, ROOT, sourceCli } from "./spawn-cli.js";

const DEMO_STEPS = [
  /^1\. Root token acquired for fidesadmin: \*{4}\S{4}$/m,
  /^2\. Client [0-9a-f]{32} created with policy:read, rule:read \(secret \*{4}[0-9a-f]{4}\)$/m,
  /^3\. Token acquired for the new client: \*{4}\S{4}$/m,
  /^4\. Its scopes, read back: policy:read, rule:read$/m,
  /^5\. It tries to create a client: refused with 403, as expected: it lacks client:create$/m,
  /^6\. Secret rotated: \*{4}[0-9a-f]{4}; the new secret gets a token: \*{4}\S{4}$/m,
  /^7\. Client [0-9a-f]{32} deleted$/m,
  /^Done: the whole flow worked\.$/m,
];

let cli: Awaited<ReturnType<typeof builtCli>>;
beforeAll(async () => {
  cli = await builtCli("demo");
});
afterAll(() => cli?.remove());

describe.concurrent("demo and emulator", () => {
  it("demo (as npm run demo starts it) runs the whole flow on an embedded emulator, masked, and exits 0 by itself", async () => {
    const result = await sourceCli.run(["demo"], { timeoutMs: 20_000 });
    expect({ code: result.code, stderr: result.stderr }).toEqual({ code: 0, stderr: "" });
    expect(result.stdout).toMatch(
      /^Fides OAuth demo against the embedded Fides emulator at http:\/\/127\.0\.0\.1:\d+$/m,
    );
    for (const step of DEMO_STEPS) expect(result.stdout).toMatch(step);
    expect(result.stdout).not.toContain("fidesadminsecret");
  });

  it("demo runs against the server named by FIDES_URL and root credentials, leaving no client behind", async () => {
    const secret = "demo-target-secret-1234";
    const server = await startFidesEmulatorServer({ rootClientSecret: secret });
    try {
      const env = { FIDES_URL: server.url, FIDES_CLIENT_ID: "fidesadmin", FIDES_CLIENT_SECRET: secret };
      const result = await cli.run(["demo"], { env });
      expect({ code: result.code, stderr: result.stderr }).toEqual({ code: 0, stderr: "" });
      expect(result.stdout).toContain(`Fides OAuth demo against your Fides server at ${server.url}`);
      for (const step of DEMO_STEPS) expect(result.stdout).toMatch(step);
      expect(result.stdout).not.toContain(secret);
      expect(server.emulator.clients()).toEqual([]);
    } finally {
      await server.close();
    }
  });

  it("demo skips only the secret rotation on a Fides older than 2.82, and still exits 0", async () => {
    const server = await startFidesEmulatorServer({ serverVersion: "2.81.1" });
    try {
      const env = {
        FIDES_URL: server.url,
        FIDES_CLIENT_ID: "fidesadmin",
        FIDES_CLIENT_SECRET: "fidesadminsecret",
      };
      const result = await cli.run(["demo"], { env });
      expect({ code: result.code, stderr: result.stderr }).toEqual({ code: 0, stderr: "" });
      expect(result.stdout).toMatch(/^5\. .*refused with 403, as expected: it lacks client:create$/m);
      expect(result.stdout).toMatch(
        /^6\. Secret rotation skipped: .*needs Fides 2\.82\.0 or later; the server is Fides 2\.81\.1$/m,
      );
      expect(result.stdout).toMatch(/^7\. Client [0-9a-f]{32} deleted$/m);
      expect(server.emulator.clients()).toEqual([]);
    } finally {
      await server.close();
    }
  });

  it("emulator serves until interrupted, printing its URL and root credentials", async () => {
    const child = spawn(process.execPath, cli.nodeArgs(["emulator", "--server-version", "2.81.1"]), {
      cwd: ROOT,
      env: { PATH: process.env.PATH ?? "" },
      timeout: 15_000,
    });
    const exited = new Promise<number | null>((resolve) => child.once("close", resolve));
    let stdout = "";
    const announced = new Promise<Record<string, string>>((resolve) => {
      child.stdout.setEncoding("utf8").on("data", (chunk: string) => {
        stdout += chunk;
        const lines = stdout.split("\n").filter((line) => line.includes("="));
        if (lines.length === 3)
          resolve(Object.fromEntries(lines.map((line) => line.split("=", 2) as [string, string])));
      });
    });
    const env = await announced;
    expect(env).toMatchObject({ FIDES_CLIENT_ID: "fidesadmin", FIDES_CLIENT_SECRET: "fidesadminsecret" });
    const health = (await (await fetch(`${env.FIDES_URL}/health`)).json()) as { version: string };
    expect(health.version).toBe("2.81.1");
    child.kill("SIGINT");
    expect(await exited).toBe(0);
  });

  it("ships as a bundle that runs by itself and never imports msw", async () => {
    // tsup splits the dynamically imported emulator into chunks beside cli/: check them all.
    const files = readdirSync(cli.outDir, { recursive: true, encoding: "utf8" }).filter((file) =>
      file.endsWith(".js"),
    );
    expect(files).toContain(join("cli", "index.js"));
    for (const file of files) {
      expect(readFileSync(join(cli.outDir, file), "utf8")).not.toMatch(/["']msw(\/[^"']*)?["']/);
    }
    const result = await cli.run(["--help"], { env: { HOME: tmpdir() } });
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^fides-oauth: manage the OAuth clients/);
  });
});
