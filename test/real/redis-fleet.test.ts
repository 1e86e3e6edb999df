// A fleet of real processes sharing one token through RedisTokenStore, against each real
// release's `limited` server (1-minute tokens, the token endpoint limited to 10 requests a
// minute per client address): without sharing, most of the fleet would be answered 429.
import { randomUUID } from "node:crypto";
import { createClient } from "redis";
import { afterEach, describe, expect, test } from "vitest";
import { assertBuilt, type FleetWorker, startFleet } from "../../scripts/bench/fleet/processes.js";
import { CLIENT_IP_HEADER, REAL_VERSIONS, realServer } from "./servers.js";

/** Processes per fleet (REAL_FIDES_FLEET_SIZE for fewer while developing). */
const FLEET = Number(process.env.REAL_FIDES_FLEET_SIZE ?? 50);
/** The machine's Redis, database 0 (the real servers use 4 to 15), under a prefix of the test's own. */
const REDIS_URL = "redis://127.0.0.1:6379";

const running: FleetWorker[] = [];
const prefixes: string[] = [];

afterEach(async () => {
  await Promise.all(running.splice(0).map((worker) => worker.stop()));
  const redis = await createClient({ url: REDIS_URL }).connect();
  try {
    for (const prefix of prefixes.splice(0)) {
      for await (const keys of redis.scanIterator({ MATCH: `${prefix}*`, COUNT: 1000 })) {
        if (keys.length > 0) await redis.del(keys);
      }
    }
  } finally {
    redis.destroy();
  }
});

describe("a fleet sharing its token through Redis, against a real Fides with its rate limit on", () => {
  test.for(REAL_VERSIONS)(
    `Fides %s: ${FLEET} cold processes, node-redis and ioredis mixed, make 1 token request and 0 failed calls`,
    async (version) => {
      assertBuilt();
      const server = realServer(version, "limited");
      const prefix = `fides-sdk-real-fleet:${randomUUID()}:`;
      prefixes.push(prefix);
      // One client address for the whole fleet, as behind one NAT: one bucket of 10 a minute.
      const headers = { [CLIENT_IP_HEADER]: `9.9.${REAL_VERSIONS.indexOf(version) + 1}.50` };
      const config = {
        url: server.url,
        clientId: server.clientId,
        clientSecret: server.clientSecret,
        serverVersion: version,
        headers,
        redisUrl: REDIS_URL,
        prefix,
        commandTimeoutMs: 5000,
      };
      const half = Math.ceil(FLEET / 2);
      const fleets = await Promise.all([
        startFleet(half, { ...config, library: "redis" }),
        startFleet(FLEET - half, { ...config, library: "ioredis" }),
      ]);
      const workers = fleets.flat();
      running.push(...workers);
      const results = await Promise.all(workers.map((worker) => worker.call()));
      expect(results.filter((result) => !result.ok)).toEqual([]);
      expect(results.reduce((sum, result) => sum + result.tokenRequests, 0)).toBe(1);
      expect(results.map((result) => result.warnings)).toEqual(workers.map(() => 0));
    },
  );
});
