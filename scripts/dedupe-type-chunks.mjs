// After tsup: ship each self-contained declaration chunk once. tsup writes every shared type
// chunk twice, as .d.ts for import and .d.cts for require, byte for byte alike; the whole-API
// chunks are 0.8 MB each. A chunk of types alone is kept as .d.cts only, and the .d.ts
// files import it from there (an ES module may import a CommonJS one's types; the other way round
// would not type-check under `require`).
import { readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join, relative } from "node:path";

const dist = new URL("../dist/", import.meta.url).pathname;

/** Every file under `dir`, as paths. */
function walk(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? walk(join(dir, entry.name)) : [join(dir, entry.name)],
  );
}

const files = walk(dist);
const twins = files.filter((file) => {
  if (!file.endsWith(".d.ts")) return false;
  const cts = `${file.slice(0, -".d.ts".length)}.d.cts`;
  if (!files.includes(cts)) return false;
  const text = readFileSync(file, "utf8");
  // Chunks only (entries are named in package.json), alike, and types alone: no import of their
  // own and no declared value (a class, a constant), whose identity would then differ by loader.
  return (
    /-[\w-]{8}\.d\.ts$/.test(file) &&
    !/^(import|export \* from|export \{[^}]*\} from|declare )/m.test(text) &&
    text === readFileSync(cts, "utf8")
  );
});

if (!twins.some((twin) => /fides-api-\d/.test(twin))) {
  console.error(
    "dedupe-type-chunks: no whole-API type chunk found in dist; has tsup's chunk naming changed?",
  );
  process.exit(1);
}

let saved = 0;
for (const twin of twins) {
  const base = relative(dist, twin).slice(0, -".d.ts".length);
  const name = base.split("/").at(-1);
  const specifier = new RegExp(`(from '(?:\\./|(?:\\.\\./)+)${name.replace(/[.]/g, "\\.")})\\.js'`, "g");
  for (const file of files.filter((f) => f.endsWith(".d.ts") && !twins.includes(f))) {
    const text = readFileSync(file, "utf8");
    const next = text.replace(specifier, "$1.cjs'");
    if (next !== text) writeFileSync(file, next);
  }
  saved += readFileSync(twin).length;
  rmSync(twin);
}
console.log(
  `dedupe-type-chunks: ${twins.length} chunks kept once as .d.cts, ${saved} bytes not shipped twice`,
);
