import type { OptionValues } from "../command-types.js";
import { UsageError } from "./usage-error.js";

/**
 * Reads a string option, or `undefined` when absent.
 * @param values the parsed options
 * @param name the option's long name
 */
export function stringOption(values: OptionValues, name: string): string | undefined {
  const value = values[name];
  return typeof value === "string" ? value : undefined;
}

/**
 * Reads a repeatable option; each occurrence may also hold a comma-separated list.
 * @param values the parsed options
 * @param name the option's long name
 */
export function listOption(values: OptionValues, name: string): string[] {
  const value = values[name];
  const raw = Array.isArray(value) ? value : typeof value === "string" ? [value] : [];
  return raw
    .flatMap((item) => item.split(","))
    .map((item) => item.trim())
    .filter((item) => item !== "");
}

/**
 * Reads a positive integer option, such as `--page 2`.
 * @param values the parsed options
 * @param name the option's long name
 * @param limits the smallest and largest value accepted
 * @throws {UsageError} naming the option when the value is not a whole number in range
 */
export function integerOption(
  values: OptionValues,
  name: string,
  limits: { min: number; max: number },
): number | undefined {
  const raw = stringOption(values, name);
  if (raw === undefined) return undefined;
  const value = Number(raw);
  if (!/^\d+$/.test(raw.trim()) || value < limits.min || value > limits.max) {
    throw new UsageError(
      `--${name} must be a whole number from ${limits.min} to ${limits.max}, not "${raw}"`,
    );
  }
  return value;
}
