// The TypeScript examples in README.md must compile against the SDK's real types: each ```ts
// block is written to a scratch folder with its "fides-sdk" imports pointed at src/, then tsc
// checks them under the project's strict settings.
import { execFile } from "node:child_process";
import { mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { resolve } from "node:path";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";
import { startFidesEmulatorServer } from "../src/testing/server-entry.js";

const root = resolve(import.meta.dirname, "..");
const scratch = resolve(root, "reports/readme-examples");

function extractTypeScriptBlocks(markdown: string): string[] {
  return [...markdown.matchAll(/^```ts\n([\s\S]*?)^```$/gm)].map((match) => match[1] ?? "");
}

function pointAtSources(code: string): string {
  return code
    .replaceAll('from "fides-sdk/testing"', 'from "../../src/testing/index.js"')
    .replaceAll('from "fides-sdk/redis"', 'from "../../src/redis/index.js"')
    .replaceAll('from "fides-sdk/api"', 'from "../../src/api/index.js"')
    .replaceAll('from "fides-sdk/webhooks"', 'from "../../src/webhooks/index.js"')
    .replaceAll('from "fides-sdk"', 'from "../../src/index.js"');
}

describe("README examples", () => {
  const blocks = extractTypeScriptBlocks(readFileSync(resolve(root, "README.md"), "utf8"));

  it("has TypeScript examples to check", () => {
    expect(blocks.length).toBeGreaterThan(0);
  });

  it("compile under the project's strict tsconfig", async () => {
    rmSync(scratch, { recursive: true, force: true });
    mkdirSync(scratch, { recursive: true });
    blocks.forEach((code, index) => {
      writeFileSync(resolve(scratch, `example-${index + 1}.ts`), `export {};\n${pointAtSources(code)}`);
    });
    writeFileSync(
      resolve(scratch, "tsconfig.json"),
      JSON.stringify({
        extends: "../../tsconfig.json",
        include: ["./*.ts"],
        compilerOptions: { noEmit: true },
      }),
    );
    const tsc = resolve(root, "node_modules/typescript/bin/tsc");
    const result = await promisify(execFile)(
      process.execPath,
      [tsc, "-p", resolve(scratch, "tsconfig.json")],
      {
        cwd: root,
      },
    ).catch((error: { stdout?: string }) => ({ stdout: error.stdout ?? String(error) }));
    expect(result.stdout).toBe("");
  }, 60_000);

  it("runs the seed flow against the emulator and prints what its comments promise", async () => {
    const seedFlow = blocks[0] ?? "";
    const file = resolve(scratch, "seed-flow.ts");
    mkdirSync(scratch, { recursive: true });
    writeFileSync(file, pointAtSources(seedFlow));
    const server = await startFidesEmulatorServer();
    server.route("PATCH", "/api/v1/dsr/policy", { scopes: ["policy:create_or_update"] }, (request) => ({
      status: 200,
      json: { succeeded: request.json, failed: [] },
    }));
    try {
      const tsx = resolve(root, "node_modules/tsx/dist/cli.mjs");
      const { stdout } = await promisify(execFile)(process.execPath, [tsx, file], {
        cwd: root,
        env: { ...process.env, FIDES_URL: server.url },
        timeout: 30_000,
      });
      expect(stdout).toContain("[ 'policy:create_or_update', 'policy:read' ]");
      expect(stdout).toContain("[ 'access' ]");
      expect(stdout).toContain("[ 'client:create' ]");
      const created = server.emulator.requests().filter((r) => r.path === "/api/v1/dsr/policy");
      expect(created.map((r) => [r.method, r.status])).toEqual([["PATCH", 200]]);
      expect(server.emulator.clients()).toEqual([]);
    } finally {
      await server.close();
    }
  }, 60_000);
});
