// fides-sdk/redis in the built package (dist/, made by `npm run build`, which `npm test` runs
// first): loadable by name through both module systems, and the only entry that mentions Redis.
import { execFile } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { resolve } from "node:path";
import { promisify } from "node:util";
import { beforeAll, describe, expect, it } from "vitest";

const run = promisify(execFile);
const root = resolve(import.meta.dirname, "../..");
const REDIS_CLIENTS = /(?:require\(|from |import\()\s*["'](?:redis|ioredis)["']/;

describe("the fides-sdk/redis entry point", () => {
  beforeAll(() => {
    if (!existsSync(resolve(root, "dist/redis.js"))) {
      throw new Error("dist/ is missing: run `npm run build` (npm test does) before these tests");
    }
  });

  it.each([
    ["import", "--input-type=module", `const m = await import("fides-sdk/redis");`],
    ["require", "--input-type=commonjs", `const m = require("fides-sdk/redis");`],
  ])("loads by name with %s and exposes RedisTokenStore", async (_loader, inputType, load) => {
    const { stdout } = await run(
      process.execPath,
      [inputType, "-e", `${load} console.log(Object.keys(m).sort().join(","));`],
      { cwd: root, timeout: 15_000 },
    );
    expect(stdout.trim()).toBe("RedisTokenStore");
  });

  it("imports neither Redis client, which the application passes in", () => {
    for (const file of ["dist/redis.js", "dist/redis.cjs"]) {
      expect(readFileSync(resolve(root, file), "utf8")).not.toMatch(REDIS_CLIENTS);
    }
  });

  it("leaves the main entry point free of anything Redis", () => {
    for (const file of ["dist/index.js", "dist/index.cjs"]) {
      const code = readFileSync(resolve(root, file), "utf8");
      expect(code).not.toMatch(REDIS_CLIENTS);
      expect(code).not.toContain("RedisTokenStore");
    }
  });
});
