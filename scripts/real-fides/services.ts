import { createConnection } from "node:net";
import { runCommand } from "./run-command.js";
import { lastLines, RealFidesStepError } from "./step-error.js";

/** Where PostgreSQL and Redis are: the machine's services, overridable with PG* and REDIS_* variables. */
export interface Services {
  readonly pgHost: string;
  readonly pgPort: number;
  readonly pgUser: string;
  readonly pgPassword: string;
  readonly redisHost: string;
  readonly redisPort: number;
}

/** The services from the environment, defaulting to the machine's (127.0.0.1, trust auth). */
export function servicesFromEnv(env: NodeJS.ProcessEnv = process.env): Services {
  return {
    pgHost: env.PGHOST || "127.0.0.1",
    pgPort: Number(env.PGPORT || 5432),
    pgUser: env.PGUSER || "postgres",
    pgPassword: env.PGPASSWORD || "",
    redisHost: env.REDIS_HOST || "127.0.0.1",
    redisPort: Number(env.REDIS_PORT || 6379),
  };
}

async function psql(services: Services, sql: string): Promise<void> {
  const result = await runCommand(
    "psql",
    [
      "-h",
      services.pgHost,
      "-p",
      String(services.pgPort),
      "-U",
      services.pgUser,
      "-d",
      "postgres",
      "-v",
      "ON_ERROR_STOP=1",
      "-qtAc",
      sql,
    ],
    { timeoutMs: 60_000, env: { ...process.env, PGPASSWORD: services.pgPassword, PGCONNECT_TIMEOUT: "10" } },
  );
  if (result.code !== 0) {
    throw new RealFidesStepError("database", `psql "${sql}" exited ${result.code}`, lastLines(result.output));
  }
}

/** Creates an empty database (the server migrates it at start-up). @throws {RealFidesStepError} "database" */
export async function createDatabase(services: Services, name: string): Promise<void> {
  await psql(services, `CREATE DATABASE "${name}"`);
}

/** Drops a database, closing whatever still holds it. @throws {RealFidesStepError} "database" */
export async function dropDatabase(services: Services, name: string): Promise<void> {
  await psql(services, `DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
}

/**
 * Empties one Redis database index (rate-limit counters and caches of an earlier run), with two
 * inline commands over a plain socket, so no redis client is needed.
 * @throws {RealFidesStepError} step "redis"
 */
export function flushRedisDb(services: Services, index: number): Promise<void> {
  return new Promise((resolve, reject) => {
    let reply = "";
    const socket = createConnection({ host: services.redisHost, port: services.redisPort });
    const fail = (message: string) => {
      socket.destroy();
      reject(
        new RealFidesStepError(
          "redis",
          `${message} (${services.redisHost}:${services.redisPort} db ${index})`,
          reply,
        ),
      );
    };
    socket.setTimeout(10_000, () => fail("no answer from Redis"));
    socket.on("error", (error) => fail(error.message));
    socket.on("connect", () => socket.write(`SELECT ${index}\r\nFLUSHDB\r\nQUIT\r\n`));
    socket.on("data", (chunk) => {
      reply += chunk.toString("utf8");
      const lines = reply.split("\r\n").filter(Boolean);
      if (lines.some((line) => line.startsWith("-"))) fail("Redis refused");
      else if (lines.length >= 3) {
        socket.destroy();
        resolve();
      }
    });
  });
}
