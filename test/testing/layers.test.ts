// The emulator's layout rule, checked on the source: its folders import only downward, from the
// entry points through the adapters and the composer to the endpoints, and below them the privacy
// lifecycle, auth, state,
// faults, wire and core (type-only imports included).
import { readdirSync, readFileSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { describe, expect, it } from "vitest";

const TESTING = resolve(import.meta.dirname, "../../src/testing");
const IMPORT = /(?:^|\n)\s*(?:import|export)\s[^;]*?\sfrom\s+"(\.[^"]+)"|import\(\s*"(\.[^"]+)"\s*\)/g;

/** Each layer, top first; a file may import only from a layer below its own (or its own folder). */
const LAYERS: readonly (readonly string[])[] = [
  ["index.ts", "server-entry.ts"],
  ["adapters"],
  ["emulator.ts", "controls.ts", "options.ts"],
  ["endpoints"],
  ["lifecycle"],
  ["auth"],
  ["state"],
  ["faults"],
  ["wire"],
  ["core"],
];

/** The layer of a file under src/testing/ (0 = top), by its folder or, at the root, its name. */
function layerOf(file: string): number {
  const unit = file.includes("/") ? file.slice(0, file.indexOf("/")) : file;
  const layer = LAYERS.findIndex((units) => units.includes(unit));
  if (layer === -1) throw new Error(`src/testing/${file} is in no layer of this test`);
  return layer;
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return entry.name.endsWith(".ts") ? [path] : [];
  });
}

/** Every relative import inside src/testing/, as [importer, imported], both relative to it. */
function imports(): [string, string][] {
  return sourceFiles(TESTING).flatMap((file) =>
    [...readFileSync(file, "utf8").matchAll(IMPORT)]
      .map((match) => resolve(dirname(file), (match[1] ?? match[2] ?? "").replace(/\.js$/, ".ts")))
      .filter((target) => target.startsWith(`${TESTING}/`))
      .map((target): [string, string] => [relative(TESTING, file), relative(TESTING, target)]),
  );
}

describe("the emulator's layout", () => {
  const edges = imports();

  it("reads the imports it checks", () => {
    expect(edges).toContainEqual(["emulator.ts", "endpoints/dispatcher.ts"]);
    expect(edges).toContainEqual(["auth/bearer.ts", "state/store.ts"]);
  });

  it("puts every file in a layer", () => {
    for (const file of sourceFiles(TESTING)) expect(() => layerOf(relative(TESTING, file))).not.toThrow();
  });

  it("imports only downward: no folder reaches back up to a layer above it", () => {
    const upward = edges.filter(
      ([from, to]) =>
        layerOf(to) < layerOf(from) || (layerOf(to) === layerOf(from) && dirname(from) !== dirname(to)),
    );
    expect(upward.map(([from, to]) => `${from} -> ${to}`)).toEqual([]);
  });

  it("keeps msw in the MSW adapter alone", () => {
    const users = sourceFiles(TESTING).filter((file) => /from "msw"/.test(readFileSync(file, "utf8")));
    expect(users.map((file) => relative(TESTING, file))).toEqual(["adapters/msw.ts"]);
  });
});
