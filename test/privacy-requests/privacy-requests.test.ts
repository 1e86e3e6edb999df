// sdk.privacyRequests against the emulator with the privacy-request routes of a real Fides
// (fake-fides.ts): bulk answers read back onto what was sent, per-release refusals before sending,
// and waits on hand-moved timers (no sleeps).
import { describe, expect, it } from "vitest";
import {
  FidesForbiddenError,
  FidesNotFoundError,
  FidesPartialFailureError,
  FidesResponseValidationError,
  FidesServerError,
  FidesTimeoutError,
  FidesUnsupportedOperationError,
  isFidesPartialFailureError,
} from "../../src/errors.js";
import type { FidesClientOptions } from "../../src/options.js";
import type { PrivacyRequestFilters } from "../../src/privacy-requests/filters.js";
import { FidesPrivacyRequests } from "../../src/privacy-requests/privacy-requests.js";
import type { FidesEmulatorOptions } from "../../src/testing/index.js";
import { failure, settle, useMsw, world } from "../client/fixtures.js";
import { addPrivacyRequestRoutes } from "./fake-fides.js";
import { ManualTimers, namespaceOn } from "./manual-timers.js";

const server = useMsw();
const SEARCH = "/api/v1/privacy-request/search";
const SUBMIT = "/api/v1/privacy-request/authenticated";
const access = (email: string) => ({ policy_key: "default_access_policy", identity: { email } });

function setUp(emulator: FidesEmulatorOptions = {}, client: Partial<FidesClientOptions> = {}) {
  const w = world(server, emulator);
  const fake = addPrivacyRequestRoutes(w.fides);
  const sdk = w.client(client);
  const timers = new ManualTimers();
  const pr = namespaceOn(w.fides.baseUrl, timers, client);
  return { w, fake, sdk, timers, pr };
}

describe("submit", () => {
  it("sends 120 requests as calls of 50, 50 and 20 and returns every created request in order", async () => {
    const { w, sdk } = setUp();
    const inputs = Array.from({ length: 120 }, (_, index) => access(`user${index}@example.com`));
    const { succeeded, failed } = await sdk.privacyRequests.submit(inputs);
    expect(failed).toEqual([]);
    expect(succeeded).toHaveLength(120);
    expect(new Set(succeeded.map((request) => request.id)).size).toBe(120);
    expect(w.count(SUBMIT, "POST")).toBe(3);
  });

  it("keeps each refused request with its input and Fides's message, among created ones", async () => {
    const { sdk } = setUp();
    const good = access("a@example.com");
    const unknown = { policy_key: "nope", identity: { email: "b@example.com" } };
    const anonymous = { policy_key: "default_access_policy", identity: {} };
    const { succeeded, failed } = await sdk.privacyRequests.submit([
      good,
      unknown,
      anonymous,
      access("c@example.com"),
    ]);
    expect(succeeded.map((request) => request.status)).toEqual(["pending", "pending"]);
    expect(failed.map((item) => [item.input, item.message])).toEqual([
      [unknown, "Policy with key nope does not exist"],
      [anonymous, "You must provide at least one identity to process"],
    ]);
    expect(failed[0]?.data.policy_key).toBe("nope");
  });

  it("puts an item Fides rejects with 422 in failed and sends the rest of its call again", async () => {
    const { w, sdk } = setUp();
    const malformed = { policy_key: "bad key!", identity: { email: "x@example.com" } };
    const { succeeded, failed } = await sdk.privacyRequests.submit([
      access("a@example.com"),
      malformed,
      { policy_key: "nope", identity: { email: "b@example.com" } },
    ]);
    expect(succeeded).toHaveLength(1);
    expect(failed.map((item) => item.input.policy_key)).toEqual(["bad key!", "nope"]);
    expect(failed[0]?.message).toMatch(/^Value error, FidesKeys must only contain/);
    expect(failed[0]?.data).toEqual({ loc: ["body", 1, "policy_key"], type: "value_error" });
    expect(w.count(SUBMIT, "POST")).toBe(2);
  });

  it("throws FidesPartialFailureError carrying both lists with throwOnPartialFailure", async () => {
    const { sdk } = setUp();
    const error = await failure(
      sdk.privacyRequests.submit(
        [access("a@example.com"), { policy_key: "nope", identity: { email: "b" } }],
        {
          throwOnPartialFailure: true,
        },
      ),
    );
    expect(error).toBeInstanceOf(FidesPartialFailureError);
    expect(isFidesPartialFailureError(error)).toBe(true);
    const partial = error as unknown as FidesPartialFailureError;
    expect(partial.code).toBe("FIDES_PARTIAL_FAILURE");
    expect(partial.message).toBe(
      'POST /api/v1/privacy-request/authenticated: 1 of 2 items failed: "Policy with key nope does not exist"',
    );
    expect(partial.succeeded).toHaveLength(1);
    expect(partial.failed).toHaveLength(1);
  });

  it("keeps the first call's requests when a later call fails, with the unsent items in failed", async () => {
    const { sdk, fake } = setUp();
    fake.failSubmitCall = 2;
    const inputs = Array.from({ length: 60 }, (_, index) => access(`user${index}@example.com`));
    const { succeeded, failed } = await sdk.privacyRequests.submit(inputs);
    expect(succeeded).toHaveLength(50);
    expect(failed).toHaveLength(10);
    expect(failed[0]?.input).toBe(inputs[50]);
    expect(failed[0]?.error).toBeInstanceOf(FidesServerError);
  });

  it("throws the first call's error when nothing went through", async () => {
    const { sdk, fake } = setUp();
    fake.failSubmitCall = 1;
    expect(await failure(sdk.privacyRequests.submit([access("a@example.com")]))).toBeInstanceOf(
      FidesServerError,
    );
  });

  it.each([
    [[], '"requests" must hold from 1 to 10000 privacy requests'],
    ["x", '"requests" must be an array of privacy requests'],
    [[{ identity: {} }], '"requests[0].policy_key" must be a non-empty string'],
    [[{ policy_key: "a", identity: "x" }], '"requests[0].identity" must be an object'],
  ])("refuses a malformed request list before sending: %j", async (requests, message) => {
    const { w, sdk } = setUp();
    const error = await failure(sdk.privacyRequests.submit(requests as never));
    expect(error).toBeInstanceOf(TypeError);
    expect(error.message).toBe(message);
    expect(error.code).toMatch(/^ERR_INVALID_ARG_/);
    expect(w.count(SUBMIT)).toBe(0);
  });
});

describe("reviews", () => {
  it("approves, denies and cancels with an outcome for every id", async () => {
    const { sdk, fake } = setUp();
    fake.manualApproval = true;
    const { succeeded } = await sdk.privacyRequests.submit([
      access("a@x.io"),
      access("b@x.io"),
      access("c@x.io"),
    ]);
    const [a, b, c] = succeeded.map((request) => request.id) as [string, string, string];
    const approved = await sdk.privacyRequests.approve([a, "pri_unknown"]);
    expect(approved.succeeded.map((request) => [request.id, request.status])).toEqual([[a, "approved"]]);
    expect(approved.failed).toEqual([
      {
        id: "pri_unknown",
        message: "No privacy request found with id 'pri_unknown'",
        data: { privacy_request_id: "pri_unknown" },
      },
    ]);
    await settle();
    const denied = await sdk.privacyRequests.deny([b, a], { reason: "duplicate" });
    expect(denied.succeeded.map((request) => request.status)).toEqual(["denied"]);
    expect(denied.failed.map((item) => [item.id, item.message])).toEqual([[a, "Cannot transition status"]]);
    const canceled = await sdk.privacyRequests.cancel([c, a]);
    expect(canceled.succeeded.map((request) => [request.id, request.status])).toEqual([[c, "canceled"]]);
    expect(canceled.failed.map((item) => item.message)).toEqual([
      "Cannot cancel privacy request in complete status",
    ]);
  });

  it("throws FidesPartialFailureError for a review with throwOnPartialFailure", async () => {
    const { sdk } = setUp();
    const error = await failure(
      sdk.privacyRequests.approve(["pri_unknown"], { throwOnPartialFailure: true }),
    );
    expect(error).toBeInstanceOf(FidesPartialFailureError);
    expect(error.message).toBe(
      `PATCH /api/v1/privacy-request/administrate/approve: 1 of 1 items failed: "No privacy request found with id 'pri_unknown'"`,
    );
  });

  it.each([
    [[], '"ids" must hold from 1 to 10000 ids'],
    [["pri_a", "pri_a"], '"ids[1]" repeats an earlier id'],
    [["../x"], '"ids[0]" must be a privacy request id (letters, digits, _ . : -; at most 200)'],
    [[7], '"ids[0]" must be a string'],
  ])("refuses malformed ids before sending: %j", async (ids, message) => {
    const { w, sdk } = setUp();
    const error = await failure(sdk.privacyRequests.approve(ids as never));
    expect(error.message).toBe(message);
    expect(w.fides.requests().filter((request) => request.path.includes("privacy-request"))).toHaveLength(0);
  });
});

describe("get, list, logs and results", () => {
  it("reads one request by its exact id, and undefined for an id the server does not have", async () => {
    const { sdk } = setUp();
    const { succeeded } = await sdk.privacyRequests.submit([access("a@x.io"), access("b@x.io")]);
    const id = succeeded[1]?.id as string;
    await settle();
    expect((await sdk.privacyRequests.get(id))?.status).toBe("complete");
    // The server matches part of the id: a prefix of a real id finds it, but it is not that id.
    expect(await sdk.privacyRequests.get(id.slice(0, -1))).toBeUndefined();
  });

  it("walks every page of a filtered list", async () => {
    const { w, sdk, fake } = setUp();
    fake.manualApproval = true;
    await sdk.privacyRequests.submit(Array.from({ length: 7 }, (_, index) => access(`u${index}@x.io`)));
    const seen: string[] = [];
    for await (const request of sdk.privacyRequests.list({ status: ["pending"] }, { pageSize: 3 })) {
      seen.push(request.status);
    }
    expect(seen).toEqual(Array(7).fill("pending"));
    expect(w.count(SEARCH, "POST")).toBe(3);
  });

  it("refuses a status or filter the server's release lacks, before sending", async () => {
    const { w, sdk } = setUp({ serverVersion: "2.78.2" });
    const walk = async (filters: object) => {
      for await (const _ of sdk.privacyRequests.list(filters)) void _;
    };
    const status = await failure(walk({ status: "pending_external" }));
    expect(status).toBeInstanceOf(FidesUnsupportedOperationError);
    expect(status.message).toBe(
      'the status "pending_external" needs Fides 2.80.0 or later; the server is Fides 2.78.2',
    );
    const overdue = await failure(walk({ is_overdue: true }));
    expect(overdue.message).toBe(
      'the privacy-request filter "is_overdue" needs Fides 2.82.0 or later; the server is Fides 2.78.2',
    );
    expect(w.count(SEARCH)).toBe(0);
  });

  it("sends every filter of Fides 2.86's search, a single source as a list", async () => {
    const { sdk, fake } = setUp({ serverVersion: "2.86.2" });
    const filters = {
      source: "Privacy Center",
      include_consent_webhook_requests: true,
      verbose: true,
      custom_privacy_request_fields: { department: "sales" },
      include_custom_privacy_request_fields: true,
    } as const;
    for await (const _ of sdk.privacyRequests.list(filters)) void _;
    expect(fake.searchBodies).toEqual([{ ...filters, source: ["Privacy Center"] }]);
  });

  it("refuses the 2.86 search filters on a 2.82 server, before sending", async () => {
    const { w, sdk } = setUp({ serverVersion: "2.82.2" });
    const cases: PrivacyRequestFilters[] = [
      { source: ["Fides.js"] },
      { include_consent_webhook_requests: false },
    ];
    for (const filters of cases) {
      const [field] = Object.keys(filters);
      const error = await failure(sdk.privacyRequests.list(filters).next());
      expect(error).toBeInstanceOf(FidesUnsupportedOperationError);
      expect(error.message).toBe(
        `the privacy-request filter "${field}" needs Fides 2.86.0 or later; the server is Fides 2.82.2`,
      );
    }
    expect(w.count(SEARCH)).toBe(0);
  });

  it.each([
    [{ colour: "red" }, '"filters.colour" is not a filter the SDK knows'],
    [{ status: "nope" }, '"filters.status" must be one of'],
    [{ include_identities: "yes" }, '"filters.include_identities" must be a boolean'],
    [{ custom_privacy_request_fields: "sales" }, '"filters.custom_privacy_request_fields" must be'],
    [{ source: [1] }, '"filters.source" must be a string or an array of strings'],
  ])("refuses malformed filters: %j", async (filters, message) => {
    const { sdk } = setUp();
    const error = await failure(sdk.privacyRequests.list(filters as never).next());
    expect(error).toBeInstanceOf(TypeError);
    expect(error.message.startsWith(message)).toBe(true);
  });

  it("walks a request's execution log and reports the results route's refusal as typed", async () => {
    const { sdk } = setUp();
    const { succeeded } = await sdk.privacyRequests.submit([access("a@x.io")]);
    const id = succeeded[0]?.id as string;
    const entries = [];
    for await (const entry of sdk.privacyRequests.logs(id, { pageSize: 3 })) entries.push(entry.dataset_name);
    expect(entries).toEqual([
      "Request execution plan",
      "Dataset traversal",
      "Request execution plan",
      "Access package upload",
    ]);
    const refused = await failure(sdk.privacyRequests.results(id));
    expect(refused).toBeInstanceOf(FidesForbiddenError);
    expect(refused.detail).toBe("Access results download is disabled.");
    expect(await failure(sdk.privacyRequests.logs("pri_unknown").next())).toBeInstanceOf(FidesNotFoundError);
  });

  it("names the field of a broken answer", async () => {
    const w = world(server);
    const sdk = w.client();
    w.fides.route("POST", "/api/v1/privacy-request/authenticated", { scopes: [] }, () => ({
      status: 200,
      json: { succeeded: [{ id: "pri_1", status: "finished", policy: { name: "A", key: "a" } }], failed: [] },
    }));
    const error = await failure(sdk.privacyRequests.submit([access("a@x.io")]));
    expect(error).toBeInstanceOf(FidesResponseValidationError);
    expect(error.field).toBe("succeeded[0].status");
  });
});

describe("waitFor and watch", () => {
  it("polls with backoff until a terminal status, then leaves no timer behind", async () => {
    const { fake, sdk, pr, timers } = setUp();
    fake.manualApproval = true;
    const id = (await sdk.privacyRequests.submit([access("a@x.io")])).succeeded[0]?.id as string;
    const done = pr.waitFor(id, { interval: { initialMs: 1000, maxMs: 4000, factor: 2 } });
    await timers.scheduled(1);
    expect(timers.delays).toEqual([1000]);
    await timers.fire();
    await timers.fire();
    await timers.fire();
    expect(timers.delays).toEqual([1000, 2000, 4000, 4000]);
    fake.setStatus(id, "denied");
    await timers.fire(true);
    expect((await done).status).toBe("denied");
    expect(timers.pending).toBe(0);
  });

  it("shares one poll per interval between many waits on one id, and one per id across ids", async () => {
    const { fake, w, sdk, pr, timers } = setUp();
    fake.manualApproval = true;
    const [a, b] = (await sdk.privacyRequests.submit([access("a@x.io"), access("b@x.io")])).succeeded.map(
      (request) => request.id,
    ) as [string, string];
    const before = w.count(SEARCH);
    const waits = [
      ...Array.from({ length: 10 }, () => pr.waitFor(a, { interval: 1000 })),
      ...Array.from({ length: 5 }, () => pr.waitFor(b, { interval: 1000, until: "approved" })),
    ];
    await timers.scheduled(2);
    expect(w.count(SEARCH) - before).toBe(2);
    // Both ids are due at the same time: each fire polls each id once, for its 10 and 5 waits.
    await timers.fire();
    await timers.fire();
    expect(w.count(SEARCH) - before).toBe(6);
    fake.setStatus(a, "complete");
    fake.setStatus(b, "approved");
    await timers.fire(true);
    const results = await Promise.all(waits);
    expect(w.count(SEARCH) - before).toBe(8);
    expect(results.map((request) => request.status)).toEqual([
      ...Array(10).fill("complete"),
      ...Array(5).fill("approved"),
    ]);
    expect(timers.pending).toBe(0);
  });

  it("tells a wait that joins a running poll its last result at once, without a request", async () => {
    const { fake, w, sdk, pr, timers } = setUp();
    fake.manualApproval = true;
    const id = (await sdk.privacyRequests.submit([access("a@x.io")])).succeeded[0]?.id as string;
    const first = pr.waitFor(id, { interval: 1000 });
    await timers.scheduled(1);
    const polls = w.count(SEARCH);
    expect((await pr.waitFor(id, { until: "pending" })).status).toBe("pending");
    expect(w.count(SEARCH)).toBe(polls);
    fake.setStatus(id, "complete");
    await timers.fire(true);
    expect((await first).status).toBe("complete");
    expect(timers.pending).toBe(0);
  });

  it("times out with FidesTimeoutError and stops polling", async () => {
    const { fake, sdk, pr, timers } = setUp();
    fake.manualApproval = true;
    const id = (await sdk.privacyRequests.submit([access("a@x.io")])).succeeded[0]?.id as string;
    const waiting = failure(pr.waitFor(id, { timeoutMs: 5000, interval: 1000 }));
    await timers.scheduled(2);
    await timers.fireAt(5000);
    const error = await waiting;
    expect(error).toBeInstanceOf(FidesTimeoutError);
    expect(error.message).toBe(`privacy request ${id} did not reach a terminal status within 5000 ms`);
    expect(timers.pending).toBe(0);
  });

  it("rejects with the signal's reason when aborted, leaving no timer and no poll", async () => {
    const { fake, w, sdk, pr, timers } = setUp();
    fake.manualApproval = true;
    const id = (await sdk.privacyRequests.submit([access("a@x.io")])).succeeded[0]?.id as string;
    const controller = new AbortController();
    const waiting = failure(pr.waitFor(id, { signal: controller.signal, timeoutMs: 60_000 }));
    await timers.scheduled(2);
    controller.abort(new Error("operator left"));
    expect((await waiting).message).toBe("operator left");
    expect(timers.pending).toBe(0);
    const polls = w.count(SEARCH);
    await settle();
    expect(w.count(SEARCH)).toBe(polls);
  });

  it("refuses to wait for a status the server's release lacks", async () => {
    const { sdk, pr } = setUp({ serverVersion: "2.82.2" });
    const id = (await sdk.privacyRequests.submit([access("a@x.io")])).succeeded[0]?.id as string;
    const error = await failure(pr.waitFor(id, { until: "awaiting_access_review" }));
    expect(error).toBeInstanceOf(FidesUnsupportedOperationError);
  });

  it("rejects a wait on an id the server does not have", async () => {
    const { pr } = setUp();
    const error = await failure(pr.waitFor("pri_missing"));
    expect(error).toBeInstanceOf(FidesNotFoundError);
    expect(error.message).toBe("no privacy request has the id pri_missing");
  });

  it("yields each status change and ends after a terminal one", async () => {
    const { fake, sdk, pr, timers } = setUp();
    fake.manualApproval = true;
    const id = (await sdk.privacyRequests.submit([access("a@x.io")])).succeeded[0]?.id as string;
    const seen: [string, string | undefined][] = [];
    const watching = (async () => {
      for await (const change of pr.watch(id, { interval: 1000 }))
        seen.push([change.status, change.previous]);
    })();
    await timers.scheduled(1);
    await timers.fire();
    fake.setStatus(id, "approved");
    await timers.fire();
    fake.setStatus(id, "in_processing");
    await timers.fire();
    fake.setStatus(id, "complete");
    await timers.fire(true);
    await watching;
    expect(seen).toEqual([
      ["pending", undefined],
      ["approved", "pending"],
      ["in_processing", "approved"],
      ["complete", "in_processing"],
    ]);
    expect(timers.pending).toBe(0);
  });

  it("stops polling as soon as the loop is broken out of", async () => {
    const { fake, w, sdk, pr, timers } = setUp();
    fake.manualApproval = true;
    const id = (await sdk.privacyRequests.submit([access("a@x.io")])).succeeded[0]?.id as string;
    for await (const change of pr.watch(id)) {
      expect(change.status).toBe("pending");
      break;
    }
    expect(timers.pending).toBe(0);
    const polls = w.count(SEARCH);
    await settle();
    expect(w.count(SEARCH)).toBe(polls);
  });

  it("is reachable on the client, with the global timers", async () => {
    const { sdk } = setUp();
    const id = (await sdk.privacyRequests.submit([access("a@x.io")])).succeeded[0]?.id as string;
    expect(sdk.privacyRequests).toBeInstanceOf(FidesPrivacyRequests);
    expect((await sdk.privacyRequests.waitFor(id, { interval: 10 })).status).toBe("complete");
  });
});
