// One process of a fleet: its own FidesClient, with a RedisTokenStore over node-redis (current or
// 4) or ioredis, on one server or a cluster (or the default memory store), loaded from the built
// package by name as an application would. Driven by JSON lines on stdin ({ offsetMs? }: move the
// clock, then make one call), it answers JSON lines on stdout. Plain JavaScript, so each of the
// fleet's processes starts fast.
import { createInterface } from "node:readline";

const config = JSON.parse(process.argv[2] ?? "{}");
const { FidesClient } = await import("fides-sdk");

const write = (message) => process.stdout.write(`${JSON.stringify(message)}\n`);
let warnings = 0;
let lastWarning;
let offsetMs = 0;
let tokenRequests = 0;
const logger = {
  debug: (message) => {
    if (message.startsWith("another process is acquiring")) write({ event: "waiting" });
  },
  info: () => {},
  warn: (message) => {
    warnings++;
    lastWarning = message;
  },
  error: () => {},
};

const ignore = () => {};

async function connectNodeRedis(name) {
  const { createClient, createCluster } = await import(name);
  if (config.clusterUrls !== undefined) {
    const cluster = createCluster({ rootNodes: config.clusterUrls.map((url) => ({ url })) });
    cluster.on("error", ignore);
    await cluster.connect();
    return cluster;
  }
  const client = createClient({ url: config.redisUrl, socket: { reconnectStrategy: () => 100 } });
  client.on("error", ignore);
  const connecting = client.connect();
  connecting.catch(ignore);
  // With Redis down on purpose, the process starts without it and must still serve its calls.
  if (!config.redisDown) await connecting;
  return client;
}

async function connectIoRedis() {
  const { Cluster, Redis } = await import("ioredis");
  if (config.clusterUrls !== undefined) {
    const nodes = config.clusterUrls.map((url) => {
      const { hostname, port } = new URL(url);
      return { host: hostname, port: Number(port) };
    });
    const cluster = new Cluster(nodes);
    cluster.on("error", ignore);
    await new Promise((resolve) => cluster.once("ready", resolve));
    return cluster;
  }
  const client = new Redis(config.redisUrl, { retryStrategy: () => 100, maxRetriesPerRequest: 1 });
  client.on("error", ignore);
  if (!config.redisDown) await new Promise((resolve) => client.once("ready", resolve));
  return client;
}

let tokenStore;
if (config.library !== "memory") {
  const { RedisTokenStore } = await import("fides-sdk/redis");
  const redis =
    config.library === "ioredis" ? await connectIoRedis() : await connectNodeRedis(config.library);
  tokenStore = new RedisTokenStore(redis, {
    keyPrefix: config.prefix,
    lockTtlMs: config.lockTtlMs,
    waitMs: config.waitMs,
    commandTimeoutMs: config.commandTimeoutMs,
  });
}
const sdk = new FidesClient({
  baseUrl: config.url,
  clientId: config.clientId,
  clientSecret: config.clientSecret,
  serverVersion: config.serverVersion ?? "2.84.2",
  headers: config.headers,
  now: () => Date.now() + offsetMs,
  logger,
  tokenStore,
  fetch: (input, init) => {
    const url = input instanceof Request ? input.url : String(input);
    if (new URL(url).pathname.endsWith("/oauth/token")) tokenRequests++;
    return globalThis.fetch(input, init);
  },
});

const epochMs = () => performance.timeOrigin + performance.now();

async function call() {
  try {
    await sdk.oauth.listScopes();
    const now = performance.now();
    write({
      event: "called",
      ok: true,
      warnings,
      sinceStartMs: now,
      sinceReadyMs: now - readyAt,
      atEpochMs: epochMs(),
      tokenRequests,
      lastWarning,
    });
  } catch (error) {
    write({
      event: "called",
      ok: false,
      error: error?.name ?? String(error),
      warnings,
      lastWarning,
      atEpochMs: epochMs(),
      tokenRequests,
    });
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
