import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { median } from "./stats.js";

/** A `FidesClient` constructor: this checkout's, or a baseline's. */
export type ClientClass = new (options: {
  baseUrl: string;
  clientId: string;
  clientSecret: string;
}) => {
  oauth: { createClient(scopes: string[], details: { name: string }): Promise<unknown> };
};

/** One variant's cold first call. */
export interface ColdCallFigures {
  variant: string;
  /** Median wall time of a cold client's first `createClient`. */
  wallMs: number;
  /** The same, in fixed answer delays: 3 when /health, token and create run in a row, 2 when overlapped. */
  roundTrips: number;
}

const ANSWERS: Record<string, unknown> = {
  "GET /health": { webserver: "healthy", version: "2.84.2", cache: "no cache configured" },
  "POST /api/v1/oauth/token": { access_token: "token", token_type: "Bearer", expires_in: 3600 },
  "POST /api/v1/oauth/client": { client_id: "new-client", client_secret: "new-secret" },
};

/**
 * The wall time of a cold client's first version-dependent call (`createClient` with
 * `serverVersion: "auto"`) against a loopback server that holds every answer for `delayMs`.
 * Variants take turns, so drift lands on all of them.
 * @param clients the clients to compare, by name
 * @param delayMs the fixed delay of every answer
 * @param runs cold calls per variant
 */
export async function measureColdCall(
  clients: Record<string, ClientClass>,
  delayMs: number,
  runs: number,
): Promise<ColdCallFigures[]> {
  const server = createServer((request, response) => {
    const answer = ANSWERS[`${request.method} ${request.url}`];
    request.resume();
    setTimeout(() => {
      response.writeHead(answer === undefined ? 404 : 200, { "Content-Type": "application/json" });
      response.end(JSON.stringify(answer ?? { detail: "Not Found" }));
    }, delayMs);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const times = new Map<string, number[]>(Object.keys(clients).map((name) => [name, []]));
  try {
    for (let run = 0; run < runs; run++) {
      for (const [name, Client] of Object.entries(clients)) {
        const sdk = new Client({ baseUrl, clientId: "bench", clientSecret: "bench-secret" });
        const started = performance.now();
        await sdk.oauth.createClient(["policy:read"], { name: "cold" });
        times.get(name)?.push(performance.now() - started);
      }
    }
  } finally {
    server.closeAllConnections();
    server.close();
  }
  return [...times].map(([variant, values]) => {
    const wallMs = median(values);
    return { variant, wallMs, roundTrips: wallMs / delayMs };
  });
}
