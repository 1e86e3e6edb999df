import { parseBasic } from "../auth/basic.js";
import type { FixedWindowLimiter } from "../faults/rate-limit.js";
import { readForm } from "../wire/body.js";
import { DETAILS, detailResponse, jsonResponse } from "../wire/responses.js";
import { issues, type ValidationIssue, validationResponse } from "../wire/validation.js";
import type { Context } from "./context.js";

/** Python's `datetime.isoformat()` of a naive local time: microseconds only when non-zero. */
function naiveLocalIsoformat(epochMs: number): string {
  const date = new Date(epochMs);
  const pad = (value: number, width = 2) => String(value).padStart(width, "0");
  const base =
    `${pad(date.getFullYear(), 4)}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}` +
    `T${pad(date.getHours())}:${pad(date.getMinutes())}:${pad(date.getSeconds())}`;
  const ms = date.getMilliseconds();
  return ms === 0 ? base : `${base}.${pad(ms * 1000, 6)}`;
}

/**
 * `POST /api/v1/oauth/token`, in the server's order: form parsing (400) and validation (422,
 * `grant_type` must contain `client_credentials`), the rate limit (429), the Basic header (401
 * "Not authenticated" when malformed), then the credentials (401 "Authentication Failure").
 * Form credentials win over Basic when both `client_id` and `client_secret` are non-empty;
 * `scope` is ignored.
 * @param context the emulator
 * @param request the request
 * @param limiter the rate limiter, when enabled
 */
export async function acquireAccessToken(
  context: Context,
  request: Request,
  limiter: FixedWindowLimiter | undefined,
): Promise<Response> {
  const form = await readForm(request);
  if (form instanceof Response) return form;
  const found: ValidationIssue[] = [];
  const field = (name: string): string | undefined => {
    const value = form.get(name);
    if (value === undefined || value === "") return undefined; // FastAPI treats "" in a form as unset
    if (typeof value !== "string") {
      found.push(issues.stringType(["body", name]));
      return undefined;
    }
    return value;
  };
  const grantType = field("grant_type");
  if (grantType !== undefined && !grantType.includes("client_credentials")) {
    found.push(issues.patternMismatch(["body", "grant_type"], "client_credentials"));
  }
  field("scope");
  const formId = field("client_id");
  const formSecret = field("client_secret");
  if (found.length > 0) return validationResponse(found);

  let rateHeaders: Record<string, string> = {};
  if (limiter) {
    const outcome = limiter.hit(context.store.now());
    if ("limited" in outcome) return outcome.limited;
    rateHeaders = outcome.headers;
  }

  const basic = parseBasic(request.headers.get("authorization"));
  if (basic.kind === "malformed") {
    const detail = context.features.has("modernFastApi")
      ? DETAILS.notAuthenticated
      : DETAILS.invalidCredentialsLegacy;
    return detailResponse(401, detail, { "www-authenticate": "Basic" });
  }
  const credentials =
    formId !== undefined && formSecret !== undefined
      ? { id: formId, secret: formSecret }
      : basic.kind === "ok"
        ? { id: basic.username, secret: basic.password }
        : undefined;
  const client = credentials && context.store.lookup(credentials.id);
  if (!credentials || !client || !(await context.store.verify(credentials.id, credentials.secret))) {
    return detailResponse(401, DETAILS.authenticationFailure);
  }

  const { token } = context.store.issue(client);
  const lifetime = context.settings.tokenLifetimeMinutes;
  const body: Record<string, unknown> = { access_token: token };
  if (context.features.has("tokenType")) body.token_type = "Bearer";
  if (context.features.has("tokenExpiry")) {
    body.expires_in = lifetime * 60;
    body.expires_at = naiveLocalIsoformat(context.store.now() + lifetime * 60_000);
  }
  return jsonResponse(200, body, rateHeaders);
}
