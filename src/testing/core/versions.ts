import { atLeast, parseVersion, type Version } from "../../internal/version.js";
import { ROLE_SCOPES, ROLES, SCOPES } from "../../scopes.js";
import { EmulatorArgumentError } from "./argument-error.js";

/**
 * What a given Fides release does differently, derived once from `serverVersion` using the
 * version timeline in `docs/emulator.md`.
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
  /**
   * The scope registry in registry order: 131 from 2.86.0, 130 from 2.84.0, 127 from 2.80.0, 124 in
   * 2.79, 123 before (see `docs/emulator.md`).
   */
  readonly scopes: readonly string[];
  /** The role → sorted scopes map in the server's key order. */
  readonly roleScopes: Readonly<Record<string, readonly string[]>>;
}

/**
 * The release that added each scope newer than 2.78.2's registry (123 scopes; the others are in every
 * release the emulator models). Read from the real servers' `GET /oauth/scope` (2.78.2, 2.86.2) and
 * the server's `scope_registry.py` at each release tag; the order is the registry's.
 */
const SCOPE_SINCE: Readonly<Record<string, string>> = {
  "backfill:exec": "2.79.0",
  "system_integration_link:create_or_update": "2.80.0",
  "system_integration_link:delete": "2.80.0",
  "system_integration_link:read": "2.80.0",
  "correspondence:send": "2.84.0",
  "correspondence:read": "2.84.0",
  "notification:read": "2.84.0",
  "notification:update": "2.86.0",
};

/** The characters of a release string; the SDK's parser reads the numbers at its start. */
const RELEASE = /^\d[0-9A-Za-z.+-]*$/;

/**
 * Reads `"options.serverVersion"` with the SDK's own version parser: `x.y.z` and an optional
 * suffix such as `"2.84.1b1"`, nothing else (no `v`, no spaces).
 * @param text the version string
 * @throws {EmulatorArgumentError} when the string is not a version, or is older than 2.0.0
 * (fidesops, which this emulator does not model)
 */
function readVersion(text: string): Version {
  const version = RELEASE.test(text) ? parseVersion(text) : undefined;
  if (version === undefined) {
    throw new EmulatorArgumentError(
      "ERR_INVALID_ARG_VALUE",
      `"options.serverVersion" must look like "2.84.2"`,
    );
  }
  if (version.major < 2) {
    throw new EmulatorArgumentError(
      "ERR_INVALID_ARG_VALUE",
      `"options.serverVersion" must be 2.0.0 or later (fidesops is not emulated)`,
    );
  }
  return version;
}

/**
 * Resolves the behaviour switches for a Fides release.
 * @param version e.g. `"2.86.2"` (the default), `"2.84.2"`, `"2.81.1"`, `"2.68.0"`
 * @throws {EmulatorArgumentError} when the version cannot be parsed
 */
export function featuresFor(version: string): VersionFeatures {
  const parsed = readVersion(version);
  const since = (minimum: string) => atLeast(parsed, readVersion(minimum));
  const clientCrud = since("2.82.0");
  const dataStewardRole = since("2.80.0");
  const scopes: string[] = SCOPES.filter((scope) => {
    const added = SCOPE_SINCE[scope];
    return added === undefined || since(added);
  });
  const known = new Set<string>(scopes);
  const roleScopes: Record<string, readonly string[]> = {};
  for (const role of ROLES) {
    if (role === "data_steward" && !dataStewardRole) continue;
    roleScopes[role] = ROLE_SCOPES[role].filter((scope) => known.has(scope));
  }
  const since2691 = since("2.69.1");
  return {
    version,
    requiredScopeInDetail: since("2.37.0"),
    invalidScopeStatus: since2691 ? 403 : 422,
    escalationCheck: since2691,
    rateLimitAvailable: since2691,
    tokenType: since("2.76.0"),
    modernFastApi: since("2.78.0"),
    tokenExpiry: since("2.78.2"),
    dataStewardRole,
    undecryptableTokenIs500: !since("2.81.0"),
    clientCrud,
    scopes,
    roleScopes,
  };
}
