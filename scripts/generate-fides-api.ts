/**
 * The whole Fides API, per tested release: each release's own OpenAPI document, its types and its
 * scope table.
 *
 *   tsx scripts/generate-fides-api.ts                 install (once) each release, write its document
 *                                                     (`openapi/fides-api-<release>.json`), then the
 *                                                     generated files (`npm run generate:fides-api`)
 *   tsx scripts/generate-fides-api.ts --release 2.86.2   only that release (repeatable)
 *   tsx scripts/generate-fides-api.ts --from-documents   only the generated files, from the committed
 *                                                     documents (no Python)
 *   tsx scripts/generate-fides-api.ts --check         exit 1 when a generated file is stale against its
 *                                                     committed document (no Python; `npm test` runs it)
 *
 * A document is written by the release itself: its FastAPI app's `app.openapi()`, imported by the
 * venv's Python with the configuration a real server gets (no database is touched). It is never
 * edited by hand; `npm run test:real` checks that a live server serves the same document.
 */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import * as path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import openapiTS, { astToString } from "openapi-typescript";
import { CORRECTIONS } from "./generate-fides-api/corrections.js";
import {
  operationEntries,
  renderOperationIndex,
  renderScopeTable,
} from "./generate-fides-api/scope-table.js";

/** The repository root, so the script behaves the same from any working directory. */
export const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");

/** The tested releases, oldest first; the last is the newest (`fides-sdk/api`). */
export const RELEASES = ["2.78.2", "2.82.2", "2.86.2"] as const;

/** A tested release, such as `"2.86.2"`. */
export type Release = (typeof RELEASES)[number];

/** Where a release's document lives, relative to the repository root. */
export function documentPath(release: string): string {
  return `openapi/fides-api-${release}.json`;
}

/** Where a release's generated types live, relative to the repository root. */
export function typesPath(release: string): string {
  return `src/generated/fides-api-${release}.ts`;
}

/** Where a release's generated scope table lives, relative to the repository root. */
export function scopeTablePath(release: string): string {
  return `src/generated/fides-api-${release}-scopes.ts`;
}

/** Where the main entry's index of every tested release's operations lives. */
export const INDEX_PATH = "src/generated/fides-api-index.ts";

/** What one run of the script should do, resolved from the command line. */
export interface GenerateFidesApiOptions {
  readonly releases: readonly string[];
  /** Compare the generated files against the committed documents instead of writing. */
  readonly check: boolean;
  /** Skip Python: regenerate the files from the committed documents. */
  readonly fromDocuments: boolean;
  /** The repository whose files are read and written @default REPO_ROOT */
  readonly root?: string;
}

/**
 * Reads `--check`, `--from-documents` and `--release <x.y.z>` (repeatable); `--root <dir>` reads
 * and writes another copy of the repository (the tests' temporary one).
 *
 * @param argv The arguments after the script name.
 * @throws {Error} On an unknown argument, a flag without its value, or a release that is not tested.
 */
export function parseGenerateFidesApiArgs(argv: readonly string[]): GenerateFidesApiOptions {
  const releases: string[] = [];
  let check = false;
  let fromDocuments = false;
  let root: string | undefined;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === "--check") check = true;
    else if (arg === "--from-documents") fromDocuments = true;
    else if (arg === "--release") {
      const value = argv[++i];
      if (value === undefined || !(RELEASES as readonly string[]).includes(value)) {
        throw new Error(`generate:fides-api: --release must be one of ${RELEASES.join(", ")}`);
      }
      releases.push(value);
    } else if (arg === "--root") {
      const value = argv[++i];
      if (value === undefined || value.startsWith("--"))
        throw new Error("generate:fides-api: --root needs a path");
      root = path.resolve(value);
    } else {
      throw new Error(
        `generate:fides-api: unknown argument "${arg}" (expected --check, --from-documents, --release <x.y.z>)`,
      );
    }
  }
  return {
    releases: releases.length > 0 ? releases : RELEASES,
    check,
    fromDocuments,
    ...(root === undefined ? {} : { root }),
  };
}

// Run by the release's own Python: imports the app the way uvicorn does and writes its document.
const EXPORT_PROGRAM = `
import json, sys
from fides.api.main import app
with open(sys.argv[1], "w", encoding="utf-8") as out:
    json.dump(app.openapi(), out)
`;

/**
 * The environment a real server gets (scripts/real-fides/server.ts), minus the database and
 * Redis, which importing the app does not touch. The secrets are throwaway: nothing is served.
 */
function exportEnvironment(workDir: string): NodeJS.ProcessEnv {
  const inherited = Object.fromEntries(
    Object.entries(process.env).filter(
      ([name]) => !name.startsWith("FIDES__") && name !== "PYTHONPATH" && name !== "PYTHONHOME",
    ),
  );
  return {
    ...inherited,
    PYTHONUNBUFFERED: "1",
    FIDES__CONFIG_PATH: path.join(workDir, "fides.toml"),
    FIDES__SECURITY__APP_ENCRYPTION_KEY: "0123456789abcdef0123456789abcdef",
    FIDES__SECURITY__OAUTH_ROOT_CLIENT_ID: "fidesadmin",
    FIDES__SECURITY__OAUTH_ROOT_CLIENT_SECRET: "fidesadminsecret",
    FIDES__USER__ANALYTICS_OPT_OUT: "true",
    FIDES__CELERY__TASK_ALWAYS_EAGER: "true",
  };
}

/**
 * The committed form of a document: two-space JSON in the server's own key order, one final
 * newline, so a regeneration that changes nothing changes no byte.
 */
export function normaliseDocument(document: unknown): string {
  return `${JSON.stringify(document, null, 2)}\n`;
}

/**
 * Installs the release (once, in the real-fides cache) and has its app write its OpenAPI document.
 *
 * @returns The document as the app produced it.
 * @throws {Error} When the install or the export fails, with the last lines of Python's output.
 */
export async function exportDocument(release: string, log: (line: string) => void): Promise<unknown> {
  const { ensureInstalled } = await import("./real-fides/install.js");
  const { runCommand } = await import("./real-fides/run-command.js");
  const { lastLines } = await import("./real-fides/step-error.js");
  const installation = await ensureInstalled(release, log);
  const workDir = mkdtempSync(path.join(tmpdir(), `fides-api-${release}-`));
  try {
    // The app loads SaaS connector templates from ./data/saas/config, as a real server does.
    mkdirSync(path.join(workDir, "data", "saas", "config"), { recursive: true });
    writeFileSync(path.join(workDir, "fides.toml"), "# fides-sdk generate:fides-api\n");
    const out = path.join(workDir, "openapi.json");
    log(`generate:fides-api: ${release}: exporting app.openapi()`);
    const result = await runCommand(installation.python, ["-c", EXPORT_PROGRAM, out], {
      cwd: workDir,
      env: exportEnvironment(workDir),
      timeoutMs: 10 * 60_000,
    });
    if (result.code !== 0 || !existsSync(out)) {
      throw new Error(
        `generate:fides-api: ${release}: exporting the document exited ${result.code}\n${lastLines(result.output)}`,
      );
    }
    return JSON.parse(readFileSync(out, "utf8"));
  } finally {
    rmSync(workDir, { recursive: true, force: true });
  }
}

/**
 * Builds a release's generated types: the do-not-edit header, then openapi-typescript's output.
 *
 * @param release The release whose committed document is read.
 * @param root The repository holding the document.
 * @throws {Error} When openapi-typescript cannot read the document.
 */
export async function renderApiTypes(release: string, root = REPO_ROOT): Promise<string> {
  const ast = await openapiTS(pathToFileURL(path.join(root, documentPath(release))), {
    // As for the OAuth contract: a default is a server-side fill-in, not a promise of presence.
    defaultNonNullable: false,
    silent: true,
  });
  const header = [
    "/**",
    ` * Fides ${release}'s whole API, generated from ${documentPath(release)} by`,
    " * scripts/generate-fides-api.ts (openapi-typescript).",
    " * Do not edit by hand: run `npm run generate:fides-api`.",
    " */",
    "",
    "",
  ].join("\n");
  return header + astToString(ast);
}

/** Every file generated from a release's committed document, with its expected text. */
async function renderRelease(
  release: string,
  root: string,
  seen: Set<string>,
): Promise<{ file: string; text: string }[]> {
  const document = JSON.parse(readFileSync(path.join(root, documentPath(release)), "utf8"));
  for (const entry of operationEntries(release, document)) seen.add(entry.key);
  return [
    { file: typesPath(release), text: await renderApiTypes(release, root) },
    { file: scopeTablePath(release), text: renderScopeTable(release, document) },
  ];
}

/**
 * Writes the documents and the generated files, or in check mode reports whether the generated
 * files are current.
 *
 * @returns The process exit code: 0, or 1 when `--check` finds a file stale or missing.
 */
export async function runGenerateFidesApi(
  options: GenerateFidesApiOptions,
  log: (line: string) => void = (line) => console.error(line),
): Promise<number> {
  const root = options.root ?? REPO_ROOT;
  if (!options.check && !options.fromDocuments) {
    for (const release of options.releases) {
      const document = await exportDocument(release, log);
      writeFileSync(path.join(root, documentPath(release)), normaliseDocument(document));
      console.log(`generate:fides-api: wrote ${documentPath(release)}`);
    }
  }
  const seen = new Set<string>();
  const files: { file: string; text: string; from: string }[] = [];
  for (const release of options.releases) {
    for (const rendered of await renderRelease(release, root, seen)) {
      files.push({ ...rendered, from: documentPath(release) });
    }
  }
  const everyRelease = RELEASES.every((release) => options.releases.includes(release));
  if (everyRelease) {
    const documents = RELEASES.map((release) => ({
      release,
      document: JSON.parse(readFileSync(path.join(root, documentPath(release)), "utf8")) as unknown,
    }));
    files.push({ file: INDEX_PATH, text: renderOperationIndex(documents), from: "the documents" });
  }
  let stale = 0;
  for (const { file, text, from } of files) {
    const absolute = path.join(root, file);
    if (!options.check) {
      writeFileSync(absolute, text);
      console.log(`generate:fides-api: wrote ${file}`);
      continue;
    }
    const actual = existsSync(absolute) ? readFileSync(absolute, "utf8") : undefined;
    if (actual === text) {
      console.log(`generate:fides-api: ${file} is up to date`);
    } else {
      stale++;
      const problem = actual === undefined ? "is missing" : `is stale (does not match ${from})`;
      console.error(
        `generate:fides-api: ${file} ${problem}; run \`npm run generate:fides-api -- --from-documents\``,
      );
    }
  }
  if (everyRelease) {
    const unused = Object.keys(CORRECTIONS).filter((key) => !seen.has(key));
    if (unused.length > 0) {
      console.error(`generate:fides-api: no tested release has ${unused.join(", ")}: remove the correction`);
      return 1;
    }
  }
  return stale === 0 ? 0 : 1;
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  try {
    process.exitCode = await runGenerateFidesApi(parseGenerateFidesApiArgs(process.argv.slice(2)));
  } catch (error) {
    console.error(error instanceof Error ? error.message : error);
    process.exitCode = 2;
  }
}
