// A Jest user's test, under Jest's default configuration (CommonJS, no transform settings):
// the emulator's HTTP server from fides-sdk/testing/server, the SDK from fides-sdk.
const { FidesClient } = require("fides-sdk");
const { startFidesEmulatorServer } = require("fides-sdk/testing/server");

let server;
beforeAll(async () => {
  server = await startFidesEmulatorServer();
});
afterAll(() => server.close());

test("the seed flow runs against the emulator's HTTP server", async () => {
  const root = new FidesClient({
    baseUrl: server.url,
    clientId: server.emulator.rootClientId,
    clientSecret: server.emulator.rootClientSecret,
  });
  const created = await root.oauth.createClient(["policy:read"], { name: "jest" });
  const scoped = new FidesClient({
    baseUrl: server.url,
    clientId: created.client_id,
    clientSecret: created.client_secret,
  });
  expect(await scoped.oauth.getAccessToken()).toMatch(/\S/);
  expect(await root.oauth.getClientScopes(created.client_id)).toEqual(["policy:read"]);
});
