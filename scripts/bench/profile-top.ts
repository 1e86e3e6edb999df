// Prints the functions with the most self time in a `.cpuprofile` (`node --cpu-prof`):
// `tsx scripts/bench/profile-top.ts FILE [count]`.
import { readFileSync } from "node:fs";

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}

const [file, countText] = process.argv.slice(2);
if (file === undefined) throw new TypeError("usage: profile-top.ts FILE [count]");
const profile = JSON.parse(readFileSync(file, "utf8")) as {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
};
const byId = new Map(profile.nodes.map((node) => [node.id, node]));
const selfUs = new Map<string, number>();
let totalUs = 0;
profile.samples.forEach((id, index) => {
  const node = byId.get(id);
  const delta = profile.timeDeltas[index] ?? 0;
  if (node === undefined) return;
  const { functionName, url, lineNumber } = node.callFrame;
  const where =
    url === "" ? "" : ` ${url.replace(/^.*\/(node_modules|src|scripts)\//, "$1/")}:${lineNumber + 1}`;
  const key = `${functionName || "(anonymous)"}${where}`;
  selfUs.set(key, (selfUs.get(key) ?? 0) + delta);
  totalUs += delta;
});
const busyUs = totalUs - (selfUs.get("(idle)") ?? 0);
const top = [...selfUs].filter(([key]) => key !== "(idle)").sort((a, b) => b[1] - a[1]);
process.stdout.write(`busy ${Math.round(busyUs / 1000)} ms\n`);
for (const [key, us] of top.slice(0, Number(countText ?? 25))) {
  process.stdout.write(`${((us * 100) / busyUs).toFixed(1).padStart(5)}%  ${key}\n`);
}
const byFile = new Map<string, number>();
for (const [key, us] of top) {
  const file =
    /^\S+ (src\/[^:]+|node_modules\/[^/]+|node:internal\/deps\/undici)/.exec(key)?.[1] ?? "(other)";
  byFile.set(file, (byFile.get(file) ?? 0) + us);
}
process.stdout.write("self time by file:\n");
for (const [file, us] of [...byFile].sort((a, b) => b[1] - a[1]).slice(0, 15)) {
  process.stdout.write(`${((us * 100) / busyUs).toFixed(1).padStart(5)}%  ${file}\n`);
}
