import type { VersionFeatures } from "../core/versions.js";
import {
  IDENTITY_FIELDS,
  type StoredConnection,
  type StoredPolicy,
  type StoredPolicyWebhook,
  type StoredPreApprovalWebhook,
  type StoredRequest,
  type StoredRule,
} from "./privacy.js";

const DAY_MS = 86_400_000;

/** `2026-12-04T15:57:10.668000Z`: pydantic's UTC datetime, microseconds from the emulator's ms. */
export function isoZ(ms: number): string {
  return new Date(ms).toISOString().replace("Z", "000Z");
}

/** `2026-12-04T15:57:10.668000+00:00`: Python's `isoformat()` of an aware UTC datetime. */
export function isoOffset(ms: number): string {
  return new Date(ms).toISOString().replace("Z", "000+00:00");
}

/** `2026-12-04T15:57:10.668000`: a naive UTC datetime (`datetime.utcnow().isoformat()`). */
export function isoNaive(ms: number): string {
  return new Date(ms).toISOString().replace("Z", "000");
}

const orNull = (ms: number | null, format: (ms: number) => string) => (ms === null ? null : format(ms));

/** A rule as the policy answers show it (the masking strategy without its configuration). */
function ruleView(rule: StoredRule) {
  return {
    name: rule.name,
    key: rule.key,
    action_type: rule.actionType,
    storage_destination: null,
    masking_strategy: rule.maskingStrategy === null ? null : { strategy: rule.maskingStrategy.strategy },
  };
}

/**
 * A policy as `GET /dsr/policy` shows it: `rules` after `key` and a `conditions` field from
 * 2.80.0, `rules` last before.
 * @param features the emulated release
 * @param policy the policy
 */
export function policyView(features: VersionFeatures, policy: StoredPolicy): Record<string, unknown> {
  const rules = policy.rules.map(ruleView);
  const common = { drp_action: policy.drpAction, execution_timeframe: policy.executionTimeframe };
  return features.has("policyConditions")
    ? { name: policy.name, key: policy.key, rules, ...common, conditions: null }
    : { name: policy.name, key: policy.key, ...common, rules };
}

/**
 * A connection config as the connection and webhook answers show it: from 2.80.0 the secrets'
 * keys with masked values and `linked_systems`; before, `secrets` is always `null`.
 * @param features the emulated release
 * @param connection the connection
 */
export function connectionView(
  features: VersionFeatures,
  connection: StoredConnection,
): Record<string, unknown> {
  const modern = features.has("connectionLinkedSystems");
  const masked = "**********";
  return {
    connection_type: connection.connectionType,
    secrets:
      modern && connection.secrets !== undefined
        ? { url: connection.secrets.url, authorization: masked, headers: masked }
        : null,
    saas_config: null,
    name: connection.name,
    key: connection.key,
    description: connection.description,
    access: connection.access,
    created_at: isoZ(connection.createdAt),
    updated_at: isoZ(connection.updatedAt),
    disabled: false,
    last_test_timestamp: null,
    last_test_succeeded: null,
    authorized: false,
    enabled_actions: null,
    ...(modern ? { linked_systems: [] } : {}),
  };
}

/** A policy pre- or post-execution webhook, with its connection and its place in the list. */
export function policyWebhookView(
  features: VersionFeatures,
  webhook: StoredPolicyWebhook,
  connection: StoredConnection,
  order: number,
): Record<string, unknown> {
  return {
    direction: webhook.direction,
    key: webhook.key,
    name: webhook.name,
    connection_config: connectionView(features, connection),
    order,
  };
}

/** A pre-approval webhook, with its connection. */
export function preApprovalWebhookView(
  features: VersionFeatures,
  webhook: StoredPreApprovalWebhook,
  connection: StoredConnection,
): Record<string, unknown> {
  return { key: webhook.key, name: webhook.name, connection_config: connectionView(features, connection) };
}

/** The identity with every known field (`null` when absent) then any extra ones, as the server dumps it. */
export function identityView(identity: Record<string, unknown>): Record<string, unknown> {
  const view: Record<string, unknown> = {};
  for (const field of IDENTITY_FIELDS) view[field] = identity[field] ?? null;
  for (const [field, value] of Object.entries(identity)) if (!(field in view)) view[field] = value;
  return view;
}

/** Days left before the policy's deadline (Python's `timedelta.days`: floored), or `null`. */
function daysLeft(policy: StoredPolicy | undefined, request: StoredRequest, now: number): number | null {
  const timeframe = policy?.executionTimeframe ?? null;
  if (timeframe === null) return null;
  return timeframe - Math.floor((now - request.requestedAt) / DAY_MS);
}

/**
 * A privacy request as `PrivacyRequestResponse` shows it, key for key. The list route also
 * attaches what a paused or failed request needs to go on (`withResumeInstructions`); the other
 * answers leave those `null`.
 * @param features the emulated release
 * @param request the request
 * @param policy its policy
 * @param now the emulator's clock
 * @param withResumeInstructions fill `action_required_details` and `resume_endpoint`
 */
export function requestView(
  features: VersionFeatures,
  request: StoredRequest,
  policy: StoredPolicy | undefined,
  now: number,
  withResumeInstructions = false,
): Record<string, unknown> {
  let actionRequired: Record<string, unknown> | null = null;
  let resumeEndpoint: string | null = null;
  if (withResumeInstructions && request.status === "paused") {
    resumeEndpoint = `/privacy-request/${request.id}/resume`;
  } else if (withResumeInstructions && request.status === "error") {
    resumeEndpoint = `/privacy-request/${request.id}/retry`;
    if (request.failedStep !== null) {
      actionRequired = { step: request.failedStep, collection: null, action_needed: null };
    }
  }
  return {
    id: request.id,
    created_at: isoZ(request.createdAt),
    started_processing_at: orNull(request.startedProcessingAt, isoZ),
    reviewed_at: orNull(request.reviewedAt, isoZ),
    reviewed_by: null,
    submitted_by: null,
    reviewer: null,
    submitter: null,
    finished_processing_at: orNull(request.finishedProcessingAt, isoZ),
    identity_verified_at: null,
    paused_at: orNull(request.pausedAt, isoZ),
    status: request.status,
    external_id: request.externalId,
    identity: null,
    custom_privacy_request_fields: null,
    policy: policy === undefined ? null : policyView(features, policy),
    action_required_details: actionRequired,
    resume_endpoint: resumeEndpoint,
    days_left: daysLeft(policy, request, now),
    custom_privacy_request_fields_approved_by: null,
    custom_privacy_request_fields_approved_at: null,
    source: request.source,
    location: request.location,
    ...(features.has("requestPropertyId") ? { property_id: null } : {}),
    deleted_at: null,
    deleted_by: null,
    finalized_at: null,
    finalized_by: null,
    duplicate_request_group_id: null,
  };
}

/**
 * `PrivacyRequest.to_safe_dict()`, the `privacy_request` of a webhook delivery (the same keys in
 * 2.78.2, 2.82.2 and 2.86.2).
 */
export function safeRequestView(
  request: StoredRequest,
  policy: StoredPolicy,
  now: number,
): Record<string, unknown> {
  const timeframe = policy.executionTimeframe;
  return {
    id: request.id,
    external_id: request.externalId,
    status: request.status,
    requested_at: isoOffset(request.requestedAt),
    started_processing_at: orNull(request.startedProcessingAt, isoOffset),
    finished_processing_at: orNull(request.finishedProcessingAt, isoOffset),
    reviewed_at: orNull(request.reviewedAt, isoOffset),
    reviewed_by: null,
    finalized_at: null,
    finalized_by: null,
    submitted_by: null,
    custom_privacy_request_fields_approved_by: null,
    identity_verified_at: null,
    custom_privacy_request_fields_approved_at: null,
    client_id: null,
    origin: null,
    policy_id: policy.id,
    policy: {
      id: policy.id,
      name: policy.name,
      key: policy.key,
      drp_action: policy.drpAction,
      execution_timeframe: timeframe,
      client_id: null,
      rules: policy.rules.map((rule) => ({
        id: rule.id,
        name: rule.name,
        key: rule.key,
        action_type: rule.actionType,
        masking_strategy: rule.maskingStrategy,
        storage_destination_id: null,
      })),
    },
    property_id: null,
    cancel_reason: request.cancelReason,
    canceled_at: orNull(request.canceledAt, isoOffset),
    consent_preferences: null,
    source: request.source,
    paused_at: orNull(request.pausedAt, isoOffset),
    due_date: timeframe === null ? null : isoOffset(request.requestedAt + timeframe * DAY_MS),
    days_left: daysLeft(policy, request, now),
    custom_fields: null,
    location: request.location,
  };
}
