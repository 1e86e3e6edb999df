import type { AccessResults, BulkAnswer, ExecutionLog, PrivacyRequest } from "./schemas.js";

/**
 * The privacy-request routes the SDK calls, in openapi-typescript's shape, so openapi-fetch builds
 * their URLs, queries and bodies. The same in Fides 2.78.2, 2.82.2 and 2.86.2 (read from each
 * release's `fides/api/v1/endpoints/privacy_request_endpoints.py`). To be tied to the generated
 * whole-API types once they are in `src/generated/`.
 */

type Json<T> = { content: { "application/json": T } };
type PageOf<T> = { items: T[]; total: number; page: number; size: number; pages: number };
type NoParameters = { query?: never; header?: never; path?: never; cookie?: never };
type ById = { query?: never; header?: never; path: { privacy_request_id: string }; cookie?: never };
type Paging = { page?: number; size?: number };

/** The body of a review route: the ids, and for deny and cancel an optional reason. */
export interface ReviewBody {
  request_ids: string[];
  reason?: string;
}

/** The body of `POST /api/v1/privacy-request/search`: the filters, as the server spells them. */
export type SearchBody = Record<string, unknown>;

interface Operation<P, B, R> {
  parameters: P;
  requestBody: Json<B>;
  responses: { 200: Json<R> };
}

interface GetOperation<P, R> {
  parameters: P;
  requestBody?: never;
  responses: { 200: Json<R> };
}

type PagedQuery = { query?: Paging; header?: never; path?: never; cookie?: never };
type PagedById = { query?: Paging; header?: never; path: { privacy_request_id: string }; cookie?: never };

/** The routes, each with its method, parameters, body and 200 answer. */
export interface PrivacyRequestPaths {
  "/api/v1/privacy-request/authenticated": {
    post: Operation<NoParameters, Record<string, unknown>[], BulkAnswer>;
  };
  "/api/v1/privacy-request/search": {
    post: Operation<PagedQuery, SearchBody, PageOf<PrivacyRequest>>;
  };
  "/api/v1/privacy-request/administrate/approve": { patch: Operation<NoParameters, ReviewBody, BulkAnswer> };
  "/api/v1/privacy-request/administrate/deny": { patch: Operation<NoParameters, ReviewBody, BulkAnswer> };
  "/api/v1/privacy-request/administrate/cancel": { patch: Operation<NoParameters, ReviewBody, BulkAnswer> };
  "/api/v1/privacy-request/bulk/retry": { post: Operation<NoParameters, ReviewBody, BulkAnswer> };
  "/api/v1/privacy-request/{privacy_request_id}/log": { get: GetOperation<PagedById, PageOf<ExecutionLog>> };
  "/api/v1/privacy-request/{privacy_request_id}/access-results": { get: GetOperation<ById, AccessResults> };
}
