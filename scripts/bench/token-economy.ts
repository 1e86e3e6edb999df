import { FidesClient } from "../../src/index.js";
import { type EmulatorChild, startEmulatorChild } from "./emulator-child.js";
import { runLoad } from "./load.js";

/** The token-economy figures, each against its target. */
export interface TokenEconomy {
  /** the cold client's concurrent calls, and the calls spread across the refresh window */
  calls: number;
  /** 1,000 concurrent first calls on a cold client: token requests made (target 1). */
  coldTokenRequests: number;
  /** 1,000 concurrent calls spread across the refresh window: token requests made (target 1). */
  refreshTokenRequests: number;
  /** …and requests sent with a token already expired on the client's clock (target 0). */
  expiredTokenSends: number;
  /** …and refusals (401/403) the server sent (target 0). */
  refusals: number;
  /** 10,000 calls with the token route limited to 10 a minute: 429s seen (target 0). */
  rateLimitedCalls: number;
  rateLimited429s: number;
  rateLimitedTokenRequests: number;
}

/** How many calls each scenario makes. */
export interface TokenEconomySettings {
  /** the cold client's concurrent calls, and the calls spread across the refresh window @default 1000 */
  calls: number;
  /** the calls against the rate-limited server @default 10000 */
  limitedCalls: number;
}

const TOKEN_PATH = "/api/v1/oauth/token";
const MINUTE = 60_000;
// With its rate limit on, the server (and so the emulator) also keeps an app-wide bucket of 2000
// requests a minute for every route but the token endpoint. The rate-limited scenario measures the
// token route, so it moves both clocks a minute on after each batch this size, staying under it.
const APP_BUCKET_BATCH = 1_900;

async function countLog(
  server: EmulatorChild,
  since: number,
  test: (path: string, status: number) => boolean,
) {
  const log = await server.requests();
  return log.slice(since).filter((entry) => test(entry.path, entry.status)).length;
}

/** A client whose clock and fetch the benchmark controls and watches. */
function watchedClient(server: EmulatorChild) {
  const clock = { offset: 0 };
  const now = (): number => Date.now() + clock.offset;
  const expiries = new Map<string, number>();
  const counts = { expiredSends: 0 };
  const fetchWatched = async (url: string, init: RequestInit): Promise<Response> => {
    const sentAt = now();
    const token = new Headers(init.headers).get("Authorization")?.slice("Bearer ".length);
    const expiry = token === undefined ? undefined : expiries.get(token);
    if (expiry !== undefined && sentAt >= expiry) counts.expiredSends++;
    const response = await fetch(url, init);
    if (new URL(url).pathname === TOKEN_PATH && response.ok) {
      const body = (await response.clone().json()) as { access_token: string; expires_in: number };
      expiries.set(body.access_token, sentAt + body.expires_in * 1000);
    }
    return response;
  };
  const sdk = new FidesClient({
    baseUrl: server.url,
    clientId: server.rootClientId,
    clientSecret: server.rootClientSecret,
    serverVersion: "2.84.2",
    fetch: fetchWatched,
    now,
  });
  return { sdk, clock, counts, expiries };
}

async function refreshAcrossWindow(server: EmulatorChild, id: string, calls: number) {
  const { sdk, clock, counts, expiries } = watchedClient(server);
  await sdk.oauth.getClientScopes(id);
  const [expiry] = [...expiries.values()];
  if (expiry === undefined) throw new Error("the warm-up call acquired no token");
  const before = (await server.requests()).length;
  // Before the window, inside it (its start is jittered between 30 and 60 minutes before
  // expiry), then inside the last 30 s, where calls must wait for a new token.
  const positions = [120, 60, 45, 30, 10, 1, 1 / 3, 1 / 12].map((minutes) => expiry - minutes * MINUTE);
  const perPosition = Math.max(1, Math.round(calls / positions.length));
  const pending: Promise<unknown>[] = [];
  for (const position of positions) {
    const delta = Math.round(position - (Date.now() + clock.offset));
    await server.advance(delta);
    clock.offset += delta;
    for (let index = 0; index < perPosition; index++) pending.push(sdk.oauth.getClientScopes(id));
  }
  await Promise.all(pending);
  return {
    refreshTokenRequests: await countLog(server, before, (path) => path === TOKEN_PATH),
    refusals: await countLog(server, before, (_, status) => status === 401 || status === 403),
    expiredTokenSends: counts.expiredSends,
  };
}

/**
 * The token-economy figures that miss their targets, each as a sentence; empty when all are met.
 * @param economy the measured figures
 */
export function missedTargets(economy: TokenEconomy): string[] {
  const targets: [string, number, number][] = [
    ["cold client: token requests", economy.coldTokenRequests, 1],
    ["refresh window: token requests", economy.refreshTokenRequests, 1],
    ["refresh window: requests sent with an expired token", economy.expiredTokenSends, 0],
    ["refresh window: 401/403 refusals", economy.refusals, 0],
    ["rate-limited token route: 429s", economy.rateLimited429s, 0],
    ["rate-limited token route: token requests", economy.rateLimitedTokenRequests, 1],
  ];
  return targets
    .filter(([, measured, target]) => measured !== target)
    .map(([what, measured, target]) => `${what}: ${measured}, target ${target}`);
}

/**
 * Counts token requests, refreshes, expired-token sends and 429s in the three scenarios of the
 * issue, each against an emulator server in its own process.
 * @param settings how many calls each scenario makes
 */
export async function measureTokenEconomy(settings: TokenEconomySettings): Promise<TokenEconomy> {
  const server = await startEmulatorChild();
  let economy: Omit<TokenEconomy, "rateLimitedCalls" | "rateLimited429s" | "rateLimitedTokenRequests">;
  try {
    const { client_id: id } = await server.addClient(["policy:read"]);
    const cold = watchedClient(server).sdk;
    const before = (await server.requests()).length;
    await Promise.all(Array.from({ length: settings.calls }, () => cold.oauth.getClientScopes(id)));
    const coldTokenRequests = await countLog(server, before, (path) => path === TOKEN_PATH);
    economy = {
      calls: settings.calls,
      coldTokenRequests,
      ...(await refreshAcrossWindow(server, id, settings.calls)),
    };
  } finally {
    await server.stop();
  }
  const limited = await startEmulatorChild({ rateLimit: true });
  try {
    const { client_id: id } = await limited.addClient(["policy:read"]);
    const { sdk, clock } = watchedClient(limited);
    const calls = settings.limitedCalls;
    for (let done = 0; done < calls; done += APP_BUCKET_BATCH) {
      if (done > 0) {
        await limited.advance(MINUTE);
        clock.offset += MINUTE;
      }
      await runLoad(() => sdk.oauth.getClientScopes(id), Math.min(APP_BUCKET_BATCH, calls - done), 64);
    }
    return {
      ...economy,
      rateLimitedCalls: calls,
      rateLimited429s: await countLog(limited, 0, (_, status) => status === 429),
      rateLimitedTokenRequests: await countLog(limited, 0, (path) => path === TOKEN_PATH),
    };
  } finally {
    await limited.stop();
  }
}
