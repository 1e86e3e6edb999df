// The README's "Receiving Fides webhooks" example, both blocks run as written, against the emulator
// served on loopback: the emulator POSTs its own deliveries to the README's receiver, and the
// README's worker answers through the emulator's callback routes with the tokens it was sent.
import { afterEach, expect, test } from "vitest";
import { type FidesEmulatorServer, startFidesEmulatorServer } from "../../src/testing/server-entry.js";
import { expectReadmeFlowAsOnRealFides, runReadmeFlow } from "./readme-example.js";

let server: FidesEmulatorServer | undefined;
afterEach(() => server?.close());

test("the README's receiver, registered by the README's block, halts an erasure request that its worker resumes to complete; with manual approval its worker marks the request eligible and it runs", async () => {
  server = await startFidesEmulatorServer();
  const flow = await runReadmeFlow({
    url: server.url,
    clientId: "fidesadmin",
    clientSecret: "fidesadminsecret",
  });
  expectReadmeFlowAsOnRealFides(flow);

  const { direct, approved } = { direct: flow.direct.id, approved: flow.approved.id };
  const emulator = server.emulator;
  expect(
    emulator.privacyRequests
      .deliveries()
      .map((d) => [d.privacyRequestId, d.callbackType, d.webhookKey, d.status]),
  ).toEqual([
    [direct, "pre", "my_check", 200],
    [direct, "post", "my_notice", 200],
    [approved, "pre_approval", "my_approval", 200],
    [approved, "pre", "my_check", 200],
    [approved, "post", "my_notice", 200],
  ]);
  const callbacks = emulator
    .requests()
    .filter((r) => /\/(resume|pre-approve\/eligible)$/.test(r.path))
    .map((r) => [r.method, r.path, r.status]);
  expect(callbacks).toEqual([
    ["POST", `/api/v1/privacy-request/${direct}/resume`, 200],
    ["POST", `/api/v1/privacy-request/${approved}/pre-approve/eligible`, 200],
    ["POST", `/api/v1/privacy-request/${approved}/resume`, 200],
  ]);
}, 120_000);
