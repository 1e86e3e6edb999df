// Run as a child process by child-process.test.ts: mixes aborted, timed-out and failing calls
// around a shared token and version lookup that fail late, then simply ends. An unhandled
// rejection would kill it with exit code 1 and a stack on stderr; a leftover timer or socket
// would keep it alive.
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { FidesClient } from "../../../src/index.js";

let release = (): void => {};
const held = new Promise<void>((resolve) => {
  release = resolve;
});
const server = createServer((request, response) => {
  if (request.url === "/api/v1/oauth/scope") {
    response.writeHead(429, { "Content-Type": "application/json", "Retry-After": "120" });
    response.end('{"error":"rate limit exceeded"}');
    return;
  }
  void held.then(() => {
    // The version lookup loses its connection; the token request fails with a 500.
    if (request.url === "/health") {
      response.destroy();
      return;
    }
    response.writeHead(500, { "Content-Type": "application/json" });
    response.end('{"detail":"boom"}');
  });
});
await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
const baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
const sdk = new FidesClient({ baseUrl, clientId: "id", clientSecret: "secret", maxRetries: 0 });
const nameOf = (error: unknown): string => (error instanceof Error ? error.name : typeof error);

/** What a call ended with: the error's name, or "resolved" (which none of these should). */
const outcome = (call: Promise<unknown>): Promise<string> => call.then(() => "resolved", nameOf);

const outcomes: string[] = [];
// Already aborted: nothing starts.
outcomes.push(await outcome(sdk.oauth.listClients(undefined, { signal: AbortSignal.abort() })));
// Start the shared version and token lookups, then leave them by abort and by timeout.
const controller = new AbortController();
const aborted = outcome(sdk.oauth.listClients(undefined, { signal: controller.signal }));
const timedOut = outcome(sdk.oauth.createClient([], undefined, { timeoutMs: 50 }));
const tokenWait = outcome(sdk.oauth.getAccessToken({ timeoutMs: 50 }));
controller.abort();
outcomes.push(await aborted, await timedOut, await tokenWait);
// Already aborted while the lookups are in flight.
outcomes.push(await outcome(sdk.oauth.createClient([], undefined, { signal: AbortSignal.abort() })));
outcomes.push(await outcome(sdk.oauth.getAccessToken({ signal: AbortSignal.abort() })));
// Now both lookups fail, with nobody but this last caller listening.
const last = outcome(sdk.oauth.listClients());
release();
outcomes.push(await last);
// A Retry-After longer than the call's time fails at once.
const fixed = new FidesClient({ baseUrl, accessToken: "token", timeoutMs: 30_000 });
outcomes.push(
  await fixed.oauth.listScopes().then(
    () => "resolved",
    (error: { name: string; retryAfterMs: number }) => `${error.name} ${error.retryAfterMs}`,
  ),
);
server.closeAllConnections();
server.close();
console.log(JSON.stringify(outcomes));
