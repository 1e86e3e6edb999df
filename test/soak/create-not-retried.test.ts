// The soak's "no duplicates" rests on this: after a create or a rotation that the server carried
// out but whose answer was lost, the SDK reports the failure and never sends the request again.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { FidesClient, FidesConnectionError, FidesTimeoutError } from "../../src/index.js";
import { ADAPTERS, gate, type Harness } from "../testing/harness.js";

const CLIENT = "/api/v1/oauth/client";

describe.each(ADAPTERS)("an answer lost after serving, via $name", (adapter) => {
  let fides: (Harness & { stop(): Promise<void> }) | undefined;
  beforeAll(async () => {
    fides = await adapter.start({});
  });
  afterAll(() => fides?.stop());
  beforeEach(() => fides?.emulator.reset());

  const sdkFor = (running: Harness, timeoutMs = 5000) =>
    new FidesClient({
      baseUrl: running.url,
      clientId: running.emulator.rootClientId,
      clientSecret: running.emulator.rootClientSecret,
      maxRetries: 4,
      timeoutMs,
    });
  const posts = (running: Harness, path: string) =>
    running.emulator.requests().filter((entry) => entry.method === "POST" && entry.path === path);

  it("rejects a create with FidesConnectionError, sends it once, and the server holds one client", async () => {
    const running = fides as Harness;
    running.emulator.failNext(1, "serve-then-drop", { method: "POST", path: CLIENT });
    await expect(sdkFor(running).oauth.createClient([], { name: "once" })).rejects.toBeInstanceOf(
      FidesConnectionError,
    );
    expect(running.emulator.clients().map((client) => client.name)).toEqual(["once"]);
    expect(posts(running, CLIENT).map((entry) => entry.status)).toEqual([0]);
  });

  it("rejects a create whose answer is held past the timeout with FidesTimeoutError, sent once", async () => {
    const running = fides as Harness;
    const held = gate();
    running.emulator.failNext(
      1,
      { kind: "serve-then-delay", until: held.until },
      { method: "POST", path: CLIENT },
    );
    const sdk = sdkFor(running, 100);
    await sdk.oauth.listScopes(); // the token first, so that only the create meets the timeout
    const create = sdk.oauth.createClient([], { name: "held" });
    await held.holding;
    await expect(create).rejects.toBeInstanceOf(FidesTimeoutError);
    // The HTTP adapter logs the abandoned request once it sees the socket close, a moment later.
    await expect.poll(() => posts(running, CLIENT).map((entry) => entry.status)).toEqual([0]);
    expect(running.emulator.clients().map((client) => client.name)).toEqual(["held"]);
    held.release();
  });

  it("rejects a rotation with FidesConnectionError and sends it once", async () => {
    const running = fides as Harness;
    const { client_id } = running.emulator.addClient();
    const path = `${CLIENT}/${client_id}/secret`;
    running.emulator.failNext(1, "serve-then-drop", { method: "POST", path });
    await expect(sdkFor(running).oauth.rotateClientSecret(client_id)).rejects.toBeInstanceOf(
      FidesConnectionError,
    );
    expect(posts(running, path).map((entry) => entry.status)).toEqual([0]);
  });
});
