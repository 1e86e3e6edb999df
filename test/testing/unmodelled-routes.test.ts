/**
 * Issue 22 point 4, the emulator's part: a route the emulated release has, which the emulator
 * does not model and the test forgot to add with route(), is not answered as an unknown path
 * (404 "Item not found", which reads as "your server is too old"), but says what happened.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { FidesClient } from "../../src/client.js";
import { FidesServerError } from "../../src/errors.js";
import { startFidesEmulatorServer } from "../../src/testing/adapters/http-server.js";
import { createFidesEmulatorCore } from "../../src/testing/emulator.js";
import { call, httpAdapter, rootToken, useEmulator } from "./harness.js";

describe("a route of the emulated release that nobody modelled", () => {
  const fides = useEmulator(httpAdapter);

  it("answers 501 naming the route, the release and route(), not 404 Item not found", async () => {
    const token = await rootToken(fides);
    const answer = await call(fides, "GET", "/api/v1/system/my_system", { token });
    expect(answer.status).toBe(501);
    expect(answer.body).toEqual({
      detail:
        "The Fides emulator does not model GET /api/v1/system/{fides_key} (a route of Fides 2.86.2); add it in your test with emulator.route()",
    });
  });

  it("answers so for any method the release has on the path, with or without a token", async () => {
    const answer = await call(fides, "DELETE", "/api/v1/connection/c1/");
    expect(answer.status).toBe(501);
    expect(answer.body.detail).toContain(
      "DELETE /api/v1/connection/{connection_key} (a route of Fides 2.86.2)",
    );
  });

  it("still answers a path the release does not have as the server does: 404 for GET, 405 otherwise", async () => {
    expect((await call(fides, "GET", "/api/v1/nothing")).body).toEqual({ detail: "Item not found" });
    expect((await call(fides, "DELETE", "/api/v1/system")).status).toBe(405);
  });

  it("gives a route added with route() precedence over the 501", async () => {
    fides.emulator.route("GET", "/api/v1/system/{fides_key}", { scopes: ["system:read"] }, (request) => ({
      status: 200,
      json: { fides_key: request.params.fides_key },
    }));
    const answer = await call(fides, "GET", "/api/v1/system/s1", { token: await rootToken(fides) });
    expect([answer.status, answer.body]).toEqual([200, { fides_key: "s1" }]);
  });
});

describe("the release's own route list", () => {
  it("treats a route newer than the emulated release as unknown there (404), as that server would", async () => {
    const old = createFidesEmulatorCore({ serverVersion: "2.78.2" });
    const answer = await old.handle(new Request(`${old.baseUrl}/api/v1/connection/c/system-links`));
    expect([answer.status, await answer.json()]).toEqual([404, { detail: "Item not found" }]);
    const current = createFidesEmulatorCore();
    const modern = await current.handle(new Request(`${current.baseUrl}/api/v1/connection/c/system-links`));
    expect(modern.status).toBe(501);
  });

  it("treats a route a later release removed as present only before it", async () => {
    const old = createFidesEmulatorCore({ serverVersion: "2.78.2" });
    expect((await old.handle(new Request(`${old.baseUrl}/api/v1/registration`))).status).toBe(501);
    const current = createFidesEmulatorCore();
    expect((await current.handle(new Request(`${current.baseUrl}/api/v1/registration`))).status).toBe(404);
  });
});

describe("the SDK's error for such a route", () => {
  let server: Awaited<ReturnType<typeof startFidesEmulatorServer>>;
  beforeAll(async () => {
    server = await startFidesEmulatorServer();
  });
  afterAll(() => server.close());

  it("names emulator.route() and gives no hint about an old Fides", async () => {
    const sdk = new FidesClient({
      baseUrl: server.url,
      clientId: "fidesadmin",
      clientSecret: "fidesadminsecret",
    });
    const error = await sdk.fetch("/api/v1/system").then(
      () => undefined,
      (caught: unknown) => caught,
    );
    expect(error).toBeInstanceOf(FidesServerError);
    expect((error as Error).message).toContain("add it in your test with emulator.route()");
    expect((error as Error).message).not.toMatch(/older than Fides/);
  });
});
