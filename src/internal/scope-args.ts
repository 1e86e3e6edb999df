import { isScope, nearestScope, type Scope } from "../scopes.js";
import { codedTypeError } from "./coded-type-error.js";

/**
 * Checks a list of scopes before any request: an unknown scope is a `TypeError` that suggests the
 * nearest known one, unless the client allows unknown scopes.
 * @param value the caller's argument
 * @param name the argument's name, for messages
 * @param allowUnknown whether strings outside the SDK's registry may be sent
 * @returns a copy of the list
 */
export function checkScopes(value: unknown, name: string, allowUnknown: boolean): Scope[] {
  if (!Array.isArray(value)) {
    throw codedTypeError("ERR_INVALID_ARG_TYPE", `"${name}" must be an array of scopes`);
  }
  const scopes: Scope[] = [];
  for (let index = 0; index < value.length; index++) {
    const scope: unknown = value[index];
    if (typeof scope !== "string") {
      throw codedTypeError("ERR_INVALID_ARG_TYPE", `"${name}[${index}]" must be a string`);
    }
    if (!allowUnknown && !isScope(scope)) {
      const nearest = nearestScope(scope);
      throw codedTypeError(
        "ERR_INVALID_ARG_VALUE",
        nearest === undefined
          ? `"${scope}" is not a Fides scope`
          : `"${scope}" is not a Fides scope; did you mean "${nearest}"?`,
      );
    }
    scopes.push(scope as Scope);
  }
  return scopes;
}

/**
 * Checks a client id argument.
 * @param value the caller's argument
 */
export function checkClientId(value: unknown): string {
  if (typeof value !== "string") throw codedTypeError("ERR_INVALID_ARG_TYPE", `"id" must be a string`);
  if (value.trim() === "") throw codedTypeError("ERR_INVALID_ARG_VALUE", `"id" must not be empty`);
  return value;
}

/**
 * Checks an optional name or description: a string (a name must not be blank), `null`, or absent.
 * @param value the caller's argument
 * @param name the argument's name, for messages
 * @param blankAllowed whether an empty string is acceptable
 */
export function checkText(value: unknown, name: string, blankAllowed: boolean): string | null | undefined {
  if (value === undefined || value === null) return value;
  if (typeof value !== "string")
    throw codedTypeError("ERR_INVALID_ARG_TYPE", `"${name}" must be a string or null`);
  if (!blankAllowed && value.trim() === "") {
    throw codedTypeError("ERR_INVALID_ARG_VALUE", `"${name}" must not be empty or whitespace`);
  }
  return value;
}
