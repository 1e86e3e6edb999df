import { describe, expect, test } from "vitest";
import { runCommand } from "../../scripts/real-fides/run-command.js";
import { ROOT } from "../cli/spawn-cli.js";
import { REAL_VERSIONS, realServer } from "./servers.js";

/**
 * What `npm run check-upstream` must report outside the allow-list for each era: for 2.86.2, whose
 * registry our contract has, nothing; for 2.82.2, the four scopes 2.84.0 and 2.86.0 added; for
 * 2.78.2, what the contract (2.82.0 and later) has that the old server lacks.
 */
const EXPECTED: Readonly<Record<string, readonly string[]>> = {
  "2.86.2": [],
  "2.82.2": [
    "enum-value-extra GET /api/v1/oauth/scope 200 body[] (ours: correspondence:read)",
    "enum-value-extra GET /api/v1/oauth/scope 200 body[] (ours: correspondence:send)",
    "enum-value-extra GET /api/v1/oauth/scope 200 body[] (ours: notification:read)",
    "enum-value-extra GET /api/v1/oauth/scope 200 body[] (ours: notification:update)",
  ],
  "2.78.2": [
    "enum-value-extra GET /api/v1/oauth/scope 200 body[] (ours: backfill:exec)",
    "enum-value-extra GET /api/v1/oauth/scope 200 body[] (ours: correspondence:read)",
    "enum-value-extra GET /api/v1/oauth/scope 200 body[] (ours: correspondence:send)",
    "enum-value-extra GET /api/v1/oauth/scope 200 body[] (ours: notification:read)",
    "enum-value-extra GET /api/v1/oauth/scope 200 body[] (ours: notification:update)",
    "enum-value-extra GET /api/v1/oauth/scope 200 body[] (ours: system_integration_link:create_or_update)",
    "enum-value-extra GET /api/v1/oauth/scope 200 body[] (ours: system_integration_link:delete)",
    "enum-value-extra GET /api/v1/oauth/scope 200 body[] (ours: system_integration_link:read)",
    "operation-extra GET /api/v1/oauth/client (ours: listClients)",
    "operation-extra GET /api/v1/oauth/client/{client_id} (ours: getClient)",
    "operation-extra POST /api/v1/oauth/client/{client_id}/secret (ours: rotateClientSecret)",
    "operation-extra PUT /api/v1/oauth/client/{client_id} (ours: updateClient)",
    "request-body-shape POST /api/v1/oauth/client request body (ours: object, upstream: array)",
  ],
};

describe.each(REAL_VERSIONS)("npm run check-upstream against the live Fides %s", (version) => {
  test("reports exactly the era's known differences from our contract", async () => {
    const server = realServer(version);
    const result = await runCommand(
      process.execPath,
      ["--import", "tsx", "scripts/check-upstream.ts", `${server.url}/openapi.json`],
      { timeoutMs: 120_000, cwd: ROOT },
    );
    const unexpected = result.output
      .split("\n")
      .filter((line) => line.startsWith("DIFF"))
      .map((line) => line.replace(/^DIFF\s+/, "").trim())
      .sort();
    const expected = [...(EXPECTED[version] ?? [])].sort();
    expect(unexpected).toEqual(expected);
    expect(result.output).toContain(`(upstream ${version})`);
    expect(result.code).toBe(expected.length === 0 ? 0 : 1);
  });
});
