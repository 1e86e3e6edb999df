import type { EmulatedClient } from "../../src/testing/index.js";
import type { SoakLedger } from "./operations.js";

/** What the server holds, compared with what the SDK reported. */
export interface ClientAudit {
  /** Clients beyond the first with the same name: a create that happened twice. */
  duplicates: number;
  /** Clients whose create the SDK neither acknowledged nor reported as possibly done. */
  unexplained: number;
  /** Acknowledged clients missing from the server though no one tried to delete them. */
  lost: number;
  /** Ambiguous creates that did happen on the server. */
  ambiguousCreated: number;
}

/**
 * Compares the emulator's clients with the creates the SDK acknowledged or reported as
 * ambiguous. Every create used a unique name, so a repeated name is a duplicate.
 * @param clients the emulator's clients
 * @param ledger what the workers recorded
 * @param prefix the names of this run's creates start with it
 */
export function auditClients(
  clients: readonly EmulatedClient[],
  ledger: SoakLedger,
  prefix: string,
): ClientAudit {
  const byName = new Map<string, number>();
  const present = new Set<string>();
  for (const client of clients) {
    present.add(client.client_id);
    if (client.name?.startsWith(prefix)) byName.set(client.name, (byName.get(client.name) ?? 0) + 1);
  }
  let duplicates = 0;
  let unexplained = 0;
  let ambiguousCreated = 0;
  for (const [name, count] of byName) {
    duplicates += count - 1;
    if (ledger.acknowledged.has(name)) continue;
    if (ledger.ambiguous.has(name)) ambiguousCreated++;
    else unexplained += count;
  }
  let lost = 0;
  for (const id of ledger.acknowledged.values()) {
    if (!present.has(id) && !ledger.deleteAttempted.has(id)) lost++;
  }
  return { duplicates, unexplained, lost, ambiguousCreated };
}
