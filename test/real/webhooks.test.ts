// Issue 18 on the real releases: Fides's own deliveries reach a receiver built with
// fides-sdk/webhooks on loopback, and the bound callbacks drive the privacy request.
// An https connection may point at http://127.0.0.1: HTTPSConnector posts with `requests` to
// whatever URL its secrets hold (no scheme or host check in 2.78.2, 2.82.2 or 2.86.2).
import { randomBytes } from "node:crypto";
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, describe, expect, test } from "vitest";
import { FidesClient } from "../../src/index.js";
import { seal } from "../../src/redis/token-cipher.js";
import {
  createWebhookReceiver,
  type FidesWebhookDelivery,
  type PreApprovalBody,
  type PreExecutionTwoWayBody,
  reviveDelivery,
  toNodeHandler,
  type WebhookDelivery,
  type WebhookReceiverOptions,
} from "../../src/webhooks/index.js";
import { expectReadmeFlowAsOnRealFides, runReadmeFlow } from "../webhooks/readme-example.js";
import { CLIENT_IP_HEADER, REAL_VERSIONS, realServer, type ServerRole } from "./servers.js";

const servers: Server[] = [];
afterAll(async () => {
  await Promise.all(servers.map((server) => new Promise((resolve) => server.close(resolve))));
});

/** What reached the receiver, and what it answered. */
interface Exchange {
  headers: IncomingMessage["headers"];
  status: number;
  body: string;
}

/**
 * A receiver on 127.0.0.1 whose deliveries are recorded; `rewrite` may change a request before the
 * receiver sees it (to tamper with what Fides sent).
 */
async function startReceiver(
  options: Omit<WebhookReceiverOptions, "onDelivery" | "secret"> & { secret: string },
  rewrite?: (req: IncomingMessage, body: Buffer) => Buffer,
) {
  const deliveries: WebhookDelivery[] = [];
  const exchanges: Exchange[] = [];
  let halt = true;
  const receiver = createWebhookReceiver({
    ...options,
    onDelivery: (delivery) => {
      deliveries.push(delivery);
      return { halt };
    },
  });
  const handler = toNodeHandler(receiver);
  const server = createServer((req: IncomingMessage, res: ServerResponse) => {
    const chunks: Buffer[] = [];
    req.on("data", (chunk: Buffer) => chunks.push(chunk));
    req.on("end", () => {
      let body: Buffer = Buffer.concat(chunks);
      if (rewrite) body = rewrite(req, body);
      // Replayed into the SDK's node handler as a request whose body is the (maybe rewritten) bytes.
      const replay = Object.assign(Object.create(req), {
        headers: { ...req.headers, "content-length": String(body.length) },
        iterator: () =>
          (async function* () {
            yield body;
          })(),
      }) as IncomingMessage;
      const end = res.end.bind(res);
      (res as { end: unknown }).end = (text: string, callback?: () => void) => {
        exchanges.push({ headers: req.headers, status: res.statusCode, body: text });
        return end(text, callback);
      };
      void handler(replay, res);
    });
  });
  servers.push(server);
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/fides`;
  return {
    url,
    deliveries,
    exchanges,
    setHalt: (value: boolean) => {
      halt = value;
    },
  };
}

const suffix = () => randomBytes(4).toString("hex");

describe.each(REAL_VERSIONS)("fides-sdk/webhooks against real Fides %s", (version) => {
  const admin = (role: ServerRole = "main") => {
    const server = realServer(version, role);
    return new FidesClient({
      baseUrl: server.url,
      clientId: server.clientId,
      clientSecret: server.clientSecret,
      // the limited server's token bucket of this file's own (one token per client)
      headers:
        role === "limited" ? { [CLIENT_IP_HEADER]: `9.9.${REAL_VERSIONS.indexOf(version) + 1}.30` } : {},
    });
  };

  /** A policy with an erasure rule (null_rewrite: no storage needed) and a target. */
  async function erasurePolicy(sdk: FidesClient, key: string) {
    const policy = `wh_${key}`;
    await sdk.fetch("/api/v1/dsr/policy", {
      method: "PATCH",
      json: [{ name: `webhooks ${key}`, key: policy }],
    });
    await sdk.fetch(`/api/v1/dsr/policy/${policy}/rule`, {
      method: "PATCH",
      json: [
        {
          name: `erase ${key}`,
          key: `erase_${key}`,
          action_type: "erasure",
          masking_strategy: { strategy: "null_rewrite", configuration: {} },
        },
      ],
    });
    await sdk.fetch(`/api/v1/dsr/policy/${policy}/rule/erase_${key}/target`, {
      method: "PATCH",
      json: [{ name: `email ${key}`, key: `email_${key}`, data_category: "user.contact.email" }],
    });
    return policy;
  }

  async function createRequest(sdk: FidesClient, policy: string): Promise<string> {
    const response = await sdk.fetch("/api/v1/privacy-request", {
      method: "POST",
      json: [{ identity: { email: `subject-${suffix()}@example.com` }, policy_key: policy }],
    });
    const body = (await response.json()) as { succeeded: { id: string }[]; failed: unknown[] };
    expect(body.failed).toEqual([]);
    return body.succeeded[0]?.id as string;
  }

  async function statusOf(sdk: FidesClient, id: string): Promise<string> {
    const response = await sdk.fetch(`/api/v1/privacy-request?request_id=${id}`);
    const body = (await response.json()) as { items: { status: string }[] };
    return body.items[0]?.status as string;
  }

  /** A receiver, its connection and a policy whose pre-execution webhook (two-way) calls it. */
  async function wired(
    receiverOptions: Partial<WebhookReceiverOptions> = {},
    rewrite?: (req: IncomingMessage, body: Buffer) => Buffer,
    connectionSecret?: string,
  ) {
    const sdk = admin();
    const key = suffix();
    const secret = `whsec-${randomBytes(12).toString("hex")}`;
    const receiver = await startReceiver(
      {
        secret,
        fides: { baseUrl: realServer(version).url },
        ...receiverOptions,
      } as WebhookReceiverOptions & {
        secret: string;
      },
      rewrite,
    );
    await sdk.webhooks.createConnection({
      key: `hooks_${key}`,
      url: receiver.url,
      authorization: connectionSecret ?? secret,
    });
    const policy = await erasurePolicy(sdk, key);
    await sdk.webhooks.attachPolicyWebhook(policy, "pre", {
      key: `pre_${key}`,
      connectionKey: `hooks_${key}`,
      direction: "two_way",
    });
    return { sdk, key, secret, receiver, policy };
  }

  test("a two-way pre-webhook halts the request, resume() completes it, and the one-way post-webhook arrives", async () => {
    const { sdk, key, receiver, policy } = await wired();
    await sdk.webhooks.attachPolicyWebhook(policy, "post", {
      key: `post_${key}`,
      connectionKey: `hooks_${key}`,
      direction: "one_way",
    });
    expect((await sdk.webhooks.listPolicyWebhooks(policy, "pre")).map((w) => w.key)).toEqual([`pre_${key}`]);
    const id = await createRequest(sdk, policy);
    expect(await statusOf(sdk, id)).toBe("paused");
    const [pre] = receiver.deliveries;
    expect([pre?.callbackType, pre?.direction, pre?.privacyRequestId]).toEqual(["pre", "two_way", id]);
    expect(receiver.exchanges.map((e) => [e.status, JSON.parse(e.body)])).toEqual([
      [200, { halt: true, derived_identity: null }],
    ]);
    expect(receiver.exchanges[0]?.headers["reply-to"]).toBe(`/privacy-request/${id}/resume`);

    await (pre as FidesWebhookDelivery<PreExecutionTwoWayBody>).resume();
    expect(await statusOf(sdk, id)).toBe("complete");
    expect(receiver.deliveries.map((d) => [d.callbackType, d.direction])).toEqual([
      ["pre", "two_way"],
      ["post", "one_way"],
    ]);
    // Resuming again: Fides's 400, as a typed error.
    await expect((pre as FidesWebhookDelivery<PreExecutionTwoWayBody>).resume()).rejects.toMatchObject({
      name: "FidesApiError",
      status: 400,
      detail: `Invalid resume request: privacy request '${id}' status = complete.`,
    });
  });

  test("the README's example, both blocks as written: the worker resumes the halted request to complete, the post webhook follows, and a pre-approval delivery marked eligible approves the next one", async () => {
    const server = realServer(version);
    const flow = await runReadmeFlow({
      url: server.url,
      clientId: server.clientId,
      clientSecret: server.clientSecret,
    });
    expectReadmeFlowAsOnRealFides(flow);
  });

  test("a delivery serialized for a queue is revived and resumed, its token never in clear", async () => {
    const { sdk, receiver, policy } = await wired();
    const id = await createRequest(sdk, policy);
    const token = receiver.exchanges[0]?.headers["reply-to-token"] as string;
    const message = await (receiver.deliveries[0] as WebhookDelivery).serialize("q".repeat(32));
    expect(message).not.toContain(token);
    const revived = await reviveDelivery(message, {
      key: "q".repeat(32),
      fides: { baseUrl: realServer(version).url },
    });
    await (revived as FidesWebhookDelivery<PreExecutionTwoWayBody>).resume();
    expect(await statusOf(sdk, id)).toBe("complete");
  });

  test("a callback aimed at another request is refused by the SDK before sending: that request stays paused", async () => {
    const { sdk, receiver, policy } = await wired();
    const first = await createRequest(sdk, policy);
    const second = await createRequest(sdk, policy);
    expect([await statusOf(sdk, first), await statusOf(sdk, second)]).toEqual(["paused", "paused"]);
    // Fides's token is bound to the webhook, not the request: first's token would resume second.
    // A forged queue message (written with the key) aiming first's token at second is refused.
    const delivery = receiver.deliveries[0] as WebhookDelivery;
    const token = receiver.exchanges[0]?.headers["reply-to-token"] as string;
    const key = "f".repeat(32);
    const clear = Buffer.from(
      JSON.stringify({
        body: delivery.body,
        paths: { resume: `/privacy-request/${second}/resume` },
        receivedAt: 0,
      }),
    ).toString("base64url");
    const context = {
      secretKey: () =>
        crypto.subtle.importKey("raw", new TextEncoder().encode(key), "HKDF", false, [
          "deriveKey",
          "deriveBits",
        ]),
    };
    const sealed = await seal(context, `fides-sdk/webhooks:fides-webhook-delivery.v1:${clear}`, {
      accessToken: token,
      obtainedAt: 0,
      expiresAt: 0,
    });
    await expect(
      reviveDelivery(`fides-webhook-delivery.v1.${clear}.${sealed}`, {
        key,
        fides: { baseUrl: realServer(version).url },
      }),
    ).rejects.toMatchObject({ name: "FidesWebhookError", reason: "request_mismatch" });
    expect(await statusOf(sdk, second)).toBe("paused");
    await (delivery as FidesWebhookDelivery<PreExecutionTwoWayBody>).resume();
    expect([await statusOf(sdk, first), await statusOf(sdk, second)]).toEqual(["complete", "paused"]);

    // Why the check matters, on the real server: the OAuth token (root, every scope) is refused
    // there, although the OpenAPI document declares an OAuth scope; first's token resumes second.
    const route = `${realServer(version).url}/api/v1/privacy-request/${second}/resume`;
    const json = { "content-type": "application/json" };
    const root = await fetch(route, {
      method: "POST",
      headers: { ...json, authorization: `Bearer ${await sdk.oauth.getAccessToken()}` },
      body: "{}",
    });
    expect([root.status, await root.json()]).toEqual([403, { detail: "Not Authorized for this action" }]);
    const unprefixed = await fetch(`${realServer(version).url}/privacy-request/${second}/resume`, {
      method: "POST",
      headers: { ...json, authorization: `Bearer ${token}` },
      body: "{}",
    });
    expect(unprefixed.status).toBe(405);
    const crossed = await fetch(route, {
      method: "POST",
      headers: { ...json, authorization: `Bearer ${token}` },
      body: "{}",
    });
    expect(crossed.status).toBe(200);
    await crossed.body?.cancel();
    expect(await statusOf(sdk, second)).toBe("complete");
  });

  test.each([
    ["a wrong Authorization", 401, "unauthorized"],
    ["a tampered body", 422, "invalid_body"],
    ["an oversized body", 413, "body_too_large"],
    ["a stale timestamp", 400, "stale_delivery"],
    ["a reply-to aimed at another request", 400, "request_mismatch"],
  ] as const)(
    "%s is refused with %i, and Fides fails the request as for any non-2xx",
    async (what, status, error) => {
      const options: Partial<WebhookReceiverOptions> =
        what === "an oversized body"
          ? { maxBodyBytes: 512 }
          : what === "a stale timestamp"
            ? { now: () => Date.now() + 3_600_000 }
            : {};
      const rewrite =
        what === "a tampered body"
          ? (_req: IncomingMessage, body: Buffer) =>
              Buffer.from(
                body.toString().replace('"callback_type": "pre"', '"callback_type": "pre_execution"'),
              )
          : what === "a reply-to aimed at another request"
            ? (req: IncomingMessage, body: Buffer) => {
                req.headers["reply-to"] = "/privacy-request/pri_00000000-0000-4000-8000-000000000000/resume";
                return body;
              }
            : undefined;
      const { sdk, receiver, policy } = await wired(
        options,
        rewrite,
        what === "a wrong Authorization" ? "not-the-secret" : undefined,
      );
      const id = await createRequest(sdk, policy);
      expect(receiver.exchanges.map((e) => [e.status, JSON.parse(e.body).error])).toEqual([[status, error]]);
      expect(receiver.deliveries).toEqual([]);
      expect(await statusOf(sdk, id)).toBe("error");
    },
  );

  test("require_manual_request_approval with a pre-approval webhook: markEligible() approves the request", async () => {
    const sdk = admin();
    const key = suffix();
    const secret = `whsec-${randomBytes(12).toString("hex")}`;
    const receiver = await startReceiver({ secret, fides: { baseUrl: realServer(version).url } });
    await sdk.webhooks.createConnection({
      key: `approvals_${key}`,
      url: receiver.url,
      authorization: secret,
    });
    const policy = await erasurePolicy(sdk, key);
    // An API-set value wins over the server's config (ConfigProxy); restored below.
    await sdk.fetch("/api/v1/config", {
      method: "PATCH",
      json: { execution: { require_manual_request_approval: true } },
    });
    try {
      await sdk.webhooks.attachPreApprovalWebhook({
        key: `approve_${key}`,
        connectionKey: `approvals_${key}`,
      });
      const id = await createRequest(sdk, policy);
      const [delivery] = receiver.deliveries;
      expect([delivery?.callbackType, delivery?.direction, delivery?.privacyRequestId]).toEqual([
        "pre_approval",
        "two_way",
        id,
      ]);
      // The header eras: 2.86 adds reply-to-eligible / -not-eligible beside the deprecated pair.
      const headers = receiver.exchanges[0]?.headers ?? {};
      expect(headers["reply-to-approve"]).toBe(`/privacy-request/${id}/pre-approve/eligible`);
      expect(headers["reply-to-deny"]).toBe(`/privacy-request/${id}/pre-approve/not-eligible`);
      expect(headers["reply-to-eligible"]).toBe(
        version >= "2.86" ? `/privacy-request/${id}/pre-approve/eligible` : undefined,
      );
      expect(receiver.exchanges.map((e) => [e.status, e.body])).toEqual([[200, "{}"]]);
      expect(await statusOf(sdk, id)).toBe(version >= "2.86" ? "awaiting_pre_approval" : "pending");

      await (delivery as FidesWebhookDelivery<PreApprovalBody>).markEligible();
      expect(await statusOf(sdk, id)).toBe("complete");
    } finally {
      await sdk.webhooks.detachPreApprovalWebhook(`approve_${key}`).catch(() => undefined);
      await sdk.fetch("/api/v1/config", {
        method: "PATCH",
        json: { execution: { require_manual_request_approval: false } },
      });
    }
  });

  test("privacy_request_delay_timeout 0 (the limited server): resume() and markEligible() are 403 Webhook token expired and the request waits on; PATCH /api/v1/config cannot change it", async () => {
    const server = realServer(version, "limited");
    const sdk = admin("limited");
    const key = suffix();
    const secret = `whsec-${randomBytes(12).toString("hex")}`;
    const receiver = await startReceiver({ secret, fides: { baseUrl: server.url } });
    // The setting is read from the start-up configuration only: the API drops it (extra="ignore").
    const patched = await sdk.fetch("/api/v1/config", {
      method: "PATCH",
      json: { execution: { privacy_request_delay_timeout: 3600, require_manual_request_approval: true } },
    });
    expect(((await patched.json()) as { execution: Record<string, unknown> }).execution).toEqual({
      require_manual_request_approval: true,
    });
    try {
      await sdk.webhooks.createConnection({ key: `expiry_${key}`, url: receiver.url, authorization: secret });
      const policy = await erasurePolicy(sdk, key);
      await sdk.webhooks.attachPolicyWebhook(policy, "pre", {
        key: `pre_${key}`,
        connectionKey: `expiry_${key}`,
        direction: "two_way",
      });
      await sdk.webhooks.attachPreApprovalWebhook({ key: `approve_${key}`, connectionKey: `expiry_${key}` });
      const waiting = version >= "2.86" ? "awaiting_pre_approval" : "pending";
      const id = await createRequest(sdk, policy);
      expect(await statusOf(sdk, id)).toBe(waiting);
      const approval = receiver.deliveries[0] as FidesWebhookDelivery<PreApprovalBody>;
      await expect(approval.markEligible()).rejects.toMatchObject({
        name: "FidesForbiddenError",
        status: 403,
        detail: "Webhook token expired",
      });
      expect(await statusOf(sdk, id)).toBe(waiting);

      // Approved by hand, the request runs to its two-way pre webhook, which halts it.
      await sdk.privacyRequests.approve([id]);
      expect(await statusOf(sdk, id)).toBe("paused");
      const pre = receiver.deliveries[1] as FidesWebhookDelivery<PreExecutionTwoWayBody>;
      expect([pre.callbackType, pre.direction]).toEqual(["pre", "two_way"]);
      await expect(pre.resume()).rejects.toMatchObject({
        name: "FidesForbiddenError",
        status: 403,
        detail: "Webhook token expired",
      });
      expect(await statusOf(sdk, id)).toBe("paused");
    } finally {
      await sdk.webhooks.detachPreApprovalWebhook(`approve_${key}`).catch(() => undefined);
      await sdk.fetch("/api/v1/config", {
        method: "PATCH",
        json: { execution: { require_manual_request_approval: false } },
      });
    }
  });
});
