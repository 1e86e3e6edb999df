/**
 * The privacy-request lifecycle and its webhooks, differential: the same script against a real
 * Fides and the emulator (HTTP adapter) of the same release, each delivering to its own loopback
 * receiver; the statuses, the `detail`s and the shapes of every answer and delivery must match.
 * Keys are unique per run and the script puts back what it changed that others see (manual
 * approval off, no pre-approval webhooks), since the real servers are shared by the suite.
 */
import { randomUUID } from "node:crypto";
import { mkdirSync, writeFileSync } from "node:fs";
import { createServer, type IncomingHttpHeaders, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startFidesEmulatorServer } from "../../src/testing/adapters/http-server.js";
import { REAL_VERSIONS, realServer } from "./servers.js";

/** The shape of a JSON value: object keys (sorted) with their shapes, the first item of a list, a type. */
function shape(value: unknown): unknown {
  if (value === null) return "null";
  if (Array.isArray(value)) return value.length === 0 ? "[]" : [shape(value[0])];
  if (typeof value === "object") {
    return Object.fromEntries(
      Object.keys(value as object)
        .sort()
        .map((key) => [key, shape((value as Record<string, unknown>)[key])]),
    );
  }
  return typeof value;
}

interface Delivery {
  readonly headers: IncomingHttpHeaders;
  // biome-ignore lint/suspicious/noExplicitAny: a delivery body is compared by shape
  readonly body: any;
}

/** A loopback receiver: records deliveries, answers `{ halt: true }` to two-way pre webhooks while `halt` is on. */
async function receiver() {
  const deliveries: Delivery[] = [];
  const state = { halt: true, fail: false };
  const server: Server = createServer(async (request, response) => {
    const chunks: Buffer[] = [];
    for await (const chunk of request) chunks.push(chunk as Buffer);
    const delivery = {
      headers: request.headers,
      body: JSON.parse(Buffer.concat(chunks).toString() || "null"),
    };
    deliveries.push(delivery);
    const twoWayPre = request.headers["reply-to"] !== undefined;
    if (twoWayPre && state.fail) {
      response.writeHead(500, { "content-type": "application/json" }).end("{}");
      return;
    }
    response
      .writeHead(200, { "content-type": "application/json" })
      .end(JSON.stringify(twoWayPre && state.halt ? { halt: true } : {}));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/hook`;
  return {
    deliveries,
    state,
    url,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

type Receiver = Awaited<ReturnType<typeof receiver>>;

/** One observed step: what the test compares between the two sides. */
interface Observation {
  readonly step: string;
  readonly status: number;
  readonly detail?: unknown;
  readonly shape: unknown;
  readonly requestStatus?: string | undefined;
  /** a search's answer: the statuses of its items in order, and its paging */
  readonly items?: readonly string[];
  readonly paging?: unknown;
}

/** Runs the script on one server, returning what it saw. */
async function script(base: string, hooks: Receiver, suffix: string): Promise<Observation[]> {
  const seen: Observation[] = [];
  const token = await fetch(`${base}/api/v1/oauth/token`, {
    method: "POST",
    body: new URLSearchParams({ client_id: "fidesadmin", client_secret: "fidesadminsecret" }),
  }).then(async (response) => ((await response.json()) as { access_token: string }).access_token);
  async function step(name: string, method: string, path: string, json?: unknown, bearer = token) {
    const headers: Record<string, string> = {};
    if (bearer !== "") headers.authorization = `Bearer ${bearer}`;
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
    const detail = (body as { detail?: unknown } | null)?.detail;
    seen.push({
      step: name,
      status: response.status,
      ...(typeof detail === "string" ? { detail: detail.replaceAll(/pri_[\w-]+/g, "pri_…") } : {}),
      shape: shape(body),
    });
    // biome-ignore lint/suspicious/noExplicitAny: the script reads ids out of answers
    return body as any;
  }
  /** The request's status once it settled: a real server may still be running it (a failing webhook's retries). */
  async function requestStatus(name: string, id: string) {
    let status: string | undefined;
    for (let attempt = 0; attempt < 60; attempt++) {
      const response = await fetch(`${base}/api/v1/privacy-request?request_id=${id}`, {
        headers: { authorization: `Bearer ${token}` },
      });
      status = ((await response.json()) as { items: { status: string }[] }).items[0]?.status;
      if (status !== "in_processing" && status !== "approved") break;
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
    await step(name, "GET", `/api/v1/privacy-request?request_id=${id}`);
    seen.push({ step: `${name}: status`, status: 200, shape: null, requestStatus: status });
  }
  const key = `diff_${suffix}`;
  const connection = `hook_${suffix}`;
  const access = { policy_key: key, identity: { email: `${suffix}@example.com` } };
  await step("missing policy", "GET", "/api/v1/dsr/policy/no_such_policy");
  await step("policy create, one name taken", "PATCH", "/api/v1/dsr/policy", [
    { name: `Diff ${suffix}`, key },
    { name: "Default Access Policy", key: `${key}_twin` },
  ]);
  await step("bad policy key", "PATCH", "/api/v1/dsr/policy", [{ name: "x", key: "bad key!" }]);
  await step("rule, and two refused", "PATCH", `/api/v1/dsr/policy/${key}/rule`, [
    {
      name: `Erasure ${suffix}`,
      key: `${key}_erasure`,
      action_type: "erasure",
      masking_strategy: { strategy: "null_rewrite", configuration: {} },
    },
    { name: `Erasure ${suffix}`, key: `${key}_twin`, action_type: "access" },
    { name: `Unmasked ${suffix}`, key: `${key}_unmasked`, action_type: "erasure" },
  ]);
  await step("policies, newest first", "GET", "/api/v1/dsr/policy?size=1");
  await step("policy", "GET", `/api/v1/dsr/policy/${key}`);
  await step("connection", "PATCH", "/api/v1/connection", [
    { name: connection, key: connection, connection_type: "https", access: "read" },
  ]);
  await step("secret", "PUT", `/api/v1/connection/${connection}/secret?verify=false`, {
    url: hooks.url,
    authorization: "Sekret 1",
  });
  await step("secret, unknown connection", "PUT", "/api/v1/connection/no_such_connection/secret", {
    url: hooks.url,
  });
  await step("pre webhooks", "PUT", `/api/v1/dsr/policy/${key}/webhook/pre_execution`, [
    { connection_config_key: connection, direction: "two_way", key: `${key}_pre`, name: `${key} pre` },
  ]);
  await step("post webhooks", "PUT", `/api/v1/dsr/policy/${key}/webhook/post_execution`, [
    { connection_config_key: connection, direction: "one_way", key: `${key}_post`, name: `${key} post` },
  ]);
  await step("webhook, unknown connection", "PUT", `/api/v1/dsr/policy/${key}/webhook/post_execution`, [
    { connection_config_key: "no_such_connection", direction: "one_way", name: "x" },
  ]);
  await step("pre webhook list", "GET", `/api/v1/dsr/policy/${key}/webhook/pre_execution`);

  // Submit: one created (and halted by the pre webhook), two refused.
  const submitted = await step("submit", "POST", "/api/v1/privacy-request/authenticated", [
    access,
    { policy_key: "no_such_policy", identity: { email: "b@example.com" } },
    { policy_key: key, identity: {} },
  ]);
  const id = submitted.succeeded[0].id as string;
  await requestStatus("after submit", id);
  await step(
    "too many",
    "POST",
    "/api/v1/privacy-request/authenticated",
    Array.from({ length: 51 }, () => access),
  );
  await step("malformed", "POST", "/api/v1/privacy-request/authenticated", [{ identity: 5 }, {}]);
  await step("list, unknown status", "GET", "/api/v1/privacy-request?status=nope");
  const replyTo = String(hooks.deliveries.at(-1)?.headers["reply-to"]);
  const replyToken = String(hooks.deliveries.at(-1)?.headers["reply-to-token"]);
  await step("resume with the OAuth token", "POST", `/api/v1${replyTo}`, {});
  await step("resume without /api/v1", "POST", replyTo, {}, replyToken);
  await step("resume another id", "POST", "/api/v1/privacy-request/pri_other/resume", {}, replyToken);
  await step("resume without a token", "POST", `/api/v1${replyTo}`, {}, "");
  await step("approve a paused request", "PATCH", "/api/v1/privacy-request/administrate/approve", {
    request_ids: [id, "pri_nope"],
  });
  hooks.state.halt = false;
  await step("resume", "POST", `/api/v1${replyTo}`, { derived_identity: {} }, replyToken);
  await requestStatus("after resume", id);
  await step("resume again", "POST", `/api/v1${replyTo}`, {}, replyToken);
  await step("retry a complete request", "POST", `/api/v1/privacy-request/${id}/retry`);
  await step("cancel a complete request", "PATCH", "/api/v1/privacy-request/administrate/cancel", [id]);

  // A failing two-way webhook fails the request; retry runs it again.
  hooks.state.fail = true;
  const failing = await step("submit, webhook fails", "POST", "/api/v1/privacy-request/authenticated", [
    access,
  ]);
  const failedId = failing.succeeded[0].id as string;
  await requestStatus("after a failed webhook", failedId);
  hooks.state.fail = false;
  await step("retry", "POST", `/api/v1/privacy-request/${failedId}/retry`);
  await requestStatus("after retry", failedId);

  // Manual approval and a pre-approval webhook.
  await step("pre-approval webhook", "PUT", "/api/v1/dsr/webhook/pre_approval", [
    { connection_config_key: connection, name: `${key} pa`, key: `${key}_pa` },
  ]);
  await step("manual approval on", "PATCH", "/api/v1/config", {
    execution: { require_manual_request_approval: true },
  });
  try {
    const waiting = await step("submit, manual approval", "POST", "/api/v1/privacy-request/authenticated", [
      access,
    ]);
    const waitingId = waiting.succeeded[0].id as string;
    const paToken = String(hooks.deliveries.at(-1)?.headers["reply-to-token"]);
    await step(
      "eligible with the OAuth token",
      "POST",
      `/api/v1/privacy-request/${waitingId}/pre-approve/eligible`,
    );
    await step(
      "eligible",
      "POST",
      `/api/v1/privacy-request/${waitingId}/pre-approve/eligible`,
      undefined,
      paToken,
    );
    await requestStatus("after eligible", waitingId);
    await step(
      "eligible again",
      "POST",
      `/api/v1/privacy-request/${waitingId}/pre-approve/eligible`,
      undefined,
      paToken,
    );
    const denied = await step("submit, to deny", "POST", "/api/v1/privacy-request/authenticated", [access]);
    await step("deny", "PATCH", "/api/v1/privacy-request/administrate/deny", {
      request_ids: [denied.succeeded[0].id],
      reason: "no",
    });
    await step("empty selection", "PATCH", "/api/v1/privacy-request/administrate/approve", []);
  } finally {
    await step("manual approval off", "PATCH", "/api/v1/config", {
      execution: { require_manual_request_approval: false },
    });
    await step("no pre-approval webhooks", "PUT", "/api/v1/dsr/webhook/pre_approval", []);
  }
  // The search, scoped to this run's requests by their identity (the real server is shared).
  const mine = { identities: { email: access.identity.email } };
  async function search(name: string, json: unknown, query = "") {
    const body = await step(name, "POST", `/api/v1/privacy-request/search${query}`, json);
    const detail = body?.detail;
    seen.push({
      step: `${name}: answer`,
      status: 0,
      shape: null,
      ...(detail === undefined
        ? {}
        : { detail: JSON.parse(JSON.stringify(detail).replaceAll(/pri_[\w-]+/g, "pri_…")) }),
      ...(Array.isArray(body?.items)
        ? {
            items: body.items.map((item: { status: string }) => item.status),
            paging: [body.total, body.page, body.size, body.pages],
          }
        : {}),
    });
    // biome-ignore lint/suspicious/noExplicitAny: the script reads items out of answers
    return body as any;
  }
  const everything = await search("search: this run's requests", mine);
  await search("search: one status, second page of one", { ...mine, status: ["complete"] }, "?page=2&size=1");
  await search("search: by id", { request_id: id });
  await search("search: by part of an id, any case", { request_id: id.slice(4, 16).toUpperCase() });
  await search("search: oldest first", { ...mine, sort_field: "created_at", sort_direction: "asc" });
  await search("search: an action type the policy has", { ...mine, action_type: "erasure" });
  await search("search: an action type it lacks", { ...mine, action_type: ["access", "consent"] });
  const newest = everything.items?.at(0)?.created_at as string;
  const oldest = everything.items?.at(-1)?.created_at as string;
  await search("search: created between", { ...mine, created_gt: oldest, created_lt: newest });
  // Every request on the (shared) server: only the answer's shape is compared.
  await step("search: no body", "POST", "/api/v1/privacy-request/search?size=1");
  await search("search: bad filter", { nope: 1, status: "bogus", sort_direction: "up" }, "?size=0");
  await search("search: a list, not an object", ["pending"]);
  await search("search: succeeded and failed", {
    completed_gt: "2024-01-01T00:00:00Z",
    errored_lt: "2024-02-01T00:00:00Z",
  });
  await search("search: reversed dates", {
    created_lt: "2024-01-01T00:00:00.5Z",
    created_gt: "2024-02-01T10:00:00+02:00",
  });
  await search("search: sort field not on PrivacyRequest", { sort_field: "nope" });
  await search("search: is_overdue (2.82+)", { ...mine, is_overdue: null });
  await search("search: include_consent_webhook_requests (2.86+)", {
    ...mine,
    include_consent_webhook_requests: false,
  });
  const part = id.slice(4, 16);
  await step("list, part of an id", "GET", `/api/v1/privacy-request?request_id=${part}`);
  // The deprecated GET list shares the search; scoped to this run's first request by its id.
  async function list(name: string, query: string) {
    const body = await step(name, "GET", `/api/v1/privacy-request?request_id=${id}&${query}`);
    seen.push({
      step: `${name}: answer`,
      status: 0,
      shape: null,
      ...(body?.detail === undefined ? {} : { detail: body.detail }),
      ...(Array.isArray(body?.items)
        ? {
            items: body.items.map((item: { status: string }) => item.status),
            paging: [body.total, body.pages],
          }
        : {}),
    });
  }
  const created = everything.items?.find((item: { id: string }) => item.id === id)?.created_at as string;
  await list("list: oldest first", "sort_field=created_at&sort_direction=asc");
  await list("list: an action type the policy has", "action_type=erasure");
  await list("list: an action type it lacks", "action_type=access");
  await list("list: created after it", `created_gt=${encodeURIComponent(created)}`);
  await list("list: created before the newest", `created_lt=${encodeURIComponent(newest)}`);
  await list(
    "list: reversed dates",
    "created_lt=2024-01-01T00:00:00Z&created_gt=2024-02-01T00:00:00%2B02:00",
  );
  await list("list: bad parameters", "action_type=nope&sort_direction=up&size=0");
  await list("list: sort field not on PrivacyRequest", "sort_field=nope");
  for (const [index, delivery] of hooks.deliveries.entries()) {
    seen.push({
      step: `delivery ${index}: ${delivery.body?.callback_type}`,
      status: 0,
      shape: {
        headers: Object.keys(delivery.headers)
          .filter(
            (name) => name.startsWith("reply-to") || name === "authorization" || name === "content-type",
          )
          .sort(),
        authorization: delivery.headers.authorization,
        body: shape(delivery.body),
        status: delivery.body?.privacy_request_status,
      },
    });
  }
  return seen;
}

describe.each(REAL_VERSIONS)("privacy requests and webhooks: Fides %s and the emulator", (version) => {
  let real: Observation[] = [];
  let emulated: Observation[] = [];
  const receivers: Receiver[] = [];
  beforeAll(async () => {
    const server = realServer(version);
    const suffix = randomUUID().slice(0, 8);
    const realHooks = await receiver();
    const emulatorHooks = await receiver();
    receivers.push(realHooks, emulatorHooks);
    real = await script(server.url, realHooks, suffix);
    const emulator = await startFidesEmulatorServer({ serverVersion: version });
    try {
      emulated = await script(emulator.url, emulatorHooks, suffix);
    } finally {
      await emulator.close();
    }
  });
  afterAll(async () => {
    for (const each of receivers) await each.close();
    mkdirSync("reports", { recursive: true });
    writeFileSync(
      `reports/privacy-differential-${version}.json`,
      `${JSON.stringify({ version, real, emulated }, null, 2)}\n`,
    );
  });

  it("takes the same steps", () => {
    expect(emulated.map((seen) => seen.step)).toEqual(real.map((seen) => seen.step));
  });

  it("answers every step with the real status, detail and body shape, and delivers the same webhooks", () => {
    expect(emulated).toEqual(real);
  });
});
