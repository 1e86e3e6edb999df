import type { CommandSpec } from "../command-types.js";
import { openClient } from "../connection/open-client.js";

/** `fides-oauth token`: prints an access token, in full, since that is the command's job. */
export const tokenCommand: CommandSpec = {
  path: ["token"],
  summary: "print an access token for the configured client",
  details: "The token is printed in full on standard output, and nothing else, so it can be captured.",
  positionals: [],
  options: {},
  connects: true,
  examples: ['TOKEN="$(fides-oauth token)"', "fides-oauth token --json"],
  async run(context) {
    const { sdk } = await openClient(context);
    const token = await sdk.oauth.getAccessToken({ signal: context.signal });
    if (context.out.json) context.out.writeJson({ access_token: token, token_type: "Bearer" });
    else context.out.line(token);
  },
};
