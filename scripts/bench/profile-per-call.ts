// Runs one variant's calls for a CPU profile: `node --cpu-prof --cpu-prof-dir=DIR --import tsx
// scripts/bench/profile-per-call.ts [fides-sdk|naive stack] [calls]`, then
// `tsx scripts/bench/profile-top.ts DIR/CPU.*.0.*.cpuprofile` (thread 0, the main one) for the functions
// that cost most. `npm run bench` runs both and prints their top entries.
import createClient from "openapi-fetch";
import { z } from "zod";
import type { paths } from "../../src/generated/fides-oauth.js";
import { FidesClient } from "../../src/index.js";
import { startEmulatorChild } from "./emulator-child.js";
import { runLoad } from "./load.js";

const variant = process.argv[2] ?? "fides-sdk";
const calls = Number(process.argv[3] ?? 20_000);
const server = await startEmulatorChild();
try {
  const sdk = new FidesClient({
    baseUrl: server.url,
    clientId: server.rootClientId,
    clientSecret: server.rootClientSecret,
    serverVersion: "2.84.2",
  });
  const { client_id: id } = await server.addClient(["policy:read", "rule:read"]);
  const token = await sdk.oauth.getAccessToken();
  const naiveApi = createClient<paths>({ baseUrl: server.url });
  naiveApi.use({
    onRequest({ request }) {
      request.headers.set("Authorization", `Bearer ${token}`);
      return request;
    },
  });
  const scopes = z.array(z.string());
  const call =
    variant === "naive stack"
      ? async () => {
          const { data, error } = await naiveApi.GET("/api/v1/oauth/client/{client_id}/scope", {
            params: { path: { client_id: id } },
          });
          if (error !== undefined) throw new Error("naive stack got an error");
          return scopes.parse(data);
        }
      : () => sdk.oauth.getClientScopes(id);
  const result = await runLoad(call, calls, 16);
  process.stdout.write(`${variant}: ${Math.round((calls * 1000) / result.cpuMs)} calls per CPU-second\n`);
} finally {
  await server.stop();
}
