import { type FidesRequestInfo, FidesResponseValidationError } from "../errors.js";
import { raceAbort } from "./abort.js";

const KiB = 1024;
const UTF8 = new TextDecoder();
const MiB = 1024 * KiB;

/**
 * The most decoded bytes read from a success body, by what the route answers (each operation
 * names its own). What a server compresses is counted inflated, so a small gzip body cannot grow
 * past these.
 */
export const BODY_LIMITS = {
  /** The token answer: a few hundred bytes from Fides; a proxy's page would still fit. */
  token: 64 * KiB,
  /** One object: a client with its scopes, a new secret, the health answer. */
  object: 1 * MiB,
  /** A list: a page of up to 100 clients, a scope registry, the role map. */
  list: 16 * MiB,
  /** Any route through `sdk.api()`, unless its `maxBodyBytes` says otherwise. */
  api: 32 * MiB,
} as const;

/** The most decoded bytes read from any answer that is not a success (including redirects). */
export const ERROR_BODY_LIMIT = 64 * KiB;

function describeBytes(bytes: number): string {
  return bytes % MiB === 0 ? `${bytes / MiB} MiB` : `${bytes / KiB} KiB`;
}

/**
 * Reads a body as a stream, counting what it yields (already inflated when the server
 * compressed it), and stops at the limit: the stream is cancelled, which lets `fetch` drop the
 * connection instead of downloading or inflating the rest.
 * @param body the response's body stream
 * @param limit the most bytes to read
 * @returns the bytes (at most `limit` of them), and whether the body went on past the limit
 */
async function readAtMost(
  body: ReadableStream<Uint8Array>,
  limit: number,
): Promise<{ bytes: Uint8Array; cut: boolean }> {
  const reader = body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  let cut = false;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    if (size + value.byteLength > limit) {
      chunks.push(value.subarray(0, limit - size));
      size = limit;
      cut = true;
      // Not awaited: a server that stalls must not hold the caller up after the limit was hit.
      reader.cancel().catch(() => {});
      break;
    }
    size += value.byteLength;
    chunks.push(value);
  }
  if (chunks.length === 1) return { bytes: chunks[0] as Uint8Array, cut };
  const bytes = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return { bytes, cut };
}

/**
 * Reads a success body within its route's limit and parses it as JSON (an empty body is
 * `undefined`), straight from the stream, without another `Response` around the bytes.
 * @param response a success answer, its body unread
 * @param limit the most decoded bytes to read
 * @param info the request, for the message
 * @throws {FidesResponseValidationError} when the decoded body is over the limit
 * @throws {SyntaxError} when the body is not JSON
 */
export async function readJsonBody(
  response: Response,
  limit: number,
  info: FidesRequestInfo,
): Promise<unknown> {
  if (response.body === null) return undefined;
  const { bytes, cut } = await readAtMost(response.body, limit);
  if (cut) throw overLimit(response, limit, info);
  const text = UTF8.decode(bytes);
  return text === "" ? undefined : JSON.parse(text);
}

/**
 * Reads a success body into memory within `limit` and returns the answer with it, for a caller
 * (openapi-fetch, through `sdk.api()`) that parses it itself: read inside the attempt, so the
 * call's deadline covers it.
 * @param response a success answer, its body unread
 * @param limit the most decoded bytes to read
 * @param info the request, for the message
 * @throws {FidesResponseValidationError} when the decoded body is over the limit
 */
export async function readSuccessAnswer(
  response: Response,
  limit: number,
  info: FidesRequestInfo,
): Promise<Response> {
  if (response.body === null) return response;
  const { bytes, cut } = await readAtMost(response.body, limit);
  if (cut) throw overLimit(response, limit, info, ` (pass sdk.api({ maxBodyBytes }) for a larger one)`);
  return inMemory(response, bytes);
}

function inMemory(response: Response, bytes: Uint8Array): Response {
  // A stream reader yields views of plain ArrayBuffers; the cast only narrows the buffer type.
  const read = new Response(bytes as Uint8Array<ArrayBuffer>, response);
  // A constructed Response has no URL; a raw request's caller (and an error's reader) may want it.
  Object.defineProperty(read, "url", { value: response.url });
  return read;
}

/**
 * Hands a success body over unread, its reading still under the call's deadline: each read is
 * raced against `signal`, and `finished` runs once the body has ended, failed or been cancelled
 * (clearing the deadline). When the signal aborts first, the read fails with `reason()`.
 * @param response a success answer, its body unread
 * @param signal the call's signal (its deadline and the caller's)
 * @param reason the error a read gets once the signal aborted
 * @param finished runs once, when reading is over
 */
export function bodyUnderDeadline(
  response: Response,
  signal: AbortSignal,
  reason: () => unknown,
  finished: () => void,
): Response {
  const source = response.body;
  if (source === null) {
    finished();
    return response;
  }
  const reader = source.getReader();
  let over = false;
  const finish = (): void => {
    if (over) return;
    over = true;
    finished();
  };
  const body = new ReadableStream<Uint8Array>(
    {
      async pull(controller) {
        try {
          const { done, value } = await raceAbort(reader.read(), signal);
          if (done) {
            finish();
            controller.close();
          } else {
            controller.enqueue(value);
          }
        } catch (error) {
          finish();
          reader.cancel().catch(() => {});
          controller.error(signal.aborted ? reason() : error);
        }
      },
      cancel(why) {
        finish();
        return reader.cancel(why);
      },
    },
    // Nothing is read before the caller asks: an unread body stays on the socket, not in memory.
    { highWaterMark: 0 },
  );
  const handed = new Response(body, response);
  Object.defineProperty(handed, "url", { value: response.url });
  return handed;
}

/** Error answers whose body went on past {@link ERROR_BODY_LIMIT}: only its head was kept. */
const CUT = new WeakSet<Response>();

/**
 * Reads a non-success answer's body within {@link ERROR_BODY_LIMIT} and returns the same answer
 * with the body in memory, for the pipeline (and a raw request's caller) to read. A longer body
 * is cut there, the rest cancelled unread: the answer keeps its status, and so its typed error
 * and its retry ({@link wasCut} tells). A success is returned as it came, its body unread.
 * @param response the answer, its body unread
 */
export async function readErrorAnswer(response: Response): Promise<Response> {
  if (response.ok || response.body === null) return response;
  const { bytes, cut } = await readAtMost(response.body, ERROR_BODY_LIMIT);
  const read = inMemory(response, bytes);
  if (cut) CUT.add(read);
  return read;
}

/**
 * Whether an error answer's body was cut at {@link ERROR_BODY_LIMIT}.
 * @param response an answer {@link readErrorAnswer} returned
 */
export function wasCut(response: Response): boolean {
  return CUT.has(response);
}

/** `{"detail": "…"` (or `"error"`) at the head of a cut JSON body: a string literal, read in one pass. */
const LEADING_DETAIL = /^\s*\{\s*"(detail|error)"\s*:\s*("(?:[^"\\]|\\.)*")/;

function overLimit(
  response: Response,
  limit: number,
  info: FidesRequestInfo,
  hint = "",
): FidesResponseValidationError {
  return new FidesResponseValidationError(
    `response body is larger than ${describeBytes(limit)}, the limit for this route; ` +
      `reading stopped there${hint} (${info.method} ${info.path})`,
    info,
    "",
    response,
  );
}

/**
 * The body of a non-success answer, parsed: JSON when it is JSON, else its text. Read from a copy
 * (the answer may still go to a raw request's caller or onto an error), within
 * {@link ERROR_BODY_LIMIT}. Of a cut JSON body, only a leading `detail` (or `error`) string can
 * be read: it is returned as `{ detail }`; else the cut text.
 * @param response a non-success answer, as {@link readErrorAnswer} returned it
 */
export async function readErrorBody(response: Response): Promise<unknown> {
  if (response.body === null || response.bodyUsed) return "";
  const read = await readAtMost(response.clone().body as ReadableStream<Uint8Array>, ERROR_BODY_LIMIT).catch(
    () => undefined,
  );
  const text = read === undefined ? "" : UTF8.decode(read.bytes);
  if (wasCut(response)) {
    const head = LEADING_DETAIL.exec(text);
    if (head === null) return text;
    try {
      return { [head[1] as string]: JSON.parse(head[2] as string) };
    } catch {
      return text;
    }
  }
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}
