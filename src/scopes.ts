/**
 * The Fides scope registry (Fides 2.86.2, `src/fides/common/scope_registry.py`) in registry order,
 * which is the order `GET /api/v1/oauth/scope` returns and the order inside the server's
 * "Invalid Scope" detail. Hand-maintained; `test/scopes.test.ts` and the compiler tie it to the
 * `Scope` enum of `openapi/fides-oauth.yaml`.
 */
export const SCOPES = [
  "config:read",
  "config:update",
  "cli-objects:create",
  "cli-objects:read",
  "cli-objects:update",
  "cli-objects:delete",
  "client:create",
  "client:delete",
  "client:read",
  "client:update",
  "correspondence:send",
  "correspondence:read",
  "connection:create_or_update",
  "connection:delete",
  "connection:read",
  "connection:authorize",
  "connection_type:read",
  "connector_template:register",
  "connector_template:read",
  "consent:read",
  "consent_settings:read",
  "consent_settings:update",
  "ctl_dataset:create",
  "ctl_dataset:read",
  "ctl_dataset:delete",
  "ctl_dataset:update",
  "ctl_policy:create",
  "ctl_policy:read",
  "ctl_policy:delete",
  "ctl_policy:update",
  "current-privacy-preference:read",
  "database:reset",
  "data_category:create",
  "data_category:delete",
  "data_category:read",
  "data_category:update",
  "data_subject:create",
  "data_subject:read",
  "data_subject:delete",
  "data_subject:update",
  "data_use:create",
  "data_use:read",
  "data_use:delete",
  "data_use:update",
  "dataset:create_or_update",
  "dataset:delete",
  "privacy-request-redaction-patterns:read",
  "privacy-request-redaction-patterns:update",
  "dataset:read",
  "dataset:test",
  "encryption:exec",
  "heap_dump:exec",
  "backfill:exec",
  "messaging-template:update",
  "evaluation:create",
  "evaluation:read",
  "evaluation:delete",
  "evaluation:update",
  "fides_taxonomy:update",
  "generate:exec",
  "masking:exec",
  "masking:read",
  "messaging:create_or_update",
  "messaging:delete",
  "messaging:read",
  "notification:read",
  "notification:update",
  "organization:create",
  "organization:read",
  "organization:delete",
  "organization:update",
  "policy:create_or_update",
  "policy:delete",
  "policy:read",
  "privacy-experience:create",
  "privacy-experience:update",
  "privacy-experience:read",
  "privacy-notice:create",
  "privacy-notice:update",
  "privacy-notice:read",
  "privacy-preference-history:read",
  "privacy-request:create",
  "privacy-request:resume",
  "privacy-request-access-results:read",
  "privacy-request:delete",
  "privacy-request-email-integrations:send",
  "privacy-request:manual-steps:respond",
  "privacy-request:manual-steps:review",
  "privacy-request-notifications:create_or_update",
  "privacy-request-notifications:read",
  "privacy-request:read",
  "privacy-request:review",
  "privacy-request:transfer",
  "privacy-request:upload_data",
  "privacy-request:view_data",
  "rule:create_or_update",
  "rule:delete",
  "rule:read",
  "saas_config:create_or_update",
  "saas_config:delete",
  "saas_config:read",
  "connection:instantiate",
  "scope:read",
  "storage:create_or_update",
  "storage:delete",
  "storage:read",
  "system:create",
  "system:read",
  "system:delete",
  "system:update",
  "system_integration_link:create_or_update",
  "system_integration_link:delete",
  "system_integration_link:read",
  "system_manager:read",
  "system_manager:delete",
  "system_manager:update",
  "user:create",
  "user:update",
  "user:delete",
  "user:read",
  "user:read-own",
  "user:password-reset",
  "user-permission:create",
  "user-permission:update",
  "user-permission:assign_owners",
  "user-permission:read",
  "validate:exec",
  "webhook:create_or_update",
  "webhook:delete",
  "webhook:read",
  "worker-stats:read",
] as const;

/** One Fides scope, such as `"client:create"`. A typo is a compile error. */
export type Scope = (typeof SCOPES)[number];

/** Fides's roles (`RoleRegistryEnum`), in the server's order. */
export const ROLES = [
  "owner",
  "viewer_and_approver",
  "viewer",
  "approver",
  "contributor",
  "data_steward",
  "respondent",
  "external_respondent",
] as const;

/** One Fides role, such as `"viewer"`. */
export type Role = (typeof ROLES)[number];

const SCOPE_SET: ReadonlySet<string> = new Set(SCOPES);

/**
 * Tells whether a string is a scope of the registry this SDK ships (Fides 2.86.2).
 * A server may know fewer or more scopes than this list: see `allowUnknownScopes`.
 * @param value any value
 */
export function isScope(value: unknown): value is Scope {
  return typeof value === "string" && SCOPE_SET.has(value);
}

/**
 * The registry scope closest to a misspelt one (Levenshtein distance), or `undefined` when
 * nothing is close enough to be a plausible typo.
 * @param value the unknown scope
 * @example nearestScope("polcy:read") // "policy:read"
 */
export function nearestScope(value: string): Scope | undefined {
  let best: Scope | undefined;
  let bestDistance = Number.POSITIVE_INFINITY;
  for (const scope of SCOPES) {
    const distance = editDistance(value, scope);
    if (distance < bestDistance) {
      best = scope;
      bestDistance = distance;
    }
  }
  return bestDistance <= Math.max(2, Math.floor(value.length / 3)) ? best : undefined;
}

function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const substitution = (previous[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1);
      current[j] = Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, substitution);
    }
    previous = current;
  }
  return previous[b.length] ?? 0;
}

const SORTED_SCOPES: readonly Scope[] = [...SCOPES].sort();

const CONTRIBUTOR_EXCLUDED: ReadonlySet<Scope> = new Set<Scope>([
  "connector_template:register",
  "heap_dump:exec",
  "messaging:create_or_update",
  "messaging:delete",
  "privacy-request-email-integrations:send",
  "privacy-request-notifications:create_or_update",
  "storage:create_or_update",
  "storage:delete",
  "user-permission:assign_owners",
]);

/** What `viewer` holds; `viewer_and_approver` and `data_steward` are built from it. */
const VIEWER = [
  "cli-objects:read",
  "client:read",
  "connection:read",
  "connection_type:read",
  "consent:read",
  "consent_settings:read",
  "ctl_dataset:read",
  "ctl_policy:read",
  "data_category:read",
  "data_subject:read",
  "data_use:read",
  "dataset:read",
  "evaluation:read",
  "masking:exec",
  "masking:read",
  "messaging:read",
  "organization:read",
  "policy:read",
  "privacy-experience:read",
  "privacy-notice:read",
  "privacy-request-notifications:read",
  "rule:read",
  "saas_config:read",
  "scope:read",
  "storage:read",
  "system:read",
  "system_integration_link:read",
  "system_manager:read",
  "user:read",
  "webhook:read",
] as const satisfies readonly Scope[];

/** What `approver` holds. */
const APPROVER = [
  "privacy-request:create",
  "privacy-request:delete",
  "privacy-request:manual-steps:review",
  "privacy-request:read",
  "privacy-request:resume",
  "privacy-request:review",
  "privacy-request:upload_data",
  "privacy-request:view_data",
  "user:read",
] as const satisfies readonly Scope[];

/** A union of scope lists, sorted by code point as the server returns a role's scopes. */
function byCodePoint(...lists: (readonly Scope[])[]): Scope[] {
  return [...new Set(lists.flat())].sort();
}

/**
 * Fides's role → scopes map (`src/fides/api/oauth/roles.py`, 2.86.2), in the server's key order,
 * each list sorted by code point as `GET /api/v1/oauth/role` returns it.
 */
export const ROLE_SCOPES = {
  owner: [...SORTED_SCOPES],
  viewer_and_approver: byCodePoint(VIEWER, APPROVER),
  viewer: [...VIEWER],
  approver: [...APPROVER],
  contributor: SORTED_SCOPES.filter((scope) => !CONTRIBUTOR_EXCLUDED.has(scope)),
  data_steward: byCodePoint(VIEWER, [
    "system_integration_link:create_or_update",
    "system_integration_link:delete",
  ]),
  respondent: ["privacy-request:manual-steps:respond", "user:read-own"],
  external_respondent: ["privacy-request:manual-steps:respond"],
} as const satisfies Record<Role, readonly Scope[]>;
