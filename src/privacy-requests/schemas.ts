import * as z from "zod/mini";
import type { components } from "../generated/fides-api-2.86.2.js";
import { PRIVACY_REQUEST_STATUSES, type PrivacyRequestStatus } from "./statuses.js";

/**
 * The privacy-request bodies the SDK reads, checked field by field before they reach the caller
 * (messages follow the field's name: `response body "items[0].status" must be …`). Objects are
 * loose: fields the SDK does not read pass through unchecked, so a newer release's additions do
 * not break an older SDK. Written from the Fides source (`fides/api/schemas/privacy_request.py`)
 * of 2.78.2, 2.82.2 and 2.86.2, where these fields are the same. Each schema is built on its
 * first parse (`z.lazy`), so a program that never reads a privacy request never builds one.
 */

type Schemas = components["schemas"];

const str = (message = "must be a string") => z.string({ error: message });
const nullableString = () => z.nullable(str("must be a string or null"));
const optionalNullableString = () => z.exactOptional(nullableString());
const object = <T extends z.core.$ZodLooseShape>(shape: T) =>
  z.looseObject(shape, { error: "must be a JSON object" });
const count = (minimum: number) =>
  z
    .int({ error: `must be an integer of at least ${minimum}` })
    .check(z.gte(minimum, { error: `must be an integer of at least ${minimum}` }));

const statusSchema = z.lazy(() =>
  z.enum(PRIVACY_REQUEST_STATUSES, { error: `must be one of ${PRIVACY_REQUEST_STATUSES.join(", ")}` }),
) satisfies z.ZodMiniType<PrivacyRequestStatus>;

/** The policy a request runs, as the request embeds it. */
const policySchema = z.lazy(() =>
  object({ name: str(), key: optionalNullableString() }),
) satisfies z.ZodMiniType<Pick<Schemas["PolicyResponse"], "name" | "key">>;

/** A privacy request (`PrivacyRequestResponse`). */
export const privacyRequestSchema = z.lazy(() =>
  object({
    id: str().check(z.minLength(1, { error: "must not be empty" })),
    status: statusSchema,
    created_at: optionalNullableString(),
    started_processing_at: optionalNullableString(),
    reviewed_at: optionalNullableString(),
    finished_processing_at: optionalNullableString(),
    external_id: optionalNullableString(),
    policy: policySchema,
    days_left: z.exactOptional(z.nullable(z.int({ error: "must be an integer or null" }))),
  }),
) satisfies z.ZodMiniType<
  Pick<
    Schemas["PrivacyRequestResponse"],
    | "id"
    | "status"
    | "created_at"
    | "started_processing_at"
    | "reviewed_at"
    | "finished_processing_at"
    | "external_id"
    | "days_left"
  >
>;

/** One failed item of a bulk answer (`BulkUpdateFailed`): Fides's message and what it concerned. */
const bulkFailureSchema = z.lazy(() =>
  z.object(
    {
      message: str(),
      data: z.record(z.string(), z.unknown(), { error: "must be a JSON object" }),
    },
    { error: "must be a JSON object" },
  ),
) satisfies z.ZodMiniType<Schemas["BulkUpdateFailed"]>;

/** A bulk answer (`BulkPostPrivacyRequests`, `BulkReviewResponse`): 200 with both lists. */
export const bulkSchema = z.lazy(() =>
  z.object(
    {
      succeeded: z.array(privacyRequestSchema, { error: "must be an array" }),
      failed: z.array(bulkFailureSchema, { error: "must be an array" }),
    },
    { error: "must be a JSON object" },
  ),
);

const page = <T extends z.ZodMiniType>(item: T) =>
  z.lazy(() =>
    z.object(
      {
        items: z.array(item, { error: "must be an array" }),
        total: count(0),
        page: count(1),
        size: count(1),
        pages: count(0),
      },
      { error: "must be a JSON object" },
    ),
  );

/** One page of privacy requests (`POST /api/v1/privacy-request/search`). */
export const privacyRequestPageSchema = page(privacyRequestSchema);

/** One execution log entry of a request (`ExecutionLogDetailResponse`). */
export const executionLogSchema = z.lazy(() =>
  object({
    status: str(),
    message: optionalNullableString(),
    action_type: str(),
    collection_name: optionalNullableString(),
    dataset_name: optionalNullableString(),
    connection_key: optionalNullableString(),
    updated_at: optionalNullableString(),
  }),
) satisfies z.ZodMiniType<
  Pick<
    Schemas["ExecutionLogDetailResponse"],
    "message" | "collection_name" | "dataset_name" | "connection_key" | "updated_at"
  > & { status: string; action_type: string }
>;

/** One page of a request's execution log (`GET /api/v1/privacy-request/{id}/log`). */
export const executionLogPageSchema = page(executionLogSchema);

/** Where a completed access request's package can be downloaded (`PrivacyRequestAccessResults`). */
export const accessResultsSchema = z.lazy(() =>
  z.object(
    { access_result_urls: z.array(str(), { error: "must be an array of strings" }) },
    { error: "must be a JSON object" },
  ),
) satisfies z.ZodMiniType<Schemas["PrivacyRequestAccessResults"]>;

/** A privacy request as Fides reports it: the checked fields, and every other field as sent. */
export type PrivacyRequest = z.infer<typeof privacyRequestSchema>;
/** One entry of a request's execution log. */
export type ExecutionLog = z.infer<typeof executionLogSchema>;
/** The download locations of a completed access request's results. */
export type AccessResults = z.infer<typeof accessResultsSchema>;
/** A bulk answer, as the server sent it. */
export type BulkAnswer = z.infer<typeof bulkSchema>;
