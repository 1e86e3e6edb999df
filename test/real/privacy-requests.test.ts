// sdk.privacyRequests against each real release (eager Celery, no connectors): submit → complete,
// manual approval → approve → complete and deny → denied, a bad policy key kept in `failed`,
// waitFor's timeout and signal, the release's status enum, and the README's lifecycle example.
import { execFile } from "node:child_process";
import { randomBytes } from "node:crypto";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { resolve } from "node:path";
import { promisify } from "node:util";
import { describe, expect, test } from "vitest";
import {
  FidesClient,
  FidesForbiddenError,
  FidesTimeoutError,
  FidesUnsupportedOperationError,
  isTerminalStatus,
} from "../../src/index.js";
import { parseVersion } from "../../src/internal/version.js";
import { statusesOf } from "../../src/privacy-requests/statuses.js";
import { REAL_VERSIONS, realServer } from "./servers.js";

const root = resolve(import.meta.dirname, "../..");
const SCOPES = [
  "privacy-request:create",
  "privacy-request:read",
  "privacy-request:review",
  "privacy-request:resume",
  "privacy-request-access-results:read",
] as const;

describe.each(REAL_VERSIONS)("sdk.privacyRequests against real Fides %s", (version) => {
  const admin = () => {
    const server = realServer(version);
    return new FidesClient({
      baseUrl: server.url,
      clientId: server.clientId,
      clientSecret: server.clientSecret,
    });
  };
  /** A client holding only the privacy-request scopes, and a policy with an access and a null_rewrite erasure rule. */
  const setUp = async () => {
    const root = admin();
    const key = `sdk_lifecycle_${randomBytes(6).toString("hex")}`;
    const patch = async (path: string, json: unknown) => {
      const body = (await (await root.fetch(path, { method: "PATCH", json })).json()) as {
        failed: unknown[];
      };
      expect(body.failed).toEqual([]);
    };
    await patch("/api/v1/dsr/policy", [{ name: `SDK ${key}`, key }]);
    await patch(`/api/v1/dsr/policy/${key}/rule`, [
      { name: `Access ${key}`, key: `${key}_access`, action_type: "access" },
      {
        name: `Erasure ${key}`,
        key: `${key}_erasure`,
        action_type: "erasure",
        masking_strategy: { strategy: "null_rewrite", configuration: {} },
      },
    ]);
    await patch(`/api/v1/dsr/policy/${key}/rule/${key}_erasure/target`, [
      { name: `${key} user`, key: `${key}_user`, data_category: "user" },
    ]);
    const scoped = await root.oauth.createClient([...SCOPES]);
    const sdk = new FidesClient({
      baseUrl: realServer(version).url,
      clientId: scoped.client_id,
      clientSecret: scoped.client_secret,
    });
    const subject = () => ({
      policy_key: key,
      identity: { email: `${randomBytes(4).toString("hex")}@example.com` },
    });
    return { root, sdk, key, subject };
  };
  const manualApproval = async (client: FidesClient, on: boolean) => {
    await client.fetch("/api/v1/config", {
      method: "PATCH",
      json: { execution: { require_manual_request_approval: on } },
    });
  };

  test("submit → complete; a bad policy key and a malformed one are failures with Fides's messages", async () => {
    const { sdk, subject } = await setUp();
    const good = subject();
    const unknown = { policy_key: "no_such_policy", identity: { email: "x@example.com" } };
    const malformed = { policy_key: "bad key!", identity: { email: "y@example.com" } };
    const { succeeded, failed } = await sdk.privacyRequests.submit([good, unknown, malformed]);
    expect(succeeded).toHaveLength(1);
    expect(failed.map((item) => [item.input, item.message])).toEqual([
      [unknown, "Policy with key no_such_policy does not exist"],
      [
        malformed,
        "Value error, FidesKeys must only contain alphanumeric characters, '.', '_', '<', '>' or '-'. Value provided: bad key!",
      ],
    ]);
    const id = succeeded[0]?.id as string;
    const done = await sdk.privacyRequests.waitFor(id, { timeoutMs: 60_000, interval: 200 });
    expect(done.status).toBe("complete");
    expect((await sdk.privacyRequests.get(id))?.status).toBe("complete");
    const steps = [];
    for await (const entry of sdk.privacyRequests.logs(id, { pageSize: 2 })) steps.push(entry.status);
    expect(steps.length).toBeGreaterThan(0);
    expect(steps.every((status) => status === "complete")).toBe(true);
    // Access results are off unless the server enables downloads.
    await expect(sdk.privacyRequests.results(id)).rejects.toSatisfy(
      (error) =>
        error instanceof FidesForbiddenError && error.detail === "Access results download is disabled.",
    );
    const retried = await sdk.privacyRequests.retry([id]);
    expect(retried.failed.map((item) => [item.id, item.message])).toEqual([
      [id, `Cannot restart privacy request from failure: privacy request '${id}' status = complete.`],
    ]);
  });

  test("submits and cancels more than the server's 50 per call in calls of 50", async () => {
    // Manual approval keeps them from running: with eager Celery a call of 50 would run all 50
    // before answering (over 30 s here), which is the test servers' doing, not Fides's.
    const { root, sdk, subject } = await setUp();
    await manualApproval(root, true);
    try {
      const { succeeded, failed } = await sdk.privacyRequests.submit(Array.from({ length: 55 }, subject));
      expect(failed).toEqual([]);
      expect(succeeded).toHaveLength(55);
      const ids = succeeded.map((request) => request.id);
      const canceled = await sdk.privacyRequests.cancel(ids, { throwOnPartialFailure: true });
      expect(canceled.succeeded.map((request) => request.id)).toEqual(ids);
      expect(new Set(canceled.succeeded.map((request) => request.status))).toEqual(new Set(["canceled"]));
    } finally {
      await manualApproval(root, false);
    }
  });

  test("with manual approval on: pending → approve() → complete, and deny() → denied", async () => {
    const { root, sdk, subject } = await setUp();
    await manualApproval(root, true);
    try {
      const { succeeded } = await sdk.privacyRequests.submit([subject(), subject()]);
      const [a, b] = succeeded.map((request) => request.id) as [string, string];
      expect((await sdk.privacyRequests.get(a))?.status).toBe("pending");
      const approved = await sdk.privacyRequests.approve([a, "pri_not_a_request"]);
      expect(approved.succeeded.map((request) => [request.id, request.status])).toEqual([[a, "approved"]]);
      expect(approved.failed).toEqual([
        {
          id: "pri_not_a_request",
          message: "No privacy request found with id 'pri_not_a_request'",
          data: { privacy_request_id: "pri_not_a_request" },
        },
      ]);
      expect((await sdk.privacyRequests.waitFor(a, { timeoutMs: 60_000, interval: 200 })).status).toBe(
        "complete",
      );
      const denied = await sdk.privacyRequests.deny([b, a], { reason: "duplicate" });
      expect(denied.succeeded.map((request) => [request.id, request.status])).toEqual([[b, "denied"]]);
      expect(denied.failed.map((item) => [item.id, item.message])).toEqual([[a, "Cannot transition status"]]);
      expect((await sdk.privacyRequests.waitFor(b, { interval: 200, timeoutMs: 10_000 })).status).toBe(
        "denied",
      );
    } finally {
      await manualApproval(root, false);
    }
  });

  test("waitFor honours its timeout and its signal; watch sees pending; cancel() ends the request", async () => {
    const { root, sdk, subject } = await setUp();
    await manualApproval(root, true);
    try {
      const id = (await sdk.privacyRequests.submit([subject()])).succeeded[0]?.id as string;
      const started = Date.now();
      const timedOut = await sdk.privacyRequests
        .waitFor(id, { timeoutMs: 1_500, interval: 200 })
        .catch((e) => e);
      expect(timedOut).toBeInstanceOf(FidesTimeoutError);
      expect(Date.now() - started).toBeLessThan(5_000);
      const controller = new AbortController();
      setTimeout(() => controller.abort(new Error("stop waiting")), 300);
      const aborted = await sdk.privacyRequests
        .waitFor(id, { signal: controller.signal, interval: 100 })
        .catch((e: Error) => e);
      expect((aborted as Error).message).toBe("stop waiting");
      for await (const change of sdk.privacyRequests.watch(id, { interval: 100 })) {
        expect(change.status).toBe("pending");
        break;
      }
      const canceled = await sdk.privacyRequests.cancel([id], { reason: "test over" });
      expect(canceled.succeeded.map((request) => request.status)).toEqual(["canceled"]);
      const statuses = [];
      for await (const change of sdk.privacyRequests.watch(id, { interval: 100 }))
        statuses.push(change.status);
      expect(statuses).toEqual(["canceled"]);
      expect(isTerminalStatus("canceled")).toBe(true);
    } finally {
      await manualApproval(root, false);
    }
  });

  test("the SDK's statuses for this release are exactly the server's enum", async () => {
    const server = realServer(version);
    const document = (await (await fetch(`${server.url}/openapi.json`)).json()) as {
      components: { schemas: { PrivacyRequestStatus: { enum: string[] } } };
    };
    const release = parseVersion(version);
    if (release === undefined) throw new Error(`bad version ${version}`);
    expect(statusesOf(release)).toEqual(document.components.schemas.PrivacyRequestStatus.enum);
    if (version === "2.78.2") {
      const { sdk } = await setUp();
      await expect(sdk.privacyRequests.list({ status: "pending_external" }).next()).rejects.toBeInstanceOf(
        FidesUnsupportedOperationError,
      );
    }
  });

  test("the README's lifecycle example prints what its comments promise", async () => {
    const readme = readFileSync(resolve(root, "README.md"), "utf8");
    const block = [...readme.matchAll(/^```ts\n([\s\S]*?)^```$/gm)]
      .map((match) => match[1] ?? "")
      .find((code) => code.includes("sdk.privacyRequests.submit"));
    expect(block).toBeDefined();
    const scratch = resolve(root, "reports/readme-examples");
    mkdirSync(scratch, { recursive: true });
    const file = resolve(scratch, `privacy-requests-${version}.ts`);
    writeFileSync(file, (block ?? "").replaceAll('from "fides-sdk"', 'from "../../src/index.js"'));
    const { stdout } = await promisify(execFile)(
      process.execPath,
      [resolve(root, "node_modules/tsx/dist/cli.mjs"), file],
      { cwd: root, env: { ...process.env, FIDES_URL: realServer(version).url }, timeout: 90_000 },
    );
    expect(stdout).toContain("no_such_policy -> Policy with key no_such_policy does not exist\ncomplete\n");
    expect(stdout).toContain("Access package upload complete");
    expect(stdout).toContain("[ 'Cannot transition status' ]");
  });
});
