// Bodies for the body-limit tests: a gzip bomb, and the client's fetch option metered.
import { once } from "node:events";
import { createGzip } from "node:zlib";

const MiB = 1024 * 1024;

/** gzip of `bytes` zero bytes, compressed a mebibyte at a time so the input is never held whole. */
export async function gzipOfZeros(bytes: number): Promise<Buffer> {
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

/**
 * A `fetch` (the client's option) over the real one that meters what the client reads of each
 * body, after `fetch` inflated it, and whether the client cancelled it.
 */
export function meteredFetch() {
  const meter = { read: 0, cancelled: false };
  const fetch = async (url: string, init: RequestInit): Promise<Response> => {
    const response = await globalThis.fetch(url, init);
    const reader = response.body?.getReader();
    if (reader === undefined) return response;
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
  };
  return { fetch, meter };
}
