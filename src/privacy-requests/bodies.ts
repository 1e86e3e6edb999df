import type { components } from "../generated/fides-api-2.86.2.js";
import type { Expect } from "../internal/type-ties.js";

/**
 * The request bodies the SDK sends to the privacy-request routes, tied to Fides 2.86.2's own
 * OpenAPI types (the same fields in 2.78.2 and 2.82.2).
 */

type Schemas = components["schemas"];

/** The body of a review route: the ids, and for deny and cancel an optional reason. */
export interface ReviewBody {
  request_ids: string[];
  reason?: string;
}

/** The body of `POST /api/v1/privacy-request/search`: the filters, as the server spells them. */
export type SearchBody = Record<string, unknown>;

/** Compile-time ties: what the SDK sends is what the release's schema accepts. */
export type BodyTies = [
  Expect<ReviewBody extends Schemas["DenyPrivacyRequestSelection"] ? true : false>,
  Expect<ReviewBody extends Schemas["CancelPrivacyRequestSelection"] ? true : false>,
  Expect<Omit<ReviewBody, "reason"> extends Schemas["PrivacyRequestBulkSelection"] ? true : false>,
];
