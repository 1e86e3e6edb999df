import { ROLE_SCOPES, ROLES, SCOPES } from "../../scopes.js";
import { EmulatorArgumentError } from "./argument-error.js";

/**
 * What a given Fides release does differently, derived once from `serverVersion` using the
 * version timeline (section 0) and the corrections of `SERVER-BEHAVIOUR.md`.
 */
export interface VersionFeatures {
  /** The version string `/health` reports. */
  readonly version: string;
  /** 2.37.0: the insufficient-scope 403 names the required scope(s). */
  readonly requiredScopeInDetail: boolean;
  /** 2.69.1: an unknown scope is a 403 (before: 422), and there is a privilege-escalation check. */
  readonly invalidScopeStatus: 403 | 422;
  /** 2.69.1: the "cannot assign scopes you do not have" check. */
  readonly escalationCheck: boolean;
  /** 2.69.1: the token endpoint can be rate limited. */
  readonly rateLimitAvailable: boolean;
  /** 2.76.0: the token response carries `token_type`. */
  readonly tokenType: boolean;
  /** 2.78.0: newer FastAPI (`"cache":"skipped"` on /health, "Not authenticated" for bad Basic). */
  readonly modernFastApi: boolean;
  /** 2.78.2: `expires_in`/`expires_at` in the response and an `exp` claim in the token. */
  readonly tokenExpiry: boolean;
  /** 2.80.0: the `data_steward` role exists. */
  readonly dataStewardRole: boolean;
  /** Before 2.81.0 (python-jose): a well-formed token the server cannot decrypt is a 500. */
  readonly undecryptableTokenIs500: boolean;
  /**
   * 2.82.0: object create body; list/get/update/rotate endpoints; the root client hidden from the
   * API; an `x-request-id` on every response.
   */
  readonly clientCrud: boolean;
  /** The scope registry in registry order (130 from 2.82.0, 127 before: see the README note). */
  readonly scopes: readonly string[];
  /** The role → sorted scopes map in the server's key order. */
  readonly roleScopes: Readonly<Record<string, readonly string[]>>;
}

/** Scopes added after 2.81.1 (the 2.81.1 OpenAPI has the other 127, in the same order). */
const SCOPES_SINCE_2_82 = new Set(["correspondence:send", "correspondence:read", "notification:read"]);

/**
 * Parses a Fides version such as `"2.84.2"` (a suffix like `"2.84.1b1"` is allowed and ignored).
 * @param version the version string
 * @returns `[major, minor, patch]`
 * @throws {EmulatorArgumentError} when the string is not a version, or is older than 2.0.0
 * (fidesops, which this emulator does not model)
 */
export function parseVersion(version: string): [number, number, number] {
  const match = /^(\d+)\.(\d+)\.(\d+)(?:[.+-]?[0-9A-Za-z.+-]*)?$/.exec(version);
  if (!match) {
    throw new EmulatorArgumentError(
      "ERR_INVALID_ARG_VALUE",
      `"options.serverVersion" must look like "2.84.2"`,
    );
  }
  const parsed: [number, number, number] = [Number(match[1]), Number(match[2]), Number(match[3])];
  if (parsed[0] < 2) {
    throw new EmulatorArgumentError(
      "ERR_INVALID_ARG_VALUE",
      `"options.serverVersion" must be 2.0.0 or later (fidesops is not emulated)`,
    );
  }
  return parsed;
}

function atLeast(version: readonly [number, number, number], minimum: string): boolean {
  const [a, b, c] = minimum.split(".").map(Number) as [number, number, number];
  const [x, y, z] = version;
  return x !== a ? x > a : y !== b ? y > b : z >= c;
}

/**
 * Resolves the behaviour switches for a Fides release.
 * @param version e.g. `"2.84.2"` (the default), `"2.81.1"`, `"2.68.0"`
 * @throws {EmulatorArgumentError} when the version cannot be parsed
 */
export function featuresFor(version: string): VersionFeatures {
  const parsed = parseVersion(version);
  const clientCrud = atLeast(parsed, "2.82.0");
  const dataStewardRole = atLeast(parsed, "2.80.0");
  const scopes = clientCrud ? [...SCOPES] : SCOPES.filter((scope) => !SCOPES_SINCE_2_82.has(scope));
  const known = new Set<string>(scopes);
  const roleScopes: Record<string, readonly string[]> = {};
  for (const role of ROLES) {
    if (role === "data_steward" && !dataStewardRole) continue;
    roleScopes[role] = ROLE_SCOPES[role].filter((scope) => known.has(scope));
  }
  const since2691 = atLeast(parsed, "2.69.1");
  return {
    version,
    requiredScopeInDetail: atLeast(parsed, "2.37.0"),
    invalidScopeStatus: since2691 ? 403 : 422,
    escalationCheck: since2691,
    rateLimitAvailable: since2691,
    tokenType: atLeast(parsed, "2.76.0"),
    modernFastApi: atLeast(parsed, "2.78.0"),
    tokenExpiry: atLeast(parsed, "2.78.2"),
    dataStewardRole,
    undecryptableTokenIs500: !atLeast(parsed, "2.81.0"),
    clientCrud,
    scopes,
    roleScopes,
  };
}
