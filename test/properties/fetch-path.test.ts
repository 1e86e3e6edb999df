// sdk.fetch()'s path rule, as a property: whatever the caller writes, either it is refused with a
// coded TypeError before anything is sent, or the URL sent is on the base URL's origin, below its
// prefix, and its path (decoded as Fides's ASGI server decodes it) has no dot segment.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { resolveFetchTarget } from "../../src/internal/fetch-request.js";
import { requestUrl } from "../../src/internal/request-data.js";

const PIECES = [
  "/",
  "//",
  ".",
  "..",
  "%2e",
  "%2E",
  "%252e",
  "%2f",
  "%2F",
  "%5c",
  "%25",
  "\\",
  "?",
  "#",
  ":",
  "@",
  "a",
  "api",
  "v1",
  "\t",
  "\n",
  " ",
  "https://evil.test",
  "http://localhost:8080",
  "http://localhost:8080/fides",
  "%",
];
const pathText = fc.array(fc.constantFrom(...PIECES), { maxLength: 12 }).map((parts) => parts.join(""));

/** Decodes repeatedly, as a chain of proxies and an ASGI server might. */
function fullyDecoded(text: string): string {
  let current = text;
  for (let round = 0; round < 5; round++) {
    let next: string;
    try {
      next = decodeURIComponent(current);
    } catch {
      return current;
    }
    if (next === current) return current;
    current = next;
  }
  return current;
}

describe.each(["http://localhost:8080", "http://localhost:8080/fides"])("paths below %s", (baseUrl) => {
  const base = new URL(baseUrl);
  const prefix = base.pathname.replace(/\/+$/, "");

  it("are refused with a coded TypeError, or stay on the origin, below the prefix, on their route", () => {
    fc.assert(
      fc.property(pathText, (text) => {
        let target: ReturnType<typeof resolveFetchTarget>;
        try {
          target = resolveFetchTarget(baseUrl, text);
        } catch (error) {
          expect(error).toBeInstanceOf(TypeError);
          expect((error as { code?: string }).code).toMatch(/^ERR_INVALID_ARG_(VALUE|TYPE)$/);
          return;
        }
        const url = new URL(requestUrl(baseUrl, target));
        expect(url.origin).toBe(base.origin);
        expect(url.pathname === prefix || url.pathname.startsWith(`${prefix}/`)).toBe(true);
        const segments = fullyDecoded(url.pathname).split(/[/\\]/);
        expect(segments.filter((segment) => segment === "." || segment === "..")).toEqual([]);
        expect(fullyDecoded(url.pathname).slice(prefix.length)).toBe(fullyDecoded(target.path));
      }),
      { numRuns: 2_000 },
    );
  });
});
