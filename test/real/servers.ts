import { inject } from "vitest";

/**
 * The releases tested for real: the newest that installs, the first with the object create body and
 * client CRUD, and the last before Python 3.13.
 */
export const REAL_VERSIONS: readonly string[] = (process.env.REAL_FIDES_VERSIONS ?? "2.86.2,2.82.2,2.78.2")
  .split(",")
  .map((version) => version.trim())
  .filter(Boolean);

/**
 * The roles a version's servers play: `main` is a stock server (8-day tokens, no rate limit);
 * `limited` has 1-minute tokens, webhook callback tokens that expire at once
 * (`privacy_request_delay_timeout` 0) and the token endpoint's rate limit on, keyed by the
 * {@link CLIENT_IP_HEADER} each test sets to an address of its own.
 */
export type ServerRole = "main" | "limited";

/** The header the `limited` servers read the client IP from (any but x-forwarded-for). */
export const CLIENT_IP_HEADER = "x-fides-client-ip";

/** What a test needs of a running server. */
export interface RealServer {
  readonly url: string;
  readonly version: string;
  readonly clientId: string;
  readonly clientSecret: string;
  readonly role: ServerRole;
}

/** What the global setup hands the test files: each server, or why it could not start. */
export type RealServers = Record<string, RealServer | { readonly error: string }>;

declare module "vitest" {
  export interface ProvidedContext {
    realServers: RealServers;
  }
}

/** The key of a version's server in {@link RealServers}. */
export const serverKey = (version: string, role: ServerRole): string => `${version}/${role}`;

/**
 * The running server of a version and role.
 * @throws {Error} with the start-up failure (naming the failed step), so the test fails, never skips
 */
export function realServer(version: string, role: ServerRole = "main"): RealServer {
  const entry = inject("realServers")[serverKey(version, role)];
  if (entry === undefined) throw new Error(`no real Fides ${version} (${role}) was started`);
  if ("error" in entry) throw new Error(entry.error);
  return entry;
}
