import type { BulkAnswer, PrivacyRequest } from "./schemas.js";

/**
 * Reading Fides's bulk answers (`{ succeeded, failed }`, always 200) back onto what was sent. Fides
 * walks the sent list in order and puts each item in one of the two lists, so both lists keep the
 * sent order; a failure's `data` is the item as Fides read it (a submission) or names the id (a
 * review: `privacy_request_id`, or the whole request with its `id`).
 */

/** What `submit()` sends for one privacy request (`PrivacyRequestCreate`). */
export interface PrivacyRequestInput {
  /** The key of the policy to run, such as `"default_access_policy"`. */
  policy_key: string;
  /** Who the request is about: at least one of `email`, `phone_number`, … (or a labelled value). */
  identity: Record<string, unknown>;
  /** Your own id for the request, searchable with `list({ external_id })`. */
  external_id?: string | null;
  /** When the subject asked (ISO 8601). */
  requested_at?: string | null;
  /** Custom fields, each `{ label, value }`. */
  custom_privacy_request_fields?: Record<string, unknown> | null;
  /** A 16-character key to encrypt the access package with. */
  encryption_key?: string | null;
  property_id?: string | null;
  /** Where it came from, such as `"Request Manager"`. */
  source?: string | null;
  /** An ISO 3166 location, such as `"US-CA"`. */
  location?: string | null;
  /** Any other field the server's release accepts. */
  [field: string]: unknown;
}

/** One submission Fides did not create: what was sent, and why (Fides's own message). */
export interface SubmitFailure {
  /** The item as it was given to `submit()`. */
  input: PrivacyRequestInput;
  /** Fides's message, such as `"Policy with key nope does not exist"`. */
  message: string;
  /** What Fides sent with the message (the item as it read it, or a 422's `loc` and `type`). */
  data: Record<string, unknown>;
  /** When the item's call failed as a whole (after an earlier call went through): that error. */
  error?: unknown;
}

/** One id a review (approve, deny, cancel, retry) did not apply to, and Fides's reason. */
export interface ReviewFailure {
  /** The privacy request id. */
  id: string;
  /** Fides's message, such as `"Cannot transition status"`. */
  message: string;
  /** What Fides sent with the message (the request's state, or just its id). */
  data: Record<string, unknown>;
  /** When the id's call failed as a whole (after an earlier call went through): that error. */
  error?: unknown;
}

/** What a submission created and what it did not: both, always. */
export interface SubmitResult {
  /** The requests Fides created, in the order given. */
  succeeded: PrivacyRequest[];
  /** The items Fides did not create, in the order given. */
  failed: SubmitFailure[];
}

/** What a review applied to and what it did not: per id. */
export interface ReviewResult {
  /** The requests it applied to, as Fides reported them right after (approved, denied, …). */
  succeeded: PrivacyRequest[];
  /** The ids it did not apply to, each with Fides's reason. */
  failed: ReviewFailure[];
}

function sameValue(sent: unknown, read: unknown): boolean {
  if (sent === read) return true;
  if (typeof sent !== "object" || sent === null || typeof read !== "object" || read === null) return false;
  return JSON.stringify(sent) === JSON.stringify(read);
}

/** Whether a failure's `data` is this item as Fides read it: same policy, external id and identity. */
function describes(input: PrivacyRequestInput, data: Record<string, unknown>): boolean {
  if (data.policy_key !== input.policy_key) return false;
  if ((data.external_id ?? null) !== (input.external_id ?? null)) return false;
  const identity = data.identity;
  if (typeof identity !== "object" || identity === null) return Object.keys(input.identity).length === 0;
  for (const [name, value] of Object.entries(input.identity)) {
    if (value === null || value === undefined) continue;
    if (!sameValue(value, (identity as Record<string, unknown>)[name])) return false;
  }
  return true;
}

/**
 * Pairs one call's answer with its items.
 * @param inputs the items sent, in order
 * @param answer Fides's answer
 * @returns the failures with their items, or `undefined` when the answer cannot be read onto them
 */
export function pairSubmission(
  inputs: readonly PrivacyRequestInput[],
  answer: BulkAnswer,
): SubmitResult | undefined {
  const { succeeded, failed } = answer;
  if (succeeded.length + failed.length !== inputs.length) return undefined;
  if (failed.length === 0) return { succeeded, failed: [] };
  const failures: SubmitFailure[] = [];
  let next = 0;
  inputs.forEach((input, index) => {
    const failure = failed[next];
    // Greedy in order, but never so late that the remaining failures cannot all be placed.
    const mustFail = inputs.length - index === failed.length - next;
    if (failure !== undefined && (mustFail || describes(input, failure.data))) {
      failures.push({ input, message: failure.message, data: failure.data });
      next++;
    }
  });
  return next === failed.length ? { succeeded, failed: failures } : undefined;
}

/**
 * The id a review failure concerns: `data.privacy_request_id`, else `data.id`.
 * @param data the failure's data
 */
export function failureId(data: Record<string, unknown>): string | undefined {
  const id = data.privacy_request_id ?? data.id;
  return typeof id === "string" ? id : undefined;
}

/**
 * Pairs a review's answer with its ids: each failure names its id, or (when it does not) takes
 * the first id neither list accounts for.
 * @param ids the ids sent
 * @param answer Fides's answer
 */
export function pairReview(ids: readonly string[], answer: BulkAnswer): ReviewResult {
  const accounted = new Set(answer.succeeded.map((request) => request.id));
  const named = answer.failed.map((failure) => failureId(failure.data));
  for (const id of named) if (id !== undefined) accounted.add(id);
  const unnamed = ids.filter((id) => !accounted.has(id));
  const failed = answer.failed.map((failure, index) => ({
    id: named[index] ?? unnamed.shift() ?? "",
    message: failure.message,
    data: failure.data,
  }));
  return { succeeded: answer.succeeded, failed };
}
