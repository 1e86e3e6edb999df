import { FidesClient } from "./client.js";
import type { FidesClientCredentials, FidesHealth } from "./internal/schemas.js";
import type { ClientDetails } from "./oauth.js";
import type { FidesSharedOptions } from "./options.js";
import type { Scope } from "./scopes.js";

/** Options of {@link getAccessToken}. */
export interface GetAccessTokenOptions extends FidesSharedOptions {
  clientId: string;
  clientSecret: string;
}

/** Options of {@link createOAuthClient}. */
export interface CreateOAuthClientOptions extends FidesSharedOptions, ClientDetails {
  /** A token holding `client:create` and every scope to grant. */
  accessToken: string;
  /** The new client's scopes. */
  scopes: readonly Scope[];
}

/** Options of {@link bootstrapClient}. */
export interface BootstrapClientOptions extends FidesSharedOptions, ClientDetails {
  /** The root client's id (`FIDES__SECURITY__OAUTH_ROOT_CLIENT_ID`). */
  rootClientId: string;
  /** The root client's secret (`FIDES__SECURITY__OAUTH_ROOT_CLIENT_SECRET`). */
  rootClientSecret: string;
  /** The new client's scopes. */
  scopes: readonly Scope[];
}

/**
 * Exchanges client credentials for an access token, like the Fides guide's Python snippet.
 * @param options the server and the credentials
 * @returns the token
 * @throws {FidesAuthenticationError} when the credentials are rejected
 * @example
 * const token = await getAccessToken({ baseUrl: "http://localhost:8080", clientId, clientSecret });
 */
export async function getAccessToken(options: GetAccessTokenOptions): Promise<string> {
  return new FidesClient(options).oauth.getAccessToken();
}

/**
 * Reads `GET /health`, which needs no credentials: the webserver's state and Fides version.
 * @param options the server and how to talk to it
 * @returns `{ webserver, version, cache }`
 * @throws {FidesConnectionError} when the server cannot be reached
 * @example
 * const { version } = await getHealth({ baseUrl: "http://localhost:8080" });
 */
export async function getHealth(options: FidesSharedOptions): Promise<FidesHealth> {
  return new FidesClient(options).health();
}

/**
 * Creates an OAuth client with a token you already hold.
 * @param options the server, the token, the scopes and an optional name and description
 * @returns the new client's credentials (the secret is shown only once)
 * @example
 * const { client_id, client_secret } = await createOAuthClient({ baseUrl, accessToken, scopes: ["policy:read"] });
 */
export async function createOAuthClient(options: CreateOAuthClientOptions): Promise<FidesClientCredentials> {
  const { scopes, name, description, ...clientOptions } = options;
  const sdk = new FidesClient(clientOptions);
  return sdk.oauth.createClient(scopes, detailsOf(name, description));
}

/**
 * The Fides guide's whole seed flow: a root token, a new client with the given scopes, then a
 * token for the new client, to prove its credentials work.
 * @param options the server, the root credentials, the scopes and an optional name and description
 * @returns the new client's credentials
 * @example
 * const { client_id, client_secret } = await bootstrapClient({
 *   baseUrl: "http://localhost:8080",
 *   rootClientId: "fidesadmin",
 *   rootClientSecret: process.env.FIDES_ROOT_SECRET ?? "",
 *   scopes: ["policy:read", "rule:read"],
 *   name: "policy-reader",
 * });
 */
export async function bootstrapClient(options: BootstrapClientOptions): Promise<FidesClientCredentials> {
  const { rootClientId, rootClientSecret, scopes, name, description, ...shared } = options;
  const root = new FidesClient({ ...shared, clientId: rootClientId, clientSecret: rootClientSecret });
  await root.oauth.getAccessToken();
  const created = await root.oauth.createClient(scopes, detailsOf(name, description));
  const client = new FidesClient({
    ...shared,
    clientId: created.client_id,
    clientSecret: created.client_secret,
  });
  await client.oauth.getAccessToken();
  return created;
}

function detailsOf(name: string | null | undefined, description: string | null | undefined): ClientDetails {
  const details: ClientDetails = {};
  if (name !== undefined) details.name = name;
  if (description !== undefined) details.description = description;
  return details;
}
