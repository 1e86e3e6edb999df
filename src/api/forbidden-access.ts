import { FidesForbiddenError } from "../errors.js";
import type { KnownOperation } from "./releases.js";

function describe(operation: KnownOperation): string {
  const table = `fides-sdk's scope table (Fides ${operation.release})`;
  const { access } = operation;
  if (access === "webhook-token") {
    return `${operation.key} takes only the token Fides sent to the webhook, which no OAuth client holds`;
  }
  if (access === "none") return `${table} says ${operation.key} takes no token`;
  if (access.length === 0) return `${table} says any valid token may call ${operation.key}`;
  return `${table} says ${operation.key} needs ${access.map((scope) => `"${scope}"`).join(", ")}`;
}

/**
 * The same refusal, its message and `operationAccess` naming what the scope table says the
 * operation needs, beside the server's own detail (kept in the message and in `detail`).
 * @param error the pipeline's refusal
 * @param operation the operation the request belongs to, when a table knows it
 */
export function withOperationAccess(
  error: FidesForbiddenError,
  operation: KnownOperation | undefined,
): FidesForbiddenError {
  if (operation === undefined) return error;
  return new FidesForbiddenError(
    `${error.message}; ${describe(operation)}`,
    {
      operation: error.operation,
      status: error.status,
      method: error.method,
      path: error.path,
      detail: error.detail,
      ...(error.response === undefined ? {} : { response: error.response }),
      ...(error.cause === undefined ? {} : { cause: error.cause }),
    },
    {
      reason: error.reason,
      requiredScopes: error.requiredScopes,
      invalidScopes: error.invalidScopes,
      missingScopes: error.missingScopes,
      operationAccess: operation.access,
    },
  );
}
