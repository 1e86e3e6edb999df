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

  it("ends a trickling and an endless 2xx body at the deadline (or sdk.api()'s limit), its memory bounded", async () => {
    const { code, stdout, stderr } = await runProgram("endless-bodies.ts");
    expect(stderr).toBe("");
    expect(code).toBe(0);
    const { results, peakGrowthMiB } = JSON.parse(stdout) as {
      results: { case: string; error: string; ms: number }[];
      peakGrowthMiB: number;
    };
    expect(results.map((result) => `${result.case}: ${result.error}`)).toEqual([
      "fetch trickle: FidesTimeoutError",
      "fetch endless: FidesTimeoutError",
      "api trickle: FidesTimeoutError",
      // The 32 MiB limit comes before the 1.5 s deadline on loopback.
      "api endless: FidesResponseValidationError",
    ]);
    for (const result of results) expect(result.ms, result.case).toBeLessThan(5_000);
    // sdk.fetch's endless body is read by arrayBuffer() until the deadline: bounded by time,
    // sdk.api()'s by its 32 MiB limit; neither grows without end.
    expect(peakGrowthMiB).toBeLessThan(200);
  });
});
