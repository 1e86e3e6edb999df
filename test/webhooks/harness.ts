// Loopback servers for the webhook tests: a receiver on 127.0.0.1 (through any adapter) and a
// stand-in for Fides's callback routes that records what reaches it.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { afterEach } from "vitest";

const open: Server[] = [];
afterEach(async () => {
  await Promise.all(open.splice(0).map((server) => new Promise((resolve) => server.close(resolve))));
});

/** Serves a `node:http` listener on a free loopback port, closed after the test. */
export async function serve(listener: (req: IncomingMessage, res: ServerResponse) => void): Promise<string> {
  const server = createServer(listener);
  open.push(server);
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

/** Serves a Fetch API handler over `node:http` (what Bun.serve and Deno.serve do natively). */
export function serveFetch(handler: (request: Request) => Promise<Response>): Promise<string> {
  return serve((req, res) => {
    const hasBody = req.method !== "GET" && req.method !== "HEAD";
    const headers = new Headers();
    for (const [name, value] of Object.entries(req.headers))
      if (typeof value === "string") headers.set(name, value);
    const request = new Request(`http://127.0.0.1${req.url}`, {
      method: req.method,
      headers,
      body: hasBody ? readableStreamOf(req) : undefined,
      duplex: "half",
    } as RequestInit);
    handler(request).then(async (response) => {
      res.statusCode = response.status;
      for (const [name, value] of response.headers) res.setHeader(name, value);
      res.end(Buffer.from(await response.arrayBuffer()));
    });
  });
}

function readableStreamOf(req: IncomingMessage): ReadableStream<Uint8Array> {
  const iterator = req[Symbol.asyncIterator]();
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      const { done, value } = await iterator.next();
      if (done) controller.close();
      else controller.enqueue(new Uint8Array(value as Buffer));
    },
    cancel() {
      req.pause();
    },
  });
}

/** One request that reached the stand-in Fides. */
export interface Recorded {
  method: string;
  url: string;
  authorization: string | undefined;
  body: string;
}

/**
 * A stand-in for Fides's callback routes: records every request and answers as Fides does
 * (resume → the request; pre-approve → null), or with `answer` when set.
 */
export async function fakeFides(answer?: (recorded: Recorded) => { status: number; body: unknown }) {
  const requests: Recorded[] = [];
  const url = await serve((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (chunk: Buffer) => chunks.push(chunk));
    req.on("end", () => {
      const recorded: Recorded = {
        method: req.method ?? "",
        url: req.url ?? "",
        authorization: req.headers.authorization,
        body: Buffer.concat(chunks).toString("utf8"),
      };
      requests.push(recorded);
      const { status, body } = answer?.(recorded) ?? {
        status: 200,
        body: recorded.url.endsWith("/resume") ? { id: "pri_x", status: "in_processing" } : null,
      };
      res.statusCode = status;
      res.setHeader("content-type", "application/json");
      res.end(JSON.stringify(body));
    });
  });
  return { url, requests };
}
