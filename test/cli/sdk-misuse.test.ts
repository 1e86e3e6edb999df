// The CLI names an SDK misuse by the error's `argument` field, not by parsing its sentence.
import { describe, expect, it } from "vitest";
import { inFlagTerms } from "../../src/cli/connection/sdk-misuse.js";
import { codedTypeError, invalidValue } from "../../src/internal/assert.js";

const FROM_FLAGS = { url: "--url", rawUrl: "localhost:8080", clientId: "--client-id" };
const FROM_ENV = { url: "FIDES_URL", rawUrl: undefined, clientId: "FIDES_CLIENT_ID" };

describe("an SDK misuse in the CLI's terms", () => {
  it("maps the error's argument to the flag that gave it, whatever the sentence says", () => {
    const reworded = invalidValue("details.name", "is blank, which a client name cannot be");
    expect(inFlagTerms(reworded, FROM_FLAGS)).toBe("--name is blank, which a client name cannot be");
    expect(inFlagTerms(invalidValue("options.baseUrl", "must not hold credentials"), FROM_ENV)).toBe(
      "FIDES_URL must not hold credentials",
    );
    expect(inFlagTerms(invalidValue("options.timeoutMs", "must be positive"), FROM_ENV)).toBe(
      "--timeout must be positive",
    );
    expect(inFlagTerms(invalidValue("changes.scopes[1]", "must be a string"), FROM_ENV)).toBe(
      "--scope must be a string",
    );
    expect(inFlagTerms(invalidValue("id", "must not be empty"), FROM_ENV)).toBe(
      "CLIENT_ID must not be empty",
    );
    expect(inFlagTerms(invalidValue("query.size", "must be small"), FROM_ENV)).toBe(
      '"query.size" must be small',
    );
  });

  it("maps the other options a message mentions, and the remedy for plain http", () => {
    const combined = invalidValue(
      "options.accessToken",
      `cannot be combined with "options.clientId" or "options.clientSecret"`,
    );
    expect(inFlagTerms(combined, FROM_ENV)).toBe(
      "--access-token cannot be combined with FIDES_CLIENT_ID or the client secret",
    );
    const insecure = invalidValue(
      "options.baseUrl",
      'uses plain http:; use https:, or set "options.allowInsecureHttp" to true',
    );
    expect(inFlagTerms(insecure, FROM_FLAGS)).toBe(
      "--url uses plain http:; use https:, or pass --allow-insecure-http",
    );
  });

  it("adds what to do about an unknown scope and shows the URL as typed", () => {
    const scope = codedTypeError("ERR_INVALID_ARG_VALUE", '"xyzzy" is not a Fides scope', "scopes[0]");
    expect(inFlagTerms(scope, FROM_ENV)).toBe(
      '"xyzzy" is not a Fides scope; run `fides-oauth scopes` to list them, or pass --allow-unknown-scopes',
    );
    const relative = invalidValue("options.baseUrl", "must be an absolute http(s) URL");
    expect(inFlagTerms(relative, FROM_FLAGS)).toBe(
      '--url must be an absolute http(s) URL, not "localhost:8080"',
    );
  });

  it("still maps a misuse without an argument field (the emulator's own errors)", () => {
    const bare = new TypeError('"options.serverVersion" must look like "2.84.2"');
    expect(inFlagTerms(bare, FROM_ENV)).toBe('--server-version must look like "2.84.2"');
  });
});
