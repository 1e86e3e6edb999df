// Runs the Fides emulator server in a process of its own, so the benchmark's CPU figures leave
// out the server's share. It prints one JSON line with its URL, then answers JSON-line commands
// on stdin (one reply line each, matched by `id`), and closes when stdin ends.
import { createInterface } from "node:readline";
import type { FaultSpec, FidesEmulatorServerOptions } from "../../src/testing/index.js";
import { startFidesEmulatorServer } from "../../src/testing/index.js";

/** A command from the benchmark process. */
export type EmulatorCommand =
  | { id: number; cmd: "requests" }
  | { id: number; cmd: "tokens" }
  | { id: number; cmd: "now" }
  | { id: number; cmd: "advance"; ms: number }
  | { id: number; cmd: "addClient"; scopes: string[] }
  | { id: number; cmd: "clients" }
  | { id: number; cmd: "failNext"; count: number; fault: FaultSpec };

const options = JSON.parse(process.argv[2] ?? "{}") as FidesEmulatorServerOptions;
const server = await startFidesEmulatorServer(options);
const { emulator } = server;

function answer(command: EmulatorCommand): unknown {
  switch (command.cmd) {
    case "requests":
      return emulator.requests();
    case "tokens":
      return emulator.tokens();
    case "now":
      return emulator.now();
    case "advance":
      emulator.advanceTime(command.ms);
      return emulator.now();
    case "addClient":
      return emulator.addClient({ scopes: command.scopes });
    case "clients":
      return emulator.clients();
    case "failNext":
      emulator.failNext(command.count, command.fault);
      return null;
  }
}

const lines = createInterface({ input: process.stdin });
lines.on("line", (line) => {
  const command = JSON.parse(line) as EmulatorCommand;
  let reply: object;
  try {
    reply = { id: command.id, result: answer(command) };
  } catch (error) {
    reply = { id: command.id, error: error instanceof Error ? error.message : String(error) };
  }
  process.stdout.write(`${JSON.stringify(reply)}\n`);
});
lines.on("close", () => {
  void server.close();
});
process.stdout.write(
  `${JSON.stringify({ url: server.url, rootClientId: emulator.rootClientId, rootClientSecret: emulator.rootClientSecret })}\n`,
);
