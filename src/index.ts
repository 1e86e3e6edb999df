// The public surface of fides-sdk: a deliberate list, no logic.
export type { OperationAccess } from "./api/access.js";
export type { ApiOptions, ApiRelease, ApiReleasePaths, NewestApiRelease } from "./api/releases.js";
export { type ApiResult, type BulkAnswer, throwOnError, throwOnPartialFailure } from "./api/results.js";
export { FidesClient } from "./client.js";
export {
  type BulkFailure,
  FidesApiError,
  type FidesApiErrorInit,
  FidesAuthenticationError,
  FidesConnectionError,
  FidesError,
  FidesForbiddenError,
  FidesNotFoundError,
  FidesPartialFailureError,
  type FidesPartialFailureInit,
  FidesRateLimitError,
  type FidesRequestInfo,
  FidesResponseValidationError,
  FidesServerError,
  FidesTimeoutError,
  FidesUnsupportedOperationError,
  FidesValidationError,
  type ForbiddenFacts,
  type ForbiddenReason,
  isFidesApiError,
  isFidesAuthenticationError,
  isFidesConnectionError,
  isFidesError,
  isFidesForbiddenError,
  isFidesNotFoundError,
  isFidesPartialFailureError,
  isFidesRateLimitError,
  isFidesResponseValidationError,
  isFidesServerError,
  isFidesTimeoutError,
  isFidesUnsupportedOperationError,
  isFidesValidationError,
  type ValidationIssue,
} from "./errors.js";
export type { components, operations, paths } from "./generated/fides-oauth.js";
export {
  type BootstrapClientOptions,
  bootstrapClient,
  type CreateOAuthClientOptions,
  createOAuthClient,
  type GetAccessTokenOptions,
  getAccessToken,
  getHealth,
} from "./helpers.js";
export type { FidesAccessToken, FidesClientCredentials, FidesHealth } from "./internal/schemas.js";
export type {
  ClientChanges,
  ClientDetails,
  FidesOAuth,
  ListClientsQuery,
  OAuthClient,
  OAuthClientPage,
} from "./oauth.js";
export type {
  FidesApiOptions,
  FidesClientCredentialsOptions,
  FidesClientOptions,
  FidesClientTokenOptions,
  FidesClientUnauthenticatedOptions,
  FidesFetchInit,
  FidesLogger,
  FidesSharedOptions,
  RequestOptions,
  ServerVersionOption,
} from "./options.js";
export type {
  PrivacyRequestInput,
  ReviewFailure,
  ReviewResult,
  SubmitFailure,
  SubmitResult,
} from "./privacy-requests/bulk.js";
export type { PrivacyRequestFilters, PrivacyRequestSource } from "./privacy-requests/filters.js";
export type { PollInterval, PollTimers } from "./privacy-requests/poller.js";
export type {
  BulkOptions,
  FidesPrivacyRequests,
  IntervalOption,
  PageOptions,
  ReasonOptions,
  StatusChange,
  WaitOptions,
  WatchOptions,
} from "./privacy-requests/privacy-requests.js";
export type { AccessResults, ExecutionLog, PrivacyRequest } from "./privacy-requests/schemas.js";
export {
  isTerminalStatus,
  PRIVACY_REQUEST_STATUSES,
  type PrivacyRequestStatus,
  TERMINAL_STATUSES,
  type TerminalStatus,
} from "./privacy-requests/statuses.js";
export { isScope, ROLE_SCOPES, ROLES, type Role, SCOPES, type Scope } from "./scopes.js";
export {
  MemoryTokenStore,
  type StoredToken,
  type TokenStore,
  type TokenStoreContext,
  type TokenStoreLock,
} from "./token-store.js";
export type {
  FidesWebhooks,
  PolicyWebhook,
  PolicyWebhookInput,
  PolicyWebhookStage,
  PreApprovalWebhook,
  WebhookConnectionInput,
} from "./webhooks/manage.js";
