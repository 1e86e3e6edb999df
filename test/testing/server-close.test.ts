/** The HTTP adapter's close() must leave nothing running, or test processes hang. */
import { execFile } from "node:child_process";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";
import { startFidesEmulatorServer } from "../../src/testing/adapters/http-server.js";

const run = promisify(execFile);
const fixture = fileURLToPath(new URL("./fixtures/start-and-close.ts", import.meta.url));

describe("startFidesEmulatorServer", () => {
  it("listens on 127.0.0.1 on a free port by default", async () => {
    const server = await startFidesEmulatorServer();
    try {
      expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
      expect(server.emulator.baseUrl).toBe(server.url);
    } finally {
      await server.close();
    }
  });

  it("lets a process exit on its own after close(), despite open and held connections", async () => {
    // A hang would hit the 15 s timeout and fail the test.
    const { stdout } = await run(process.execPath, ["--import", "tsx", fixture], { timeout: 15_000 });
    expect(stdout.trim()).toBe("closed");
  });

  it("refuses requests after close()", async () => {
    const server = await startFidesEmulatorServer();
    await server.close();
    await server.close();
    await expect(fetch(`${server.url}/health`)).rejects.toThrow();
  });

  it("checks its options before opening a port", async () => {
    await expect(startFidesEmulatorServer({ serverVersion: "x" })).rejects.toThrow(/"options.serverVersion"/);
  });
});
