import type { VersionFeatures } from "../core/versions.js";
import { type StoredRequest, statusesOf } from "../state/privacy.js";
import { detailResponse } from "../wire/responses.js";
import { type BodyValue, issues, type ValidationIssue } from "../wire/validation.js";

const SEARCH_ROUTE = "POST /api/v1/privacy-request/search";

/** The four date ranges, in the order Fides checks them (`validate_start_and_end_filters`). */
export const RANGES = ["created", "completed", "errored", "started"] as const;
/** One of the date ranges. */
export type Range = (typeof RANGES)[number];

/** The date-bound fields, in the order `PrivacyRequestFilter` declares them. */
export const DATE_FIELDS = [
  "created_lt",
  "created_gt",
  "started_lt",
  "started_gt",
  "completed_lt",
  "completed_gt",
  "errored_lt",
  "errored_gt",
] as const;

/** A microsecond bound and its text as Python's `str(datetime)` prints it (for the 400s). */
export interface Bound {
  readonly micros: number;
  readonly text: string;
}

/** What a search keeps: Fides's `PrivacyRequestFilter`, reduced to the parts the emulator models. */
export interface RequestFilter {
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

/** `PrivacyRequestFilter`'s defaults: `created_at`, descending. */
export const DEFAULT_SORT = { sortField: "created_at", sortDirection: "desc" } as const;

/** The columns a search can sort by that the emulator stores (every one a timestamp). */
export const SORTABLE: Readonly<Record<string, (request: StoredRequest) => number | null>> = {
  created_at: (request) => request.createdAt,
  requested_at: (request) => request.requestedAt,
  started_processing_at: (request) => request.startedProcessingAt,
  finished_processing_at: (request) => request.finishedProcessingAt,
  reviewed_at: (request) => request.reviewedAt,
  paused_at: (request) => request.pausedAt,
  canceled_at: (request) => request.canceledAt,
};

/** The other columns of `PrivacyRequest` (the same in 2.78.2, 2.82.2 and 2.86.2): sorting by them is not modelled. */
export const OTHER_COLUMNS = new Set([
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

export const ACTION_TYPES = ["access", "consent", "erasure", "update"] as const;

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
    ...DATE_FIELDS,
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
export function enumIssue(loc: readonly (string | number)[], values: readonly string[]): ValidationIssue {
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

/**
 * The `<range>_lt`/`_gt` bounds among `values` (absent or null: not set), for both list routes:
 * a 501 naming the field for a value the emulator does not compare (anything but an ISO 8601
 * date-time with Z or an offset), else the bounds.
 * @param values the body's fields, or the query's last value of each parameter
 * @param what how the 501 names a field, such as `the search filter "created_lt"`
 * @param route the route, for the 501
 */
export function readDateBounds(
  values: Readonly<Record<string, unknown>>,
  what: (name: string) => string,
  route = SEARCH_ROUTE,
): Required<Pick<RequestFilter, "before" | "after">> | Response {
  const before: Partial<Record<Range, Bound>> = {};
  const after: Partial<Record<Range, Bound>> = {};
  for (const range of RANGES) {
    for (const [suffix, into] of [
      ["lt", before],
      ["gt", after],
    ] as const) {
      const name = `${range}_${suffix}`;
      const value = values[name];
      if (value === undefined || value === null) continue;
      const bound = typeof value === "string" ? readBound(value) : undefined;
      if (bound === undefined) {
        return notModelledOn(
          route,
          `the value ${JSON.stringify(value)} of ${what(name)} (only ISO 8601 date-times with Z or an offset are)`,
        );
      }
      into[range] = bound;
    }
  }
  return { before, after };
}

/** The 501 for a part of the search the emulator does not model, naming it. */
export const notModelled = (what: string) => notModelledOn(SEARCH_ROUTE, what);

/** The 501 for a part of `route` the emulator does not model, naming it. */
export const notModelledOn = (route: string, what: string) =>
  detailResponse(501, `The Fides emulator does not model ${what} of ${route}`);

/**
 * Reads a `PrivacyRequestFilter` body: pydantic's issues for what it refuses (an unknown field is
 * `extra_forbidden`), a 501 for a filter the emulator does not model, else the filter.
 */
export function readFilterBody(
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
  const bounds = readDateBounds(input, (name) => `the search filter "${name}"`);
  if (bounds instanceof Response) return bounds;
  const { before, after } = bounds;
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
