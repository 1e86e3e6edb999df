import { setupServer } from "msw/node";
import { afterAll, beforeAll, beforeEach } from "vitest";
import { startFidesEmulatorServer } from "../../src/testing/adapters/http-server.js";
import { createFidesEmulator } from "../../src/testing/adapters/msw.js";
import type { FidesEmulatorCore } from "../../src/testing/emulator.js";
import type { FidesEmulatorOptions } from "../../src/testing/options.js";

/** A running emulator behind one adapter, as a test sees it. */
export interface Harness {
  readonly emulator: FidesEmulatorCore;
  /** the base URL requests go to */
  readonly url: string;
}

/** Starts an emulator behind one adapter; `stop` must leave nothing running. */
export interface Adapter {
  readonly name: string;
  start(options: FidesEmulatorOptions): Promise<Harness & { stop(): Promise<void> }>;
}

/** MSW in front of the core: the requests never leave the process. */
export const mswAdapter: Adapter = {
  name: "MSW handlers",
  async start(options) {
    const emulator = createFidesEmulator(options);
    const server = setupServer(...emulator.handlers);
    server.listen({ onUnhandledRequest: "error" });
    return { emulator, url: emulator.baseUrl, stop: async () => server.close() };
  },
};

/** A real loopback HTTP server in front of the core. */
export const httpAdapter: Adapter = {
  name: "HTTP server",
  async start(options) {
    const { baseUrl: _ignored, ...rest } = options;
    const server = await startFidesEmulatorServer(rest);
    return { emulator: server.emulator, url: server.url, stop: () => server.close() };
  },
};

/** Both adapters, for `describe.each`. */
export const ADAPTERS: readonly Adapter[] = [mswAdapter, httpAdapter];

/**
 * Starts an emulator for the enclosing `describe` and resets it before every test.
 * @returns a harness whose fields are filled once `beforeAll` ran
 */
export function useEmulator(adapter: Adapter, options: FidesEmulatorOptions = {}): Harness {
  let running: (Harness & { stop(): Promise<void> }) | undefined;
  beforeAll(async () => {
    running = await adapter.start(options);
  });
  afterAll(async () => {
    await running?.stop();
  });
  beforeEach(() => running?.emulator.reset());
  return {
    get emulator() {
      if (!running) throw new Error("the emulator is not started yet");
      return running.emulator;
    },
    get url() {
      if (!running) throw new Error("the emulator is not started yet");
      return running.url;
    },
  };
}

/** A parsed answer. */
export interface Answer {
  readonly status: number;
  readonly headers: Headers;
  /** the JSON body, or the text when it is not JSON */
  // biome-ignore lint/suspicious/noExplicitAny: tests read arbitrary server JSON and assert on it
  readonly body: any;
  readonly text: string;
}

/** What to send. */
export interface Send {
  readonly token?: string;
  readonly json?: unknown;
  readonly body?: BodyInit;
  readonly headers?: Record<string, string>;
}

/**
 * Sends one request to the harness and parses the answer.
 * @param harness the emulator
 * @param method e.g. `"POST"`
 * @param path e.g. `"/api/v1/oauth/client"`
 */
export async function call(harness: Harness, method: string, path: string, send: Send = {}): Promise<Answer> {
  const headers: Record<string, string> = { ...send.headers };
  if (send.token !== undefined) headers.authorization = `Bearer ${send.token}`;
  let body = send.body;
  if (send.json !== undefined) {
    body = JSON.stringify(send.json);
    headers["content-type"] ??= "application/json";
  }
  const response = await fetch(`${harness.url}${path}`, {
    method,
    headers,
    ...(body !== undefined ? { body } : {}),
  });
  const text = await response.text();
  let parsed: unknown = text;
  try {
    parsed = JSON.parse(text);
  } catch {}
  return { status: response.status, headers: response.headers, body: parsed, text };
}

/** `POST /api/v1/oauth/token` with a form body. */
export function requestToken(
  harness: Harness,
  form: Record<string, string>,
  headers: Record<string, string> = {},
) {
  return call(harness, "POST", "/api/v1/oauth/token", { body: new URLSearchParams(form), headers });
}

/** A token for the given credentials; fails the test when the server refuses. */
export async function tokenFor(harness: Harness, clientId: string, clientSecret: string): Promise<string> {
  const answer = await requestToken(harness, { client_id: clientId, client_secret: clientSecret });
  if (answer.status !== 200) throw new Error(`token request failed with ${answer.status}: ${answer.text}`);
  return answer.body.access_token as string;
}

/** The root client's token. */
export function rootToken(harness: Harness): Promise<string> {
  return tokenFor(harness, harness.emulator.rootClientId, harness.emulator.rootClientSecret);
}

/**
 * Seeds a client (the peer suite's `generate_auth_header(scopes)`) and gets its token.
 * @param scopes the client's (and so the token's) scopes
 * @param roles roles, for the role path of the scope checks
 */
export async function clientWithToken(
  harness: Harness,
  scopes: readonly string[],
  roles: readonly ("contributor" | "viewer" | "owner")[] = [],
): Promise<{ client_id: string; client_secret: string; token: string }> {
  const { clientId, clientSecret } = harness.emulator.addClient({ scopes, roles });
  return {
    client_id: clientId,
    client_secret: clientSecret,
    token: await tokenFor(harness, clientId, clientSecret),
  };
}

/** A token holding exactly these scopes. */
export async function tokenWith(harness: Harness, ...scopes: string[]): Promise<string> {
  return (await clientWithToken(harness, scopes)).token;
}

/**
 * A thenable the test releases, for the emulator's `delay` faults; `holding` resolves once the
 * emulator waits on it (a served-then-delayed request does so only after serving).
 */
export function gate() {
  let release = () => {};
  let markHolding = () => {};
  const holding = new Promise<void>((resolve) => (markHolding = resolve));
  const until: PromiseLike<void> = {
    // biome-ignore lint/suspicious/noThenProperty: a hand-made thenable is the point here
    then(onFulfilled, onRejected) {
      markHolding();
      return new Promise<void>((resolve) => (release = resolve)).then(onFulfilled, onRejected);
    },
  };
  return { until, holding, release: () => release() };
}
