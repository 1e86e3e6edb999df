import { FidesClient } from "../../index.js";
import type { CommandSpec } from "../command-types.js";
import { openServer } from "../connection/open-client.js";

/** `fides-oauth health`: the server's `/health`, which needs no credentials. */
export const healthCommand: CommandSpec = {
  path: ["health"],
  summary: "show the server's health and Fides version (needs no credentials)",
  positionals: [],
  options: {},
  connects: true,
  async run(context) {
    const config = openServer(context);
    // What `getHealth` does, with the command's deadline: a client without credentials.
    const sdk = new FidesClient({
      baseUrl: config.baseUrl,
      timeoutMs: config.timeoutMs,
      allowInsecureHttp: config.allowInsecureHttp,
    });
    const health = await sdk.health({ signal: context.signal });
    if (context.out.json) return context.out.writeJson(health);
    context.out.fields(Object.entries(health).map(([key, value]) => [key, String(value)] as const));
  },
};
