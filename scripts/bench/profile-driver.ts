// A small driver for `node --cpu-prof`: runs one variant of the cost-per-call benchmark, so a
// profile shows where its client-side CPU goes. Usage: profile-driver.ts <variant> [requests]
import { startEmulatorChild } from "./emulator-child.js";
import { runLoad } from "./load.js";
import { variantCalls } from "./per-call.js";

const variant = process.argv[2] ?? "fides-sdk";
const requests = Number(process.argv[3] ?? 20_000);
const server = await startEmulatorChild();
try {
  const calls = await variantCalls(server);
  const call = calls[variant];
  if (call === undefined)
    throw new TypeError(`unknown variant "${variant}"; expected ${Object.keys(calls).join(", ")}`);
  await runLoad(call, 500, 16);
  const result = await runLoad(call, requests, 16);
  process.stdout.write(
    `${variant}: ${Math.round((result.requests * 1000) / result.cpuMs)} req per CPU-second\n`,
  );
} finally {
  await server.stop();
}
