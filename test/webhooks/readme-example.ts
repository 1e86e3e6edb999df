// Runs the "Receiving Fides webhooks" example of README.md as written: its receiver block as a
// program of its own (tsx), its registration block as another, both with their imports pointed at
// src/ and their settings given by the environment variables the README reads. npm test points
// them at the emulator served on loopback, test:real at each real release; the flow is the same.
import { type ChildProcess, execFile, spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { resolve } from "node:path";
import { promisify } from "node:util";
import { expect } from "vitest";
import { FidesClient } from "../../src/index.js";

const root = resolve(import.meta.dirname, "../..");
const scratch = resolve(root, "reports/readme-examples");
const tsx = resolve(root, "node_modules/tsx/dist/cli.mjs");

/** The section's TypeScript blocks, as programs whose imports reach src/. */
export function readmeWebhookBlocks(): { receiver: string; registration: string } {
  const readme = readFileSync(resolve(root, "README.md"), "utf8");
  const start = readme.indexOf("## Receiving Fides webhooks");
  const section = readme.slice(start, readme.indexOf("\n## ", start + 1));
  const blocks = [...section.matchAll(/^```ts\n([\s\S]*?)^```$/gm)].map((match) =>
    (match[1] ?? "")
      .replaceAll('from "fides-sdk/webhooks"', 'from "../../src/webhooks/index.js"')
      .replaceAll('from "fides-sdk"', 'from "../../src/index.js"'),
  );
  const [receiver, registration] = blocks;
  if (receiver === undefined || registration === undefined)
    throw new Error('README.md has not two ```ts blocks under "Receiving Fides webhooks"');
  return { receiver, registration };
}

function scratchFile(name: string, code: string): string {
  mkdirSync(scratch, { recursive: true });
  const file = resolve(scratch, `webhooks-${name}-${process.pid}-${Date.now()}.ts`);
  writeFileSync(file, code);
  return file;
}

/** The example, running: its URL, what it printed, and a way to wait for lines. */
export interface RunningExample {
  readonly url: string;
  readonly lines: string[];
  /** Resolves once `count` printed lines match (the first, by default); rejects after `timeoutMs`. */
  waitFor(pattern: RegExp, count?: number, timeoutMs?: number): Promise<string>;
  stop(): void;
}

/**
 * Starts the README's receiver on a free loopback port.
 * @param env FIDES_URL, FIDES_WEBHOOK_SECRET and DELIVERY_KEY for the example
 */
export async function startReadmeReceiver(env: Record<string, string>): Promise<RunningExample> {
  const file = scratchFile("receiver", readmeWebhookBlocks().receiver);
  const child: ChildProcess = spawn(process.execPath, [tsx, file], {
    cwd: root,
    env: { ...process.env, ...env, PORT: "0" },
    stdio: ["ignore", "pipe", "pipe"],
  });
  const lines: string[] = [];
  const waiters: Array<() => void> = [];
  let buffered = "";
  const take = (chunk: Buffer) => {
    buffered += chunk.toString("utf8");
    const parts = buffered.split("\n");
    buffered = parts.pop() ?? "";
    lines.push(...parts);
    for (const wake of waiters.splice(0)) wake();
  };
  child.stdout?.on("data", take);
  child.stderr?.on("data", take);
  const waitFor = (pattern: RegExp, count = 1, timeoutMs = 30_000) =>
    new Promise<string>((resolvePromise, reject) => {
      const timer = setTimeout(
        () =>
          reject(
            new Error(`the example never printed ${pattern} ×${count}; it printed:\n${lines.join("\n")}`),
          ),
        timeoutMs,
      );
      const check = () => {
        const matching = lines.filter((text) => pattern.test(text));
        if (matching.length >= count) {
          clearTimeout(timer);
          resolvePromise(matching[count - 1] as string);
        } else waiters.push(check);
      };
      check();
    });
  const stop = () => {
    if (child.exitCode === null) child.kill("SIGTERM");
  };
  try {
    const listening = await waitFor(/^listening on /);
    return { url: listening.slice("listening on ".length), lines, waitFor, stop };
  } catch (error) {
    stop();
    throw error;
  }
}

/**
 * Runs the README's registration block to its end.
 * @param env FIDES_URL, FIDES_CLIENT_ID, FIDES_CLIENT_SECRET, RECEIVER_URL and FIDES_WEBHOOK_SECRET
 * @throws {Error} with the program's output when it exits with an error
 */
export async function runReadmeRegistration(env: Record<string, string>): Promise<void> {
  const file = scratchFile("registration", readmeWebhookBlocks().registration);
  await promisify(execFile)(process.execPath, [tsx, file], {
    cwd: root,
    env: { ...process.env, ...env },
    timeout: 60_000,
  });
}

/** A Fides to run the example against: its URL and a client allowed to register webhooks. */
export interface FidesUnderTest {
  readonly url: string;
  readonly clientId: string;
  readonly clientSecret: string;
}

/** What the flow saw, for the test to assert. */
export interface ReadmeFlowResult {
  /** The erasure request submitted with manual approval off, and its final status. */
  readonly direct: { readonly id: string; readonly status: string };
  /** The one submitted with manual approval on, and its final status. */
  readonly approved: { readonly id: string; readonly status: string };
  /** Everything the receiver and its worker printed. */
  readonly lines: readonly string[];
  /** The receiver's secret, which must never be printed. */
  readonly secret: string;
}

const REGISTERED = { policy: "default_erasure_policy", connection: "my_service" } as const;

/**
 * The README's webhooks, end to end against a Fides: the receiver runs, the registration block
 * registers it, then an erasure request is submitted (halted by the two-way pre webhook, resumed by
 * the worker, the one-way post webhook after it) and, with `require_manual_request_approval` on
 * (`PATCH /api/v1/config`, restored afterwards), another one that the worker marks eligible.
 * Everything registered is removed again, so a shared server is left as it was.
 * @param fides the server and an admin client
 * @returns the requests' final statuses and the example's output
 */
export async function runReadmeFlow(fides: FidesUnderTest): Promise<ReadmeFlowResult> {
  const secret = `whsec-${randomBytes(12).toString("hex")}`;
  const sdk = new FidesClient({
    baseUrl: fides.url,
    clientId: fides.clientId,
    clientSecret: fides.clientSecret,
  });
  const example = await startReadmeReceiver({
    FIDES_URL: fides.url,
    FIDES_WEBHOOK_SECRET: secret,
    DELIVERY_KEY: randomBytes(32).toString("base64"),
  });
  const submit = async () => {
    const { succeeded, failed } = await sdk.privacyRequests.submit([
      {
        policy_key: REGISTERED.policy,
        identity: { email: `subject-${randomBytes(4).toString("hex")}@example.com` },
      },
    ]);
    if (failed.length > 0 || succeeded[0] === undefined)
      throw new Error(`submit failed: ${JSON.stringify(failed)}`);
    return succeeded[0].id;
  };
  // GET /privacy-request?request_id= rather than sdk.privacyRequests (its POST …/search is a 501 on the emulator).
  const finalStatus = async (id: string) => {
    const response = await sdk.fetch(`/api/v1/privacy-request?request_id=${id}`);
    const body = (await response.json()) as { items: { status: string }[] };
    return body.items[0]?.status ?? "missing";
  };
  const manualApproval = (on: boolean) =>
    sdk.fetch("/api/v1/config", {
      method: "PATCH",
      json: { execution: { require_manual_request_approval: on } },
    });
  try {
    await runReadmeRegistration({
      FIDES_URL: fides.url,
      FIDES_CLIENT_ID: fides.clientId,
      FIDES_CLIENT_SECRET: fides.clientSecret,
      RECEIVER_URL: `${example.url}/fides`,
      FIDES_WEBHOOK_SECRET: secret,
    });
    // Fides delivers the post webhook inside the resume call, so `done` may come before or after it.
    const direct = await submit();
    await example.waitFor(new RegExp(`^post one_way ${direct}$`));
    await example.waitFor(new RegExp(`^done ${direct}$`));
    const directStatus = await finalStatus(direct);

    await manualApproval(true);
    const approved = await submit();
    await example.waitFor(new RegExp(`^post one_way ${approved}$`));
    await example.waitFor(new RegExp(`^done ${approved}$`), 2);
    const approvedStatus = await finalStatus(approved);
    return {
      direct: { id: direct, status: directStatus },
      approved: { id: approved, status: approvedStatus },
      lines: [...example.lines],
      secret,
    };
  } finally {
    example.stop();
    await manualApproval(false).catch(() => undefined);
    await sdk.webhooks.detachPreApprovalWebhook("my_approval").catch(() => undefined);
    await sdk.webhooks.detachPolicyWebhook(REGISTERED.policy, "pre", "my_check").catch(() => undefined);
    await sdk.webhooks.detachPolicyWebhook(REGISTERED.policy, "post", "my_notice").catch(() => undefined);
    await sdk.webhooks.deleteConnection(REGISTERED.connection).catch(() => undefined);
  }
}

/**
 * What a Fides that behaves as the real releases do makes the example print, and the end statuses.
 * Each `done` is a callback Fides answered 2xx: `resume()` only while the request was `paused`,
 * `markEligible()` only while it awaited pre-approval (400 otherwise). Fides delivers the rest of a
 * run (the next webhook) inside the callback that started it, so `done` and what follows it may
 * come in either order.
 * @param flow what {@link runReadmeFlow} saw
 */
export function expectReadmeFlowAsOnRealFides(flow: ReadmeFlowResult): void {
  const { direct, approved } = { direct: flow.direct.id, approved: flow.approved.id };
  const about = (id: string) => flow.lines.filter((line) => line.endsWith(` ${id}`));
  expect([flow.direct.status, flow.approved.status]).toEqual(["complete", "complete"]);
  const aboutDirect = about(direct);
  expect(aboutDirect[0]).toBe(`pre two_way ${direct}`);
  expect(aboutDirect.slice(1).sort()).toEqual([`done ${direct}`, `post one_way ${direct}`]);
  const aboutApproved = about(approved);
  expect(aboutApproved[0]).toBe(`pre_approval two_way ${approved}`);
  expect(aboutApproved.slice(1).sort()).toEqual([
    `done ${approved}`,
    `done ${approved}`,
    `post one_way ${approved}`,
    `pre two_way ${approved}`,
  ]);
  expect(flow.lines.filter((line) => line.startsWith("failed"))).toEqual([]);
  expect(flow.lines.join("\n")).not.toContain(flow.secret);
}
