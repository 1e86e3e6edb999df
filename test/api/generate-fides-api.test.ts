import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import * as path from "node:path";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { operationEntries, renderScopeTable } from "../../scripts/generate-fides-api/scope-table.js";
import {
  documentPath,
  normaliseDocument,
  parseGenerateFidesApiArgs,
  RELEASES,
  runGenerateFidesApi,
  scopeTablePath,
  typesPath,
} from "../../scripts/generate-fides-api.js";

const BEARER = "OAuth2ClientCredentialsBearer";

/** A document of three operations, shaped like a Fides release's own. */
function tinyDocument(): Record<string, unknown> {
  return {
    openapi: "3.1.0",
    info: { title: "fides", version: "2.86.2" },
    paths: {
      "/health": { get: { operationId: "health", responses: { "200": { description: "OK" } } } },
      "/api/v1/dsr/policy": {
        patch: {
          operationId: "patch_policy",
          security: [{ [BEARER]: ["policy:create_or_update"] }],
          responses: { "200": { description: "OK" } },
        },
      },
      "/api/v1/privacy-request/{privacy_request_id}/resume": {
        post: {
          operationId: "resume",
          parameters: [
            { name: "privacy_request_id", in: "path", required: true, schema: { type: "string" } },
          ],
          security: [{ [BEARER]: ["privacy-request:resume"] }],
          responses: { "200": { description: "OK" } },
        },
      },
    },
  };
}

describe("the scope table generator", () => {
  it("takes each operation's scopes from its security, and 'none' where it declares none", () => {
    const entries = operationEntries("2.86.2", tinyDocument());
    expect(entries.slice(0, 2)).toEqual([
      { key: "GET /health", access: "none" },
      { key: "PATCH /api/v1/dsr/policy", access: ["policy:create_or_update"] },
    ]);
  });

  it("marks the webhook callback routes as taking only the webhook's token, and says why", () => {
    const [, , resume] = operationEntries("2.86.2", tinyDocument());
    expect(resume?.access).toBe("webhook-token");
    expect(resume?.correction).toMatch(/token it sent to the webhook/);
    const text = renderScopeTable("2.86.2", tinyDocument());
    expect(text).toContain('"POST /api/v1/privacy-request/{privacy_request_id}/resume": "webhook-token",');
    expect(text).toMatch(/\/\/ Corrected: the policy pre-execution webhook's reply/);
  });

  it("refuses a correction the document no longer needs", () => {
    const agreeing = { "PATCH /api/v1/dsr/policy": { access: ["policy:create_or_update"], reason: "r" } };
    expect(() => operationEntries("2.86.2", tinyDocument(), agreeing)).toThrow(
      "generate:fides-api: 2.86.2: the correction of PATCH /api/v1/dsr/policy agrees with the document: remove it",
    );
  });

  it("refuses a security requirement naming another scheme", () => {
    const document = tinyDocument();
    const paths = document.paths as Record<string, Record<string, Record<string, unknown>>>;
    const patch = paths["/api/v1/dsr/policy"]?.patch;
    if (patch === undefined) throw new Error("fixture");
    patch.security = [{ APIKeyHeader: [] }];
    expect(() => operationEntries("2.86.2", document)).toThrow(
      `generate:fides-api: 2.86.2: PATCH /api/v1/dsr/policy: "security" must name only ${BEARER}`,
    );
  });

  it("refuses a document without paths", () => {
    expect(() => operationEntries("2.86.2", { openapi: "3.1.0" })).toThrow(
      'generate:fides-api: 2.86.2: the document has no "paths"',
    );
  });
});

describe("the generate:fides-api command line", () => {
  it("defaults to every tested release, newest last", () => {
    expect(parseGenerateFidesApiArgs([]).releases).toEqual(RELEASES);
    expect(RELEASES.at(-1)).toBe("2.86.2");
  });

  it("refuses a release that is not tested", () => {
    expect(() => parseGenerateFidesApiArgs(["--release", "2.80.0"])).toThrow(
      "--release must be one of 2.78.2, 2.82.2, 2.86.2",
    );
  });

  it("refuses an unknown argument", () => {
    expect(() => parseGenerateFidesApiArgs(["--frobnicate"])).toThrow('unknown argument "--frobnicate"');
  });
});

describe("the generate:fides-api check", () => {
  let root: string;
  const release = "2.86.2";

  beforeEach(async () => {
    root = mkdtempSync(path.join(tmpdir(), "fides-api-check-"));
    mkdirSync(path.join(root, "openapi"));
    mkdirSync(path.join(root, "src", "generated"), { recursive: true });
    writeFileSync(path.join(root, documentPath(release)), normaliseDocument(tinyDocument()));
    vi.spyOn(console, "log").mockImplementation(() => undefined);
    vi.spyOn(console, "error").mockImplementation(() => undefined);
    const written = await runGenerateFidesApi({
      releases: [release],
      check: false,
      fromDocuments: true,
      root,
    });
    expect(written).toBe(0);
  });

  afterEach(() => {
    vi.restoreAllMocks();
    rmSync(root, { recursive: true, force: true });
  });

  it("passes when the generated files match their document", async () => {
    expect(await runGenerateFidesApi({ releases: [release], check: true, fromDocuments: false, root })).toBe(
      0,
    );
    const header = readFileSync(path.join(root, typesPath(release)), "utf8")
      .split("\n")
      .slice(0, 5)
      .join("\n");
    expect(header).toContain("Do not edit by hand: run `npm run generate:fides-api`");
  });

  it("fails, naming the file, when the document changed and the types did not", async () => {
    const document = tinyDocument();
    (document.paths as Record<string, unknown>)["/api/v1/new"] = {
      get: { operationId: "new", responses: { "200": { description: "OK" } } },
    };
    writeFileSync(path.join(root, documentPath(release)), normaliseDocument(document));
    const errors = vi.mocked(console.error);
    expect(await runGenerateFidesApi({ releases: [release], check: true, fromDocuments: false, root })).toBe(
      1,
    );
    const messages = errors.mock.calls.map(([message]) => String(message));
    expect(messages).toContain(
      `generate:fides-api: ${typesPath(release)} is stale (does not match ${documentPath(release)}); run \`npm run generate:fides-api -- --from-documents\``,
    );
    expect(
      messages.some((message) =>
        message.startsWith(`generate:fides-api: ${scopeTablePath(release)} is stale`),
      ),
    ).toBe(true);
  });

  it("fails when a generated file is missing", async () => {
    rmSync(path.join(root, scopeTablePath(release)));
    expect(await runGenerateFidesApi({ releases: [release], check: true, fromDocuments: false, root })).toBe(
      1,
    );
    expect(vi.mocked(console.error).mock.calls.map(([m]) => String(m))).toContain(
      `generate:fides-api: ${scopeTablePath(release)} is missing; run \`npm run generate:fides-api -- --from-documents\``,
    );
  });
});
