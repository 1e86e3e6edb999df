import { describe, expect, it } from "vitest";
import { auditClients } from "../../scripts/soak/duplicates.js";
import { LeakDetector } from "../../scripts/soak/leaks.js";
import { SoakLedger } from "../../scripts/soak/operations.js";
import { FidesServerError } from "../../src/index.js";

// The soak's zero-counts mean something only if its detectors can see what they look for.
const client = (client_id: string, name: string) => ({
  client_id,
  name,
  description: null,
  scopes: [],
  roles: [],
  created_at: 0,
});

describe("soak detectors", () => {
  it("finds a secret in a message, a serialised error, an inspected cause and a log line", () => {
    const leaks = new LeakDetector();
    leaks.addSecret("0123456789abcdef0123456789abcdef");
    leaks.addToken(
      "eyJhbGciOiJkaXIiLCJlbmMiOiJBMjU2R0NNIn0..AAAABBBBCCCCDDDD.payloadpayloadpayload.tagtagtagtagtagtag",
    );
    leaks.addError(new Error("failed with 0123456789abcdef0123456789abcdef"));
    leaks.addError(Object.assign(new Error("plain"), { detail: "payloadpayloadpayload" }));
    leaks.addError(new Error("outer", { cause: new Error("inner AAAABBBBCCCCDDDD") }));
    leaks.addLogLine("token AAAABBBBCCCCDDDD…");
    const found = leaks.count();
    expect(found.leaks).toBeGreaterThanOrEqual(4);
    expect(found.examples.join("\n")).not.toContain("0123456789abcdef0123456789abcdef");
  });

  it("finds nothing in an SDK error that holds no secret", () => {
    const leaks = new LeakDetector();
    leaks.addSecret("0123456789abcdef0123456789abcdef");
    leaks.addError(
      new FidesServerError("GET /x failed with 503", { status: 503, method: "GET", path: "/x", detail: "" }),
    );
    expect(leaks.count().leaks).toBe(0);
  });

  it("counts a name created twice as a duplicate and an unreported create as unexplained", () => {
    const ledger = new SoakLedger();
    ledger.acknowledged.set("soak-1-0", "a");
    ledger.ambiguous.add("soak-1-1");
    const audit = auditClients(
      [client("a", "soak-1-0"), client("b", "soak-1-0"), client("c", "soak-1-1"), client("d", "soak-1-9")],
      ledger,
      "soak-1-",
    );
    expect(audit).toEqual({ duplicates: 1, unexplained: 1, lost: 0, ambiguousCreated: 1 });
  });

  it("counts an acknowledged client missing from the server as lost unless someone deleted it", () => {
    const ledger = new SoakLedger();
    ledger.acknowledged.set("soak-1-0", "a");
    ledger.acknowledged.set("soak-1-1", "b");
    ledger.deleteAttempted.add("b");
    expect(auditClients([], ledger, "soak-1-").lost).toBe(1);
  });
});
