// sdk.webhooks against the emulator, whose routes added here keep Fides's list semantics (a PUT
// replaces the whole list) and get Fides's own bearer and scope checks.
import { setupServer } from "msw/node";
import { afterAll, beforeAll, beforeEach, describe, expect, test } from "vitest";
import { FidesClient } from "../../src/client.js";
import { createFidesEmulator } from "../../src/testing/index.js";
import { isFidesWebhookConflictError } from "../../src/webhooks/index.js";

type Entry = { key: string; name: string; direction?: string; connection_config_key: string };

const emulator = createFidesEmulator();
const server = setupServer(...emulator.handlers);
const lists = new Map<string, Entry[]>();
const sent: string[] = [];
const connections = new Map<string, unknown>();
let beforeSecondRead: (() => void) | undefined;
let reads = 0;
/** When set, what every list read answers instead of the list. */
let listAnswer: unknown;

const asResponse = (entry: Entry, order: number) => ({
  key: entry.key,
  name: entry.name,
  ...(entry.direction === undefined ? {} : { direction: entry.direction, order }),
  connection_config: { key: entry.connection_config_key, connection_type: "https", secrets: { url: "**" } },
});

function listRoutes(path: string) {
  emulator.route("GET", path, { scopes: ["webhook:read"] }, (request) => {
    reads++;
    if (reads === 2) beforeSecondRead?.();
    if (listAnswer !== undefined) return { status: 200, json: listAnswer };
    const all = (lists.get(request.path) ?? []).map(asResponse);
    const page = Number(request.query.get("page") ?? 1);
    const size = Number(request.query.get("size") ?? 50);
    sent.push(`GET ${request.path}?page=${page}&size=${size}`);
    return {
      status: 200,
      json: {
        items: all.slice((page - 1) * size, page * size),
        total: all.length,
        page,
        size,
        pages: Math.ceil(all.length / size),
      },
    };
  });
  emulator.route("PUT", path, { scopes: ["webhook:create_or_update"] }, (request) => {
    sent.push(`PUT ${request.path}`);
    const entries = request.json as Entry[];
    lists.set(request.path, entries);
    return { status: 200, json: entries.map(asResponse) };
  });
}
listRoutes("/api/v1/dsr/policy/{policy_key}/webhook/pre_execution");
listRoutes("/api/v1/dsr/policy/{policy_key}/webhook/post_execution");
listRoutes("/api/v1/dsr/webhook/pre_approval");
emulator.route(
  "DELETE",
  "/api/v1/dsr/policy/{policy_key}/webhook/pre_execution/{key}",
  { scopes: ["webhook:delete"] },
  (request) => {
    sent.push(`DELETE ${request.path}`);
    return { status: 200, json: { new_order: [] } };
  },
);
emulator.route("PATCH", "/api/v1/connection", { scopes: ["connection:create_or_update"] }, (request) => {
  sent.push(`PATCH ${request.path} ${JSON.stringify(request.json)}`);
  const [config] = request.json as { key: string }[];
  if (config?.key === "garbled") return { status: 200, json: { succeeded: [], failed: ["garbled"] } };
  return config?.key === "refused"
    ? {
        status: 200,
        json: { succeeded: [], failed: [{ message: "Key refused already exists", data: config }] },
      }
    : { status: 200, json: { succeeded: request.json, failed: [] } };
});
emulator.route(
  "PUT",
  "/api/v1/connection/{key}/secret",
  { scopes: ["connection:create_or_update"] },
  (request) => {
    sent.push(`PUT ${request.path}?${request.query.toString()} ${JSON.stringify(request.json)}`);
    connections.set(request.params.key as string, request.json);
    return { status: 200, json: { msg: "Secrets updated", test_status: null, failure_reason: null } };
  },
);

beforeAll(() => server.listen({ onUnhandledRequest: "error" }));
afterAll(() => server.close());
beforeEach(() => {
  lists.clear();
  sent.length = 0;
  reads = 0;
  beforeSecondRead = undefined;
  listAnswer = undefined;
});

const sdk = () =>
  new FidesClient({ baseUrl: emulator.baseUrl, clientId: "fidesadmin", clientSecret: "fidesadminsecret" });
const PRE = "/api/v1/dsr/policy/erasure/webhook/pre_execution";
const existing = (n: number): Entry[] =>
  Array.from({ length: n }, (_, i) => ({
    key: `theirs_${i}`,
    name: `theirs ${i}`,
    direction: "one_way",
    connection_config_key: "other",
  }));

describe("sdk.webhooks", () => {
  test("createConnection creates the https connection, then sets its url and authorization (verify=false)", async () => {
    await sdk().webhooks.createConnection({
      key: "billing_hooks",
      url: "https://hooks.example.com/fides",
      authorization: "s3cret",
    });
    expect(sent).toEqual([
      'PATCH /api/v1/connection [{"key":"billing_hooks","name":"billing_hooks","connection_type":"https","access":"read"}]',
      'PUT /api/v1/connection/billing_hooks/secret?verify=false {"url":"https://hooks.example.com/fides","authorization":"s3cret"}',
    ]);
  });

  test("a connection Fides refuses in its bulk answer is an error naming Fides's reason, and no secret is set", async () => {
    await expect(
      sdk().webhooks.createConnection({ key: "refused", url: "https://h.example", authorization: "s" }),
    ).rejects.toMatchObject({
      name: "FidesResponseValidationError",
      message: expect.stringContaining("Key refused already exists"),
    });
    expect(sent).toHaveLength(1);
  });

  test("attachPolicyWebhook keeps every webhook the caller did not mention, in order, and appends the new one", async () => {
    lists.set(PRE, existing(2));
    const after = await sdk().webhooks.attachPolicyWebhook("erasure", "pre", {
      key: "mine",
      connectionKey: "billing_hooks",
      direction: "two_way",
    });
    expect(after.map((w) => [w.key, w.order])).toEqual([
      ["theirs_0", 0],
      ["theirs_1", 1],
      ["mine", 2],
    ]);
    expect(lists.get(PRE)).toEqual([
      ...existing(2),
      { connection_config_key: "billing_hooks", direction: "two_way", key: "mine", name: "mine" },
    ]);
  });

  test("attaching a key that exists updates it in place", async () => {
    lists.set(PRE, existing(3));
    await sdk().webhooks.attachPolicyWebhook("erasure", "pre", {
      key: "theirs_1",
      connectionKey: "mine",
      direction: "two_way",
      name: "new",
    });
    expect(lists.get(PRE)?.map((e) => [e.key, e.connection_config_key, e.name])).toEqual([
      ["theirs_0", "other", "theirs 0"],
      ["theirs_1", "mine", "new"],
      ["theirs_2", "other", "theirs 2"],
    ]);
  });

  test("reads every page of a list longer than one page before merging", async () => {
    lists.set(PRE, existing(150));
    await sdk().webhooks.attachPolicyWebhook("erasure", "pre", {
      key: "mine",
      connectionKey: "c",
      direction: "one_way",
    });
    expect(lists.get(PRE)).toHaveLength(151);
    expect(sent.filter((line) => line.startsWith("GET"))).toEqual([
      `GET ${PRE}?page=1&size=100`,
      `GET ${PRE}?page=2&size=100`,
      `GET ${PRE}?page=1&size=100`,
      `GET ${PRE}?page=2&size=100`,
    ]);
  });

  test("a list another writer changed between the reads is a FidesWebhookConflictError, and nothing is written", async () => {
    lists.set(PRE, existing(1));
    beforeSecondRead = () =>
      lists.set(PRE, [
        ...existing(1),
        { key: "racer", name: "racer", direction: "one_way", connection_config_key: "x" },
      ]);
    const error = await sdk()
      .webhooks.attachPolicyWebhook("erasure", "pre", {
        key: "mine",
        connectionKey: "c",
        direction: "two_way",
      })
      .catch((caught: unknown) => caught);
    expect(isFidesWebhookConflictError(error)).toBe(true);
    expect(error).toMatchObject({ name: "FidesWebhookConflictError", path: PRE });
    expect(sent.filter((line) => line.startsWith("PUT"))).toEqual([]);
    expect(lists.get(PRE)?.map((e) => e.key)).toEqual(["theirs_0", "racer"]);
  });

  test("detachPolicyWebhook deletes that one webhook only", async () => {
    await sdk().webhooks.detachPolicyWebhook("erasure", "pre", "mine");
    expect(sent).toEqual([`DELETE ${PRE}/mine`]);
  });

  test("pre-approval webhooks: attach keeps the others, list reads them", async () => {
    const path = "/api/v1/dsr/webhook/pre_approval";
    lists.set(path, [{ key: "theirs", name: "theirs", connection_config_key: "other" }]);
    await sdk().webhooks.attachPreApprovalWebhook({ key: "mine", connectionKey: "billing_hooks" });
    expect(
      (await sdk().webhooks.listPreApprovalWebhooks()).map((w) => [w.key, w.connection_config.key]),
    ).toEqual([
      ["theirs", "other"],
      ["mine", "billing_hooks"],
    ]);
  });

  test("a client without webhook:read gets Fides's Required scope(s) refusal", async () => {
    const root = sdk();
    const reader = await root.oauth.createClient(["policy:read"]);
    const scoped = new FidesClient({
      baseUrl: emulator.baseUrl,
      clientId: reader.client_id,
      clientSecret: reader.client_secret,
    });
    await expect(scoped.webhooks.listPolicyWebhooks("erasure", "post")).rejects.toMatchObject({
      name: "FidesForbiddenError",
      requiredScopes: ["webhook:read"],
    });
  });

  // Our own words, never zod's bare "Invalid input" (zod/mini carries no locale to say more).
  test.each([
    ["a body that is not an object", "nope", "response body must be a JSON object"],
    ["an item that is not an object", { items: ["nope"] }, 'response body "items.0" must be a JSON object'],
    [
      "an item's connection that is not an object",
      { items: [{ key: "k", name: "n", direction: "one_way", order: 0, connection_config: 7 }] },
      'response body "items.0.connection_config" must be a JSON object',
    ],
  ])("a list read with %s names the field in a FidesResponseValidationError", async (_, answer, message) => {
    listAnswer = answer;
    await expect(sdk().webhooks.listPolicyWebhooks("erasure", "pre")).rejects.toMatchObject({
      name: "FidesResponseValidationError",
      message: `${message} (GET ${PRE})`,
    });
  });

  test("a bulk answer whose failed entry is not an object names that entry", async () => {
    await expect(
      sdk().webhooks.createConnection({ key: "garbled", url: "https://h.example", authorization: "s" }),
    ).rejects.toMatchObject({
      name: "FidesResponseValidationError",
      message: 'response body "failed.0" must be a JSON object (PATCH /api/v1/connection)',
    });
  });

  test.each([
    [() => sdk().webhooks.listPolicyWebhooks("../x", "pre"), '"policyKey" must be a Fides key'],
    [
      () => sdk().webhooks.listPolicyWebhooks("erasure", "during" as "pre"),
      '"stage" must be "pre" or "post"',
    ],
    [
      () =>
        sdk().webhooks.attachPolicyWebhook("erasure", "pre", {
          key: "k",
          connectionKey: "c",
          direction: "both" as "one_way",
        }),
      '"webhook.direction" must be "one_way" or "two_way"',
    ],
    [
      () => sdk().webhooks.createConnection({ key: "k", url: "ftp://x", authorization: "s" }),
      '"input.url" must be an absolute http(s) URL',
    ],
    [() => sdk().webhooks.detachPreApprovalWebhook(".."), '"key" must be a Fides key'],
  ])("a malformed argument is a TypeError before any request (%#)", async (call, message) => {
    await expect(call()).rejects.toThrow(message);
    expect(sent).toEqual([]);
  });
});
