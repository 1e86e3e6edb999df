// Loads the built package (dist/, made by `npm run build`, which `npm test` runs first) by its
// own name, the way a user's project would, through both module systems.
import { execFile } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { resolve } from "node:path";
import { promisify } from "node:util";
import { beforeAll, describe, expect, it } from "vitest";

const run = promisify(execFile);
const root = resolve(import.meta.dirname, "../..");

async function node(args: string[]): Promise<string> {
  const { stdout } = await run(process.execPath, args, { cwd: root, timeout: 15_000 });
  return stdout.trim();
}

const listExports = (specifier: string, loader: "import" | "require") =>
  loader === "import"
    ? [
        "--input-type=module",
        "-e",
        `const m = await import(${JSON.stringify(specifier)}); console.log(Object.keys(m).sort().join(","));`,
      ]
    : [
        "--input-type=commonjs",
        "-e",
        `const m = require(${JSON.stringify(specifier)}); console.log(Object.keys(m).sort().join(","));`,
      ];

describe("the built package", () => {
  beforeAll(() => {
    if (!existsSync(resolve(root, "dist/index.js"))) {
      throw new Error("dist/ is missing: run `npm run build` (npm test does) before these tests");
    }
  });

  it.each(["import", "require"] as const)(
    "loads fides-sdk by name with %s and exposes FidesClient",
    async (loader) => {
      const names = (await node(listExports("fides-sdk", loader))).split(",");
      expect(names).toEqual(
        expect.arrayContaining([
          "FidesClient",
          "SCOPES",
          "getAccessToken",
          "createOAuthClient",
          "bootstrapClient",
          "isFidesError",
        ]),
      );
    },
  );

  it.each(["import", "require"] as const)(
    "loads fides-sdk/testing by name with %s and exposes the emulator",
    async (loader) => {
      const names = (await node(listExports("fides-sdk/testing", loader))).split(",");
      expect(names).toEqual(expect.arrayContaining(["createFidesEmulator", "startFidesEmulatorServer"]));
    },
  );

  it.each(["import", "require"] as const)(
    "loads fides-sdk/testing/server with %s without needing msw",
    async (loader) => {
      const names = (await node(listExports("fides-sdk/testing/server", loader))).split(",");
      expect(names).toEqual(expect.arrayContaining(["startFidesEmulatorServer", "createFidesEmulatorCore"]));
      expect(names).not.toContain("createFidesEmulator");
      const file = resolve(root, loader === "import" ? "dist/testing/server.js" : "dist/testing/server.cjs");
      expect(readFileSync(file, "utf8")).not.toMatch(/["']msw(\/[a-z]+)?["']/);
    },
  );

  it.each(["import", "require"] as const)(
    "loads fides-sdk/webhooks by name with %s: the receiver, its adapters and revival",
    async (loader) => {
      const names = (await node(listExports("fides-sdk/webhooks", loader))).split(",");
      expect(names).toEqual(
        expect.arrayContaining([
          "createWebhookReceiver",
          "toFetchHandler",
          "toNodeHandler",
          "toExpressHandler",
          "reviveDelivery",
          "isFidesWebhookError",
        ]),
      );
    },
  );

  it("keeps the webhook receiver out of the main entry (only sdk.webhooks' management is there)", () => {
    for (const file of ["dist/index.js", "dist/index.cjs"]) {
      const text = readFileSync(resolve(root, file), "utf8");
      expect(text).not.toContain("createWebhookReceiver");
      expect(text).not.toContain("fides-webhook-delivery.v1");
      expect(text).toContain("attachPolicyWebhook");
    }
  });

  it("gives the same export list to import and require", async () => {
    const [esm, cjs] = await Promise.all([
      node(listExports("fides-sdk", "import")),
      node(listExports("fides-sdk", "require")),
    ]);
    expect(esm).toBe(cjs);
  });

  it("runs the fides-oauth bin with --help", async () => {
    const out = await node([resolve(root, "dist/cli/index.js"), "--help"]);
    expect(out).toMatch(/fides-oauth/);
  });
});
