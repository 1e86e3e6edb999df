// Records every platform-specific optional dependency in package-lock.json.
//
// Why: the registry this project installs from serves only the Linux builds of packages such as
// @biomejs/cli-* and @rollup/rollup-*, so `npm install` leaves the other platforms out of the lock
// file, and `npm ci` (npm 11) then refuses the lock file as out of sync ("Missing: … from lock
// file"). Each missing entry is added as an optional dependency with the os/cpu/libc read from its
// name, so npm skips it on every other platform, exactly as it would with a complete lock file.
// Run after `npm install` changes the lock file: `node scripts/lock-platforms.mjs`.
import { readFileSync, writeFileSync } from "node:fs";

const OS = [
  "android",
  "darwin",
  "freebsd",
  "linux",
  "openbsd",
  "openharmony",
  "sunos",
  "win32",
  "aix",
  "netbsd",
];
const CPU = {
  arm64: "arm64",
  x64: "x64",
  ia32: "ia32",
  arm: "arm",
  loong64: "loong64",
  ppc64: "ppc64",
  riscv64: "riscv64",
  s390x: "s390x",
};

function platformOf(name) {
  const parts = name.split("/").pop().split("-");
  const os = parts.find((part) => OS.includes(part));
  const cpu = parts.map((part) => CPU[part]).find(Boolean);
  if (!os || !cpu) return undefined;
  const libc = parts.some((part) => part.startsWith("musl"))
    ? "musl"
    : os === "linux" && parts.includes("gnu")
      ? "glibc"
      : undefined;
  return { os: [os], cpu: [cpu], ...(libc ? { libc: [libc] } : {}) };
}

const file = new URL("../package-lock.json", import.meta.url);
const lock = JSON.parse(readFileSync(file, "utf8"));
let added = 0;
for (const [path, entry] of Object.entries(lock.packages)) {
  for (const [name, version] of Object.entries(entry.optionalDependencies ?? {})) {
    const key = `node_modules/${name}`;
    const platform = platformOf(name);
    if (lock.packages[key] || !platform) continue;
    lock.packages[key] = { version, dev: entry.dev, optional: true, ...platform };
    if (entry.dev !== true) delete lock.packages[key].dev;
    added++;
    console.log(`recorded ${name}@${version} (${path || "root"}): ${JSON.stringify(platform)}`);
  }
}
lock.packages = Object.fromEntries(
  Object.entries(lock.packages).sort(([a], [b]) => (a === "" ? -1 : b === "" ? 1 : a.localeCompare(b))),
);
writeFileSync(file, `${JSON.stringify(lock, null, 2)}\n`);
console.log(`${added} platform entries added`);
