/** A Fides release as numbers, plus the text it was read from. */
export interface Version {
  major: number;
  minor: number;
  patch: number;
  text: string;
}

const VERSION = /^v?(\d{1,9})\.(\d{1,9})\.(\d{1,9})/;
/** The most characters of a version string kept; Fides's dev builds need about 30. */
const MAX_VERSION_CHARS = 64;

/**
 * Reads the leading `x.y.z` of a version (Fides dev builds look like `2.84.1b1.dev30+g96aa40cba`),
 * looking at its first 128 characters and keeping at most 64 as its text.
 * @param text a version string
 * @returns the version, or `undefined` when the text does not start with `x.y.z`
 */
export function parseVersion(text: string): Version | undefined {
  // Only a bounded prefix is read, so a server's megabyte of "version" costs nothing.
  const head = text
    .slice(0, MAX_VERSION_CHARS * 2)
    .trim()
    .slice(0, MAX_VERSION_CHARS);
  const match = VERSION.exec(head);
  if (match === null) return undefined;
  return { major: Number(match[1]), minor: Number(match[2]), patch: Number(match[3]), text: head };
}

/**
 * Tells whether a version is at least another.
 * @param version the server's version
 * @param minimum the first version with the feature
 */
export function atLeast(version: Version, minimum: Version): boolean {
  if (version.major !== minimum.major) return version.major > minimum.major;
  if (version.minor !== minimum.minor) return version.minor > minimum.minor;
  return version.patch >= minimum.patch;
}

function known(text: string): Version {
  const version = parseVersion(text);
  if (version === undefined) throw new Error(`bad version constant ${text}`);
  return version;
}

/** Fides 2.82.0: object create body, client CRUD and secret rotation. */
export const CLIENT_CRUD_VERSION = known("2.82.0");
