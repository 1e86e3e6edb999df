// Reads `node --cpu-prof` output: self time per function, optionally only after a marker function;
// profiles the per-call bench's stacks.
import { execFileSync } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { ROOT } from "./build.js";

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}

/** A `.cpuprofile` as `node --cpu-prof` writes it. */
export interface CpuProfile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

/** Self time by function (`name file:line`), in microseconds, idle time left out. */
export interface SelfTimes {
  busyUs: number;
  byFunction: Map<string, number>;
}

/**
 * Sums each function's self time over a profile's samples.
 * @param profile the parsed `.cpuprofile`
 * @param after when given, only the samples after the last one taken inside the function of this
 * name (a busy loop the profiled program runs to mark where the part to measure begins)
 * @throws {Error} when the marker was given but never sampled
 */
export function selfTimes(profile: CpuProfile, after?: string): SelfTimes {
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  let start = 0;
  if (after !== undefined) {
    const parent = new Map<number, number>();
    for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id);
    const insideMarker = (id: number): boolean => {
      for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) {
        if (byId.get(at)?.callFrame.functionName === after) return true;
      }
      return false;
    };
    let last = profile.samples.length - 1;
    while (last >= 0 && !insideMarker(profile.samples[last] as number)) last--;
    if (last === -1) throw new Error(`the profile never sampled the marker function ${after}`);
    start = last + 1;
  }
  const byFunction = new Map<string, number>();
  let busyUs = 0;
  for (let index = start; index < profile.samples.length; index++) {
    const node = byId.get(profile.samples[index] as number);
    if (node === undefined || node.callFrame.functionName === "(idle)") continue;
    const { functionName, url, lineNumber } = node.callFrame;
    const where =
      url === "" ? "" : ` ${url.replace(/^.*\/(node_modules|src|scripts|dist)\//, "$1/")}:${lineNumber + 1}`;
    const key = `${functionName || "(anonymous)"}${where}`;
    const delta = profile.timeDeltas[index] ?? 0;
    byFunction.set(key, (byFunction.get(key) ?? 0) + delta);
    busyUs += delta;
  }
  return { busyUs, byFunction };
}

/**
 * Groups self time by where it was spent: a file of the SDK, a package, or "(other)" (Node itself,
 * the garbage collector, compiling).
 * @param byFunction what {@link selfTimes} returns
 */
export function byFile(byFunction: ReadonlyMap<string, number>): Map<string, number> {
  const files = new Map<string, number>();
  for (const [key, us] of byFunction) {
    const file =
      /^\S+ ((?:src|dist)\/[^:]+|node_modules\/(?:@[^/]+\/)?[^/]+|node:internal\/deps\/undici)/.exec(
        key,
      )?.[1] ?? "(other)";
    files.set(file, (files.get(file) ?? 0) + us);
  }
  return files;
}

/**
 * The largest entries of a map of times, largest first.
 * @param times microseconds by name
 * @param count how many
 */
export function largest(times: ReadonlyMap<string, number>, count: number): [string, number][] {
  return [...times].sort((a, b) => b[1] - a[1]).slice(0, count);
}

/** What a `.cpuprofile` spent its busy time on, by function and by file (shares of the busy time). */
export interface ProfileSummary {
  busyMs: number;
  top: { share: number; where: string }[];
  byFile: { share: number; file: string }[];
}

/**
 * Summarises a `.cpuprofile` file: its busy time, and the functions and files with the most self time.
 * @param file the profile
 * @param count how many functions and files to keep
 */
export function summariseProfile(file: string, count: number): ProfileSummary {
  const { busyUs, byFunction } = selfTimes(JSON.parse(readFileSync(file, "utf8")) as CpuProfile);
  return {
    busyMs: busyUs / 1000,
    top: largest(byFunction, count).map(([where, us]) => ({ share: us / busyUs, where })),
    byFile: largest(byFile(byFunction), count).map(([name, us]) => ({ share: us / busyUs, file: name })),
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
