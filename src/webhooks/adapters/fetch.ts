import type { FidesWebhookReceiver } from "../receiver.js";

/**
 * The receiver as a Fetch API handler, `(Request) => Promise<Response>`: a Next.js route handler
 * (`export const POST = …`), Hono (`app.post("/fides", (c) => handler(c.req.raw))`), Bun.serve,
 * Deno.serve, Cloudflare Workers. Past the size limit the request's stream is cancelled.
 * @param receiver from `createWebhookReceiver`
 * @example
 * Deno.serve(toFetchHandler(receiver));
 */
export function toFetchHandler(receiver: FidesWebhookReceiver): (request: Request) => Promise<Response> {
  return async (request) => {
    const reply = await receiver.handle({
      method: request.method,
      headers: request.headers,
      body: request.body,
    });
    return new Response(reply.body, { status: reply.status, headers: reply.headers });
  };
}
