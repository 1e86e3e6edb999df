import type { Middleware } from "openapi-fetch";
import { raceAbort } from "./abort.js";

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
const BEARER_PREFIX_LENGTH = "Bearer ".length;

function setBearer(request: Request, token: string): Request {
  // Capitalised on purpose: Fides's scope-assignment check strips exactly "Bearer ".
  request.headers.set("Authorization", `Bearer ${token}`);
  return request;
}

/**
 * The openapi-fetch middleware that authenticates every protected request with a Bearer token.
 * When the server refuses one (401 or 403), it notes which token was refused, keyed by the
 * response, so the request runner can drop exactly that token and no newer one.
 * @param source the tokens to send
 * @param refused where refused tokens are noted
 */
export function createAuthMiddleware(source: TokenSource, refused: WeakMap<Response, string>): Middleware {
  return {
    onRequest({ request, schemaPath }) {
      if (UNAUTHENTICATED_PATHS.has(schemaPath)) return undefined;
      const token = source.token();
      if (typeof token === "string") return setBearer(request, token);
      return raceAbort(token, request.signal).then((fresh) => setBearer(request, fresh));
    },
    onResponse({ request, response }) {
      if (response.status === 401 || response.status === 403) {
        const header = request.headers.get("Authorization");
        if (header !== null) refused.set(response, header.slice(BEARER_PREFIX_LENGTH));
      }
      return undefined;
    },
  };
}
