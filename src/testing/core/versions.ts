import { atLeast, parseVersion, type Version } from "../../internal/version.js";
import { ROLE_SCOPES, ROLES, SCOPES } from "../../scopes.js";
import { EmulatorArgumentError } from "./argument-error.js";

/**
 * Each behaviour that came with a Fides release, and the first release that has it: the version
 * timeline of `docs/emulator.md` as data. A route or a rule names its feature; nothing compares
 * versions elsewhere.
 */
export const FEATURE_SINCE = {
  /** the insufficient-scope 403 names the required scope(s) */
  requiredScopeInDetail: "2.37.0",
  /** an unknown scope is a 403 (before: 422); the "cannot assign scopes you do not have" check */
  escalationCheck: "2.69.1",
  /** the token endpoint (and `route()`s) can be rate limited */
  rateLimit: "2.69.1",
  /** the token answer carries `token_type` */
  tokenType: "2.76.0",
  /** newer FastAPI: `"cache":"skipped"` on /health, "Not authenticated" for a bad Basic header */
  modernFastApi: "2.78.0",
  /** `expires_in`/`expires_at` in the token answer and an `exp` claim in the token */
  tokenExpiry: "2.78.2",
  /** the `data_steward` role */
  dataStewardRole: "2.80.0",
  /** a well-formed token the server cannot decrypt is a 403 (before, python-jose crashed: a 500) */
  undecryptableTokenIs403: "2.81.0",
  /**
   * object create body; list/get/update/rotate client routes; the root client hidden from the
   * API; an `x-request-id` on every answer
   */
  clientCrud: "2.82.0",
  /** the `pending_external` privacy-request status */
  pendingExternalStatus: "2.80.0",
  /** policy answers carry `conditions`, and list `rules` right after `key` */
  policyConditions: "2.80.0",
  /** connection answers carry `linked_systems` and show the secrets' keys, masked (2.78.2: `null`) */
  connectionLinkedSystems: "2.80.0",
  /** the policy create body takes `action_type` and `rules`, which a failed entry echoes */
  policyActionType: "2.81.0",
  /**
   * a callback token that is not even JWE-shaped crashes the server (a plain-text 500; 2.78.2
   * answered 403). Measured on 2.78.2 and 2.82.2; 2.81.0 is when the server moved to joserfc.
   */
  callbackGarbageTokenIs500: "2.81.0",
  /**
   * pre-approval eligibility: the `awaiting_pre_approval` and `pre_approval_not_eligible`
   * statuses, and the `reply-to-eligible`/`reply-to-not-eligible` headers beside the deprecated
   * `reply-to-approve`/`reply-to-deny`
   */
  preApprovalEligibility: "2.83.0",
  /** the privacy-request search body takes `is_overdue` (2.78.2 refuses it as an extra field) */
  searchIsOverdue: "2.82.0",
  /** privacy-request answers carry `property_id` */
  requestPropertyId: "2.84.0",
  /**
   * the `awaiting_access_review` status: first seen in 2.86.2 (the Fides history at hand ends at
   * 2.84.2, which lacks it)
   */
  accessReviewStatus: "2.86.0",
  /**
   * the privacy-request search body takes `source` and `include_consent_webhook_requests`: first
   * seen in 2.86.2 (2.82.2 refuses them; the Fides history at hand ends at 2.84.2)
   */
  searchSourceFilter: "2.86.0",
} as const satisfies Readonly<Record<string, string>>;

/** A behaviour named in {@link FEATURE_SINCE}. */
export type VersionFeature = keyof typeof FEATURE_SINCE;

/** What a given Fides release does, derived once from `serverVersion`. */
export interface VersionFeatures {
  /** The version string `/health` reports. */
  readonly version: string;
  /** Whether this release has the behaviour (see {@link FEATURE_SINCE}). */
  has(feature: VersionFeature): boolean;
  /** Whether this release is `version` or later (for tables keyed by release, such as the route list). */
  atLeast(version: string): boolean;
  /** 403 from 2.69.1, 422 before: the status of the "Invalid Scope" refusal. */
  readonly invalidScopeStatus: 403 | 422;
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
  const present = new Set(
    (Object.keys(FEATURE_SINCE) as VersionFeature[]).filter((feature) => since(FEATURE_SINCE[feature])),
  );
  const scopes: string[] = SCOPES.filter((scope) => {
    const added = SCOPE_SINCE[scope];
    return added === undefined || since(added);
  });
  const known = new Set<string>(scopes);
  const roleScopes: Record<string, readonly string[]> = {};
  for (const role of ROLES) {
    if (role === "data_steward" && !present.has("dataStewardRole")) continue;
    roleScopes[role] = ROLE_SCOPES[role].filter((scope) => known.has(scope));
  }
  return {
    version,
    has: (feature) => present.has(feature),
    atLeast: since,
    invalidScopeStatus: present.has("escalationCheck") ? 403 : 422,
    scopes,
    roleScopes,
  };
}
