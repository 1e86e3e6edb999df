import { spawn } from "node:child_process";
import { createInterface } from "node:readline";
import { fileURLToPath } from "node:url";
import type { SoakConfig } from "./config.js";
import type { SoakReport } from "./run-soak.js";

const CHILD = fileURLToPath(new URL("./child.ts", import.meta.url));
const ROOT = fileURLToPath(new URL("../..", import.meta.url));
/** How long the child may take to exit once its work is done. */
const EXIT_GRACE_MS = 10_000;

/** A soak report, with what the parent saw of the child process. */
export interface SoakOutcome extends SoakReport {
  /** Unhandled rejections counted until the child exited. */
  unhandledRejections: number;
  /** Whether the child exited with code 0, by itself, within the grace period after its report. */
  exitedByItself: boolean;
  exitCode: number | null;
}

/**
 * Runs the soak body in a child process (`node --import tsx scripts/soak/child.ts`) and waits
 * for it to exit by itself; a child still alive after the grace period is killed and reported.
 * @param config the run's size and tuning
 */
export async function spawnSoak(config: SoakConfig): Promise<SoakOutcome> {
  const child = spawn(process.execPath, ["--import", "tsx", CHILD, JSON.stringify(config)], {
    cwd: ROOT,
    stdio: ["ignore", "pipe", "pipe"],
  });
  let stderr = "";
  child.stderr.on("data", (chunk: Buffer) => {
    stderr += chunk.toString();
  });
  let report: (SoakReport & { unhandledRejections: number }) | undefined;
  let lateUnhandled = 0;
  const lines = createInterface({ input: child.stdout });
  let graceTimer: ReturnType<typeof setTimeout> | undefined;
  let killed = false;
  lines.on("line", (line) => {
    if (line.startsWith("SOAK-REPORT ")) {
      report = JSON.parse(line.slice("SOAK-REPORT ".length));
      graceTimer = setTimeout(() => {
        killed = true;
        child.kill();
      }, EXIT_GRACE_MS);
    } else if (line.startsWith("SOAK-EXIT ")) {
      lateUnhandled = (JSON.parse(line.slice("SOAK-EXIT ".length)) as { unhandledRejections: number })
        .unhandledRejections;
    }
  });
  const exitCode = await new Promise<number | null>((resolve) =>
    child.once("close", (code) => resolve(code)),
  );
  clearTimeout(graceTimer);
  if (report === undefined)
    throw new Error(`the soak child failed (exit ${exitCode}): ${stderr.slice(-2000)}`);
  return {
    ...report,
    unhandledRejections: Math.max(report.unhandledRejections, lateUnhandled),
    exitedByItself: !killed && exitCode === 0,
    exitCode,
  };
}
