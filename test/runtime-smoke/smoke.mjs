// The smoke suite of the runtime matrix (scripts/runtime-matrix.mjs), run by each runtime itself:
// Node, Bun or Deno. Plain JavaScript against the BUILT package (dist/), so that no runtime needs a
// TypeScript loader. Prints one JSON line: {"checks":[{"name","ok","ms","error"?}]}.
//
//   <runtime> test/runtime-smoke/smoke.mjs seed-http webhooks [msw]
//
// "msw" is left out on Deno: a process that called msw's setupServer never exits there (msw's
// issue, seen without the SDK too), so Deno's suite uses the emulator's HTTP server only.
import { bootstrapClient, FidesClient } from "../../dist/index.js";
import { startFidesEmulatorServer } from "../../dist/testing/server.js";

const CHECK_TIMEOUT_MS = 20_000;

const CHECKS = {
  /** The Fides guide's seed flow against the emulator's loopback HTTP server. */
  async "seed-http"() {
    const server = await startFidesEmulatorServer();
    try {
      const created = await bootstrapClient({
        baseUrl: server.url,
        rootClientId: server.emulator.rootClientId,
        rootClientSecret: server.emulator.rootClientSecret,
        scopes: ["policy:read", "rule:read"],
        name: "runtime smoke",
      });
      const root = new FidesClient({
        baseUrl: server.url,
        clientId: server.emulator.rootClientId,
        clientSecret: server.emulator.rootClientSecret,
      });
      const scopes = await root.oauth.getClientScopes(created.client_id);
      expectEqual(scopes.join(","), "policy:read,rule:read", "the new client's scopes");
      await root.oauth.deleteClient(created.client_id);
      expectEqual(server.emulator.clients().length, 0, "clients left after the delete");
    } finally {
      await server.close();
    }
  },

  /** fides-sdk/webhooks in process: one delivery through toFetchHandler, halted, queued and revived (Web Crypto). */
  async webhooks() {
    const { createWebhookReceiver, reviveDelivery, toFetchHandler } = await import("../../dist/webhooks.js");
    const secret = "runtime smoke secret";
    const key = "k".repeat(32);
    const fides = { baseUrl: "http://127.0.0.1:9" };
    const id = "pri_00000000-0000-4000-8000-000000000001";
    const queued = [];
    const handler = toFetchHandler(
      createWebhookReceiver({
        secret,
        fides,
        onDelivery: async (delivery) => {
          queued.push(await delivery.serialize(key));
          return { halt: true };
        },
      }),
    );
    const answer = await handler(preExecutionDelivery(id, secret));
    expectEqual(answer.status, 200, "the receiver's status");
    expectEqual(await answer.text(), '{"halt":true,"derived_identity":null}', "the receiver's answer");
    const refused = await handler(preExecutionDelivery(id, "not the secret"));
    expectEqual(refused.status, 401, "a wrong Authorization's status");
    expectEqual(queued.length, 1, "deliveries queued");
    const revived = await reviveDelivery(queued[0], { key, fides });
    expectEqual(`${revived.callbackType} ${revived.privacyRequestId}`, `pre ${id}`, "the revived delivery");
  },

  /** The emulator as MSW handlers, intercepting the SDK's fetch in process. */
  async msw() {
    const { createFidesEmulator } = await import("../../dist/testing/index.js");
    const { setupServer } = await import("msw/node");
    const emulator = createFidesEmulator();
    const server = setupServer(...emulator.handlers);
    server.listen({ onUnhandledRequest: "error" });
    try {
      const sdk = new FidesClient({
        baseUrl: emulator.baseUrl,
        clientId: emulator.rootClientId,
        clientSecret: emulator.rootClientSecret,
      });
      const created = await sdk.oauth.createClient(["policy:read"]);
      const scopes = await sdk.oauth.getClientScopes(created.client_id);
      expectEqual(scopes.join(","), "policy:read", "the new client's scopes");
      expectEqual((await sdk.oauth.listScopes()).length > 100, true, "more than 100 scopes listed");
    } finally {
      server.close();
    }
  },
};

/** What Fides POSTs for a two-way pre-execution webhook (the fields the receiver reads). */
function preExecutionDelivery(id, secret) {
  const body = {
    privacy_request_id: id,
    privacy_request_status: "in_processing",
    direction: "two_way",
    callback_type: "pre",
    identity: { email: "subject@example.com", phone_number: null },
    policy_action: "erasure",
    privacy_request: { id, status: "in_processing" },
    timestamp: new Date().toISOString().slice(0, 23), // naive UTC, as Python writes it
  };
  return new Request("http://127.0.0.1/fides", {
    method: "POST",
    headers: {
      authorization: secret,
      "content-type": "application/json",
      "reply-to": `/privacy-request/${id}/resume`,
      "reply-to-token": "eyJhbGciOiJkaXIiLCJlbmMiOiJBMjU2R0NNIn0..aXY.Y2lwaGVy.dGFn",
    },
    body: JSON.stringify(body),
  });
}

function expectEqual(actual, expected, what) {
  if (actual !== expected) throw new Error(`${what}: expected ${expected}, got ${actual}`);
}

async function timed(name) {
  const started = performance.now();
  let timer;
  try {
    const check = CHECKS[name];
    if (!check) throw new Error(`no check named "${name}"`);
    await Promise.race([
      check(),
      new Promise((_, reject) => {
        timer = setTimeout(
          () => reject(new Error(`no result within ${CHECK_TIMEOUT_MS} ms`)),
          CHECK_TIMEOUT_MS,
        );
      }),
    ]);
    return { name, ok: true, ms: Math.round(performance.now() - started) };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return { name, ok: false, ms: Math.round(performance.now() - started), error: message };
  } finally {
    clearTimeout(timer);
  }
}

const results = [];
for (const name of process.argv.slice(2)) results.push(await timed(name));
process.stdout.write(`${JSON.stringify({ checks: results })}\n`);
