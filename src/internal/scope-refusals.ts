/** How long a confirmed missing scope is remembered, in milliseconds: five minutes. */
const MEMO_MS = 300_000;

/**
 * The scopes a fresh token was refused, remembered for five minutes: Fides names an endpoint's
 * scope both when the client lacks it and when the token predates a change of the client's
 * scopes, and only a fresh token tells them apart. While a refusal is remembered, the same
 * answer is final at once instead of costing another token. The pipeline owns one and clears it
 * when the client's own scopes change.
 */
export class ScopeRefusals {
  readonly #now: () => number;
  readonly #until = new Map<string, number>();

  /** @param now the client's millisecond clock */
  constructor(now: () => number) {
    this.#now = now;
  }

  /**
   * Tells whether a fresh token was refused these scopes within the last five minutes.
   * @param scopes the scopes the server required
   */
  known(scopes: readonly string[]): boolean {
    const key = keyOf(scopes);
    const until = this.#until.get(key);
    if (until === undefined) return false;
    if (this.#now() < until) return true;
    this.#until.delete(key);
    return false;
  }

  /**
   * Remembers that a fresh token was refused these scopes.
   * @param scopes the scopes the server required
   */
  remember(scopes: readonly string[]): void {
    this.#until.set(keyOf(scopes), this.#now() + MEMO_MS);
  }

  /** Forgets every refusal (the client's own scopes changed). */
  clear(): void {
    this.#until.clear();
  }
}

function keyOf(scopes: readonly string[]): string {
  return [...scopes].sort().join(" ");
}
