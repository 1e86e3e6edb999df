import { mkdirSync, writeFileSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { FidesClient } from "../../src/index.js";
import {
  type FidesEmulatorServer,
  startFidesEmulatorServer,
} from "../../src/testing/adapters/http-server.js";
import { ALLOWED_DIFFERENCES } from "./differential/allow-list.js";
import { compare, type Difference, normalise } from "./differential/normalise.js";
import { type Captures, type Probe, sendProbe } from "./differential/probe.js";
import { probesFor, rateLimitProbes } from "./differential/probes.js";
import { CLIENT_IP_HEADER, REAL_VERSIONS, type RealServer, realServer } from "./servers.js";

const allowed = (version: string, difference: Difference) =>
  ALLOWED_DIFFERENCES.find(
    (entry) =>
      entry.probe.test(difference.probe) &&
      entry.field === difference.field &&
      (entry.versions === undefined || entry.versions.includes(version)),
  );

/**
 * Deletes the clients other test files left on a real server (2.82.0 and later list them), so both
 * sides start from no clients.
 */
async function forgetOtherClients(real: RealServer, headers: Record<string, string>): Promise<void> {
  const sdk = new FidesClient({
    baseUrl: real.url,
    clientId: real.clientId,
    clientSecret: real.clientSecret,
    headers,
  });
  if ((await sdk.health()).version.startsWith("2.78.")) return;
  const ids: string[] = [];
  for await (const client of sdk.oauth.listAllClients()) ids.push(client.client_id);
  for (const id of ids) await sdk.oauth.deleteClient(id);
}

/** Replays probes on a real server and an emulator, one after the other, keeping each side's captures. */
function differential(
  version: string,
  label: string,
  probes: readonly Probe[],
  start: () => { real: RealServer; emulator: Promise<FidesEmulatorServer>; headers: Record<string, string> },
) {
  describe(`Fides ${version} and the emulator answer alike: ${label}`, () => {
    let emulator: FidesEmulatorServer | undefined;
    let real: RealServer | undefined;
    let headers: Record<string, string> = {};
    const captures: { real: Captures; emulator: Captures } = { real: new Map(), emulator: new Map() };
    const found: Array<Difference & { allowedBecause?: string }> = [];
    beforeAll(async () => {
      const started = start();
      real = started.real;
      headers = started.headers;
      if (label === "stock server") await forgetOtherClients(real, headers);
      emulator = await started.emulator;
    });
    afterAll(async () => {
      await emulator?.close();
      mkdirSync("reports", { recursive: true });
      writeFileSync(
        `reports/differential-${version}-${label.replace(/\W+/g, "-")}.json`,
        `${JSON.stringify({ version, probes: probes.length, differences: found }, null, 2)}\n`,
      );
    });
    test.for(probes.map((probe) => [probe.name, probe] as const))("%s", async ([, probe]) => {
      if (!real || !emulator) throw new Error("the servers did not start");
      const realAnswer = normalise(await sendProbe(real.url, probe, captures.real, headers), captures.real);
      const emulatorAnswer = normalise(
        await sendProbe(emulator.url, probe, captures.emulator),
        captures.emulator,
      );
      const differences = compare(probe.name, realAnswer, emulatorAnswer);
      const unexplained = differences.filter((difference) => {
        const entry = allowed(version, difference);
        found.push(entry ? { ...difference, allowedBecause: entry.reason } : difference);
        return entry === undefined;
      });
      expect(unexplained).toEqual([]);
    });
  });
}

describe.each(REAL_VERSIONS)("differential conformance, Fides %s", (version) => {
  const probes = probesFor(version);

  test("has at least 150 probes", () => {
    expect(probes.length).toBeGreaterThanOrEqual(150);
  });

  differential(version, "stock server", probes, () => ({
    real: realServer(version),
    emulator: startFidesEmulatorServer({ serverVersion: version }),
    headers: {},
  }));

  differential(version, "rate-limited server", rateLimitProbes(), () => ({
    real: realServer(version, "limited"),
    emulator: startFidesEmulatorServer({ serverVersion: version, rateLimit: true, tokenLifetimeMinutes: 1 }),
    headers: { [CLIENT_IP_HEADER]: `9.9.${REAL_VERSIONS.indexOf(version) + 1}.10` },
  }));
});
