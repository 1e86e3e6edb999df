import { execFile } from "node:child_process";
import { resolve } from "node:path";
import { describe, expect, it } from "vitest";

const root = resolve(import.meta.dirname, "../..");

describe("a program that used the client", () => {
  it("exits by itself, with no timer or socket keeping it alive", async () => {
    const started = performance.now();
    const { code, stdout, stderr } = await new Promise<{
      code: number | null;
      stdout: string;
      stderr: string;
    }>((done) => {
      const child = execFile(
        process.execPath,
        ["--import", "tsx", resolve(import.meta.dirname, "programs/uses-client.ts")],
        { cwd: root, timeout: 20_000, killSignal: "SIGKILL" },
        (_error, out, err) => done({ code: child.exitCode, stdout: out, stderr: err }),
      );
    });
    expect(stderr).toBe("");
    expect(code).toBe(0);
    expect(JSON.parse(stdout)).toEqual({ created: 32, total: 1, failed: "FidesConnectionError" });
    expect(performance.now() - started).toBeLessThan(20_000);
  });
});
