// The public surface of fides-sdk/webhooks: a deliberate list, no logic.
export { type ExpressRequestLike, toExpressHandler } from "./adapters/express.js";
export { toFetchHandler } from "./adapters/fetch.js";
export { type NodeRequestLike, type NodeResponseLike, toNodeHandler } from "./adapters/node.js";
export type { CallbackName } from "./callback-routes.js";
export {
  type CallbackPaths,
  FidesWebhookDelivery,
  type HeaderSource,
  type PreApprovalBody,
  reviveDelivery,
  type WebhookCallbackOptions,
  type WebhookDelivery,
} from "./delivery.js";
export type { DeliveryBody, PreExecutionTwoWayBody } from "./delivery-body.js";
export type { DerivedIdentity } from "./derived-identity.js";
export {
  FidesWebhookConflictError,
  FidesWebhookError,
  isFidesWebhookConflictError,
  isFidesWebhookError,
  type WebhookProblem,
} from "./errors.js";
export type { DeliveryBodySource } from "./read-delivery-body.js";
export {
  createWebhookReceiver,
  type FidesWebhookReceiver,
  type IncomingWebhook,
  type WebhookAnswer,
  type WebhookReceiverOptions,
  type WebhookReply,
} from "./receiver.js";
