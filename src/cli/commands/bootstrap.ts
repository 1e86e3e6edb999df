import { FidesClient, type Scope } from "../../index.js";
import { listOption, stringOption } from "../command-line/option-values.js";
import { UsageError } from "../command-line/usage-error.js";
import type { CommandSpec } from "../command-types.js";
import { openClient, sdkOptions } from "../connection/open-client.js";
import {
  ALLOW_UNKNOWN_SCOPES_OPTION,
  DESCRIPTION_OPTION,
  NAME_OPTION,
  nameOf,
  SCOPE_OPTION,
} from "./client-options.js";

/**
 * `fides-oauth bootstrap`: the Fides guide's whole flow with root credentials: create a scoped
 * client, prove its credentials by acquiring its token, print them once. The flow of the SDK's
 * `bootstrapClient`, spelled out so that every step gets the command's flags (`--timeout`,
 * `--allow-insecure-http`, `--allow-unknown-scopes`) and its deadline.
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
    const scopes = listOption(context.values, "scope") as Scope[];
    if (scopes.length === 0) throw new UsageError("bootstrap needs at least one --scope");
    const name = nameOf(context.values);
    const description = stringOption(context.values, "description");
    const { sdk: root, config } = await openClient(context);
    const signal = context.signal;
    // The SDK checks the scopes before its first request, the root token included.
    const created = await root.oauth.createClient(
      scopes,
      {
        ...(name === undefined ? {} : { name }),
        ...(description === undefined ? {} : { description }),
      },
      { signal },
    );
    const credentials = { clientId: created.client_id, clientSecret: created.client_secret };
    await new FidesClient(sdkOptions(config, credentials)).oauth.getAccessToken({ signal });
    if (format === "env") {
      context.out.line(`FIDES_URL=${config.baseUrl}`);
      context.out.line(`FIDES_CLIENT_ID=${created.client_id}`);
      context.out.line(`FIDES_CLIENT_SECRET=${created.client_secret}`);
    } else {
      context.out.writeJson({ client_id: created.client_id, client_secret: created.client_secret });
    }
  },
};
