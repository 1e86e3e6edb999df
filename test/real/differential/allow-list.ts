/** A difference between the real server and the emulator that is known and cannot be modelled. */
export interface AllowedDifference {
  /** the probe names it applies to */
  readonly probe: RegExp;
  /** "status", "body" or "header <name>" */
  readonly field: string;
  /** the versions it applies to @default every version */
  readonly versions?: readonly string[];
  /** why the emulator does not do what the real server does */
  readonly reason: string;
}

/** Every accepted difference, with its reason. Anything else fails the suite. */
export const ALLOWED_DIFFERENCES: readonly AllowedDifference[] = [
  {
    probe: /^admin UI page$/,
    field: "header content-encoding",
    reason:
      "the admin UI is not emulated: the emulator's stand-in page is under the 1000-byte gzip threshold, " +
      "the real Next.js page is above it (both answer 200 text/html)",
  },
];
