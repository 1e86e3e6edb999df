import type { FidesWebhookReceiver } from "../receiver.js";

/**
 * The parts of `node:http`'s request this adapter uses (no import of `node:http` types at run
 * time; an Express request is one too).
 */
export interface NodeRequestLike {
  readonly method?: string | undefined;
  readonly headers: Record<string, string | string[] | undefined>;
  iterator?(options: { destroyOnReturn: boolean }): AsyncIterable<Uint8Array | string>;
  [Symbol.asyncIterator](): AsyncIterator<Uint8Array | string>;
  pause(): unknown;
}

/** The parts of `node:http`'s response this adapter uses. */
export interface NodeResponseLike {
  statusCode: number;
  setHeader(name: string, value: string): unknown;
  end(body: string, callback?: () => void): unknown;
}

/**
 * The receiver as a `node:http` request listener, `(req, res) => Promise<void>`. The body is
 * read from the request stream within the limit; past it the request is paused, the 413 sent
 * with `Connection: close`, and the rest never read.
 * @param receiver from `createWebhookReceiver`
 * @example
 * http.createServer(toNodeHandler(receiver)).listen(3000);
 */
export function toNodeHandler(
  receiver: FidesWebhookReceiver,
): (req: NodeRequestLike, res: NodeResponseLike) => Promise<void> {
  return async (req, res) => {
    const reply = await receiver.handle(nodeIncoming(req, undefined));
    await send(res, reply);
  };
}

/**
 * The request as the receiver reads it; `parsed` is a body a framework already read (a Buffer
 * or string from a raw-body parser).
 * @internal
 */
export function nodeIncoming(req: NodeRequestLike, parsed: Uint8Array | string | undefined) {
  // Not destroyed when the reader stops early: the response must still be sent on its socket.
  const body =
    parsed ?? (typeof req.iterator === "function" ? req.iterator({ destroyOnReturn: false }) : req);
  return { method: req.method ?? "GET", headers: req.headers, body, cancelBody: () => void req.pause() };
}

/**
 * Sends a reply on a `node:http` response.
 * @internal
 */
export function send(
  res: NodeResponseLike,
  reply: { status: number; headers: Readonly<Record<string, string>>; body: string },
): Promise<void> {
  res.statusCode = reply.status;
  for (const [name, value] of Object.entries(reply.headers)) res.setHeader(name, value);
  return new Promise((resolve) => res.end(reply.body, resolve));
}
