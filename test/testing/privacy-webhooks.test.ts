/**
 * Issue 18, the emulator's part: privacy requests fire their policy's webhooks and the
 * pre-approval webhooks as real Fides 2.78.2, 2.82.2 and 2.86.2 did (measured with a loopback
 * receiver): real JSON POSTs, the secret verbatim as `Authorization`, `reply-to` without
 * `/api/v1`, opaque callback tokens bound to the webhook, halts, failures, expiry.
 */
import { createServer, type IncomingMessage, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { HttpResponse, http } from "msw";
import { setupServer } from "msw/node";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { startFidesEmulatorServer } from "../../src/testing/adapters/http-server.js";
import { createFidesEmulator } from "../../src/testing/adapters/msw.js";
import type { FidesEmulatorCore } from "../../src/testing/emulator.js";

const RECEIVER = "https://receiver.test/hook";
const SECRET = "Sekret-Auth 123";
const ACCESS = { policy_key: "hooked", identity: { email: "w@example.com" } };

interface Delivered {
  readonly headers: Headers;
  // biome-ignore lint/suspicious/noExplicitAny: the delivery body is asserted field by field
  readonly body: any;
}

/** Sends JSON to the emulator with a bearer token and parses the answer. */
async function send(base: string, method: string, path: string, token: string | undefined, json?: unknown) {
  const headers: Record<string, string> = {};
  if (token !== undefined) headers.authorization = `Bearer ${token}`;
  if (json !== undefined) headers["content-type"] = "application/json";
  const response = await fetch(`${base}${path}`, {
    method,
    headers,
    ...(json !== undefined ? { body: JSON.stringify(json) } : {}),
  });
  const text = await response.text();
  let body: unknown = text;
  try {
    body = JSON.parse(text);
  } catch {}
  // biome-ignore lint/suspicious/noExplicitAny: tests read arbitrary server JSON
  return { status: response.status, body: body as any };
}

async function rootToken(base: string): Promise<string> {
  const response = await fetch(`${base}/api/v1/oauth/token`, {
    method: "POST",
    body: new URLSearchParams({ client_id: "fidesadmin", client_secret: "fidesadminsecret" }),
  });
  return ((await response.json()) as { access_token: string }).access_token;
}

/** The setup of the measurement: an https connection, a policy with an erasure rule, a two-way pre and a one-way post webhook. */
async function configure(base: string, token: string, url: string): Promise<void> {
  const steps: [string, string, unknown][] = [
    [
      "PATCH",
      "/api/v1/connection",
      [{ name: "hook", key: "hook", connection_type: "https", access: "read" }],
    ],
    ["PUT", "/api/v1/connection/hook/secret?verify=false", { url, authorization: SECRET }],
    ["PATCH", "/api/v1/dsr/policy", [{ name: "Hooked", key: "hooked" }]],
    [
      "PATCH",
      "/api/v1/dsr/policy/hooked/rule",
      [
        {
          name: "Erasure rule",
          key: "erasure_rule",
          action_type: "erasure",
          masking_strategy: { strategy: "null_rewrite", configuration: {} },
        },
      ],
    ],
    [
      "PUT",
      "/api/v1/dsr/policy/hooked/webhook/pre_execution",
      [{ connection_config_key: "hook", direction: "two_way", key: "pre1", name: "Pre 1" }],
    ],
    [
      "PUT",
      "/api/v1/dsr/policy/hooked/webhook/post_execution",
      [{ connection_config_key: "hook", direction: "one_way", key: "post1", name: "Post 1" }],
    ],
  ];
  for (const [method, path, json] of steps) {
    const answer = await send(base, method, path, token, json);
    if (answer.status !== 200)
      throw new Error(`${method} ${path}: ${answer.status} ${JSON.stringify(answer.body)}`);
  }
}

async function statusOf(base: string, token: string, id: string): Promise<string> {
  return (await send(base, "GET", `/api/v1/privacy-request?request_id=${id}`, token)).body.items[0]?.status;
}

describe("webhooks through MSW", () => {
  const received: Delivered[] = [];
  let answer: (delivery: Delivered) => Response = () => HttpResponse.json({});
  const server = setupServer();
  beforeAll(() => server.listen({ onUnhandledRequest: "error" }));
  afterAll(() => server.close());

  function emulatorFor(options: Parameters<typeof createFidesEmulator>[0] = {}) {
    received.length = 0;
    answer = () => HttpResponse.json({});
    const emulator = createFidesEmulator(options);
    server.resetHandlers(
      ...emulator.handlers,
      http.post(RECEIVER, async ({ request }) => {
        const delivery = { headers: request.headers, body: await request.json() };
        received.push(delivery);
        return answer(delivery);
      }),
    );
    return emulator;
  }

  /** An access request the pre webhook halted, and the reply token its delivery carried. */
  async function haltedRequest(emulator: ReturnType<typeof emulatorFor>) {
    const base = emulator.baseUrl;
    const token = await rootToken(base);
    await configure(base, token, RECEIVER);
    answer = (delivery) => HttpResponse.json(delivery.headers.has("reply-to") ? { halt: true } : {});
    const id = (await send(base, "POST", "/api/v1/privacy-request/authenticated", token, [ACCESS])).body
      .succeeded[0].id;
    return { base, id, replyToken: received[0]?.headers.get("reply-to-token") ?? "" };
  }

  it("halts on a two-way webhook's { halt: true }, then resumes with the reply-to-token and fires the post webhook", async () => {
    const emulator = emulatorFor();
    const base = emulator.baseUrl;
    const token = await rootToken(base);
    await configure(base, token, RECEIVER);
    answer = (delivery) => HttpResponse.json(delivery.headers.has("reply-to") ? { halt: true } : {});
    const submitted = await send(base, "POST", "/api/v1/privacy-request/authenticated", token, [ACCESS]);
    const id = submitted.body.succeeded[0].id;
    expect(await statusOf(base, token, id)).toBe("paused");
    const [pre] = received;
    expect(pre?.headers.get("authorization")).toBe(SECRET);
    expect(pre?.headers.get("content-type")).toBe("application/json");
    expect(pre?.headers.get("reply-to")).toBe(`/privacy-request/${id}/resume`);
    const replyToken = pre?.headers.get("reply-to-token") ?? "";
    expect(replyToken).toMatch(/^eyJhbGciOiJkaXIiLCJlbmMiOiJBMjU2R0NNIn0\.\.[\w-]+\.[\w-]+\.[\w-]+$/);
    expect(Object.keys(pre?.body ?? {})).toEqual([
      "privacy_request_id",
      "privacy_request_status",
      "direction",
      "callback_type",
      "identity",
      "policy_action",
      "privacy_request",
      "timestamp",
    ]);
    expect(pre?.body).toMatchObject({
      privacy_request_id: id,
      privacy_request_status: "in_processing",
      direction: "two_way",
      callback_type: "pre",
      policy_action: "erasure",
      identity: { email: "w@example.com", phone_number: null },
    });
    expect(pre?.body.timestamp).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{6}$/);

    expect((await send(base, "POST", `/api/v1${pre?.headers.get("reply-to")}`, token, {})).status).toBe(403);
    expect((await send(base, "POST", pre?.headers.get("reply-to") ?? "", replyToken, {})).status).toBe(405);
    const resumed = await send(base, "POST", `/api/v1${pre?.headers.get("reply-to")}`, replyToken, {
      derived_identity: { phone_number: "+15555555555" },
    });
    expect([resumed.status, resumed.body.status]).toEqual([200, "in_processing"]);
    expect(await statusOf(base, token, id)).toBe("complete");
    const post = received[1];
    expect(post?.body).toMatchObject({ callback_type: "post", direction: "one_way" });
    expect(post?.body.identity.phone_number).toBe("+15555555555");
    expect([post?.headers.has("reply-to"), post?.headers.has("reply-to-token")]).toEqual([false, false]);
    expect(
      emulator.privacyRequests.deliveries().map((d) => [d.callbackType, d.webhookKey, d.status]),
    ).toEqual([
      ["pre", "pre1", 200],
      ["post", "post1", 200],
    ]);
    const again = await send(base, "POST", `/api/v1/privacy-request/${id}/resume`, replyToken, {});
    expect([again.status, again.body.detail]).toEqual([
      400,
      `Invalid resume request: privacy request '${id}' status = complete.`,
    ]);
  });

  it("keeps the connection secret and the callback tokens out of its controls and logs", async () => {
    const emulator = emulatorFor();
    const base = emulator.baseUrl;
    const token = await rootToken(base);
    await configure(base, token, "https://user:pw@receiver.test/hook");
    server.use(http.post("https://receiver.test/hook", () => HttpResponse.json({ halt: true })));
    await send(base, "POST", "/api/v1/privacy-request/authenticated", token, [ACCESS]);
    const shown = JSON.stringify([
      emulator.privacyRequests.list(),
      emulator.privacyRequests.deliveries(),
      emulator.requests(),
    ]);
    expect(emulator.privacyRequests.deliveries()[0]?.url).toBe("https://receiver.test/hook");
    expect(shown).not.toContain(SECRET);
    expect(shown).not.toContain("pw");
    expect(shown).not.toContain("eyJhbGciOiJkaXIiLCJlbmMiOiJBMjU2R0NNIn0");
  });

  it("fails the request when a receiver's answer is over 1 MiB", async () => {
    const emulator = emulatorFor();
    const base = emulator.baseUrl;
    const token = await rootToken(base);
    await configure(base, token, RECEIVER);
    answer = () =>
      new HttpResponse(`{"pad":"${"x".repeat(1024 * 1024)}"}`, {
        headers: { "content-type": "application/json" },
      });
    const id = (await send(base, "POST", "/api/v1/privacy-request/authenticated", token, [ACCESS])).body
      .succeeded[0].id;
    expect(emulator.privacyRequests.get(id)).toMatchObject({ status: "error", failedStep: "pre_webhooks" });
  });

  it("binds the token to the webhook, not the request: request A's token resumes paused request B", async () => {
    const emulator = emulatorFor();
    const base = emulator.baseUrl;
    const token = await rootToken(base);
    await configure(base, token, RECEIVER);
    answer = (delivery) => HttpResponse.json(delivery.headers.has("reply-to") ? { halt: true } : {});
    await send(base, "POST", "/api/v1/privacy-request/authenticated", token, [ACCESS]);
    const b = (await send(base, "POST", "/api/v1/privacy-request/authenticated", token, [ACCESS])).body
      .succeeded[0].id;
    const tokenOfA = received[0]?.headers.get("reply-to-token") ?? "";
    answer = () => HttpResponse.json({});
    const resumed = await send(base, "POST", `/api/v1/privacy-request/${b}/resume`, tokenOfA, {});
    expect(resumed.status).toBe(200);
    expect(await statusOf(base, token, b)).toBe("complete");
  });

  it("refuses an expired token with 403 Webhook token expired, and garbage with the release's answer", async () => {
    const emulator = emulatorFor({ privacyRequests: { callbackTokenMinutes: 60 } });
    const { base, id, replyToken } = await haltedRequest(emulator);
    emulator.advanceTime(61 * 60_000);
    const expired = await send(base, "POST", `/api/v1/privacy-request/${id}/resume`, replyToken, {});
    expect([expired.status, expired.body]).toEqual([403, { detail: "Webhook token expired" }]);
    const garbage = await send(base, "POST", `/api/v1/privacy-request/${id}/resume`, "garbage", {});
    expect([garbage.status, garbage.body]).toEqual([500, "Internal Server Error"]);
    const none = await send(base, "POST", `/api/v1/privacy-request/${id}/resume`, undefined, {});
    expect([none.status, none.body]).toEqual([401, { detail: "Failed to authenticate" }]);
  });

  it("with callbackTokenMinutes 0, as a server started with privacy_request_delay_timeout 0, every callback is 403 Webhook token expired at once; PATCH /api/v1/config cannot change it", async () => {
    const emulator = emulatorFor({ privacyRequests: { callbackTokenMinutes: 0 } });
    const base = emulator.baseUrl;
    const token = await rootToken(base);
    const patched = await send(base, "PATCH", "/api/v1/config", token, {
      execution: { privacy_request_delay_timeout: 3600, require_manual_request_approval: true },
    });
    expect([patched.status, patched.body.execution]).toEqual([
      200,
      { require_manual_request_approval: true },
    ]);
    await configure(base, token, RECEIVER);
    await send(base, "PUT", "/api/v1/dsr/webhook/pre_approval", token, [
      { connection_config_key: "hook", name: "PA", key: "pa" },
    ]);
    answer = (delivery) => HttpResponse.json(delivery.headers.has("reply-to") ? { halt: true } : {});
    const id = (await send(base, "POST", "/api/v1/privacy-request/authenticated", token, [ACCESS])).body
      .succeeded[0].id;
    const paToken = received[0]?.headers.get("reply-to-token") ?? "";
    const eligible = await send(base, "POST", `/api/v1/privacy-request/${id}/pre-approve/eligible`, paToken);
    expect([eligible.status, eligible.body]).toEqual([403, { detail: "Webhook token expired" }]);
    expect(await statusOf(base, token, id)).toBe("awaiting_pre_approval");

    await send(base, "PATCH", "/api/v1/privacy-request/administrate/approve", token, { request_ids: [id] });
    expect(await statusOf(base, token, id)).toBe("paused");
    const resumeToken = received[1]?.headers.get("reply-to-token") ?? "";
    const resumed = await send(base, "POST", `/api/v1/privacy-request/${id}/resume`, resumeToken, {});
    expect([resumed.status, resumed.body]).toEqual([403, { detail: "Webhook token expired" }]);
    expect(await statusOf(base, token, id)).toBe("paused");
  });

  it("counts a token exactly callbackTokenMinutes old as expired (Fides's clock has always moved on by then)", async () => {
    const frozen = Date.now(); // only advanceTime() moves this clock
    const emulator = emulatorFor({ now: () => frozen, privacyRequests: { callbackTokenMinutes: 60 } });
    const { base, id, replyToken } = await haltedRequest(emulator);
    emulator.advanceTime(60 * 60_000);
    const resumed = await send(base, "POST", `/api/v1/privacy-request/${id}/resume`, replyToken, {});
    expect([resumed.status, resumed.body]).toEqual([403, { detail: "Webhook token expired" }]);
  });

  it("fails the request when a two-way webhook answers non-2xx; retry calls it again", async () => {
    const emulator = emulatorFor();
    const base = emulator.baseUrl;
    const token = await rootToken(base);
    await configure(base, token, RECEIVER);
    answer = (delivery) =>
      delivery.headers.has("reply-to")
        ? HttpResponse.json({ oops: 1 }, { status: 500 })
        : HttpResponse.json({});
    const id = (await send(base, "POST", "/api/v1/privacy-request/authenticated", token, [ACCESS])).body
      .succeeded[0].id;
    const listed = (await send(base, "GET", `/api/v1/privacy-request?request_id=${id}`, token)).body.items[0];
    expect([listed.status, listed.action_required_details, listed.resume_endpoint]).toEqual([
      "error",
      { step: "pre_webhooks", collection: null, action_needed: null },
      `/privacy-request/${id}/retry`,
    ]);
    answer = () => HttpResponse.json({});
    expect((await send(base, "POST", `/api/v1/privacy-request/${id}/retry`, token)).status).toBe(200);
    expect(await statusOf(base, token, id)).toBe("complete");
    expect(received.map((delivery) => delivery.body.callback_type)).toEqual(["pre", "pre", "post"]);
  });

  for (const [version, awaiting, headers] of [
    [
      "2.86.2",
      "awaiting_pre_approval",
      ["reply-to-approve", "reply-to-deny", "reply-to-eligible", "reply-to-not-eligible", "reply-to-token"],
    ],
    ["2.78.2", "pending", ["reply-to-approve", "reply-to-deny", "reply-to-token"]],
  ] as const) {
    it(`calls pre-approval webhooks with ${version}'s headers, and approves once they answer eligible`, async () => {
      const emulator = emulatorFor({ serverVersion: version, privacyRequests: { manualApproval: true } });
      const base = emulator.baseUrl;
      const token = await rootToken(base);
      await configure(base, token, RECEIVER);
      const put = await send(base, "PUT", "/api/v1/dsr/webhook/pre_approval", token, [
        { connection_config_key: "hook", name: "PA", key: "pa" },
      ]);
      expect(Object.keys(put.body[0])).toEqual(["key", "name", "connection_config"]);
      const submitted = await send(base, "POST", "/api/v1/privacy-request/authenticated", token, [ACCESS]);
      const id = submitted.body.succeeded[0].id;
      expect(submitted.body.succeeded[0].status).toBe(awaiting);
      const [delivery] = received;
      expect(
        [...(delivery?.headers.keys() ?? [])].filter((name) => name.startsWith("reply-to")).sort(),
      ).toEqual(headers);
      expect(delivery?.body).toMatchObject({
        callback_type: "pre_approval",
        privacy_request_status: awaiting,
      });
      expect(delivery?.headers.get("reply-to-approve")).toBe(`/privacy-request/${id}/pre-approve/eligible`);
      const paToken = delivery?.headers.get("reply-to-token") ?? "";
      const withRoot = await send(base, "POST", `/api/v1/privacy-request/${id}/pre-approve/eligible`, token);
      expect(withRoot.status).toBe(403);
      const eligible = await send(
        base,
        "POST",
        `/api/v1/privacy-request/${id}/pre-approve/eligible`,
        paToken,
      );
      expect([eligible.status, eligible.body]).toEqual([200, null]);
      expect(await statusOf(base, token, id)).toBe("complete");
      const again = await send(base, "POST", `/api/v1/privacy-request/${id}/pre-approve/eligible`, paToken);
      expect(again.status).toBe(400);
    });
  }

  it("marks a request not eligible from 2.83 on; an admin can still approve it", async () => {
    const emulator = emulatorFor({ privacyRequests: { manualApproval: true } });
    const base = emulator.baseUrl;
    const token = await rootToken(base);
    await configure(base, token, RECEIVER);
    await send(base, "PUT", "/api/v1/dsr/webhook/pre_approval", token, [
      { connection_config_key: "hook", name: "PA", key: "pa" },
    ]);
    const id = (await send(base, "POST", "/api/v1/privacy-request/authenticated", token, [ACCESS])).body
      .succeeded[0].id;
    const paToken = received[0]?.headers.get("reply-to-token") ?? "";
    const notEligible = await send(
      base,
      "POST",
      `/api/v1/privacy-request/${id}/pre-approve/not-eligible`,
      paToken,
    );
    expect([notEligible.status, notEligible.body]).toEqual([200, null]);
    expect(await statusOf(base, token, id)).toBe("pre_approval_not_eligible");
    const resumeWithIt = await send(base, "POST", `/api/v1/privacy-request/${id}/resume`, paToken, {});
    expect(resumeWithIt.status).toBe(403);
    const approved = await send(base, "PATCH", "/api/v1/privacy-request/administrate/approve", token, [id]);
    expect(approved.body.succeeded[0].status).toBe("approved");
    expect(await statusOf(base, token, id)).toBe("complete");
  });
});

describe("webhooks through the HTTP adapter, to a loopback receiver", () => {
  let receiver: Server;
  let url = "";
  const bodies: { headers: IncomingMessage["headers"]; body: string }[] = [];
  beforeAll(async () => {
    receiver = createServer(async (request, response) => {
      const chunks: Buffer[] = [];
      for await (const chunk of request) chunks.push(chunk as Buffer);
      bodies.push({ headers: request.headers, body: Buffer.concat(chunks).toString() });
      response.writeHead(200, { "content-type": "application/json" }).end(JSON.stringify({}));
    });
    await new Promise<void>((resolve) => receiver.listen(0, "127.0.0.1", resolve));
    url = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/hook`;
  });
  afterAll(() => new Promise<void>((resolve) => receiver.close(() => resolve())));
  let emulator: FidesEmulatorCore | undefined;
  afterEach(() => emulator?.reset());

  it("POSTs real JSON deliveries and completes the request", async () => {
    const running = await startFidesEmulatorServer();
    emulator = running.emulator;
    try {
      const token = await rootToken(running.url);
      await configure(running.url, token, url);
      const id = (await send(running.url, "POST", "/api/v1/privacy-request/authenticated", token, [ACCESS]))
        .body.succeeded[0].id;
      expect(await statusOf(running.url, token, id)).toBe("complete");
      expect(bodies.map((delivery) => JSON.parse(delivery.body).callback_type)).toEqual(["pre", "post"]);
      expect(bodies[0]?.headers.authorization).toBe(SECRET);
      expect(bodies[0]?.headers["content-type"]).toBe("application/json");
    } finally {
      await running.close();
    }
  });
});
