// A small HTTP server on loopback for hostile-server tests: real sockets, real undici.
import { once } from "node:events";
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { afterEach } from "vitest";
import { FidesClient } from "../../src/client.js";
import type { FidesClientOptions } from "../../src/options.js";

export type Handler = (request: IncomingMessage, response: ServerResponse, body: Buffer) => void;

export interface Loopback {
  baseUrl: string;
  /** Requests seen, as `METHOD /path`. */
  seen: string[];
  client(options?: Partial<FidesClientOptions>): FidesClient;
}

const servers: Server[] = [];

/** Closes every server a test started. */
export function useLoopback(): void {
  afterEach(() => {
    for (const server of servers.splice(0)) {
      server.closeAllConnections();
      server.close();
    }
  });
}

/** The token route answers a fresh token each time unless `routes` has its own. */
export async function loopback(routes: Record<string, Handler>): Promise<Loopback> {
  const seen: string[] = [];
  let issued = 0;
  const server = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on("data", (chunk: Buffer) => chunks.push(chunk));
    request.on("end", () => {
      const path = (request.url ?? "").split("?")[0] ?? "";
      const key = `${request.method} ${path}`;
      seen.push(key);
      const handler = routes[key];
      if (handler !== undefined) return handler(request, response, Buffer.concat(chunks));
      if (key === "POST /api/v1/oauth/token") {
        issued++;
        response.writeHead(200, { "Content-Type": "application/json" });
        return response.end(JSON.stringify({ access_token: `tok-${issued}`, expires_in: 3600 }));
      }
      response.writeHead(404, { "Content-Type": "application/json" });
      response.end('{"detail":"Not Found"}');
    });
  });
  servers.push(server);
  server.listen(0, "127.0.0.1");
  await once(server, "listening");
  const { port } = server.address() as AddressInfo;
  const baseUrl = `http://127.0.0.1:${port}`;
  return {
    baseUrl,
    seen,
    client: (options = {}) =>
      new FidesClient({
        baseUrl,
        clientId: "cid",
        clientSecret: "secret-0123456789",
        ...options,
      } as FidesClientOptions),
  };
}

/** How many token requests the server saw. */
export function tokenRequests(server: Loopback): number {
  return server.seen.filter((line) => line === "POST /api/v1/oauth/token").length;
}
