import createClient from "openapi-fetch";
import { z } from "zod";
import type { paths } from "../../src/generated/fides-oauth.js";
import { FidesClient } from "../../src/index.js";
import type { EmulatorChild } from "./emulator-child.js";
import { type LoadResult, runLoad } from "./load.js";
import { median } from "./stats.js";

/** The settings of the cost-per-call benchmark. */
export interface PerCallSettings {
  rounds: number;
  requests: number;
  concurrency: number;
}

/** One variant's medians over the rounds. */
export interface VariantFigures {
  variant: string;
  requestsPerSecond: number;
  requestsPerCpuSecond: number;
  /** Against raw fetch, per CPU-second. */
  cpuRatioToRaw: number;
  /** Against raw fetch, per wall-clock second. */
  wallRatioToRaw: number;
  rounds: LoadResult[];
}

const SCOPE_PATH = "/api/v1/oauth/client/{client_id}/scope";

function expectScopes(value: unknown): unknown {
  if (!Array.isArray(value) || value.length !== 2)
    throw new Error(`unexpected answer ${JSON.stringify(value)}`);
  return value;
}

/**
 * The ways of calling `GET /api/v1/oauth/client/{id}/scope`, each a zero-argument call.
 * @param server the emulator
 * @param baseline another checkout's `FidesClient` (`BENCH_BASELINE`), measured beside this one
 */
async function variantCalls(
  server: EmulatorChild,
  baseline?: typeof FidesClient,
): Promise<Record<string, () => Promise<unknown>>> {
  const credentials = {
    baseUrl: server.url,
    clientId: server.rootClientId,
    clientSecret: server.rootClientSecret,
    serverVersion: "2.84.2",
  } as const;
  const sdk = new FidesClient(credentials);
  const { client_id: id } = await server.addClient(["policy:read", "rule:read"]);
  const token = await sdk.oauth.getAccessToken();

  const url = `${server.url}/api/v1/oauth/client/${id}/scope`;
  const init: RequestInit = { headers: { Authorization: `Bearer ${token}` } };
  const raw = async (): Promise<unknown> => {
    const response = await fetch(url, init);
    if (!response.ok) throw new Error(`raw fetch got ${response.status}`);
    return expectScopes(JSON.parse(await response.text()));
  };
  // The honest limit for a client with timeouts: raw fetch with a per-request timeout signal.
  const rawTimed = async (): Promise<unknown> => {
    const response = await fetch(url, { ...init, signal: AbortSignal.timeout(30_000) });
    if (!response.ok) throw new Error(`raw fetch got ${response.status}`);
    return expectScopes(JSON.parse(await response.text()));
  };

  const naiveApi = createClient<paths>({ baseUrl: server.url });
  naiveApi.use({
    onRequest({ request }) {
      request.headers.set("Authorization", `Bearer ${token}`);
      return request;
    },
  });
  const scopesSchema = z.array(z.string());
  const naive = async (): Promise<unknown> => {
    const { data, error } = await naiveApi.GET(SCOPE_PATH, { params: { path: { client_id: id } } });
    if (error !== undefined) throw new Error("naive stack got an error");
    return expectScopes(scopesSchema.parse(data));
  };

  // The naive stack plus what any production client needs and the SDK has: a timeout per
  // request (an AbortController and a timer), its signal handed to fetch as the SDK does.
  const timed = async (): Promise<unknown> => {
    const controller = new AbortController();
    const timer = setTimeout(() => controller.abort(), 30_000);
    try {
      const { data, error } = await naiveApi.GET(SCOPE_PATH, {
        params: { path: { client_id: id } },
        fetch: (request) => fetch(request, { signal: controller.signal }),
      });
      if (error !== undefined) throw new Error("naive stack with a timeout got an error");
      return expectScopes(scopesSchema.parse(data));
    } finally {
      clearTimeout(timer);
    }
  };

  const full = async (): Promise<unknown> => expectScopes(await sdk.oauth.getClientScopes(id));
  const calls: Record<string, () => Promise<unknown>> = {
    "raw fetch": raw,
    "raw fetch + AbortSignal.timeout": rawTimed,
    "naive stack": naive,
    "naive + timeout": timed,
    "fides-sdk": full,
  };
  if (baseline !== undefined) {
    const before = new baseline(credentials);
    await before.oauth.getAccessToken();
    calls["fides-sdk (baseline)"] = async () => expectScopes(await before.oauth.getClientScopes(id));
  }
  return calls;
}

/**
 * Measures requests per second and per client-CPU-second of the SDK, raw fetch and the naive
 * stack, in interleaved rounds whose order rotates, so drift in the machine cancels out.
 * @param server the emulator in its own process
 * @param settings rounds, requests per round and concurrency
 * @param baseline another checkout's `FidesClient`, measured beside this one
 */
export async function measurePerCall(
  server: EmulatorChild,
  settings: PerCallSettings,
  baseline?: typeof FidesClient,
): Promise<VariantFigures[]> {
  const calls = await variantCalls(server, baseline);
  const names = Object.keys(calls);
  const results = new Map<string, LoadResult[]>(names.map((name) => [name, []]));
  // Warm-up: JIT, connection pool and the SDK's token, outside the measurement.
  for (const name of names) await runLoad(calls[name] as () => Promise<unknown>, 500, settings.concurrency);
  for (let round = 0; round < settings.rounds; round++) {
    const order = names.map((_, index) => names[(index + round) % names.length] as string);
    for (const name of order) {
      results
        .get(name)
        ?.push(await runLoad(calls[name] as () => Promise<unknown>, settings.requests, settings.concurrency));
    }
  }
  const figures = names.map((variant) => {
    const rounds = results.get(variant) ?? [];
    return {
      variant,
      requestsPerSecond: median(rounds.map((r) => (r.requests * 1000) / r.wallMs)),
      requestsPerCpuSecond: median(rounds.map((r) => (r.requests * 1000) / r.cpuMs)),
      cpuRatioToRaw: 0,
      wallRatioToRaw: 0,
      rounds,
    };
  });
  const raw = figures[0] as VariantFigures;
  for (const figure of figures) {
    figure.cpuRatioToRaw = figure.requestsPerCpuSecond / raw.requestsPerCpuSecond;
    figure.wallRatioToRaw = figure.requestsPerSecond / raw.requestsPerSecond;
  }
  return figures;
}
