import { bootstrapClient } from "../../index.js";
import { checkScopes, listOption, stringOption } from "../args.js";
import type { CommandSpec } from "../command.js";
import { resolveClientConfig } from "../config.js";
import { UsageError } from "../errors.js";
import {
  ALLOW_UNKNOWN_SCOPES_OPTION,
  DESCRIPTION_OPTION,
  NAME_OPTION,
  nameOf,
  SCOPE_OPTION,
} from "./shared.js";

/**
 * `fides-oauth bootstrap`: the Fides guide's whole flow with root credentials: create a scoped
 * client, prove its credentials by acquiring its token, print them once.
 */
export const bootstrapCommand: CommandSpec = {
  path: ["bootstrap"],
  summary: "create a scoped client with root credentials, prove it works, print its credentials once",
  details: [
    "The configured client (--client-id / FIDES_CLIENT_ID …) must be allowed to create clients,",
    "usually Fides's root client. The new client's credentials are printed once, as JSON, or with",
    "--format env as FIDES_URL=…, FIDES_CLIENT_ID=… and FIDES_CLIENT_SECRET=… lines.",
  ].join("\n"),
  positionals: [],
  synopsis: "--scope SCOPE…",
  options: {
    scope: SCOPE_OPTION,
    name: NAME_OPTION,
    description: DESCRIPTION_OPTION,
    format: {
      type: "string",
      placeholder: "json|env",
      description: "how to print the credentials (default json)",
    },
    "allow-unknown-scopes": ALLOW_UNKNOWN_SCOPES_OPTION,
  },
  connects: true,
  examples: [
    "fides-oauth bootstrap --scope policy:read --scope rule:read --name reporting --format env >> .env",
  ],
  async run(context) {
    const format = stringOption(context.values, "format") ?? "json";
    if (format !== "json" && format !== "env") {
      throw new UsageError(`--format must be "json" or "env", not "${format}"`);
    }
    const scopes = checkScopes(
      listOption(context.values, "scope"),
      context.values["allow-unknown-scopes"] === true,
    );
    if (scopes.length === 0) throw new UsageError("bootstrap needs at least one --scope");
    const config = await resolveClientConfig(context.values, context.io);
    const name = nameOf(context.values);
    const description = stringOption(context.values, "description");
    const created = await bootstrapClient({
      baseUrl: config.baseUrl,
      rootClientId: config.clientId,
      rootClientSecret: config.clientSecret,
      scopes,
      ...(name === undefined ? {} : { name }),
      ...(description === undefined ? {} : { description }),
    });
    if (format === "env") {
      context.out.line(`FIDES_URL=${config.baseUrl}`);
      context.out.line(`FIDES_CLIENT_ID=${created.client_id}`);
      context.out.line(`FIDES_CLIENT_SECRET=${created.client_secret}`);
    } else {
      context.out.writeJson({ client_id: created.client_id, client_secret: created.client_secret });
    }
  },
};
