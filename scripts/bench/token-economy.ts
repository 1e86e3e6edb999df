import { FidesClient } from "../../src/index.js";
import { type EmulatorChild, startEmulatorChild } from "./emulator-child.js";
import { runLoad } from "./load.js";

/** The token-economy figures, each against its target. */
export interface TokenEconomy {
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

const TOKEN_PATH = "/api/v1/oauth/token";
const MINUTE = 60_000;

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

async function refreshAcrossWindow(server: EmulatorChild, id: string) {
  const { sdk, clock, counts, expiries } = watchedClient(server);
  await sdk.oauth.getClientScopes(id);
  const [expiry] = [...expiries.values()];
  if (expiry === undefined) throw new Error("the warm-up call acquired no token");
  const before = (await server.requests()).length;
  // Before the window, inside it (its start is jittered between 30 and 60 minutes before
  // expiry), then inside the last 30 s, where calls must wait for a new token.
  const positions = [120, 60, 45, 30, 10, 1, 1 / 3, 1 / 12].map((minutes) => expiry - minutes * MINUTE);
  const calls: Promise<unknown>[] = [];
  for (const position of positions) {
    const delta = Math.round(position - (Date.now() + clock.offset));
    await server.advance(delta);
    clock.offset += delta;
    for (let index = 0; index < 125; index++) calls.push(sdk.oauth.getClientScopes(id));
  }
  await Promise.all(calls);
  return {
    refreshTokenRequests: await countLog(server, before, (path) => path === TOKEN_PATH),
    refusals: await countLog(server, before, (_, status) => status === 401 || status === 403),
    expiredTokenSends: counts.expiredSends,
  };
}

/**
 * Counts token requests, refreshes, expired-token sends and 429s in the three scenarios of the
 * issue, each against an emulator server in its own process.
 */
export async function measureTokenEconomy(): Promise<TokenEconomy> {
  const server = await startEmulatorChild();
  let economy: Omit<TokenEconomy, "rateLimitedCalls" | "rateLimited429s" | "rateLimitedTokenRequests">;
  try {
    const { client_id: id } = await server.addClient(["policy:read"]);
    const cold = watchedClient(server).sdk;
    const before = (await server.requests()).length;
    await Promise.all(Array.from({ length: 1000 }, () => cold.oauth.getClientScopes(id)));
    const coldTokenRequests = await countLog(server, before, (path) => path === TOKEN_PATH);
    economy = { coldTokenRequests, ...(await refreshAcrossWindow(server, id)) };
  } finally {
    await server.stop();
  }
  const limited = await startEmulatorChild({ rateLimit: true });
  try {
    const { client_id: id } = await limited.addClient(["policy:read"]);
    const { sdk } = watchedClient(limited);
    const calls = 10_000;
    await runLoad(() => sdk.oauth.getClientScopes(id), calls, 64);
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
