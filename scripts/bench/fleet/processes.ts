// Starts and drives the real processes of a fleet (worker.mjs), each with its own
// FidesClient, from the built package (dist/).
import { type ChildProcessWithoutNullStreams, spawn } from "node:child_process";
import { existsSync } from "node:fs";
import { createInterface } from "node:readline";
import { fileURLToPath } from "node:url";

const ROOT = fileURLToPath(new URL("../../..", import.meta.url));
const WORKER = fileURLToPath(new URL("./worker.mjs", import.meta.url));

/** How a fleet's processes are set up. */
export interface FleetConfig {
  /** the Fides (emulator) URL */
  url: string;
  clientId: string;
  clientSecret: string;
  /** the token store: node-redis (current, or 4), ioredis, or each process's own memory */
  library: "redis" | "redis4" | "ioredis" | "memory";
  redisUrl?: string;
  /** the nodes of a Redis Cluster, instead of `redisUrl`: the library's cluster client */
  clusterUrls?: readonly string[];
  prefix?: string;
  lockTtlMs?: number;
  waitMs?: number;
  commandTimeoutMs?: number;
  /** headers every request carries (a real server's rate limit key) */
  headers?: Record<string, string>;
  /** the Fides release the server runs @default "2.84.2" */
  serverVersion?: string;
  /** Redis is down on purpose: start without waiting for the connection */
  redisDown?: boolean;
  /** make the first call as soon as the process is up, without waiting for a command */
  callAtStart?: boolean;
}

/** What one call in a worker came to. */
export interface CallResult {
  ok: boolean;
  error?: string;
  /** warnings the worker's logger received so far */
  warnings: number;
  /** the last of them, on a failed call */
  lastWarning?: string;
  /** when the call succeeded, in ms since the process started */
  sinceStartMs?: number;
  /** when the call succeeded, in ms since the process was ready (modules loaded, Redis connected) */
  sinceReadyMs?: number;
  /** when the call ended, in epoch milliseconds (fractional), comparable across processes */
  atEpochMs: number;
  /** token requests this process sent so far */
  tokenRequests: number;
}

/** One running process of the fleet. */
export interface FleetWorker {
  /** Makes one call (after moving the process's clock to `offsetMs` ahead, if given). */
  call(offsetMs?: number): Promise<CallResult>;
  /** The next call result, for a worker started with `callAtStart`. */
  next(): Promise<CallResult>;
  /** Resolves once the process reports it waits for another process's token. */
  readonly waiting: Promise<void>;
  /** SIGKILLs the process. */
  kill(): void;
  /** SIGKILLs the process and waits for it to exit. */
  stop(): Promise<void>;
  /** Ends its stdin and waits for it to exit. */
  close(): Promise<void>;
}

/** Throws when dist/ is missing: the fleet loads the built package, as an application would. */
export function assertBuilt(): void {
  if (!existsSync(`${ROOT}dist/redis.js`)) {
    throw new Error("dist/ is missing: run `npm run build` (npm test does) before the fleet tests");
  }
}

/**
 * Starts one worker process and resolves once it is ready.
 * @param config its set-up
 */
export function startWorker(config: FleetConfig): Promise<FleetWorker> {
  const child: ChildProcessWithoutNullStreams = spawn(process.execPath, [WORKER, JSON.stringify(config)], {
    cwd: ROOT,
    stdio: "pipe",
  });
  let stderr = "";
  child.stderr.on("data", (chunk: Buffer) => {
    stderr += chunk.toString();
  });
  const results: CallResult[] = [];
  const readers: ((result: CallResult) => void)[] = [];
  let onWaiting!: () => void;
  const waiting = new Promise<void>((resolve) => {
    onWaiting = resolve;
  });
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  return new Promise((resolve, reject) => {
    child.once("exit", (code) => {
      reject(new Error(`fleet worker exited (${code}) before it was ready: ${stderr}`));
      for (const read of readers.splice(0)) {
        read({ ok: false, error: `exited (${code})`, warnings: 0, atEpochMs: Date.now(), tokenRequests: 0 });
      }
    });
    const next = (): Promise<CallResult> => {
      const result = results.shift();
      if (result !== undefined) return Promise.resolve(result);
      return new Promise((done) => readers.push(done));
    };
    const worker: FleetWorker = {
      call(offsetMs) {
        child.stdin.write(`${JSON.stringify(offsetMs === undefined ? {} : { offsetMs })}\n`);
        return next();
      },
      next,
      waiting,
      kill: () => child.kill("SIGKILL"),
      async stop() {
        child.kill("SIGKILL");
        await exited;
      },
      async close() {
        child.stdin.end();
        await exited;
      },
    };
    createInterface({ input: child.stdout }).on("line", (line) => {
      const message = JSON.parse(line) as { event: string } & CallResult;
      if (message.event === "ready") resolve(worker);
      else if (message.event === "waiting") onWaiting();
      else if (message.event === "called") {
        const { event: _event, ...result } = message;
        const read = readers.shift();
        if (read === undefined) results.push(result);
        else read(result);
      }
    });
  });
}

/**
 * Starts `count` workers at once.
 * @param count how many processes
 * @param config their set-up
 */
export function startFleet(count: number, config: FleetConfig): Promise<FleetWorker[]> {
  return Promise.all(Array.from({ length: count }, () => startWorker(config)));
}

/** Closes every worker. */
export async function closeFleet(workers: readonly FleetWorker[]): Promise<void> {
  await Promise.all(workers.map((worker) => worker.close()));
}
