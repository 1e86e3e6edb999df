import { type PrivacyRequestStatus, type StoredRequest, statusesOf } from "../state/privacy.js";
import { requestView } from "../state/privacy-views.js";
import { detailResponse, jsonResponse } from "../wire/responses.js";
import { checkIntQuery, type ValidationIssue, validationResponse } from "../wire/validation.js";
import type { Context, RouteInput } from "./context.js";
import {
  ACTION_TYPES,
  DATE_FIELDS,
  DEFAULT_SORT,
  enumIssue,
  notModelled,
  notModelledOn,
  OTHER_COLUMNS,
  RANGES,
  type Range,
  type RequestFilter,
  readDateBounds,
  readFilterBody,
  SORTABLE,
} from "./search-filter.js";

const LIST_ROUTE = "GET /api/v1/privacy-request";

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
  "location",
  "verbose",
  "include_identities",
  "include_custom_privacy_request_fields",
  "download_csv",
  "include_deleted_requests",
];

/**
 * `GET /privacy-request` (deprecated in favour of `POST …/search`, with which it shares the
 * search): filtered by `request_id`, `status` (repeatable), `external_id`, `action_type`, the
 * `created`/`started`/`completed`/`errored` `_lt`/`_gt` date-times written with Z or an offset,
 * and sorted by `sort_field`/`sort_direction` (newest first by default); paged with `page`/`size`.
 * Of a parameter given twice but declared once, the last value counts, as in FastAPI. A filter
 * the emulator does not model is a 501 naming it, rather than a silently unfiltered list; `source`
 * (2.86+) is one, and a release without it ignores it, as FastAPI ignores any unknown parameter.
 */
export function listPrivacyRequests(context: Context, input: RouteInput): Response {
  const { query } = input;
  const unmodelled = [...UNMODELLED_QUERY, ...(context.features.has("searchSourceFilter") ? ["source"] : [])];
  const refused = unmodelled.find((name) => query.has(name));
  if (refused !== undefined) {
    return notModelledOn(LIST_ROUTE, `the query parameter "${refused}"`);
  }
  const last = (name: string) => query.getAll(name).at(-1);
  const known: readonly string[] = statusesOf(context.features);
  const statuses = query.getAll("status");
  const actionType = last("action_type");
  const sortDirection = last("sort_direction") ?? DEFAULT_SORT.sortDirection;
  const { page, size, issues: pageIssues } = readPage(query);
  // As the real servers report them: the paging dependency's issues first, then the route's own
  // parameters in their declared order (status, action_type, sort_direction).
  const found: ValidationIssue[] = [
    ...pageIssues,
    ...statuses.flatMap((status, index) =>
      known.includes(status) ? [] : [enumIssue(["query", "status", index], known)],
    ),
    ...(actionType === undefined || (ACTION_TYPES as readonly string[]).includes(actionType)
      ? []
      : [enumIssue(["query", "action_type"], ACTION_TYPES)]),
    ...(sortDirection === "asc" || sortDirection === "desc"
      ? []
      : [enumIssue(["query", "sort_direction"], ["desc", "asc"])]),
  ];
  if (found.length > 0) return validationResponse(found);
  const bounds = readDateBounds(
    Object.fromEntries(DATE_FIELDS.map((name) => [name, last(name)])),
    (name) => `the query parameter "${name}"`,
    LIST_ROUTE,
  );
  if (bounds instanceof Response) return bounds;
  const requestId = last("request_id");
  const externalId = last("external_id");
  return searchPage(
    context,
    {
      ...(requestId ? { requestId } : {}),
      ...(externalId ? { externalId } : {}),
      ...(statuses.length > 0 ? { statuses: statuses as PrivacyRequestStatus[] } : {}),
      ...(actionType === undefined ? {} : { actionTypes: [actionType] }),
      ...bounds,
      sortField: last("sort_field") ?? DEFAULT_SORT.sortField,
      sortDirection: sortDirection as RequestFilter["sortDirection"],
    },
    page,
    size,
  );
}
