import type { components } from "./generated/fides-oauth.js";
import {
  assertClientId,
  assertInteger,
  assertObject,
  assertScopes,
  assertText,
  invalidType,
} from "./internal/assert.js";
import * as operations from "./internal/operations.js";
import type { Pipeline } from "./internal/pipeline.js";
import type { RequestOptions } from "./options.js";
import type { Scope } from "./scopes.js";

type Schemas = components["schemas"];

/** A client's name and description, given when it is created. */
export interface ClientDetails {
  /** A label; must not be empty or whitespace. Needs Fides 2.82 or later. */
  name?: string | null;
  /** A longer description. Needs Fides 2.82 or later. */
  description?: string | null;
}

/** A partial update of a client: an omitted field is unchanged; `description: null` clears it. */
export interface ClientChanges {
  name?: string | null;
  description?: string | null;
  /** Replaces the client's direct scopes. */
  scopes?: readonly Scope[] | null;
}

/** Which page of clients to read. */
export interface ListClientsQuery {
  /** 1-based. @default 1 */
  page?: number;
  /** From 1 to 100. @default 50 */
  size?: number;
}

/** A client as the API shows it (never with its secret), its scopes typed as {@link Scope}s. */
export type OAuthClient = Omit<Schemas["ClientResponse"], "scopes"> & { scopes: Scope[] };
/** One page of clients. */
export type OAuthClientPage = Omit<Schemas["ClientPage"], "items"> & { items: OAuthClient[] };

const MAX_PAGE_SIZE = 100;

/**
 * The OAuth operations of a {@link FidesClient}, reached as `sdk.oauth`. Every method takes a
 * last optional `{ signal, timeoutMs }`. Wire names stay as the server spells them (`client_id`).
 * @example
 * const { client_id, client_secret } = await sdk.oauth.createClient(["policy:read", "rule:read"], { name: "reader" });
 * await sdk.oauth.setClientScopes(client_id, ["policy:read"]);
 */
export class FidesOAuth {
  readonly #pipeline: Pipeline;

  /** @param pipeline the client's request pipeline (built by `FidesClient`) */
  constructor(pipeline: Pipeline) {
    this.#pipeline = pipeline;
  }

  /**
   * The access token: cached, refreshed before it expires, acquired on first use.
   * @param options a signal; `timeoutMs` bounds the wait for a new token
   * @throws {FidesAuthenticationError} when the credentials are rejected
   * @example
   * const token = await sdk.oauth.getAccessToken();
   */
  async getAccessToken(options?: RequestOptions): Promise<string> {
    return this.#pipeline.accessToken(options);
  }

  /**
   * Creates a client (`POST /api/v1/oauth/client`) and returns its credentials; the secret is
   * shown only here. Never retried once the request may have reached the server.
   * @param scopes its direct scopes (each must be held by the caller's token)
   * @param details its name and description (Fides 2.82+)
   * @param options a signal and a timeout for the whole call
   * @throws {TypeError} for an unknown scope, suggesting the nearest known one
   * @throws {FidesForbiddenError} `invalid_scope` (the server does not know a scope) or `cannot_assign_scopes`
   * @throws {FidesUnsupportedOperationError} for a name or description on a server older than 2.82
   * @example
   * const { client_id, client_secret } = await sdk.oauth.createClient(["policy:read"], { name: "reader" });
   */
  async createClient(
    scopes: readonly Scope[],
    details?: ClientDetails,
    options?: RequestOptions,
  ): Promise<Schemas["ClientCreatedResponse"]> {
    const list = assertScopes(scopes, "scopes", this.#pipeline.options.allowUnknownScopes);
    const raw = assertObject(details, "details");
    const args: operations.CreateClientArgs = {
      scopes: list,
      name: assertText(raw.name, "details.name", false),
      description: assertText(raw.description, "details.description", true),
    };
    return this.#pipeline.run(operations.createClient, args, options);
  }

  /**
   * Reads one page of clients, newest first (`GET /api/v1/oauth/client`, Fides 2.82+).
   * @param query the page (from 1) and its size (1 to 100)
   * @param options a signal and a timeout for the whole call
   * @throws {FidesUnsupportedOperationError} on a server older than 2.82, before sending
   * @example
   * const { items, total, pages } = await sdk.oauth.listClients({ page: 1, size: 50 });
   */
  async listClients(query?: ListClientsQuery, options?: RequestOptions): Promise<OAuthClientPage> {
    const raw = assertObject(query, "query");
    const args = {
      page: assertInteger(raw.page, "query.page", 1, Number.MAX_SAFE_INTEGER, 1),
      size: assertInteger(raw.size, "query.size", 1, MAX_PAGE_SIZE, 50),
    };
    return this.#pipeline.run(operations.listClients, args, options);
  }

  /**
   * Walks every page of clients. Clients created or deleted meanwhile may shift pages, so an
   * item can be seen twice or missed; the walk stops at the last page.
   * @param query the page size (1 to 100)
   * @param options a signal and a timeout, for every page
   * @example
   * for await (const client of sdk.oauth.listAllClients()) console.log(client.client_id);
   */
  async *listAllClients(
    query?: Pick<ListClientsQuery, "size">,
    options?: RequestOptions,
  ): AsyncGenerator<OAuthClient> {
    const raw = assertObject(query, "query");
    const size = assertInteger(raw.size, "query.size", 1, MAX_PAGE_SIZE, MAX_PAGE_SIZE);
    for (let page = 1; ; page++) {
      const result = await this.listClients({ page, size }, options);
      yield* result.items;
      if (result.items.length === 0 || page >= result.pages) return;
    }
  }

  /**
   * Reads one client (`GET /api/v1/oauth/client/{client_id}`, Fides 2.82+).
   * @param id the client id
   * @param options a signal and a timeout for the whole call
   * @throws {FidesNotFoundError} for an unknown client or a system client
   */
  async getClient(id: string, options?: RequestOptions): Promise<OAuthClient> {
    return this.#pipeline.run(operations.getClient, { id: assertClientId(id) }, options);
  }

  /**
   * Updates a client's name, description or scopes (`PUT /api/v1/oauth/client/{client_id}`,
   * Fides 2.82+). When the client narrows its own scopes, its cached token is dropped.
   * @param id the client id
   * @param changes the fields to change; omitted fields stay as they are
   * @param options a signal and a timeout for the whole call
   * @throws {FidesNotFoundError} for an unknown client
   * @throws {FidesForbiddenError} `invalid_scope` or `cannot_assign_scopes`
   */
  async updateClient(id: string, changes: ClientChanges, options?: RequestOptions): Promise<OAuthClient> {
    const clientId = assertClientId(id);
    if (typeof changes !== "object" || changes === null || Array.isArray(changes)) {
      throw invalidType("changes", "an object");
    }
    const body: Schemas["ClientUpdateRequest"] = {};
    const name = assertText(changes.name, "changes.name", false);
    if (name !== undefined) body.name = name;
    if ("description" in changes)
      body.description = assertText(changes.description, "changes.description", true) ?? null;
    if (changes.scopes !== undefined && changes.scopes !== null) {
      body.scopes = assertScopes(changes.scopes, "changes.scopes", this.#pipeline.options.allowUnknownScopes);
    }
    const result = await this.#pipeline.run(operations.updateClient, { id: clientId, body }, options);
    if (body.scopes !== undefined) this.#pipeline.ownScopesChanged(clientId);
    return result;
  }

  /**
   * Deletes a client (`DELETE /api/v1/oauth/client/{client_id}`). Fides answers the same
   * whether or not the client existed.
   * @param id the client id
   * @param options a signal and a timeout for the whole call
   */
  async deleteClient(id: string, options?: RequestOptions): Promise<void> {
    const clientId = assertClientId(id);
    await this.#pipeline.run(operations.deleteClient, { id: clientId }, options);
    this.#pipeline.ownScopesChanged(clientId);
  }

  /**
   * Replaces a client's secret and returns the new one, exactly once
   * (`POST /api/v1/oauth/client/{client_id}/secret`, Fides 2.82+). Tokens issued before stay
   * valid. When the client rotates its own secret, it adopts the new one for future token requests.
   * Never retried once the request may have reached the server: a retry would lose this secret.
   * @param id the client id
   * @param options a signal and a timeout for the whole call
   * @throws {FidesNotFoundError} for an unknown client
   */
  async rotateClientSecret(
    id: string,
    options?: RequestOptions,
  ): Promise<Schemas["ClientSecretRotateResponse"]> {
    const clientId = assertClientId(id);
    const result = await this.#pipeline.run(operations.rotateClientSecret, { id: clientId }, options);
    this.#pipeline.ownSecretRotated(clientId, result.client_secret);
    return result;
  }

  /**
   * Reads a client's direct scopes (`GET …/scope`); an unknown client has none.
   * @param id the client id
   * @param options a signal and a timeout for the whole call
   */
  async getClientScopes(id: string, options?: RequestOptions): Promise<Scope[]> {
    return this.#pipeline.run(operations.getClientScopes, { id: assertClientId(id) }, options);
  }

  /**
   * Replaces a client's direct scopes (`PUT …/scope`). When the client changes its own scopes,
   * its cached token is dropped.
   * @param id the client id
   * @param scopes the new scopes
   * @param options a signal and a timeout for the whole call
   * @throws {FidesForbiddenError} `invalid_scope` or `cannot_assign_scopes`
   */
  async setClientScopes(id: string, scopes: readonly Scope[], options?: RequestOptions): Promise<void> {
    const clientId = assertClientId(id);
    const list = assertScopes(scopes, "scopes", this.#pipeline.options.allowUnknownScopes);
    await this.#pipeline.run(operations.setClientScopes, { id: clientId, scopes: list }, options);
    this.#pipeline.ownScopesChanged(clientId);
  }

  /**
   * Lists every scope the server knows, in its registry order (`GET /api/v1/oauth/scope`).
   * An older server knows fewer scopes than this SDK's registry.
   * @param options a signal and a timeout for the whole call
   */
  async listScopes(options?: RequestOptions): Promise<Scope[]> {
    return this.#pipeline.run(operations.listScopes, undefined, options);
  }

  /**
   * Maps every role to its scopes (`GET /api/v1/oauth/role`).
   * @param options a signal and a timeout for the whole call
   */
  async listRoles(options?: RequestOptions): Promise<Schemas["RoleScopes"]> {
    return this.#pipeline.run(operations.listRoles, undefined, options);
  }
}
