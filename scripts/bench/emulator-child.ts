import { type ChildProcessWithoutNullStreams, spawn } from "node:child_process";
import { createInterface } from "node:readline";
import { fileURLToPath } from "node:url";
import type {
  EmulatedClient,
  EmulatedRequest,
  EmulatedToken,
  FaultSpec,
  FidesEmulatorServerOptions,
} from "../../src/testing/index.js";

const SCRIPT = fileURLToPath(new URL("./emulator-process.ts", import.meta.url));
const ROOT = fileURLToPath(new URL("../..", import.meta.url));

/** The emulator server running in a child process, driven over its stdin. */
export interface EmulatorChild {
  url: string;
  rootClientId: string;
  rootClientSecret: string;
  /** The server's request log (method, path, status, time). */
  requests(): Promise<EmulatedRequest[]>;
  /** The tokens the server issued. */
  tokens(): Promise<EmulatedToken[]>;
  /** Moves the server's clock forward; resolves with its new time. */
  advance(ms: number): Promise<number>;
  /** Seeds a client directly. */
  addClient(scopes: string[]): Promise<{ client_id: string; client_secret: string }>;
  /** The clients the server holds (never secrets). */
  clients(): Promise<EmulatedClient[]>;
  /** Queues a fault for the next `count` requests the server receives. */
  failNext(count: number, fault: FaultSpec): Promise<void>;
  /** Ends stdin, which closes the server, and waits for the process to exit. */
  stop(): Promise<void>;
}

/**
 * Starts `scripts/bench/emulator-process.ts` with `tsx` and waits for its URL.
 * @param options the emulator server's options (JSON-serialisable ones only)
 */
export async function startEmulatorChild(options: FidesEmulatorServerOptions = {}): Promise<EmulatorChild> {
  const child: ChildProcessWithoutNullStreams = spawn(
    process.execPath,
    ["--import", "tsx", SCRIPT, JSON.stringify(options)],
    { cwd: ROOT, stdio: "pipe" },
  );
  let stderr = "";
  child.stderr.on("data", (chunk: Buffer) => {
    stderr += chunk.toString();
  });
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  const pending = new Map<number, { resolve: (value: unknown) => void; reject: (error: Error) => void }>();
  let nextId = 1;
  const lines = createInterface({ input: child.stdout });
  const first = new Promise<{ url: string; rootClientId: string; rootClientSecret: string }>(
    (resolve, reject) => {
      child.once("exit", (code) => reject(new Error(`emulator process exited (${code}): ${stderr}`)));
      lines.once("line", (line) => resolve(JSON.parse(line)));
    },
  );
  const hello = await first;
  lines.on("line", (line) => {
    const reply = JSON.parse(line) as { id: number; result?: unknown; error?: string };
    const waiter = pending.get(reply.id);
    pending.delete(reply.id);
    if (reply.error !== undefined) waiter?.reject(new Error(reply.error));
    else waiter?.resolve(reply.result);
  });
  const send = <T>(command: Record<string, unknown>): Promise<T> =>
    new Promise<T>((resolve, reject) => {
      const id = nextId++;
      pending.set(id, { resolve: resolve as (value: unknown) => void, reject });
      child.stdin.write(`${JSON.stringify({ id, ...command })}\n`);
    });
  return {
    ...hello,
    requests: () => send({ cmd: "requests" }),
    tokens: () => send({ cmd: "tokens" }),
    advance: (ms) => send({ cmd: "advance", ms }),
    addClient: (scopes) => send({ cmd: "addClient", scopes }),
    clients: () => send({ cmd: "clients" }),
    failNext: (count, fault) => send({ cmd: "failNext", count, fault }),
    async stop() {
      child.stdin.end();
      await exited;
    },
  };
}
