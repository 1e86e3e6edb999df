import { describe, expect, test } from "vitest";
import {
  bootstrapClient,
  createOAuthClient,
  FidesClient,
  FidesForbiddenError,
  type FidesSharedOptions,
  FidesUnsupportedOperationError,
  getAccessToken,
  getHealth,
  isFidesForbiddenError,
} from "../../src/index.js";
import { fidesEnv, sourceCli } from "../cli/spawn-cli.js";
import { recordingFetch } from "./recording-fetch.js";
import { REAL_VERSIONS, realServer } from "./servers.js";

const hasCrud = (version: string) => !version.startsWith("2.78.");
/** A name and description, where the era has them (2.82.0 and later). */
const named = (version: string, name: string, description?: string) =>
  hasCrud(version) ? { name, ...(description === undefined ? {} : { description }) } : {};

describe.each(REAL_VERSIONS)("the SDK against real Fides %s", (version) => {
  const root = (extra: Omit<FidesSharedOptions, "baseUrl"> = {}) => {
    const server = realServer(version);
    return new FidesClient({
      baseUrl: server.url,
      clientId: server.clientId,
      clientSecret: server.clientSecret,
      ...extra,
    });
  };

  test("runs the README's seed flow", async () => {
    const server = realServer(version);
    const admin = root();
    const reader = await admin.oauth.createClient(["policy:read", "rule:read"], named(version, "reporting"));
    expect(reader.client_id).toMatch(/^[0-9a-f]{32}$/);
    expect(await admin.oauth.getClientScopes(reader.client_id)).toEqual(["policy:read", "rule:read"]);
    const sdk = new FidesClient({
      baseUrl: server.url,
      clientId: reader.client_id,
      clientSecret: reader.client_secret,
    });
    const refusal = await sdk.oauth.createClient([]).catch((error: unknown) => error);
    expect(isFidesForbiddenError(refusal)).toBe(true);
    expect((refusal as FidesForbiddenError).requiredScopes).toEqual(["client:create"]);
    if (hasCrud(version)) {
      const rotated = await admin.oauth.rotateClientSecret(reader.client_id);
      expect(rotated.client_id).toBe(reader.client_id);
      expect(rotated.client_secret).not.toBe(reader.client_secret);
      await expect(
        getAccessToken({
          baseUrl: server.url,
          clientId: reader.client_id,
          clientSecret: rotated.client_secret,
        }),
      ).resolves.toMatch(/^eyJ/);
    } else {
      await expect(admin.oauth.rotateClientSecret(reader.client_id)).rejects.toBeInstanceOf(
        FidesUnsupportedOperationError,
      );
    }
    await admin.oauth.deleteClient(reader.client_id);
    expect(await admin.oauth.getClientScopes(reader.client_id)).toEqual([]);
  });

  test("every oauth method of the era works, and the others fail before sending", async () => {
    const recorder = recordingFetch();
    const admin = root({ fetch: recorder.fetch });
    expect(await admin.oauth.getAccessToken()).toMatch(/^eyJhbGciOiJkaXIiLCJlbmMiOiJBMjU2R0NNIn0\.\./);
    const scopes = await admin.oauth.listScopes();
    expect(scopes).toContain("client:create");
    const roles = await admin.oauth.listRoles();
    expect(Object.keys(roles)).toContain("owner");
    expect(roles.owner).toEqual([...scopes].sort());
    const created = await admin.oauth.createClient(["policy:read"], named(version, "methods", "all of them"));
    await admin.oauth.setClientScopes(created.client_id, ["policy:read", "rule:read"]);
    expect(await admin.oauth.getClientScopes(created.client_id)).toEqual(["policy:read", "rule:read"]);
    expect((await admin.health()).version).toBe(version);
    if (hasCrud(version)) {
      const fetched = await admin.oauth.getClient(created.client_id);
      expect(fetched).toEqual({
        client_id: created.client_id,
        name: "methods",
        description: "all of them",
        scopes: ["policy:read", "rule:read"],
      });
      const updated = await admin.oauth.updateClient(created.client_id, {
        name: "renamed",
        description: null,
      });
      expect(updated).toEqual({ ...fetched, name: "renamed", description: null });
      const page = await admin.oauth.listClients({ page: 1, size: 100 });
      expect(page.items.map((item) => item.client_id)).toContain(created.client_id);
      expect(page.items.map((item) => item.client_id)).not.toContain("fidesadmin");
      const all: string[] = [];
      for await (const client of admin.oauth.listAllClients({ size: 1 })) all.push(client.client_id);
      expect(all).toContain(created.client_id);
      expect(all).toHaveLength(page.total);
      const rotated = await admin.oauth.rotateClientSecret(created.client_id);
      expect(rotated.client_secret).toMatch(/^[0-9a-f]{32}$/);
    } else {
      const before = recorder.sent.length;
      for (const call of [
        () => admin.oauth.listClients(),
        () => admin.oauth.getClient(created.client_id),
        () => admin.oauth.updateClient(created.client_id, { name: "x" }),
        () => admin.oauth.rotateClientSecret(created.client_id),
      ]) {
        const error = await call().catch((caught: unknown) => caught);
        expect(error).toBeInstanceOf(FidesUnsupportedOperationError);
        expect((error as FidesUnsupportedOperationError).requiredVersion).toBe("2.82.0");
        expect((error as FidesUnsupportedOperationError).serverVersion).toBe(version);
      }
      expect(recorder.sent.length).toBe(before);
    }
    await admin.oauth.deleteClient(created.client_id);
    expect(recorder.tokenRequests()).toBe(1);
    expect(recorder.sent.every((request) => request.status === 200)).toBe(true);
  });

  test("the helpers mirror the guide's Python", async () => {
    const server = realServer(version);
    const baseUrl = server.url;
    const accessToken = await getAccessToken({
      baseUrl,
      clientId: server.clientId,
      clientSecret: server.clientSecret,
    });
    const created = await createOAuthClient({
      baseUrl,
      accessToken,
      scopes: ["policy:read"],
      ...named(version, "helper"),
    });
    const proven = await bootstrapClient({
      baseUrl,
      rootClientId: server.clientId,
      rootClientSecret: server.clientSecret,
      scopes: ["rule:read"],
      ...named(version, "rules"),
    });
    expect(created.client_id).not.toBe(proven.client_id);
    await expect(
      getAccessToken({ baseUrl, clientId: proven.client_id, clientSecret: proven.client_secret }),
    ).resolves.toMatch(/^eyJ/);
    expect(await getHealth({ baseUrl })).toEqual({ webserver: "healthy", version, cache: "skipped" });
  });

  test("fides-oauth bootstrap prints credentials that work", async () => {
    const server = realServer(version);
    const result = await sourceCli.run(
      [
        "bootstrap",
        ...["--scope", "policy:read", "--scope", "rule:read", "--format", "json"],
        ...(hasCrud(version) ? ["--name", "cli"] : []),
      ],
      { env: fidesEnv(server.url, server.clientId, server.clientSecret), timeoutMs: 60_000 },
    );
    expect(result.stderr).toBe("");
    expect(result.code).toBe(0);
    const printed = JSON.parse(result.stdout) as { client_id: string; client_secret: string };
    const admin = root();
    expect(await admin.oauth.getClientScopes(printed.client_id)).toEqual(["policy:read", "rule:read"]);
    await expect(
      getAccessToken({
        baseUrl: server.url,
        clientId: printed.client_id,
        clientSecret: printed.client_secret,
      }),
    ).resolves.toMatch(/^eyJ/);
  });

  test("narrowing a client's scopes: the old token is refused, one fresh token serves what is left", async () => {
    const server = realServer(version);
    const admin = root();
    const created = await admin.oauth.createClient(["client:read", "scope:read"]);
    const recorder = recordingFetch();
    const sdk = new FidesClient({
      baseUrl: server.url,
      clientId: created.client_id,
      clientSecret: created.client_secret,
      fetch: recorder.fetch,
    });
    await sdk.oauth.listScopes();
    expect(recorder.tokenRequests()).toBe(1);
    const oldToken = recorder.sent.at(-1)?.bearer;
    await admin.oauth.setClientScopes(created.client_id, ["scope:read"]);
    // The real server answers the stale token with the insufficient-scope detail, even for a
    // scope the client still holds; the SDK tells the two apart with one fresh token.
    const stale = await fetch(`${server.url}/api/v1/oauth/scope`, {
      headers: { authorization: `Bearer ${oldToken}` },
    });
    expect(stale.status).toBe(403);
    expect(await stale.json()).toEqual({
      detail: "Not Authorized for this action. Required scope(s): [scope:read]",
    });
    expect((await sdk.oauth.listScopes()).length).toBeGreaterThan(100);
    expect(recorder.tokenRequests()).toBe(2);
    const refusal = await sdk.oauth.getClientScopes(created.client_id).catch((error: unknown) => error);
    expect(refusal).toBeInstanceOf(FidesForbiddenError);
    expect((refusal as FidesForbiddenError).reason).toBe("insufficient_scope");
    expect((refusal as FidesForbiddenError).requiredScopes).toEqual(["client:read"]);
  });

  test("an invalid scope and a scope the creator lacks are typed refusals", async () => {
    const server = realServer(version);
    const admin = root({ allowUnknownScopes: true });
    const invalid = await admin.oauth
      .createClient(["polcy:read" as "policy:read"])
      .catch((error: unknown) => error);
    expect(invalid).toBeInstanceOf(FidesForbiddenError);
    expect((invalid as FidesForbiddenError).reason).toBe("invalid_scope");
    expect((invalid as FidesForbiddenError).invalidScopes).toEqual(["polcy:read"]);
    const creator = await admin.oauth.createClient(["client:create"]);
    const sdk = new FidesClient({
      baseUrl: server.url,
      clientId: creator.client_id,
      clientSecret: creator.client_secret,
    });
    const escalation = await sdk.oauth
      .createClient(["policy:read", "storage:delete"])
      .catch((error: unknown) => error);
    expect(escalation).toBeInstanceOf(FidesForbiddenError);
    expect((escalation as FidesForbiddenError).reason).toBe("cannot_assign_scopes");
    expect((escalation as FidesForbiddenError).missingScopes).toEqual(["policy:read", "storage:delete"]);
  });

  test("detects the version from the real /health and speaks that era's dialect", async () => {
    const recorder = recordingFetch();
    const admin = root({ fetch: recorder.fetch, serverVersion: "auto" });
    const created = await admin.oauth.createClient(["policy:read"]);
    expect(recorder.sent.map((request) => `${request.method} ${request.path}`)).toEqual(
      expect.arrayContaining(["GET /health", "POST /api/v1/oauth/token", "POST /api/v1/oauth/client"]),
    );
    expect(recorder.sent.filter((request) => request.path === "/health")).toHaveLength(1);
    if (hasCrud(version)) {
      expect((await admin.oauth.getClient(created.client_id)).scopes).toEqual(["policy:read"]);
    } else {
      await expect(admin.oauth.listClients()).rejects.toBeInstanceOf(FidesUnsupportedOperationError);
    }
    await admin.oauth.deleteClient(created.client_id);
  });
});
