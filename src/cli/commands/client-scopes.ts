import { checkScopes } from "../args.js";
import type { CommandSpec } from "../command.js";
import { openClient } from "../connect.js";
import { UsageError } from "../errors.js";
import { ALLOW_UNKNOWN_SCOPES_OPTION, CLIENT_ID_ARGUMENT } from "./shared.js";

/** `fides-oauth clients scopes get ID`. */
export const clientScopesGetCommand: CommandSpec = {
  path: ["clients", "scopes", "get"],
  summary: "print a client's scopes, one a line (Fides answers none for an unknown id)",
  positionals: [CLIENT_ID_ARGUMENT],
  options: {},
  connects: true,
  async run(context) {
    const { sdk } = await openClient(context);
    const scopes = await sdk.oauth.getClientScopes(context.positionals[0] ?? "");
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
    const scopes = checkScopes(
      listed.flatMap((item) => item.split(",")).filter((item) => item !== ""),
      context.values["allow-unknown-scopes"] === true,
    );
    const { sdk } = await openClient(context);
    await sdk.oauth.setClientScopes(clientId, scopes);
    if (context.out.json) return context.out.writeJson({ client_id: clientId, scopes });
    context.out.line(`client ${clientId} now has ${scopes.length} scope${scopes.length === 1 ? "" : "s"}`);
  },
};
