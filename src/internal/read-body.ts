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

/** Where a body comes from: the contract route (for its limit) and the request (for the message). */
export interface BodyRoute {
  /** The contract's method and path template, such as `GET /api/v1/oauth/client/{client_id}`. */
  route: string;
  /** The request, for the error: its method and path with the id filled in. */
  info: () => FidesRequestInfo;
}

/**
 * The limit of one answer's body: by status class, then by route.
 * @param route the contract route, `METHOD /path/template`
 * @param status the answer's status
 */
export function bodyLimit(route: string, status: number): number {
  if (status < 200 || status > 299) return ERROR_BODY_LIMIT;
  return SUCCESS_BODY_LIMITS[route] ?? OBJECT;
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
 * Reads an answer's body within its route's limit and returns the same answer with the body in
 * memory, for openapi-fetch to parse.
 * @param response the answer, its body unread
 * @param from the route, for the limit and the message
 * @throws {FidesResponseValidationError} when the decoded body is over the limit, naming the limit and the route
 */
export async function readBounded(response: Response, from: BodyRoute): Promise<Response> {
  if (response.body === null) return response;
  const limit = bodyLimit(from.route, response.status);
  const bytes = await readAtMost(response.body, limit);
  if (bytes === undefined) {
    const info = from.info();
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
  return new Response(body, {
    status: response.status,
    statusText: response.statusText,
    headers: response.headers,
  });
}
