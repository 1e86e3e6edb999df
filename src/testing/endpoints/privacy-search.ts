import type { VersionFeatures } from "../core/versions.js";
import { type PrivacyRequestStatus, type StoredRequest, statusesOf } from "../state/privacy.js";
import { requestView } from "../state/privacy-views.js";
import { detailResponse, jsonResponse } from "../wire/responses.js";
import {
  type BodyValue,
  checkIntQuery,
  issues,
  type ValidationIssue,
  validationResponse,
} from "../wire/validation.js";
import type { Context, RouteInput } from "./context.js";

const SEARCH_ROUTE = "POST /api/v1/privacy-request/search";
const LIST_ROUTE = "GET /api/v1/privacy-request";

/** The four date ranges, in the order Fides checks them (`validate_start_and_end_filters`). */
const RANGES = ["created", "completed", "errored", "started"] as const;
type Range = (typeof RANGES)[number];

/** A microsecond bound and its text as Python's `str(datetime)` prints it (for the 400s). */
interface Bound {
  readonly micros: number;
  readonly text: string;
}

/** What a search keeps: Fides's `PrivacyRequestFilter`, reduced to the parts the emulator models. */
interface RequestFilter {
  /** `ILIKE %x%` on the id */
  readonly requestId?: string;
  /** `ILIKE x%` on `external_id` */
  readonly externalId?: string;
  readonly statuses?: readonly string[];
  readonly actionTypes?: readonly string[];
  /** field → value; a request matches when any one pair matches */
  readonly identities?: Readonly<Record<string, string>>;
  readonly before?: Partial<Record<Range, Bound>>;
  readonly after?: Partial<Record<Range, Bound>>;
  readonly sortField: string;
  readonly sortDirection: "asc" | "desc";
}

const DEFAULT_SORT = { sortField: "created_at", sortDirection: "desc" } as const;

/** The columns a search can sort by that the emulator stores (every one a timestamp). */
const SORTABLE: Readonly<Record<string, (request: StoredRequest) => number | null>> = {
  created_at: (request) => request.createdAt,
  requested_at: (request) => request.requestedAt,
  started_processing_at: (request) => request.startedProcessingAt,
  finished_processing_at: (request) => request.finishedProcessingAt,
  reviewed_at: (request) => request.reviewedAt,
  paused_at: (request) => request.pausedAt,
  canceled_at: (request) => request.canceledAt,
};

/** The other columns of `PrivacyRequest` (the same in 2.78.2, 2.82.2 and 2.86.2): sorting by them is not modelled. */
const OTHER_COLUMNS = new Set([
  "access_result_urls",
  "awaiting_email_send_at",
  "cancel_reason",
  "client_id",
  "consent_preferences",
  "custom_privacy_request_fields_approved_at",
  "custom_privacy_request_fields_approved_by",
  "deleted_at",
  "deleted_by",
  "due_date",
  "duplicate_request_group_id",
  "external_id",
  "filtered_final_upload",
  "finalized_at",
  "finalized_by",
  "id",
  "identity_verified_at",
  "location",
  "origin",
  "policy_id",
  "property_id",
  "reviewed_by",
  "source",
  "status",
  "submitted_by",
  "updated_at",
]);

const ACTION_TYPES = ["access", "consent", "erasure", "update"] as const;

/**
 * The fields of `PrivacyRequestFilter` the emulator does not model, with the value that means
 * "not set" (the default): any other value is a 501 naming the field. `include_deleted_requests`
 * and `include_consent_webhook_requests` are modelled as they stand: the emulator deletes
 * nothing and makes no consent-webhook requests, so either value lists the same requests.
 */
const UNMODELLED_FIELDS: Readonly<Record<string, null | false>> = {
  fuzzy_search_str: null,
  custom_privacy_request_fields: null,
  location: null,
  source: null,
  verbose: false,
  include_identities: false,
  include_custom_privacy_request_fields: false,
  is_overdue: null,
  download_csv: false,
};

/** The body fields of each release, in `PrivacyRequestFilter`'s order (pydantic reports issues in it). */
function filterFields(features: VersionFeatures): readonly string[] {
  const source = features.has("searchSourceFilter");
  return [
    "request_id",
    "identities",
    "fuzzy_search_str",
    "custom_privacy_request_fields",
    "status",
    "created_lt",
    "created_gt",
    "started_lt",
    "started_gt",
    "completed_lt",
    "completed_gt",
    "errored_lt",
    "errored_gt",
    "external_id",
    "location",
    "action_type",
    ...(source ? ["source"] : []),
    "verbose",
    "include_identities",
    "include_custom_privacy_request_fields",
    ...(source ? ["include_consent_webhook_requests"] : []),
    "include_deleted_requests",
    ...(features.has("searchIsOverdue") ? ["is_overdue"] : []),
    "download_csv",
    "sort_field",
    "sort_direction",
  ];
}

/** pydantic's enum message: `Input should be 'a', 'b' or 'c'`. */
function enumIssue(loc: readonly (string | number)[], values: readonly string[]): ValidationIssue {
  const quoted = values.map((value) => `'${value}'`);
  const msg = `Input should be ${quoted.slice(0, -1).join(", ")} or ${quoted.at(-1)}`;
  return { type: "enum", loc, msg };
}

/**
 * `Optional[Union[E, List[E]]]` as pydantic's smart union reports it: a bad value fails both
 * members, each under its own tag in `loc`.
 * @returns the values (null: not set) or the issues
 */
function checkEnumOrList(
  value: unknown,
  field: string,
  enumName: string,
  values: readonly string[],
): { values: readonly string[] | null; issues: ValidationIssue[] } {
  if (value === null || value === undefined) return { values: null, issues: [] };
  if (typeof value === "string" && values.includes(value)) return { values: [value], issues: [] };
  const single = `str-enum[${enumName}]`;
  const list = `list[${single}]`;
  if (Array.isArray(value)) {
    const bad = value.flatMap((item, index) =>
      typeof item === "string" && values.includes(item)
        ? []
        : [enumIssue(["body", field, list, index], values)],
    );
    if (bad.length === 0) return { values: value as string[], issues: [] };
    return { values: null, issues: [enumIssue(["body", field, single], values), ...bad] };
  }
  return {
    values: null,
    issues: [enumIssue(["body", field, single], values), issues.listType(["body", field, list])],
  };
}

/** `YYYY-MM-DDTHH:MM[:SS[.ffffff]]` with `Z` or `±HH:MM`: the date-times the emulator compares. */
const AWARE = /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,6}))?)?(Z|[+-]\d{2}:\d{2})$/;

/**
 * An aware ISO 8601 date-time as a microsecond instant, with Python's `str()` of the datetime
 * pydantic makes of it; `undefined` for anything else (naive, date-only, a number, invalid).
 */
function readBound(value: string): Bound | undefined {
  const match = AWARE.exec(value);
  if (match === null) return undefined;
  const [, year = "", month = "", day = "", hour, minute, second = "00", fraction = "", zone = "Z"] = match;
  const offset = zone === "Z" ? "+00:00" : zone;
  const millis = Date.parse(`${year}-${month}-${day}T${hour}:${minute}:${second}.000${offset}`);
  if (
    Number.isNaN(millis) ||
    new Date(Date.UTC(Number(year), Number(month) - 1, Number(day))).getUTCDate() !== Number(day)
  ) {
    return undefined;
  }
  const micros = Number(fraction.padEnd(6, "0"));
  const shown = micros === 0 ? "" : `.${fraction.padEnd(6, "0")}`;
  return {
    micros: millis * 1000 + micros,
    text: `${year}-${month}-${day} ${hour}:${minute}:${second}${shown}${offset}`,
  };
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

const notModelled = (what: string) =>
  detailResponse(501, `The Fides emulator does not model ${what} of ${SEARCH_ROUTE}`);

/**
 * Reads a `PrivacyRequestFilter` body: pydantic's issues for what it refuses (an unknown field is
 * `extra_forbidden`), a 501 for a filter the emulator does not model, else the filter.
 */
function readFilterBody(
  features: VersionFeatures,
  body: BodyValue,
): { filter: RequestFilter } | { issues: ValidationIssue[] } | Response {
  if (body.kind === "absent") return { filter: DEFAULT_SORT };
  if (body.kind === "raw" || !isObject(body.value)) {
    return { issues: [issues.modelAttributesType(["body"])] };
  }
  const input = body.value;
  const fields = filterFields(features);
  const found: ValidationIssue[] = [];
  const strings: Record<string, string | undefined> = {};
  for (const name of ["request_id", "external_id"]) {
    const value = input[name];
    if (value === undefined || value === null) continue;
    if (typeof value !== "string") found.push(issues.stringType(["body", name]));
    else strings[name] = value;
  }
  const identities = input.identities;
  if (identities !== undefined && identities !== null && !isObject(identities)) {
    found.push({ type: "dict_type", loc: ["body", "identities"], msg: "Input should be a valid dictionary" });
  }
  const status = checkEnumOrList(input.status, "status", "PrivacyRequestStatus", statusesOf(features));
  const action = checkEnumOrList(input.action_type, "action_type", "ActionType", ACTION_TYPES);
  // `sort_field: str` and `sort_direction: ColumnSort` have defaults but are not Optional: null is refused.
  const sortField = "sort_field" in input ? input.sort_field : DEFAULT_SORT.sortField;
  if (typeof sortField !== "string") found.push(issues.stringType(["body", "sort_field"]));
  const sortDirection: unknown =
    "sort_direction" in input ? input.sort_direction : DEFAULT_SORT.sortDirection;
  if (sortDirection !== "asc" && sortDirection !== "desc") {
    found.push(enumIssue(["body", "sort_direction"], ["desc", "asc"]));
  }
  // pydantic reports field by field in the model's order, then each unknown key in the body's.
  const byField = (issue: ValidationIssue) => fields.indexOf(String(issue.loc[1]));
  found.push(...status.issues, ...action.issues);
  found.sort((a, b) => byField(a) - byField(b));
  for (const key of Object.keys(input)) {
    if (!fields.includes(key)) {
      found.push({ type: "extra_forbidden", loc: ["body", key], msg: "Extra inputs are not permitted" });
    }
  }
  if (found.length > 0) return { issues: found };

  for (const [name, unset] of Object.entries(UNMODELLED_FIELDS)) {
    if (name in input && input[name] !== null && input[name] !== unset) {
      return notModelled(`the search filter "${name}"`);
    }
  }
  for (const name of ["include_deleted_requests", "include_consent_webhook_requests"]) {
    const value = input[name];
    if (value !== undefined && value !== null && typeof value !== "boolean") {
      return notModelled(`the value ${JSON.stringify(value)} of the search filter "${name}"`);
    }
  }
  const matchIdentities: Record<string, string> = {};
  for (const [field, value] of Object.entries(isObject(identities) ? identities : {})) {
    if (typeof value !== "string") {
      return notModelled(`a non-string value of the identity "${field}" in the search filter "identities"`);
    }
    matchIdentities[field] = value;
  }
  const before: Partial<Record<Range, Bound>> = {};
  const after: Partial<Record<Range, Bound>> = {};
  for (const range of RANGES) {
    for (const [suffix, into] of [
      ["lt", before],
      ["gt", after],
    ] as const) {
      const name = `${range}_${suffix}`;
      const value = input[name];
      if (value === undefined || value === null) continue;
      const bound = typeof value === "string" ? readBound(value) : undefined;
      if (bound === undefined) {
        return notModelled(
          `the value ${JSON.stringify(value)} of the search filter "${name}" (only ISO 8601 date-times with Z or an offset are)`,
        );
      }
      into[range] = bound;
    }
  }
  return {
    filter: {
      ...(strings.request_id ? { requestId: strings.request_id } : {}),
      ...(strings.external_id ? { externalId: strings.external_id } : {}),
      ...(status.values?.length ? { statuses: status.values } : {}),
      ...(action.values?.length ? { actionTypes: action.values } : {}),
      ...(Object.keys(matchIdentities).length > 0 ? { identities: matchIdentities } : {}),
      before,
      after,
      sortField: sortField as string,
      sortDirection: sortDirection as RequestFilter["sortDirection"],
    },
  };
}

/**
 * The checks Fides makes once the filter parsed (`validate_filters`, then the sort field): the
 * 400s for contradictory dates, the 422 for a field `PrivacyRequest` does not have, a 501 for
 * sorting by a column the emulator does not store.
 */
function checkFilter(filter: RequestFilter): Response | undefined {
  const { before = {}, after = {} } = filter;
  if ((before.completed || after.completed) && (before.errored || after.errored)) {
    return detailResponse(400, "Cannot specify both succeeded and failed query params.");
  }
  for (const range of RANGES) {
    const end = before[range];
    const start = after[range];
    if (end !== undefined && start !== undefined && end.micros < start.micros) {
      return detailResponse(
        400,
        `Value specified for ${range}_lt: ${end.text} must be after ${range}_gt: ${start.text}.`,
      );
    }
  }
  if (SORTABLE[filter.sortField] === undefined) {
    if (OTHER_COLUMNS.has(filter.sortField)) return notModelled(`sorting by "${filter.sortField}"`);
    return detailResponse(422, `${filter.sortField} is not on PrivacyRequest`);
  }
  return undefined;
}

/** Whether a request passes the filter, as `filter_privacy_request_queryset` decides it. */
function matches(context: Context, filter: RequestFilter, request: StoredRequest): boolean {
  const { requestId, externalId, statuses, actionTypes, identities, before = {}, after = {} } = filter;
  if (requestId !== undefined && !request.id.toLowerCase().includes(requestId.toLowerCase())) return false;
  if (externalId !== undefined && !request.externalId?.toLowerCase().startsWith(externalId.toLowerCase())) {
    return false;
  }
  if (statuses !== undefined && !statuses.includes(request.status)) return false;
  if (identities !== undefined) {
    const any = Object.entries(identities).some(([field, value]) => {
      const stored = request.identity[field];
      return stored !== null && stored !== undefined && String(stored) === value;
    });
    if (!any) return false;
  }
  if (actionTypes !== undefined) {
    const rules = context.privacy.policy(request.policyKey)?.rules ?? [];
    if (!rules.some((rule) => actionTypes.includes(rule.actionType))) return false;
  }
  const micros = (ms: number | null) => (ms === null ? null : ms * 1000);
  const instants: Record<Range, number | null> = {
    created: micros(request.createdAt),
    started: micros(request.startedProcessingAt),
    completed: request.status === "complete" ? micros(request.finishedProcessingAt) : null,
    errored: request.status === "error" ? micros(request.finishedProcessingAt) : null,
  };
  for (const range of RANGES) {
    const at = instants[range];
    const end = before[range];
    const start = after[range];
    // SQL: a comparison with NULL is not true, so a request without the instant drops out.
    if (end !== undefined && (at === null || !(at < end.micros))) return false;
    if (start !== undefined && (at === null || !(at > start.micros))) return false;
  }
  return true;
}

/** `ORDER BY <field> <direction> NULLS LAST`; the later insert first on a tie when descending. */
function sorted(requests: StoredRequest[], filter: RequestFilter): StoredRequest[] {
  const key = SORTABLE[filter.sortField] ?? SORTABLE.created_at;
  const sign = filter.sortDirection === "asc" ? 1 : -1;
  return requests.sort((a, b) => {
    const left = key?.(a) ?? null;
    const right = key?.(b) ?? null;
    if (left !== right && (left === null || right === null)) return left === null ? 1 : -1;
    return sign * ((left ?? 0) - (right ?? 0) || a.sequence - b.sequence);
  });
}

/**
 * The search both list routes share (`_shared_privacy_request_search`): filter, sort, one page
 * of `page`/`size`, each request with what a paused or failed one needs to go on.
 */
function searchPage(context: Context, filter: RequestFilter, page: number, size: number): Response {
  const refused = checkFilter(filter);
  if (refused !== undefined) return refused;
  const found = sorted(
    [...context.privacy.requests.values()].filter((request) => matches(context, filter, request)),
    filter,
  );
  const now = context.store.now();
  const items = found
    .slice((page - 1) * size, page * size)
    .map((request) =>
      requestView(context.features, request, context.privacy.policy(request.policyKey), now, true),
    );
  return jsonResponse(200, { items, total: found.length, page, size, pages: Math.ceil(found.length / size) });
}

/** `page` (from 1) and `size` (1 to 100, default 50), FastAPI-pagination's query parameters. */
function readPage(query: URLSearchParams) {
  const page = checkIntQuery(query, "page", 1, 1);
  const size = checkIntQuery(query, "size", 50, 1, 100);
  return { page: page.value, size: size.value, issues: [...page.issues, ...size.issues] };
}

/**
 * `POST /privacy-request/search` (scope `privacy-request:read`): the body is a
 * `PrivacyRequestFilter` (absent or `null`: no filter), paged by `page`/`size`. Modelled: `request_id`
 * (part of the id, any case), `external_id` (its start, any case), `status` and `action_type`
 * (one or a list), `identities` (string values; any one pair matches), the `created`/`started`/
 * `completed`/`errored` `_lt`/`_gt` date-times written with Z or an offset, `sort_field` (the
 * timestamps) and `sort_direction`. Any other filter is a 501 naming it, never a silently
 * unfiltered list.
 */
export function searchPrivacyRequests(context: Context, input: RouteInput): Response {
  const { page, size, issues: queryIssues } = readPage(input.query);
  const read = readFilterBody(context.features, input.body);
  if (read instanceof Response) {
    return queryIssues.length > 0 ? validationResponse(queryIssues) : read;
  }
  const found = [...queryIssues, ...("issues" in read ? read.issues : [])];
  if (found.length > 0 || !("filter" in read)) return validationResponse(found);
  return searchPage(context, read.filter, page, size);
}

/** Query parameters of `GET /privacy-request` that the emulator does not filter by. */
const UNMODELLED_QUERY = [
  "identity",
  "fuzzy_search_str",
  "created_lt",
  "created_gt",
  "started_lt",
  "started_gt",
  "completed_lt",
  "completed_gt",
  "errored_lt",
  "errored_gt",
  "location",
  "action_type",
  "source",
  "verbose",
  "include_identities",
  "include_custom_privacy_request_fields",
  "download_csv",
  "include_deleted_requests",
  "sort_field",
  "sort_direction",
];

/**
 * `GET /privacy-request` (deprecated in favour of `POST …/search`, with which it shares the
 * search): newest first, filtered by `request_id`, `status` (repeatable) and `external_id`, paged
 * with `page`/`size`. A filter the emulator does not model is a 501 naming it, rather than a
 * silently unfiltered list.
 */
export function listPrivacyRequests(context: Context, input: RouteInput): Response {
  const unmodelled = UNMODELLED_QUERY.find((name) => input.query.has(name));
  if (unmodelled !== undefined) {
    return detailResponse(
      501,
      `The Fides emulator does not model the query parameter "${unmodelled}" of ${LIST_ROUTE}`,
    );
  }
  const known: readonly string[] = statusesOf(context.features);
  const statuses = input.query.getAll("status");
  const { page, size, issues: pageIssues } = readPage(input.query);
  const found: ValidationIssue[] = [
    ...statuses.flatMap((status, index) =>
      known.includes(status) ? [] : [enumIssue(["query", "status", index], known)],
    ),
    ...pageIssues,
  ];
  if (found.length > 0) return validationResponse(found);
  const requestId = input.query.get("request_id");
  const externalId = input.query.get("external_id");
  return searchPage(
    context,
    {
      ...DEFAULT_SORT,
      ...(requestId ? { requestId } : {}),
      ...(externalId ? { externalId } : {}),
      ...(statuses.length > 0 ? { statuses: statuses as PrivacyRequestStatus[] } : {}),
    },
    page,
    size,
  );
}
