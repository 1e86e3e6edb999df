import {
  newWebhookId,
  type StoredPolicy,
  type StoredPolicyWebhook,
  type StoredPreApprovalWebhook,
  type StoredRule,
} from "../state/privacy.js";
import { policyView, policyWebhookView, preApprovalWebhookView } from "../state/privacy-views.js";
import { detailResponse, jsonResponse } from "../wire/responses.js";
import { checkIntQuery, issues, type ValidationIssue, validationResponse } from "../wire/validation.js";
import type { Context, RouteInput } from "./context.js";

/** The most entries one create-or-update call takes (`Field(max_length=50)`). */
const BATCH_LIMIT = 50;
const FIDES_KEY = /^[a-zA-Z0-9_.<>-]+$/;

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** A page of `items`, as fastapi-pagination answers (`page` from 1, `size` 1 to 100, default 50). */
function paged(input: RouteInput, all: readonly unknown[]): Response {
  const page = checkIntQuery(input.query, "page", 1, 1);
  const size = checkIntQuery(input.query, "size", 50, 1, 100);
  const found = [...page.issues, ...size.issues];
  if (found.length > 0) return validationResponse(found);
  return jsonResponse(200, {
    items: all.slice((page.value - 1) * size.value, page.value * size.value),
    total: all.length,
    page: page.value,
    size: size.value,
    pages: Math.ceil(all.length / size.value),
  });
}

/** A FidesKey derived from a name, as the server does for a webhook sent without `key` ("No Key" → "no_key"). */
function keyFromName(name: string): string {
  return name
    .trim()
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "_");
}

function fidesKeyIssue(loc: (string | number)[], key: string): ValidationIssue {
  return {
    type: "value_error",
    loc,
    msg: `Value error, FidesKeys must only contain alphanumeric characters, '.', '_', '<', '>' or '-'. Value provided: ${key}`,
  };
}

/** A JSON list body of at most 50 objects, or the 422. */
function listBody(input: RouteInput): Record<string, unknown>[] | Response {
  if (input.body.kind !== "json") return validationResponse([issues.missing(["body"])]);
  const items = input.body.value;
  if (!Array.isArray(items)) return validationResponse([issues.listType(["body"])]);
  if (items.length > BATCH_LIMIT) {
    return validationResponse([
      {
        type: "too_long",
        loc: ["body"],
        msg: `List should have at most ${BATCH_LIMIT} items after validation, not ${items.length}`,
      },
    ]);
  }
  const bad = items.findIndex((item) => !isObject(item));
  if (bad !== -1) return validationResponse([issues.modelAttributesType(["body", bad])]);
  return items as Record<string, unknown>[];
}

function policyOr404(context: Context, input: RouteInput): StoredPolicy | Response {
  const key = input.params.policy_key ?? "";
  return context.privacy.policy(key) ?? detailResponse(404, `No Policy found for key ${key}.`);
}

/** `GET /dsr/policy`: every policy, newest first (the three seeded ones last), paged. */
export function listPolicies(context: Context, input: RouteInput): Response {
  return paged(
    input,
    [...context.privacy.policies].reverse().map((policy) => policyView(context.features, policy)),
  );
}

/** `GET /dsr/policy/{policy_key}`. */
export function getPolicy(context: Context, input: RouteInput): Response {
  const policy = policyOr404(context, input);
  return policy instanceof Response ? policy : jsonResponse(200, policyView(context.features, policy));
}

/**
 * `PATCH /dsr/policy`: create or update by key, always 200 with `{ succeeded, failed }`; a name
 * another policy holds is a failed entry (`Name X already exists in Policy.`). A bad FidesKey is
 * a 422 for the whole call. Inline `action_type`/`rules` (2.81.0) are not modelled (501).
 */
export function upsertPolicies(context: Context, input: RouteInput): Response {
  const items = listBody(input);
  if (items instanceof Response) return items;
  const found: ValidationIssue[] = items.flatMap((item, index) => {
    const out: ValidationIssue[] = [];
    if (typeof item.name !== "string") out.push(issues.missing(["body", index, "name"]));
    if (typeof item.key === "string" && !FIDES_KEY.test(item.key)) {
      out.push(fidesKeyIssue(["body", index, "key"], item.key));
    }
    return out;
  });
  if (found.length > 0) return validationResponse(found);
  if (items.some((item) => item.action_type != null || item.rules != null)) {
    return detailResponse(
      501,
      "The Fides emulator does not model a policy's inline action_type or rules; add rules with PATCH /api/v1/dsr/policy/{policy_key}/rule",
    );
  }
  const succeeded: unknown[] = [];
  const failed: unknown[] = [];
  for (const item of items) {
    const name = String(item.name);
    const key = typeof item.key === "string" ? item.key : keyFromName(name);
    const echo = {
      name,
      key,
      ...(context.features.has("policyActionType") ? { action_type: null, rules: null } : {}),
      drp_action: item.drp_action ?? null,
      execution_timeframe: item.execution_timeframe ?? null,
    };
    if (context.privacy.policies.some((policy) => policy.name === name && policy.key !== key)) {
      failed.push({ message: `Name ${name} already exists in Policy.`, data: echo });
      continue;
    }
    let policy = context.privacy.policy(key);
    if (policy === undefined) {
      policy = {
        id: context.privacy.newId("pol"),
        key,
        name,
        drpAction: null,
        executionTimeframe: null,
        rules: [],
        preWebhooks: [],
        postWebhooks: [],
      };
      context.privacy.policies.push(policy);
    }
    policy.name = name;
    policy.drpAction = typeof item.drp_action === "string" ? item.drp_action : null;
    policy.executionTimeframe =
      typeof item.execution_timeframe === "number" ? item.execution_timeframe : null;
    succeeded.push(policyView(context.features, policy));
  }
  return jsonResponse(200, { succeeded, failed });
}

const ACTIONS: readonly StoredRule["actionType"][] = ["access", "consent", "erasure", "update"];

/**
 * `PATCH /dsr/policy/{policy_key}/rule`: create or update rules by key (`name`, `action_type`,
 * `masking_strategy`); 200 `{ succeeded, failed }`, with the server's failures: a rule name taken
 * anywhere (`Name X already exists in Rule.`), an erasure rule without a masking strategy, and
 * (no storage being modelled) any `storage_destination_key` on an access rule.
 */
export function upsertRules(context: Context, input: RouteInput): Response {
  const policy = policyOr404(context, input);
  if (policy instanceof Response) return policy;
  const items = listBody(input);
  if (items instanceof Response) return items;
  const found: ValidationIssue[] = items.flatMap((item, index) => {
    const out: ValidationIssue[] = [];
    if (typeof item.name !== "string") out.push(issues.missing(["body", index, "name"]));
    if (!ACTIONS.includes(item.action_type as StoredRule["actionType"])) {
      out.push({
        type: "enum",
        loc: ["body", index, "action_type"],
        msg: "Input should be 'access', 'consent', 'erasure' or 'update'",
      });
    }
    return out;
  });
  if (found.length > 0) return validationResponse(found);
  const succeeded: unknown[] = [];
  const failed: unknown[] = [];
  for (const item of items) {
    const name = String(item.name);
    const key = typeof item.key === "string" ? item.key : keyFromName(name);
    const actionType = item.action_type as StoredRule["actionType"];
    const masking = isObject(item.masking_strategy)
      ? {
          strategy: String(item.masking_strategy.strategy),
          configuration: item.masking_strategy.configuration ?? {},
        }
      : null;
    const storageKey = typeof item.storage_destination_key === "string" ? item.storage_destination_key : null;
    const echo = {
      name,
      key,
      action_type: actionType,
      storage_destination_key: storageKey,
      masking_strategy: masking,
    };
    const fail = (message: string) => failed.push({ message, data: echo });
    if (actionType === "access" && storageKey !== null) {
      fail(`A StorageConfig with key ${storageKey} does not exist`);
      continue;
    }
    const allRules = context.privacy.policies.flatMap((each) => each.rules);
    if (allRules.some((rule) => rule.name === name && rule.key !== key)) {
      fail(`Name ${name} already exists in Rule.`);
      continue;
    }
    if (actionType === "erasure" && masking === null) {
      fail("Erasure Rules must have masking strategies.");
      continue;
    }
    const rule: StoredRule = {
      id: policy.rules.find((existing) => existing.key === key)?.id ?? context.privacy.newId("rul"),
      key,
      name,
      actionType,
      maskingStrategy: masking,
      storageDestinationKey: null,
    };
    policy.rules = [...policy.rules.filter((existing) => existing.key !== key), rule];
    succeeded.push({
      name: rule.name,
      key: rule.key,
      action_type: rule.actionType,
      storage_destination: null,
      masking_strategy: masking === null ? null : { strategy: masking.strategy },
    });
  }
  return jsonResponse(200, { succeeded, failed });
}

/** Reads a webhook list body: `{ connection_config_key, name, key?, direction? }` items, checked. */
function webhookBody(
  context: Context,
  input: RouteInput,
  withDirection: boolean,
): { key: string; name: string; connectionKey: string; direction: "one_way" | "two_way" }[] | Response {
  const items = listBody(input);
  if (items instanceof Response) return items;
  const found: ValidationIssue[] = items.flatMap((item, index) => {
    const out: ValidationIssue[] = [];
    if (typeof item.connection_config_key !== "string") {
      out.push(issues.missing(["body", index, "connection_config_key"]));
    }
    if (withDirection && item.direction !== "one_way" && item.direction !== "two_way") {
      out.push(
        item.direction === undefined
          ? issues.missing(["body", index, "direction"])
          : {
              type: "enum",
              loc: ["body", index, "direction"],
              msg: "Input should be 'one_way' or 'two_way'",
            },
      );
    }
    if (typeof item.name !== "string") out.push(issues.missing(["body", index, "name"]));
    return out;
  });
  if (found.length > 0) return validationResponse(found);
  const webhooks = items.map((item) => ({
    key: typeof item.key === "string" ? item.key : keyFromName(String(item.name)),
    name: String(item.name),
    connectionKey: String(item.connection_config_key),
    direction: (item.direction === "one_way" ? "one_way" : "two_way") as "one_way" | "two_way",
  }));
  const keys = new Set(webhooks.map((webhook) => webhook.key));
  const names = new Set(webhooks.map((webhook) => webhook.name));
  if (keys.size !== webhooks.length || names.size !== webhooks.length) {
    return detailResponse(
      400,
      "Check request body: there are multiple webhooks whose keys or names resolve to the same value.",
    );
  }
  const missing = webhooks.find((webhook) => !context.privacy.connections.has(webhook.connectionKey));
  if (missing !== undefined) {
    return detailResponse(404, `No connection configuration found with key '${missing.connectionKey}'.`);
  }
  return webhooks;
}

/**
 * `PUT /dsr/policy/{policy_key}/webhook/pre_execution|post_execution`: replaces the policy's whole
 * list, in the order sent (a webhook keeps its id, and so its tokens, when its key is kept); 200
 * with the list.
 */
export function putPolicyWebhooks(which: "pre" | "post") {
  return (context: Context, input: RouteInput): Response => {
    const policy = policyOr404(context, input);
    if (policy instanceof Response) return policy;
    const sent = webhookBody(context, input, true);
    if (sent instanceof Response) return sent;
    const current = which === "pre" ? policy.preWebhooks : policy.postWebhooks;
    const next: StoredPolicyWebhook[] = sent.map((webhook) => ({
      ...webhook,
      id: current.find((existing) => existing.key === webhook.key)?.id ?? newWebhookId(),
    }));
    if (which === "pre") policy.preWebhooks = next;
    else policy.postWebhooks = next;
    return jsonResponse(200, webhookViews(context, next));
  };
}

function webhookViews(context: Context, webhooks: readonly StoredPolicyWebhook[]): unknown[] {
  return webhooks.flatMap((webhook, order) => {
    const connection = context.privacy.connections.get(webhook.connectionKey);
    return connection ? [policyWebhookView(context.features, webhook, connection, order)] : [];
  });
}

/** `GET /dsr/policy/{policy_key}/webhook/pre_execution|post_execution`, paged. */
export function listPolicyWebhooks(which: "pre" | "post") {
  return (context: Context, input: RouteInput): Response => {
    const policy = policyOr404(context, input);
    if (policy instanceof Response) return policy;
    return paged(input, webhookViews(context, which === "pre" ? policy.preWebhooks : policy.postWebhooks));
  };
}

function preApprovalViews(context: Context): unknown[] {
  return context.privacy.preApprovalWebhooks.flatMap((webhook) => {
    const connection = context.privacy.connections.get(webhook.connectionKey);
    return connection ? [preApprovalWebhookView(context.features, webhook, connection)] : [];
  });
}

/** `PUT /dsr/webhook/pre_approval`: replaces every pre-approval webhook; 200 with the list. */
export function putPreApprovalWebhooks(context: Context, input: RouteInput): Response {
  const sent = webhookBody(context, input, false);
  if (sent instanceof Response) return sent;
  const current = context.privacy.preApprovalWebhooks;
  context.privacy.preApprovalWebhooks = sent.map(
    (webhook): StoredPreApprovalWebhook => ({
      key: webhook.key,
      name: webhook.name,
      connectionKey: webhook.connectionKey,
      id: current.find((existing) => existing.key === webhook.key)?.id ?? newWebhookId(),
    }),
  );
  return jsonResponse(200, preApprovalViews(context));
}

/** `GET /dsr/webhook/pre_approval`, paged. */
export function listPreApprovalWebhooks(context: Context, input: RouteInput): Response {
  return paged(input, preApprovalViews(context));
}
