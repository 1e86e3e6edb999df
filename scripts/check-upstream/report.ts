import type { AllowEntry, FilteredDifferences } from "./allowlist.js";
import { formatDifference } from "./difference.js";

/**
 * Prints one line per difference (unexpected first, then allowed), one note per allow-list entry
 * that matched nothing, and a summary line.
 *
 * @param allowlist The whole list, so unused entries print with their position in the file.
 */
export function printReport(
  result: FilteredDifferences,
  allowlist: readonly AllowEntry[],
  upstreamVersion: string,
): void {
  for (const difference of result.unexpected) console.log(`DIFF    ${formatDifference(difference)}`);
  for (const difference of result.allowed) console.log(`allowed ${formatDifference(difference)}`);
  for (const entry of result.unused) {
    console.log(
      `note: allow-list entry #${allowlist.indexOf(entry) + 1} (${entry.kind}) matched nothing here`,
    );
  }
  console.log(
    `check-upstream: ${result.unexpected.length} difference(s) outside the allow-list, ${result.allowed.length} allowed (upstream ${upstreamVersion})`,
  );
}
