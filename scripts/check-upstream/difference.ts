/** One way our contract and the upstream document disagree. */
export interface Difference {
  /** Stable name of the kind of difference, such as `response-type`. */
  readonly kind: string;
  /** Where: `POST /api/v1/oauth/client`, `… 200 body.items[]`, or `ClientResponse.name`. */
  readonly location: string;
  /** Our side, when it has a value. */
  readonly ours?: string;
  /** The upstream side, when it has a value. */
  readonly upstream?: string;
}

/** One line: `kind location (ours: x, upstream: y)`. */
export function formatDifference(difference: Difference): string {
  const sides = [
    difference.ours === undefined ? undefined : `ours: ${difference.ours}`,
    difference.upstream === undefined ? undefined : `upstream: ${difference.upstream}`,
  ].filter(Boolean);
  return `${difference.kind} ${difference.location}${sides.length ? ` (${sides.join(", ")})` : ""}`;
}
