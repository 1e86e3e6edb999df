// Fides answers every path outside /api/v1 with its admin UI page, 200 text/html: where JSON is
// expected, that is a typed error naming the likely missing /api/v1 (issue 22, point 3).
import { describe, expect, it } from "vitest";
import { FidesResponseValidationError } from "../../src/errors.js";
import { failure, recordingLogger, useMsw, world } from "./fixtures.js";

const server = useMsw();

describe("an HTML page where JSON is expected", () => {
  it("through sdk.fetch is a typed error naming the missing /api/v1", async () => {
    const w = world(server);
    const error = await failure(w.client({ logger: recordingLogger() }).fetch("/dsr/policy"));
    expect(error).toBeInstanceOf(FidesResponseValidationError);
    expect(error).toMatchObject({ operation: "fetch", method: "GET", path: "/dsr/policy", field: "" });
    expect(error.message).toBe(
      'GET /dsr/policy answered 200 with an HTML page where JSON was expected: Fides serves its admin UI outside /api/v1, so the path probably lacks it ("/api/v1/dsr/policy"); send Accept: text/html to receive HTML',
    );
  });

  it("through sdk.fetch is returned when the caller accepts HTML", async () => {
    const w = world(server);
    const sdk = w.client({ logger: recordingLogger() });
    const response = await sdk.fetch("/dsr/policy", { headers: { Accept: "text/html" } });
    expect(response.status).toBe(200);
    expect(await response.text()).toContain("<!DOCTYPE html>");
  });

  it("through sdk.fetch with throwOnError: false is returned as the raw Response", async () => {
    const w = world(server);
    const response = await w
      .client({ logger: recordingLogger() })
      .fetch("/dsr/policy", { throwOnError: false });
    expect(response.headers.get("content-type")).toMatch(/^text\/html/);
  });

  it("through sdk.api() is the same typed error", async () => {
    const w = world(server);
    const api = w.client({ logger: recordingLogger() }).api<{
      "/dsr/policy": { get: { responses: { 200: { content: { "application/json": unknown } } } } };
    }>();
    const error = await failure(api.GET("/dsr/policy"));
    expect(error).toBeInstanceOf(FidesResponseValidationError);
    expect(error).toMatchObject({ operation: "api", path: "/dsr/policy" });
    expect(error.message).toContain('the path probably lacks it ("/api/v1/dsr/policy")');
  });
});
