import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseRetryAfter, RETRY_AFTER_CAP_MS, retryDelayMs } from "../../src/internal/retry.js";

const wallNow = fc.integer({ min: Date.UTC(2000, 0, 1), max: Date.UTC(2100, 0, 1) });
const unit = fc.double({ min: 0, max: 1, maxExcluded: true, noNaN: true });

describe("Retry-After parsing (property)", () => {
  it("reads delay-seconds as milliseconds, whitespace allowed", () => {
    fc.assert(
      fc.property(fc.nat({ max: 10 ** 7 }), wallNow, fc.constantFrom("", " ", "\t"), (seconds, now, pad) => {
        expect(parseRetryAfter(`${pad}${seconds}${pad}`, now)).toBe(seconds * 1000);
      }),
    );
  });

  it("reads an HTTP-date as the time left until it, never negative", () => {
    fc.assert(
      fc.property(wallNow, fc.integer({ min: -86_400, max: 86_400 }), (now, offsetSeconds) => {
        const header = new Date(now + offsetSeconds * 1000).toUTCString();
        const delay = parseRetryAfter(header, now);
        expect(delay).toBeDefined();
        // The header has whole seconds: it can be up to one second earlier than the exact offset.
        expect(delay).toBeGreaterThanOrEqual(0);
        expect(delay).toBeLessThanOrEqual(Math.max(0, offsetSeconds * 1000));
        expect(delay).toBeGreaterThan(offsetSeconds * 1000 - 1000);
      }),
    );
  });

  it("keeps an absurdly long delay-seconds header finite", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 9 }),
        fc.integer({ min: 15, max: 400 }),
        wallNow,
        (lead, length, now) => {
          const delay = parseRetryAfter(`${lead}${"9".repeat(length)}`, now);
          expect(Number.isFinite(delay)).toBe(true);
          expect(delay).toBeGreaterThan(0);
        },
      ),
      { numRuns: 100 },
    );
  });

  it("answers anything else with undefined or a non-negative delay, never throwing", () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.constant(null)), wallNow, (header, now) => {
        const delay = parseRetryAfter(header, now);
        if (delay !== undefined) {
          expect(delay).toBeGreaterThanOrEqual(0);
          expect(Number.isFinite(delay)).toBe(true);
        }
        if (header === null || header.trim() === "") expect(delay).toBeUndefined();
      }),
      { numRuns: 500 },
    );
  });
});

describe("backoff bounds (property)", () => {
  it("waits between half and all of min(0.5 s × 2^attempt, 8 s)", () => {
    fc.assert(
      fc.property(fc.nat({ max: 40 }), unit, (attempt, random) => {
        const ceiling = Math.min(500 * 2 ** attempt, 8000);
        const delay = retryDelayMs(attempt, undefined, random);
        expect(delay).toBeGreaterThanOrEqual(ceiling / 2);
        expect(delay).toBeLessThanOrEqual(ceiling);
      }),
    );
  });

  it("honours Retry-After up to the cap, whatever the attempt", () => {
    fc.assert(
      fc.property(fc.nat({ max: 40 }), fc.nat({ max: 10 ** 9 }), unit, (attempt, retryAfter, random) => {
        expect(retryDelayMs(attempt, retryAfter, random)).toBe(Math.min(retryAfter, RETRY_AFTER_CAP_MS));
      }),
    );
  });

  it("never waits longer than the cap, even for a huge delay-seconds header", () => {
    fc.assert(
      fc.property(fc.stringMatching(/^\d{1,400}$/), wallNow, unit, (header, now, random) => {
        const delay = retryDelayMs(0, parseRetryAfter(header, now), random);
        expect(delay).toBeGreaterThanOrEqual(0);
        expect(delay).toBeLessThanOrEqual(RETRY_AFTER_CAP_MS);
      }),
    );
  });
});
