import type { Role } from "../../scopes.js";
import type { VersionFeatures } from "../core/versions.js";
import { digestSecret, newAccessToken, randomHex, sameDigest } from "./credentials.js";

/** What the store needs of the resolved options. */
export interface StoreSettings {
  readonly features: VersionFeatures;
  readonly rootClientId: string;
  readonly rootClientSecret: string;
  readonly tokenLifetimeMinutes: number;
  readonly now: () => number;
}

/** A client the emulator stored (the root client is never stored). */
interface StoredClient {
  /** its public fields, replaced whole by an update */
  shown: Fields<EmulatedClient>;
  /** the salted digest of its secret, replaced whole by a rotation */
  secret: { readonly salt: string; readonly digest: Promise<string> };
  /** insertion order, which breaks `created_at` ties */
  readonly sequence: number;
}

/** What the server would have put in a token's payload: the inspection view plus the `exp` claim. */
export interface IssuedToken extends Fields<EmulatedToken> {
  /** the `exp` claim in epoch seconds (from 2.78.2), else `null` */
  readonly exp: number | null;
}

/** A client as the token checks see it: the root client or a stored one. */
export interface ClientView {
  readonly id: string;
  readonly scopes: readonly string[];
  readonly roles: readonly string[];
  readonly isRoot: boolean;
}

/** A client as the inspection API shows it; never a secret. */
export interface EmulatedClient {
  readonly clientId: string;
  readonly name: string | null;
  readonly description: string | null;
  readonly scopes: readonly string[];
  readonly roles: readonly string[];
  /** epoch ms on the emulator's clock */
  readonly createdAt: number;
  /** @deprecated use `clientId` (kept until the next major, so old code still reads it) */
  readonly client_id: string;
  /** @deprecated use `createdAt` (kept until the next major) */
  readonly created_at: number;
}

/** A token as the inspection API shows it; never the token itself. */
export interface EmulatedToken {
  readonly clientId: string;
  readonly scopes: readonly string[];
  readonly roles: readonly string[];
  /** epoch ms */
  readonly issuedAt: number;
  /** epoch ms after which the server rejects it */
  readonly expiresAt: number;
  /** @deprecated use `clientId` (kept until the next major, so old code still reads it) */
  readonly client_id: string;
  /** @deprecated use `issuedAt` (kept until the next major) */
  readonly issued_at: number;
  /** @deprecated use `expiresAt` (kept until the next major) */
  readonly expires_at: number;
}

/** What `addClient()` returns: the credentials of the client it stored. */
export interface AddedClient {
  readonly clientId: string;
  readonly clientSecret: string;
  /** @deprecated use `clientId` (kept until the next major, so a spread or a token form still carries it) */
  readonly client_id: string;
  /** @deprecated use `clientSecret` (kept until the next major) */
  readonly client_secret: string;
}

/** The views' fields without their deprecated snake_case copies. */
type Fields<T> = Omit<T, "client_id" | "client_secret" | "created_at" | "issued_at" | "expires_at">;

const OLD_NAMES = {
  clientId: "client_id",
  clientSecret: "client_secret",
  createdAt: "created_at",
  issuedAt: "issued_at",
  expiresAt: "expires_at",
} as const;

/**
 * Adds the deprecated snake_case name of each camelCase field as a plain copy after the fields,
 * so old code keeps reading `client_id`, also after a spread, `JSON.stringify` or a trip to
 * another process (the soak's emulator runs in one).
 */
function withOldNames<T>(fields: Fields<T>): T {
  const view: Record<string, unknown> = { ...fields };
  for (const [current, old] of Object.entries(OLD_NAMES)) {
    if (current in fields) view[old] = (fields as Record<string, unknown>)[current];
  }
  return view as T;
}

/** One served request; never a header, body or query string. */
export interface EmulatedRequest {
  readonly method: string;
  readonly path: string;
  /** 0 for a dropped connection */
  readonly status: number;
  /** epoch ms on the emulator's clock */
  readonly time: number;
}

/** A client to seed directly, bypassing the API (so it may have roles, which the API cannot set). */
export interface AddClientOptions {
  /** direct scopes, each from the server version's registry @default [] */
  readonly scopes?: readonly string[];
  /** roles, e.g. `["contributor"]`, to exercise the role path of the scope checks @default [] */
  readonly roles?: readonly Role[];
  readonly name?: string | null;
  readonly description?: string | null;
  /** a fixed id instead of 32 random hex characters */
  readonly clientId?: string;
  /** a fixed secret instead of 32 random hex characters */
  readonly clientSecret?: string;
}

/** A copy the caller may keep: later updates do not show through it. */
function copy(client: Fields<EmulatedClient>): EmulatedClient {
  return withOldNames<EmulatedClient>({ ...client, scopes: [...client.scopes], roles: [...client.roles] });
}

function saltedDigest(secret: string): StoredClient["secret"] {
  const salt = randomHex();
  return { salt, digest: digestSecret(salt, secret) };
}

/** The emulator's state: clients with hashed secrets, issued tokens, the request log, the clock. */
export class EmulatorStore {
  readonly #options: StoreSettings;
  readonly #rootDigest: Promise<string>;
  readonly #rootSalt = randomHex();
  readonly #clients = new Map<string, StoredClient>();
  readonly #tokens = new Map<string, IssuedToken>();
  readonly #log: EmulatedRequest[] = [];
  #sequence = 0;
  #offset = 0;
  /** Before 2.82 the root client's first `PUT …/scope` succeeds and the next ones are 500s. */
  rootScopeWrites = 0;

  /** @param options the resolved options */
  constructor(options: StoreSettings) {
    this.#options = options;
    this.#rootDigest = digestSecret(this.#rootSalt, options.rootClientSecret);
  }

  /** The emulator's clock in epoch ms. */
  now(): number {
    return this.#options.now() + this.#offset;
  }

  /** Moves the clock forward (or back, for a negative `ms`). */
  advance(ms: number): void {
    this.#offset += ms;
  }

  /** The root client, or a stored client, or `undefined`. */
  lookup(id: string): ClientView | undefined {
    if (id === this.#options.rootClientId) {
      return { id, scopes: this.#options.features.scopes, roles: ["owner"], isRoot: true };
    }
    const shown = this.#clients.get(id)?.shown;
    return shown && { id, scopes: shown.scopes, roles: shown.roles, isRoot: false };
  }

  /** A stored (non-root) client's public fields, or `undefined`. */
  stored(id: string): EmulatedClient | undefined {
    const client = this.#clients.get(id);
    return client && copy(client.shown);
  }

  /** Stored clients, newest first (`created_at DESC` on the server, later insert first on a tie). */
  list(): EmulatedClient[] {
    return [...this.#clients.values()]
      .sort((a, b) => b.shown.createdAt - a.shown.createdAt || b.sequence - a.sequence)
      .map((client) => copy(client.shown));
  }

  /** Stores a client and returns its credentials (the only time the secret is seen). */
  create(fields: AddClientOptions): AddedClient {
    const id = fields.clientId ?? randomHex();
    const secret = fields.clientSecret ?? randomHex();
    this.#sequence += 1;
    this.#clients.set(id, {
      shown: {
        clientId: id,
        name: fields.name ?? null,
        description: fields.description ?? null,
        scopes: [...(fields.scopes ?? [])],
        roles: [...(fields.roles ?? [])],
        createdAt: this.now(),
      },
      secret: saltedDigest(secret),
      sequence: this.#sequence,
    });
    // The old names too: code that spreads the result, or sends it as a token form
    // (`new URLSearchParams(added)`), keeps working.
    return { clientId: id, clientSecret: secret, client_id: id, client_secret: secret };
  }

  /** Applies an update to a stored client; `undefined` fields are left unchanged. */
  update(
    id: string,
    change: { name?: string; description?: string | null; scopes?: readonly string[] },
  ): void {
    const client = this.#clients.get(id);
    if (!client) return;
    const { name, description, scopes } = change;
    client.shown = {
      ...client.shown,
      ...(name !== undefined ? { name } : {}),
      ...(description !== undefined ? { description } : {}),
      ...(scopes !== undefined ? { scopes: [...scopes] } : {}),
    };
  }

  /** Gives a stored client a new secret; its tokens stay valid. */
  rotate(id: string): string | undefined {
    const client = this.#clients.get(id);
    if (!client) return undefined;
    const secret = randomHex();
    client.secret = saltedDigest(secret);
    return secret;
  }

  /** Removes a stored client; its tokens then fail the client lookup. */
  delete(id: string): void {
    this.#clients.delete(id);
  }

  /** Whether `secret` is the current secret of client `id` (root included). */
  async verify(id: string, secret: string): Promise<boolean> {
    if (id === this.#options.rootClientId) {
      return sameDigest(await this.#rootDigest, await digestSecret(this.#rootSalt, secret));
    }
    const stored = this.#clients.get(id)?.secret;
    if (!stored) return false;
    return sameDigest(await stored.digest, await digestSecret(stored.salt, secret));
  }

  /** Issues a token carrying the client's current scopes and roles. */
  issue(client: ClientView): { token: string; issued: IssuedToken } {
    const issuedAt = this.now();
    const lifetimeMs = this.#options.tokenLifetimeMinutes * 60_000;
    const exp = this.#options.features.has("tokenExpiry") ? Math.floor((issuedAt + lifetimeMs) / 1000) : null;
    const issued: IssuedToken = {
      clientId: client.id,
      scopes: [...client.scopes],
      roles: [...client.roles],
      issuedAt: issuedAt,
      // The server checks `exp` when the token has one, else its issue time plus the lifetime.
      expiresAt: exp !== null ? exp * 1000 : issuedAt + lifetimeMs,
      exp,
    };
    // The real ciphertext is as long as the payload, so root tokens are long: keep that property.
    const payload = JSON.stringify({
      "client-id": client.id,
      scopes: client.scopes,
      iat: "",
      exp,
      roles: client.roles,
    });
    const token = newAccessToken(payload.length + 60);
    this.#tokens.set(token, issued);
    return { token, issued };
  }

  /** The token's record, or `undefined` for a token this emulator did not issue. */
  token(token: string): IssuedToken | undefined {
    return this.#tokens.get(token);
  }

  /** Whether the server would reject the token as expired now. */
  expired(token: IssuedToken): boolean {
    return this.now() > token.expiresAt;
  }

  /** Every token issued so far, oldest first. */
  tokens(): EmulatedToken[] {
    return [...this.#tokens.values()].map(({ exp: _exp, ...token }) =>
      withOldNames<EmulatedToken>({ ...token, scopes: [...token.scopes], roles: [...token.roles] }),
    );
  }

  /** Appends to the request log. */
  record(entry: EmulatedRequest): void {
    this.#log.push(entry);
  }

  /** The request log, oldest first. */
  requests(): EmulatedRequest[] {
    return [...this.#log];
  }

  /** Back to the initial state: no clients, tokens or log, the clock's offset at 0. */
  reset(): void {
    this.#clients.clear();
    this.#tokens.clear();
    this.#log.length = 0;
    this.#offset = 0;
    this.rootScopeWrites = 0;
  }
}
