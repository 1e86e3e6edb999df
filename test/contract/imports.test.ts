// The layout's rules, checked on the source: no import cycle (type-only imports included), and no
// loop between src/internal/ and the root files it uses.
import { readdirSync, readFileSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { describe, expect, it } from "vitest";

const SRC = resolve(import.meta.dirname, "../../src");
const IMPORT = /(?:^|\n)\s*(?:import|export)\s[^;]*?\sfrom\s+"(\.[^"]+)"|import\(\s*"(\.[^"]+)"\s*\)/g;

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return entry.name.endsWith(".ts") ? [path] : [];
  });
}

/** Each file (relative to src/) and the files it imports, type-only imports included. */
function importGraph(): Map<string, string[]> {
  const graph = new Map<string, string[]>();
  for (const file of sourceFiles(SRC)) {
    const text = readFileSync(file, "utf8");
    const targets: string[] = [];
    for (const match of text.matchAll(IMPORT)) {
      const specifier = match[1] ?? match[2] ?? "";
      targets.push(relative(SRC, resolve(dirname(file), specifier.replace(/\.js$/, ".ts"))));
    }
    graph.set(relative(SRC, file), targets);
  }
  return graph;
}

function findCycle(graph: Map<string, string[]>): string[] | undefined {
  const state = new Map<string, "open" | "done">();
  const stack: string[] = [];
  const visit = (node: string): string[] | undefined => {
    if (state.get(node) === "done") return undefined;
    if (state.get(node) === "open") return [...stack.slice(stack.indexOf(node)), node];
    state.set(node, "open");
    stack.push(node);
    for (const next of graph.get(node) ?? []) {
      const cycle = visit(next);
      if (cycle !== undefined) return cycle;
    }
    stack.pop();
    state.set(node, "done");
    return undefined;
  };
  for (const node of graph.keys()) {
    const cycle = visit(node);
    if (cycle !== undefined) return cycle;
  }
  return undefined;
}

function reachable(graph: Map<string, string[]>, from: string): Set<string> {
  const seen = new Set<string>();
  const queue = [from];
  for (let node = queue.pop(); node !== undefined; node = queue.pop()) {
    for (const next of graph.get(node) ?? []) {
      if (!seen.has(next)) {
        seen.add(next);
        queue.push(next);
      }
    }
  }
  return seen;
}

describe("the source layout", () => {
  const graph = importGraph();

  it("reads the imports it checks", () => {
    expect(graph.get("client.ts")).toContain("internal/pipeline.ts");
    expect(graph.get("internal/pipeline.ts")).toContain("internal/tokens/token-manager.ts");
  });

  it("has no import cycle in the SDK, type-only imports included", () => {
    const sdk = new Map([...graph].filter(([file]) => !file.startsWith("cli/")));
    expect(findCycle(sdk)).toBeUndefined();
  });

  it("has no import cycle in the CLI either, type-only imports included", () => {
    expect([...graph.keys()].filter((file) => file.startsWith("cli/")).length).toBeGreaterThan(10);
    expect(findCycle(graph)).toBeUndefined();
  });

  it("has no loop between src/internal/ and the root files it uses", () => {
    const internal = [...graph.keys()].filter((file) => file.startsWith("internal/"));
    const usedRootFiles = new Set(
      internal.flatMap((file) => (graph.get(file) ?? []).filter((target) => !target.includes("/"))),
    );
    const loops = [...usedRootFiles].filter((root) =>
      [...reachable(graph, root)].some((file) => file.startsWith("internal/")),
    );
    expect(loops).toEqual([]);
  });
});
