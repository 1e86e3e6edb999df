// Prints the functions with the most self time in a `.cpuprofile` (`node --cpu-prof`):
// `tsx scripts/bench/profile-top.ts FILE [count]`. (`npm run bench` profiles both stacks itself.)
import { formatProfile, summariseProfile } from "./cpu-profile.js";

const [file, countText] = process.argv.slice(2);
if (file === undefined) throw new TypeError("usage: profile-top.ts FILE [count]");
process.stdout.write(`${formatProfile(summariseProfile(file, Number(countText ?? 25)))}\n`);
