import {
  type FidesClient,
  FidesConnectionError,
  FidesTimeoutError,
  isFidesApiError,
  type Scope,
} from "../../src/index.js";
import type { LeakDetector } from "./leaks.js";
import { pickWeighted } from "./random.js";

/** The operation mix, by weight. */
const MIX = { create: 25, read: 20, setScopes: 15, rotate: 10, delete: 10, list: 20 } as const;

/** An operation of the mix. */
export type OperationKind = keyof typeof MIX;

const SCOPE_POOL: readonly Scope[] = ["policy:read", "rule:read", "privacy-request:read", "dataset:read"];

/** What the workers share: the clients known to exist, and what became of every create. */
export class SoakLedger {
  /** Ids of clients whose creation was acknowledged and that no one has tried to delete. */
  readonly live: string[] = [];
  /** Names of acknowledged creates, with the id the server returned. */
  readonly acknowledged = new Map<string, string>();
  /** Names of creates that failed in a way that may have reached the server. */
  readonly ambiguous = new Set<string>();
  /** Ids someone tried to delete (whether or not it succeeded). */
  readonly deleteAttempted = new Set<string>();
}

function scopesFrom(random: () => number): Scope[] {
  return SCOPE_POOL.filter(() => random() < 0.5);
}

/**
 * Whether a failed create may still have created the client on the server: it got no answer
 * (a dropped connection, a timeout) or a 5xx. Any other failure proves it did not, so a client
 * of that name on the server is unexplained.
 * @param error what the create threw
 */
export function createMayHaveHappened(error: unknown): boolean {
  if (error instanceof FidesConnectionError || error instanceof FidesTimeoutError) return true;
  return isFidesApiError(error) && error.status >= 500;
}

/**
 * Chooses the next operation with the seeded generator: a create when no client is known yet.
 * @param ledger the workers' shared state
 * @param random the seeded generator
 */
export function chooseOperation(ledger: SoakLedger, random: () => number): OperationKind {
  const kind = pickWeighted(MIX, random());
  return ledger.live.length === 0 ? "create" : kind;
}

/**
 * Runs one operation on a client picked at random.
 * @param kind what to run
 * @param sdk the shared client
 * @param ledger the workers' shared state
 * @param leaks where new secrets are remembered
 * @param name a name unique to this operation, used if it creates a client
 * @param random the seeded generator
 */
export async function runOperation(
  kind: OperationKind,
  sdk: FidesClient,
  ledger: SoakLedger,
  leaks: LeakDetector,
  name: string,
  random: () => number,
): Promise<void> {
  const index = Math.floor(random() * ledger.live.length);
  // Another worker may have taken the last client since this operation was chosen.
  const id = ledger.live[index];
  if (id === undefined && kind !== "create" && kind !== "list") return;
  switch (kind) {
    case "create":
      try {
        const created = await sdk.oauth.createClient(scopesFrom(random), { name });
        leaks.addSecret(created.client_secret);
        ledger.acknowledged.set(name, created.client_id);
        ledger.live.push(created.client_id);
      } catch (error) {
        if (createMayHaveHappened(error)) ledger.ambiguous.add(name);
        throw error;
      }
      break;
    case "read":
      await sdk.oauth.getClient(id as string);
      break;
    case "setScopes":
      await sdk.oauth.setClientScopes(id as string, scopesFrom(random));
      break;
    case "rotate": {
      const rotated = await sdk.oauth.rotateClientSecret(id as string);
      leaks.addSecret(rotated.client_secret);
      break;
    }
    case "delete":
      ledger.live.splice(index, 1);
      ledger.deleteAttempted.add(id as string);
      await sdk.oauth.deleteClient(id as string);
      break;
    case "list":
      await sdk.oauth.listClients({ page: 1 + Math.floor(random() * 3), size: 50 });
      break;
  }
}
