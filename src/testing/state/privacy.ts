import type { VersionFeatures } from "../core/versions.js";
import { newAccessToken, randomHex } from "./credentials.js";

/** A privacy request's status, as the server names it. */
export type PrivacyRequestStatus =
  | "identity_unverified"
  | "requires_input"
  | "pending"
  | "approved"
  | "denied"
  | "in_processing"
  | "complete"
  | "paused"
  | "awaiting_email_send"
  | "requires_manual_finalization"
  | "pending_external"
  | "canceled"
  | "error"
  | "duplicate"
  | "awaiting_pre_approval"
  | "pre_approval_not_eligible"
  | "awaiting_access_review";

/**
 * The statuses of a release, in the server's enum order: 13 in 2.78, `pending_external` from
 * 2.80, the two pre-approval ones from 2.83, `awaiting_access_review` by 2.86.
 * @param features the emulated release
 */
export function statusesOf(features: VersionFeatures): readonly PrivacyRequestStatus[] {
  const all: PrivacyRequestStatus[] = [
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
  ];
  if (features.has("pendingExternalStatus")) all.push("pending_external");
  all.push("canceled", "error", "duplicate");
  if (features.has("preApprovalEligibility")) all.push("awaiting_pre_approval", "pre_approval_not_eligible");
  if (features.has("accessReviewStatus")) all.push("awaiting_access_review");
  return all;
}

/** The identity fields every release knows, in the server's order. */
export const IDENTITY_FIELDS = [
  "phone_number",
  "email",
  "ga_client_id",
  "ljt_readerID",
  "fides_user_device_id",
  "external_id",
] as const;

/** A rule of a policy. */
export interface StoredRule {
  readonly id: string;
  readonly key: string;
  readonly name: string;
  readonly actionType: "access" | "erasure" | "consent" | "update";
  /** `{ strategy, configuration }` as sent, or `null` */
  readonly maskingStrategy: { readonly strategy: string; readonly configuration: unknown } | null;
  readonly storageDestinationKey: string | null;
}

/** A policy pre- or post-execution webhook. */
export interface StoredPolicyWebhook {
  readonly id: string;
  readonly key: string;
  readonly name: string;
  readonly connectionKey: string;
  readonly direction: "one_way" | "two_way";
}

/** A DSR policy. */
export interface StoredPolicy {
  readonly id: string;
  key: string;
  name: string;
  drpAction: string | null;
  executionTimeframe: number | null;
  rules: StoredRule[];
  preWebhooks: StoredPolicyWebhook[];
  postWebhooks: StoredPolicyWebhook[];
}

/** A connection config; only `https` ones can receive webhooks. */
export interface StoredConnection {
  readonly key: string;
  name: string | null;
  connectionType: string;
  access: string;
  description: string | null;
  readonly createdAt: number;
  updatedAt: number;
  /** the https secrets: where to POST, and the `Authorization` header's value (kept verbatim) */
  secrets: { readonly url: string; readonly authorization: string | null } | undefined;
}

/** A pre-approval webhook (not tied to a policy). */
export interface StoredPreApprovalWebhook {
  readonly id: string;
  readonly key: string;
  readonly name: string;
  readonly connectionKey: string;
}

/**
 * Where a run starts: from the top, after the pre-execution webhook that halted it, or at the
 * post-execution webhooks.
 */
export type RunFrom =
  | { readonly kind: "start" }
  | { readonly kind: "after"; readonly webhookId: string }
  | { readonly kind: "post" };

/** Where a failed request stopped (`action_required_details.step`). */
export type FailedStep = "pre_webhooks" | "access" | "erasure" | "post_webhooks";

/** A privacy request. */
export interface StoredRequest {
  readonly id: string;
  readonly policyKey: string;
  status: PrivacyRequestStatus;
  /** the identity as submitted, every known field present (`null` when not given), extras after */
  readonly identity: Record<string, unknown>;
  /** identities a pre-execution webhook derived: cached, never persisted */
  derivedIdentity: Record<string, unknown>;
  readonly externalId: string | null;
  readonly source: string | null;
  readonly location: string | null;
  readonly createdAt: number;
  readonly requestedAt: number;
  startedProcessingAt: number | null;
  finishedProcessingAt: number | null;
  reviewedAt: number | null;
  pausedAt: number | null;
  canceledAt: number | null;
  cancelReason: string | null;
  failedStep: FailedStep | null;
  /** the pre-execution webhook that halted it, so a resume continues after it */
  pausedAfterWebhookId: string | null;
  /** queued and not yet run (the `queued` processing), and where its run starts */
  queuedFrom: RunFrom | null;
  /** pre-approval replies: webhook id → eligible */
  readonly preApprovalReplies: Map<string, boolean>;
  /** insertion order, which breaks `created_at` ties */
  readonly sequence: number;
}

/** A callback token: bound to the webhook that was called, never to a privacy request. */
export interface CallbackToken {
  readonly webhookId: string;
  /** `resume` for a policy pre-execution webhook, `pre_approval` for a pre-approval webhook */
  readonly kind: "resume" | "pre_approval";
  readonly issuedAt: number;
}

/** One webhook call the emulator made; never a header, token, secret or body. */
export interface EmulatedDelivery {
  readonly privacyRequestId: string;
  /** `pre`, `post` or `pre_approval`, as the body's `callback_type` */
  readonly callbackType: "pre" | "post" | "pre_approval";
  readonly webhookKey: string;
  /** where it was POSTed */
  readonly url: string;
  /** the receiver's status, 0 when no answer came */
  readonly status: number;
  /** epoch ms on the emulator's clock */
  readonly time: number;
}

/** The ids the server gives: a prefix and a UUID. */
function prefixedId(prefix: string): string {
  return `${prefix}_${crypto.randomUUID()}`;
}

/** The three policies every Fides database is seeded with, in the order they are created (the list shows newest first). */
function defaultPolicies(): StoredPolicy[] {
  const policy = (
    key: string,
    name: string,
    drpAction: string | null,
    rule: Omit<StoredRule, "id" | "storageDestinationKey">,
  ): StoredPolicy => ({
    id: prefixedId("pol"),
    key,
    name,
    drpAction,
    executionTimeframe: 45,
    rules: [{ ...rule, id: prefixedId("rul"), storageDestinationKey: null }],
    preWebhooks: [],
    postWebhooks: [],
  });
  return [
    policy("default_access_policy", "Default Access Policy", "access", {
      key: "default_access_policy_rule",
      name: "Default Access Rule",
      actionType: "access",
      maskingStrategy: null,
    }),
    policy("default_erasure_policy", "Default Erasure Policy", "deletion", {
      key: "default_erasure_policy_rule",
      name: "Default Erasure Rule",
      actionType: "erasure",
      maskingStrategy: { strategy: "hmac", configuration: {} },
    }),
    policy("default_consent_policy", "Default Consent Policy", null, {
      key: "default_consent_rule",
      name: "Default Consent Rule",
      actionType: "consent",
      maskingStrategy: null,
    }),
  ];
}

/**
 * The privacy side of the emulated server: policies and their rules and webhooks, connections,
 * pre-approval webhooks, privacy requests, callback tokens, the manual-approval setting and the
 * delivery log.
 */
export class PrivacyStore {
  readonly #initialManualApproval: boolean;
  policies: StoredPolicy[] = defaultPolicies();
  readonly connections = new Map<string, StoredConnection>();
  preApprovalWebhooks: StoredPreApprovalWebhook[] = [];
  readonly requests = new Map<string, StoredRequest>();
  readonly #tokens = new Map<string, CallbackToken>();
  readonly #deliveries: EmulatedDelivery[] = [];
  /** `execution.require_manual_request_approval` */
  manualApproval: boolean;
  /** the configuration set through `PATCH /config` */
  apiConfig: Record<string, unknown> = {};
  #sequence = 0;

  /** @param manualApproval the setting a fresh server starts with */
  constructor(manualApproval: boolean) {
    this.#initialManualApproval = manualApproval;
    this.manualApproval = manualApproval;
  }

  /** The policy with this key, or `undefined`. */
  policy(key: string): StoredPolicy | undefined {
    return this.policies.find((policy) => policy.key === key);
  }

  /** A new id with the server's prefix (`pri`, `pol`, `rul`, `wh`). */
  newId(prefix: string): string {
    return prefixedId(prefix);
  }

  /** Stores a new request and returns it. */
  addRequest(fields: Omit<StoredRequest, "id" | "sequence" | "preApprovalReplies">): StoredRequest {
    this.#sequence += 1;
    const request: StoredRequest = {
      ...fields,
      id: prefixedId("pri"),
      sequence: this.#sequence,
      preApprovalReplies: new Map(),
    };
    this.requests.set(request.id, request);
    return request;
  }

  /** Requests, newest first (`created_at DESC`, the later insert first on a tie). */
  listRequests(): StoredRequest[] {
    return [...this.requests.values()].sort((a, b) => b.createdAt - a.createdAt || b.sequence - a.sequence);
  }

  /** A policy pre-execution webhook by id, with its policy. */
  preWebhook(id: string): StoredPolicyWebhook | undefined {
    for (const policy of this.policies) {
      const found = policy.preWebhooks.find((webhook) => webhook.id === id);
      if (found) return found;
    }
    return undefined;
  }

  /** Issues an opaque callback token for a webhook (the server's JWE, here a lookup key). */
  issueToken(webhookId: string, kind: CallbackToken["kind"], now: number): string {
    // The real token encrypts {webhook_id, scopes, iat}: about 150 characters of payload.
    const token = newAccessToken(150);
    this.#tokens.set(token, { webhookId, kind, issuedAt: now });
    return token;
  }

  /** The callback token's record, or `undefined` for one this server did not issue. */
  callbackToken(token: string): CallbackToken | undefined {
    return this.#tokens.get(token);
  }

  /** Appends to the delivery log. */
  recordDelivery(delivery: EmulatedDelivery): void {
    this.#deliveries.push(delivery);
  }

  /** The delivery log, oldest first. */
  deliveries(): EmulatedDelivery[] {
    return [...this.#deliveries];
  }

  /** Back to a fresh database: the three default policies, nothing else. */
  reset(): void {
    this.policies = defaultPolicies();
    this.connections.clear();
    this.preApprovalWebhooks = [];
    this.requests.clear();
    this.#tokens.clear();
    this.#deliveries.length = 0;
    this.manualApproval = this.#initialManualApproval;
    this.apiConfig = {};
    this.#sequence = 0;
  }
}

/** A webhook id for a new pre-execution, post-execution or pre-approval webhook. */
export function newWebhookId(): string {
  return `wh_${randomHex(16)}`;
}
