import { afterSubmit, approve, queue } from "../lifecycle/run.js";
import { IDENTITY_FIELDS, type PrivacyRequestStatus, type StoredRequest } from "../state/privacy.js";
import { identityView, requestView } from "../state/privacy-views.js";
import { detailResponse, jsonResponse } from "../wire/responses.js";
import { issues, type ValidationIssue, validationResponse } from "../wire/validation.js";
import type { Context, RouteInput } from "./context.js";

/** `BULK_PRIVACY_REQUEST_BATCH_SIZE`: the most requests one submit may carry. */
export const SUBMIT_LIMIT = 50;

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** The `PrivacyRequestCreate` fields echoed in a failed entry, in the server's order. */
function createEcho(item: Record<string, unknown>): Record<string, unknown> {
  const field = (name: string) => item[name] ?? null;
  return {
    external_id: field("external_id"),
    started_processing_at: null,
    finished_processing_at: null,
    requested_at: field("requested_at"),
    identity: identityView(isObject(item.identity) ? item.identity : {}),
    consent_request_id: field("consent_request_id"),
    custom_privacy_request_fields: field("custom_privacy_request_fields"),
    policy_key: field("policy_key"),
    encryption_key: field("encryption_key"),
    property_id: field("property_id"),
    consent_preferences: field("consent_preferences"),
    source: field("source"),
    location: field("location"),
  };
}

function tooLong(count: number): ValidationIssue {
  return {
    type: "too_long",
    loc: ["body"],
    msg: `List should have at most ${SUBMIT_LIMIT} items after validation, not ${count}`,
  };
}

/** `List[PrivacyRequestCreate]` with `max_length=50`: the issues, in pydantic's order. */
function checkSubmitBody(input: RouteInput): ValidationIssue[] {
  if (input.body.kind !== "json") return [issues.missing(["body"])];
  const items = input.body.value;
  if (!Array.isArray(items)) return [issues.listType(["body"])];
  if (items.length > SUBMIT_LIMIT) return [tooLong(items.length)];
  return items.flatMap((item, index): ValidationIssue[] => {
    if (!isObject(item)) return [issues.modelAttributesType(["body", index])];
    const found: ValidationIssue[] = [];
    if (item.identity === undefined) found.push(issues.missing(["body", index, "identity"]));
    else if (!isObject(item.identity)) found.push(issues.modelAttributesType(["body", index, "identity"]));
    if (item.policy_key === undefined) found.push(issues.missing(["body", index, "policy_key"]));
    else if (typeof item.policy_key !== "string")
      found.push(issues.stringType(["body", index, "policy_key"]));
    return found;
  });
}

const text = (value: unknown) => (typeof value === "string" ? value : null);

/**
 * `POST /privacy-request/authenticated`: up to 50 requests; each either created (`succeeded`,
 * as it was before it ran) or refused (`failed`: Fides's message and the echoed input), always
 * 200. A created request is approved by the system and run, or waits for manual approval.
 */
export async function submitPrivacyRequests(context: Context, input: RouteInput): Promise<Response> {
  const found = checkSubmitBody(input);
  if (found.length > 0) return validationResponse(found);
  const items = (input.body.kind === "json" ? input.body.value : []) as Record<string, unknown>[];
  const succeeded: unknown[] = [];
  const failed: unknown[] = [];
  for (const item of items) {
    const identity = item.identity as Record<string, unknown>;
    if (!Object.values(identityView(identity)).some((value) => value !== null && value !== "")) {
      failed.push({ message: "You must provide at least one identity to process", data: createEcho(item) });
      continue;
    }
    const policy = context.privacy.policy(String(item.policy_key));
    if (policy === undefined) {
      failed.push({
        message: `Policy with key ${String(item.policy_key)} does not exist`,
        data: createEcho(item),
      });
      continue;
    }
    const now = context.store.now();
    const request = context.privacy.addRequest({
      policyKey: policy.key,
      status: "pending",
      identity: Object.fromEntries(
        Object.entries(identity).filter(([field]) => (IDENTITY_FIELDS as readonly string[]).includes(field)),
      ),
      derivedIdentity: {},
      externalId: text(item.external_id),
      source: text(item.source),
      location: text(item.location),
      createdAt: now,
      requestedAt: now,
      startedProcessingAt: null,
      finishedProcessingAt: null,
      reviewedAt: null,
      pausedAt: null,
      canceledAt: null,
      cancelReason: null,
      failedStep: null,
      pausedAfterWebhookId: null,
      queuedFrom: null,
    });
    const work = afterSubmit(context, request);
    succeeded.push(requestView(context.features, request, policy, now));
    await work();
  }
  return jsonResponse(200, { succeeded, failed });
}

/** `PrivacyRequestBulkSelection`: a plain id list or `{ request_ids, reason }`; `filters` is not modelled. */
function readSelection(input: RouteInput): { ids: string[]; reason: string | null } | Response {
  if (input.body.kind !== "json") return validationResponse([issues.missing(["body"])]);
  const value = input.body.value;
  const selection = Array.isArray(value) ? { request_ids: value } : value;
  if (!isObject(selection)) return validationResponse([issues.modelAttributesType(["body"])]);
  if (selection.filters !== undefined && selection.filters !== null) {
    return detailResponse(501, "The Fides emulator does not model selecting privacy requests by filters");
  }
  const ids = selection.request_ids ?? null;
  if (ids !== null && !Array.isArray(ids))
    return validationResponse([issues.listType(["body", "request_ids"])]);
  const bad = (ids ?? []).findIndex((id: unknown) => typeof id !== "string");
  if (bad !== -1) return validationResponse([issues.stringType(["body", "request_ids", bad])]);
  if (ids === null || ids.length === 0) {
    return validationResponse([
      {
        type: "value_error",
        loc: ["body"],
        msg: "Value error, At least one of 'request_ids' or 'filters' must be provided. 'request_ids' cannot be empty.",
      },
    ]);
  }
  return { ids: ids as string[], reason: text(selection.reason) };
}

type Review = "approve" | "deny" | "cancel";

const TERMINAL: readonly PrivacyRequestStatus[] = ["complete", "denied", "canceled", "error"];

/** The statuses approve and deny act on: pending or duplicate, and from 2.83.0 the pre-approval ones. */
function reviewable(context: Context): readonly PrivacyRequestStatus[] {
  return context.features.has("preApprovalEligibility")
    ? ["pending", "duplicate", "awaiting_pre_approval", "pre_approval_not_eligible"]
    : ["pending", "duplicate"];
}

/**
 * `PATCH /privacy-request/administrate/approve|deny|cancel`: per id, `succeeded` (as it was
 * right after the change) or `failed` (Fides's message and the request, or the id), always 200.
 * Approved requests are then queued (run at once in `eager` processing).
 */
export function reviewRoute(review: Review) {
  return async (context: Context, input: RouteInput): Promise<Response> => {
    const selection = readSelection(input);
    if (selection instanceof Response) return selection;
    const succeeded: unknown[] = [];
    const failed: unknown[] = [];
    const toRun: StoredRequest[] = [];
    const now = context.store.now();
    const view = (request: StoredRequest) =>
      requestView(context.features, request, context.privacy.policy(request.policyKey), now);
    for (const id of selection.ids) {
      const request = context.privacy.requests.get(id);
      if (request === undefined) {
        failed.push({
          message: `No privacy request found with id '${id}'`,
          data: { privacy_request_id: id },
        });
        continue;
      }
      if (review === "cancel") {
        if (TERMINAL.includes(request.status)) {
          failed.push({
            message: `Cannot cancel privacy request in ${request.status} status`,
            data: view(request),
          });
          continue;
        }
        request.status = "canceled";
        request.canceledAt = now;
        request.cancelReason = selection.reason;
        succeeded.push(view(request));
        continue;
      }
      if (!reviewable(context).includes(request.status)) {
        failed.push({ message: "Cannot transition status", data: view(request) });
        continue;
      }
      if (review === "deny") {
        request.status = "denied";
        request.reviewedAt = now;
        succeeded.push(view(request));
        continue;
      }
      request.status = "approved";
      request.reviewedAt = now;
      succeeded.push(view(request));
      toRun.push(request);
    }
    for (const request of toRun) await queue(context, request, { kind: "start" });
    return jsonResponse(200, { succeeded, failed });
  };
}

/** Approves one request from a pre-approval webhook's reply (no answer of its own). */
export async function approveFromWebhook(context: Context, request: StoredRequest): Promise<void> {
  if (reviewable(context).includes(request.status)) await approve(context, request);
}

/**
 * `POST /privacy-request/{id}/retry`: a request in `error` runs again from the step that failed
 * (the pre-execution webhooks from the first, or the post-execution ones); anything else is a 400.
 */
export async function retryPrivacyRequest(context: Context, input: RouteInput): Promise<Response> {
  const id = input.params.privacy_request_id ?? "";
  const request = context.privacy.requests.get(id);
  if (request === undefined) return detailResponse(404, `No privacy request found with id '${id}'.`);
  if (request.status !== "error") return detailResponse(400, notRestartable(request));
  return jsonResponse(200, await restart(context, request));
}

/**
 * `POST /privacy-request/bulk/retry`: per id, `succeeded` (the request as it restarts) or `failed`
 * (Fides's message and the id), always 200; matched before `/{id}/retry`, as Fides registers it.
 */
export async function bulkRetryPrivacyRequests(context: Context, input: RouteInput): Promise<Response> {
  const selection = readSelection(input);
  if (selection instanceof Response) return selection;
  const succeeded: unknown[] = [];
  const failed: unknown[] = [];
  for (const id of selection.ids) {
    const request = context.privacy.requests.get(id);
    const data = { privacy_request_id: id };
    if (request === undefined) failed.push({ message: `No privacy request found with id '${id}'`, data });
    else if (request.status !== "error") failed.push({ message: notRestartable(request), data });
    else succeeded.push(await restart(context, request));
  }
  return jsonResponse(200, { succeeded, failed });
}

function notRestartable(request: StoredRequest): string {
  return `Cannot restart privacy request from failure: privacy request '${request.id}' status = ${request.status}.`;
}

/** Runs an errored request again from the step that failed; answers the request as it restarts. */
async function restart(context: Context, request: StoredRequest): Promise<unknown> {
  const from =
    request.failedStep === "post_webhooks" ? ({ kind: "post" } as const) : ({ kind: "start" } as const);
  request.status = "in_processing";
  const answer = requestView(
    context.features,
    request,
    context.privacy.policy(request.policyKey),
    context.store.now(),
  );
  await queue(context, request, from);
  return answer;
}
