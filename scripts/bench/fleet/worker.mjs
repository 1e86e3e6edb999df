// One process of a fleet: its own FidesClient, with a RedisTokenStore over node-redis or ioredis
// (or the default memory store), loaded from the built package by name as an application would.
// Driven by JSON lines on stdin ({ offsetMs? }: move the clock, then make one call), it answers
// JSON lines on stdout. Plain JavaScript, so each of the fleet's processes starts fast.
import { createInterface } from "node:readline";

const config = JSON.parse(process.argv[2] ?? "{}");
const { FidesClient } = await import("fides-sdk");

const write = (message) => process.stdout.write(`${JSON.stringify(message)}\n`);
let warnings = 0;
let offsetMs = 0;
const logger = {
  debug: (message) => {
    if (message.startsWith("another process is acquiring")) write({ event: "waiting" });
  },
  info: () => {},
  warn: () => {
    warnings++;
  },
  error: () => {},
};

async function connectRedis() {
  if (config.library === "redis") {
    const { createClient } = await import("redis");
    const client = createClient({ url: config.redisUrl, socket: { reconnectStrategy: () => 100 } });
    client.on("error", () => {});
    const connecting = client.connect();
    connecting.catch(() => {});
    // With Redis down on purpose, the process starts without it and must still serve its calls.
    if (!config.redisDown) await connecting;
    return client;
  }
  const { Redis } = await import("ioredis");
  const client = new Redis(config.redisUrl, { retryStrategy: () => 100, maxRetriesPerRequest: 1 });
  client.on("error", () => {});
  if (!config.redisDown) await new Promise((resolve) => client.once("ready", resolve));
  return client;
}

let tokenStore;
if (config.library !== "memory") {
  const { RedisTokenStore } = await import("fides-sdk/redis");
  tokenStore = new RedisTokenStore(await connectRedis(), {
    keyPrefix: config.prefix,
    lockTtlMs: config.lockTtlMs,
    commandTimeoutMs: config.commandTimeoutMs,
  });
}
const sdk = new FidesClient({
  baseUrl: config.url,
  clientId: config.clientId,
  clientSecret: config.clientSecret,
  serverVersion: "2.84.2",
  now: () => Date.now() + offsetMs,
  logger,
  tokenStore,
});

async function call() {
  try {
    await sdk.oauth.listScopes();
    const now = performance.now();
    write({ event: "called", ok: true, warnings, sinceStartMs: now, sinceReadyMs: now - readyAt });
  } catch (error) {
    write({ event: "called", ok: false, error: error?.name ?? String(error), warnings });
  }
}

const readyAt = performance.now();
write({ event: "ready" });
if (config.callAtStart) await call();
for await (const line of createInterface({ input: process.stdin })) {
  const command = JSON.parse(line);
  offsetMs = command.offsetMs ?? offsetMs;
  await call();
}
process.exit(0);
