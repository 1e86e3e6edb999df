// Callbacks bound to their delivery, sent through the SDK's pipeline to a stand-in Fides on loopback.
import { inspect } from "node:util";
import { describe, expect, test } from "vitest";
import { seal } from "../../src/redis/token-cipher.js";
import {
  createWebhookReceiver,
  type FidesWebhookDelivery,
  type PreApprovalBody,
  type PreExecutionTwoWayBody,
  reviveDelivery,
  toNodeHandler,
  type WebhookCallbackOptions,
  type WebhookDelivery,
} from "../../src/webhooks/index.js";
import { type DeliveryKind, fidesDelivery, type HeaderEra, post, SAMPLE_TOKEN } from "./fides-delivery.js";
import { fakeFides, type Recorded, serve } from "./harness.js";

const SECRET = "whsec-callbacks";
const ID = "pri_9d914994-54e5-4fcb-97d7-2fd5dd23fd7e";
const KEY = "k".repeat(32);

/** Receives one delivery of this kind through a real receiver and hands it back. */
async function receive(
  kind: DeliveryKind,
  fides: WebhookCallbackOptions | undefined,
  era: HeaderEra = "2.86",
) {
  let got: WebhookDelivery | undefined;
  const receiver = createWebhookReceiver({
    secret: SECRET,
    ...(fides === undefined ? {} : { fides }),
    onDelivery: (delivery) => {
      got = delivery;
      return undefined;
    },
  });
  const url = await serve(toNodeHandler(receiver));
  const answer = await post(
    url,
    fidesDelivery({ kind, sentAt: Date.now(), authorization: SECRET, requestId: ID, era }),
  );
  expect(answer.status).toBe(200);
  if (got === undefined) throw new Error("no delivery");
  return got;
}

const asPre = (delivery: WebhookDelivery) => delivery as FidesWebhookDelivery<PreExecutionTwoWayBody>;
const asApproval = (delivery: WebhookDelivery) => delivery as FidesWebhookDelivery<PreApprovalBody>;

describe("resume()", () => {
  test("POSTs baseUrl + /api/v1 + reply-to with the delivery's token as the bearer, and nothing else", async () => {
    const fides = await fakeFides();
    const delivery = await receive("pre-two-way", { baseUrl: fides.url });
    await asPre(delivery).resume();
    expect(fides.requests).toEqual<Recorded[]>([
      {
        method: "POST",
        url: `/api/v1/privacy-request/${ID}/resume`,
        authorization: `Bearer ${SAMPLE_TOKEN}`,
        body: "{}",
      },
    ]);
  });

  test("sends derived identities as Fides's derived_identity", async () => {
    const fides = await fakeFides();
    const delivery = await receive("pre-two-way", { baseUrl: fides.url });
    await asPre(delivery).resume({ derivedIdentity: { email: "found@example.com" } });
    expect(JSON.parse(fides.requests[0]?.body ?? "")).toEqual({
      derived_identity: { email: "found@example.com" },
    });
  });

  test("keeps a base URL's path prefix", async () => {
    const fides = await fakeFides();
    const delivery = await receive("pre-two-way", { baseUrl: `${fides.url}/fides/` });
    await asPre(delivery).resume();
    expect(fides.requests.map((r) => r.url)).toEqual([`/fides/api/v1/privacy-request/${ID}/resume`]);
  });

  test("Fides's 400 for a request that is not paused is a FidesApiError that never shows the token", async () => {
    const fides = await fakeFides(() => ({
      status: 400,
      body: { detail: `Invalid resume request: privacy request '${ID}' status = complete.` },
    }));
    const logged: string[] = [];
    const logger = {
      debug: (l: string) => logged.push(l),
      info: (l: string) => logged.push(l),
      warn: (l: string) => logged.push(l),
      error: (l: string) => logged.push(l),
    };
    const delivery = await receive("pre-two-way", { baseUrl: fides.url, logger });
    const error = await asPre(delivery)
      .resume()
      .catch((caught: unknown) => caught);
    expect(error).toMatchObject({ name: "FidesApiError", status: 400, method: "POST" });
    expect((error as { detail: unknown }).detail).toBe(
      `Invalid resume request: privacy request '${ID}' status = complete.`,
    );
    for (const text of [
      String(error),
      JSON.stringify(error),
      inspect(error, { depth: 5 }),
      logged.join("\n"),
    ])
      expect(text).not.toContain(SAMPLE_TOKEN);
    expect(fides.requests).toHaveLength(1); // a POST that reached the server is not retried
  });

  test("Fides's 403 Webhook token expired is a FidesForbiddenError, sent once (a fixed token is never re-acquired)", async () => {
    const fides = await fakeFides(() => ({ status: 403, body: { detail: "Webhook token expired" } }));
    const delivery = await receive("pre-two-way", { baseUrl: fides.url });
    await expect(asPre(delivery).resume()).rejects.toMatchObject({
      name: "FidesForbiddenError",
      status: 403,
    });
    expect(fides.requests).toHaveLength(1);
  });

  test("a bad derived identity is a TypeError before anything is sent", async () => {
    const fides = await fakeFides();
    const delivery = await receive("pre-two-way", { baseUrl: fides.url });
    await expect(asPre(delivery).resume({ derivedIdentity: { email: "not an email" } })).rejects.toThrow(
      '"options.derivedIdentity.email" must be an email address',
    );
    expect(fides.requests).toEqual([]);
  });

  test("resuming a delivery that cannot be resumed, or without fides options, is a TypeError", async () => {
    const fides = await fakeFides();
    const post = await receive("post-one-way", { baseUrl: fides.url });
    await expect(asPre(post).resume()).rejects.toThrow('"delivery" must be a two-way pre-execution delivery');
    const orphan = await receive("pre-two-way", undefined);
    await expect(asPre(orphan).resume()).rejects.toThrow(TypeError);
    expect(fides.requests).toEqual([]);
  });
});

describe("markEligible() and markNotEligible()", () => {
  test.each(["2.86", "2.82"] as const)(
    "map %s's pre-approval headers to the eligible and not-eligible routes",
    async (era) => {
      const fides = await fakeFides();
      const delivery = asApproval(await receive("pre-approval", { baseUrl: fides.url }, era));
      await delivery.markEligible();
      await delivery.markNotEligible();
      expect(fides.requests.map((r) => [r.method, r.url, r.authorization, r.body])).toEqual([
        ["POST", `/api/v1/privacy-request/${ID}/pre-approve/eligible`, `Bearer ${SAMPLE_TOKEN}`, ""],
        ["POST", `/api/v1/privacy-request/${ID}/pre-approve/not-eligible`, `Bearer ${SAMPLE_TOKEN}`, ""],
      ]);
    },
  );

  test("on a delivery that is not a pre-approval one is a TypeError", async () => {
    const fides = await fakeFides();
    const delivery = await receive("pre-two-way", { baseUrl: fides.url });
    await expect(asApproval(delivery).markEligible()).rejects.toThrow(TypeError);
    expect(fides.requests).toEqual([]);
  });
});

describe("the token stays a secret", () => {
  test("JSON.stringify, util.inspect and String of a delivery never show it", async () => {
    const delivery = await receive("pre-two-way", { baseUrl: "http://127.0.0.1:9" });
    for (const text of [
      JSON.stringify(delivery),
      inspect(delivery, { depth: 10, showHidden: true }),
      String(delivery),
    ])
      expect(text).not.toContain(SAMPLE_TOKEN);
    expect(JSON.parse(JSON.stringify(delivery)).body.privacy_request_id).toBe(ID);
    expect(Object.values(delivery).join(" ")).not.toContain(SAMPLE_TOKEN);
  });
});

describe("serialize() and reviveDelivery()", () => {
  test("a delivery survives a queue: serialized without its token in clear, revived with the same key, resumed", async () => {
    const fides = await fakeFides();
    const delivery = await receive("pre-two-way", { baseUrl: "http://127.0.0.1:9" });
    const message = await delivery.serialize(KEY);
    expect(message).not.toContain(SAMPLE_TOKEN);
    expect(Buffer.from(message.split(".")[1] ?? "", "base64url").toString()).not.toContain(SAMPLE_TOKEN);
    const revived = await reviveDelivery(message, { key: KEY, fides: { baseUrl: fides.url } });
    expect(revived.body).toEqual(delivery.body);
    expect(revived.receivedAt).toEqual(delivery.receivedAt);
    await asPre(revived).resume();
    expect(fides.requests.map((r) => [r.url, r.authorization])).toEqual([
      [`/api/v1/privacy-request/${ID}/resume`, `Bearer ${SAMPLE_TOKEN}`],
    ]);
  });

  test("a pre-approval delivery revives with both its routes", async () => {
    const fides = await fakeFides();
    const delivery = await receive("pre-approval", undefined, "2.82");
    const revived = asApproval(
      await reviveDelivery(await delivery.serialize(KEY), { key: KEY, fides: { baseUrl: fides.url } }),
    );
    await revived.markNotEligible();
    expect(fides.requests.map((r) => r.url)).toEqual([
      `/api/v1/privacy-request/${ID}/pre-approve/not-eligible`,
    ]);
  });

  test("another key, a changed character or another format does not revive", async () => {
    const delivery = await receive("pre-two-way", undefined);
    const message = await delivery.serialize(KEY);
    const undecryptable = { name: "FidesWebhookError", reason: "undecryptable_delivery" };
    await expect(reviveDelivery(message, { key: "j".repeat(32) })).rejects.toMatchObject(undecryptable);
    for (
      let at = "fides-webhook-delivery.v1.".length;
      at < message.length;
      at += at > message.length - 40 ? 1 : 7
    ) {
      if (message[at] === ".") continue;
      const changed = `${message.slice(0, at)}${message[at] === "A" ? "B" : "A"}${message.slice(at + 1)}`;
      await expect(reviveDelivery(changed, { key: KEY }), `character ${at}`).rejects.toMatchObject(
        undecryptable,
      );
    }
    await expect(reviveDelivery(`x${message}`, { key: KEY })).rejects.toMatchObject(undecryptable);
    await expect(reviveDelivery(message, { key: "short" })).rejects.toThrow(
      '"options.key" must be at least 32 bytes',
    );
    await expect(delivery.serialize("short")).rejects.toThrow('"key" must be at least 32 bytes');
  });

  test("a sealed delivery whose route names another request is refused at revival, nothing sent", async () => {
    const fides = await fakeFides();
    const delivery = await receive("pre-two-way", undefined);
    // Forge what an attacker holding the key could write: the clear part names another request.
    const clear = Buffer.from(
      JSON.stringify({
        body: delivery.body,
        paths: { resume: "/privacy-request/pri_other/resume" },
        receivedAt: delivery.receivedAt.getTime(),
      }),
    ).toString("base64url");
    const bytes = new TextEncoder().encode(KEY);
    const context = {
      secretKey: () => crypto.subtle.importKey("raw", bytes, "HKDF", false, ["deriveKey", "deriveBits"]),
    };
    const name = `fides-sdk/webhooks:fides-webhook-delivery.v1:${clear}`;
    const sealed = await seal(context, name, { accessToken: SAMPLE_TOKEN, obtainedAt: 0, expiresAt: 0 });
    await expect(
      reviveDelivery(`fides-webhook-delivery.v1.${clear}.${sealed}`, {
        key: KEY,
        fides: { baseUrl: fides.url },
      }),
    ).rejects.toMatchObject({ name: "FidesWebhookError", reason: "request_mismatch", status: 400 });
    expect(fides.requests).toEqual([]);
  });

  test("a sealed state that is not a delivery is refused as invalid_body", async () => {
    const bytes = new TextEncoder().encode(KEY);
    const context = {
      secretKey: () => crypto.subtle.importKey("raw", bytes, "HKDF", false, ["deriveKey", "deriveBits"]),
    };
    for (const [state, detail] of [
      ["not json", "the serialized delivery's state is not JSON"],
      [
        JSON.stringify({ body: {}, paths: {}, receivedAt: "soon" }),
        'the serialized delivery\'s "receivedAt" must be a number',
      ],
      [JSON.stringify({ body: {}, paths: {}, receivedAt: 0 }), 'body "callback_type" is missing'],
    ]) {
      const clear = Buffer.from(state as string).toString("base64url");
      const name = `fides-sdk/webhooks:fides-webhook-delivery.v1:${clear}`;
      const sealed = await seal(context, name, { accessToken: SAMPLE_TOKEN, obtainedAt: 0, expiresAt: 0 });
      await expect(
        reviveDelivery(`fides-webhook-delivery.v1.${clear}.${sealed}`, { key: KEY }),
      ).rejects.toMatchObject({
        reason: "invalid_body",
        message: detail,
      });
    }
  });
});
