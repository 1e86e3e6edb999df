import { FidesWebhookError } from "../errors.js";
import type { FidesWebhookReceiver } from "../receiver.js";
import { type NodeRequestLike, type NodeResponseLike, nodeIncoming, send } from "./node.js";

/** An Express (or Connect) request: `node:http`'s, plus the `body` a body parser may have set. */
export interface ExpressRequestLike extends NodeRequestLike {
  body?: unknown;
}

/**
 * The receiver as an Express route handler, `(req, res, next)`; Express's types are not needed at
 * run time. Mount it before any JSON body parser, or behind `express.raw({ type: "application/json" })`:
 * it reads the raw body itself, within its limit. A body a JSON parser already turned into an
 * object is refused (500, `next(error)`), since its size and bytes can no longer be checked.
 * @param receiver from `createWebhookReceiver`
 * @example
 * app.post("/fides/webhook", toExpressHandler(receiver));
 */
export function toExpressHandler(
  receiver: FidesWebhookReceiver,
): (req: ExpressRequestLike, res: NodeResponseLike, next: (error?: unknown) => void) => void {
  return (req, res, next) => {
    const parsed = req.body;
    const raw = typeof parsed === "string" || parsed instanceof Uint8Array ? parsed : undefined;
    if (raw === undefined && parsed !== undefined && !isEmptyObject(parsed)) {
      next(
        new FidesWebhookError(
          "handler_failed",
          'mount the Fides webhook handler before express.json(), or behind express.raw({ type: "application/json" })',
        ),
      );
      return;
    }
    receiver
      .handle(nodeIncoming(req, raw))
      .then((reply) => send(res, reply))
      .catch(next);
  };
}

// express.json() leaves `{}` when the type did not match and nothing was read.
function isEmptyObject(value: unknown): boolean {
  return typeof value === "object" && value !== null && Object.keys(value).length === 0;
}
