import type { TestProject } from "vitest/node";
import { listRuns } from "../../scripts/real-fides/runs.js";
import { type RealFidesServer, startRealFides, stopRun } from "../../scripts/real-fides/server.js";
import { CLIENT_IP_HEADER, REAL_VERSIONS, type RealServers, type ServerRole, serverKey } from "./servers.js";

/**
 * Starts each version's two servers (installing the release on a cold cache), hands them to the
 * tests, and stops them afterwards. A server that cannot start is handed over as its error, so every
 * test that needs it fails with the step that broke.
 */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  // For working on the suite: servers already started (`npm run real-fides -- start …`), as a JSON
  // object of "<version>/<role>" → the line `start` printed. They are left running.
  if (process.env.REAL_FIDES_SERVERS) {
    const given = JSON.parse(process.env.REAL_FIDES_SERVERS) as Record<string, RealFidesServer>;
    const servers: RealServers = {};
    for (const [key, server] of Object.entries(given))
      servers[key] = { ...server, role: key.split("/")[1] as ServerRole };
    project.provide("realServers", servers);
    return async () => undefined;
  }
  const started: RealFidesServer[] = [];
  const servers: RealServers = {};
  const log = (line: string) => process.stderr.write(`${line}\n`);
  const begin = Date.now();
  // One version at a time installs; both roles of a version start together (2 cores).
  for (const version of REAL_VERSIONS) {
    const roles: Array<[ServerRole, Parameters<typeof startRealFides>[0]]> = [
      ["main", { version, log, ownedBy: process.pid }],
      [
        "limited",
        {
          version,
          log,
          ownedBy: process.pid,
          tokenLifetimeMinutes: 1,
          callbackTokenMinutes: 0,
          rateLimit: { clientIpHeader: CLIENT_IP_HEADER },
        },
      ],
    ];
    const results = await Promise.allSettled(roles.map(([, options]) => startRealFides(options)));
    results.forEach((result, index) => {
      const role = (roles[index] as [ServerRole, unknown])[0];
      const key = serverKey(version, role);
      if (result.status === "fulfilled") {
        started.push(result.value);
        servers[key] = { ...result.value, role };
        log(
          `real-fides: ${key} on ${result.value.url}, Python ${result.value.pythonVersion}, ` +
            `${result.value.installed ? "installed now" : "cached venv"}, healthy after ${result.value.startMs} ms`,
        );
      } else {
        const message = result.reason instanceof Error ? result.reason.message : String(result.reason);
        servers[key] = { error: message };
        log(message);
      }
    });
  }
  log(`real-fides: servers ready after ${Date.now() - begin} ms`);
  project.provide("realServers", servers);
  return async () => {
    const mine = new Set(started.map((server) => server.runId));
    for (const record of listRuns().filter((run) => mine.has(run.runId))) {
      await stopRun(record).catch((error: Error) => log(error.message));
    }
  };
}
