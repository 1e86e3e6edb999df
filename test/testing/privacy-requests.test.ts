/**
 * The privacy-request routes (issue 17, the emulator's part), as real Fides 2.78.2, 2.82.2 and
 * 2.86.2 answered them: partial failures as 200 `{ succeeded, failed }`, the state machine,
 * manual approval, scopes as on every protected route, and the release differences.
 */
import { describe, expect, it } from "vitest";
import { createFidesEmulatorCore } from "../../src/testing/emulator.js";
import { ADAPTERS, call, type Harness, rootToken, tokenWith, useEmulator } from "./harness.js";

const SUBMIT = "/api/v1/privacy-request/authenticated";
const LIST = "/api/v1/privacy-request";
const ACCESS = { policy_key: "default_access_policy", identity: { email: "a@example.com" } };

async function submit(fides: Harness, token: string, items: unknown[]) {
  return call(fides, "POST", SUBMIT, { token, json: items });
}

async function statusOf(fides: Harness, token: string, id: string): Promise<string> {
  const answer = await call(fides, "GET", `${LIST}?request_id=${id}`, { token });
  return answer.body.items[0]?.status;
}

describe.each(ADAPTERS)("privacy requests via $name", (adapter) => {
  const fides = useEmulator(adapter);

  it("answers a mixed submit with 200, the good one created and each bad one in failed with Fides's message", async () => {
    const token = await rootToken(fides);
    const answer = await submit(fides, token, [
      ACCESS,
      { policy_key: "nope", identity: { email: "b@example.com" } },
      { policy_key: "default_access_policy", identity: {} },
    ]);
    expect(answer.status).toBe(200);
    expect(answer.body.succeeded).toHaveLength(1);
    expect(answer.body.succeeded[0].status).toBe("pending");
    expect(answer.body.failed.map((entry: { message: string }) => entry.message)).toEqual([
      "Policy with key nope does not exist",
      "You must provide at least one identity to process",
    ]);
    expect(answer.body.failed[0].data.identity).toEqual({
      phone_number: null,
      email: "b@example.com",
      ga_client_id: null,
      ljt_readerID: null,
      fides_user_device_id: null,
      external_id: null,
    });
    expect(await statusOf(fides, token, answer.body.succeeded[0].id)).toBe("complete");
  });

  it("refuses more than 50 requests in one call, and malformed items, with pydantic's 422s", async () => {
    const token = await rootToken(fides);
    const many = await submit(
      fides,
      token,
      Array.from({ length: 51 }, () => ACCESS),
    );
    expect([many.status, many.body.detail[0]]).toEqual([
      422,
      { type: "too_long", loc: ["body"], msg: "List should have at most 50 items after validation, not 51" },
    ]);
    const bad = await submit(fides, token, [{ identity: 5 }, {}]);
    expect(bad.body.detail.map((issue: { type: string; loc: unknown[] }) => [issue.type, issue.loc])).toEqual(
      [
        ["model_attributes_type", ["body", 0, "identity"]],
        ["missing", ["body", 0, "policy_key"]],
        ["missing", ["body", 1, "identity"]],
        ["missing", ["body", 1, "policy_key"]],
      ],
    );
    expect(fides.emulator.privacyRequests.list()).toEqual([]);
  });

  it("enforces the routes' scopes as on the OAuth routes", async () => {
    const reader = await tokenWith(fides, "privacy-request:read");
    const refused = await submit(fides, reader, [ACCESS]);
    expect([refused.status, refused.body.detail]).toEqual([
      403,
      "Not Authorized for this action. Required scope(s): [privacy-request:create]",
    ]);
    expect((await call(fides, "GET", LIST)).status).toBe(401);
    const review = await call(fides, "PATCH", `${LIST}/administrate/approve`, { token: reader, json: ["x"] });
    expect(review.body.detail).toBe(
      "Not Authorized for this action. Required scope(s): [privacy-request:review]",
    );
    const creator = await tokenWith(fides, "privacy-request:create");
    expect((await submit(fides, creator, [ACCESS])).status).toBe(200);
  });

  it("waits for review with manual approval on, then approve runs it, deny ends it, and both report per id", async () => {
    fides.emulator.privacyRequests.setManualApproval(true);
    const token = await rootToken(fides);
    const created = await submit(fides, token, [ACCESS, { ...ACCESS, identity: { email: "c@example.com" } }]);
    const [first, second] = created.body.succeeded.map((request: { id: string }) => request.id);
    expect(await statusOf(fides, token, first)).toBe("pending");
    const approved = await call(fides, "PATCH", `${LIST}/administrate/approve`, {
      token,
      json: { request_ids: [first, "pri_nope"] },
    });
    expect(approved.status).toBe(200);
    expect(approved.body.succeeded.map((request: { status: string }) => request.status)).toEqual([
      "approved",
    ]);
    expect(approved.body.failed).toEqual([
      { message: "No privacy request found with id 'pri_nope'", data: { privacy_request_id: "pri_nope" } },
    ]);
    expect(await statusOf(fides, token, first)).toBe("complete");
    const denied = await call(fides, "PATCH", `${LIST}/administrate/deny`, {
      token,
      json: { request_ids: [second, first], reason: "duplicate" },
    });
    expect(denied.body.succeeded.map((request: { status: string }) => request.status)).toEqual(["denied"]);
    expect(denied.body.failed.map((entry: { message: string }) => entry.message)).toEqual([
      "Cannot transition status",
    ]);
    const canceled = await call(fides, "PATCH", `${LIST}/administrate/cancel`, { token, json: [second] });
    expect(canceled.body.failed[0].message).toBe("Cannot cancel privacy request in denied status");
  });

  it("cancels a waiting request, and refuses an empty selection with the server's 422", async () => {
    fides.emulator.privacyRequests.setManualApproval(true);
    const token = await rootToken(fides);
    const id = (await submit(fides, token, [ACCESS])).body.succeeded[0].id;
    const canceled = await call(fides, "PATCH", `${LIST}/administrate/cancel`, { token, json: [id] });
    expect(canceled.body.succeeded[0].status).toBe("canceled");
    const empty = await call(fides, "PATCH", `${LIST}/administrate/approve`, { token, json: [] });
    expect([empty.status, empty.body.detail[0].msg]).toEqual([
      422,
      "Value error, At least one of 'request_ids' or 'filters' must be provided. 'request_ids' cannot be empty.",
    ]);
  });

  it("lists newest first with status filters and pages, and refuses an unknown status with the enum's 422", async () => {
    const token = await rootToken(fides);
    fides.emulator.privacyRequests.setManualApproval(true);
    const ids: string[] = [];
    for (const email of ["1@x.io", "2@x.io", "3@x.io"]) {
      ids.push((await submit(fides, token, [{ ...ACCESS, identity: { email } }])).body.succeeded[0].id);
      fides.emulator.advanceTime(1000);
    }
    fides.emulator.privacyRequests.complete(ids[0] ?? "");
    const page = await call(fides, "GET", `${LIST}?status=pending&size=1&page=2`, { token });
    expect({ ...page.body, items: page.body.items.map((item: { id: string }) => item.id) }).toEqual({
      items: [ids[1]],
      total: 2,
      page: 2,
      size: 1,
      pages: 2,
    });
    const wrong = await call(fides, "GET", `${LIST}?status=nope`, { token });
    expect([wrong.status, wrong.body.detail[0].type, wrong.body.detail[0].loc]).toEqual([
      422,
      "enum",
      ["query", "status", 0],
    ]);
    expect(wrong.body.detail[0].msg).toContain(
      "'awaiting_pre_approval', 'pre_approval_not_eligible' or 'awaiting_access_review'",
    );
    const unmodelled = await call(fides, "GET", `${LIST}?fuzzy_search_str=x`, { token });
    expect([unmodelled.status, unmodelled.body.detail]).toEqual([
      501,
      'The Fides emulator does not model the query parameter "fuzzy_search_str" of GET /api/v1/privacy-request',
    ]);
    const naive = await call(fides, "GET", `${LIST}?created_gt=2024-01-01`, { token });
    expect([naive.status, naive.body.detail]).toEqual([
      501,
      'The Fides emulator does not model the value "2024-01-01" of the query parameter "created_gt" (only ISO 8601 date-times with Z or an offset are) of GET /api/v1/privacy-request',
    ]);
  });

  it("sorts, filters by action type and by dates on the GET list as the search does, with FastAPI's 422s", async () => {
    const token = await rootToken(fides);
    const ids: string[] = [];
    for (const email of ["1@x.io", "2@x.io", "3@x.io"]) {
      ids.push((await submit(fides, token, [{ ...ACCESS, identity: { email } }])).body.succeeded[0].id);
      fides.emulator.advanceTime(1000);
    }
    const list = async (query: string) => {
      const answer = await call(fides, "GET", `${LIST}?${query}`, { token });
      return answer.body.items?.map((item: { id: string }) => ids.indexOf(item.id)) ?? answer;
    };
    expect(await list("sort_field=created_at&sort_direction=asc")).toEqual([0, 1, 2]);
    expect(await list("sort_direction=desc")).toEqual([2, 1, 0]);
    expect(await list("action_type=access")).toEqual([2, 1, 0]);
    expect(await list("action_type=erasure")).toEqual([]);
    const all = await call(fides, "GET", `${LIST}?sort_direction=asc`, { token });
    const [first, second] = all.body.items.map((item: { created_at: string }) => item.created_at);
    expect(await list(`created_gt=${encodeURIComponent(first)}&sort_direction=asc`)).toEqual([1, 2]);
    expect(await list(`created_lt=${encodeURIComponent(second)}`)).toEqual([0]);
    const reversed = await call(
      fides,
      "GET",
      `${LIST}?created_lt=2024-01-01T00:00:00Z&created_gt=2024-02-01T00:00:00Z`,
      {
        token,
      },
    );
    expect([reversed.status, reversed.body.detail]).toEqual([
      400,
      "Value specified for created_lt: 2024-01-01 00:00:00+00:00 must be after created_gt: 2024-02-01 00:00:00+00:00.",
    ]);
    const bad = await call(fides, "GET", `${LIST}?action_type=nope&sort_direction=up&size=0`, { token });
    expect([bad.status, bad.body.detail.map((issue: { loc: unknown[] }) => issue.loc)]).toEqual([
      422,
      [
        ["query", "size"],
        ["query", "action_type"],
        ["query", "sort_direction"],
      ],
    ]);
    const field = await call(fides, "GET", `${LIST}?sort_field=nope`, { token });
    expect([field.status, field.body.detail]).toEqual([422, "nope is not on PrivacyRequest"]);
  });

  it("retries only a request in error, from the step that failed", async () => {
    const token = await rootToken(fides);
    const id = (await submit(fides, token, [ACCESS])).body.succeeded[0].id;
    const refused = await call(fides, "POST", `${LIST}/${id}/retry`, { token });
    expect([refused.status, refused.body.detail]).toEqual([
      400,
      `Cannot restart privacy request from failure: privacy request '${id}' status = complete.`,
    ]);
    fides.emulator.privacyRequests.setStatus(id, "error", { failedStep: "access" });
    const listed = await call(fides, "GET", `${LIST}?request_id=${id}`, { token });
    expect([listed.body.items[0].action_required_details, listed.body.items[0].resume_endpoint]).toEqual([
      { step: "access", collection: null, action_needed: null },
      `/privacy-request/${id}/retry`,
    ]);
    const retried = await call(fides, "POST", `${LIST}/${id}/retry`, { token });
    expect([retried.status, retried.body.status]).toEqual([200, "in_processing"]);
    expect(await statusOf(fides, token, id)).toBe("complete");
    const missing = await call(fides, "POST", `${LIST}/pri_nope/retry`, { token });
    expect([missing.status, missing.body.detail]).toEqual([
      404,
      "No privacy request found with id 'pri_nope'.",
    ]);
  });

  it("retries in bulk with per-id outcomes, matching bulk/retry before the {id}/retry route", async () => {
    const token = await rootToken(fides);
    const errored = (await submit(fides, token, [ACCESS])).body.succeeded[0].id;
    const done = (await submit(fides, token, [ACCESS])).body.succeeded[0].id;
    fides.emulator.privacyRequests.setStatus(errored, "error", { failedStep: "access" });
    const answer = await call(fides, "POST", `${LIST}/bulk/retry`, {
      token,
      json: { request_ids: [errored, done, "pri_nope"] },
    });
    expect(answer.status).toBe(200);
    expect(
      answer.body.succeeded.map((entry: { id: string; status: string }) => [entry.id, entry.status]),
    ).toEqual([[errored, "in_processing"]]);
    expect(answer.body.failed).toEqual([
      {
        message: `Cannot restart privacy request from failure: privacy request '${done}' status = complete.`,
        data: { privacy_request_id: done },
      },
      { message: "No privacy request found with id 'pri_nope'", data: { privacy_request_id: "pri_nope" } },
    ]);
    expect(await statusOf(fides, token, errored)).toBe("complete");
  });

  it("runs nothing until process() with queued processing", async () => {
    const queued = createFidesEmulatorCore({ privacyRequests: { processing: "queued" } });
    const tokenAnswer = await queued.handle(
      new Request(`${queued.baseUrl}/api/v1/oauth/token`, {
        method: "POST",
        body: new URLSearchParams({ client_id: "fidesadmin", client_secret: "fidesadminsecret" }),
      }),
    );
    const { access_token } = (await tokenAnswer.json()) as { access_token: string };
    const answer = await queued.handle(
      new Request(`${queued.baseUrl}${SUBMIT}`, {
        method: "POST",
        headers: { authorization: `Bearer ${access_token}`, "content-type": "application/json" },
        body: JSON.stringify([ACCESS]),
      }),
    );
    const id = ((await answer.json()) as { succeeded: { id: string }[] }).succeeded[0]?.id ?? "";
    expect(queued.privacyRequests.get(id)).toMatchObject({ status: "pending", queued: true });
    expect(await queued.privacyRequests.process(id)).toBe("complete");
    await expect(queued.privacyRequests.process(id)).rejects.toThrow(/is not queued/);
  });
});

describe("privacy requests by release", () => {
  it("shows property_id from 2.84 and a policy's conditions from 2.80, as the real releases do", async () => {
    for (const [version, propertyId, conditions] of [
      ["2.78.2", false, false],
      ["2.82.2", false, true],
      ["2.86.2", true, true],
    ] as const) {
      const emulator = createFidesEmulatorCore({ serverVersion: version });
      const token = await emulatorToken(emulator);
      const answer = await emulator.handle(
        new Request(`${emulator.baseUrl}${SUBMIT}`, {
          method: "POST",
          headers: { authorization: `Bearer ${token}`, "content-type": "application/json" },
          body: JSON.stringify([ACCESS]),
        }),
      );
      const request = ((await answer.json()) as { succeeded: Record<string, Record<string, unknown>>[] })
        .succeeded[0];
      expect(["property_id" in (request ?? {}), "conditions" in (request?.policy ?? {})]).toEqual([
        propertyId,
        conditions,
      ]);
    }
  });

  it("lets a test's route() take the place of a modelled privacy route, never of an OAuth route", async () => {
    const emulator = createFidesEmulatorCore();
    emulator.route("GET", "/api/v1/dsr/policy", { scopes: ["policy:read"] }, () => ({
      status: 200,
      json: { items: ["stand-in"] },
    }));
    const token = await emulatorToken(emulator);
    const answer = await emulator.handle(
      new Request(`${emulator.baseUrl}/api/v1/dsr/policy`, { headers: { authorization: `Bearer ${token}` } }),
    );
    expect(await answer.json()).toEqual({ items: ["stand-in"] });
    expect(() =>
      emulator.route("GET", "/api/v1/oauth/scope", { scopes: [] }, () => ({ status: 200 })),
    ).toThrow(/already a route of this emulator/);
  });

  it("refuses a status the release does not have, in the controls too", () => {
    const old = createFidesEmulatorCore({ serverVersion: "2.78.2" });
    expect(() => old.privacyRequests.setStatus("pri_x", "complete")).toThrow(/not a privacy request/);
  });

  it("checks its privacy-request options once, naming them", () => {
    expect(() =>
      createFidesEmulatorCore({ privacyRequests: { processing: "lazy" as "eager" } }),
    ).toThrowError(
      expect.objectContaining({
        code: "ERR_INVALID_ARG_VALUE",
        message: expect.stringContaining('"options.privacyRequests.processing"'),
      }),
    );
    for (const callbackTokenMinutes of [-1, 1.5])
      expect(() => createFidesEmulatorCore({ privacyRequests: { callbackTokenMinutes } })).toThrow(
        /"options.privacyRequests.callbackTokenMinutes" must be an integer from 0/,
      );
    expect(() => createFidesEmulatorCore({ privacyRequests: { callbackTokenMinutes: 0 } })).not.toThrow();
  });
});

async function emulatorToken(emulator: ReturnType<typeof createFidesEmulatorCore>): Promise<string> {
  const answer = await emulator.handle(
    new Request(`${emulator.baseUrl}/api/v1/oauth/token`, {
      method: "POST",
      body: new URLSearchParams({ client_id: "fidesadmin", client_secret: "fidesadminsecret" }),
    }),
  );
  return ((await answer.json()) as { access_token: string }).access_token;
}
