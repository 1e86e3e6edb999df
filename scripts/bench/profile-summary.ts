// Summarises a `.cpuprofile` written by `node --cpu-prof`: self time by area (the SDK's files,
// openapi-fetch, zod, undici, the rest of Node) and the heaviest functions.
// Usage: profile-summary.ts <file.cpuprofile> [top]
import { readFileSync } from "node:fs";
import { round, table } from "./stats.js";

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
}
interface Profile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

function areaOf(url: string, name: string): string {
  if (name === "(idle)" || name === "(program)" || name === "(garbage collector)") return name;
  if (url.includes("/src/")) return `fides-sdk ${url.slice(url.lastIndexOf("/src/") + 1)}`;
  if (url.includes("openapi-fetch")) return "openapi-fetch";
  if (url.includes("/zod/")) return "zod";
  if (url.includes("undici") || url.startsWith("node:internal/deps/undici")) return "undici (fetch)";
  if (url.startsWith("node:")) return "node core";
  if (url === "") return "native";
  return url.replace(/^.*node_modules\//, "");
}

const file = process.argv[2];
if (file === undefined) throw new TypeError("usage: profile-summary.ts <file.cpuprofile> [top]");
const top = Number(process.argv[3] ?? 25);
const profile = JSON.parse(readFileSync(file, "utf8")) as Profile;
const byId = new Map(profile.nodes.map((node) => [node.id, node]));
const selfByFunction = new Map<string, number>();
const selfByArea = new Map<string, number>();
let busy = 0;
profile.samples.forEach((id, index) => {
  const node = byId.get(id);
  const delta = profile.timeDeltas[index] ?? 0;
  if (node === undefined) return;
  const { functionName, url, lineNumber } = node.callFrame;
  const name = functionName || "(anonymous)";
  if (name === "(idle)") return;
  busy += delta;
  const area = areaOf(url, name);
  const key = `${name} ${area}:${lineNumber + 1}`;
  selfByFunction.set(key, (selfByFunction.get(key) ?? 0) + delta);
  selfByArea.set(
    area.replace(/ src\/.*/, " src"),
    (selfByArea.get(area.replace(/ src\/.*/, " src")) ?? 0) + delta,
  );
});
const share = (value: number): string => `${round((value * 100) / busy)}%`;
const sorted = (map: Map<string, number>) => [...map].sort((a, b) => b[1] - a[1]);
process.stdout.write(`busy ${round(busy / 1000)} ms\n\n`);
process.stdout.write(
  `${table(
    ["area", "self"],
    sorted(selfByArea).map(([k, v]) => [k, share(v)]),
  )}\n\n`,
);
process.stdout.write(
  `${table(
    ["function", "self"],
    sorted(selfByFunction)
      .slice(0, top)
      .map(([k, v]) => [k, share(v)]),
  )}\n`,
);
