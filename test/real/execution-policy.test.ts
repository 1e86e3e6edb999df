// Issue 11's purpose, on the real server: a scoped client calls a Fides endpoint beyond OAuth
// (the guide's execution policy, PATCH /api/v1/dsr/policy) through sdk.fetch() and sdk.api().
import { randomBytes } from "node:crypto";
import { describe, expect, test } from "vitest";
import { FidesClient } from "../../src/index.js";
import { POLICY, type Policy, type paths } from "../policy-paths.js";
import { REAL_VERSIONS, realServer } from "./servers.js";

describe.each(REAL_VERSIONS)("sdk.fetch() and sdk.api() against real Fides %s", (version) => {
  const clientOf = (clientId: string, clientSecret: string) =>
    new FidesClient({ baseUrl: realServer(version).url, clientId, clientSecret });
  const admin = () => {
    const server = realServer(version);
    return clientOf(server.clientId, server.clientSecret);
  };
  const policyKey = () => `sdk_policy_${randomBytes(6).toString("hex")}`;

  test("a client holding policy:create_or_update creates an execution policy, then reads it back", async () => {
    const writer = await admin().oauth.createClient(["policy:create_or_update", "policy:read"]);
    const sdk = clientOf(writer.client_id, writer.client_secret);
    const key = policyKey();

    const response = await sdk.fetch(POLICY, { method: "PATCH", json: [{ name: "SDK access", key }] });
    expect(response.status).toBe(200);
    const body = (await response.json()) as { succeeded: Policy[]; failed: unknown[] };
    expect(body.failed).toEqual([]);
    expect(body.succeeded.map((policy) => policy.key)).toEqual([key]);

    const api = sdk.api<paths>();
    const page = await api.GET(POLICY, { params: { query: { size: 50 } } });
    expect(page.error).toBeUndefined();
    expect(page.data?.items.map((policy) => policy.key)).toContain(key);
    const one = await api.GET(`${POLICY}/{policy_key}`, { params: { path: { policy_key: key } } });
    expect(one.data).toMatchObject({ key, name: "SDK access" });
    const missing = await api.GET(`${POLICY}/{policy_key}`, {
      params: { path: { policy_key: policyKey() } },
    });
    expect(missing.response.status).toBe(404);
  });

  test("a client without the scope is refused with Fides's Required scope(s), named", async () => {
    const reader = await admin().oauth.createClient(["policy:read"]);
    const sdk = clientOf(reader.client_id, reader.client_secret);
    await expect(
      sdk.fetch(POLICY, { method: "PATCH", json: [{ name: "refused", key: policyKey() }] }),
    ).rejects.toMatchObject({
      name: "FidesForbiddenError",
      reason: "insufficient_scope",
      requiredScopes: ["policy:create_or_update"],
    });
    const raw = await sdk.fetch(POLICY, {
      method: "PATCH",
      json: [{ name: "refused", key: policyKey() }],
      throwOnError: false,
    });
    expect(raw.status).toBe(403);
    expect(await raw.json()).toEqual({
      detail: "Not Authorized for this action. Required scope(s): [policy:create_or_update]",
    });
  });
});
