import type { CommandContext } from "../command-types.js";
import type { Output } from "../output/output.js";

/** What the CLI shows of a client: the fields Fides returns (never a secret). */
export interface ClientView {
  client_id: string;
  name?: string | null | undefined;
  description?: string | null | undefined;
  scopes?: readonly string[] | undefined;
}

/** Shows a scope list compactly in a table cell: the first few, then how many more. */
export function summariseScopes(scopes: readonly string[], shown = 3): string {
  if (scopes.length <= shown) return scopes.join(", ");
  return `${scopes.slice(0, shown).join(", ")} +${scopes.length - shown} more`;
}

/** Clients as a table: id, name, a summary of the scopes, description. */
export function printClientTable(out: Output, clients: readonly ClientView[]): void {
  out.table(clients, [
    { heading: "CLIENT ID", cell: (client) => client.client_id },
    { heading: "NAME", cell: (client) => client.name },
    { heading: "SCOPES", cell: (client) => summariseScopes(client.scopes ?? []) },
    { heading: "DESCRIPTION", cell: (client) => client.description },
  ]);
}

/** One client as `key: value` lines, or as JSON. */
export function printClient(out: Output, client: ClientView): void {
  if (out.json) {
    out.writeJson(client);
    return;
  }
  out.fields([
    ["client_id", client.client_id],
    ["name", client.name],
    ["description", client.description],
    ["scopes", (client.scopes ?? []).join(", ")],
  ]);
}

/** New credentials, secret in full: the only time it is shown. The reminder goes to stderr. */
export function printCredentials(
  context: CommandContext,
  credentials: { client_id: string; client_secret: string },
  what: "created" | "rotated",
): void {
  const { client_id, client_secret } = credentials;
  if (context.out.json) {
    context.out.writeJson({ client_id, client_secret });
    return;
  }
  context.out.fields([
    ["client_id", client_id],
    ["client_secret", client_secret],
  ]);
  const note = what === "created" ? "client created" : "secret rotated";
  context.io.stderr.write(`${note}: the secret is shown only now; store it somewhere safe\n`);
}
