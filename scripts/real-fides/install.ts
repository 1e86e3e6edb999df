import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { homedir } from "node:os";
import * as path from "node:path";
import { findPython } from "./python.js";
import { runCommand } from "./run-command.js";
import { lastLines, RealFidesStepError } from "./step-error.js";

/** `${XDG_CACHE_HOME:-~/.cache}/fides-sdk/real-fides`: venvs and run records, never in the clone. */
export function cacheRoot(): string {
  const base = process.env.XDG_CACHE_HOME || path.join(homedir(), ".cache");
  return path.join(base, "fides-sdk", "real-fides");
}

/** An installed Fides release. */
export interface Installation {
  readonly version: string;
  /** the venv's python, which runs `-m uvicorn` */
  readonly python: string;
  /** the interpreter's version, e.g. "3.13.0" */
  readonly pythonVersion: string;
  /** true when this call installed it (cold), false when the cache had it (warm) */
  readonly installedNow: boolean;
}

interface Marker {
  readonly version: string;
  readonly pythonVersion: string;
}

const LOCK_WAIT_MS = 30 * 60_000;
const PIP_TIMEOUT_MS = 25 * 60_000;

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

/** One installer per version at a time, across processes: a lock directory holding the owner's pid. */
async function withLock<T>(lockDir: string, work: () => Promise<T>): Promise<T> {
  const deadline = Date.now() + LOCK_WAIT_MS;
  for (;;) {
    try {
      mkdirSync(lockDir);
      writeFileSync(path.join(lockDir, "pid"), String(process.pid));
      break;
    } catch {
      let owner = Number.NaN;
      try {
        owner = Number(readFileSync(path.join(lockDir, "pid"), "utf8"));
      } catch {
        // the owner has not written its pid yet
      }
      if (Number.isInteger(owner) && !isAlive(owner)) rmSync(lockDir, { recursive: true, force: true });
      else if (Date.now() > deadline)
        throw new RealFidesStepError("venv", `timed out waiting for ${lockDir}`);
      else await new Promise((resolve) => setTimeout(resolve, 1_000));
    }
  }
  try {
    return await work();
  } finally {
    rmSync(lockDir, { recursive: true, force: true });
  }
}

function readMarker(file: string): Marker | undefined {
  try {
    const marker = JSON.parse(readFileSync(file, "utf8")) as Marker;
    return typeof marker.version === "string" && typeof marker.pythonVersion === "string"
      ? marker
      : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Installs `ethyca-fides==<version>` into a cached venv once; later calls reuse it. A failed
 * install removes the release's folder, so nothing is left and the next run starts clean.
 * @param log progress lines (to stderr in the CLI)
 * @throws {RealFidesStepError} step "python", "apt", "venv" or "pip", with the last log lines
 */
export async function ensureInstalled(version: string, log: (line: string) => void): Promise<Installation> {
  if (!/^\d+\.\d+\.\d+$/.test(version)) {
    throw new RealFidesStepError("arguments", `"--version" must look like 2.86.2, got "${version}"`);
  }
  const dir = path.join(cacheRoot(), version);
  const venv = path.join(dir, "venv");
  const python = path.join(venv, "bin", "python");
  const markerFile = path.join(dir, "installed.json");
  mkdirSync(dir, { recursive: true });
  return withLock(`${dir}.lock`, async () => {
    const marker = readMarker(markerFile);
    if (marker?.version === version && existsSync(python)) {
      return { version, python, pythonVersion: marker.pythonVersion, installedNow: false };
    }
    rmSync(venv, { recursive: true, force: true });
    const interpreter = await findPython(version).catch((error: unknown) => {
      rmSync(dir, { recursive: true, force: true });
      throw error;
    });
    log(`real-fides: installing ethyca-fides==${version} with Python ${interpreter.version} into ${venv}`);
    const created = await runCommand(interpreter.executable, ["-m", "venv", venv], { timeoutMs: 120_000 });
    if (created.code !== 0) {
      rmSync(dir, { recursive: true, force: true });
      throw new RealFidesStepError(
        "venv",
        `${interpreter.executable} -m venv exited ${created.code}`,
        lastLines(created.output),
      );
    }
    const pip = await runCommand(
      python,
      [
        "-m",
        "pip",
        "install",
        "--disable-pip-version-check",
        "--no-input",
        "--progress-bar",
        "off",
        `ethyca-fides==${version}`,
      ],
      { timeoutMs: PIP_TIMEOUT_MS },
    );
    const check =
      pip.code === 0
        ? await runCommand(python, ["-c", "import fides; print(fides.__version__)"], { timeoutMs: 120_000 })
        : undefined;
    if (pip.code !== 0 || check?.code !== 0 || !check.output.trim().endsWith(version)) {
      rmSync(dir, { recursive: true, force: true });
      throw new RealFidesStepError(
        "pip",
        pip.code !== 0
          ? `pip install exited ${pip.code}`
          : `the installed package does not import as ${version}`,
        lastLines(`${pip.output}\n${check?.output ?? ""}`),
      );
    }
    writeFileSync(markerFile, `${JSON.stringify({ version, pythonVersion: interpreter.version })}\n`);
    return { version, python, pythonVersion: interpreter.version, installedNow: true };
  });
}
