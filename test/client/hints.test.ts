// Hints follow from what the server said and the version it reported, never from a guess that
// contradicts them (issue 22, point 4).
import { HttpResponse, http } from "msw";
import { describe, expect, it } from "vitest";
import { describeFailure } from "../../src/cli/output/describe-failure.js";
import { failure, recordingLogger, useMsw, world } from "./fixtures.js";

const server = useMsw();

describe("an unknown route", () => {
  it("on a server that reported 2.86.2 names that version and no older one", async () => {
    const w = world(server, { serverVersion: "2.86.2" });
    const sdk = w.client({ logger: recordingLogger() });
    await sdk.health();
    const error = await failure(sdk.fetch("/api/v1/no-such-route"));
    expect(error).toMatchObject({ name: "FidesNotFoundError", status: 404, detail: "Item not found" });
    expect(error.message).toContain(
      "no such route on Fides 2.86.2: check the path, which starts with /api/v1",
    );
    expect(error.message).not.toMatch(/older than/);
  });

  it("on a server whose version is not known yet guesses no version", async () => {
    const w = world(server, { serverVersion: "2.86.2" });
    const error = await failure(w.client({ logger: recordingLogger() }).fetch("/api/v1/no-such-route"));
    expect(error.message).toContain("no such route on this server: check the path");
    expect(error.message).not.toMatch(/Fides 2\.\d+/);
  });

  it("on a server that reported a release before 2.82 says a later release may have it", async () => {
    const w = world(server, { serverVersion: "2.81.1" });
    const sdk = w.client({ logger: recordingLogger() });
    await sdk.health();
    const error = await failure(sdk.fetch("/api/v1/no-such-route"));
    expect(error.message).toContain(
      "no such route on Fides 2.81.1: check the path; the route may come with a later release",
    );
  });

  it("with a configured version names it as configured, not as what the server said", async () => {
    const w = world(server, { serverVersion: "2.81.1" });
    const sdk = w.client({ serverVersion: "2.84.2", logger: recordingLogger() });
    const error = await failure(sdk.oauth.rotateClientSecret("abc"));
    expect(error).toMatchObject({ name: "FidesApiError", status: 405 });
    expect(error.message).toContain("no POST route at this path on this server, configured as Fides 2.84.2");
    expect(error.message).toContain("serverVersion option");
  });
});

describe("an unknown scope", () => {
  it("on a server that reported 2.86.2 does not suggest the server is older than the registry", async () => {
    const w = world(server, { serverVersion: "2.86.2" });
    const sdk = w.client({ allowUnknownScopes: true, logger: recordingLogger() });
    await sdk.health();
    const error = await failure(sdk.oauth.createClient(["made:up" as never]));
    expect(error).toMatchObject({ name: "FidesForbiddenError", reason: "invalid_scope" });
    expect(error.message).toContain("they are not in the registry of Fides 2.86.2");
    expect(error.message).not.toMatch(/older than/);
  });
});

describe("the CLI's advice on a 404", () => {
  const sources = { url: "--url", rawUrl: undefined, clientId: "--client-id" };

  it('does not say "no such route" when the route said "No Policy found"', async () => {
    const w = world(server);
    server.use(
      http.get(`${w.fides.baseUrl}/api/v1/dsr/policy/missing`, () =>
        HttpResponse.json({ detail: "No Policy found for key missing." }, { status: 404 }),
      ),
    );
    const error = await failure(w.client({ logger: recordingLogger() }).fetch("/api/v1/dsr/policy/missing"));
    const { message } = describeFailure(error, { baseUrl: w.fides.baseUrl, sources });
    expect(message).toContain('"No Policy found for key missing."');
    expect(message).not.toMatch(/no such route/i);
    expect(message).toContain("the route answered that what it was asked for does not exist");
  });

  it("says Fides has no such route when its catch-all answered", async () => {
    const w = world(server);
    const error = await failure(w.client({ logger: recordingLogger() }).fetch("/api/v1/no-such-route"));
    const { message } = describeFailure(error, { baseUrl: w.fides.baseUrl, sources });
    expect(message).toContain("Fides has no such route: check the path (it starts with /api/v1)");
  });
});
