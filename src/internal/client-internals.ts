import type { RequestOptions, ResolvedOptions } from "../options.js";
import type { RequestRunner } from "./request-runner.js";
import type { Version } from "./version.js";

/**
 * What the `oauth` namespace may reach inside its client. The client builds it once; it holds
 * no secret itself (the functions close over the client's `#private` fields).
 */
export interface ClientInternals {
  readonly options: ResolvedOptions;
  readonly runner: RequestRunner;
  /** The server's version: known, or read once from `GET /health`. */
  serverVersion(options: RequestOptions | undefined): Version | Promise<Version>;
  /** The current token (cached, refreshed or newly acquired), or the fixed one. */
  accessToken(options: RequestOptions | undefined): Promise<string>;
  /** Drops the cached token when `id` is the client's own id (its scopes changed, or it was deleted). */
  ownScopesChanged(id: string): void;
  /** Adopts a rotated secret when `id` is the client's own id. */
  ownSecretRotated(id: string, secret: string): void;
}
