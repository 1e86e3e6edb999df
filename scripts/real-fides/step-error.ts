/** The steps of bringing up a real Fides server; a failure names one. */
export type RealFidesStep =
  | "arguments"
  | "apt"
  | "python"
  | "venv"
  | "pip"
  | "database"
  | "redis"
  | "migrations"
  | "start-up"
  | "stop";

/** A failed step, with the last lines of its log (never a secret: the logs hold none we set). */
export class RealFidesStepError extends Error {
  override readonly name = "RealFidesStepError";
  /**
   * @param step the step that failed
   * @param message what went wrong
   * @param logTail the last lines of the step's output, if any
   */
  constructor(
    readonly step: RealFidesStep,
    message: string,
    readonly logTail = "",
  ) {
    super(
      `real-fides: step "${step}" failed: ${message}${logTail ? `\n--- last log lines ---\n${logTail}` : ""}`,
    );
  }
}

/** The last `count` non-empty lines of a text. */
export function lastLines(text: string, count = 30): string {
  return text
    .split(/\r?\n/)
    .filter((line) => line.trim() !== "")
    .slice(-count)
    .join("\n");
}
