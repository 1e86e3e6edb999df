import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  classifyForbidden,
  MAX_DETAIL_SCAN_CHARS,
  MAX_DETAIL_SCOPES,
  NOT_AUTHORIZED,
  parsePythonList,
} from "../../src/internal/forbidden-detail.js";
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

/** Details built to make a backtracking or rescanning parser quadratic. */
const HOSTILE_BODIES = [
  "\\'".repeat(600_000),
  "'".repeat(1_200_000),
  `'${"\\".repeat(1_200_000)}`,
  ", ".repeat(600_000),
  "[".repeat(1_200_000),
];

describe("403 detail classifier on hostile input (property)", () => {
  const prefixes = fc.constantFrom(
    "Not Authorized for this action. Required scope(s): [",
    "Invalid Scope. Scopes must be one of [",
    "Cannot assign scopes that you do not have. Missing scopes: [",
    "anything else ",
  );
  const hostileTail = fc.constantFrom(...HOSTILE_BODIES.map((body) => body.slice(0, 80_000)));

  it("depends only on the first MAX_DETAIL_SCAN_CHARS characters of a detail", () => {
    fc.assert(
      fc.property(prefixes, fc.string(), hostileTail, fc.array(scope), (prefix, middle, tail, sent) => {
        const detail = `${prefix}${middle}${tail}]`;
        const head = detail.slice(0, MAX_DETAIL_SCAN_CHARS);
        expect(detail.length).toBeGreaterThan(MAX_DETAIL_SCAN_CHARS);
        expect(classifyForbidden(detail, sent)).toEqual(classifyForbidden(head, sent));
      }),
      { numRuns: 60 },
    );
  });

  it("keeps at most MAX_DETAIL_SCOPES scopes from one list", () => {
    const many = Array.from({ length: 5_000 }, (_, i) => `s${i}`);
    const required = classifyForbidden(
      `Not Authorized for this action. Required scope(s): [${many.join(", ")}]`,
      undefined,
    );
    expect(required.requiredScopes).toEqual(many.slice(0, MAX_DETAIL_SCOPES));
    const missing = classifyForbidden(
      `Cannot assign scopes that you do not have. Missing scopes: ${pythonListRepr(many)}`,
      undefined,
    );
    expect(missing.missingScopes).toEqual(many.slice(0, MAX_DETAIL_SCOPES));
  });

  it("classifies 1 MB hostile details of every kind (a quadratic parser would not return)", () => {
    for (const prefix of [
      "Not Authorized for this action. Required scope(s): [",
      "Invalid Scope. Scopes must be one of [",
      "Cannot assign scopes that you do not have. Missing scopes: [",
    ]) {
      for (const body of HOSTILE_BODIES) {
        const detail = `${prefix}${body}]`;
        expect(detail.length).toBeGreaterThan(1_000_000);
        expect(classifyForbidden(detail, ["client:read"])).toEqual(
          classifyForbidden(detail.slice(0, MAX_DETAIL_SCAN_CHARS), ["client:read"]),
        );
      }
    }
  });

  it("reads a list that the scan limit cuts before its closing bracket", () => {
    const many = Array.from({ length: 20_000 }, (_, i) => `scope:${i}`);
    const facts = classifyForbidden(
      `Cannot assign scopes that you do not have. Missing scopes: ${pythonListRepr(many)}`,
      undefined,
    );
    expect(facts.missingScopes?.slice(0, 3)).toEqual(["scope:0", "scope:1", "scope:2"]);
    expect(facts.missingScopes).toHaveLength(MAX_DETAIL_SCOPES);
  });
});
