import { describe, expect, it } from "vitest";
import { auditClients } from "../../scripts/soak/duplicates.js";
import { LeakDetector } from "../../scripts/soak/leaks.js";
import { createMayHaveHappened, SoakLedger } from "../../scripts/soak/operations.js";
import {
  FidesConnectionError,
  FidesRateLimitError,
  FidesServerError,
  FidesTimeoutError,
  FidesValidationError,
} from "../../src/index.js";
import { createFidesEmulatorCore } from "../../src/testing/index.js";

// The soak's zero-counts mean something only if its detectors can see what they look for.
const client = (clientId: string, name: string) => ({
  clientId,
  name,
  description: null,
  scopes: [],
  roles: [],
  createdAt: 0,
  client_id: clientId,
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

  it("counts a create that got no answer or a 5xx as ambiguous, and a 429 or 422 as not done", () => {
    const request = { method: "POST", path: "/api/v1/oauth/client" };
    const api = { ...request, detail: "" };
    expect(createMayHaveHappened(new FidesConnectionError("reset", request))).toBe(true);
    expect(createMayHaveHappened(new FidesTimeoutError("slow", request, 400))).toBe(true);
    expect(createMayHaveHappened(new FidesServerError("503", { ...api, status: 503 }))).toBe(true);
    expect(createMayHaveHappened(new FidesRateLimitError("429", { ...api, status: 429 }, 1000))).toBe(false);
    expect(createMayHaveHappened(new FidesValidationError("422", { ...api, status: 422 }, []))).toBe(false);
    expect(createMayHaveHappened(new TypeError("bad argument"))).toBe(false);
  });

  it("finds the duplicate a client makes by resending a create whose answer was lost", async () => {
    const emulator = createFidesEmulatorCore();
    emulator.failNext(1, "serve-then-drop", { path: "/api/v1/oauth/client" });
    const tokenAnswer = await emulator.handle(
      new Request(`${emulator.baseUrl}/api/v1/oauth/token`, {
        method: "POST",
        body: new URLSearchParams({ client_id: "fidesadmin", client_secret: "fidesadminsecret" }),
      }),
    );
    const { access_token } = (await tokenAnswer.json()) as { access_token: string };
    const create = () =>
      emulator.handle(
        new Request(`${emulator.baseUrl}/api/v1/oauth/client`, {
          method: "POST",
          headers: { authorization: `Bearer ${access_token}`, "content-type": "application/json" },
          body: JSON.stringify({ name: "soak-1-0", scopes: [] }),
        }),
      );
    const ledger = new SoakLedger();
    expect((await create()).type).toBe("error");
    ledger.ambiguous.add("soak-1-0");
    expect(auditClients(emulator.clients(), ledger, "soak-1-")).toMatchObject({
      duplicates: 0,
      unexplained: 0,
    });
    // A careless client resends it, and this time hears back.
    const resent = (await (await create()).json()) as { client_id: string };
    ledger.acknowledged.set("soak-1-0", resent.client_id);
    expect(auditClients(emulator.clients(), ledger, "soak-1-").duplicates).toBe(1);
  });
});
