/**
 * `POST /api/v1/privacy-request/search` on the emulator, the route `sdk.privacyRequests.get()`,
 * `list()` and `waitFor()` read through, as Fides 2.78.2, 2.82.2 and 2.86.2 implement it
 * (`PrivacyRequestFilter`, `_shared_privacy_request_search`): the filters, the order, the pages,
 * pydantic's 422s, the 400s and the release differences.
 */
import { describe, expect, it } from "vitest";
import { FidesClient } from "../../src/client.js";
import { createFidesEmulatorCore } from "../../src/testing/emulator.js";
import { ManualTimers, namespaceOn } from "../privacy-requests/manual-timers.js";
import { ADAPTERS, call, type Harness, rootToken, tokenWith, useEmulator } from "./harness.js";

const SEARCH = "/api/v1/privacy-request/search";
const SUBMIT = "/api/v1/privacy-request/authenticated";
const access = (email: string, external_id?: string) => ({
  policy_key: "default_access_policy",
  identity: { email },
  ...(external_id === undefined ? {} : { external_id }),
});

function sdkFor(fides: Harness): FidesClient {
  return new FidesClient({ baseUrl: fides.url, clientId: "fidesadmin", clientSecret: "fidesadminsecret" });
}

/** Submits one request per item, a second apart on the emulator's clock; their ids in order. */
async function submitEach(fides: Harness, items: unknown[]): Promise<string[]> {
  const token = await rootToken(fides);
  const ids: string[] = [];
  for (const item of items) {
    const answer = await call(fides, "POST", SUBMIT, { token, json: [item] });
    ids.push(answer.body.succeeded[0].id);
    fides.emulator.advanceTime(1000);
  }
  return ids;
}

async function collect<T>(items: AsyncIterable<T>): Promise<T[]> {
  const all: T[] = [];
  for await (const item of items) all.push(item);
  return all;
}

describe.each(ADAPTERS)("the privacy-request search via $name", (adapter) => {
  const fides = useEmulator(adapter);

  it("lets sdk.privacyRequests.get() read a request by its id, and answer undefined for an unknown one", async () => {
    const [id] = await submitEach(fides, [access("get@example.com", "ext-get")]);
    const sdk = sdkFor(fides);
    const request = await sdk.privacyRequests.get(id ?? "");
    expect([request?.id, request?.status, request?.external_id]).toEqual([id, "complete", "ext-get"]);
    expect(await sdk.privacyRequests.get("pri_no_such_request")).toBeUndefined();
  });

  it("lets sdk.privacyRequests.list() walk the requests of a status newest first, page after page", async () => {
    fides.emulator.privacyRequests.setManualApproval(true);
    const ids = await submitEach(
      fides,
      ["1", "2", "3", "4"].map((n) => access(`${n}@x.io`)),
    );
    fides.emulator.privacyRequests.complete(ids[1] ?? "");
    const sdk = sdkFor(fides);
    const pending = await collect(sdk.privacyRequests.list({ status: "pending" }, { pageSize: 1 }));
    expect(pending.map((request) => request.id)).toEqual([ids[3], ids[2], ids[0]]);
    const searches = fides.emulator.requests().filter((seen) => seen.path === SEARCH);
    expect(searches.map((seen) => seen.status)).toEqual([200, 200, 200]);
    const all = await collect(sdk.privacyRequests.list());
    expect(all.map((request) => request.id)).toEqual([...ids].reverse());
  });

  it("filters list() by external id prefix, identity, action type and creation date, and sorts oldest first", async () => {
    const ids = await submitEach(fides, [
      access("a@x.io", "order-1"),
      access("b@x.io", "order-2"),
      { policy_key: "default_erasure_policy", identity: { email: "a@x.io" }, external_id: "other" },
    ]);
    const created = (id: string | undefined) =>
      new Date(fides.emulator.privacyRequests.get(id ?? "")?.createdAt ?? 0).toISOString();
    const sdk = sdkFor(fides);
    const listed = async (filters: Parameters<typeof sdk.privacyRequests.list>[0]) =>
      (await collect(sdk.privacyRequests.list(filters))).map((request) => request.id);
    expect(await listed({ external_id: "ORDER-" })).toEqual([ids[1], ids[0]]);
    expect(await listed({ identities: { email: "a@x.io" } })).toEqual([ids[2], ids[0]]);
    expect(await listed({ action_type: ["erasure"] })).toEqual([ids[2]]);
    expect(await listed({ created_gt: created(ids[0]), created_lt: created(ids[2]) })).toEqual([ids[1]]);
    expect(await listed({ sort_field: "created_at", sort_direction: "asc" })).toEqual(ids);
  });

  it("lets sdk.privacyRequests.waitFor() resolve once the request it polls has finished", async () => {
    fides.emulator.privacyRequests.setManualApproval(true);
    const [id = ""] = await submitEach(fides, [access("wait@example.com")]);
    const timers = new ManualTimers();
    const pr = namespaceOn(fides.url, timers);
    const waiting = pr.waitFor(id, { interval: 1000 });
    await timers.scheduled();
    expect(fides.emulator.privacyRequests.get(id)?.status).toBe("pending");
    await sdkFor(fides).privacyRequests.approve([id]);
    await timers.fire(true);
    const done = await waiting;
    expect([done.id, done.status]).toEqual([id, "complete"]);
    expect(timers.pending).toBe(0);
  });

  it("refuses unknown fields, unknown statuses and bad page sizes with pydantic's 422, query first", async () => {
    const token = await rootToken(fides);
    const answer = await call(fides, "POST", `${SEARCH}?size=0`, {
      token,
      json: { nope: 1, status: ["pending", "bogus"], sort_direction: "up" },
    });
    expect(answer.status).toBe(422);
    expect(
      answer.body.detail.map((issue: { type: string; loc: unknown[] }) => [issue.type, issue.loc]),
    ).toEqual([
      ["greater_than_equal", ["query", "size"]],
      ["enum", ["body", "status", "str-enum[PrivacyRequestStatus]"]],
      ["enum", ["body", "status", "list[str-enum[PrivacyRequestStatus]]", 1]],
      ["enum", ["body", "sort_direction"]],
      ["extra_forbidden", ["body", "nope"]],
    ]);
    expect(answer.body.detail[3].msg).toBe("Input should be 'desc' or 'asc'");
    const single = await call(fides, "POST", SEARCH, { token, json: { status: 5 } });
    expect(single.body.detail[1]).toEqual({
      type: "list_type",
      loc: ["body", "status", "list[str-enum[PrivacyRequestStatus]]"],
      msg: "Input should be a valid list",
    });
    const notObject = await call(fides, "POST", SEARCH, { token, json: ["pending"] });
    expect(notObject.body.detail).toEqual([
      {
        type: "model_attributes_type",
        loc: ["body"],
        msg: "Input should be a valid dictionary or object to extract fields from",
      },
    ]);
  });

  it("answers Fides's 400s for contradictory dates and its 422 for a field PrivacyRequest lacks", async () => {
    const token = await rootToken(fides);
    const search = (json: unknown) => call(fides, "POST", SEARCH, { token, json });
    const both = await search({ completed_gt: "2024-01-01T00:00:00Z", errored_lt: "2024-02-01T00:00:00Z" });
    expect([both.status, both.body.detail]).toEqual([
      400,
      "Cannot specify both succeeded and failed query params.",
    ]);
    const reversed = await search({
      created_lt: "2024-01-01T00:00:00.5Z",
      created_gt: "2024-02-01T10:00:00+02:00",
    });
    expect([reversed.status, reversed.body.detail]).toEqual([
      400,
      "Value specified for created_lt: 2024-01-01 00:00:00.500000+00:00 must be after created_gt: 2024-02-01 10:00:00+02:00.",
    ]);
    const sort = await search({ sort_field: "nope" });
    expect([sort.status, sort.body.detail]).toEqual([422, "nope is not on PrivacyRequest"]);
  });

  it("answers 501 naming a filter it does not model, never an unfiltered list", async () => {
    const token = await rootToken(fides);
    const search = (json: unknown) => call(fides, "POST", SEARCH, { token, json });
    expect((await search({ location: "US" })).body.detail).toBe(
      'The Fides emulator does not model the search filter "location" of POST /api/v1/privacy-request/search',
    );
    expect((await search({ created_gt: "2024-01-01" })).body.detail).toMatch(
      /^The Fides emulator does not model the value "2024-01-01" of the search filter "created_gt"/,
    );
    expect((await search({ sort_field: "status" })).status).toBe(501);
    expect((await search({ verbose: false, include_deleted_requests: true })).status).toBe(200);
  });

  it("needs privacy-request:read, as the real route declares", async () => {
    const reviewer = await tokenWith(fides, "privacy-request:review");
    const refused = await call(fides, "POST", SEARCH, { token: reviewer, json: {} });
    expect([refused.status, refused.body.detail]).toEqual([
      403,
      "Not Authorized for this action. Required scope(s): [privacy-request:read]",
    ]);
    const reader = await tokenWith(fides, "privacy-request:read");
    const empty = await call(fides, "POST", SEARCH, { token: reader });
    expect([empty.status, empty.body]).toEqual([200, { items: [], total: 0, page: 1, size: 50, pages: 0 }]);
  });

  it("matches request_id as part of an id and external_id as its start on the GET list too, as Fides's shared search does", async () => {
    const [id = ""] = await submitEach(fides, [access("g@x.io", "Ticket-9")]);
    const token = await rootToken(fides);
    const byPart = await call(fides, "GET", `/api/v1/privacy-request?request_id=${id.slice(4, 12)}`, {
      token,
    });
    expect(byPart.body.items.map((item: { id: string }) => item.id)).toEqual([id]);
    const byStart = await call(fides, "GET", "/api/v1/privacy-request?external_id=ticket", { token });
    expect(byStart.body.total).toBe(1);
  });
});

describe("the privacy-request search by release", () => {
  it("takes is_overdue from 2.82 and source from 2.86, refusing them as extra fields before", async () => {
    const seen: Record<string, (string | number)[]> = {};
    for (const version of ["2.78.2", "2.82.2", "2.86.2"]) {
      const emulator = createFidesEmulatorCore({ serverVersion: version });
      const tokenAnswer = await emulator.handle(
        new Request(`${emulator.baseUrl}/api/v1/oauth/token`, {
          method: "POST",
          body: new URLSearchParams({ client_id: "fidesadmin", client_secret: "fidesadminsecret" }),
        }),
      );
      const { access_token } = (await tokenAnswer.json()) as { access_token: string };
      seen[version] = [];
      for (const body of [{ is_overdue: null }, { include_consent_webhook_requests: false }]) {
        const answer = await emulator.handle(
          new Request(`${emulator.baseUrl}${SEARCH}`, {
            method: "POST",
            headers: { authorization: `Bearer ${access_token}`, "content-type": "application/json" },
            body: JSON.stringify(body),
          }),
        );
        seen[version]?.push(answer.status);
      }
    }
    expect(seen).toEqual({ "2.78.2": [422, 422], "2.82.2": [200, 422], "2.86.2": [200, 200] });
  });
});
