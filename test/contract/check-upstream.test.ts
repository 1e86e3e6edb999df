import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import * as path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { filterDifferences, loadAllowlist } from "../../scripts/check-upstream/allowlist.js";
import { diffDocuments } from "../../scripts/check-upstream/diff.js";
import { formatDifference } from "../../scripts/check-upstream/difference.js";
import { loadDocument } from "../../scripts/check-upstream/load.js";
import { normaliseSchema } from "../../scripts/check-upstream/normalise.js";
import { REPO_ROOT, SPEC_PATH } from "./load-spec.js";
import { runScript } from "./run-script.js";
import { upstreamLike2811, upstreamLike2842, upstreamLike2862 } from "./upstream-like.js";

// The upstream documents are of our own making (see upstream-like.ts): shaped like what Fides 2.86.2,
// 2.84.2 and 2.81.1 generate, so that these tests need nothing beside the repository.
const ALLOWLIST = loadAllowlist(path.join(REPO_ROOT, "openapi/upstream-allowlist.yaml"));

/** The differences outside the allow-list, one formatted line each. */
async function unexpectedAgainst(upstream: Record<string, unknown>): Promise<string[]> {
  const ours = await loadDocument(SPEC_PATH);
  return filterDifferences(diffDocuments(ours, upstream), ALLOWLIST).unexpected.map(formatDifference);
}

describe("check-upstream", () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(path.join(tmpdir(), "fides-upstream-"));
  });
  afterEach(() => {
    rmSync(dir, { recursive: true, force: true });
  });

  it("finds nothing outside the allow-list against a document shaped like Fides 2.86.2's", async () => {
    expect(await unexpectedAgainst(await upstreamLike2862())).toEqual([]);
  });

  it("uses every allow-list entry against the 2.86.2 shape, so none is dead weight", async () => {
    const ours = await loadDocument(SPEC_PATH);
    const { unused } = filterDifferences(diffDocuments(ours, await upstreamLike2862()), ALLOWLIST);
    expect(unused).toEqual([]);
  });

  it("reports the scope 2.86.0 added as ours alone against the Fides 2.84.2 shape", async () => {
    expect(await unexpectedAgainst(await upstreamLike2842())).toEqual([
      "enum-value-extra GET /api/v1/oauth/scope 200 body[] (ours: notification:update)",
    ]);
  });

  it("reports the known differences of the Fides 2.81.1 shape: array create body, missing endpoints, missing scopes", async () => {
    expect(await unexpectedAgainst(await upstreamLike2811())).toEqual([
      "enum-value-extra GET /api/v1/oauth/scope 200 body[] (ours: correspondence:read)",
      "enum-value-extra GET /api/v1/oauth/scope 200 body[] (ours: correspondence:send)",
      "enum-value-extra GET /api/v1/oauth/scope 200 body[] (ours: notification:read)",
      "enum-value-extra GET /api/v1/oauth/scope 200 body[] (ours: notification:update)",
      "operation-extra GET /api/v1/oauth/client (ours: listClients)",
      "operation-extra GET /api/v1/oauth/client/{client_id} (ours: getClient)",
      "operation-extra POST /api/v1/oauth/client/{client_id}/secret (ours: rotateClientSecret)",
      "operation-extra PUT /api/v1/oauth/client/{client_id} (ours: updateClient)",
      "request-body-shape POST /api/v1/oauth/client request body (ours: object, upstream: array)",
    ]);
  });

  it("reports a response field whose type changed upstream", async () => {
    const upstream = await upstreamLike2862();
    upstream.components.schemas.ClientResponse.properties.client_id = { type: "integer" };
    expect(await unexpectedAgainst(upstream)).toEqual([
      "response-type ClientResponse.client_id (ours: string, upstream: integer)",
    ]);
  });

  it("reports a scope added upstream, a parameter turned required and a new request property", async () => {
    const upstream = await upstreamLike2862();
    upstream.components.schemas.ScopeRegistryEnum.enum.push("client:audit");
    upstream.paths["/api/v1/oauth/client"].get.parameters[0].required = true;
    upstream.components.schemas.ClientCreateRequest.properties.roles = { type: "array" };
    expect(await unexpectedAgainst(upstream)).toEqual([
      "enum-value-missing GET /api/v1/oauth/scope 200 body[] (upstream: client:audit)",
      "parameter-required GET /api/v1/oauth/client parameter query page (ours: optional, upstream: required)",
      "request-property-missing POST /api/v1/oauth/client request body.roles",
    ]);
  });

  it("treats anyOf [X, null] and type [X, null] as the same nullable type", () => {
    const anyOf = normaliseSchema({}, { anyOf: [{ type: "integer" }, { type: "null" }] });
    const typeList = normaliseSchema({}, { type: ["integer", "null"] });
    expect(anyOf).toEqual(typeList);
    expect(anyOf).toEqual({ types: ["integer"], nullable: true });
  });

  it("exits 1 and prints the field when run on a modified copy of the 2.86.2 shape", async () => {
    const upstream = await upstreamLike2862();
    upstream.components.schemas.AccessToken.properties.expires_in = { type: "string" };
    const copy = path.join(dir, "openapi.json");
    writeFileSync(copy, JSON.stringify(upstream));

    const result = runScript("check-upstream.ts", [copy]);

    expect(result.status).toBe(1);
    expect(result.stdout).toContain(
      "DIFF    response-type AccessToken.expires_in (ours: integer|null, upstream: string)",
    );
    expect(result.stdout).toContain("check-upstream: 1 difference(s) outside the allow-list");
  });

  it("exits 0 against the 2.86.2 shape from the command line, reading the file it is given", async () => {
    const file = path.join(dir, "upstream-2.86.2.json");
    writeFileSync(file, JSON.stringify(await upstreamLike2862()));
    const result = runScript("check-upstream.ts", [file, "--if-exists"]);
    expect(result.stderr).toBe("");
    expect(result.status).toBe(0);
    expect(result.stdout).not.toContain("DIFF");
  });

  it("skips a missing file with --if-exists, and fails on one without it", () => {
    const missing = path.join(dir, "absent.json");
    const skipped = runScript("check-upstream.ts", [missing, "--if-exists"]);
    expect(skipped.status).toBe(0);
    expect(skipped.stdout.trim()).toBe(`check-upstream: skipped: ${missing} not found`);

    const failed = runScript("check-upstream.ts", [missing]);
    expect(failed.status).toBe(2);
    expect(failed.stderr).toContain("absent.json");
  });

  it("rejects an allow-list entry without a reason, naming the entry", () => {
    const file = path.join(dir, "allow.yaml");
    writeFileSync(file, "- kind: operation-id\n  reason: readable names\n- kind: schema-name\n");
    expect(() => loadAllowlist(file)).toThrow(`${file} entry #2 needs a "reason"`);
  });

  it("rejects a document that is not OpenAPI", async () => {
    const file = path.join(dir, "not-openapi.json");
    writeFileSync(file, '{"hello": "world"}');
    await expect(loadDocument(file)).rejects.toThrow('is not an OpenAPI document (no "paths" object)');
  });
});
