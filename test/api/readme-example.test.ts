// The README's whole-API example runs against the emulator, with the privacy-request, policy and
// connection routes registered as Fides 2.86.2 answers them (test/real runs it on the real server).
import { describe, expect, it } from "vitest";
import { startFidesEmulatorServer } from "../../src/testing/server-entry.js";
import { runWholeApiExample } from "./readme-example.js";

describe("the README's whole-API example", () => {
  it("writes a policy, reads privacy requests and connections, and prints the scopes", async () => {
    const server = await startFidesEmulatorServer({ rootClientSecret: "readme-root-secret-77" });
    server.route("PATCH", "/api/v1/dsr/policy", { scopes: ["policy:create_or_update"] }, (request) => ({
      status: 200,
      json: { succeeded: request.json, failed: [] },
    }));
    server.route("GET", "/api/v1/privacy-request", { scopes: ["privacy-request:read"] }, () => ({
      status: 200,
      json: { items: [], total: 0, page: 1, size: 10, pages: 0 },
    }));
    server.route("GET", "/api/v1/connection", { scopes: ["connection:read"] }, () => ({
      status: 200,
      json: { items: [{ key: "app_postgres" }], total: 1, page: 1, size: 10, pages: 1 },
    }));
    try {
      const stdout = await runWholeApiExample(
        {
          FIDES_URL: server.url,
          FIDES_CLIENT_ID: server.emulator.rootClientId,
          FIDES_CLIENT_SECRET: "readme-root-secret-77",
        },
        "whole-api-emulator",
      );
      expect(stdout.split("\n")).toEqual([
        "[ 'readme_access' ]",
        "privacy requests: 0",
        "connections: app_postgres",
        "[ 'privacy-request:read' ]",
        "",
      ]);
      const sent = server.emulator.requests().map((r) => `${r.method} ${r.path} ${r.status}`);
      expect(sent).toEqual(
        expect.arrayContaining([
          "PATCH /api/v1/dsr/policy 200",
          "GET /api/v1/privacy-request 200",
          "GET /api/v1/connection 200",
        ]),
      );
    } finally {
      await server.close();
    }
  }, 60_000);
});
