// The privacy-request routes of a real Fides (2.78.2 to 2.86.2, eager Celery, no connectors), on the
// emulator's route() hook, answering with the statuses and bodies recorded on the real servers:
// 200 with { succeeded, failed } for every bulk route, a 422 for a malformed policy key or more
// than 50 submissions, the search's substring match on request_id, the 403 of access results.
// Until the emulator models these routes itself, the SDK's tests run against this.
import type { FidesEmulator } from "../../src/testing/index.js";

/** A stored request, as the search answers it. */
export interface FakeRequest {
  id: string;
  status: string;
  created_at: string;
  policy: { name: string; key: string; rules: unknown[] };
  external_id: string | null;
  [field: string]: unknown;
}

const POLICIES: Record<string, string> = {
  default_access_policy: "Default Access Policy",
  default_erasure_policy: "Default Erasure Policy",
};
const FIDES_KEY = /^[A-Za-z0-9_.<>-]+$/;
const IDENTITY_KEYS = [
  "phone_number",
  "email",
  "ga_client_id",
  "ljt_readerID",
  "fides_user_device_id",
  "external_id",
];

/** What a test controls of the fake. */
export interface FakeFides {
  readonly requests: Map<string, FakeRequest>;
  /** Whether new requests wait for approval (`require_manual_request_approval`). */
  manualApproval: boolean;
  /** Sets a request's status, as the server's own processing would. */
  setStatus(id: string, status: string): void;
  /** Makes the n-th submit call (1-based) answer 500. */
  failSubmitCall: number | undefined;
  /** How many calls each route took. */
  calls: Record<string, number>;
  /** The body of each search call, as sent. */
  readonly searchBodies: unknown[];
}

function page<T>(items: T[], query: URLSearchParams) {
  const number = Number(query.get("page") ?? 1);
  const size = Number(query.get("size") ?? 50);
  return {
    items: items.slice((number - 1) * size, number * size),
    total: items.length,
    page: number,
    size,
    pages: Math.ceil(items.length / size),
  };
}

/**
 * Adds the routes to an emulator (or the emulator's HTTP server).
 * @param emulator what routes are added to
 */
export function addPrivacyRequestRoutes(emulator: Pick<FidesEmulator, "route">): FakeFides {
  let sequence = 0;
  const fake: FakeFides = {
    requests: new Map(),
    manualApproval: false,
    failSubmitCall: undefined,
    calls: {},
    searchBodies: [],
    setStatus(id, status) {
      const request = this.requests.get(id);
      if (request === undefined) throw new Error(`no fake request ${id}`);
      request.status = status;
    },
  };
  const count = (name: string) => {
    fake.calls[name] = (fake.calls[name] ?? 0) + 1;
    return fake.calls[name];
  };
  // Eager Celery: the answer says what the request was when created; it has run by the next read.
  const runSoon = (request: FakeRequest) => queueMicrotask(() => (request.status = "complete"));

  emulator.route(
    "POST",
    "/api/v1/privacy-request/authenticated",
    { scopes: ["privacy-request:create"] },
    (request) => {
      const call = count("submit");
      const items = request.json as Record<string, unknown>[];
      if (items.length > 50) {
        return {
          status: 422,
          json: {
            detail: [
              {
                type: "too_long",
                loc: ["body"],
                msg: `List should have at most 50 items after validation, not ${items.length}`,
              },
            ],
          },
        };
      }
      const invalid = items.flatMap((item, index) =>
        FIDES_KEY.test(String(item.policy_key))
          ? []
          : [
              {
                type: "value_error",
                loc: ["body", index, "policy_key"],
                msg: `Value error, FidesKeys must only contain alphanumeric characters, '.', '_', '<', '>' or '-'. Value provided: ${String(item.policy_key)}`,
              },
            ],
      );
      if (invalid.length > 0) return { status: 422, json: { detail: invalid } };
      if (call === fake.failSubmitCall) return { status: 500, json: { detail: "Internal Server Error" } };
      const succeeded: FakeRequest[] = [];
      const failed: { message: string; data: Record<string, unknown> }[] = [];
      for (const item of items) {
        const given = (item.identity ?? {}) as Record<string, unknown>;
        const identity: Record<string, unknown> = Object.fromEntries(
          IDENTITY_KEYS.map((key) => [key, given[key] ?? null]),
        );
        for (const [key, value] of Object.entries(given)) identity[key] = value;
        const data = {
          external_id: null,
          requested_at: null,
          ...item,
          identity,
          policy_key: item.policy_key,
        };
        const policyKey = String(item.policy_key);
        if (!(policyKey in POLICIES)) {
          failed.push({ message: `Policy with key ${policyKey} does not exist`, data });
          continue;
        }
        if (Object.values(given).every((value) => value === null || value === undefined)) {
          failed.push({ message: "You must provide at least one identity to process", data });
          continue;
        }
        sequence++;
        const stored: FakeRequest = {
          id: `pri_00000000-0000-4000-8000-${String(sequence).padStart(12, "0")}`,
          created_at: new Date(1_770_000_000_000 + sequence).toISOString(),
          status: "pending",
          external_id: (item.external_id as string | undefined) ?? null,
          identity: null,
          policy: { name: POLICIES[policyKey] as string, key: policyKey, rules: [] },
          days_left: 45,
        };
        fake.requests.set(stored.id, stored);
        succeeded.push({ ...stored });
        if (!fake.manualApproval) runSoon(stored);
      }
      return { status: 200, json: { succeeded, failed } };
    },
  );

  emulator.route(
    "POST",
    "/api/v1/privacy-request/search",
    { scopes: ["privacy-request:read"] },
    (request) => {
      count("search");
      fake.searchBodies.push(request.json);
      const filters = (request.json ?? {}) as { request_id?: string; status?: string[] };
      const items = [...fake.requests.values()]
        .filter((item) => filters.request_id === undefined || item.id.includes(filters.request_id))
        .filter((item) => filters.status === undefined || filters.status.includes(item.status))
        .reverse();
      return { status: 200, json: page(items, request.query) };
    },
  );

  const review = (name: string, apply: (request: FakeRequest) => string | undefined) =>
    emulator.route(
      "PATCH",
      `/api/v1/privacy-request/administrate/${name}`,
      { scopes: ["privacy-request:review"] },
      (request) => {
        count(name);
        const ids = (request.json as { request_ids?: string[] }).request_ids ?? [];
        if (ids.length === 0) {
          return {
            status: 422,
            json: {
              detail: [
                {
                  type: "value_error",
                  loc: ["body"],
                  msg: "Value error, At least one of 'request_ids' or 'filters' must be provided. 'request_ids' cannot be empty.",
                },
              ],
            },
          };
        }
        const succeeded: FakeRequest[] = [];
        const failed: { message: string; data: Record<string, unknown> }[] = [];
        for (const id of ids) {
          const stored = fake.requests.get(id);
          if (stored === undefined) {
            failed.push({
              message: `No privacy request found with id '${id}'`,
              data: { privacy_request_id: id },
            });
            continue;
          }
          const refusal = apply(stored);
          if (refusal !== undefined) failed.push({ message: refusal, data: { ...stored } });
          else succeeded.push({ ...stored });
        }
        return { status: 200, json: { succeeded, failed } };
      },
    );
  const REVIEWABLE = ["pending", "duplicate", "awaiting_pre_approval", "pre_approval_not_eligible"];
  review("approve", (stored) => {
    if (!REVIEWABLE.includes(stored.status)) return "Cannot transition status";
    stored.status = "approved";
    queueMicrotask(() => (stored.status = "complete"));
    return undefined;
  });
  review("deny", (stored) => {
    if (!REVIEWABLE.includes(stored.status)) return "Cannot transition status";
    stored.status = "denied";
    return undefined;
  });
  review("cancel", (stored) => {
    if (["complete", "denied", "canceled", "error"].includes(stored.status)) {
      return `Cannot cancel privacy request in ${stored.status} status`;
    }
    stored.status = "canceled";
    return undefined;
  });

  emulator.route(
    "POST",
    "/api/v1/privacy-request/bulk/retry",
    { scopes: ["privacy-request:resume"] },
    (request) => {
      count("retry");
      const ids = (request.json as { request_ids: string[] }).request_ids;
      const succeeded: FakeRequest[] = [];
      const failed: { message: string; data: Record<string, unknown> }[] = [];
      for (const id of ids) {
        const stored = fake.requests.get(id);
        if (stored === undefined) {
          failed.push({
            message: `No privacy request found with id '${id}'`,
            data: { privacy_request_id: id },
          });
        } else if (stored.status !== "error") {
          failed.push({
            message: `Cannot restart privacy request from failure: privacy request '${id}' status = ${stored.status}.`,
            data: { privacy_request_id: id },
          });
        } else {
          stored.status = "in_processing";
          succeeded.push({ ...stored });
        }
      }
      return { status: 200, json: { succeeded, failed } };
    },
  );

  emulator.route(
    "GET",
    "/api/v1/privacy-request/{privacy_request_id}/log",
    { scopes: ["privacy-request:read"] },
    (request) => {
      const id = request.params.privacy_request_id as string;
      if (!fake.requests.has(id)) {
        return { status: 404, json: { detail: `No privacy request found with id '${id}'.` } };
      }
      const steps = [
        "Request execution plan",
        "Dataset traversal",
        "Request execution plan",
        "Access package upload",
      ];
      const entries = steps.map((dataset_name, index) => ({
        status: "complete",
        collection_name: null,
        fields_affected: null,
        message: `step ${index + 1} for privacy request: ${id}`,
        action_type: "access",
        updated_at: "2026-12-04T15:51:25.824673Z",
        connection_key: null,
        dataset_name,
      }));
      return { status: 200, json: page(entries, request.query) };
    },
  );

  emulator.route(
    "GET",
    "/api/v1/privacy-request/{privacy_request_id}/access-results",
    { scopes: ["privacy-request-access-results:read"] },
    () => ({ status: 403, json: { detail: "Access results download is disabled." } }),
  );
  return fake;
}
