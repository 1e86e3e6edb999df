import { execFileSync } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { ROOT } from "./build.js";

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
}

/** What a `.cpuprofile` spent its busy time on, by function and by file (shares of the busy time). */
export interface ProfileSummary {
  busyMs: number;
  top: { share: number; where: string }[];
  byFile: { share: number; file: string }[];
}

/**
 * Sums the self time of every function in a `.cpuprofile` (`node --cpu-prof`).
 * @param file the profile
 * @param count how many functions and files to keep
 */
export function summariseProfile(file: string, count: number): ProfileSummary {
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
  const sorted = [...selfUs].filter(([key]) => key !== "(idle)").sort((a, b) => b[1] - a[1]);
  const files = new Map<string, number>();
  for (const [key, us] of sorted) {
    const file =
      /^\S+ (src\/[^:]+|node_modules\/[^/]+|node:internal\/deps\/undici)/.exec(key)?.[1] ?? "(other)";
    files.set(file, (files.get(file) ?? 0) + us);
  }
  return {
    busyMs: busyUs / 1000,
    top: sorted.slice(0, count).map(([where, us]) => ({ share: us / busyUs, where })),
    byFile: [...files]
      .sort((a, b) => b[1] - a[1])
      .slice(0, count)
      .map(([file, us]) => ({ share: us / busyUs, file })),
  };
}

/**
 * Profiles one variant's calls in a fresh process (`scripts/bench/profile-per-call.ts` under
 * `node --cpu-prof`) and summarises the main thread's profile.
 * @param variant `fides-sdk` or `naive stack`
 * @param calls how many calls to profile
 * @param count how many functions and files to keep
 */
export function profileVariant(variant: string, calls: number, count: number): ProfileSummary {
  const directory = mkdtempSync(join(tmpdir(), "fides-sdk-profile-"));
  try {
    execFileSync(
      process.execPath,
      [
        "--cpu-prof",
        `--cpu-prof-dir=${directory}`,
        "--import",
        "tsx",
        join(ROOT, "scripts", "bench", "profile-per-call.ts"),
        variant,
        String(calls),
      ],
      { cwd: ROOT, stdio: ["ignore", "ignore", "inherit"] },
    );
    // Node names a profile CPU.<date>.<time>.<pid>.<thread>.<seq>: thread 0 is the main one
    // (tsx's loader runs in another).
    const main = readdirSync(directory).find((name) => /\.\d+\.0\.\d+\.cpuprofile$/.test(name));
    if (main === undefined) throw new Error(`no main-thread profile in ${directory}`);
    return summariseProfile(join(directory, main), count);
  } finally {
    rmSync(directory, { recursive: true, force: true });
  }
}

/**
 * The summary as text: the busy time, the functions with the most self time, then by file.
 * @param summary what {@link summariseProfile} returned
 */
export function formatProfile(summary: ProfileSummary): string {
  const percent = (share: number) => `${(share * 100).toFixed(1).padStart(5)}%`;
  return [
    `busy ${Math.round(summary.busyMs)} ms`,
    ...summary.top.map(({ share, where }) => `${percent(share)}  ${where}`),
    "self time by file:",
    ...summary.byFile.map(({ share, file }) => `${percent(share)}  ${file}`),
  ].join("\n");
}
