import { execFile } from "node:child_process";
import { resolve } from "node:path";
import { describe, expect, it } from "vitest";

const root = resolve(import.meta.dirname, "../..");

function runProgram(name: string): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((done) => {
    const child = execFile(
      process.execPath,
      ["--import", "tsx", resolve(import.meta.dirname, "programs", name)],
      { cwd: root, timeout: 20_000, killSignal: "SIGKILL" },
      (_error, out, err) => done({ code: child.exitCode, stdout: out, stderr: err }),
    );
  });
}

describe("a program that used the client", () => {
  it("exits by itself, with no timer or socket keeping it alive", async () => {
    const started = performance.now();
    const { code, stdout, stderr } = await runProgram("uses-client.ts");
    expect(stderr).toBe("");
    expect(code).toBe(0);
    expect(JSON.parse(stdout)).toEqual({ created: 32, total: 1, failed: "FidesConnectionError" });
    expect(performance.now() - started).toBeLessThan(20_000);
  });

  it("survives any mix of aborts, timeouts and late failures of the shared lookups: no unhandled rejection, no timer left", async () => {
    const { code, stdout, stderr } = await runProgram("aborts-and-failures.ts");
    // An unhandled rejection would end the child with code 1 and a stack on stderr.
    expect(stderr).toBe("");
    expect(code).toBe(0);
    expect(JSON.parse(stdout)).toEqual([
      "AbortError",
      "AbortError",
      "FidesTimeoutError",
      "FidesTimeoutError",
      "AbortError",
      "AbortError",
      "FidesConnectionError",
      "FidesRateLimitError 120000",
    ]);
  });
});
