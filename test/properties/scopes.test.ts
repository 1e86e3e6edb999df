import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { assertScopes as checkScopes } from "../../src/internal/assert.js";
import { isScope, nearestScope, SCOPES } from "../../src/scopes.js";

/** Levenshtein distance, written here independently of the SDK's. */
function distance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, index) => index);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      current[j] = Math.min(
        (previous[j] as number) + 1,
        (current[j - 1] as number) + 1,
        (previous[j - 1] as number) + cost,
      );
    }
    previous = current;
  }
  return previous[b.length] as number;
}

const ALPHABET = "abcdefghijklmnopqrstuvwxyz:-_";
const scope = fc.constantFrom(...SCOPES);
/** A scope with one character inserted, deleted or replaced. */
const oneEdit = fc
  .tuple(scope, fc.nat(), fc.constantFrom("insert", "delete", "replace"), fc.constantFrom(...ALPHABET))
  .map(([base, at, edit, char]) => {
    const index = at % (base.length + (edit === "insert" ? 1 : 0));
    const typo =
      edit === "insert"
        ? base.slice(0, index) + char + base.slice(index)
        : edit === "delete"
          ? base.slice(0, index) + base.slice(index + 1)
          : base.slice(0, index) + char + base.slice(index + 1);
    return { base, typo };
  })
  .filter(({ typo }) => !isScope(typo));

describe("scope validation and suggestions (property)", () => {
  it("suggests every scope for itself", () => {
    for (const known of SCOPES) expect(nearestScope(known)).toBe(known);
  });

  it("suggests a scope one edit away for every one-edit typo, and the scope itself when it is the only one", () => {
    fc.assert(
      fc.property(oneEdit, ({ base, typo }) => {
        const suggestion = nearestScope(typo);
        expect(suggestion).toBeDefined();
        expect(distance(typo, suggestion as string)).toBe(1);
        const oneAway = SCOPES.filter((candidate) => distance(typo, candidate) === 1);
        if (oneAway.length === 1) expect(suggestion).toBe(base);
      }),
      { numRuns: 300 },
    );
  });

  it("accepts exactly the registry's scopes, and refuses others with a TypeError naming the scope", () => {
    fc.assert(
      fc.property(
        fc.oneof(
          scope,
          fc.string(),
          oneEdit.map(({ typo }) => typo),
        ),
        (value) => {
          if (isScope(value)) {
            expect(checkScopes([value], "scopes", false)).toEqual([value]);
            return;
          }
          expect(SCOPES).not.toContain(value);
          let thrown: unknown;
          try {
            checkScopes([value], "scopes", false);
          } catch (error) {
            thrown = error;
          }
          expect(thrown).toBeInstanceOf(TypeError);
          expect((thrown as { code?: string }).code).toBe("ERR_INVALID_ARG_VALUE");
          const message = (thrown as Error).message;
          expect(message).toContain(`"${value}" is not a Fides scope`);
          const nearest = nearestScope(value);
          if (nearest === undefined) expect(message).not.toContain("did you mean");
          else expect(message).toContain(`did you mean "${nearest}"?`);
          expect(checkScopes([value], "scopes", true)).toEqual([value]);
        },
      ),
      { numRuns: 300 },
    );
  });
});
