// `fides-oauth api` on a path without /api/v1: Fides answers with its admin UI page (200 HTML),
// which must be one error line and exit 1, not the page on stdout with exit 0 (issue 22, point 3).
import { afterAll, beforeAll, expect, it } from "vitest";
import { runCli } from "../../src/cli/run-cli.js";
import { startFidesEmulatorServer } from "../../src/testing/server-entry.js";
import { recordingIo } from "./fake-io.js";

let server: Awaited<ReturnType<typeof startFidesEmulatorServer>>;

beforeAll(async () => {
  server = await startFidesEmulatorServer();
});
afterAll(async () => {
  await server?.close();
});

it("fails with exit 1 naming the missing /api/v1 when the answer is the admin UI page", async () => {
  const client = server.emulator.addClient({ scopes: ["policy:read"] as never });
  const io = recordingIo({
    FIDES_URL: server.url,
    FIDES_CLIENT_ID: client.clientId,
    FIDES_CLIENT_SECRET: client.clientSecret,
  });
  const code = await runCli(["api", "GET", "/dsr/policy"], io);
  expect(code).toBe(1);
  expect(io.written.stdout).toBe("");
  expect(io.written.stderr).toContain('"/api/v1/dsr/policy"');
  expect(io.written.stderr).not.toContain("<!DOCTYPE");
});
