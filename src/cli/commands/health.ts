import { FidesClient } from "../../index.js";
import type { CommandSpec } from "../command.js";
import { openServer } from "../connect.js";

/** `fides-oauth health`: the server's `/health`, which needs no credentials. */
export const healthCommand: CommandSpec = {
  path: ["health"],
  summary: "show the server's health and Fides version (needs no credentials)",
  positionals: [],
  options: {},
  connects: true,
  async run(context) {
    const config = openServer(context);
    // `/health` needs no token, but FidesClient wants credentials or a token: this placeholder is
    // never sent (the SDK sends no Authorization header to /health).
    const sdk = new FidesClient({
      accessToken: "unused-by-health",
      baseUrl: config.baseUrl,
      timeoutMs: config.timeoutMs,
      allowInsecureHttp: config.allowInsecureHttp,
    });
    const health = await sdk.health();
    if (context.out.json) return context.out.writeJson(health);
    context.out.fields(Object.entries(health).map(([key, value]) => [key, String(value)] as const));
  },
};
