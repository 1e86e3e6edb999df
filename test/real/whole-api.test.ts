// Issue 16 on the real releases: each live server serves the committed OpenAPI document, and each
// release's scope table says what the server enforces, for every GET operation without a path
// parameter: every scope but the table's gets 403 naming exactly them; only the table's do not.
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { describe, expect, test } from "vitest";
import { CORRECTIONS } from "../../scripts/generate-fides-api/corrections.js";
import { OPERATION_ACCESS as ACCESS_278 } from "../../src/api/release-2.78.js";
import { OPERATION_ACCESS as ACCESS_282 } from "../../src/api/release-2.82.js";
import { OPERATION_ACCESS as ACCESS_286 } from "../../src/api/release-2.86.js";
import { FidesClient } from "../../src/index.js";
import { runWholeApiExample } from "../api/readme-example.js";
import { REAL_VERSIONS, realServer } from "./servers.js";

const root = resolve(import.meta.dirname, "../..");

const TABLES: Record<string, Readonly<Record<string, unknown>>> = {
  "2.78.2": ACCESS_278,
  "2.82.2": ACCESS_282,
  "2.86.2": ACCESS_286,
};

/** The bare 403 detail's prefix; the scopes follow, comma-separated, in brackets. */
const REQUIRED = "Not Authorized for this action. Required scope(s): [";

/** A GET of the table with no path parameter, and who may call it. */
function getOperations(version: string): { path: string; access: unknown }[] {
  const table = TABLES[version];
  if (table === undefined) throw new Error(`no scope table for ${version}`);
  return Object.entries(table)
    .filter(([key]) => key.startsWith("GET ") && !key.includes("{"))
    .map(([key, access]) => ({ path: key.slice(4), access }));
}

function requiredIn(detail: unknown): string[] | undefined {
  if (typeof detail !== "string" || !detail.startsWith(REQUIRED) || !detail.endsWith("]")) return undefined;
  const list = detail.slice(REQUIRED.length, -1);
  return list === "" ? [] : list.split(", ");
}

describe.each(REAL_VERSIONS)("the whole API of real Fides %s", (version) => {
  const admin = () => {
    const server = realServer(version);
    return new FidesClient({
      baseUrl: server.url,
      clientId: server.clientId,
      clientSecret: server.clientSecret,
    });
  };

  test("the live /openapi.json equals the committed document", async () => {
    const response = await fetch(`${realServer(version).url}/openapi.json`);
    expect(response.status).toBe(200);
    const live = await response.json();
    const committed = JSON.parse(readFileSync(resolve(root, `openapi/fides-api-${version}.json`), "utf8"));
    expect(live).toEqual(committed);
  });

  test("every GET without a path parameter enforces exactly the table's scopes", async () => {
    const root = admin();
    const registry = (await (await root.fetch("/api/v1/oauth/scope")).json()) as string[];
    const clients = new Map<string, FidesClient>();
    /** A client holding exactly these scopes (one per distinct set, reused). */
    const holding = async (scopes: readonly string[]): Promise<FidesClient> => {
      const key = [...scopes].sort().join(" ");
      let client = clients.get(key);
      if (client === undefined) {
        const created = await root.oauth.createClient([...scopes] as never);
        client = new FidesClient({
          baseUrl: realServer(version).url,
          clientId: created.client_id,
          clientSecret: created.client_secret,
          // A route that fails (a worker that is not running) answers for itself, once.
          maxRetries: 0,
        });
        clients.set(key, client);
      }
      return client;
    };
    const disagreements: string[] = [];
    const counted = { scoped: 0, anyToken: 0, public: 0 };
    for (const { path, access } of getOperations(version)) {
      if (access === "webhook-token") continue;
      if (access === "none") {
        // No token at all: anything but 401/403 shows the route let the request in.
        const response = await fetch(`${realServer(version).url}${path}`, { redirect: "manual" });
        if (response.status === 401 || response.status === 403)
          disagreements.push(`GET ${path}: table says no token, an anonymous call got ${response.status}`);
        counted.public++;
        continue;
      }
      const scopes = access as readonly string[];
      // A corrected operation may also let in another scope alone, and refuse without naming any.
      const correction = CORRECTIONS[`GET ${path}`];
      const granting = [...scopes, ...(correction?.alsoGrantedBy ?? [])];
      const others = registry.filter((scope) => !granting.includes(scope));
      const lacking = await (await holding(others)).fetch(path, { throwOnError: false });
      const sufficient = await (await holding(scopes)).fetch(path, { throwOnError: false });
      const lackingText = await lacking.text();
      if (scopes.length === 0) {
        if (sufficient.status === 403)
          disagreements.push(`GET ${path}: table says any token, a scopeless client got 403`);
        await sufficient.body?.cancel();
        counted.anyToken++;
        continue;
      }
      const detail =
        lacking.status === 403 ? (JSON.parse(lackingText) as { detail?: unknown }).detail : undefined;
      const named = requiredIn(detail);
      const refusedAsExpected =
        correction?.refusal !== undefined
          ? detail === correction.refusal
          : named !== undefined && [...named].sort().join() === [...scopes].sort().join();
      if (lacking.status !== 403 || !refusedAsExpected) {
        disagreements.push(
          `GET ${path}: every scope but ${scopes.join(", ")} got ${lacking.status} ${JSON.stringify(detail)}`,
        );
      }
      if (sufficient.status === 403) {
        disagreements.push(`GET ${path}: only ${scopes.join(", ")} got 403 ${await sufficient.text()}`);
      } else {
        await sufficient.body?.cancel();
      }
      counted.scoped++;
    }
    console.log(
      `real Fides ${version}: ${counted.scoped} scoped GET operations checked both ways, ` +
        `${counted.anyToken} any-token, ${counted.public} public`,
    );
    expect(disagreements).toEqual([]);
    expect(counted.scoped).toBeGreaterThan(20);
  });

  test("the webhook callback routes refuse even the root client's token", async () => {
    const response = await admin().fetch("/api/v1/request-task/callback", {
      method: "POST",
      json: {},
      throwOnError: false,
    });
    expect(response.status).toBe(403);
    const resume = await admin().fetch("/api/v1/privacy-request/pri_unknown/resume", {
      method: "POST",
      json: {},
      throwOnError: false,
    });
    expect(resume.status).toBe(403);
  });
});

describe.runIf(REAL_VERSIONS.includes("2.86.2"))(
  "the README's whole-API example on real Fides 2.86.2",
  () => {
    test("writes a policy, reads privacy requests and connections, fully typed", async () => {
      const server = realServer("2.86.2");
      const stdout = await runWholeApiExample(
        { FIDES_URL: server.url, FIDES_CLIENT_ID: server.clientId, FIDES_CLIENT_SECRET: server.clientSecret },
        "whole-api-real",
      );
      const lines = stdout.split("\n");
      expect(lines[0]).toBe("[ 'readme_access' ]");
      expect(lines[1]).toMatch(/^privacy requests: \d+$/);
      expect(lines[2]).toMatch(/^connections: /);
      expect(lines[3]).toBe("[ 'privacy-request:read' ]");
    });
  },
);
