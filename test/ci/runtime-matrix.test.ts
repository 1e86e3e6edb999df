// scripts/runtime-matrix.mjs fails, never skips, a runtime it cannot install, naming why. (The
// matrix itself runs in .ci/run: installing five runtimes is no job for the unit tests.)
import { execFile } from "node:child_process";
import { chmodSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

const run = promisify(execFile);
const SCRIPT = resolve(import.meta.dirname, "../../scripts/runtime-matrix.mjs");
let dir: string;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "fides-runtime-matrix-"));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("runtime-matrix", () => {
  it("fails every check of a runtime that cannot be installed, naming the package and npm's reason", async () => {
    const npm = join(dir, "failing-npm.sh");
    writeFileSync(
      npm,
      '#!/bin/sh\necho "npm error 404 Not Found - GET https://registry.npmjs.org/bun" >&2\nexit 1\n',
    );
    chmodSync(npm, 0o755);
    const reportFile = join(dir, "report.json");
    const outcome = await run(
      process.execPath,
      [SCRIPT, "--only", "bun", "--cache", join(dir, "cache"), "--report", reportFile],
      { env: { ...process.env, FIDES_RUNTIME_NPM: npm }, timeout: 60_000 },
    ).then(
      () => 0,
      (error: { code: number }) => error.code,
    );
    expect(outcome).toBe(1);
    const report = JSON.parse(readFileSync(reportFile, "utf8"));
    expect(report).toMatchObject({ kind: "runtime-matrix", passed: 0, failed: 5 });
    expect(report.runtimes).toHaveLength(1);
    const [bun] = report.runtimes;
    expect(bun).toMatchObject({ name: "bun", package: "bun@1", install: "failed" });
    expect(bun.error).toContain("could not install bun@1 from the npm registry");
    expect(bun.error).toContain("404 Not Found");
    expect(bun.checks.map((check: { name: string }) => check.name)).toEqual([
      "seed-http",
      "webhooks",
      "msw",
      "cli-demo",
      "cli-version",
    ]);
    expect(bun.checks.every((check: { ok: boolean }) => !check.ok)).toBe(true);
  });
});
