import { spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { closeSync, mkdirSync, openSync, readFileSync, writeFileSync } from "node:fs";
import { createServer } from "node:net";
import * as path from "node:path";
import { ensureInstalled } from "./install.js";
import {
  claimRedisIndex,
  forgetRun,
  isAlive,
  isLive,
  listRuns,
  type RunRecord,
  runsDir,
  saveRun,
} from "./runs.js";
import { createDatabase, dropDatabase, flushRedisDb, type Services, servicesFromEnv } from "./services.js";
import { lastLines, RealFidesStepError } from "./step-error.js";

/** How to start a real Fides server. */
export interface StartOptions {
  /** the `ethyca-fides` release, e.g. "2.86.2" */
  readonly version: string;
  /** `oauth_access_token_expire_minutes` @default 11520 (the server's default) */
  readonly tokenLifetimeMinutes?: number;
  /**
   * `execution.privacy_request_delay_timeout`: how many minutes a webhook's `reply-to-token` is
   * accepted. Read from the start-up configuration only (`PATCH /api/v1/config` drops it), compared
   * as `minutes since issued > this`, so 0 refuses every callback with 403 `Webhook token expired`.
   * @default 3600 (the server's default)
   */
  readonly callbackTokenMinutes?: number;
  /**
   * Turn the token endpoint's rate limit on: Fides limits only when a client-IP header is
   * configured (`rate_limit_client_ip_header`); requests without it count against 127.0.0.1.
   */
  readonly rateLimit?: { readonly clientIpHeader: string; readonly authRateLimit?: string };
  /** a process whose end makes the run abandoned, so the next `start` stops it (the test runner) */
  readonly ownedBy?: number;
  /** how long start-up may take, in ms @default 300000 */
  readonly startTimeoutMs?: number;
  /** progress lines @default nothing */
  readonly log?: (line: string) => void;
}

/** A running real Fides server: the JSON line `start` prints. */
export interface RealFidesServer {
  readonly url: string;
  readonly version: string;
  readonly clientId: string;
  readonly clientSecret: string;
  readonly pid: number;
  readonly runId: string;
  readonly database: string;
  readonly redisDb: number;
  readonly pythonVersion: string;
  /** whether this start installed the release (a cold cache) */
  readonly installed: boolean;
  /** from spawning the server to a healthy `/health`, in ms */
  readonly startMs: number;
}

const ROOT_CLIENT_ID = "fidesadmin";
const ROOT_CLIENT_SECRET = "fidesadminsecret";

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once("error", reject);
    probe.listen(0, "127.0.0.1", () => {
      const address = probe.address();
      const port = typeof address === "object" && address ? address.port : 0;
      probe.close(() => resolve(port));
    });
  });
}

/**
 * The server's whole configuration, as environment variables (what the server's own
 * docker-compose.yml and .fides/fides.toml set, minus what only Docker needs). Inherited FIDES__*
 * and PYTHONPATH/PYTHONHOME are dropped so nothing from the caller's shell leaks in.
 */
export function serverEnvironment(
  services: Services,
  run: { database: string; redisDb: number; runId: string; runDir: string },
  options: StartOptions,
): NodeJS.ProcessEnv {
  const inherited = Object.fromEntries(
    Object.entries(process.env).filter(
      ([name]) => !name.startsWith("FIDES__") && name !== "PYTHONPATH" && name !== "PYTHONHOME",
    ),
  );
  return {
    ...inherited,
    PYTHONUNBUFFERED: "1",
    // An empty config file of our own: no fides.toml from the working directory or $HOME is read.
    FIDES__CONFIG_PATH: path.join(run.runDir, "fides.toml"),
    FIDES__DATABASE__SERVER: services.pgHost,
    FIDES__DATABASE__PORT: String(services.pgPort),
    FIDES__DATABASE__USER: services.pgUser,
    FIDES__DATABASE__PASSWORD: services.pgPassword,
    FIDES__DATABASE__DB: run.database,
    FIDES__REDIS__HOST: services.redisHost,
    FIDES__REDIS__PORT: String(services.redisPort),
    FIDES__REDIS__PASSWORD: "",
    FIDES__REDIS__DB_INDEX: String(run.redisDb),
    FIDES__SECURITY__APP_ENCRYPTION_KEY: randomBytes(16).toString("hex"),
    FIDES__SECURITY__OAUTH_ROOT_CLIENT_ID: ROOT_CLIENT_ID,
    FIDES__SECURITY__OAUTH_ROOT_CLIENT_SECRET: ROOT_CLIENT_SECRET,
    FIDES__SECURITY__OAUTH_ACCESS_TOKEN_EXPIRE_MINUTES: String(options.tokenLifetimeMinutes ?? 11520),
    FIDES__SECURITY__RATE_LIMIT_PREFIX: `rate-limit-${run.runId}`,
    FIDES__EXECUTION__PRIVACY_REQUEST_DELAY_TIMEOUT: String(options.callbackTokenMinutes ?? 3600),
    ...(options.rateLimit
      ? {
          FIDES__SECURITY__RATE_LIMIT_CLIENT_IP_HEADER: options.rateLimit.clientIpHeader,
          FIDES__SECURITY__AUTH_RATE_LIMIT: options.rateLimit.authRateLimit ?? "10/minute",
        }
      : {}),
    FIDES__USER__ANALYTICS_OPT_OUT: "true",
    FIDES__CELERY__TASK_ALWAYS_EAGER: "true",
  };
}

async function waitForHealth(
  url: string,
  pid: number,
  logFile: string,
  version: string,
  timeoutMs: number,
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let last = "";
  while (Date.now() < deadline) {
    if (!isAlive(pid)) {
      const log = readFileSync(logFile, "utf8");
      const step =
        /database configuration|alembic|migration/i.test(log) && /Error|Traceback/.test(log)
          ? "migrations"
          : "start-up";
      throw new RealFidesStepError(step, `the server exited before /health answered`, lastLines(log));
    }
    try {
      const response = await fetch(`${url}/health`, { signal: AbortSignal.timeout(5_000) });
      const body = (await response.json()) as { version?: unknown };
      if (response.ok) {
        if (body.version !== version) {
          throw new RealFidesStepError(
            "start-up",
            `/health reports version ${String(body.version)}, not ${version}`,
          );
        }
        return;
      }
      last = `GET /health answered ${response.status}`;
    } catch (error) {
      if (error instanceof RealFidesStepError) throw error;
      last = error instanceof Error ? error.message : String(error);
    }
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  throw new RealFidesStepError(
    "start-up",
    `/health did not answer within ${timeoutMs} ms (${last})`,
    lastLines(readFileSync(logFile, "utf8")),
  );
}

/**
 * Undoes a run: ends the server's process group (SIGTERM, then SIGKILL after 15 s), drops its
 * database, empties its Redis index and forgets it.
 * @throws {RealFidesStepError} step "stop" when the database or Redis cannot be cleaned
 */
export async function stopRun(record: RunRecord, services = servicesFromEnv()): Promise<void> {
  if (record.pid !== undefined && isAlive(record.pid)) {
    const signal = (name: NodeJS.Signals) => {
      try {
        process.kill(-(record.pid as number), name);
      } catch {
        // already gone
      }
    };
    signal("SIGTERM");
    const deadline = Date.now() + 15_000;
    while (isAlive(record.pid) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 100));
    if (isAlive(record.pid)) signal("SIGKILL");
    while (isAlive(record.pid)) await new Promise((r) => setTimeout(r, 50));
  }
  const problems: string[] = [];
  await dropDatabase(services, record.database).catch((error: Error) => problems.push(error.message));
  if (record.redisDb >= 0) {
    await flushRedisDb(services, record.redisDb).catch((error: Error) => problems.push(error.message));
  }
  forgetRun(record);
  if (problems.length > 0) throw new RealFidesStepError("stop", problems.join("; "));
}

/** Stops runs whose owners died without cleaning up (a killed test runner, a crash). */
export async function sweepAbandonedRuns(services = servicesFromEnv()): Promise<void> {
  for (const record of listRuns()) {
    if (!isLive(record)) await stopRun(record, services).catch(() => undefined);
  }
}

/**
 * Installs (once) and starts a real Fides server on a free loopback port with a fresh database and
 * a Redis index of its own, and waits for `GET /health`. On any failure it leaves nothing behind.
 * @throws {RealFidesStepError} naming the step that failed, with the last lines of its log
 */
export async function startRealFides(options: StartOptions): Promise<RealFidesServer> {
  const log = options.log ?? (() => undefined);
  const services = servicesFromEnv();
  const installation = await ensureInstalled(options.version, log);
  await sweepAbandonedRuns(services);
  const runId = `${options.version.replaceAll(".", "_")}_${process.pid}_${randomBytes(3).toString("hex")}`;
  const runDir = path.join(runsDir(), runId);
  let record: RunRecord = {
    runId,
    version: options.version,
    starterPid: process.pid,
    ...(options.ownedBy === undefined ? {} : { ownerPid: options.ownedBy }),
    database: `fides_sdk_${runId}`,
    redisDb: -1,
    runDir,
  };
  saveRun(record);
  try {
    record = { ...record, redisDb: claimRedisIndex(runId) };
    saveRun(record);
    // The server loads SaaS connector templates from ./data/saas/config, which the wheel does not
    // ship (the Docker image has the repository's data/); an empty folder means "no templates".
    mkdirSync(path.join(runDir, "data", "saas", "config"), { recursive: true });
    writeFileSync(
      path.join(runDir, "fides.toml"),
      "# fides-sdk real-fides: configured by environment variables\n",
    );
    await flushRedisDb(services, record.redisDb);
    await createDatabase(services, record.database);
    // The free port can be taken between the probe and uvicorn's bind: then a fresh port, twice more.
    let launched: { url: string; pid: number; started: number } | undefined;
    for (let attempt = 1; launched === undefined; attempt++) {
      const port = await freePort();
      const url = `http://127.0.0.1:${port}`;
      const logFile = path.join(runDir, "server.log");
      const logFd = openSync(logFile, "w");
      const started = Date.now();
      const child = spawn(
        installation.python,
        ["-m", "uvicorn", "--host", "127.0.0.1", "--port", String(port), "fides.api.main:app"],
        {
          cwd: runDir,
          env: serverEnvironment(services, record, options),
          detached: true,
          stdio: ["ignore", logFd, logFd],
        },
      );
      closeSync(logFd);
      if (child.pid === undefined)
        throw new RealFidesStepError("start-up", `could not spawn ${installation.python}`);
      child.unref();
      record = { ...record, pid: child.pid };
      saveRun(record);
      log(`real-fides: ${options.version} starting on ${url} (pid ${child.pid}, log ${logFile})`);
      try {
        await waitForHealth(url, child.pid, logFile, options.version, options.startTimeoutMs ?? 300_000);
        launched = { url, pid: child.pid, started };
      } catch (error) {
        const portTaken = /address already in use/i.test(readFileSync(logFile, "utf8"));
        if (!portTaken || attempt >= 3) throw error;
        log(`real-fides: port ${port} was taken; trying another`);
      }
    }
    const { url, pid } = launched;
    return {
      url,
      version: options.version,
      clientId: ROOT_CLIENT_ID,
      clientSecret: ROOT_CLIENT_SECRET,
      pid,
      runId,
      database: record.database,
      redisDb: record.redisDb,
      pythonVersion: installation.pythonVersion,
      installed: installation.installedNow,
      startMs: Date.now() - launched.started,
    };
  } catch (error) {
    await stopRun(record, services).catch(() => undefined);
    throw error;
  }
}

/**
 * Stops the run whose server has this pid, or every recorded run when `pid` is undefined.
 * @returns how many runs were stopped
 */
export async function stopRealFides(pid?: number): Promise<number> {
  const records = listRuns().filter((record) => pid === undefined || record.pid === pid);
  for (const record of records) await stopRun(record);
  return records.length;
}
