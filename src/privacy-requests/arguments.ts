import { assertInteger, assertObject, invalidType, invalidValue } from "../internal/assert.js";
import type { PrivacyRequestInput } from "./bulk.js";
import type { PollInterval } from "./poller.js";
import { isPrivacyRequestStatus, PRIVACY_REQUEST_STATUSES, type PrivacyRequestStatus } from "./statuses.js";

/**
 * The argument checks of `sdk.privacyRequests`, in the SDK's one message scheme
 * (`"ids[2]" must be a privacy request id`), all before any request is sent.
 */

/** Fides's ids are `pri_` and a UUID; anything that could leave its path segment is refused. */
const ID = /^[A-Za-z0-9_:-][A-Za-z0-9_.:-]{0,199}$/;

/** The most items one call of a bulk route carries (Fides's `BULK_PRIVACY_REQUEST_BATCH_SIZE`). */
export const BULK_LIMIT = 50;

/** The most items one `submit()` or review takes (it sends them 50 at a time). */
export const MAX_ITEMS = 10_000;

/** The default polling: 1 s, growing by half while nothing changes, to at most 30 s. */
export const DEFAULT_INTERVAL: PollInterval = { initialMs: 1_000, maxMs: 30_000, factor: 1.5 };

/**
 * A privacy request id.
 * @param value the argument
 * @param name its full name
 */
export function assertRequestId(value: unknown, name = "id"): string {
  if (typeof value !== "string") throw invalidType(name, "a string");
  if (!ID.test(value)) {
    throw invalidValue(name, "must be a privacy request id (letters, digits, _ . : -; at most 200)");
  }
  return value;
}

/**
 * A non-empty list of distinct ids.
 * @param value the argument
 * @param name its full name
 */
export function assertRequestIds(value: unknown, name = "ids"): string[] {
  if (!Array.isArray(value)) throw invalidType(name, "an array of privacy request ids");
  if (value.length === 0 || value.length > MAX_ITEMS) {
    throw invalidValue(name, `must hold from 1 to ${MAX_ITEMS} ids`);
  }
  const ids = value.map((id, index) => assertRequestId(id, `${name}[${index}]`));
  const seen = new Set<string>();
  ids.forEach((id, index) => {
    if (seen.has(id)) throw invalidValue(`${name}[${index}]`, "repeats an earlier id");
    seen.add(id);
  });
  return ids;
}

/**
 * A non-empty list of submissions, each an object with a `policy_key` and an `identity` object.
 * @param value the argument
 */
export function assertSubmissions(value: unknown): PrivacyRequestInput[] {
  if (!Array.isArray(value)) throw invalidType("requests", "an array of privacy requests");
  if (value.length === 0 || value.length > MAX_ITEMS) {
    throw invalidValue("requests", `must hold from 1 to ${MAX_ITEMS} privacy requests`);
  }
  return value.map((item: unknown, index) => {
    const name = `requests[${index}]`;
    if (typeof item !== "object" || item === null || Array.isArray(item))
      throw invalidType(name, "an object");
    const request = item as Record<string, unknown>;
    if (typeof request.policy_key !== "string" || request.policy_key === "") {
      throw invalidType(`${name}.policy_key`, "a non-empty string");
    }
    const identity = request.identity;
    if (typeof identity !== "object" || identity === null || Array.isArray(identity)) {
      throw invalidType(`${name}.identity`, "an object");
    }
    return item as PrivacyRequestInput;
  });
}

/**
 * An optional reason: a string of at most 1,000 characters.
 * @param value the argument
 * @param name its full name
 */
export function assertReason(value: unknown, name: string): string | undefined {
  if (value === undefined || value === null) return undefined;
  if (typeof value !== "string") throw invalidType(name, "a string");
  if (value.length > 1_000) throw invalidValue(name, "must be at most 1000 characters");
  return value;
}

/**
 * A list of statuses some release has (or one status).
 * @param value the argument
 * @param name its full name
 */
export function assertStatuses(value: unknown, name: string): PrivacyRequestStatus[] {
  const list = Array.isArray(value) ? value : [value];
  if (list.length === 0) throw invalidValue(name, "must name at least one status");
  return list.map((status: unknown, index) => {
    if (!isPrivacyRequestStatus(status)) {
      const field = Array.isArray(value) ? `${name}[${index}]` : name;
      throw invalidValue(field, `must be one of ${PRIVACY_REQUEST_STATUSES.join(", ")}`);
    }
    return status;
  });
}

/**
 * How often to poll: a fixed number of milliseconds, or `{ initialMs, maxMs, factor }`.
 * @param value the argument
 * @param name its full name
 */
export function assertInterval(value: unknown, name: string): PollInterval {
  if (value === undefined) return DEFAULT_INTERVAL;
  if (typeof value === "number") {
    const ms = assertInteger(value, name, 10, 3_600_000, 0);
    return { initialMs: ms, maxMs: ms, factor: 1 };
  }
  const raw = assertObject(value, name);
  const initialMs = assertInteger(
    raw.initialMs,
    `${name}.initialMs`,
    10,
    3_600_000,
    DEFAULT_INTERVAL.initialMs,
  );
  const maxMs = assertInteger(
    raw.maxMs,
    `${name}.maxMs`,
    initialMs,
    3_600_000,
    Math.max(initialMs, DEFAULT_INTERVAL.maxMs),
  );
  const factor = raw.factor ?? DEFAULT_INTERVAL.factor;
  if (typeof factor !== "number" || !Number.isFinite(factor) || factor < 1 || factor > 10) {
    throw invalidValue(`${name}.factor`, "must be a number from 1 to 10");
  }
  return { initialMs, maxMs, factor };
}
