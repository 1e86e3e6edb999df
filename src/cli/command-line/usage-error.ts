/**
 * A mistake in the command line or the configuration: exit status 2, and nothing was sent.
 */
export class UsageError extends Error {
  override readonly name = "UsageError";
  /** The command whose help to point at, when known. */
  readonly commandPath: readonly string[] | undefined;

  /**
   * @param message what is wrong, naming the option or variable
   * @param commandPath the command whose `--help` explains the fix
   */
  constructor(message: string, commandPath?: readonly string[]) {
    super(message);
    this.commandPath = commandPath;
  }
}
