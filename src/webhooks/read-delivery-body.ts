import { FidesWebhookError } from "./errors.js";

/**
 * Where a delivery's body comes from: a Fetch API stream, a `node:http` request (an async
 * iterable), bytes or text a framework already read, or `null` for none.
 */
export type DeliveryBodySource =
  | ReadableStream<Uint8Array>
  | AsyncIterable<Uint8Array | string>
  | Uint8Array
  | string
  | null;

const tooLarge = (limit: number) =>
  new FidesWebhookError("body_too_large", `the body is larger than the receiver's limit of ${limit} bytes`);

/**
 * Refuses a `Content-Length` over the limit before anything is read.
 * @param contentLength the header, if sent
 * @param limit the receiver's `maxBodyBytes`
 */
export function checkContentLength(contentLength: string | undefined, limit: number): void {
  if (contentLength === undefined) return;
  if (!/^\d{1,16}$/.test(contentLength.trim()))
    throw new FidesWebhookError("invalid_header", `"content-length" must be a number of bytes`);
  if (Number(contentLength) > limit) throw tooLarge(limit);
}

function concat(chunks: Uint8Array[], total: number): Uint8Array {
  const bytes = new Uint8Array(total);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.length;
  }
  return bytes;
}

/**
 * Reads a body, counting bytes as they arrive: past the limit the stream is cancelled (a Fetch
 * stream) or no longer read (an iterable: `cancel` lets the adapter stop its source), and the
 * delivery is refused.
 * @param source the body
 * @param limit the receiver's `maxBodyBytes`
 * @param cancel stops an iterable source (the `node:http` adapter pauses the request)
 * @throws {FidesWebhookError} `body_too_large`
 */
export async function readDeliveryBody(
  source: DeliveryBodySource,
  limit: number,
  cancel?: () => void,
): Promise<Uint8Array> {
  if (source === null) return new Uint8Array(0);
  if (typeof source === "string") source = new TextEncoder().encode(source);
  if (source instanceof Uint8Array) {
    if (source.length > limit) throw tooLarge(limit);
    return source;
  }
  const chunks: Uint8Array[] = [];
  let total = 0;
  if (typeof (source as ReadableStream<Uint8Array>).getReader === "function") {
    const reader = (source as ReadableStream<Uint8Array>).getReader();
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      total += value.length;
      if (total > limit) {
        await reader.cancel().catch(() => undefined);
        throw tooLarge(limit);
      }
      chunks.push(value);
    }
    return concat(chunks, total);
  }
  for await (const part of source as AsyncIterable<Uint8Array | string>) {
    const chunk = typeof part === "string" ? new TextEncoder().encode(part) : part;
    total += chunk.length;
    if (total > limit) {
      cancel?.();
      throw tooLarge(limit);
    }
    chunks.push(chunk);
  }
  return concat(chunks, total);
}

/**
 * The body as JSON: UTF-8 (a malformed sequence is refused, not replaced), then `JSON.parse`,
 * which is linear in the bounded input.
 * @param bytes the body
 * @throws {FidesWebhookError} `invalid_json`
 */
export function parseJsonBody(bytes: Uint8Array): unknown {
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    throw new FidesWebhookError("invalid_json", "the body must be UTF-8 JSON");
  }
  try {
    return JSON.parse(text);
  } catch {
    throw new FidesWebhookError("invalid_json", "the body must be JSON");
  }
}

/**
 * Reads and drops an answer's body (within 1 MiB; past that the stream is cancelled), so the
 * connection is free again. Reading, not `cancel()`, which some transports never settle.
 * @param response a successful answer whose body nobody needs
 */
export async function discardBody(response: Response): Promise<void> {
  await readDeliveryBody(response.body, 1_048_576).catch(() => undefined);
}
