import { FidesError } from "../errors.js";

/**
 * Why a delivery was refused, or a callback was not sent. The receiver answers each with its
 * status and `{ "error": reason, "detail": … }`; the detail names the problem, never a value.
 */
export type WebhookProblem =
  | "method_not_allowed"
  | "unauthorized"
  | "unsupported_media_type"
  | "body_too_large"
  | "invalid_json"
  | "invalid_body"
  | "missing_header"
  | "invalid_header"
  | "wrong_callback_path"
  | "request_mismatch"
  | "stale_delivery"
  | "undecryptable_delivery"
  | "handler_failed"
  | "handler_timeout";

/** The HTTP status the receiver answers each problem with. */
export const PROBLEM_STATUS: Readonly<Record<WebhookProblem, number>> = {
  method_not_allowed: 405,
  unauthorized: 401,
  unsupported_media_type: 415,
  body_too_large: 413,
  invalid_json: 400,
  invalid_body: 422,
  missing_header: 400,
  invalid_header: 400,
  wrong_callback_path: 400,
  request_mismatch: 400,
  stale_delivery: 400,
  undecryptable_delivery: 400,
  handler_failed: 500,
  handler_timeout: 503,
};

/**
 * A delivery that cannot be accepted, or a callback the SDK refused to send (before sending):
 * `reason` says which, `status` is what the receiver answers. The message names the field or
 * header and never holds a secret, a token or a value from the body.
 * @example
 * try { await delivery.resume(); } catch (error) { if (isFidesWebhookError(error)) console.log(error.reason); }
 */
export class FidesWebhookError extends FidesError {
  /** Why, as a stable code such as `"request_mismatch"`. */
  readonly reason: WebhookProblem;
  /** The status the receiver answers this problem with. */
  readonly status: number;

  /**
   * @param reason why
   * @param message what exactly, naming the field or header
   */
  constructor(reason: WebhookProblem, message: string) {
    super(message);
    this.reason = reason;
    this.status = PROBLEM_STATUS[reason];
  }
}

/**
 * `sdk.webhooks` found the list it was about to replace changed since it read it (another writer):
 * nothing was written. Read again and retry.
 */
export class FidesWebhookConflictError extends FidesError {
  /** The route whose list changed, such as `/api/v1/dsr/policy/erasure/webhook/pre_execution`. */
  readonly path: string;

  /**
   * @param path the list's route
   */
  constructor(path: string) {
    super(
      `the webhooks at ${path} changed while they were being updated; nothing was written (read them again and retry)`,
    );
    this.path = path;
  }
}

for (const [cls, name, code] of [
  [FidesWebhookError, "FidesWebhookError", "FIDES_WEBHOOK"],
  [FidesWebhookConflictError, "FidesWebhookConflictError", "FIDES_WEBHOOK_CONFLICT"],
] as const) {
  Object.defineProperty(cls.prototype, "name", { value: name, writable: true, configurable: true });
  Object.defineProperty(cls.prototype, "code", { value: code, writable: true, configurable: true });
}

/**
 * Tells whether `error` is a {@link FidesWebhookError}, also across module formats.
 * @param error anything caught
 */
export function isFidesWebhookError(error: unknown): error is FidesWebhookError {
  return error instanceof FidesWebhookError || (error as Error | undefined)?.name === "FidesWebhookError";
}

/**
 * Tells whether `error` is a {@link FidesWebhookConflictError}, also across module formats (it is
 * thrown by `sdk.webhooks`, from the main entry).
 * @param error anything caught
 */
export function isFidesWebhookConflictError(error: unknown): error is FidesWebhookConflictError {
  return (
    error instanceof FidesWebhookConflictError ||
    (error as Error | undefined)?.name === "FidesWebhookConflictError"
  );
}
