import type { components as Api278 } from "../generated/fides-api-2.78.2.js";
import type { components as Api282 } from "../generated/fides-api-2.82.2.js";
import type { components as Api286 } from "../generated/fides-api-2.86.2.js";
import type { Equal, Expect } from "../internal/type-ties.js";
import { atLeast, parseVersion, type Version } from "../internal/version.js";

/**
 * Every privacy-request status a tested Fides release can report (`PrivacyRequestStatus` in
 * `fides/api/schemas/privacy_request.py`), in the server's order. Releases differ: see
 * {@link statusesOf}.
 */
export const PRIVACY_REQUEST_STATUSES = [
  "identity_unverified",
  "requires_input",
  "pending",
  "approved",
  "denied",
  "in_processing",
  "complete",
  "paused",
  "awaiting_email_send",
  "requires_manual_finalization",
  "pending_external",
  "canceled",
  "error",
  "duplicate",
  "awaiting_pre_approval",
  "pre_approval_not_eligible",
  "awaiting_access_review",
] as const;

/** A privacy request's status, as any tested Fides release spells it. */
export type PrivacyRequestStatus = (typeof PRIVACY_REQUEST_STATUSES)[number];

/** Compile-time ties to each tested release's own OpenAPI enum. */
export type StatusTies = [
  Expect<Equal<PrivacyRequestStatus, Api286["schemas"]["PrivacyRequestStatus"]>>,
  Expect<
    Equal<
      Exclude<
        PrivacyRequestStatus,
        "awaiting_pre_approval" | "pre_approval_not_eligible" | "awaiting_access_review"
      >,
      Api282["schemas"]["PrivacyRequestStatus"]
    >
  >,
  Expect<
    Equal<
      Exclude<
        PrivacyRequestStatus,
        "pending_external" | "awaiting_pre_approval" | "pre_approval_not_eligible" | "awaiting_access_review"
      >,
      Api278["schemas"]["PrivacyRequestStatus"]
    >
  >,
];

/**
 * The statuses a request leaves only by an operator's new action (a retry, a resubmission): what
 * `waitFor(id, { until: "terminal" })` stops at. The same four in every tested release (Fides's
 * own `COMPLETION_STATUSES`); `duplicate` is not among them, since a duplicate can still be approved.
 */
export const TERMINAL_STATUSES = ["complete", "denied", "canceled", "error"] as const;

/** A status {@link TERMINAL_STATUSES} holds. */
export type TerminalStatus = (typeof TERMINAL_STATUSES)[number];

function version(text: string): Version {
  const parsed = parseVersion(text);
  if (parsed === undefined) throw new Error(`bad version constant ${text}`);
  return parsed;
}

/** The first release that has each status added after 2.78 (read from each tag's source). */
const ADDED_IN: Partial<Record<PrivacyRequestStatus, Version>> = {
  pending_external: version("2.80.0"),
  awaiting_pre_approval: version("2.83.0"),
  pre_approval_not_eligible: version("2.83.0"),
  // Present in 2.86.2, absent from 2.84.2; 2.85 was not inspected.
  awaiting_access_review: version("2.85.0"),
};

/**
 * The first release that has a status, or `undefined` for a status every tested release has.
 * @param status a status
 */
export function statusAddedIn(status: PrivacyRequestStatus): Version | undefined {
  return ADDED_IN[status];
}

/**
 * The statuses a release has: 13 in 2.78 and 2.79, 14 from 2.80 (`pending_external`), 16 from
 * 2.83 (`awaiting_pre_approval`, `pre_approval_not_eligible`), 17 from 2.85
 * (`awaiting_access_review`).
 * @param server the server's version
 */
export function statusesOf(server: Version): PrivacyRequestStatus[] {
  return PRIVACY_REQUEST_STATUSES.filter((status) => {
    const since = ADDED_IN[status];
    return since === undefined || atLeast(server, since);
  });
}

/**
 * Tells whether a value is a status some tested release has.
 * @param value any value
 */
export function isPrivacyRequestStatus(value: unknown): value is PrivacyRequestStatus {
  return typeof value === "string" && (PRIVACY_REQUEST_STATUSES as readonly string[]).includes(value);
}

/**
 * Tells whether a status is terminal ({@link TERMINAL_STATUSES}).
 * @param status a status
 */
export function isTerminalStatus(status: string): status is TerminalStatus {
  return (TERMINAL_STATUSES as readonly string[]).includes(status);
}
