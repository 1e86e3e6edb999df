import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import * as path from "node:path";
import { cacheRoot } from "./install.js";
import { RealFidesStepError } from "./step-error.js";

/** What `stop` needs to undo a run; kept as `runs/<runId>.json` beside the venvs. */
export interface RunRecord {
  readonly runId: string;
  readonly version: string;
  /** the process that ran `start` */
  readonly starterPid: number;
  /** a process whose end ends the run too (the test runner); absent for a `start` from the CLI */
  readonly ownerPid?: number;
  /** the server (a process group of its own); absent until it was spawned */
  readonly pid?: number;
  readonly database: string;
  readonly redisDb: number;
  readonly runDir: string;
}

/** Redis indexes handed out to runs, one each; the others stay free for other tools. */
const REDIS_INDEXES = [4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15];

/** The folder of run records. */
export function runsDir(): string {
  const dir = path.join(cacheRoot(), "runs");
  mkdirSync(dir, { recursive: true });
  return dir;
}

/** Whether a process id names a live process. */
export function isAlive(pid: number | undefined): boolean {
  if (pid === undefined) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

/** Writes (or rewrites) a run's record. */
export function saveRun(record: RunRecord): void {
  writeFileSync(path.join(runsDir(), `${record.runId}.json`), `${JSON.stringify(record)}\n`);
}

/** Every recorded run. */
export function listRuns(): RunRecord[] {
  const records: RunRecord[] = [];
  for (const name of readdirSync(runsDir())) {
    if (!name.endsWith(".json")) continue;
    try {
      records.push(JSON.parse(readFileSync(path.join(runsDir(), name), "utf8")) as RunRecord);
    } catch {
      // a record being written; the next sweep sees it whole
    }
  }
  return records;
}

/**
 * Whether a run is still wanted: the `start` bringing it up is alive, or its server is and the
 * process that owns it (if any: a test runner that was killed before its teardown) is too.
 */
export function isLive(record: RunRecord): boolean {
  if (isAlive(record.starterPid)) return true;
  if (record.ownerPid !== undefined && !isAlive(record.ownerPid)) return false;
  return isAlive(record.pid);
}

/** Forgets a run: its record, its Redis index lock and its folder. */
export function forgetRun(record: RunRecord): void {
  rmSync(path.join(runsDir(), `${record.runId}.json`), { force: true });
  const lock = path.join(runsDir(), `redis-${record.redisDb}.lock`);
  if (existsSync(lock) && readFileSync(lock, "utf8") === record.runId) rmSync(lock, { force: true });
  rmSync(record.runDir, { recursive: true, force: true });
}

/**
 * Claims a Redis database index for a run (an exclusive lock file), reclaiming one whose run is
 * gone. @throws {RealFidesStepError} step "redis" when all are taken by live runs
 */
export function claimRedisIndex(runId: string): number {
  const live = new Map(listRuns().map((record) => [record.runId, isLive(record)]));
  for (const index of REDIS_INDEXES) {
    const lock = path.join(runsDir(), `redis-${index}.lock`);
    try {
      writeFileSync(lock, runId, { flag: "wx" });
      return index;
    } catch {
      let owner = "";
      try {
        owner = readFileSync(lock, "utf8");
      } catch {
        // removed meanwhile; try the next index
      }
      if (owner !== "" && live.get(owner) !== true && owner !== runId) {
        rmSync(lock, { force: true });
        try {
          writeFileSync(lock, runId, { flag: "wx" });
          return index;
        } catch {
          // another start took it first
        }
      }
    }
  }
  throw new RealFidesStepError(
    "redis",
    `all Redis indexes ${REDIS_INDEXES.join(", ")} are held by live runs`,
  );
}
