import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import * as path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { renderTypes, runGenerate } from "../../scripts/generate.js";
import { REPO_ROOT, SPEC_PATH } from "./load-spec.js";
import { runScript } from "./run-script.js";

const COMMITTED = path.join(REPO_ROOT, "src/generated/fides-oauth.ts");

/** The spec with one more property on `ClientResponse`. */
function editedSpec(): string {
  const spec = readFileSync(SPEC_PATH, "utf8");
  const anchor = "      required: [client_id, name, description, scopes]\n      properties:\n";
  expect(spec).toContain(anchor);
  return spec.replace(anchor, `${anchor}        added_in_test:\n          type: string\n`);
}

describe("the generate check", () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(path.join(tmpdir(), "fides-generate-"));
  });
  afterEach(() => {
    rmSync(dir, { recursive: true, force: true });
  });

  it("passes on the committed output of the real spec", () => {
    const result = runScript("generate.ts", ["--check"]);
    expect(result.stderr).toBe("");
    expect(result.status).toBe(0);
    expect(result.stdout).toContain("src/generated/fides-oauth.ts is up to date");
  });

  it("starts the committed output with a do-not-edit header naming the source and the command", () => {
    const header = readFileSync(COMMITTED, "utf8").split("\n").slice(0, 4).join("\n");
    expect(header).toContain("openapi/fides-oauth.yaml");
    expect(header).toContain("Do not edit by hand");
    expect(header).toContain("npm run generate");
  });

  it("fails, naming the stale file, once a copy of the spec gains a property", async () => {
    const spec = path.join(dir, "fides-oauth.yaml");
    const out = path.join(dir, "fides-oauth.ts");
    writeFileSync(spec, readFileSync(SPEC_PATH, "utf8"));
    writeFileSync(out, await renderTypes(spec));
    expect(await runGenerate({ spec, out, check: true })).toBe(0);

    writeFileSync(spec, editedSpec());
    const result = runScript("generate.ts", ["--check", "--spec", spec, "--out", out]);

    expect(result.status).toBe(1);
    expect(result.stderr).toContain(`${path.relative(REPO_ROOT, out).split(path.sep).join("/")} is stale`);
    expect(result.stderr).toContain("run `npm run generate`");
  });

  it("fails against the committed file when the spec is edited", () => {
    const spec = path.join(dir, "fides-oauth.yaml");
    writeFileSync(spec, editedSpec());
    const result = runScript("generate.ts", ["--check", "--spec", spec]);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain("src/generated/fides-oauth.ts is stale");
  });

  it("renders the added property into the types", async () => {
    const spec = path.join(dir, "fides-oauth.yaml");
    writeFileSync(spec, editedSpec());
    expect(await renderTypes(spec)).toContain("added_in_test?: string;");
    expect(await renderTypes(SPEC_PATH)).not.toContain("added_in_test");
  });

  it("rejects an unknown argument", () => {
    const result = runScript("generate.ts", ["--chek"]);
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('unknown argument "--chek"');
  });
});
