import { checkCallbackToken } from "../auth/callback-token.js";
import { queue } from "../lifecycle/run.js";
import { requestView } from "../state/privacy-views.js";
import { detailResponse, jsonResponse } from "../wire/responses.js";
import { issues, validationResponse } from "../wire/validation.js";
import type { Context, RouteInput } from "./context.js";
import { approveFromWebhook } from "./privacy-requests.js";

/**
 * `POST /privacy-request/{id}/resume` (the `reply-to` of a two-way pre-execution webhook, under
 * `/api/v1`): the delivery's token, then the request (404), then its `derived_identity` is kept,
 * then it must be `paused` (400); it goes on after the token's webhook.
 */
export async function resumePrivacyRequest(context: Context, input: RouteInput): Promise<Response> {
  const token = checkCallbackToken(context, input.request, "resume");
  if (token instanceof Response) return token;
  if (input.body.kind !== "json") return validationResponse([issues.missing(["body"])]);
  const body = input.body.value;
  if (typeof body !== "object" || body === null || Array.isArray(body)) {
    return validationResponse([issues.modelAttributesType(["body"])]);
  }
  const id = input.params.privacy_request_id ?? "";
  const request = context.privacy.requests.get(id);
  if (request === undefined) return detailResponse(404, `No privacy request found with id '${id}'.`);
  const derived = (body as { derived_identity?: unknown }).derived_identity;
  if (typeof derived === "object" && derived !== null) {
    for (const [field, value] of Object.entries(derived)) {
      if (value !== null && value !== undefined) request.derivedIdentity[field] = value;
    }
  }
  if (request.status !== "paused") {
    return detailResponse(400, `Invalid resume request: privacy request '${id}' status = ${request.status}.`);
  }
  request.status = "in_processing";
  const answer = requestView(
    context.features,
    request,
    context.privacy.policy(request.policyKey),
    context.store.now(),
  );
  await queue(context, request, { kind: "after", webhookId: token.webhookId });
  return jsonResponse(200, answer);
}

/**
 * `POST /privacy-request/{id}/pre-approve/eligible|not-eligible` (the pre-approval webhook's
 * reply routes): the delivery's token, then the request must be `pending` (or, from 2.83.0,
 * `awaiting_pre_approval`); the reply is kept. Once every pre-approval webhook said eligible the
 * request is approved; not eligible moves it to `pre_approval_not_eligible` (from 2.83.0). 200 `null`.
 */
export function preApprovalReply(eligible: boolean) {
  return async (context: Context, input: RouteInput): Promise<Response> => {
    const token = checkCallbackToken(context, input.request, "pre_approval");
    if (token instanceof Response) return token;
    const id = input.params.privacy_request_id ?? "";
    const request = context.privacy.requests.get(id);
    if (request === undefined) return detailResponse(404, `No privacy request found with id: '${id}'.`);
    const modern = context.features.has("preApprovalEligibility");
    const waiting = request.status === "pending" || (modern && request.status === "awaiting_pre_approval");
    if (!waiting) {
      const which = modern ? "pending or awaiting pre-approval status" : "pending status";
      return detailResponse(400, `Privacy request with id '${id}' is not in ${which}.`);
    }
    request.preApprovalReplies.set(token.webhookId, eligible);
    if (!eligible) {
      if (modern) request.status = "pre_approval_not_eligible";
      return jsonResponse(200, null);
    }
    const webhooks = context.privacy.preApprovalWebhooks;
    const all = webhooks.every((webhook) => request.preApprovalReplies.has(webhook.id));
    const yes = webhooks.every((webhook) => request.preApprovalReplies.get(webhook.id) !== false);
    if (all && yes) await approveFromWebhook(context, request);
    return jsonResponse(200, null);
  };
}
