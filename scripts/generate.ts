/**
 * Turns the contract `openapi/fides-oauth.yaml` into `src/generated/fides-oauth.ts` with
 * openapi-typescript's Node API.
 *
 *   tsx scripts/generate.ts                 write the generated file (`npm run generate`)
 *   tsx scripts/generate.ts --check         exit 1 when the committed file is stale (`npm run generate:check`)
 *   tsx scripts/generate.ts --spec <path> --out <path>   use another spec or output (tests do)
 */
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import * as path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import openapiTS, { astToString } from "openapi-typescript";

/** The repository root, so the script behaves the same from any working directory. */
export const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");

/** The contract, relative to the repository root. */
export const DEFAULT_SPEC = "openapi/fides-oauth.yaml";

/** The generated types, relative to the repository root. */
export const DEFAULT_OUT = "src/generated/fides-oauth.ts";

/** What one run of the script should do, resolved from the command line. */
export interface GenerateOptions {
  /** Absolute path of the OpenAPI document. */
  readonly spec: string;
  /** Absolute path of the generated TypeScript file. */
  readonly out: string;
  /** Compare instead of write. */
  readonly check: boolean;
}

/**
 * Reads `--check`, `--spec <path>` and `--out <path>`; relative paths resolve against the
 * repository root.
 *
 * @param argv The arguments after the script name.
 * @throws {Error} On an unknown argument or a flag without its value.
 */
export function parseGenerateArgs(argv: readonly string[]): GenerateOptions {
  let spec = DEFAULT_SPEC;
  let out = DEFAULT_OUT;
  let check = false;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === "--check") {
      check = true;
    } else if (arg === "--spec" || arg === "--out") {
      const value = argv[++i];
      if (value === undefined || value.startsWith("--")) throw new Error(`generate: ${arg} needs a path`);
      if (arg === "--spec") spec = value;
      else out = value;
    } else {
      throw new Error(`generate: unknown argument "${arg}" (expected --check, --spec <path>, --out <path>)`);
    }
  }
  return { spec: path.resolve(REPO_ROOT, spec), out: path.resolve(REPO_ROOT, out), check };
}

/** Repository-relative, forward-slashed, so the header is the same on every machine. */
function displayPath(file: string): string {
  return path.relative(REPO_ROOT, file).split(path.sep).join("/");
}

/**
 * Builds the generated file's full text for a spec: the do-not-edit header, then
 * openapi-typescript's output.
 *
 * @param specPath Absolute path of the OpenAPI document.
 * @throws {Error} When openapi-typescript cannot read or parse the document.
 */
export async function renderTypes(specPath: string): Promise<string> {
  const ast = await openapiTS(pathToFileURL(specPath), {
    // A default is a server-side fill-in, not a promise that a field is present: with the
    // library's default (true), `ClientCreateRequest.scopes` would turn required.
    defaultNonNullable: false,
    silent: true,
  });
  const header = [
    "/**",
    ` * Generated from ${displayPath(specPath)} by scripts/generate.ts (openapi-typescript).`,
    " * Do not edit by hand: change the spec, then run `npm run generate`.",
    " */",
    "",
    "",
  ].join("\n");
  return header + astToString(ast);
}

/**
 * Writes the generated file, or in check mode reports whether it is current.
 *
 * @returns The process exit code: 0, or 1 when `--check` finds the file stale or missing.
 */
export async function runGenerate(options: GenerateOptions): Promise<number> {
  const expected = await renderTypes(options.spec);
  const name = displayPath(options.out);
  if (!options.check) {
    writeFileSync(options.out, expected);
    console.log(`generate: wrote ${name}`);
    return 0;
  }
  const actual = existsSync(options.out) ? readFileSync(options.out, "utf8") : undefined;
  if (actual === expected) {
    console.log(`generate: ${name} is up to date`);
    return 0;
  }
  const problem =
    actual === undefined ? "is missing" : `is stale (does not match ${displayPath(options.spec)})`;
  console.error(`generate: ${name} ${problem}; run \`npm run generate\``);
  return 1;
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  try {
    process.exitCode = await runGenerate(parseGenerateArgs(process.argv.slice(2)));
  } catch (error) {
    console.error(error instanceof Error ? error.message : error);
    process.exitCode = 2;
  }
}
