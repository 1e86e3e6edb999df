import { UsageError } from "../command-line/usage-error.js";
import type { CommandSpec } from "../command-types.js";
import { openClient } from "../connection/open-client.js";

/** `fides-oauth scopes`: the scopes the server knows, in its registry order. */
export const scopesCommand: CommandSpec = {
  path: ["scopes"],
  summary: "list the scopes the server knows, one a line",
  positionals: [],
  options: {},
  connects: true,
  async run(context) {
    const { sdk } = await openClient(context);
    const scopes = await sdk.oauth.listScopes({ signal: context.signal });
    if (context.out.json) return context.out.writeJson(scopes);
    for (const scope of scopes) context.out.line(scope);
  },
};

/** `fides-oauth roles [ROLE]`: the server's roles, or one role's scopes. */
export const rolesCommand: CommandSpec = {
  path: ["roles"],
  summary: "list the server's roles and how many scopes each grants, or one role's scopes",
  positionals: [{ name: "ROLE", required: false }],
  options: {},
  connects: true,
  examples: ["fides-oauth roles", "fides-oauth roles viewer"],
  async run(context) {
    const { sdk } = await openClient(context);
    const roles: Record<string, readonly string[]> = await sdk.oauth.listRoles({ signal: context.signal });
    const wanted = context.positionals[0];
    if (wanted !== undefined) {
      const scopes = roles[wanted];
      if (!scopes)
        throw new UsageError(
          `"${wanted}" is not a role of this server; its roles: ${Object.keys(roles).join(", ")}`,
        );
      if (context.out.json) return context.out.writeJson(scopes);
      for (const scope of scopes) context.out.line(scope);
      return;
    }
    if (context.out.json) return context.out.writeJson(roles);
    context.out.table(Object.entries(roles), [
      { heading: "ROLE", cell: ([role]) => role },
      { heading: "SCOPES", cell: ([, scopes]) => scopes.length },
    ]);
  },
};
