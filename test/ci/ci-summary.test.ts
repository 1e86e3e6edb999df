// scripts/ci-summary.mjs: one "N passed, N failed" line over every report CI gives it.
import { execFile } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

const run = promisify(execFile);
const SCRIPT = resolve(import.meta.dirname, "../../scripts/ci-summary.mjs");
let dir: string;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "fides-ci-summary-"));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function report(name: string, content: unknown): string {
  const file = join(dir, name);
  writeFileSync(file, JSON.stringify(content));
  return file;
}

async function summary(args: string[]): Promise<{ line: string; code: number }> {
  try {
    const { stdout } = await run(process.execPath, [SCRIPT, ...args]);
    return { line: stdout.trim(), code: 0 };
  } catch (error) {
    const failure = error as { stdout: string; code: number };
    return { line: failure.stdout.trim(), code: failure.code };
  }
}

const vitest = (passed: number, failed: number, brokenSuites = 0) => ({
  numPassedTests: passed,
  numFailedTests: failed,
  testResults: Array.from({ length: brokenSuites }, () => ({ status: "failed", assertionResults: [] })),
});

describe("ci-summary", () => {
  it("sums a vitest report and a {passed, failed} report", async () => {
    const files = [
      report("v.json", vitest(40, 0)),
      report("m.json", { kind: "runtime-matrix", passed: 19, failed: 0 }),
    ];
    expect(await summary(["0", ...files])).toEqual({ line: "59 passed, 0 failed", code: 0 });
  });

  it("counts the failures of every report, and a vitest suite that did not load as one", async () => {
    const files = [report("v2.json", vitest(10, 1, 2)), report("m2.json", { passed: 3, failed: 2 })];
    expect(await summary(["1", ...files])).toEqual({ line: "13 passed, 5 failed", code: 1 });
  });

  it("counts a missing or unrecognised report as one failure each", async () => {
    const files = [
      report("v3.json", vitest(5, 0)),
      join(dir, "absent.json"),
      report("odd.json", { hello: 1 }),
    ];
    expect(await summary(["0", ...files])).toEqual({ line: "5 passed, 2 failed", code: 1 });
  });

  it("counts a failed step with no failed test as one failure", async () => {
    expect(await summary(["2", report("v4.json", vitest(7, 0))])).toEqual({
      line: "7 passed, 1 failed",
      code: 1,
    });
  });

  it("still reads the older form: <vitest report> <status>", async () => {
    expect(await summary([report("v5.json", vitest(8, 0)), "0"])).toEqual({
      line: "8 passed, 0 failed",
      code: 0,
    });
  });
});
