import { inspect } from "node:util";

/**
 * Collects every secret and token of a run, and every string the SDK produced for people to
 * read (error messages, serialised and inspected errors, log lines), then finds the secrets in
 * them. Strings are kept once each, so the final scan stays quick.
 */
export class LeakDetector {
  readonly #secrets = new Set<string>();
  readonly #artifacts = new Set<string>();

  /**
   * Remembers a secret: a client secret, a token, or a distinctive part of one.
   * @param secret the value that must never be shown
   */
  addSecret(secret: string): void {
    if (secret.length >= 8) this.#secrets.add(secret);
  }

  /**
   * Remembers an access token: the whole of it and its random segment after the fixed header,
   * so a truncated token in a message is caught too.
   * @param token the bearer token
   */
  addToken(token: string): void {
    this.addSecret(token);
    const segments = token.split(".");
    for (const segment of segments.slice(2)) if (segment.length >= 16) this.addSecret(segment.slice(0, 16));
  }

  /**
   * Records the ways an error is shown: its message, `JSON.stringify` and `util.inspect`.
   * @param error what an operation threw
   */
  addError(error: unknown): void {
    if (error instanceof Error) this.#artifacts.add(error.message);
    this.#artifacts.add(JSON.stringify(error) ?? "");
    this.#artifacts.add(inspect(error, { depth: 8 }));
  }

  /**
   * Records a log line.
   * @param line what the client gave its logger
   */
  addLogLine(line: string): void {
    this.#artifacts.add(line);
  }

  /** How many (string, secret) pairs contain the secret: must be 0. */
  count(): { leaks: number; secrets: number; strings: number; examples: string[] } {
    let leaks = 0;
    const examples: string[] = [];
    for (const artifact of this.#artifacts) {
      for (const secret of this.#secrets) {
        if (!artifact.includes(secret)) continue;
        leaks++;
        // Show where, never what: the secret itself is cut out of the example.
        if (examples.length < 3) examples.push(artifact.replaceAll(secret, "<SECRET>").slice(0, 200));
      }
    }
    return { leaks, secrets: this.#secrets.size, strings: this.#artifacts.size, examples };
  }
}
