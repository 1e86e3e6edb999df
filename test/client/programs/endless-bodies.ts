// Run by child-process.test.ts: a trickling and an endless 2xx body, through sdk.fetch and
// sdk.api(), each must end at the deadline (or the api() limit) with this process's memory bounded.
import { once } from "node:events";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { FidesClient } from "../../../src/client.js";

const chunk = Buffer.alloc(64 * 1024, 0x20);
const server = createServer((request, response) => {
  if (request.url === "/api/v1/oauth/token") {
    response.writeHead(200, { "Content-Type": "application/json" });
    response.end('{"access_token":"tok","expires_in":3600}');
    return;
  }
  response.writeHead(200, { "Content-Type": "application/json" });
  if (request.url === "/api/v1/trickle") {
    const timer = setInterval(() => response.write(" "), 20);
    response.on("close", () => clearInterval(timer));
    return;
  }
  const pump = (): void => {
    while (!response.destroyed && response.write(chunk)) {}
  };
  response.on("drain", pump);
  pump();
});
server.listen(0, "127.0.0.1");
await once(server, "listening");
const { port } = server.address() as AddressInfo;
const sdk = new FidesClient({
  baseUrl: `http://127.0.0.1:${port}`,
  clientId: "cid",
  clientSecret: "secret-0123456789",
  timeoutMs: 1500,
  maxRetries: 0,
});
const api =
  sdk.api<Record<string, { get: { responses: { 200: { content: { "application/json": unknown } } } } }>>();
async function drain(response: Response): Promise<void> {
  const reader = (response.body as ReadableStream<Uint8Array>).getReader();
  while (!(await reader.read()).done) {}
}
const results: { case: string; error: string; ms: number }[] = [];
let peakRss = process.memoryUsage().rss;
const sampler = setInterval(() => {
  peakRss = Math.max(peakRss, process.memoryUsage().rss);
}, 10);
const baseline = process.memoryUsage().rss;
const cases: [string, () => Promise<unknown>][] = [
  ["fetch trickle", async () => (await sdk.fetch("/api/v1/trickle")).text()],
  // Read chunk by chunk and dropped, as a careful caller of an unbounded body does: what is left of
  // memory growth is then the SDK's (an arrayBuffer() would grow with loopback speed, not the SDK).
  ["fetch endless", async () => drain(await sdk.fetch("/api/v1/endless"))],
  ["api trickle", () => api.GET("/api/v1/trickle")],
  ["api endless", () => api.GET("/api/v1/endless")],
];
for (const [name, run] of cases) {
  const started = performance.now();
  const error = await run().then(
    () => "none",
    (thrown: unknown) => (thrown as Error).name,
  );
  results.push({ case: name, error, ms: Math.round(performance.now() - started) });
}
clearInterval(sampler);
server.closeAllConnections();
server.close();
process.stdout.write(
  JSON.stringify({ results, peakGrowthMiB: Math.round((peakRss - baseline) / 1024 / 1024) }),
);
