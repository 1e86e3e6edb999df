import { FidesUnsupportedOperationError } from "../errors.js";
import type { paths as Paths278 } from "../generated/fides-api-2.78.2.js";
import type { paths as Paths282 } from "../generated/fides-api-2.82.2.js";
import type { paths as Paths286 } from "../generated/fides-api-2.86.2.js";
import { INDEX_RELEASES, OPERATION_INDEX } from "../generated/fides-api-index.js";
import { invalidValue } from "../internal/assert.js";
import { atLeast, parseVersion, type Version } from "../internal/version.js";
import type { OperationAccess } from "./access.js";
import { ScopeLookup } from "./scope-lookup.js";

/** The whole-API `paths` type of each tested release, by the name `sdk.api({ release })` takes. */
export interface ApiReleasePaths {
  "2.78": Paths278;
  "2.82": Paths282;
  "2.86": Paths286;
}

/** A tested release `sdk.api({ release })` can be typed with. */
export type ApiRelease = keyof ApiReleasePaths;

/** The options of `sdk.api()`. */
export interface ApiOptions<R extends ApiRelease = ApiRelease> {
  /** How long each call may take, from the token to the answer, in ms @default the client's `timeoutMs` */
  timeoutMs?: number | undefined;
  /**
   * The tested Fides release whose whole-API types the client is typed with (when no `paths` type
   * argument is given), and whose scope table names an operation's scopes in a refusal.
   * @default the newest tested release, "2.86"
   */
  release?: R | undefined;
  /** The most decoded bytes read from a success body @default 32 MiB */
  maxBodyBytes?: number | undefined;
}

/** The newest tested release: what `sdk.api()` is typed with when given neither types nor a release. */
export type NewestApiRelease = "2.86";

interface TestedRelease {
  readonly name: ApiRelease;
  readonly version: Version;
  /** This release's operations, from the index (the main entry carries no per-release table). */
  readonly lookup: ScopeLookup<Readonly<Record<string, OperationAccess>>>;
}

function tested(bit: number): TestedRelease {
  const release = INDEX_RELEASES[bit] as string;
  const table: Record<string, OperationAccess> = {};
  for (const [key, [mask, access]] of Object.entries(OPERATION_INDEX)) {
    if ((mask & (1 << bit)) !== 0) table[key] = access;
  }
  const version = parseVersion(release) as Version;
  return {
    name: `${version.major}.${version.minor}` as ApiRelease,
    version,
    lookup: new ScopeLookup(release, table),
  };
}

let builtReleases: readonly TestedRelease[] | undefined;

/**
 * The tested releases, oldest first. Built on first use: a program that never calls `sdk.api()`
 * or meets a refusal does not pay for splitting the index into three tables at import.
 */
function testedReleases(): readonly TestedRelease[] {
  builtReleases ??= INDEX_RELEASES.map((_, bit) => tested(bit));
  return builtReleases;
}

function newest(): TestedRelease {
  const releases = testedReleases();
  return releases[releases.length - 1] as TestedRelease;
}

/** The newest tested release's operations. */
export function newestLookup(): ScopeLookup<Readonly<Record<string, OperationAccess>>> {
  return newest().lookup;
}

/**
 * The tested release an `sdk.api()` call is typed with: `options.release`, or the newest.
 * @throws {TypeError} `ERR_INVALID_ARG_VALUE` for a release that is not tested
 */
export function resolveApiRelease(value: unknown): TestedRelease {
  if (value === undefined) return newest();
  const found = testedReleases().find((release) => release.name === value);
  if (found === undefined) {
    throw invalidValue(
      "options.release",
      `must be one of ${testedReleases()
        .map((release) => `"${release.name}"`)
        .join(", ")}`,
    );
  }
  return found;
}

/** What the tables know of one request: its operation, and who may call it in a release. */
export interface KnownOperation {
  /** `"METHOD /path/template"`. */
  readonly key: string;
  readonly access: OperationAccess;
  /** The release whose table was read, such as `"2.86.2"`. */
  readonly release: string;
}

/**
 * The operation a request belongs to, from the given release's table, else from any tested
 * release's (newest first): `undefined` for a route no tested release has (a Fidesplus route).
 * @param method the request method
 * @param path the path below the base URL, without its query
 */
export function knownOperation(
  method: string,
  path: string,
  release: TestedRelease = newest(),
): KnownOperation | undefined {
  for (const candidate of [release, ...[...testedReleases()].reverse()]) {
    const key = candidate.lookup.match(method, path);
    if (key !== undefined) {
      return {
        key,
        access: candidate.lookup.access(method, key.slice(key.indexOf(" ") + 1)),
        release: candidate.lookup.release,
      };
    }
  }
  return undefined;
}

function has(release: TestedRelease, key: string): boolean {
  return release.lookup.has(key);
}

/**
 * Whether every tested release has an operation: only one that some release lacks needs the
 * server's version before it is sent.
 * @param key the operation, `"METHOD /path/template"`
 */
export function inEveryRelease(key: string): boolean {
  return testedReleases().every((release) => has(release, key));
}

/**
 * The refusal of an operation the server is too old for, by what the tested releases show: the
 * server's version is at or below a tested release that lacks the operation, older than the
 * first tested release that has it (`requiredVersion`). Versions between two tested releases that
 * disagree, and routes removed in later releases, are let through: the server answers for itself.
 * @param key the operation, `"METHOD /path/template"`
 * @param server the server's version
 * @returns the error to throw before sending, or `undefined`
 */
export function unsupportedOperation(
  key: string,
  server: Version,
): FidesUnsupportedOperationError | undefined {
  const releases = testedReleases();
  const first = releases.find((release) => has(release, key));
  if (first === undefined) return undefined;
  const lastLacking = releases.filter((release) => !atLeast(release.version, first.version)).at(-1);
  if (lastLacking === undefined || !atLeast(lastLacking.version, server)) return undefined;
  return new FidesUnsupportedOperationError("api", first.lookup.release, server.text, `sdk.api() ${key}`);
}
