// What the built package weighs on a user: which zod it loads and how big a bundle of FidesClient
// is. Deterministic checks on dist/ (`npm run build`); the timings live in `npm run bench`.
import { execFile } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { promisify } from "node:util";
import { beforeAll, describe, expect, it } from "vitest";
import { measureSize } from "../../scripts/bench/size.js";

const run = promisify(execFile);
const root = resolve(import.meta.dirname, "../..");

// Records every module the ESM loader resolves (hooks run on their own thread: a file is the simplest way back).
const RECORD_HOOKS = `import { appendFileSync } from "node:fs";
let file;
export function initialize(data) { file = data.file; }
export async function resolve(specifier, context, next) {
  const result = await next(specifier, context);
  appendFileSync(file, result.url + "\\n");
  return result;
}`;

/**
 * Loads an entry of the built package by name in a fresh node and lists the files of zod it loaded,
 * relative to zod's folder.
 */
async function zodFilesLoaded(specifier: string, loader: "import" | "require"): Promise<string[]> {
  const folder = mkdtempSync(join(tmpdir(), "fides-sdk-weight-"));
  const file = join(folder, "loaded.txt");
  try {
    const program =
      loader === "import"
        ? [
            "--input-type=module",
            "-e",
            `import { register } from "node:module"; import { writeFileSync } from "node:fs";` +
              `writeFileSync(${JSON.stringify(file)}, "");` +
              `register("data:text/javascript,${encodeURIComponent(RECORD_HOOKS)}", { data: { file: ${JSON.stringify(file)} } });` +
              `await import(${JSON.stringify(specifier)});`,
          ]
        : [
            "--input-type=commonjs",
            "-e",
            `require(${JSON.stringify(specifier)});` +
              `require("node:fs").writeFileSync(${JSON.stringify(file)}, Object.keys(require.cache).join("\\n"));`,
          ];
    await run(process.execPath, program, { cwd: root, timeout: 15_000 });
    const zod = resolve(root, "node_modules/zod");
    return readFileSync(file, "utf8")
      .split("\n")
      .map((line) => (line.startsWith("file://") ? new URL(line).pathname : line))
      .filter((path) => path.startsWith(`${zod}/`))
      .map((path) => path.slice(zod.length + 1));
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}

describe("the built package's weight", () => {
  beforeAll(() => {
    if (!readFileSync(resolve(root, "dist/index.js"), "utf8")) throw new Error("run `npm run build` first");
  });

  it.each([
    ["fides-sdk", "import"],
    ["fides-sdk", "require"],
    ["fides-sdk/webhooks", "import"],
    ["fides-sdk/webhooks", "require"],
  ] as const)("%s with %s loads zod only as zod/mini, never classic zod", async (specifier, loader) => {
    const files = await zodFilesLoaded(specifier, loader);
    expect(files.filter((file) => /^(index\.c?js|v4\/index\.c?js|v4\/classic\/)/.test(file))).toEqual([]);
    // mini's own schemas: proof the listing saw zod at all
    expect(files).toContainEqual(expect.stringMatching(/^v4\/mini\/schemas\.c?js$/));
  });

  it("bundles FidesClient with its dependencies (esbuild, minified) in under 160 kB, 48 kB gzipped", async () => {
    // Measured 132,771 B minified and 39,062 B gzipped with zod/mini (561,517 and 124,199 with classic zod).
    const size = await measureSize();
    expect(size.bundleMinified).toBeLessThan(160_000);
    expect(size.bundleGzipped).toBeLessThan(48_000);
  });
});
