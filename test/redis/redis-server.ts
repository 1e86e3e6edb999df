// A redis-server of the tests' own, on a free port, to stop and start again (the shared one on
// 6379 must stay up for everyone else). No persistence: a restarted server starts empty.
import { type ChildProcess, spawn } from "node:child_process";
import { once } from "node:events";
import { createServer } from "node:net";

/** A redis-server child process on a fixed port. */
export interface OwnRedis {
  readonly url: string;
  readonly port: number;
  /** Starts the server (again) and resolves once it accepts connections. */
  start(): Promise<void>;
  /** Stops the server (SIGKILL: an outage, not a shutdown) and resolves once it has exited. */
  stop(): Promise<void>;
}

/** A TCP port nobody listens on at the moment of asking. */
export async function freePort(): Promise<number> {
  const server = createServer();
  server.listen(0, "127.0.0.1");
  await once(server, "listening");
  const address = server.address();
  const port = typeof address === "object" && address !== null ? address.port : 0;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

/** Picks a free port and returns a stopped server on it. */
export async function ownRedis(): Promise<OwnRedis> {
  const port = await freePort();
  let child: ChildProcess | undefined;
  return {
    url: `redis://127.0.0.1:${port}`,
    port,
    async start() {
      if (child !== undefined) return;
      const started = spawn(
        "redis-server",
        ["--port", String(port), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no"],
        { stdio: ["ignore", "pipe", "inherit"] },
      );
      child = started;
      let output = "";
      await new Promise<void>((resolve, reject) => {
        started.once("exit", (code) => reject(new Error(`redis-server exited (${code}): ${output}`)));
        started.once("error", reject);
        started.stdout.on("data", (chunk: Buffer) => {
          output += chunk.toString();
          if (output.includes("Ready to accept connections")) resolve();
        });
      });
      started.stdout.resume();
    },
    async stop() {
      const running = child;
      if (running === undefined) return;
      child = undefined;
      const exited = once(running, "exit");
      running.kill("SIGKILL");
      await exited;
    },
  };
}
