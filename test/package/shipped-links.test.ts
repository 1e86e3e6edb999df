// No broken pointers in what ships: every relative link in the Markdown the package ships (README,
// CHANGELOG, docs/), and every "see `path`" pointer, names a file that ships with it.
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { describe, expect, it } from "vitest";

const ROOT = resolve(import.meta.dirname, "../..");
const { files } = JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8")) as { files: string[] };

/** Whether a repository path is inside one of package.json's "files" entries (npm always ships package.json). */
function ships(path: string): boolean {
  const normal = path.replace(/\/+$/, "");
  return (
    normal === "package.json" ||
    files.some((entry) => {
      const root = entry.replace(/\/+$/, "");
      return normal === root || normal.startsWith(`${root}/`);
    })
  );
}

/** The Markdown files that ship: those listed in "files", and every .md under a listed folder. */
function shippedMarkdown(): string[] {
  const found: string[] = [];
  const walk = (path: string): void => {
    const absolute = join(ROOT, path);
    if (!existsSync(absolute)) return;
    if (statSync(absolute).isDirectory()) {
      for (const entry of readdirSync(absolute)) walk(join(path, entry));
    } else if (path.endsWith(".md")) found.push(path);
  };
  for (const entry of files) if (!entry.startsWith("dist")) walk(entry);
  return found.sort();
}

/** Relative targets of Markdown links and of "see `path`" pointers, without anchors. */
function pointersIn(markdown: string): string[] {
  const links = [...markdown.matchAll(/\]\(([^)\s]+)(?:\s+"[^"]*")?\)/g)].map((match) => match[1] ?? "");
  const sees = [...markdown.matchAll(/\bsee\b[^.`\n]*`([^`\s]+)`/gi)].map((match) => match[1] ?? "");
  return [...links, ...sees]
    .filter((target) => !/^[a-z][a-z0-9+.-]*:/i.test(target) && !target.startsWith("#"))
    .filter((target) => target.includes("/") || target.includes("."))
    .map((target) => target.replace(/#.*$/, ""));
}

describe("the shipped Markdown", () => {
  const documents = shippedMarkdown();

  it("includes the README, the CHANGELOG and the docs", () => {
    expect(documents).toEqual(expect.arrayContaining(["README.md", "CHANGELOG.md", "docs/cli.md"]));
  });

  it.each(documents)("%s points only at files that ship", (document) => {
    const text = readFileSync(join(ROOT, document), "utf8");
    const broken = pointersIn(text)
      .map((target) => relative(ROOT, resolve(ROOT, dirname(document), target)))
      .filter((target) => !existsSync(join(ROOT, target)) || !ships(target));
    expect(broken).toEqual([]);
  });

  it("finds a pointer to a file that does not ship, so the check can fail", () => {
    const targets = pointersIn("Read [the guide](docs/cli.md), and see `src/testing/README.md`.");
    expect(targets).toEqual(["docs/cli.md", "src/testing/README.md"]);
    expect(targets.map(ships)).toEqual([true, false]);
  });
});
