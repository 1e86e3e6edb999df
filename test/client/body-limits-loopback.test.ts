// The same limits over a real socket: undici (not MSW) inflates the gzip body here.
import { once } from "node:events";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { createGzip } from "node:zlib";
import { afterEach, describe, expect, it } from "vitest";
import { FidesClient } from "../../src/client.js";
import { FidesResponseValidationError } from "../../src/errors.js";

const MiB = 1024 * 1024;
let server: Server | undefined;

afterEach(async () => {
  server?.closeAllConnections();
  server?.close();
  server = undefined;
});

/** gzip of `bytes` zero bytes, compressed a mebibyte at a time. */
async function gzipOfZeros(bytes: number): Promise<Buffer> {
  const gzip = createGzip({ level: 9 });
  const out: Buffer[] = [];
  gzip.on("data", (chunk: Buffer) => out.push(chunk));
  const ended = once(gzip, "end");
  const zeros = Buffer.alloc(MiB);
  for (let written = 0; written < bytes; written += MiB) {
    if (!gzip.write(zeros)) await once(gzip, "drain");
  }
  gzip.end();
  await ended;
  return Buffer.concat(out);
}

describe("body limits over a loopback socket", () => {
  it("cancels undici's inflation of a 200 MB gzip bomb just past 64 KiB", async () => {
    const bomb = await gzipOfZeros(200 * MiB);
    server = createServer((_request, response) => {
      response.writeHead(200, { "Content-Type": "application/json", "Content-Encoding": "gzip" });
      response.end(bomb);
    });
    server.listen(0, "127.0.0.1");
    await once(server, "listening");
    const { port } = server.address() as AddressInfo;
    const meter = { read: 0, cancelled: false };
    const sdk = new FidesClient({
      baseUrl: `http://127.0.0.1:${port}`,
      clientId: "a",
      clientSecret: "secret-0123456789",
      maxRetries: 0,
      // The real fetch, metered: what the client reads of the inflated body, and whether it cancelled.
      fetch: async (url, init) => {
        const response = await globalThis.fetch(url, init);
        const reader = (response.body as ReadableStream<Uint8Array>).getReader();
        const body = new ReadableStream<Uint8Array>({
          async pull(controller) {
            const { done, value } = await reader.read();
            if (done) return controller.close();
            meter.read += value.byteLength;
            controller.enqueue(value);
          },
          cancel(reason) {
            meter.cancelled = true;
            return reader.cancel(reason);
          },
        });
        return new Response(body, response);
      },
    });
    const error = await sdk.oauth.getAccessToken().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(FidesResponseValidationError);
    expect((error as Error).message).toContain("larger than 64 KiB");
    expect(meter.cancelled).toBe(true);
    expect(meter.read).toBeLessThan(1 * MiB);
  });
});
