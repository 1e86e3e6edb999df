import type { Scope } from "../../index.js";
import { integerOption, listOption, stringOption } from "../command-line/option-values.js";
import { UsageError } from "../command-line/usage-error.js";
import type { CommandContext, CommandSpec } from "../command-types.js";
import { openClient } from "../connection/open-client.js";
import {
  ALLOW_UNKNOWN_SCOPES_OPTION,
  CLIENT_ID_ARGUMENT,
  DESCRIPTION_OPTION,
  NAME_OPTION,
  nameOf,
  SCOPE_OPTION,
} from "./client-options.js";
import { type ClientView, printClient, printClientTable, printCredentials } from "./client-output.js";

/** `fides-oauth clients list`: every client, or one page of them. */
export const clientsListCommand: CommandSpec = {
  path: ["clients", "list"],
  summary: "list the OAuth clients (all of them, or one page with --page/--size)",
  details: "With --json: an array of every client, or with --page/--size Fides's page object.",
  positionals: [],
  options: {
    page: { type: "string", placeholder: "N", description: "show only this page (from 1)" },
    size: { type: "string", placeholder: "N", description: "clients per page, 1 to 100 (default 50)" },
  },
  connects: true,
  async run(context) {
    const page = integerOption(context.values, "page", { min: 1, max: 1_000_000 });
    const size = integerOption(context.values, "size", { min: 1, max: 100 });
    const { sdk } = await openClient(context);
    if (page !== undefined || size !== undefined) {
      const result = await sdk.oauth.listClients(
        { page: page ?? 1, size: size ?? 50 },
        { signal: context.signal },
      );
      if (context.out.json) return context.out.writeJson(result);
      printClientTable(context.out, result.items);
      context.out.line(`page ${result.page} of ${result.pages}, ${result.total} clients in all`);
      return;
    }
    const clients: ClientView[] = [];
    for await (const client of sdk.oauth.listAllClients(undefined, { signal: context.signal }))
      clients.push(client);
    if (context.out.json) return context.out.writeJson(clients);
    if (clients.length === 0) return context.out.line("no clients");
    printClientTable(context.out, clients);
  },
};

/** `fides-oauth clients get ID`. */
export const clientsGetCommand: CommandSpec = {
  path: ["clients", "get"],
  summary: "show one client: its name, description and scopes",
  positionals: [CLIENT_ID_ARGUMENT],
  options: {},
  connects: true,
  async run(context) {
    const { sdk } = await openClient(context);
    printClient(context.out, await sdk.oauth.getClient(clientIdOf(context), { signal: context.signal }));
  },
};

/** `fides-oauth clients create`: prints the new secret, the only time it is shown. */
export const clientsCreateCommand: CommandSpec = {
  path: ["clients", "create"],
  summary: "create a client and print its id and secret (shown only this once)",
  positionals: [],
  options: {
    scope: SCOPE_OPTION,
    name: NAME_OPTION,
    description: DESCRIPTION_OPTION,
    "allow-unknown-scopes": ALLOW_UNKNOWN_SCOPES_OPTION,
  },
  connects: true,
  examples: ["fides-oauth clients create --scope policy:read,rule:read --name reporting"],
  async run(context) {
    const scopes = scopesOf(context);
    const name = nameOf(context.values);
    const description = stringOption(context.values, "description");
    const { sdk } = await openClient(context);
    const created = await sdk.oauth.createClient(
      scopes,
      {
        ...(name === undefined ? {} : { name }),
        ...(description === undefined ? {} : { description }),
      },
      { signal: context.signal },
    );
    printCredentials(context, created, "created");
  },
};

/** `fides-oauth clients update ID`. */
export const clientsUpdateCommand: CommandSpec = {
  path: ["clients", "update"],
  summary: "change a client's name, description or scopes",
  details: "--scope replaces the client's scopes; options left out are left unchanged.",
  positionals: [CLIENT_ID_ARGUMENT],
  options: {
    name: NAME_OPTION,
    description: DESCRIPTION_OPTION,
    "clear-description": { type: "boolean", description: "remove the description" },
    scope: SCOPE_OPTION,
    "clear-scopes": { type: "boolean", description: "remove every scope" },
    "allow-unknown-scopes": ALLOW_UNKNOWN_SCOPES_OPTION,
  },
  connects: true,
  async run(context) {
    const changes = updateOf(context);
    const { sdk } = await openClient(context);
    printClient(
      context.out,
      await sdk.oauth.updateClient(clientIdOf(context), changes, { signal: context.signal }),
    );
  },
};

/** `fides-oauth clients delete ID`. */
export const clientsDeleteCommand: CommandSpec = {
  path: ["clients", "delete"],
  summary: "delete a client (Fides answers success for an unknown id too)",
  positionals: [CLIENT_ID_ARGUMENT],
  options: {},
  connects: true,
  async run(context) {
    const clientId = clientIdOf(context);
    const { sdk } = await openClient(context);
    await sdk.oauth.deleteClient(clientId, { signal: context.signal });
    if (context.out.json) context.out.writeJson({ client_id: clientId, deleted: true });
    else context.out.line(`deleted client ${clientId}`);
  },
};

/** `fides-oauth clients rotate-secret ID`: prints the new secret, the only time it is shown. */
export const clientsRotateSecretCommand: CommandSpec = {
  path: ["clients", "rotate-secret"],
  summary: "give a client a new secret and print it (shown only this once); tokens already issued stay valid",
  positionals: [CLIENT_ID_ARGUMENT],
  options: {},
  connects: true,
  async run(context) {
    const { sdk } = await openClient(context);
    const rotated = await sdk.oauth.rotateClientSecret(clientIdOf(context), { signal: context.signal });
    printCredentials(context, rotated, "rotated");
  },
};

function clientIdOf(context: CommandContext): string {
  const clientId = context.positionals[0]?.trim();
  if (!clientId) throw new UsageError("the client id must not be empty");
  return clientId;
}

/**
 * The `--scope` values as typed. The SDK checks them before sending (an unknown scope is refused
 * unless --allow-unknown-scopes reached it), and the CLI rewords its message in flag terms.
 */
function scopesOf(context: CommandContext): Scope[] {
  return listOption(context.values, "scope") as Scope[];
}

function updateOf(context: CommandContext) {
  const { values } = context;
  const name = nameOf(values);
  const description = stringOption(values, "description");
  const scopes = scopesOf(context);
  if (description !== undefined && values["clear-description"] === true) {
    throw new UsageError("give either --description or --clear-description, not both");
  }
  if (scopes.length > 0 && values["clear-scopes"] === true) {
    throw new UsageError("give either --scope or --clear-scopes, not both");
  }
  const changes = {
    ...(name === undefined ? {} : { name }),
    ...(description === undefined ? {} : { description }),
    ...(values["clear-description"] === true ? { description: null } : {}),
    ...(scopes.length > 0 ? { scopes } : {}),
    ...(values["clear-scopes"] === true ? { scopes: [] } : {}),
  };
  if (Object.keys(changes).length === 0) {
    throw new UsageError(
      "nothing to change: give --name, --description, --clear-description, --scope or --clear-scopes",
    );
  }
  return changes;
}
