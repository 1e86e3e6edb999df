import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { Socket } from "node:net";
import { gzipSync } from "node:zlib";
import { emulatorFor, type FidesEmulatorCore } from "../emulator.js";
import { type FidesEmulatorOptions, resolveOptions, servedAt } from "../options.js";
import { DETAILS } from "../wire/responses.js";

/** Options of the HTTP adapter: the emulator's options (its base URL is the server's) plus where to listen. */
export interface FidesEmulatorServerOptions extends Omit<FidesEmulatorOptions, "baseUrl"> {
  /** @default "127.0.0.1" */
  readonly host?: string;
  /** @default 0 (any free port) */
  readonly port?: number;
}

/** A running emulator server. */
export interface FidesEmulatorServer {
  /** e.g. `"http://127.0.0.1:53117"` */
  readonly url: string;
  /** the emulator behind it, for test controls (`addClient`, `failNext`, `requests()`, …) */
  readonly emulator: FidesEmulatorCore;
  /** `emulator.route(...)`: hosts a route of your own behind the server's bearer checks. */
  readonly route: FidesEmulatorCore["route"];
  /** Stops listening and destroys every open connection; resolves once nothing is left running. */
  close(): Promise<void>;
}

async function toRequest(incoming: IncomingMessage, base: string, signal: AbortSignal): Promise<Request> {
  const chunks: Buffer[] = [];
  for await (const chunk of incoming) chunks.push(chunk as Buffer);
  const headers = new Headers();
  for (const [name, value] of Object.entries(incoming.headers)) {
    if (value === undefined) continue;
    for (const item of Array.isArray(value) ? value : [value]) headers.append(name, item);
  }
  const method = incoming.method ?? "GET";
  const hasBody = method !== "GET" && method !== "HEAD" && chunks.length > 0;
  return new Request(new URL(incoming.url ?? "/", base), {
    method,
    headers,
    signal,
    ...(hasBody ? { body: Buffer.concat(chunks) } : {}),
  });
}

/**
 * Fides' `GZipMiddleware(minimum_size=1000, compresslevel=5)`: a client that accepts gzip gets
 * answers of 1000 bytes or more compressed; with the rate limiter on, slowapi streams every answer,
 * so every one is compressed, however small (both seen on real 2.78.2 and 2.86.2 servers).
 */
function gzipped(
  request: Request,
  headers: Record<string, string>,
  body: Buffer,
  alwaysCompress: boolean,
): { headers: Record<string, string>; body: Buffer } {
  const accepts = /\bgzip\b/i.test(request.headers.get("accept-encoding") ?? "");
  if (!accepts || headers["content-encoding"] !== undefined || (body.length < 1000 && !alwaysCompress)) {
    return { headers, body };
  }
  const { "content-length": _length, ...rest } = headers;
  return {
    headers: { ...rest, "content-encoding": "gzip", vary: "Accept-Encoding" },
    body: gzipSync(body, { level: 5 }),
  };
}

async function serve(
  emulator: FidesEmulatorCore,
  base: string,
  incoming: IncomingMessage,
  outgoing: ServerResponse,
  alwaysCompress: boolean,
): Promise<void> {
  const aborter = new AbortController();
  outgoing.on("close", () => {
    if (!outgoing.writableFinished) aborter.abort();
  });
  let request: Request;
  try {
    request = await toRequest(incoming, base, aborter.signal);
  } catch {
    // Methods fetch refuses (TRACE, TRACK) match no route: Starlette's 405.
    outgoing.writeHead(405, { "content-type": "application/json", allow: "GET" });
    outgoing.end(JSON.stringify({ detail: DETAILS.methodNotAllowed }));
    return;
  }
  const response = await emulator.handle(request);
  // A drop, or a `serve-then-drop` whose handler already ran: the client sees a reset connection.
  if (response.type === "error") {
    incoming.socket.destroy();
    return;
  }
  const answer = gzipped(
    request,
    Object.fromEntries(response.headers),
    Buffer.from(await response.arrayBuffer()),
    alwaysCompress,
  );
  outgoing.writeHead(response.status, answer.headers);
  outgoing.end(answer.body);
}

/**
 * Serves the Fides OAuth emulator over real HTTP, for the CLI, `npm run demo`, curl and any
 * client that does not go through MSW.
 * @param options see {@link FidesEmulatorServerOptions}
 * @throws {EmulatorArgumentError} naming the first invalid option
 * @example
 * const { url, emulator, close } = await startFidesEmulatorServer();
 * // curl -s -X POST $url/api/v1/oauth/token -d client_id=fidesadmin -d client_secret=fidesadminsecret
 * await close();
 */
export async function startFidesEmulatorServer(
  options: FidesEmulatorServerOptions = {},
): Promise<FidesEmulatorServer> {
  const { host = "127.0.0.1", port = 0, ...emulatorOptions } = options;
  // Checked before a port is opened; the base URL is the server's own, known once it listens.
  const resolved = resolveOptions(emulatorOptions);
  const sockets = new Set<Socket>();
  const server = createServer();
  server.on("connection", (socket) => {
    sockets.add(socket);
    socket.on("close", () => sockets.delete(socket));
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, host, () => {
      server.off("error", reject);
      resolve();
    });
  });
  const address = server.address();
  const actualPort = typeof address === "object" && address ? address.port : port;
  const url = `http://${host.includes(":") ? `[${host}]` : host}:${actualPort}`;
  const emulator = emulatorFor(servedAt(resolved, url));
  server.on("request", (incoming, outgoing) => {
    serve(emulator, url, incoming, outgoing, resolved.rateLimit !== undefined).catch(() =>
      incoming.socket.destroy(),
    );
  });
  let closing: Promise<void> | undefined;
  return {
    url,
    emulator,
    route: (method, pathTemplate, routeOptions, handler) =>
      emulator.route(method, pathTemplate, routeOptions, handler),
    close() {
      closing ??= new Promise<void>((resolve) => {
        server.close(() => resolve());
        for (const socket of sockets) socket.destroy();
      });
      return closing;
    },
  };
}
