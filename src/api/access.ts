import type { Scope } from "../scopes.js";

/**
 * Who may call an operation of the Fides API, as the per-release scope tables write it:
 * - a list of scopes: an OAuth token holding every one of them (`[]`: any valid token);
 * - `"none"`: no token at all (health, the token route, the public privacy-center routes);
 * - `"webhook-token"`: only the token Fides itself sent to a webhook, replayed in its reply
 *   (the webhook callback routes); no OAuth client can call these, whatever its scopes.
 */
export type OperationAccess = readonly Scope[] | "none" | "webhook-token";
