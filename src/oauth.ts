import { z } from "zod";
import { FidesUnsupportedOperationError } from "./errors.js";
import type { components } from "./generated/fides-oauth.js";
import type { ClientInternals } from "./internal/client-internals.js";
import { codedTypeError } from "./internal/coded-type-error.js";
import * as operations from "./internal/operations.js";
import { checkClientId, checkScopes, checkText } from "./internal/scope-args.js";
import { atLeast, CLIENT_CRUD_VERSION, type Version } from "./internal/version.js";
import type { RequestOptions } from "./options.js";
import {
  clientCreatedSchema,
  clientPageSchema,
  clientSchema,
  clientSecretRotatedSchema,
  roleScopesSchema,
  scopeListSchema,
} from "./schemas.js";
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

const nullBodySchema = z
  .null({ error: "must be null" })
  .optional()
  .transform(() => undefined);
const MAX_PAGE_SIZE = 100;

function checkInteger(value: unknown, name: string, minimum: number, maximum: number): number {
  if (typeof value !== "number" || !Number.isInteger(value) || value < minimum || value > maximum) {
    throw codedTypeError(
      "ERR_INVALID_ARG_VALUE",
      `"${name}" must be an integer from ${minimum} to ${maximum}`,
    );
  }
  return value;
}

function checkObject(value: unknown, name: string): Record<string, unknown> {
  if (value === undefined) return {};
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    throw codedTypeError("ERR_INVALID_ARG_TYPE", `"${name}" must be an object`);
  }
  return value as Record<string, unknown>;
}

/**
 * The OAuth operations of a {@link FidesClient}, reached as `sdk.oauth`. Every method takes a
 * last optional `{ signal, timeoutMs }`. Wire names stay as the server spells them (`client_id`).
 * @example
 * const { client_id, client_secret } = await sdk.oauth.createClient(["policy:read", "rule:read"], { name: "reader" });
 * await sdk.oauth.setClientScopes(client_id, ["policy:read"]);
 */
export class FidesOAuth {
  readonly #internals: ClientInternals;

  /** @param internals what the namespace may reach inside its client (built by `FidesClient`) */
  constructor(internals: ClientInternals) {
    this.#internals = internals;
  }

  /**
   * The access token: cached, refreshed before it expires, acquired on first use.
   * @param options a signal; `timeoutMs` bounds the wait for a new token
   * @throws {FidesAuthenticationError} when the credentials are rejected
   * @example
   * const token = await sdk.oauth.getAccessToken();
   */
  getAccessToken(options?: RequestOptions): Promise<string> {
    return this.#internals.accessToken(options);
  }

  /**
   * Creates a client (`POST /api/v1/oauth/client`) and returns its credentials; the secret is
   * shown only here. Never retried once the request may have reached the server.
   * @param scopes its direct scopes (each must be held by the caller's token)
   * @param details its name and description (Fides 2.82+)
   * @param options a signal and a per-attempt timeout
   * @throws {TypeError} for an unknown scope, suggesting the nearest known one
   * @throws {FidesForbiddenError} `invalid_scope` (the server does not know a scope) or `cannot_assign_scopes`
   * @example
   * const { client_id, client_secret } = await sdk.oauth.createClient(["policy:read"], { name: "reader" });
   */
  async createClient(
    scopes: readonly Scope[],
    details?: ClientDetails,
    options?: RequestOptions,
  ): Promise<Schemas["ClientCreatedResponse"]> {
    const list = checkScopes(scopes, "scopes", this.#internals.options.allowUnknownScopes);
    const raw = checkObject(details, "details");
    const name = checkText(raw.name, "details.name", false);
    const description = checkText(raw.description, "details.description", true);
    const versionOrPromise = this.#internals.serverVersion(options);
    const version = versionOrPromise instanceof Promise ? await versionOrPromise : versionOrPromise;
    let body: Schemas["ClientCreateRequest"] | Scope[];
    if (atLeast(version, CLIENT_CRUD_VERSION)) {
      const request: Schemas["ClientCreateRequest"] = { scopes: list };
      if (name !== undefined) request.name = name;
      if (description !== undefined) request.description = description;
      body = request;
    } else {
      if ((name ?? null) !== null || (description ?? null) !== null) {
        throw new FidesUnsupportedOperationError(
          "createClient",
          CLIENT_CRUD_VERSION.text,
          version.text,
          "a client name or description",
        );
      }
      body = list;
    }
    return this.#internals.runner.run(operations.createClient, { body }, clientCreatedSchema, options, list);
  }

  /**
   * Reads one page of clients, newest first (`GET /api/v1/oauth/client`, Fides 2.82+).
   * @param query the page (from 1) and its size (1 to 100)
   * @param options a signal and a per-attempt timeout
   * @throws {FidesUnsupportedOperationError} on a server older than 2.82, before sending
   * @example
   * const { items, total, pages } = await sdk.oauth.listClients({ page: 1, size: 50 });
   */
  async listClients(query?: ListClientsQuery, options?: RequestOptions): Promise<OAuthClientPage> {
    const raw = checkObject(query, "query");
    const args = {
      page: raw.page === undefined ? 1 : checkInteger(raw.page, "query.page", 1, Number.MAX_SAFE_INTEGER),
      size: raw.size === undefined ? 50 : checkInteger(raw.size, "query.size", 1, MAX_PAGE_SIZE),
    };
    const gate = this.#since(operations.listClients, options);
    if (gate !== undefined) await gate;
    return this.#internals.runner.run(operations.listClients, args, clientPageSchema, options);
  }

  /**
   * Walks every page of clients. Clients created or deleted meanwhile may shift pages, so an
   * item can be seen twice or missed; the walk stops at the last page.
   * @param query the page size (1 to 100)
   * @param options a signal and a per-attempt timeout, for every page
   * @example
   * for await (const client of sdk.oauth.listAllClients()) console.log(client.client_id);
   */
  async *listAllClients(
    query?: Pick<ListClientsQuery, "size">,
    options?: RequestOptions,
  ): AsyncGenerator<OAuthClient> {
    const raw = checkObject(query, "query");
    const size =
      raw.size === undefined ? MAX_PAGE_SIZE : checkInteger(raw.size, "query.size", 1, MAX_PAGE_SIZE);
    for (let page = 1; ; page++) {
      const result = await this.listClients({ page, size }, options);
      yield* result.items;
      if (result.items.length === 0 || page >= result.pages) return;
    }
  }

  /**
   * Reads one client (`GET /api/v1/oauth/client/{client_id}`, Fides 2.82+).
   * @param id the client id
   * @param options a signal and a per-attempt timeout
   * @throws {FidesNotFoundError} for an unknown client or a system client
   */
  async getClient(id: string, options?: RequestOptions): Promise<OAuthClient> {
    const args = { id: checkClientId(id) };
    const gate = this.#since(operations.getClient, options);
    if (gate !== undefined) await gate;
    return this.#internals.runner.run(operations.getClient, args, clientSchema, options);
  }

  /**
   * Updates a client's name, description or scopes (`PUT /api/v1/oauth/client/{client_id}`,
   * Fides 2.82+). When the client narrows its own scopes, its cached token is dropped.
   * @param id the client id
   * @param changes the fields to change; omitted fields stay as they are
   * @param options a signal and a per-attempt timeout
   * @throws {FidesNotFoundError} for an unknown client
   * @throws {FidesForbiddenError} `invalid_scope` or `cannot_assign_scopes`
   */
  async updateClient(id: string, changes: ClientChanges, options?: RequestOptions): Promise<OAuthClient> {
    const clientId = checkClientId(id);
    if (typeof changes !== "object" || changes === null || Array.isArray(changes)) {
      throw codedTypeError("ERR_INVALID_ARG_TYPE", `"changes" must be an object`);
    }
    const body: Schemas["ClientUpdateRequest"] = {};
    const name = checkText(changes.name, "changes.name", false);
    if (name !== undefined) body.name = name;
    if ("description" in changes)
      body.description = checkText(changes.description, "changes.description", true) ?? null;
    let sentScopes: Scope[] | undefined;
    if (changes.scopes !== undefined && changes.scopes !== null) {
      sentScopes = checkScopes(changes.scopes, "changes.scopes", this.#internals.options.allowUnknownScopes);
      body.scopes = sentScopes;
    }
    const gate = this.#since(operations.updateClient, options);
    if (gate !== undefined) await gate;
    const result = await this.#internals.runner.run(
      operations.updateClient,
      { id: clientId, body },
      clientSchema,
      options,
      sentScopes,
    );
    if (sentScopes !== undefined) this.#internals.ownScopesChanged(clientId);
    return result;
  }

  /**
   * Deletes a client (`DELETE /api/v1/oauth/client/{client_id}`). Fides answers the same
   * whether or not the client existed.
   * @param id the client id
   * @param options a signal and a per-attempt timeout
   */
  async deleteClient(id: string, options?: RequestOptions): Promise<void> {
    const args = { id: checkClientId(id) };
    await this.#internals.runner.run(operations.deleteClient, args, nullBodySchema, options);
    this.#internals.ownScopesChanged(args.id);
  }

  /**
   * Replaces a client's secret and returns the new one, exactly once
   * (`POST /api/v1/oauth/client/{client_id}/secret`, Fides 2.82+). Tokens issued before stay
   * valid. When the client rotates its own secret, it adopts the new one for future token requests.
   * Never retried once the request may have reached the server: a retry would lose this secret.
   * @param id the client id
   * @param options a signal and a per-attempt timeout
   * @throws {FidesNotFoundError} for an unknown client
   */
  async rotateClientSecret(
    id: string,
    options?: RequestOptions,
  ): Promise<Schemas["ClientSecretRotateResponse"]> {
    const args = { id: checkClientId(id) };
    const gate = this.#since(operations.rotateClientSecret, options);
    if (gate !== undefined) await gate;
    const result = await this.#internals.runner.run(
      operations.rotateClientSecret,
      args,
      clientSecretRotatedSchema,
      options,
    );
    this.#internals.ownSecretRotated(args.id, result.client_secret);
    return result;
  }

  /**
   * Reads a client's direct scopes (`GET …/scope`); an unknown client has none.
   * @param id the client id
   * @param options a signal and a per-attempt timeout
   */
  async getClientScopes(id: string, options?: RequestOptions): Promise<Scope[]> {
    const args = { id: checkClientId(id) };
    return this.#internals.runner.run(operations.getClientScopes, args, scopeListSchema, options);
  }

  /**
   * Replaces a client's direct scopes (`PUT …/scope`). When the client changes its own scopes,
   * its cached token is dropped.
   * @param id the client id
   * @param scopes the new scopes
   * @param options a signal and a per-attempt timeout
   * @throws {FidesForbiddenError} `invalid_scope` or `cannot_assign_scopes`
   */
  async setClientScopes(id: string, scopes: readonly Scope[], options?: RequestOptions): Promise<void> {
    const clientId = checkClientId(id);
    const list = checkScopes(scopes, "scopes", this.#internals.options.allowUnknownScopes);
    await this.#internals.runner.run(
      operations.setClientScopes,
      { id: clientId, scopes: list },
      nullBodySchema,
      options,
      list,
    );
    this.#internals.ownScopesChanged(clientId);
  }

  /**
   * Lists every scope the server knows, in its registry order (`GET /api/v1/oauth/scope`).
   * An older server knows fewer scopes than this SDK's registry.
   * @param options a signal and a per-attempt timeout
   */
  async listScopes(options?: RequestOptions): Promise<Scope[]> {
    return this.#internals.runner.run(operations.listScopes, undefined, scopeListSchema, options);
  }

  /**
   * Maps every role to its scopes (`GET /api/v1/oauth/role`).
   * @param options a signal and a per-attempt timeout
   */
  async listRoles(options?: RequestOptions): Promise<Schemas["RoleScopes"]> {
    return this.#internals.runner.run(operations.listRoles, undefined, roleScopesSchema, options);
  }

  /** Throws before sending when the server is too old for the operation. */
  #since(
    operation: operations.Operation<never>,
    options: RequestOptions | undefined,
  ): Promise<void> | undefined {
    const since = operation.since;
    if (since === undefined) return undefined;
    const version = this.#internals.serverVersion(options);
    if (version instanceof Promise)
      return version.then((known) => requireVersion(operation.name, since, known));
    requireVersion(operation.name, since, version);
    return undefined;
  }
}

function requireVersion(operation: string, since: Version, version: Version): void {
  if (!atLeast(version, since)) throw new FidesUnsupportedOperationError(operation, since.text, version.text);
}
