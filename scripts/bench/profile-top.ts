// Prints the functions with the most self time in a `.cpuprofile` (`node --cpu-prof`):
// `tsx scripts/bench/profile-top.ts FILE [count]`.
import { readFileSync } from "node:fs";
import { byFile, type CpuProfile, largest, selfTimes } from "./cpu-profile.js";

const [file, countText] = process.argv.slice(2);
if (file === undefined) throw new TypeError("usage: profile-top.ts FILE [count]");
const profile = JSON.parse(readFileSync(file, "utf8")) as CpuProfile;
const { busyUs, byFunction } = selfTimes(profile);
process.stdout.write(`busy ${Math.round(busyUs / 1000)} ms\n`);
for (const [key, us] of largest(byFunction, Number(countText ?? 25))) {
  process.stdout.write(`${((us * 100) / busyUs).toFixed(1).padStart(5)}%  ${key}\n`);
}
process.stdout.write("self time by file:\n");
for (const [name, us] of largest(byFile(byFunction), 15)) {
  process.stdout.write(`${((us * 100) / busyUs).toFixed(1).padStart(5)}%  ${name}\n`);
}
