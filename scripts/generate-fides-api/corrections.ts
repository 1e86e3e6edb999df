/**
 * Where a real Fides server disagrees with its own OpenAPI document about who may call an
 * operation. Each entry overrides what the document's `security` says, in every tested release
 * that has the operation, and names the reason; `npm run test:real` checks the table against the
 * real servers. A correction that no release needs any more fails the generator.
 */

/** Who may call an operation, as the scope tables write it. */
export type Access = readonly string[] | "none" | "webhook-token";

/** One override of a document's `security`. */
export interface Correction {
  readonly access: Access;
  readonly reason: string;
  /** Scopes that also let a request in on their own (the table names the one granting it all). */
  readonly alsoGrantedBy?: readonly string[];
  /** The server's 403 detail when it names no scope. */
  readonly refusal?: string;
}

const WEBHOOK_REPLY =
  "declares an OAuth scope, but the server reads the bearer token as the token it sent to the webhook " +
  "(a JWE naming the webhook), so no OAuth client, not even the root client, is let in (403)";

/** The corrections, keyed `"METHOD /path/template"`. */
export const CORRECTIONS: Readonly<Record<string, Correction>> = {
  "POST /api/v1/privacy-request/{privacy_request_id}/resume": {
    access: "webhook-token",
    reason: `the policy pre-execution webhook's reply ${WEBHOOK_REPLY}`,
  },
  "POST /api/v1/privacy-request/{privacy_request_id}/pre-approve/eligible": {
    access: "webhook-token",
    reason: `the pre-approval webhook's reply ${WEBHOOK_REPLY}`,
  },
  "POST /api/v1/privacy-request/{privacy_request_id}/pre-approve/not-eligible": {
    access: "webhook-token",
    reason: `the pre-approval webhook's reply ${WEBHOOK_REPLY}`,
  },
  "GET /api/v1/user": {
    access: ["user:read"],
    alsoGrantedBy: ["user:read-own"],
    refusal: "Not authorized.",
    reason:
      "declares no scope, but the server lets in only a token holding user:read (every user) or " +
      'user:read-own (the caller\'s own user only), and refuses any other with 403 "Not authorized."',
  },
  "POST /api/v1/request-task/callback": {
    access: "webhook-token",
    reason: `the request-task callback ${WEBHOOK_REPLY}`,
  },
};
