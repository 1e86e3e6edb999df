import { type FidesRequestInfo, FidesResponseValidationError } from "../errors.js";

const KiB = 1024;
const MiB = 1024 * KiB;

/** The token answer: a few hundred bytes from Fides; a proxy's page would still fit. */
const TOKEN = 64 * KiB;
/** One object: a client with its scopes, a new secret, the health answer. */
const OBJECT = 1 * MiB;
/** A list: a page of up to 100 clients, a scope registry, the role map. */
const LIST = 16 * MiB;

/**
 * The most decoded bytes read from a success body, per route (`METHOD /contract/path`). What a
 * server compresses is counted inflated, so a small gzip body cannot grow past these.
 */
export const SUCCESS_BODY_LIMITS: Readonly<Record<string, number>> = {
  "POST /api/v1/oauth/token": TOKEN,
  "GET /health": OBJECT,
  "POST /api/v1/oauth/client": OBJECT,
  "GET /api/v1/oauth/client": LIST,
  "GET /api/v1/oauth/client/{client_id}": OBJECT,
  "PUT /api/v1/oauth/client/{client_id}": OBJECT,
  "DELETE /api/v1/oauth/client/{client_id}": OBJECT,
  "POST /api/v1/oauth/client/{client_id}/secret": OBJECT,
  "GET /api/v1/oauth/client/{client_id}/scope": LIST,
  "PUT /api/v1/oauth/client/{client_id}/scope": OBJECT,
  "GET /api/v1/oauth/scope": LIST,
  "GET /api/v1/oauth/role": LIST,
};

/** The most decoded bytes read from any answer that is not a success (including redirects). */
export const ERROR_BODY_LIMIT = 64 * KiB;

/**
 * The success-body limit of an operation of the table.
 * @param method the operation's method
 * @param template the contract's path template, such as `/api/v1/oauth/client/{client_id}`
 */
export function successBodyLimit(method: string, template: string): number {
  return SUCCESS_BODY_LIMITS[`${method} ${template}`] ?? OBJECT;
}

function describeBytes(bytes: number): string {
  return bytes % MiB === 0 ? `${bytes / MiB} MiB` : `${bytes / KiB} KiB`;
}

/**
 * Reads a body as a stream, counting what it yields (already inflated when the server
 * compressed it), and stops at the limit: the stream is cancelled, which lets `fetch` drop the
 * connection instead of downloading or inflating the rest.
 * @param body the response's body stream
 * @param limit the most bytes to read
 * @returns the bytes, or `undefined` when the body is over the limit
 */
export async function readAtMost(
  body: ReadableStream<Uint8Array>,
  limit: number,
): Promise<Uint8Array | undefined> {
  const reader = body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > limit) {
      // Not awaited: a server that stalls must not hold the caller up after the limit was hit.
      reader.cancel().catch(() => {});
      return undefined;
    }
    chunks.push(value);
  }
  if (chunks.length === 1) return chunks[0];
  const bytes = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return bytes;
}

/**
 * Reads an answer's body within its limit and returns the same answer with the body in memory,
 * for openapi-fetch (or the pipeline) to parse. A non-success answer is read within
 * {@link ERROR_BODY_LIMIT}; a success within `successLimit`, or not at all when that is
 * `undefined` (a raw request, whose caller reads its own body).
 * @param response the answer, its body unread
 * @param successLimit the most decoded bytes of a success body, or `undefined` to leave it unread
 * @param info the request, for the message
 * @throws {FidesResponseValidationError} when the decoded body is over the limit, naming the limit and the request
 */
export async function readBounded(
  response: Response,
  successLimit: number | undefined,
  info: FidesRequestInfo,
): Promise<Response> {
  const limit = response.ok ? successLimit : ERROR_BODY_LIMIT;
  if (response.body === null || limit === undefined) return response;
  const bytes = await readAtMost(response.body, limit);
  if (bytes === undefined) {
    const which = response.ok ? "response body" : `response body of a ${response.status} answer`;
    throw new FidesResponseValidationError(
      `${which} is larger than ${describeBytes(limit)}, the limit for ${response.ok ? "this route" : "error answers"}; ` +
        `reading stopped there (${info.method} ${info.path})`,
      info,
      "",
      response,
    );
  }
  // A stream reader yields views of plain ArrayBuffers; the cast only narrows the buffer type.
  const body = bytes as Uint8Array<ArrayBuffer>;
  const read = new Response(body, {
    status: response.status,
    statusText: response.statusText,
    headers: response.headers,
  });
  // A constructed Response has no URL; a raw request's caller (and an error's reader) may want it.
  Object.defineProperty(read, "url", { value: response.url });
  return read;
}

/**
 * The body of a non-success answer, parsed: JSON when it is JSON, else its text. Read from a copy
 * (the answer may still go to a raw request's caller or onto an error), within
 * {@link ERROR_BODY_LIMIT}.
 * @param response a non-success answer, as {@link readBounded} returned it
 */
export async function readErrorBody(response: Response): Promise<unknown> {
  if (response.body === null || response.bodyUsed) return "";
  const bytes = await readAtMost(response.clone().body as ReadableStream<Uint8Array>, ERROR_BODY_LIMIT).catch(
    () => undefined,
  );
  const text = bytes === undefined ? "" : new TextDecoder().decode(bytes);
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}
