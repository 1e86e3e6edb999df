import { describe, expect, test } from "vitest";
import { runCommand } from "../../scripts/real-fides/run-command.js";
import { listRuns } from "../../scripts/real-fides/runs.js";
import { ROOT } from "../cli/spawn-cli.js";
import { REAL_VERSIONS } from "./servers.js";

const realFides = (args: readonly string[], env: NodeJS.ProcessEnv = {}) =>
  runCommand(process.execPath, ["--import", "tsx", "scripts/real-fides.ts", ...args], {
    timeoutMs: 120_000,
    cwd: ROOT,
    env: { ...process.env, ...env },
  });

describe("npm run real-fides: a failure names its step and leaves nothing behind", () => {
  test("a malformed --version is the arguments step", async () => {
    const result = await realFides(["start", "--version", "latest"]);
    expect(result.code).toBe(1);
    expect(result.output).toContain(
      `step "arguments" failed: "--version" must look like 2.86.2, got "latest"`,
    );
  });

  test("an unreachable PostgreSQL is the database step, with psql's own words, and no run is left", async () => {
    const before = listRuns().map((run) => run.runId);
    const result = await realFides(["start", "--version", REAL_VERSIONS[0] as string], { PGPORT: "1" });
    expect(result.code).toBe(1);
    expect(result.output).toContain(`step "database" failed`);
    expect(result.output).toContain("--- last log lines ---");
    expect(result.output).toMatch(/connection to server .* failed/);
    expect(listRuns().map((run) => run.runId)).toEqual(before);
  });
});
