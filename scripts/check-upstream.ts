/**
 * Compares the OAuth operations of our contract with a Fides server's generated OpenAPI document
 * and prints every difference, so drift upstream is seen before users hit it.
 *
 *   tsx scripts/check-upstream.ts <path-or-url> [--allowlist <file>] [--spec <file>] [--if-exists]
 *
 * Differences listed in the allow-list are printed but accepted. Exit 0 when every difference is
 * allowed (or the source is absent with `--if-exists`), 1 when one is not, 2 on bad input.
 */
import { existsSync } from "node:fs";
import * as path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { filterDifferences, loadAllowlist } from "./check-upstream/allowlist.js";
import { diffDocuments } from "./check-upstream/diff.js";
import { asObject } from "./check-upstream/json.js";
import { isUrl, loadDocument } from "./check-upstream/load.js";
import { printReport } from "./check-upstream/report.js";

/** The repository root, so defaults work from any working directory. */
const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");

/** The command line, resolved. */
export interface CheckUpstreamOptions {
  /** The upstream document: a file path or an http(s) URL. */
  readonly source: string;
  /** Absolute path of our contract. */
  readonly spec: string;
  /** Absolute path of the allow-list. */
  readonly allowlist: string;
  /** Skip, successfully, when `source` is a file that does not exist. */
  readonly ifExists: boolean;
}

/**
 * Reads `<path-or-url> [--allowlist <file>] [--spec <file>] [--if-exists]`.
 *
 * @param argv The arguments after the script name.
 * @throws {Error} On a missing source, an unknown flag or a flag without its value.
 */
export function parseCheckUpstreamArgs(argv: readonly string[]): CheckUpstreamOptions {
  let source: string | undefined;
  let spec = path.join(REPO_ROOT, "openapi/fides-oauth.yaml");
  let allowlist = path.join(REPO_ROOT, "openapi/upstream-allowlist.yaml");
  let ifExists = false;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] as string;
    if (arg === "--if-exists") ifExists = true;
    else if (arg === "--allowlist" || arg === "--spec") {
      const value = argv[++i];
      if (value === undefined || value.startsWith("--"))
        throw new Error(`check-upstream: ${arg} needs a path`);
      if (arg === "--spec") spec = path.resolve(value);
      else allowlist = path.resolve(value);
    } else if (arg.startsWith("--")) throw new Error(`check-upstream: unknown option "${arg}"`);
    else if (source === undefined) source = arg;
    else throw new Error(`check-upstream: one source expected, got "${source}" and "${arg}"`);
  }
  if (source === undefined) {
    throw new Error(
      "check-upstream: usage: check-upstream <openapi.json path or URL> [--allowlist <file>] [--if-exists]",
    );
  }
  return { source, spec, allowlist, ifExists };
}

/**
 * Runs the comparison and prints one line per difference.
 *
 * @returns The exit code: 0 when every difference is allowed (or the file is absent with
 *   `--if-exists`), 1 otherwise.
 * @throws {Error} When a document or the allow-list cannot be read or is malformed.
 */
export async function runCheckUpstream(options: CheckUpstreamOptions): Promise<number> {
  if (options.ifExists && !isUrl(options.source) && !existsSync(options.source)) {
    console.log(`check-upstream: skipped: ${options.source} not found`);
    return 0;
  }
  const [ours, upstream] = await Promise.all([loadDocument(options.spec), loadDocument(options.source)]);
  const allowlist = loadAllowlist(options.allowlist);
  const result = filterDifferences(diffDocuments(ours, upstream), allowlist);
  printReport(result, allowlist, String(asObject(upstream.info).version ?? "unknown version"));
  return result.unexpected.length > 0 ? 1 : 0;
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  try {
    process.exitCode = await runCheckUpstream(parseCheckUpstreamArgs(process.argv.slice(2)));
  } catch (error) {
    console.error(error instanceof Error ? error.message : error);
    process.exitCode = 2;
  }
}
