// `npm run bench` on a clean clone: its flags, and its token-economy section against the
// emulator's app-wide bucket (2000 a minute with the rate limit on, as on a real server).
import { describe, expect, it } from "vitest";
import { parseIntegerFlags, takeSections } from "../../scripts/bench/args.js";
import { measureTokenEconomy, missedTargets, type TokenEconomy } from "../../scripts/bench/token-economy.js";

const SECTIONS = ["per-call", "token-economy", "fleet"] as const;

describe("the bench's flags", () => {
  it("runs every section without --only", () => {
    const { only, rest } = takeSections(["--rounds", "2"], SECTIONS);
    expect([...only]).toEqual([...SECTIONS]);
    expect(rest).toEqual(["--rounds", "2"]);
  });

  it("runs only the sections --only names, and leaves the other flags", () => {
    const { only, rest } = takeSections(["--rounds", "2", "--only", "per-call,fleet"], SECTIONS);
    expect([...only]).toEqual(["per-call", "fleet"]);
    expect(parseIntegerFlags(rest, { rounds: 30 })).toEqual({ rounds: 2 });
  });

  it("names an unknown section", () => {
    expect(() => takeSections(["--only", "per-call,speed"], SECTIONS)).toThrow(
      '"--only" must be followed by a comma-separated list of per-call, token-economy, fleet; got "speed"',
    );
  });

  it("refuses --only without sections", () => {
    expect(() => takeSections(["--only"], SECTIONS)).toThrow(TypeError);
  });
});

describe("the bench's token economy", () => {
  const met: TokenEconomy = {
    calls: 10,
    coldTokenRequests: 1,
    refreshTokenRequests: 1,
    expiredTokenSends: 0,
    refusals: 0,
    rateLimitedCalls: 10,
    rateLimited429s: 0,
    rateLimitedTokenRequests: 1,
  };

  it("names every figure that misses its target", () => {
    expect(missedTargets(met)).toEqual([]);
    expect(missedTargets({ ...met, rateLimited429s: 3, coldTokenRequests: 2 })).toEqual([
      "cold client: token requests: 2, target 1",
      "rate-limited token route: 429s: 3, target 0",
    ]);
  });

  it("makes more calls than the app-wide bucket allows a minute without a 429", {
    timeout: 180_000,
  }, async () => {
    const economy = await measureTokenEconomy({ calls: 40, limitedCalls: 2_100 });
    expect(missedTargets(economy)).toEqual([]);
    expect(economy.rateLimitedCalls).toBe(2_100);
  });
});
