import { describe, expect, it } from "vitest";
import { ScopeRefusals } from "../../src/internal/scope-refusals.js";
import { ManualClock } from "./fixtures.js";

describe("the memo of scopes a fresh token was refused", () => {
  it("remembers a confirmed missing scope for five minutes", () => {
    const clock = new ManualClock();
    const refusals = new ScopeRefusals(clock.now);
    refusals.remember(["client:read"]);
    expect(refusals.known(["client:read"])).toBe(true);
    expect(refusals.known(["client:create"])).toBe(false);
    clock.advance(300_000);
    expect(refusals.known(["client:read"])).toBe(false);
  });

  it("forgets missing scopes when the client's own scopes change", () => {
    const clock = new ManualClock();
    const refusals = new ScopeRefusals(clock.now);
    refusals.remember(["client:read"]);
    refusals.clear();
    expect(refusals.known(["client:read"])).toBe(false);
  });

  it("knows a set of scopes in any order", () => {
    const refusals = new ScopeRefusals(new ManualClock().now);
    refusals.remember(["client:update", "client:read"]);
    expect(refusals.known(["client:read", "client:update"])).toBe(true);
    expect(refusals.known(["client:read"])).toBe(false);
  });
});
