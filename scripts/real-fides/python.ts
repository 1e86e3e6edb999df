import { existsSync, readdirSync, writeFileSync } from "node:fs";
import { homedir } from "node:os";
import * as path from "node:path";
import { runCommand } from "./run-command.js";
import { lastLines, RealFidesStepError } from "./step-error.js";

/** The oldest Python each Fides release accepts: 2.79.0 and later declare Python ≥ 3.13. */
export function minimumPython(version: string): [number, number] {
  const [major = 0, minor = 0] = version.split(".").map(Number);
  return major > 2 || (major === 2 && minor >= 79) ? [3, 13] : [3, 9];
}

/** A Python interpreter that can make virtual environments. */
export interface PythonInterpreter {
  readonly executable: string;
  readonly version: string;
}

function candidates(): string[] {
  const found: string[] = [];
  if (process.env.REAL_FIDES_PYTHON) found.push(process.env.REAL_FIDES_PYTHON);
  const pyenvRoot = process.env.PYENV_ROOT ?? path.join(homedir(), ".pyenv");
  const versions = path.join(pyenvRoot, "versions");
  if (existsSync(versions)) {
    // Oldest first: the first that is new enough is the one Fides' own image uses (3.13 for 2.79+).
    const names = readdirSync(versions)
      .filter((name) => /^3\.\d+\.\d+$/.test(name))
      .sort((a, b) => a.localeCompare(b, "en", { numeric: true }));
    for (const name of names) {
      const minor = name.split(".").slice(0, 2).join(".");
      found.push(path.join(versions, name, "bin", `python${minor}`));
    }
  }
  found.push("python3.13", "/usr/bin/python3.13", "python3", "/usr/bin/python3");
  return found;
}

async function probe(executable: string): Promise<PythonInterpreter | undefined> {
  const result = await runCommand(
    executable,
    ["-c", "import sys, venv, ensurepip; print('%d.%d.%d' % sys.version_info[:3])"],
    { timeoutMs: 20_000 },
  );
  const version = result.output.trim().split("\n").pop() ?? "";
  return result.code === 0 && /^\d+\.\d+\.\d+$/.test(version) ? { executable, version } : undefined;
}

function satisfies(version: string, minimum: [number, number]): boolean {
  const [major = 0, minor = 0] = version.split(".").map(Number);
  return major > minimum[0] || (major === minimum[0] && minor >= minimum[1]);
}

/**
 * Finds a Python for a Fides release: `REAL_FIDES_PYTHON`, then pyenv's versions (newest first),
 * oldest first, then `python3.13` and `python3` on the PATH; the first new enough wins, so 2.79+
 * gets 3.13. For older releases the machine's `python3` comes first (2.78.2 runs on 3.11).
 * @throws {RealFidesStepError} step "python" when none fits (after the apt fallback, if allowed)
 */
export async function findPython(fidesVersion: string): Promise<PythonInterpreter> {
  const minimum = minimumPython(fidesVersion);
  const ordered = minimum[1] >= 13 ? candidates() : ["python3", ...candidates()];
  const tried: string[] = [];
  for (const executable of [...new Set(ordered)]) {
    if (executable.includes(path.sep) && !existsSync(executable)) continue;
    const found = await probe(executable);
    tried.push(`${executable}: ${found ? found.version : "unusable"}`);
    if (found && satisfies(found.version, minimum)) return found;
  }
  if (minimum[1] >= 13 && process.env.REAL_FIDES_APT !== "0") {
    await installTrixiePython();
    const found = await probe("/usr/bin/python3.13");
    if (found) return found;
  }
  throw new RealFidesStepError(
    "python",
    `Fides ${fidesVersion} needs Python >= ${minimum.join(".")}; none found (set REAL_FIDES_PYTHON)`,
    tried.join("\n"),
  );
}

/**
 * The documented fallback for a Debian 12 machine without Python 3.13: Debian 13's packages from a
 * `trixie` source pinned low (priority 100), so nothing else moves unless asked for.
 * @throws {RealFidesStepError} step "apt"
 */
async function installTrixiePython(): Promise<void> {
  if (typeof process.getuid !== "function" || process.getuid() !== 0 || !existsSync("/usr/bin/apt-get")) {
    throw new RealFidesStepError("apt", "no Python 3.13, and apt-get is not available to root here");
  }
  writeFileSync(
    "/etc/apt/sources.list.d/fides-sdk-trixie.list",
    "deb http://deb.debian.org/debian trixie main\n",
  );
  writeFileSync(
    "/etc/apt/preferences.d/fides-sdk-trixie",
    "Package: *\nPin: release n=trixie\nPin-Priority: 100\n",
  );
  const env = { ...process.env, DEBIAN_FRONTEND: "noninteractive" };
  for (const args of [["update"], ["install", "-y", "-t", "trixie", "python3.13", "python3.13-venv"]]) {
    const result = await runCommand("apt-get", args, { timeoutMs: 15 * 60_000, env });
    if (result.code !== 0) {
      throw new RealFidesStepError(
        "apt",
        `apt-get ${args.join(" ")} exited ${result.code}`,
        lastLines(result.output),
      );
    }
  }
}
