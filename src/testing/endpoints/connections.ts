import { connectionView } from "../state/privacy-views.js";
import { detailResponse, jsonResponse } from "../wire/responses.js";
import { issues, type ValidationIssue, validationResponse } from "../wire/validation.js";
import type { Context, RouteInput } from "./context.js";

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/**
 * `PATCH /connection`: create or update connection configs by key (`name`, `key`,
 * `connection_type`, `access`, `description`); 200 `{ succeeded, failed }`. Only `https`
 * connections do anything in the emulator: they receive webhooks.
 */
export function upsertConnections(context: Context, input: RouteInput): Response {
  if (input.body.kind !== "json") return validationResponse([issues.missing(["body"])]);
  const items = input.body.value;
  if (!Array.isArray(items)) return validationResponse([issues.listType(["body"])]);
  const found: ValidationIssue[] = items.flatMap((item, index): ValidationIssue[] => {
    if (!isObject(item)) return [issues.modelAttributesType(["body", index])];
    const out: ValidationIssue[] = [];
    for (const field of ["key", "connection_type", "access"]) {
      if (typeof item[field] !== "string") out.push(issues.missing(["body", index, field]));
    }
    return out;
  });
  if (found.length > 0) return validationResponse(found);
  const now = context.store.now();
  const succeeded = (items as Record<string, unknown>[]).map((item) => {
    const key = String(item.key);
    const existing = context.privacy.connections.get(key);
    const connection = existing ?? {
      key,
      name: null,
      connectionType: String(item.connection_type),
      access: String(item.access),
      description: null,
      createdAt: now,
      updatedAt: now,
      secrets: undefined,
    };
    connection.name = typeof item.name === "string" ? item.name : connection.name;
    connection.connectionType = String(item.connection_type);
    connection.access = String(item.access);
    connection.description = typeof item.description === "string" ? item.description : connection.description;
    connection.updatedAt = now;
    context.privacy.connections.set(key, connection);
    return connectionView(context.features, connection);
  });
  return jsonResponse(200, { succeeded, failed: [] });
}

/**
 * `PUT /connection/{connection_key}/secret`: an https connection's `url` and `authorization`
 * (sent verbatim as the deliveries' `Authorization` header). `test_status` is `"skipped"` (an
 * https connection has no test), `null` with `?verify=false`.
 */
export function putConnectionSecrets(context: Context, input: RouteInput): Response {
  const key = input.params.connection_key ?? "";
  const connection = context.privacy.connections.get(key);
  if (connection === undefined) return detailResponse(404, `No connection config found with key ${key}`);
  if (input.body.kind !== "json") return validationResponse([issues.missing(["body"])]);
  const secrets = input.body.value;
  if (!isObject(secrets)) return validationResponse([issues.modelAttributesType(["body"])]);
  if (connection.connectionType !== "https") {
    return detailResponse(
      501,
      `The Fides emulator does not model ${connection.connectionType} connection secrets`,
    );
  }
  if (typeof secrets.url !== "string") return validationResponse([issues.missing(["body", "url"])]);
  connection.secrets = {
    url: secrets.url,
    authorization: typeof secrets.authorization === "string" ? secrets.authorization : null,
  };
  connection.updatedAt = context.store.now();
  return jsonResponse(200, {
    msg: `Secrets updated for ConnectionConfig with key: ${key}.`,
    test_status: input.query.get("verify") === "false" ? null : "skipped",
    failure_reason: null,
  });
}

/**
 * What the API may set under `execution` (`ExecutionApplicationConfig`, the same in 2.78.2, 2.82.2
 * and 2.86.2); any other key is dropped (`extra="ignore"`), so `privacy_request_delay_timeout`
 * stays what the server started with.
 */
const EXECUTION_KEYS = new Set([
  "subject_identity_verification_required",
  "disable_consent_identity_verification",
  "require_manual_request_approval",
  "memory_watchdog_enabled",
  "sql_dry_run",
]);

/**
 * `PATCH /config`: the API-set configuration, merged and answered whole. The emulator acts on
 * `execution.require_manual_request_approval`; unknown `execution` keys are dropped; the rest is
 * kept and echoed.
 */
export function patchConfig(context: Context, input: RouteInput): Response {
  if (input.body.kind !== "json" || !isObject(input.body.value)) {
    return validationResponse([issues.modelAttributesType(["body"])]);
  }
  const change = { ...input.body.value };
  if (isObject(change.execution)) {
    change.execution = Object.fromEntries(
      Object.entries(change.execution).filter(([key]) => EXECUTION_KEYS.has(key)),
    );
  }
  const merged = mergeConfig(context.privacy.apiConfig, change);
  context.privacy.apiConfig = merged;
  const execution = merged.execution;
  if (isObject(execution) && typeof execution.require_manual_request_approval === "boolean") {
    context.privacy.manualApproval = execution.require_manual_request_approval;
  }
  return jsonResponse(200, merged);
}

function mergeConfig(
  base: Record<string, unknown>,
  change: Record<string, unknown>,
): Record<string, unknown> {
  const merged: Record<string, unknown> = { ...base };
  for (const [key, value] of Object.entries(change)) {
    const before = merged[key];
    merged[key] = isObject(before) && isObject(value) ? mergeConfig(before, value) : value;
  }
  return merged;
}
