import type { VersionFeatures } from "../core/versions.js";
import type {
  FailedStep,
  PrivacyStore,
  RunFrom,
  StoredPolicy,
  StoredPolicyWebhook,
  StoredRequest,
} from "../state/privacy.js";
import { identityView, isoNaive, safeRequestView } from "../state/privacy-views.js";
import { deliver, shownUrl } from "./deliver.js";

/** How approved requests are run: at once, inside the call that queued them, as with Celery's
 * `task_always_eager` (what the real-server tests run); or only when the test says so. */
export type Processing = "eager" | "queued";

/** What the lifecycle works on. */
export interface LifecycleContext {
  readonly privacy: PrivacyStore;
  readonly features: VersionFeatures;
  readonly store: { now(): number };
  readonly processing: Processing;
}

/** The action of a policy's first rule (`Policy.get_action_type()`), or `null`. */
export function policyAction(policy: StoredPolicy | undefined): string | null {
  return policy?.rules[0]?.actionType ?? null;
}

function body(
  life: LifecycleContext,
  request: StoredRequest,
  policy: StoredPolicy,
  callbackType: "pre" | "post" | "pre_approval",
  direction: "one_way" | "two_way",
): Record<string, unknown> {
  const now = life.store.now();
  return {
    privacy_request_id: request.id,
    privacy_request_status: request.status,
    direction,
    callback_type: callbackType,
    identity: identityView({ ...request.identity, ...request.derivedIdentity }),
    policy_action: policyAction(policy),
    privacy_request: safeRequestView(request, policy, now),
    timestamp: isoNaive(now),
  };
}

function fail(life: LifecycleContext, request: StoredRequest, step: FailedStep): void {
  request.status = "error";
  request.failedStep = step;
  request.finishedProcessingAt = life.store.now();
}

/** Calls one policy webhook; `"halt"` when a two-way one says so, `"failed"` on any bad answer. */
async function callPolicyWebhook(
  life: LifecycleContext,
  request: StoredRequest,
  policy: StoredPolicy,
  webhook: StoredPolicyWebhook,
  callbackType: "pre" | "post",
): Promise<"go" | "halt" | "failed"> {
  const connection = life.privacy.connections.get(webhook.connectionKey);
  if (connection === undefined) return "failed";
  const twoWayPre = callbackType === "pre" && webhook.direction === "two_way";
  const headers: Record<string, string> = twoWayPre
    ? {
        "reply-to": `/privacy-request/${request.id}/resume`,
        "reply-to-token": life.privacy.issueToken(webhook.id, "resume", life.store.now()),
      }
    : {};
  const outcome = await deliver({
    connection,
    request,
    body: body(life, request, policy, callbackType, webhook.direction),
    headers,
    responseExpected: webhook.direction === "two_way",
  });
  life.privacy.recordDelivery({
    privacyRequestId: request.id,
    callbackType,
    webhookKey: webhook.key,
    url: shownUrl(connection.secrets?.url ?? ""),
    status: outcome.status,
    time: life.store.now(),
  });
  if (!outcome.ok) return "failed";
  if (webhook.direction !== "two_way") return "go";
  const answer = (outcome.json ?? {}) as { halt?: unknown; derived_identity?: unknown };
  if (typeof answer.derived_identity === "object" && answer.derived_identity !== null) {
    for (const [field, value] of Object.entries(answer.derived_identity)) {
      if (value !== null && value !== undefined) request.derivedIdentity[field] = value;
    }
  }
  return answer.halt === true && callbackType === "pre" ? "halt" : "go";
}

/**
 * Runs a request as the server's `run_privacy_request` does, for what the emulator models: the
 * policy's pre-execution webhooks in order (a two-way one answering `{ halt: true }` pauses the
 * request; any failed call fails it), the access or erasure itself (instant: no datasets are
 * modelled), the post-execution webhooks, then `complete`.
 * @param life the lifecycle's state
 * @param request the request to run
 * @param from where to start
 */
export async function run(life: LifecycleContext, request: StoredRequest, from: RunFrom): Promise<void> {
  const policy = life.privacy.policy(request.policyKey);
  if (policy === undefined) return fail(life, request, "access");
  request.status = "in_processing";
  request.startedProcessingAt ??= life.store.now();
  request.failedStep = null;
  if (from.kind !== "post") {
    const start =
      from.kind === "after" ? policy.preWebhooks.findIndex((w) => w.id === from.webhookId) + 1 : 0;
    for (const webhook of policy.preWebhooks.slice(start)) {
      const outcome = await callPolicyWebhook(life, request, policy, webhook, "pre");
      if (outcome === "failed") return fail(life, request, "pre_webhooks");
      if (outcome === "halt") {
        request.status = "paused";
        request.pausedAt = life.store.now();
        request.pausedAfterWebhookId = webhook.id;
        return;
      }
    }
  }
  // A policy without rules has nothing to run: real servers fail it here, reporting the last
  // checkpoint passed (`pre_webhooks`), before any post-execution webhook.
  if (policy.rules.length === 0) return fail(life, request, "pre_webhooks");
  for (const webhook of policy.postWebhooks) {
    const outcome = await callPolicyWebhook(life, request, policy, webhook, "post");
    if (outcome === "failed") return fail(life, request, "post_webhooks");
  }
  request.status = "complete";
  request.finishedProcessingAt = life.store.now();
}

/**
 * `queue_privacy_request`: runs the request now in `eager` processing, else leaves it queued for
 * `privacyRequests.process(id)`.
 */
export async function queue(life: LifecycleContext, request: StoredRequest, from: RunFrom): Promise<void> {
  if (life.processing === "eager") return run(life, request, from);
  request.queuedFrom = from;
}

/**
 * Runs a queued request (the `queued` processing's worker).
 * @returns whether there was something queued to run
 */
export async function runQueued(life: LifecycleContext, request: StoredRequest): Promise<boolean> {
  const from = request.queuedFrom;
  if (from === null) return false;
  request.queuedFrom = null;
  await run(life, request, from);
  return true;
}

/** Approves and queues (`approve_privacy_requests` for one request that may be approved). */
export async function approve(life: LifecycleContext, request: StoredRequest): Promise<void> {
  request.status = "approved";
  request.reviewedAt = life.store.now();
  await queue(life, request, { kind: "start" });
}

/**
 * Calls every pre-approval webhook for a new request (`_trigger_pre_approval_webhooks`), with the
 * reply headers of the release: `reply-to-eligible`/`reply-to-not-eligible` and the deprecated
 * `reply-to-approve`/`reply-to-deny` from 2.83.0, only the deprecated pair before.
 */
export async function callPreApprovalWebhooks(life: LifecycleContext, request: StoredRequest): Promise<void> {
  const policy = life.privacy.policy(request.policyKey);
  if (policy === undefined) return;
  for (const webhook of life.privacy.preApprovalWebhooks) {
    const connection = life.privacy.connections.get(webhook.connectionKey);
    if (connection === undefined) continue;
    const eligible = `/privacy-request/${request.id}/pre-approve/eligible`;
    const notEligible = `/privacy-request/${request.id}/pre-approve/not-eligible`;
    const headers: Record<string, string> = {
      ...(life.features.has("preApprovalEligibility")
        ? { "reply-to-eligible": eligible, "reply-to-not-eligible": notEligible }
        : {}),
      "reply-to-approve": eligible,
      "reply-to-deny": notEligible,
      "reply-to-token": life.privacy.issueToken(webhook.id, "pre_approval", life.store.now()),
    };
    const outcome = await deliver({
      connection,
      request,
      body: body(life, request, policy, "pre_approval", "two_way"),
      headers,
      responseExpected: false,
    });
    life.privacy.recordDelivery({
      privacyRequestId: request.id,
      callbackType: "pre_approval",
      webhookKey: webhook.key,
      url: shownUrl(connection.secrets?.url ?? ""),
      status: outcome.status,
      time: life.store.now(),
    });
  }
}

/**
 * What a new request goes through (`handle_approval`): with manual approval on (and a policy
 * that is not consent) it waits, `awaiting_pre_approval` from 2.83.0 when pre-approval webhooks
 * exist, and those are called; otherwise it is approved by the system and queued. The status
 * changes at once (the submit answer shows it); the calls and the run are the returned work.
 */
export function afterSubmit(life: LifecycleContext, request: StoredRequest): () => Promise<void> {
  const policy = life.privacy.policy(request.policyKey);
  if (life.privacy.manualApproval && policyAction(policy) !== "consent") {
    if (life.features.has("preApprovalEligibility") && life.privacy.preApprovalWebhooks.length > 0) {
      request.status = "awaiting_pre_approval";
    }
    return () => callPreApprovalWebhooks(life, request);
  }
  return () => queue(life, request, { kind: "start" });
}
