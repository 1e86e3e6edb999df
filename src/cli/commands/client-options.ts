import { stringOption } from "../command-line/option-values.js";
import { UsageError } from "../command-line/usage-error.js";
import type { OptionSpec, OptionValues, PositionalSpec } from "../command-types.js";

/** `--scope S`, repeatable, or comma-separated. */
export const SCOPE_OPTION: OptionSpec = {
  type: "string",
  multiple: true,
  placeholder: "SCOPE",
  description: "a scope to grant, such as policy:read; repeat it or separate scopes with commas",
};

/** Lets a scope this CLI's registry lacks through, for servers newer than the CLI. */
export const ALLOW_UNKNOWN_SCOPES_OPTION: OptionSpec = {
  type: "boolean",
  description: "send scopes this CLI does not know (for a Fides newer than 2.86.2); the server still decides",
};

/** `--name N` of a client. */
export const NAME_OPTION: OptionSpec = {
  type: "string",
  placeholder: "NAME",
  description: "the client's name",
};

/** `--description D` of a client. */
export const DESCRIPTION_OPTION: OptionSpec = {
  type: "string",
  placeholder: "TEXT",
  description: "the client's description",
};

/** The client id argument. */
export const CLIENT_ID_ARGUMENT: PositionalSpec = { name: "CLIENT_ID", required: true };

/**
 * Reads `--name`, which Fides refuses when empty or blank.
 * @throws {UsageError} for an empty or blank name
 */
export function nameOf(values: OptionValues): string | undefined {
  const name = stringOption(values, "name");
  if (name !== undefined && name.trim() === "") throw new UsageError("--name must not be empty");
  return name;
}
