import { FidesUnsupportedOperationError } from "../errors.js";
import type { components } from "../generated/fides-api-2.86.2.js";
import { assertObject, invalidType, invalidValue } from "../internal/assert.js";
import type { Equal, Expect } from "../internal/type-ties.js";
import { atLeast, parseVersion, type Version } from "../internal/version.js";
import { assertStatuses } from "./arguments.js";
import type { SearchBody } from "./bodies.js";
import { type PrivacyRequestStatus, statusAddedIn } from "./statuses.js";

/** Which privacy requests `list()` walks (the body of `POST /api/v1/privacy-request/search`). */
export interface PrivacyRequestFilters {
  /** One status or several. */
  status?: PrivacyRequestStatus | readonly PrivacyRequestStatus[];
  /** `"access"`, `"erasure"`, `"consent"` or `"update"`, or several. */
  action_type?: string | readonly string[];
  /** Your own id, as given to `submit()`. */
  external_id?: string;
  /** Identity values to match, such as `{ email: "user@example.com" }`. */
  identities?: Record<string, unknown>;
  /** Matches part of an identity or an id. */
  fuzzy_search_str?: string;
  /** Custom privacy-request field values to match, such as `{ department: "sales" }`. */
  custom_privacy_request_fields?: Record<string, unknown>;
  /** Created before / after (ISO 8601). */
  created_lt?: string;
  created_gt?: string;
  started_lt?: string;
  started_gt?: string;
  completed_lt?: string;
  completed_gt?: string;
  errored_lt?: string;
  errored_gt?: string;
  location?: string;
  /** Where requests came from, such as `"Privacy Center"` (Fides 2.86+). */
  source?: PrivacyRequestSource | readonly PrivacyRequestSource[];
  /** Fides's `verbose` flag. */
  verbose?: boolean;
  include_identities?: boolean;
  include_custom_privacy_request_fields?: boolean;
  /** Also the requests made by consent webhooks, hidden by default (Fides 2.86+). */
  include_consent_webhook_requests?: boolean;
  include_deleted_requests?: boolean;
  /** Only overdue requests (Fides 2.82+). */
  is_overdue?: boolean;
  /** @default "created_at" */
  sort_field?: string;
  /** @default "desc" */
  sort_direction?: "asc" | "desc";
}

const STRINGS = [
  "external_id",
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
  "sort_field",
] as const;
const FLAGS = [
  "verbose",
  "include_identities",
  "include_custom_privacy_request_fields",
  "include_consent_webhook_requests",
  "include_deleted_requests",
  "is_overdue",
] as const;
const OBJECTS = ["identities", "custom_privacy_request_fields"] as const;
const KNOWN = new Set<string>([
  ...STRINGS,
  ...FLAGS,
  ...OBJECTS,
  "status",
  "action_type",
  "source",
  "sort_direction",
]);

/** Where a privacy request came from (`PrivacyRequestSource`, Fides 2.86). */
export type PrivacyRequestSource = components["schemas"]["PrivacyRequestSource"];

/**
 * Compile-time tie: the filters are 2.86.2's `PrivacyRequestFilter`, but for `request_id` (a
 * substring match; `get()` reads one id) and `download_csv` (a CSV, not a page).
 */
export type FilterTies = [
  Expect<
    Equal<
      keyof PrivacyRequestFilters,
      Exclude<keyof components["schemas"]["PrivacyRequestFilter"], "request_id" | "download_csv">
    >
  >,
];

function known(text: string): Version {
  const version = parseVersion(text);
  if (version === undefined) throw new Error(`bad version constant ${text}`);
  return version;
}

/** Fields a release added to the search body (which refuses any field it does not know with 422). */
const FIELD_SINCE: Record<string, Version> = {
  is_overdue: known("2.82.0"),
  source: known("2.86.0"),
  include_consent_webhook_requests: known("2.86.0"),
};

/**
 * Checks the filters and builds the search body; every key must be one the SDK knows (Fides
 * answers 422 to any other).
 * @param value the argument
 */
export function searchBody(value: unknown): SearchBody {
  const raw = assertObject(value, "filters");
  const body: SearchBody = {};
  for (const [key, field] of Object.entries(raw)) {
    if (field === undefined) continue;
    const name = `filters.${key}`;
    if (!KNOWN.has(key)) throw invalidValue(name, "is not a filter the SDK knows");
    if ((STRINGS as readonly string[]).includes(key)) {
      if (typeof field !== "string") throw invalidType(name, "a string");
    } else if ((FLAGS as readonly string[]).includes(key)) {
      if (typeof field !== "boolean") throw invalidType(name, "a boolean");
    } else if (key === "status") {
      body.status = assertStatuses(field, name);
      continue;
    } else if (key === "action_type" || key === "source") {
      const list = Array.isArray(field) ? field : [field];
      if (!list.every((item) => typeof item === "string"))
        throw invalidType(name, "a string or an array of strings");
      body[key] = list;
      continue;
    } else if ((OBJECTS as readonly string[]).includes(key)) {
      assertObject(field, name);
    } else if (key === "sort_direction" && field !== "asc" && field !== "desc") {
      throw invalidValue(name, 'must be "asc" or "desc"');
    }
    body[key] = field;
  }
  return body;
}

/**
 * Refuses, before sending, filters the server's release does not have: a field it added later, or
 * a status it does not know.
 * @param body the search body
 * @param server the server's version
 */
export function checkFiltersFor(body: SearchBody, server: Version): void {
  for (const [field, since] of Object.entries(FIELD_SINCE)) {
    if (field in body && !atLeast(server, since)) {
      throw new FidesUnsupportedOperationError(
        "privacyRequests.list",
        since.text,
        server.text,
        `the privacy-request filter "${field}"`,
      );
    }
  }
  for (const status of (body.status as PrivacyRequestStatus[] | undefined) ?? []) {
    checkStatusFor(status, server, "privacyRequests.list");
  }
}

/**
 * Refuses a status the server's release does not have.
 * @param status the status
 * @param server the server's version
 * @param operation the SDK method, for the error
 */
export function checkStatusFor(status: PrivacyRequestStatus, server: Version, operation: string): void {
  const since = statusAddedIn(status);
  if (since !== undefined && !atLeast(server, since)) {
    throw new FidesUnsupportedOperationError(operation, since.text, server.text, `the status "${status}"`);
  }
}
