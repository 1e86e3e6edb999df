import { type Access, CORRECTIONS, type Correction } from "./corrections.js";

const METHODS = ["get", "put", "post", "delete", "options", "head", "patch", "trace"] as const;

/** The scheme every secured Fides operation names in `security`. */
const SCHEME = "OAuth2ClientCredentialsBearer";

/** One operation of a document: `"GET /api/v1/privacy-request"` and who may call it. */
export interface OperationEntry {
  readonly key: string;
  readonly access: Access;
  /** Why the table overrides the document, for a corrected entry. */
  readonly correction?: string;
}

function fail(release: string, message: string): never {
  throw new Error(`generate:fides-api: ${release}: ${message}`);
}

/** What the document's `security` says: the scopes of its one OAuth requirement, or "none". */
function documentAccess(release: string, key: string, security: unknown): Access {
  if (security === undefined) return "none";
  if (!Array.isArray(security) || security.length !== 1) {
    fail(release, `${key}: "security" must hold exactly one requirement`);
  }
  const [requirement] = security as unknown[];
  const names = typeof requirement === "object" && requirement !== null ? Object.keys(requirement) : [];
  if (names.length !== 1 || names[0] !== SCHEME) {
    fail(release, `${key}: "security" must name only ${SCHEME}`);
  }
  const scopes = (requirement as Record<string, unknown>)[SCHEME];
  if (!Array.isArray(scopes) || !scopes.every((scope) => typeof scope === "string")) {
    fail(release, `${key}: "security.${SCHEME}" must be a list of scopes`);
  }
  return scopes as string[];
}

function sameAccess(a: Access, b: Access): boolean {
  return typeof a === "string" || typeof b === "string"
    ? a === b
    : a.length === b.length && a.every((scope, i) => scope === b[i]);
}

/**
 * Every operation of a document in its own order, with who may call it: the document's
 * `security`, overridden by {@link CORRECTIONS}.
 *
 * @param corrections the overrides @default CORRECTIONS
 * @throws {Error} When the document's shape is unexpected, or a correction changes nothing.
 */
export function operationEntries(
  release: string,
  document: unknown,
  corrections: Readonly<Record<string, Correction>> = CORRECTIONS,
): OperationEntry[] {
  const paths = (document as { paths?: unknown }).paths;
  if (typeof paths !== "object" || paths === null) fail(release, `the document has no "paths"`);
  const entries: OperationEntry[] = [];
  for (const [template, item] of Object.entries(paths)) {
    for (const method of METHODS) {
      const operation = (item as Record<string, { security?: unknown } | undefined>)[method];
      if (operation === undefined) continue;
      const key = `${method.toUpperCase()} ${template}`;
      const declared = documentAccess(release, key, operation.security);
      const correction = corrections[key];
      if (correction === undefined) {
        entries.push({ key, access: declared });
        continue;
      }
      if (sameAccess(declared, correction.access)) {
        fail(release, `the correction of ${key} agrees with the document: remove it`);
      }
      entries.push({ key, access: correction.access, correction: correction.reason });
    }
  }
  return entries;
}

/** A comment wrapped at about 100 characters, indented as a table entry. */
function commentLines(text: string): string[] {
  const lines: string[] = [];
  let line = "  //";
  for (const word of text.split(" ")) {
    if (line.length + word.length + 1 > 100 && line !== "  //") {
      lines.push(line);
      line = "  //";
    }
    line += ` ${word}`;
  }
  lines.push(line);
  return lines;
}

function renderAccess(access: Access): string {
  return typeof access === "string"
    ? JSON.stringify(access)
    : `[${access.map((s) => JSON.stringify(s)).join(", ")}]`;
}

/**
 * The text of `src/generated/fides-api-<release>-scopes.ts`: one `as const` table, keyed
 * `"METHOD /path/template"`, checked against the SDK's `Scope` union by the compiler.
 */
export function renderScopeTable(release: string, document: unknown): string {
  const entries = operationEntries(release, document);
  const lines = [
    "/**",
    ` * Fides ${release}: who may call each operation, generated from the \`security\` of`,
    ` * openapi/fides-api-${release}.json by scripts/generate-fides-api.ts, with the corrections of`,
    " * scripts/generate-fides-api/corrections.ts where the real server disagrees (each says why).",
    " * Do not edit by hand: run `npm run generate:fides-api`.",
    " */",
    'import type { OperationAccess } from "../api/access.js";',
    "",
    `/** Fides ${release}'s ${entries.length} operations and who may call each (see {@link OperationAccess}). */`,
    "export const OPERATIONS = {",
  ];
  for (const entry of entries) {
    if (entry.correction !== undefined) lines.push(...commentLines(`Corrected: ${entry.correction}.`));
    lines.push(`  ${JSON.stringify(entry.key)}: ${renderAccess(entry.access)},`);
  }
  lines.push("} as const satisfies Readonly<Record<string, OperationAccess>>;", "");
  return lines.join("\n");
}

/**
 * The text of `src/generated/fides-api-index.ts`, what the main entry carries for `sdk.api()` and
 * `sdk.fetch()`: every operation of any tested release, who may call it, and which releases have
 * it (bit i for `releases[i]`).
 * @param releases the tested releases, oldest first, with their documents
 * @throws {Error} When an operation's access differs between releases (the index holds one).
 */
export function renderOperationIndex(releases: readonly { release: string; document: unknown }[]): string {
  const index = new Map<string, { access: Access; mask: number; release: string }>();
  releases.forEach(({ release, document }, bit) => {
    for (const entry of operationEntries(release, document)) {
      const known = index.get(entry.key);
      if (known === undefined) {
        index.set(entry.key, { access: entry.access, mask: 1 << bit, release });
      } else if (!sameAccess(known.access, entry.access)) {
        fail(release, `${entry.key} needs other scopes than in ${known.release}: the index holds one entry`);
      } else {
        known.mask |= 1 << bit;
      }
    }
  });
  const names = releases.map(({ release }) => release);
  const lines = [
    "/**",
    ` * Every operation of the tested Fides releases (${names.join(", ")}), who may call it and which`,
    " * releases have it, generated from their documents and scope tables by",
    " * scripts/generate-fides-api.ts. Do not edit by hand: run `npm run generate:fides-api`.",
    " */",
    'import type { OperationAccess } from "../api/access.js";',
    "",
    "/** The tested releases, oldest first: bit i of an entry's mask stands for `INDEX_RELEASES[i]`. */",
    `export const INDEX_RELEASES = [${names.map((name) => JSON.stringify(name)).join(", ")}] as const;`,
    "",
    `/** ${index.size} operations: \`"METHOD /path/template"\` → [release mask, who may call it]. */`,
    "export const OPERATION_INDEX: Readonly<Record<string, readonly [number, OperationAccess]>> = {",
  ];
  for (const [key, { access, mask }] of index) {
    lines.push(`  ${JSON.stringify(key)}: [${mask}, ${renderAccess(access)}],`);
  }
  lines.push("};", "");
  return lines.join("\n");
}
