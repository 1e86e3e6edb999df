import type { Probe } from "./probe.js";

const OAUTH = "/api/v1/oauth";
const ROOT_FORM = { client_id: "fidesadmin", client_secret: "fidesadminsecret" };
/** An id no server has handed out. */
const UNKNOWN = "0123456789abcdef0123456789abcdef";
/** A well-formed JWE (dir/A256GCM) that no server issued: its key is not theirs. */
const FOREIGN_TOKEN =
  "eyJhbGciOiJkaXIiLCJlbmMiOiJBMjU2R0NNIn0..AAAAAAAAAAAAAAAA.QUJDREVGR0hJSktMTU5PUFFSU1RVVldYWVo.AAAAAAAAAAAAAAAAAAAAAA";

const atLeast282 = (version: string) => {
  const [major = 0, minor = 0] = version.split(".").map(Number);
  return major > 2 || (major === 2 && minor >= 82);
};

/**
 * The create body of the era: an object from 2.82.0, a bare array before.
 * @param scopes the new client's scopes
 */
const createBody = (version: string, scopes: string[], extra: Record<string, unknown> = {}) =>
  atLeast282(version) ? { scopes, ...extra } : scopes;

/** Creates a client as root and gets its token: two probes, compared like the others. */
function fixture(version: string, name: string, scopes: string[]): Probe[] {
  return [
    {
      name: `fixture: create ${name}`,
      method: "POST",
      path: `${OAUTH}/client`,
      auth: "root",
      json: createBody(version, scopes),
      capture: name,
    },
    {
      name: `fixture: token for ${name}`,
      method: "POST",
      path: `${OAUTH}/token`,
      form: { client_id: `{${name}}`, client_secret: `{${name}.secret}` },
      capture: name,
    },
  ];
}

/** The protected endpoints, each with a request that is valid once authorised. */
function protectedEndpoints(version: string): Array<Omit<Probe, "name">> {
  return [
    { method: "POST", path: `${OAUTH}/client`, json: createBody(version, []) },
    { method: "GET", path: `${OAUTH}/client` },
    { method: "GET", path: `${OAUTH}/client/{victim}` },
    { method: "PUT", path: `${OAUTH}/client/{victim}`, json: { name: "renamed" } },
    { method: "DELETE", path: `${OAUTH}/client/${UNKNOWN}` },
    { method: "POST", path: `${OAUTH}/client/{victim}/secret` },
    { method: "GET", path: `${OAUTH}/client/{victim}/scope` },
    { method: "PUT", path: `${OAUTH}/client/{victim}/scope`, json: ["policy:read"] },
    { method: "GET", path: `${OAUTH}/scope` },
    { method: "GET", path: `${OAUTH}/role` },
  ];
}

/** Every way of (not) authenticating, on every protected endpoint. */
function authMatrix(version: string): Probe[] {
  const variants: Array<[string, Pick<Probe, "auth" | "headers">]> = [
    ["no Authorization", {}],
    ["Basic instead of Bearer", { headers: { authorization: "Basic ZmlkZXNhZG1pbjpmaWRlc2FkbWluc2VjcmV0" } }],
    ["a garbled token", { headers: { authorization: "Bearer not-a-token" } }],
    ["an empty Bearer", { headers: { authorization: "Bearer " } }],
    ["a token of another server", { headers: { authorization: `Bearer ${FOREIGN_TOKEN}` } }],
    ["a token without the scope", { auth: "empty" }],
    ["the token of a deleted client", { auth: "deleted" }],
    ["a lower-case bearer scheme", { headers: { authorization: "bearer {reader.token}" } }],
  ];
  const probes: Probe[] = [];
  for (const endpoint of protectedEndpoints(version)) {
    for (const [label, auth] of variants) {
      probes.push({ ...endpoint, ...auth, name: `${endpoint.method} ${endpoint.path} with ${label}` });
    }
  }
  return probes;
}

function tokenEndpoint(): Probe[] {
  const token = `${OAUTH}/token`;
  const basic = (text: string) => ({ authorization: `Basic ${Buffer.from(text).toString("base64")}` });
  return [
    { name: "token: root form", method: "POST", path: token, form: ROOT_FORM },
    {
      name: "token: wrong secret",
      method: "POST",
      path: token,
      form: { ...ROOT_FORM, client_secret: "wrong" },
    },
    {
      name: "token: unknown client",
      method: "POST",
      path: token,
      form: { client_id: UNKNOWN, client_secret: "x" },
    },
    { name: "token: only client_id", method: "POST", path: token, form: { client_id: "fidesadmin" } },
    {
      name: "token: only client_secret",
      method: "POST",
      path: token,
      form: { client_secret: "fidesadminsecret" },
    },
    { name: "token: empty form", method: "POST", path: token, form: {} },
    { name: "token: no body", method: "POST", path: token },
    {
      name: "token: the peer test's wrong field name",
      method: "POST",
      path: token,
      form: { client_id: "notaclient", secret: "badsecret" },
    },
    { name: "token: JSON body", method: "POST", path: token, json: ROOT_FORM },
    {
      name: "token: grant_type client_credentials",
      method: "POST",
      path: token,
      form: { ...ROOT_FORM, grant_type: "client_credentials" },
    },
    {
      name: "token: grant_type password",
      method: "POST",
      path: token,
      form: { ...ROOT_FORM, grant_type: "password" },
    },
    {
      name: "token: grant_type containing client_credentials",
      method: "POST",
      path: token,
      form: { ...ROOT_FORM, grant_type: "xclient_credentialsx" },
    },
    { name: "token: empty grant_type", method: "POST", path: token, form: { ...ROOT_FORM, grant_type: "" } },
    {
      name: "token: scope is ignored",
      method: "POST",
      path: token,
      form: { ...ROOT_FORM, scope: "policy:read" },
    },
    { name: "token: Basic", method: "POST", path: token, headers: basic("fidesadmin:fidesadminsecret") },
    { name: "token: Basic wrong secret", method: "POST", path: token, headers: basic("fidesadmin:nope") },
    { name: "token: Basic not base64", method: "POST", path: token, headers: { authorization: "Basic %%%" } },
    { name: "token: Basic without colon", method: "POST", path: token, headers: basic("fidesadmin") },
    {
      name: "token: form wins over Basic",
      method: "POST",
      path: token,
      form: ROOT_FORM,
      headers: basic("fidesadmin:nope"),
    },
    {
      name: "token: Basic fills a half form",
      method: "POST",
      path: token,
      form: { client_id: "fidesadmin" },
      headers: basic("fidesadmin:fidesadminsecret"),
    },
    {
      name: "token: a client's own credentials",
      method: "POST",
      path: token,
      form: { client_id: "{reader}", client_secret: "{reader.secret}" },
    },
    {
      name: "token: multipart",
      method: "POST",
      path: token,
      headers: { "content-type": "multipart/form-data; boundary=X" },
      raw: '--X\r\nContent-Disposition: form-data; name="client_id"\r\n\r\nfidesadmin\r\n--X\r\nContent-Disposition: form-data; name="client_secret"\r\n\r\nfidesadminsecret\r\n--X--\r\n',
    },
    { name: "token: GET", method: "GET", path: token },
    { name: "token: PUT", method: "PUT", path: token, form: ROOT_FORM },
    { name: "token: trailing slash", method: "POST", path: `${token}/`, form: ROOT_FORM },
  ];
}

function createRequests(version: string): Probe[] {
  const path = `${OAUTH}/client`;
  const post = (name: string, rest: Partial<Probe>): Probe => ({
    name: `create: ${name}`,
    method: "POST",
    path,
    auth: "root",
    ...rest,
  });
  const probes: Probe[] = [
    post("no body", {}),
    post("bare array", { json: ["policy:read"] }),
    post("object", { json: { scopes: ["policy:read"] } }),
    post("empty object", { json: {} }),
    post("invalid scope", { json: createBody(version, ["invalid-scope"]) }),
    post("two invalid scopes", { json: createBody(version, ["b-scope", "a-scope"]) }),
    post("scopes not strings", { json: createBody(version, [1 as unknown as string]) }),
    post("scopes a string", { json: atLeast282(version) ? { scopes: "policy:read" } : "policy:read" }),
    post("bad JSON", { raw: "{not json", headers: { "content-type": "application/json" } }),
    post("JSON as text/plain", {
      raw: JSON.stringify(createBody(version, [])),
      headers: { "content-type": "text/plain" },
    }),
    post("null body", { raw: "null", headers: { "content-type": "application/json" } }),
    post("a number body", { raw: "42", headers: { "content-type": "application/json" } }),
    post("a huge body", {
      json: createBody(
        version,
        Array.from({ length: 20_000 }, () => "policy:read"),
      ),
    }),
    post("duplicate scopes", { json: createBody(version, ["policy:read", "policy:read"]) }),
    post("escalation by a client:create token", {
      auth: "creator",
      json: createBody(version, ["storage:delete", "messaging:delete", "user-permission:assign_owners"]),
    }),
    post("no escalation for nothing", { auth: "creator", json: createBody(version, []) }),
    post("escalation with an invalid scope too", {
      auth: "creator",
      json: createBody(version, ["storage:delete", "nope"]),
    }),
    {
      name: "create: bad JSON without auth",
      method: "POST",
      path,
      raw: "{",
      headers: { "content-type": "application/json" },
    },
  ];
  if (atLeast282(version)) {
    probes.push(
      post("name and description", { json: { scopes: [], name: "n", description: "d" } }),
      post("empty name", { json: { scopes: [], name: "" } }),
      post("whitespace name", { json: { scopes: [], name: "   " } }),
      post("null name", { json: { scopes: [], name: null } }),
      post("unknown field roles", { json: { scopes: [], roles: ["owner"] } }),
      post("name a number", { json: { scopes: [], name: 5 } }),
    );
  }
  return probes;
}

function clientRequests(version: string): Probe[] {
  const by = (id: string) => `${OAUTH}/client/${id}`;
  const probes: Probe[] = [
    { name: "scopes of victim", method: "GET", path: `${by("{victim}")}/scope`, auth: "root" },
    { name: "scopes of unknown", method: "GET", path: `${by(UNKNOWN)}/scope`, auth: "root" },
    { name: "scopes of root", method: "GET", path: `${by("fidesadmin")}/scope`, auth: "root" },
    {
      name: "set scopes of unknown",
      method: "PUT",
      path: `${by(UNKNOWN)}/scope`,
      auth: "root",
      json: ["storage:read"],
    },
    {
      name: "set scopes invalid",
      method: "PUT",
      path: `${by("{victim}")}/scope`,
      auth: "root",
      json: ["this-is-not-a-valid-scope"],
    },
    {
      name: "set scopes as object",
      method: "PUT",
      path: `${by("{victim}")}/scope`,
      auth: "root",
      json: { scopes: ["policy:read"] },
    },
    { name: "set scopes without body", method: "PUT", path: `${by("{victim}")}/scope`, auth: "root" },
    { name: "set scopes without body or auth", method: "PUT", path: `${by("{victim}")}/scope` },
    {
      name: "set scopes without body, wrong scope",
      method: "PUT",
      path: `${by("{victim}")}/scope`,
      auth: "reader",
    },
    {
      name: "set scopes escalation",
      method: "PUT",
      path: `${by("{victim}")}/scope`,
      auth: "updater",
      json: ["storage:delete"],
    },
    {
      name: "set scopes held by the requester",
      method: "PUT",
      path: `${by("{victim}")}/scope`,
      auth: "updater",
      json: ["client:update"],
    },
    {
      name: "set scopes",
      method: "PUT",
      path: `${by("{victim}")}/scope`,
      auth: "root",
      json: ["policy:read", "rule:read"],
    },
    { name: "scopes after set", method: "GET", path: `${by("{victim}")}/scope`, auth: "root" },
    { name: "delete unknown", method: "DELETE", path: by(UNKNOWN), auth: "root" },
    { name: "delete with trailing slash", method: "DELETE", path: `${by(UNKNOWN)}/`, auth: "root" },
    { name: "scope list", method: "GET", path: `${OAUTH}/scope`, auth: "root" },
    { name: "role map", method: "GET", path: `${OAUTH}/role`, auth: "root" },
    { name: "scope list by a scope:read client", method: "GET", path: `${OAUTH}/scope`, auth: "writer" },
  ];
  if (atLeast282(version)) {
    probes.push(
      { name: "get victim", method: "GET", path: by("{victim}"), auth: "root" },
      { name: "get unknown", method: "GET", path: by(UNKNOWN), auth: "root" },
      { name: "get root", method: "GET", path: by("fidesadmin"), auth: "root" },
      { name: "update name", method: "PUT", path: by("{victim}"), auth: "root", json: { name: "new name" } },
      {
        name: "update description null",
        method: "PUT",
        path: by("{victim}"),
        auth: "root",
        json: { description: null },
      },
      { name: "update empty name", method: "PUT", path: by("{victim}"), auth: "root", json: { name: "" } },
      {
        name: "update scopes",
        method: "PUT",
        path: by("{victim}"),
        auth: "root",
        json: { scopes: ["client:read", "client:update"] },
      },
      {
        name: "update invalid scope",
        method: "PUT",
        path: by("{victim}"),
        auth: "root",
        json: { scopes: ["nope"] },
      },
      { name: "update without body", method: "PUT", path: by("{victim}"), auth: "root" },
      { name: "update bare array", method: "PUT", path: by("{victim}"), auth: "root", json: ["policy:read"] },
      { name: "update unknown", method: "PUT", path: by(UNKNOWN), auth: "root", json: { name: "x" } },
      { name: "update root", method: "PUT", path: by("fidesadmin"), auth: "root", json: { name: "x" } },
      {
        name: "update escalation",
        method: "PUT",
        path: by("{victim}"),
        auth: "updater",
        json: { scopes: ["storage:delete"] },
      },
      { name: "rotate unknown", method: "POST", path: `${by(UNKNOWN)}/secret`, auth: "root" },
      { name: "rotate root", method: "POST", path: `${by("fidesadmin")}/secret`, auth: "root" },
      { name: "rotate victim", method: "POST", path: `${by("{victim}")}/secret`, auth: "root" },
      { name: "get after updates", method: "GET", path: by("{victim}"), auth: "root" },
      { name: "list page 1 size 2", method: "GET", path: `${OAUTH}/client?page=1&size=2`, auth: "root" },
      { name: "list page 99", method: "GET", path: `${OAUTH}/client?page=99&size=2`, auth: "root" },
      { name: "list size 0", method: "GET", path: `${OAUTH}/client?size=0`, auth: "root" },
      { name: "list size 101", method: "GET", path: `${OAUTH}/client?size=101`, auth: "root" },
      { name: "list page 0", method: "GET", path: `${OAUTH}/client?page=0`, auth: "root" },
      { name: "list page abc", method: "GET", path: `${OAUTH}/client?page=abc`, auth: "root" },
      { name: "delete root", method: "DELETE", path: by("fidesadmin"), auth: "root" },
      {
        name: "set scopes of root",
        method: "PUT",
        path: `${by("fidesadmin")}/scope`,
        auth: "root",
        json: ["policy:read"],
      },
    );
  } else {
    probes.push(
      { name: "get victim (no such route before 2.82)", method: "GET", path: by("{victim}"), auth: "root" },
      {
        name: "update victim (no such route before 2.82)",
        method: "PUT",
        path: by("{victim}"),
        auth: "root",
        json: { name: "x" },
      },
      {
        name: "rotate victim (no such route before 2.82)",
        method: "POST",
        path: `${by("{victim}")}/secret`,
        auth: "root",
      },
      { name: "list (no such route before 2.82)", method: "GET", path: `${OAUTH}/client`, auth: "root" },
    );
  }
  return probes;
}

function routing(): Probe[] {
  const probes: Probe[] = [
    { name: "health", method: "GET", path: "/health" },
    { name: "health with trailing slash", method: "GET", path: "/health/" },
    { name: "POST health", method: "POST", path: "/health" },
    { name: "unknown api path", method: "GET", path: "/api/v1/nothing-here", auth: "root" },
    { name: "unknown api path, POST", method: "POST", path: "/api/v1/nothing-here" },
    { name: "unknown oauth path", method: "GET", path: `${OAUTH}/unknown` },
    {
      name: "POST /api/v1/client (no such route)",
      method: "POST",
      path: "/api/v1/client",
      auth: "root",
      json: [],
    },
    { name: "admin UI page", method: "GET", path: "/some/page" },
    { name: "PATCH a client", method: "PATCH", path: `${OAUTH}/client/{victim}`, auth: "root", json: {} },
    { name: "DELETE the scope list", method: "DELETE", path: `${OAUTH}/scope`, auth: "root" },
    { name: "POST the role map", method: "POST", path: `${OAUTH}/role`, auth: "root" },
    { name: "PUT the client list", method: "PUT", path: `${OAUTH}/client`, auth: "root", json: {} },
    { name: "DELETE the client list", method: "DELETE", path: `${OAUTH}/client`, auth: "root" },
    { name: "GET a client's secret", method: "GET", path: `${OAUTH}/client/{victim}/secret`, auth: "root" },
    {
      name: "POST a client's scopes",
      method: "POST",
      path: `${OAUTH}/client/{victim}/scope`,
      auth: "root",
      json: [],
    },
    { name: "OPTIONS the token endpoint", method: "OPTIONS", path: `${OAUTH}/token` },
    { name: "HEAD the scope list", method: "HEAD", path: `${OAUTH}/scope`, auth: "root" },
    { name: "scope list with trailing slash", method: "GET", path: `${OAUTH}/scope/`, auth: "root" },
    { name: "role map with trailing slash", method: "GET", path: `${OAUTH}/role/`, auth: "root" },
    {
      name: "client scopes with trailing slash",
      method: "GET",
      path: `${OAUTH}/client/{victim}/scope/`,
      auth: "root",
    },
    { name: "create with trailing slash", method: "POST", path: `${OAUTH}/client/`, auth: "root", json: [] },
    { name: "double slash", method: "GET", path: "/api/v1//oauth/scope", auth: "root" },
    { name: "encoded id", method: "GET", path: `${OAUTH}/client/a%2Fb/scope`, auth: "root" },
    { name: "callback without query", method: "GET", path: `${OAUTH}/callback` },
    { name: "callback with unknown state", method: "GET", path: `${OAUTH}/callback?code=c&state=s` },
  ];
  return probes;
}

/** What happens to a client's tokens when its scopes, secret or existence change. */
function lifecycle(version: string): Probe[] {
  const scopePath = `${OAUTH}/client/{narrowed}/scope`;
  return [
    ...fixture(version, "narrowed", ["client:read", "scope:read"]),
    { name: "narrowed: old token works", method: "GET", path: `${OAUTH}/scope`, auth: "narrowed" },
    { name: "narrowed: narrow", method: "PUT", path: scopePath, auth: "root", json: ["scope:read"] },
    { name: "narrowed: old token, kept scope", method: "GET", path: `${OAUTH}/scope`, auth: "narrowed" },
    { name: "narrowed: old token, removed scope", method: "GET", path: scopePath, auth: "narrowed" },
    {
      name: "narrowed: new token",
      method: "POST",
      path: `${OAUTH}/token`,
      form: { client_id: "{narrowed}", client_secret: "{narrowed.secret}" },
      capture: "narrowed",
    },
    { name: "narrowed: new token, kept scope", method: "GET", path: `${OAUTH}/scope`, auth: "narrowed" },
    {
      name: "narrowed: widen",
      method: "PUT",
      path: scopePath,
      auth: "root",
      json: ["scope:read", "client:read"],
    },
    { name: "narrowed: token from before widening", method: "GET", path: scopePath, auth: "narrowed" },
    { name: "deleted: delete", method: "DELETE", path: `${OAUTH}/client/{narrowed}`, auth: "root" },
    { name: "deleted: its token", method: "GET", path: `${OAUTH}/scope`, auth: "narrowed" },
    {
      name: "deleted: its credentials",
      method: "POST",
      path: `${OAUTH}/token`,
      form: { client_id: "{narrowed}", client_secret: "{narrowed.secret}" },
    },
    { name: "deleted: delete again", method: "DELETE", path: `${OAUTH}/client/{narrowed}`, auth: "root" },
    { name: "deleted: its scopes", method: "GET", path: scopePath, auth: "root" },
  ];
}

/** Before 2.82.0 the root client is not hidden; last, since a broken root would spoil what follows. */
function rootBefore282(): Probe[] {
  const path = `${OAUTH}/client/fidesadmin`;
  return [
    { name: "root before 2.82: delete", method: "DELETE", path, auth: "root" },
    {
      name: "root before 2.82: set scopes",
      method: "PUT",
      path: `${path}/scope`,
      auth: "root",
      json: ["policy:read"],
    },
    {
      name: "root before 2.82: set scopes again",
      method: "PUT",
      path: `${path}/scope`,
      auth: "root",
      json: ["policy:read"],
    },
    { name: "root before 2.82: its scopes", method: "GET", path: `${path}/scope`, auth: "root" },
    { name: "root before 2.82: a new token", method: "POST", path: `${OAUTH}/token`, form: ROOT_FORM },
  ];
}

/**
 * The probes for one version, in order: fixtures first (a client per role, each with a token),
 * then the auth matrix, the token endpoint, client requests, routing and the token lifecycle.
 */
export function probesFor(version: string): Probe[] {
  const probes: Probe[] = [
    { name: "fixture: root token", method: "POST", path: `${OAUTH}/token`, form: ROOT_FORM, capture: "root" },
    ...fixture(version, "writer", [
      "client:create",
      "client:read",
      "client:update",
      "client:delete",
      "scope:read",
    ]),
    ...fixture(version, "reader", ["client:read"]),
    ...fixture(version, "creator", ["client:create"]),
    ...fixture(version, "updater", ["client:update"]),
    ...fixture(version, "empty", []),
    ...fixture(version, "victim", ["policy:read"]),
    ...fixture(version, "deleted", ["client:read", "scope:read"]),
    { name: "fixture: delete deleted", method: "DELETE", path: `${OAUTH}/client/{deleted}`, auth: "root" },
    ...authMatrix(version),
    ...tokenEndpoint(),
    ...createRequests(version),
    ...clientRequests(version),
    ...routing(),
    ...lifecycle(version),
    ...(atLeast282(version) ? [] : rootBefore282()),
  ];
  const names = new Set<string>();
  for (const probe of probes) {
    if (names.has(probe.name)) throw new Error(`two probes are named "${probe.name}"`);
    names.add(probe.name);
  }
  return probes;
}

/**
 * The rate-limit probes, for a `limited` server (1-minute tokens, 10 token requests a minute per
 * client address) and an emulator with `rateLimit: true, tokenLifetimeMinutes: 1`.
 */
export function rateLimitProbes(): Probe[] {
  const probes: Probe[] = [
    {
      name: "rate limit: token request 1",
      method: "POST",
      path: `${OAUTH}/token`,
      form: ROOT_FORM,
      capture: "root",
    },
    { name: "rate limit: a protected route", method: "GET", path: `${OAUTH}/scope`, auth: "root" },
    { name: "rate limit: a protected route without auth", method: "GET", path: `${OAUTH}/scope` },
    { name: "rate limit: health", method: "GET", path: "/health" },
  ];
  for (let attempt = 2; attempt <= 11; attempt++) {
    probes.push({
      name: `rate limit: token request ${attempt}${attempt % 2 ? " (wrong secret)" : ""}`,
      method: "POST",
      path: `${OAUTH}/token`,
      form: attempt % 2 ? { ...ROOT_FORM, client_secret: "wrong" } : ROOT_FORM,
    });
  }
  probes.push(
    { name: "rate limit: the 12th, right secret", method: "POST", path: `${OAUTH}/token`, form: ROOT_FORM },
    { name: "rate limit: a protected route after", method: "GET", path: `${OAUTH}/scope`, auth: "root" },
  );
  return probes;
}
