/** The Node-style codes this SDK gives a misuse `TypeError`. */
export type MisuseCode = "ERR_INVALID_ARG_TYPE" | "ERR_INVALID_ARG_VALUE" | "ERR_MISSING_OPTION";

/**
 * A `TypeError` with a Node-style `code`, thrown before any request is sent when an argument or
 * option is wrong. The message names the argument.
 */
export function codedTypeError(code: MisuseCode, message: string): TypeError & { code: MisuseCode } {
  const error = new TypeError(message) as TypeError & { code: MisuseCode };
  error.code = code;
  return error;
}
