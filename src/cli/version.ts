import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const PACKAGE_NAME = "fides-sdk";

/**
 * The version of the installed `fides-sdk` package, read from its `package.json`: the nearest one
 * named `fides-sdk` above this file, which is the package root whether the CLI runs from
 * `src/cli/` (tsx) or from the bundle in `dist/cli/`.
 * @returns the version, or `"unknown"` when no such `package.json` is found
 */
export function packageVersion(): string {
  let folder = dirname(fileURLToPath(import.meta.url));
  for (;;) {
    const version = versionIn(join(folder, "package.json"));
    if (version !== undefined) return version;
    const parent = dirname(folder);
    if (parent === folder) return "unknown";
    folder = parent;
  }
}

function versionIn(file: string): string | undefined {
  try {
    const manifest = JSON.parse(readFileSync(file, "utf8")) as { name?: unknown; version?: unknown };
    return manifest.name === PACKAGE_NAME && typeof manifest.version === "string"
      ? manifest.version
      : undefined;
  } catch {
    return undefined;
  }
}
