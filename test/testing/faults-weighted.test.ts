/** The `faults` option's weighted mix of kinds: seeded, proportional, bursty, and checked. */
import { describe, expect, it } from "vitest";
import { createFidesEmulatorCore } from "../../src/testing/emulator.js";
import type { FidesEmulatorOptions } from "../../src/testing/options.js";

type Faults = NonNullable<FidesEmulatorOptions["faults"]>;

async function statuses(faults: Faults, count: number): Promise<number[]> {
  const emulator = createFidesEmulatorCore({ faults });
  const seen: number[] = [];
  for (let i = 0; i < count; i++) {
    const response = await emulator.handle(new Request(`${emulator.baseUrl}/health`));
    seen.push(response.type === "error" ? 0 : response.status);
  }
  return seen;
}

const tally = (values: number[]) =>
  values.reduce<Record<number, number>>((counts, value) => {
    counts[value] = (counts[value] ?? 0) + 1;
    return counts;
  }, {});

describe("a weighted mix of random faults", () => {
  const mix: Faults = {
    rate: 1,
    seed: 7,
    kinds: [
      { weight: 3, fault: 500 },
      { weight: 1, fault: "drop" },
    ],
  };

  it("chooses each kind in proportion to its weight", async () => {
    const counts = tally(await statuses(mix, 400));
    expect(Object.keys(counts).sort()).toEqual(["0", "500"]);
    expect(counts[500]).toBeGreaterThan(260);
    expect(counts[0]).toBeGreaterThan(60);
  });

  it("replays from its seed, and differs with another seed", async () => {
    const first = await statuses({ ...mix, rate: 0.5 }, 60);
    expect(first).toEqual(await statuses({ ...mix, rate: 0.5 }, 60));
    expect(first).not.toEqual(await statuses({ ...mix, rate: 0.5, seed: 8 }, 60));
    expect(new Set(first)).toEqual(new Set([0, 200, 500]));
  });

  it("gives a single kind the same pattern as the `fault` form", async () => {
    expect(await statuses({ rate: 0.4, seed: 42, kinds: [{ weight: 5, fault: 503 }] }, 40)).toEqual(
      await statuses({ rate: 0.4, seed: 42, fault: 503 }, 40),
    );
  });

  it("fails the requests after a burst's first one too", async () => {
    const seen = await statuses(
      { rate: 0.1, seed: 3, kinds: [{ weight: 1, fault: { kind: "status", status: 429 }, burst: 4 }] },
      200,
    );
    const runs = seen
      .join(",")
      .split(/,?200,?/)
      .filter(Boolean);
    expect(runs.length).toBeGreaterThan(2);
    for (const run of runs) expect(run.split(",").length).toBeGreaterThanOrEqual(4);
  });

  it("serves some creates before losing their answers, and drops others unserved", async () => {
    const emulator = createFidesEmulatorCore({
      faults: {
        rate: 1,
        match: { method: "POST", path: "/api/v1/oauth/client" },
        kinds: [
          { weight: 1, fault: "drop" },
          { weight: 1, fault: "serve-then-drop" },
        ],
      },
    });
    const token = await emulator.handle(
      new Request(`${emulator.baseUrl}/api/v1/oauth/token`, {
        method: "POST",
        body: new URLSearchParams({ client_id: "fidesadmin", client_secret: "fidesadminsecret" }),
      }),
    );
    const { access_token } = (await token.json()) as { access_token: string };
    for (let i = 0; i < 20; i++) {
      const answer = await emulator.handle(
        new Request(`${emulator.baseUrl}/api/v1/oauth/client`, {
          method: "POST",
          headers: { authorization: `Bearer ${access_token}`, "content-type": "application/json" },
          body: JSON.stringify({ name: `c${i}`, scopes: [] }),
        }),
      );
      expect(answer.type).toBe("error");
    }
    expect(emulator.clients().length).toBeGreaterThan(3);
    expect(emulator.clients().length).toBeLessThan(17);
  });

  it("forgets a burst under way and restarts the sequence on reset", async () => {
    const emulator = createFidesEmulatorCore({
      faults: { rate: 0.5, seed: 11, kinds: [{ weight: 1, fault: 503, burst: 3 }] },
    });
    const run = async () => {
      const seen: number[] = [];
      for (let i = 0; i < 12; i++)
        seen.push((await emulator.handle(new Request(`${emulator.baseUrl}/health`))).status);
      return seen;
    };
    const first = await run();
    emulator.reset();
    expect(await run()).toEqual(first);
  });
});

describe("the faults option is checked", () => {
  it.each([
    [{ rate: 0.1 }, /"options.faults" needs either "fault" or "kinds"/],
    [{ rate: 0.1, fault: 500, kinds: [{ weight: 1, fault: 500 }] }, /not both/],
    [{ rate: 0.1, kinds: [] }, /"options.faults.kinds" must be a non-empty array/],
    [{ rate: 0.1, kinds: [{ weight: 0, fault: 500 }] }, /"options.faults.kinds\[0\].weight"/],
    [{ rate: 0.1, kinds: [{ weight: 1, fault: 500, burst: 1.5 }] }, /"options.faults.kinds\[0\].burst"/],
    [
      {
        rate: 0.1,
        kinds: [
          { weight: 1, fault: 500 },
          { weight: 1, fault: 99 },
        ],
      },
      /"options.faults.kinds\[1\].fault.status"/,
    ],
    [{ rate: 0.1, fault: { kind: "serve-then-delay", ms: Number.NaN } }, /"options.faults.fault.ms"/],
  ])("refuses %j", (faults, message) => {
    expect(() => createFidesEmulatorCore({ faults: faults as Faults })).toThrowError(
      expect.objectContaining({ code: "ERR_INVALID_ARG_VALUE", message: expect.stringMatching(message) }),
    );
  });
});
