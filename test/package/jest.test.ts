// A Jest user's project, under Jest's default configuration, tests against the BUILT package
// (dist/, which `npm test` builds first): the setup the README gives for Jest must work as written.
import { execFile } from "node:child_process";
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, symlinkSync } from "node:fs";
import { join, resolve } from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

const run = promisify(execFile);
const ROOT = resolve(import.meta.dirname, "../..");
const PROJECT = join(ROOT, "test/jest");
let scratch: string;

beforeAll(() => {
  if (!existsSync(join(ROOT, "dist/testing/server.cjs"))) {
    throw new Error("dist/ is missing: run `npm run build` (npm test does) before these tests");
  }
  // The project is copied beside an installed fides-sdk: a node_modules link to this package.
  mkdirSync(join(ROOT, "reports"), { recursive: true });
  scratch = mkdtempSync(join(ROOT, "reports/jest-project-"));
  for (const file of readdirSync(PROJECT)) copyFileSync(join(PROJECT, file), join(scratch, file));
  mkdirSync(join(scratch, "node_modules"));
  symlinkSync(ROOT, join(scratch, "node_modules/fides-sdk"), "dir");
});
afterAll(() => {
  if (scratch) rmSync(scratch, { recursive: true, force: true });
});

describe("under Jest's default configuration", () => {
  it("fides-sdk and fides-sdk/testing/server load, and the seed flow passes against the emulator's HTTP server", async () => {
    const jest = join(ROOT, "node_modules/jest/bin/jest.js");
    const { stdout } = await run(process.execPath, [jest, "--ci", "--json"], {
      cwd: scratch,
      timeout: 60_000,
      env: { PATH: process.env.PATH ?? "" },
    });
    const report = JSON.parse(stdout) as { success: boolean; numPassedTests: number; numFailedTests: number };
    expect(report).toMatchObject({ success: true, numPassedTests: 1, numFailedTests: 0 });
  });
});
