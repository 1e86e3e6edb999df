// Shared set-up for the client tests: one MSW server per file, a fresh emulator per test, and a
// clock both the emulator and the client read, moved by hand (no sleeps).
import { setupServer } from "msw/node";
import { afterAll, afterEach, beforeAll } from "vitest";
import { FidesClient } from "../../src/client.js";
import type { FidesClientOptions, FidesLogger } from "../../src/options.js";
import {
  createFidesEmulator,
  type FidesEmulator,
  type FidesEmulatorOptions,
} from "../../src/testing/index.js";

export const ROOT_ID = "fidesadmin";
export const ROOT_SECRET = "fidesadminsecret";
export const DAY_MS = 86_400_000;

/** A hand-moved millisecond clock. */
export class ManualClock {
  ms = 1_770_000_000_000;
  readonly now = (): number => this.ms;
  advance(ms: number): void {
    this.ms += ms;
  }
}

/** A promise with its resolve and reject in hand. */
export interface Deferred<T> {
  promise: Promise<T>;
  resolve(value: T): void;
  reject(error: unknown): void;
}

/** A promise to settle by hand. */
export function deferred<T = void>(): Deferred<T> {
  let resolve!: (value: T) => void;
  let reject!: (error: unknown) => void;
  const promise = new Promise<T>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}

/** A logger that records every line. */
export function recordingLogger(): FidesLogger & { lines: string[] } {
  const lines: string[] = [];
  const record = (level: string) => (message: string) => {
    lines.push(`${level}: ${message}`);
  };
  return {
    lines,
    debug: record("debug"),
    info: record("info"),
    warn: record("warn"),
    error: record("error"),
  };
}

/** Lets pending promise callbacks (and MSW's handlers) run. */
export async function settle(rounds = 20): Promise<void> {
  for (let i = 0; i < rounds; i++) await new Promise<void>((resolve) => setImmediate(resolve));
}

/** Starts one MSW server for the file; tests add handlers with `server.use`. */
export function useMsw(): ReturnType<typeof setupServer> {
  const server = setupServer();
  beforeAll(() => server.listen({ onUnhandledRequest: "error" }));
  afterEach(() => server.resetHandlers());
  afterAll(() => server.close());
  return server;
}

/** A test's world: an emulator on the shared clock, and a way to make clients of it. */
export interface World {
  fides: FidesEmulator;
  clock: ManualClock;
  /** A client of the emulator; root credentials unless others are given. */
  client(options?: Partial<FidesClientOptions>): FidesClient;
  /** Requests the emulator served to `path` (optionally one method). */
  count(path: string, method?: string): number;
}

/**
 * Creates an emulator on a manual clock and installs its handlers.
 * @param server the file's MSW server
 * @param options emulator options
 */
export function world(server: ReturnType<typeof setupServer>, options: FidesEmulatorOptions = {}): World {
  const clock = new ManualClock();
  const fides = createFidesEmulator({ now: clock.now, ...options });
  server.use(...fides.handlers);
  return {
    fides,
    clock,
    client: (overrides = {}) =>
      new FidesClient({
        baseUrl: fides.baseUrl,
        clientId: ROOT_ID,
        clientSecret: ROOT_SECRET,
        now: clock.now,
        ...overrides,
      } as FidesClientOptions),
    count: (path, method) =>
      fides.requests().filter((r) => r.path === path && (method === undefined || r.method === method)).length,
  };
}

export const TOKEN_PATH = "/api/v1/oauth/token";

/**
 * What a promise rejects with; fails the test when it resolves.
 * @param promise the call expected to fail
 */
export async function failure(promise: Promise<unknown>): Promise<Error & Record<string, unknown>> {
  try {
    await promise;
  } catch (error) {
    return error as Error & Record<string, unknown>;
  }
  throw new Error("expected a rejection");
}
