import { describe, expect, it } from "vitest";
import { DEFAULT_SOAK } from "../../scripts/soak/config.js";
import { spawnSoak } from "../../scripts/soak/spawn-soak.js";

// A few hundred operations of `npm run soak`, in a child process against an emulator server in
// another, with the same ~20% of faults. Only the counts that must be zero are asserted.
describe("reduced soak", () => {
  it("loses nothing, duplicates nothing, leaks nothing, hangs nothing, and exits by itself", async () => {
    const outcome = await spawnSoak({ ...DEFAULT_SOAK, operations: 300, workers: 25, seed: 7 });
    expect(outcome.operations).toBe(300);
    expect(outcome.untypedFailures).toEqual({});
    expect(outcome.unhandledRejections).toBe(0);
    expect(outcome.hung).toBe(0);
    expect(outcome.audit.duplicates).toBe(0);
    expect(outcome.audit.unexplained).toBe(0);
    expect(outcome.audit.lost).toBe(0);
    expect(outcome.leaks).toBe(0);
    expect(outcome.exitedByItself).toBe(true);
    // The run must have met faults for these zeros to mean anything: failed and unanswered
    // requests, and creates the SDK could not know the fate of.
    expect(outcome.statuses).toHaveProperty("dropped");
    expect(outcome.statuses).toHaveProperty("503");
    expect(outcome.audit.ambiguousCreates).toBeGreaterThan(0);
  }, 30_000);
});
