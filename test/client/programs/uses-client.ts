// Run as a child process by child-process.test.ts: uses the client against a real loopback server
// and then simply ends. It must exit by itself: nothing the client leaves behind may keep it alive.
import { FidesClient } from "../../../src/index.js";
import { startFidesEmulatorServer } from "../../../src/testing/server-entry.js";

const fides = await startFidesEmulatorServer();
const sdk = new FidesClient({ baseUrl: fides.url, clientId: "fidesadmin", clientSecret: "fidesadminsecret" });
const created = await sdk.oauth.createClient(["policy:read"], { name: "child" });
const page = await sdk.oauth.listClients();
await sdk.oauth.getAccessToken();
await fides.close();
// A call that fails (the server is gone) must not leave a retry timer or socket behind either.
const failed = await sdk.oauth.listScopes({ timeoutMs: 2_000 }).catch((error: Error) => error.name);
console.log(JSON.stringify({ created: created.client_id.length, total: page.total, failed }));
