import type { VersionFeatures } from "../core/versions.js";
import { TOKEN_PREFIX } from "../state/credentials.js";
import type { CallbackToken, PrivacyStore } from "../state/privacy.js";
import { DETAILS, detailResponse, internalServerError } from "../wire/responses.js";

/** What the callback token check reads. */
export interface CallbackAuthContext {
  readonly privacy: PrivacyStore;
  readonly features: VersionFeatures;
  readonly store: { now(): number };
  /** `execution.privacy_request_delay_timeout` */
  readonly callbackTokenMinutes: number;
}

/**
 * `_get_webhook_jwe_or_error` and the webhook lookup of the callback routes (`/resume`,
 * `/pre-approve/eligible|not-eligible`): only the `reply-to-token` of a delivery opens them.
 *
 * - no Bearer header: 401 `Failed to authenticate`;
 * - an OAuth access token (it decrypts, but is no webhook token), a token of the other kind of
 *   webhook (its scopes differ) or a JWE this server did not issue: 403 `Not Authorized for this action`;
 * - text that is not even JWE-shaped: a plain-text 500 from 2.81.0 (the decoder crashes), 403 before;
 * - a token `privacy_request_delay_timeout` minutes old or older: 403 `Webhook token expired`
 *   (Fides compares `minutes since issued > timeout` on a microsecond clock, so a token is never
 *   exactly on time there; with 0, every callback is refused);
 * - a token whose webhook was since removed: 404 naming the webhook's id.
 *
 * The token is bound to its webhook, not to a privacy request: any request it names is served.
 * @param context the state and the release
 * @param request the callback request
 * @param kind `resume` (policy pre-execution webhooks) or `pre_approval`
 * @returns the token's record, or the error answer
 */
export function checkCallbackToken(
  context: CallbackAuthContext,
  request: Request,
  kind: CallbackToken["kind"],
): CallbackToken | Response {
  const header = request.headers.get("authorization");
  const space = header?.indexOf(" ") ?? -1;
  const scheme = header ? (space === -1 ? header : header.slice(0, space)) : "";
  if (!header || scheme.toLowerCase() !== "bearer") {
    return detailResponse(401, DETAILS.failedToAuthenticate, { "www-authenticate": "Bearer" });
  }
  const raw = space === -1 ? "" : header.slice(space + 1);
  const token = context.privacy.callbackToken(raw);
  if (token === undefined) {
    const jweShaped = raw.startsWith(TOKEN_PREFIX) && raw.split(".").length === 5;
    if (!jweShaped && context.features.has("callbackGarbageTokenIs500")) return internalServerError();
    return detailResponse(403, DETAILS.notAuthorized);
  }
  if (token.kind !== kind) return detailResponse(403, DETAILS.notAuthorized);
  if (context.store.now() - token.issuedAt >= context.callbackTokenMinutes * 60_000) {
    return detailResponse(403, "Webhook token expired");
  }
  const exists =
    kind === "resume"
      ? context.privacy.preWebhook(token.webhookId) !== undefined
      : context.privacy.preApprovalWebhooks.some((webhook) => webhook.id === token.webhookId);
  if (!exists) {
    const what = kind === "resume" ? "Policy Pre-Execution Webhook" : "Pre-Approval Webhook";
    return detailResponse(404, `No ${what} found with id '${token.webhookId}'.`);
  }
  return token;
}
