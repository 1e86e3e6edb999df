// `fides-oauth api` prints the body as it arrives, and --timeout ends a body that never does
// (issue 21 point 2).

import type { ServerResponse } from "node:http";
import { describe, expect, it } from "vitest";
import { runCli } from "../../src/cli/run-cli.js";
import { loopback, useLoopback } from "../client/loopback.js";
import { recordingIo } from "./fake-io.js";

useLoopback();

function trickle(response: ServerResponse): void {
  response.writeHead(200, { "Content-Type": "text/plain" });
  response.write("first line\n");
  const timer = setInterval(() => response.write("."), 50);
  response.on("close", () => clearInterval(timer));
}

describe("fides-oauth api with a body that never ends", () => {
  it("prints what arrived and fails at --timeout", async () => {
    const server = await loopback({ "GET /api/v1/slow": (_request, response) => trickle(response) });
    const io = recordingIo(
      { FIDES_URL: server.baseUrl, FIDES_CLIENT_ID: "cid", FIDES_CLIENT_SECRET: "secret-0123456789" },
      "",
    );
    const started = performance.now();
    const code = await runCli(["api", "GET", "/api/v1/slow", "--timeout", "1"], io);
    expect(code).toBe(1);
    expect(performance.now() - started).toBeLessThan(4_000);
    expect(io.written.stdout.startsWith("first line\n")).toBe(true);
    expect(io.written.stderr).toContain("did not finish within");
  });
});
