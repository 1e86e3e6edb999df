/**
 * Misuse of the emulator's API: a `TypeError` with a Node-style `code`, thrown before anything
 * is served, whose message names the argument.
 */
export class EmulatorArgumentError extends TypeError {
  /** `ERR_INVALID_ARG_TYPE` for a wrong type, `ERR_INVALID_ARG_VALUE` for a wrong value. */
  readonly code: "ERR_INVALID_ARG_TYPE" | "ERR_INVALID_ARG_VALUE";

  /**
   * @param code the Node-style error code
   * @param message names the argument, e.g. `"options.serverVersion" must look like "2.84.2"`
   */
  constructor(code: "ERR_INVALID_ARG_TYPE" | "ERR_INVALID_ARG_VALUE", message: string) {
    super(message);
    this.name = "EmulatorArgumentError";
    this.code = code;
  }
}
