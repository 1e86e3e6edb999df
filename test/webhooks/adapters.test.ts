// The Fetch API and Express adapters, each on a real loopback server (node:http is receiver.test.ts).
import type { IncomingMessage, ServerResponse } from "node:http";
import { describe, expect, test } from "vitest";
import {
  createWebhookReceiver,
  type ExpressRequestLike,
  toExpressHandler,
  toFetchHandler,
  type WebhookDelivery,
} from "../../src/webhooks/index.js";
import { fidesDelivery, post } from "./fides-delivery.js";
import { serve, serveFetch } from "./harness.js";

const SECRET = "whsec-adapters";

function receiver(maxBodyBytes?: number) {
  const seen: WebhookDelivery[] = [];
  const made = createWebhookReceiver({
    secret: SECRET,
    ...(maxBodyBytes === undefined ? {} : { maxBodyBytes }),
    onDelivery: (delivery) => {
      seen.push(delivery);
      return { halt: true };
    },
  });
  return { receiver: made, seen };
}

const wire = () => fidesDelivery({ kind: "pre-two-way", sentAt: Date.now(), authorization: SECRET });

describe("toFetchHandler", () => {
  test("answers a delivery with a Response, as Next.js, Hono, Bun and Deno expect", async () => {
    const { receiver: made, seen } = receiver();
    const url = await serveFetch(toFetchHandler(made));
    const answer = await post(url, wire());
    expect([answer.status, answer.json]).toEqual([200, { halt: true, derived_identity: null }]);
    expect(seen).toHaveLength(1);
  });

  test("cancels the request's stream past the size limit and answers 413", async () => {
    const { receiver: made } = receiver(512);
    let cancelled = false;
    const handler = toFetchHandler(made);
    const body = new ReadableStream<Uint8Array>({
      pull(controller) {
        controller.enqueue(new Uint8Array(256)); // endless
      },
      cancel() {
        cancelled = true;
      },
    });
    const request = new Request("http://127.0.0.1/hook", {
      method: "POST",
      headers: { authorization: SECRET, "content-type": "application/json" },
      body,
      duplex: "half",
    } as RequestInit);
    const response = await handler(request);
    expect(response.status).toBe(413);
    expect(await response.json()).toMatchObject({ error: "body_too_large" });
    expect(cancelled).toBe(true);
  });
});

describe("toExpressHandler", () => {
  // What Express hands a route handler: node's req and res (its own methods are not used).
  const mount =
    (handler: ReturnType<typeof toExpressHandler>, body?: (req: IncomingMessage) => Promise<unknown>) =>
    (req: IncomingMessage, res: ServerResponse) => {
      const errors: unknown[] = [];
      const next = (error?: unknown) => {
        errors.push(error);
        res.statusCode = 500;
        res.end(JSON.stringify({ next: (error as Error).message }));
      };
      if (body === undefined) handler(req as ExpressRequestLike, res, next);
      else
        void body(req).then((parsed) => {
          (req as ExpressRequestLike).body = parsed;
          handler(req as ExpressRequestLike, res, next);
        });
    };
  const readAll = async (req: IncomingMessage) => {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    return Buffer.concat(chunks);
  };

  test("reads the raw body itself when no parser ran", async () => {
    const { receiver: made, seen } = receiver();
    const url = await serve(mount(toExpressHandler(made)));
    expect((await post(url, wire())).json).toEqual({ halt: true, derived_identity: null });
    expect(seen).toHaveLength(1);
  });

  test("takes the Buffer express.raw() left in req.body", async () => {
    const { receiver: made, seen } = receiver();
    const url = await serve(mount(toExpressHandler(made), readAll));
    expect((await post(url, wire())).status).toBe(200);
    expect(seen).toHaveLength(1);
  });

  test("a body express.json() already parsed is passed to next() with what to do instead", async () => {
    const { receiver: made, seen } = receiver();
    const url = await serve(
      mount(toExpressHandler(made), async (req) => JSON.parse((await readAll(req)).toString())),
    );
    const answer = await post(url, wire());
    expect(answer.status).toBe(500);
    expect((answer.json as { next: string }).next).toContain("before express.json()");
    expect(seen).toEqual([]);
  });
});
