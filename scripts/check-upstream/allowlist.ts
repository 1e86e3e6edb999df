import { readFileSync } from "node:fs";
import { parse as parseYaml } from "yaml";
import type { Difference } from "./difference.js";
import { isObject } from "./json.js";

/** One accepted difference. Every given field must equal the difference's; `location` may list several. */
export interface AllowEntry {
  readonly kind: string;
  readonly location?: string | readonly string[];
  readonly ours?: string;
  readonly upstream?: string;
  readonly reason: string;
}

/** Differences split by the allow-list, and the entries that accepted none of them. */
export interface FilteredDifferences {
  readonly unexpected: Difference[];
  readonly allowed: Difference[];
  readonly unused: AllowEntry[];
}

const FIELDS = ["kind", "location", "ours", "upstream", "reason"];

/**
 * Reads and validates the allow-list file: a YAML list of entries, each with `kind` and `reason`.
 *
 * @throws {Error} Naming the entry and field that is wrong.
 */
export function loadAllowlist(file: string): AllowEntry[] {
  const list: unknown = parseYaml(readFileSync(file, "utf8"));
  if (!Array.isArray(list)) throw new Error(`check-upstream: ${file} must be a YAML list of entries`);
  return list.map((entry: unknown, index) => {
    const where = `check-upstream: ${file} entry #${index + 1}`;
    if (!isObject(entry)) throw new Error(`${where} must be a mapping`);
    const unknown = Object.keys(entry).find((key) => !FIELDS.includes(key));
    if (unknown !== undefined) throw new Error(`${where} has unknown field "${unknown}"`);
    for (const key of ["kind", "reason"]) {
      const value = entry[key];
      if (typeof value !== "string" || value.trim() === "") throw new Error(`${where} needs a "${key}"`);
    }
    for (const key of ["ours", "upstream"]) {
      if (key in entry && typeof entry[key] !== "string")
        throw new Error(`${where} "${key}" must be a string`);
    }
    const location = entry.location;
    const validLocation =
      location === undefined ||
      typeof location === "string" ||
      (Array.isArray(location) && location.every((item) => typeof item === "string"));
    if (!validLocation) throw new Error(`${where} "location" must be a string or a list of strings`);
    return entry as unknown as AllowEntry;
  });
}

/** Whether an allow-list entry accepts a difference. */
export function isAllowed(difference: Difference, entry: AllowEntry): boolean {
  if (entry.kind !== difference.kind) return false;
  if (entry.ours !== undefined && entry.ours !== difference.ours) return false;
  if (entry.upstream !== undefined && entry.upstream !== difference.upstream) return false;
  return entry.location === undefined || [entry.location].flat().includes(difference.location);
}

/** Splits differences into those outside the allow-list and those it accepts, and finds unused entries. */
export function filterDifferences(
  differences: readonly Difference[],
  allowlist: readonly AllowEntry[],
): FilteredDifferences {
  const used = new Set<AllowEntry>();
  const unexpected: Difference[] = [];
  const allowed: Difference[] = [];
  for (const difference of differences) {
    const entry = allowlist.find((candidate) => isAllowed(difference, candidate));
    if (entry) {
      used.add(entry);
      allowed.push(difference);
    } else {
      unexpected.push(difference);
    }
  }
  return { unexpected, allowed, unused: allowlist.filter((entry) => !used.has(entry)) };
}
