import { getHealth } from "../../index.js";
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
    const health = await getHealth({
      baseUrl: config.baseUrl,
      timeoutMs: config.timeoutMs,
      allowInsecureHttp: config.allowInsecureHttp,
    });
    if (context.out.json) return context.out.writeJson(health);
    context.out.fields(Object.entries(health).map(([key, value]) => [key, String(value)] as const));
  },
};
