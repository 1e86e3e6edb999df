/** Faults that serve the request, then lose its answer: the state changes, the client never hears. */
import { describe, expect, it } from "vitest";
import { ADAPTERS, call, gate, requestToken, rootToken, useEmulator } from "./harness.js";

const CLIENT = "/api/v1/oauth/client";

describe.each(ADAPTERS)("served-then-lost faults via $name", (adapter) => {
  const fides = useEmulator(adapter);

  it("creates the client, then drops the connection: fetch rejects and the log shows status 0", async () => {
    const token = await rootToken(fides);
    fides.emulator.failNext(1, "serve-then-drop", { method: "POST", path: CLIENT });
    await expect(
      fetch(`${fides.url}${CLIENT}`, {
        method: "POST",
        headers: { authorization: `Bearer ${token}`, "content-type": "application/json" },
        body: JSON.stringify({ name: "lost answer", scopes: [] }),
      }),
    ).rejects.toThrow(TypeError);
    expect(fides.emulator.clients().map((client) => client.name)).toEqual(["lost answer"]);
    expect(fides.emulator.requests().at(-1)).toMatchObject({ method: "POST", path: CLIENT, status: 0 });
  });

  it("rotates the secret, then drops the connection: the old secret no longer works", async () => {
    const seeded = fides.emulator.addClient({ scopes: [] });
    const token = await rootToken(fides);
    fides.emulator.failNext(1, { kind: "serve-then-drop" });
    await expect(
      fetch(`${fides.url}${CLIENT}/${seeded.client_id}/secret`, {
        method: "POST",
        headers: { authorization: `Bearer ${token}` },
      }),
    ).rejects.toThrow(TypeError);
    const old = await requestToken(fides, { client_id: seeded.clientId, client_secret: seeded.clientSecret });
    expect(old.status).toBe(401);
  });

  it("serves at once but holds the answer until released", async () => {
    const token = await rootToken(fides);
    const held = gate();
    fides.emulator.failNext(1, { kind: "serve-then-delay", until: held.until });
    let settled = false;
    const pending = call(fides, "POST", CLIENT, { token, json: { name: "late answer", scopes: [] } }).finally(
      () => {
        settled = true;
      },
    );
    await held.holding;
    expect(fides.emulator.clients().map((client) => client.name)).toEqual(["late answer"]);
    expect(settled).toBe(false);
    held.release();
    const answer = await pending;
    expect(answer.status).toBe(200);
    expect(answer.body.client_id).toBe(fides.emulator.clients()[0]?.client_id);
    expect(fides.emulator.requests().at(-1)).toMatchObject({ method: "POST", path: CLIENT, status: 200 });
  });

  it("gives a client that gave up on a held answer nothing, and logs status 0", async () => {
    const token = await rootToken(fides);
    const held = gate();
    fides.emulator.failNext(1, { kind: "serve-then-delay", until: held.until });
    const aborter = new AbortController();
    const pending = fetch(`${fides.url}${CLIENT}`, {
      method: "POST",
      signal: aborter.signal,
      headers: { authorization: `Bearer ${token}`, "content-type": "application/json" },
      body: JSON.stringify({ name: "abandoned", scopes: [] }),
    });
    await held.holding;
    expect(fides.emulator.clients()).toHaveLength(1);
    aborter.abort();
    await expect(pending).rejects.toThrow();
    await expect.poll(() => fides.emulator.requests().at(-1)?.status).toBe(0);
    held.release();
  });

  it("never logs the secret it created or the token it was sent", async () => {
    const token = await rootToken(fides);
    const held = gate();
    fides.emulator.failNext(1, { kind: "serve-then-delay", until: held.until });
    const pending = call(fides, "POST", CLIENT, { token, json: { scopes: [] } });
    await held.holding;
    held.release();
    const { body } = await pending;
    const log = JSON.stringify(fides.emulator.requests());
    expect(log).not.toContain(body.client_secret);
    expect(log).not.toContain(token);
  });

  it("checks the fault: a negative hold is refused, naming the field", () => {
    expect(() => fides.emulator.failNext(1, { kind: "serve-then-delay", ms: -5 })).toThrow(/"fault.ms"/);
    expect(() => fides.emulator.failNext(1, { kind: "serve-then-crash" } as unknown as "drop")).toThrowError(
      expect.objectContaining({
        code: "ERR_INVALID_ARG_VALUE",
        message: expect.stringMatching(/"fault.kind"/),
      }),
    );
  });
});
