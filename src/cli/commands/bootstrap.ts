import { typedOperation } from "../../api/cli-operations.js";
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
    '--for "METHOD PATH" (repeatable) grants the scopes an operation of Fides 2.86.2 needs, from',
    "fides-sdk's scope table: the least-privilege client for a job, with --scope for anything more.",
  ].join("\n"),
  positionals: [],
  synopsis: '--scope SCOPE… | --for "METHOD PATH"…',
  options: {
    scope: SCOPE_OPTION,
    for: {
      type: "string",
      multiple: true,
      placeholder: "METHOD PATH",
      description:
        'an operation the client must be able to call, such as "GET /api/v1/privacy-request"; repeat it',
    },
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
    'fides-oauth bootstrap --for "GET /api/v1/privacy-request" --for "PATCH /api/v1/privacy-request/administrate/approve"',
  ],
  async run(context) {
    const format = stringOption(context.values, "format") ?? "json";
    if (format !== "json" && format !== "env") {
      throw new UsageError(`--format must be "json" or "env", not "${format}"`);
    }
    const scopes = [
      ...new Set([...listOption(context.values, "scope"), ...operationScopes(context.values)]),
    ] as Scope[];
    if (scopes.length === 0) {
      throw new UsageError("bootstrap needs at least one --scope, or a --for operation that needs one");
    }
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

const METHOD_AND_PATH = /^([A-Za-z]+)\s+(\S+)$/;

/**
 * The scopes the `--for "METHOD PATH"` operations need, by fides-sdk's table of Fides 2.86.2.
 * @throws {UsageError} for a malformed value, an unknown operation (naming the nearest), or a
 * webhook callback route, which no client can be granted
 */
function operationScopes(values: Parameters<typeof listOption>[0]): string[] {
  const raw = values.for;
  const given = raw === undefined ? [] : Array.isArray(raw) ? raw : [String(raw)];
  const scopes: string[] = [];
  for (const value of given) {
    const match = METHOD_AND_PATH.exec(value.trim());
    if (match === null)
      throw new UsageError(`--for must be "METHOD PATH", such as "GET /api/v1/privacy-request"`);
    const operation = typedOperation(match[1] ?? "", match[2] ?? "");
    if (!operation.known) throw new UsageError(`--for ${operation.message}`);
    if (operation.access === "webhook-token") {
      throw new UsageError(
        `--for ${operation.key} takes only the token Fides sent to the webhook; no client can be granted it`,
      );
    }
    if (operation.access !== "none") scopes.push(...operation.access);
  }
  return scopes;
}
