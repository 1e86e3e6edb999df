import type { Middleware } from "openapi-fetch";

/** Where the middleware gets the token to send: the token manager, or a fixed token. */
export interface TokenSource {
  /** The token to send now, synchronously when one is cached. */
  token(): string | Promise<string>;
}

/** A token given by the caller, used as is and never refreshed. */
export class FixedTokenSource implements TokenSource {
  readonly #token: string;

  /** @param token the caller's token */
  constructor(token: string) {
    this.#token = token;
  }

  /** The caller's token. */
  token(): string {
    return this.#token;
  }

  /** Keeps the token out of `JSON.stringify`. */
  toJSON(): Record<string, never> {
    return {};
  }
}

const UNAUTHENTICATED_PATHS: ReadonlySet<string> = new Set(["/api/v1/oauth/token", "/health"]);
const BEARER_PREFIX = "Bearer ";

/**
 * The token a request carried, read back from its `Authorization` header.
 * @param request a request this middleware authenticated
 * @returns the token, or `undefined` when the request carried none
 */
export function bearerTokenOf(request: Request): string | undefined {
  const header = request.headers.get("Authorization");
  return header?.startsWith(BEARER_PREFIX) ? header.slice(BEARER_PREFIX.length) : undefined;
}

function setBearer(request: Request, token: string): Request {
  // Capitalised on purpose: Fides's scope-assignment check strips exactly "Bearer ".
  request.headers.set("Authorization", BEARER_PREFIX + token);
  return request;
}

/**
 * The openapi-fetch middleware that authenticates every protected request with a Bearer token.
 * It has no `onResponse` hook, which would cost every call an extra await: when the server
 * refuses a token, the request runner reads it back from the request with {@link bearerTokenOf}.
 * @param source the tokens to send
 */
export function createAuthMiddleware(source: TokenSource): Middleware {
  return {
    onRequest({ request, schemaPath }) {
      if (UNAUTHENTICATED_PATHS.has(schemaPath)) return undefined;
      const token = source.token();
      if (typeof token === "string") return setBearer(request, token);
      // Rare: the runner waits for a token (honouring the caller's signal) before each send, so
      // this waits only when the token was dropped in between.
      return token.then((fresh) => setBearer(request, fresh));
    },
  };
}
