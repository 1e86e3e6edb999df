import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { classifyForbidden, NOT_AUTHORIZED, parsePythonList } from "../../src/internal/forbidden-detail.js";
import { SCOPES } from "../../src/scopes.js";
import { pythonListRepr } from "../../src/testing/wire/python-repr.js";

const scope = fc.constantFrom(...SCOPES);
const scopes = fc.array(scope, { maxLength: 8 });
const PREFIXES = [
  "Not Authorized for this action",
  "Invalid Scope.",
  "Cannot assign scopes that you do not have",
];

describe("403 detail classifier (property)", () => {
  it("reads the required scopes Fides joins into its insufficient-scope detail", () => {
    fc.assert(
      fc.property(fc.array(scope, { minLength: 1, maxLength: 8 }), (required) => {
        const detail = `Not Authorized for this action. Required scope(s): [${required.join(", ")}]`;
        expect(classifyForbidden(detail, undefined)).toEqual({
          reason: "insufficient_scope",
          requiredScopes: required,
        });
      }),
    );
  });

  it("names exactly the sent scopes missing from an Invalid Scope detail's registry", () => {
    fc.assert(
      fc.property(
        scopes,
        scopes,
        fc.array(fc.stringMatching(/^[a-z_-]{1,12}:[a-z_]{1,12}$/)),
        (known, sentKnown, sentOther) => {
          const sent = [...sentKnown, ...sentOther];
          const detail = `Invalid Scope. Scopes must be one of ${pythonListRepr(known)}.`;
          const facts = classifyForbidden(detail, sent);
          expect(facts.reason).toBe("invalid_scope");
          expect(facts.invalidScopes).toEqual([
            ...new Set(sent.filter((item) => !known.includes(item as never))),
          ]);
        },
      ),
    );
  });

  it("reads the missing scopes of a Cannot-assign detail", () => {
    fc.assert(
      fc.property(scopes, (missing) => {
        const detail = `Cannot assign scopes that you do not have. Missing scopes: ${pythonListRepr(missing)}`;
        expect(classifyForbidden(detail, undefined)).toEqual({
          reason: "cannot_assign_scopes",
          missingScopes: missing,
        });
      }),
    );
  });

  it("round-trips Python list reprs of strings without quotes or backslashes", () => {
    fc.assert(
      fc.property(fc.array(fc.stringMatching(/^[^'"\\\p{Cc}]*$/u)), (values) => {
        expect(parsePythonList(pythonListRepr(values))).toEqual(values);
      }),
    );
  });

  it("calls any other detail not_authorized and never throws, whatever the scopes sent", () => {
    fc.assert(
      fc.property(fc.string(), fc.option(fc.array(fc.string())), (detail, sent) => {
        const facts = classifyForbidden(detail, sent ?? undefined);
        if (!PREFIXES.some((prefix) => detail.startsWith(prefix)))
          expect(facts).toEqual({ reason: "not_authorized" });
        if (detail === NOT_AUTHORIZED) expect(facts.reason).toBe("not_authorized");
      }),
      { numRuns: 300 },
    );
  });
});
