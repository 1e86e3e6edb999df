// The README's "Receiving Fides webhooks" example, run as written, fed deliveries shaped exactly as
// Fides sends them, its callbacks reaching a stand-in Fides on loopback.
import { afterEach, expect, test } from "vitest";
import { fidesDelivery, post, SAMPLE_TOKEN } from "./fides-delivery.js";
import { fakeFides } from "./harness.js";
import { type RunningExample, startReadmeReceiver } from "./readme-example.js";

const SECRET = "readme-example-secret";
let example: RunningExample | undefined;
afterEach(() => example?.stop());

test("the README receiver halts a pre-execution delivery, then its worker resumes it; a pre-approval one is marked eligible", async () => {
  const fides = await fakeFides();
  example = await startReadmeReceiver({
    FIDES_URL: fides.url,
    FIDES_WEBHOOK_SECRET: SECRET,
    DELIVERY_KEY: "d".repeat(32),
  });
  const id = "pri_11111111-2222-4333-8444-555555555555";
  const pre = await post(
    `${example.url}/fides`,
    fidesDelivery({ kind: "pre-two-way", sentAt: Date.now(), authorization: SECRET, requestId: id }),
  );
  expect([pre.status, pre.json]).toEqual([200, { halt: true, derived_identity: null }]);
  await example.waitFor(new RegExp(`^done ${id}$`));
  const approval = await post(
    `${example.url}/fides`,
    fidesDelivery({
      kind: "pre-approval",
      era: "2.82",
      sentAt: Date.now(),
      authorization: SECRET,
      requestId: id,
    }),
  );
  expect(approval.status).toBe(200);
  const wrong = await post(
    `${example.url}/fides`,
    fidesDelivery({ kind: "post-one-way", sentAt: Date.now(), authorization: "nope", requestId: id }),
  );
  expect(wrong.status).toBe(401);
  await example.waitFor(/^done .*/);
  await expect.poll(() => fides.requests.length).toBe(2);
  expect(fides.requests.map((r) => [r.method, r.url, r.authorization])).toEqual([
    ["POST", `/api/v1/privacy-request/${id}/resume`, `Bearer ${SAMPLE_TOKEN}`],
    ["POST", `/api/v1/privacy-request/${id}/pre-approve/eligible`, `Bearer ${SAMPLE_TOKEN}`],
  ]);
  expect(example.lines).toContain(`pre two_way ${id}`);
  expect(example.lines).toContain(`pre_approval two_way ${id}`);
  expect(example.lines.join("\n")).not.toContain(SAMPLE_TOKEN);
}, 60_000);
