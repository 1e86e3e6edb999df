import { execFileSync } from "node:child_process";
import { existsSync, readdirSync, statSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

/** The repository's root directory. */
export const ROOT = fileURLToPath(new URL("../..", import.meta.url));
/** The built ESM entry point. */
export const DIST_ENTRY = join(ROOT, "dist", "index.js");

function newestSource(directory: string): number {
  let newest = 0;
  for (const entry of readdirSync(directory, { withFileTypes: true })) {
    const path = join(directory, entry.name);
    const time = entry.isDirectory() ? newestSource(path) : statSync(path).mtimeMs;
    newest = Math.max(newest, time);
  }
  return newest;
}

/**
 * Runs `npx tsup` (which writes only `dist/`) when `dist/index.js` is missing or older than a file
 * under `src/`, so cold start and size are measured on what the package ships.
 * @returns whether a build ran
 */
export function ensureBuilt(): boolean {
  if (existsSync(DIST_ENTRY) && statSync(DIST_ENTRY).mtimeMs >= newestSource(join(ROOT, "src"))) return false;
  process.stderr.write("dist/ is missing or stale: running npx tsup\n");
  execFileSync("npx", ["tsup"], { cwd: ROOT, stdio: ["ignore", "ignore", "inherit"] });
  return true;
}
