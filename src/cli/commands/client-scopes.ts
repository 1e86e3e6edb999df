import type { Scope } from "../../index.js";
import { UsageError } from "../command-line/usage-error.js";
import type { CommandSpec } from "../command-types.js";
import { openClient } from "../connection/open-client.js";
import { ALLOW_UNKNOWN_SCOPES_OPTION, CLIENT_ID_ARGUMENT } from "./client-options.js";

/** `fides-oauth clients scopes get ID`. */
export const clientScopesGetCommand: CommandSpec = {
  path: ["clients", "scopes", "get"],
  summary: "print a client's scopes, one a line (Fides answers none for an unknown id)",
  positionals: [CLIENT_ID_ARGUMENT],
  options: {},
  connects: true,
  async run(context) {
    const { sdk } = await openClient(context);
    const scopes = await sdk.oauth.getClientScopes(context.positionals[0] ?? "", { signal: context.signal });
    if (context.out.json) return context.out.writeJson(scopes);
    for (const scope of scopes) context.out.line(scope);
  },
};

/** `fides-oauth clients scopes set ID S…`: replaces the client's scopes. */
export const clientScopesSetCommand: CommandSpec = {
  path: ["clients", "scopes", "set"],
  summary: "replace a client's scopes (tokens holding a removed scope stop working)",
  positionals: [CLIENT_ID_ARGUMENT, { name: "SCOPE", required: false, variadic: true }],
  options: {
    none: { type: "boolean", description: "remove every scope instead of listing new ones" },
    "allow-unknown-scopes": ALLOW_UNKNOWN_SCOPES_OPTION,
  },
  connects: true,
  examples: ["fides-oauth clients scopes set 0f3a… policy:read rule:read"],
  async run(context) {
    const [clientId = "", ...listed] = context.positionals;
    const none = context.values.none === true;
    if (listed.length === 0 && !none)
      throw new UsageError("list the scopes to set, or pass --none to remove them all");
    if (listed.length > 0 && none) throw new UsageError("give either scopes or --none, not both");
    // Scopes go to the SDK as typed: it refuses an unknown one before sending, unless
    // --allow-unknown-scopes is given, and the CLI rewords its message.
    const scopes = listed.flatMap((item) => item.split(",")).filter((item) => item !== "") as Scope[];
    const { sdk } = await openClient(context);
    await sdk.oauth.setClientScopes(clientId, scopes, { signal: context.signal });
    if (context.out.json) return context.out.writeJson({ client_id: clientId, scopes });
    context.out.line(`client ${clientId} now has ${scopes.length} scope${scopes.length === 1 ? "" : "s"}`);
  },
};
