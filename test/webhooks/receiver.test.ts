// The receiver over real loopback HTTP, fed deliveries shaped exactly as Fides sends them.
import { describe, expect, test } from "vitest";
import {
  createWebhookReceiver,
  toNodeHandler,
  type WebhookDelivery,
  type WebhookReceiverOptions,
} from "../../src/webhooks/index.js";
import { type DeliveryKind, fidesDelivery, post, SAMPLE_TOKEN } from "./fides-delivery.js";
import { serve } from "./harness.js";

const SECRET = "whsec-correct-horse-battery-staple";
const NOW = Date.UTC(2026, 11, 4, 16, 0, 35, 261);
const ID = "pri_ad859f53-3b9a-4919-89a3-541d5f6f3f88";

type Overrides = { [K in keyof WebhookReceiverOptions]?: WebhookReceiverOptions[K] | undefined };

async function receiverAt(overrides: Overrides = {}) {
  const seen: WebhookDelivery[] = [];
  const logged: string[] = [];
  const receiver = createWebhookReceiver({
    secret: SECRET,
    now: () => NOW,
    logger: { debug() {}, info() {}, warn: (line) => logged.push(line), error: (line) => logged.push(line) },
    onDelivery: (delivery) => {
      seen.push(delivery);
      return undefined;
    },
    ...overrides,
  } as WebhookReceiverOptions);
  const url = await serve(toNodeHandler(receiver));
  return { url, seen, logged };
}

const delivery = (kind: DeliveryKind, extra: Partial<Parameters<typeof fidesDelivery>[0]> = {}) =>
  fidesDelivery({ kind, sentAt: NOW - 40, authorization: SECRET, requestId: ID, ...extra });

describe("accepting each kind of delivery", () => {
  test("a two-way pre-execution delivery reaches the handler, and Fides gets { halt, derived_identity }", async () => {
    const { url, seen } = await receiverAt({
      onDelivery: () => ({ halt: true, derivedIdentity: { phone_number: "+15551234567" } }),
    });
    const answer = await post(url, delivery("pre-two-way"));
    expect(answer.status).toBe(200);
    expect(answer.headers["content-type"]).toBe("application/json");
    expect(answer.json).toEqual({ halt: true, derived_identity: { phone_number: "+15551234567" } });
    expect(seen).toEqual([]);
  });

  test("a handler that returns nothing lets a two-way request go on: halt false, no identity", async () => {
    const { url, seen } = await receiverAt();
    const answer = await post(url, delivery("pre-two-way"));
    expect(answer.json).toEqual({ halt: false, derived_identity: null });
    expect(seen).toHaveLength(1);
    const [got] = seen;
    expect(got?.callbackType).toBe("pre");
    expect(got?.direction).toBe("two_way");
    expect(got?.privacyRequestId).toBe(ID);
    expect(got?.body.identity.email).toBe("subject@example.com");
    expect(got?.body.policy_action).toBe("erasure");
    expect(got?.timestamp.getTime()).toBe(NOW - 40);
  });

  test.each([
    ["pre-one-way", "pre", "one_way"],
    ["post-one-way", "post", "one_way"],
    ["pre-approval", "pre_approval", "two_way"],
  ] as const)("a %s delivery is answered 200 {}", async (kind, callbackType, direction) => {
    const { url, seen } = await receiverAt();
    const answer = await post(url, delivery(kind));
    expect(answer.status).toBe(200);
    expect(answer.json).toEqual({});
    expect(seen.map((d) => [d.callbackType, d.direction])).toEqual([[callbackType, direction]]);
  });

  test("a two-way post-execution delivery gets { halt, derived_identity } too (Fides parses it, honours only the identity)", async () => {
    const { url } = await receiverAt({
      onDelivery: () => ({ derivedIdentity: { email: "found@example.com" } }),
    });
    const answer = await post(url, delivery("post-two-way"));
    expect(answer.json).toEqual({ halt: false, derived_identity: { email: "found@example.com" } });
  });

  test("both pre-approval header eras are accepted: 2.86's pairs and 2.78/2.82's deprecated pair alone", async () => {
    const { url, seen } = await receiverAt();
    expect((await post(url, delivery("pre-approval", { era: "2.86" }))).status).toBe(200);
    expect((await post(url, delivery("pre-approval", { era: "2.82" }))).status).toBe(200);
    expect(seen).toHaveLength(2);
  });

  test("a custom verifyAuthorization (OAuth-config connections) decides instead of a secret", async () => {
    const checked: (string | undefined)[] = [];
    const { url } = await receiverAt({
      secret: undefined,
      verifyAuthorization: async (header) => {
        checked.push(header);
        return header === "Bearer from-my-token-url";
      },
    });
    expect(
      (await post(url, delivery("post-one-way", { authorization: "Bearer from-my-token-url" }))).status,
    ).toBe(200);
    expect((await post(url, delivery("post-one-way", { authorization: SECRET }))).status).toBe(401);
    expect(checked).toEqual(["Bearer from-my-token-url", SECRET]);
  });

  test("a verifyAuthorization answering a truthy non-boolean does not admit", async () => {
    const { url, seen } = await receiverAt({
      secret: undefined,
      verifyAuthorization: (() => "yes") as unknown as () => boolean,
    });
    expect((await post(url, delivery("post-one-way"))).status).toBe(401);
    expect(seen).toEqual([]);
  });
});

describe("refusing a delivery, each with its status and a short JSON body", () => {
  const refused = async (
    answer: { status: number; json: unknown; text: string },
    status: number,
    error: string,
  ) => {
    expect(answer.status).toBe(status);
    expect(answer.json).toMatchObject({ error });
    expect(typeof (answer.json as { detail: unknown }).detail).toBe("string");
    expect(answer.text).not.toContain(SECRET);
    expect(answer.text).not.toContain(SAMPLE_TOKEN);
  };

  test("a wrong Authorization is 401 before the body is read, and the handler never runs", async () => {
    const { url, seen, logged } = await receiverAt();
    await refused(
      await post(url, delivery("pre-two-way", { authorization: `${SECRET}x` })),
      401,
      "unauthorized",
    );
    await refused(
      await post(url, delivery("pre-two-way", { authorization: SECRET.slice(0, -1) })),
      401,
      "unauthorized",
    );
    await refused(
      await post(url, delivery("pre-two-way", { authorization: `Bearer ${SECRET}` })),
      401,
      "unauthorized",
    );
    const missing = delivery("pre-two-way");
    missing.headers = missing.headers.filter(([name]) => name !== "Authorization");
    await refused(await post(url, missing), 401, "unauthorized");
    expect(seen).toEqual([]);
    expect(logged.join("\n")).not.toContain(SECRET);
  });

  test("a method other than POST is 405 with Allow: POST", async () => {
    const { url } = await receiverAt();
    const answer = await post(url, delivery("post-one-way"), "PUT");
    await refused(answer, 405, "method_not_allowed");
    expect(answer.headers.allow).toBe("POST");
  });

  test("a body that is not JSON by its media type is 415", async () => {
    const { url } = await receiverAt();
    const wire = delivery("post-one-way");
    wire.headers = wire.headers.map(([n, v]) => (n === "Content-Type" ? [n, "text/plain"] : [n, v]));
    await refused(await post(url, wire), 415, "unsupported_media_type");
  });

  test("a Content-Length over the limit is 413 before anything is read", async () => {
    const { url, seen } = await receiverAt({ maxBodyBytes: 1000 });
    const answer = await post(url, delivery("pre-two-way")); // about 1.6 kB, as Fides sends
    await refused(answer, 413, "body_too_large");
    expect(answer.headers.connection).toBe("close");
    expect(seen).toEqual([]);
  });

  test("a chunked body that grows past the limit is 413, its stream no longer read", async () => {
    const { url } = await receiverAt({ maxBodyBytes: 4096 });
    const wire = delivery("post-one-way");
    wire.headers = wire.headers.filter(([name]) => name !== "Content-Length");
    wire.body = wire.body.replace('"location": null', `"location": "${"x".repeat(10_000)}"`);
    await refused(await post(url, wire), 413, "body_too_large");
  });

  test("a body that is not JSON is 400 invalid_json", async () => {
    const { url } = await receiverAt();
    const wire = delivery("post-one-way");
    wire.body = `${wire.body.slice(0, -1)},`;
    wire.headers = wire.headers.map(([n, v]) =>
      n === "Content-Length" ? [n, String(Buffer.byteLength(wire.body))] : [n, v],
    );
    await refused(await post(url, wire), 400, "invalid_json");
  });

  test.each([
    [
      '"callback_type": "pre"',
      '"callback_type": "pre_execution"',
      'body "callback_type" must be "pre", "post" or "pre_approval"',
    ],
    ['"direction": "two_way"', '"direction": "both"', 'body "direction" must be "one_way" or "two_way"'],
    [
      '"privacy_request_id": "pri_ad859f53-3b9a-4919-89a3-541d5f6f3f88", ',
      "",
      'body "privacy_request_id" is missing',
    ],
    ['"timestamp": "2026', '"timestamp": "26', 'body "timestamp" must be an ISO 8601 date and time in UTC'],
    [
      '"policy_action": "erasure"',
      '"policy_action": "delete"',
      'body "policy_action" must be "access", "consent", "erasure", "update" or null',
    ],
    ['"identity": {', '"identity": [{', 'body "identity" must be a JSON object'],
  ])("a tampered body (%s → %s) is 422 naming the field", async (from, to, detail) => {
    const { url, seen } = await receiverAt();
    const wire = delivery("pre-two-way");
    let body = wire.body.replace(from, to);
    if (to === '"identity": [{')
      body = body.replace('"external_id": null}, "policy_action"', '"external_id": null}], "policy_action"');
    expect(body).not.toBe(wire.body);
    wire.body = body;
    wire.headers = wire.headers.map(([n, v]) =>
      n === "Content-Length" ? [n, String(Buffer.byteLength(body))] : [n, v],
    );
    const answer = await post(url, wire);
    await refused(answer, 422, "invalid_body");
    expect((answer.json as { detail: string }).detail).toBe(detail);
    expect(seen).toEqual([]);
  });

  test("a pre-approval delivery whose direction is one_way is refused: Fides always sends two_way", async () => {
    const { url } = await receiverAt();
    const wire = delivery("pre-approval");
    wire.body = wire.body.replace('"direction": "two_way"', '"direction": "one_way"');
    const answer = await post(url, wire);
    await refused(answer, 422, "invalid_body");
    expect((answer.json as { detail: string }).detail).toBe('body "direction" must be "two_way" here');
  });

  test("a body whose privacy_request.id is another request than privacy_request_id is 422", async () => {
    const { url } = await receiverAt();
    const wire = delivery("post-one-way");
    wire.body = wire.body.replace(
      '"privacy_request": {"id": "pri_ad859f53',
      '"privacy_request": {"id": "pri_bd859f53',
    );
    const answer = await post(url, wire);
    await refused(answer, 422, "invalid_body");
    expect((answer.json as { detail: string }).detail).toBe(
      'body "privacy_request.id" must name the same request as "privacy_request_id"',
    );
  });

  test("a stale timestamp (past the tolerance, read as UTC) is 400 stale_delivery; so is one from the future", async () => {
    const { url, seen } = await receiverAt({ toleranceMs: 60_000 });
    await refused(await post(url, delivery("pre-two-way", { sentAt: NOW - 60_001 })), 400, "stale_delivery");
    await refused(await post(url, delivery("pre-two-way", { sentAt: NOW + 60_001 })), 400, "stale_delivery");
    expect((await post(url, delivery("pre-two-way", { sentAt: NOW - 60_000 }))).status).toBe(200);
    expect(seen).toHaveLength(1);
  });

  test("a reply-to that is not the resume route is 400 wrong_callback_path", async () => {
    const { url } = await receiverAt();
    for (const path of [
      `/api/v1/privacy-request/${ID}/resume`,
      `/privacy-request/${ID}/resume/`,
      `/privacy-request/${ID}/pre-approve/eligible`,
      `//evil.example/privacy-request/${ID}/resume`,
      `/privacy-request/${ID}/../other/resume`,
    ]) {
      const wire = delivery("pre-two-way");
      wire.headers = wire.headers.map(([n, v]) => (n === "reply-to" ? [n, path] : [n, v]));
      const answer = await post(url, wire);
      await refused(answer, 400, "wrong_callback_path");
      expect((answer.json as { detail: string }).detail).not.toContain(path);
    }
  });

  test("a delivery whose reply-to names another request is 400 request_mismatch", async () => {
    const { url, seen } = await receiverAt();
    const other = "pri_00000000-3b9a-4919-89a3-541d5f6f3f88";
    const wire = delivery("pre-two-way");
    wire.headers = wire.headers.map(([n, v]) =>
      n === "reply-to" ? [n, `/privacy-request/${other}/resume`] : [n, v],
    );
    await refused(await post(url, wire), 400, "request_mismatch");
    const approval = delivery("pre-approval", { era: "2.82" });
    approval.headers = approval.headers.map(([n, v]) =>
      n === "reply-to-approve" ? [n, `/privacy-request/${other}/pre-approve/eligible`] : [n, v],
    );
    await refused(await post(url, approval), 400, "request_mismatch");
    expect(seen).toEqual([]);
  });

  test("2.86's two pre-approval pairs must agree: a deprecated header aimed elsewhere is refused", async () => {
    const { url } = await receiverAt();
    const wire = delivery("pre-approval", { era: "2.86" });
    wire.headers = wire.headers.map(([n, v]) =>
      n === "reply-to-deny" ? [n, "/privacy-request/pri_other/pre-approve/not-eligible"] : [n, v],
    );
    await refused(await post(url, wire), 400, "request_mismatch");
  });

  test("a two-way pre-execution delivery without reply-to or reply-to-token is 400 missing_header", async () => {
    const { url } = await receiverAt();
    for (const drop of ["reply-to", "reply-to-token"]) {
      const wire = delivery("pre-two-way");
      wire.headers = wire.headers.filter(([name]) => name !== drop);
      await refused(await post(url, wire), 400, "missing_header");
    }
  });

  test("a reply-to-token no Authorization header could carry is 400 invalid_header", async () => {
    const { url } = await receiverAt();
    const wire = delivery("pre-two-way", { token: `${"a".repeat(9000)}` });
    await refused(await post(url, wire), 400, "invalid_header");
  });
});

describe("the handler's own failures", () => {
  test("a handler that throws is 500 handler_failed, logged by the error's name only", async () => {
    const { url, logged } = await receiverAt({
      onDelivery: () => {
        throw new RangeError(`boom ${SAMPLE_TOKEN}`);
      },
    });
    const answer = await post(url, delivery("pre-two-way"));
    expect(answer.status).toBe(500);
    expect(answer.json).toEqual({ error: "handler_failed", detail: "the handler failed" });
    expect(logged.join("\n")).toContain("RangeError");
    expect(logged.join("\n")).not.toContain(SAMPLE_TOKEN);
  });

  test("a handler slower than answerTimeoutMs gets Fides a 503, not an endless wait", async () => {
    const { url } = await receiverAt({ answerTimeoutMs: 50, onDelivery: () => new Promise(() => undefined) });
    const answer = await post(url, delivery("pre-two-way"));
    expect(answer.status).toBe(503);
    expect(answer.json).toMatchObject({ error: "handler_timeout" });
  });

  test("an answer Fides would refuse (a bad derived identity) is a 500 here rather than a failed request there", async () => {
    const { url } = await receiverAt({
      onDelivery: () => ({ derivedIdentity: { phone_number: "555-1234" } }),
    });
    const answer = await post(url, delivery("pre-two-way"));
    expect(answer.status).toBe(500);
  });
});

describe("options", () => {
  const handler = () => undefined;
  test.each([
    [{ onDelivery: handler }, '"options" must hold exactly one of "secret" and "verifyAuthorization"'],
    [
      { onDelivery: handler, secret: "s", verifyAuthorization: () => true },
      '"options" must hold exactly one of "secret" and "verifyAuthorization"',
    ],
    [{ secret: "s" }, '"options.onDelivery" must be a function'],
    [{ onDelivery: handler, secret: "" }, '"options.secret" must not be empty'],
    [
      { onDelivery: handler, secret: "s", maxBodyBytes: -1 },
      '"options.maxBodyBytes" must be a positive number',
    ],
    [{ onDelivery: handler, secret: "s", fides: { baseUrl: "ftp://x" } }, '"options.baseUrl"'],
  ])("a misuse is a TypeError naming the option (%#)", (options, message) => {
    expect(() => createWebhookReceiver(options as WebhookReceiverOptions)).toThrow(TypeError);
    expect(() => createWebhookReceiver(options as WebhookReceiverOptions)).toThrow(message);
  });
});
