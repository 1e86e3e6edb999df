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
