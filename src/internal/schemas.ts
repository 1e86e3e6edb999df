import * as z from "zod/mini";
import type { components } from "../generated/fides-oauth.js";
import type { Scope } from "../scopes.js";
import { isSendableToken } from "./tokens/access-token-rules.js";

type Schemas = components["schemas"];

/**
 * Every response body is checked here before it reaches the caller. Each schema is tied to the
 * generated contract type with `satisfies`, so a change to `openapi/fides-oauth.yaml` that the
 * schemas do not follow fails to compile. Messages are fragments that follow the field's name:
 * `response body "expires_in" must be an integer or null`.
 *
 * Scope lists are checked as strings, not against this SDK's registry: a newer server may know
 * scopes the SDK does not, and refusing its answer would break every call.
 *
 * Each schema is built on its first parse (`z.lazy`): importing the SDK builds none, and a
 * program builds only those of the operations it calls.
 */

const str = (message = "must be a string") => z.string({ error: message });
const nonEmptyString = () => str().check(z.minLength(1, { error: "must not be empty" }));
const nullableString = () => z.nullable(str("must be a string or null"));
const scopeList = () =>
  z.array(
    z.custom<Scope>((value) => typeof value === "string", { error: "must be a string" }),
    { error: "must be an array of strings" },
  );
const count = (minimum: number) =>
  z
    .int({ error: `must be an integer of at least ${minimum}` })
    .check(z.gte(minimum, { error: `must be an integer of at least ${minimum}` }));
const object = <T extends z.core.$ZodLooseShape>(shape: T) =>
  z.object(shape, { error: "must be a JSON object" });

/**
 * `POST /api/v1/oauth/token` (200). A token no header may carry is a broken contract, refused here
 * before it is ever sent. A negative `expires_in` is accepted: the client raises any lifetime
 * under a minute to one (see `tokenLifetimeMs`).
 */
export const accessTokenSchema = z.lazy(() =>
  object({
    access_token: nonEmptyString().check(
      z.refine(isSendableToken, {
        error: "must be visible ASCII characters only (no spaces, control characters or non-ASCII)",
      }),
    ),
    token_type: z.exactOptional(
      z.custom<"Bearer">((value) => typeof value === "string" && value.toLowerCase() === "bearer", {
        error: 'must be "Bearer"',
      }),
    ),
    expires_in: z.exactOptional(z.nullable(z.int({ error: "must be an integer or null" }))),
    // Naive server-local time: carried for completeness, never parsed (expiry comes from expires_in).
    expires_at: z.exactOptional(nullableString()),
  }),
) satisfies z.ZodMiniType<Schemas["AccessToken"]>;

/** `POST /api/v1/oauth/client` (200). */
export const clientCreatedSchema = z.lazy(() =>
  object({ client_id: nonEmptyString(), client_secret: nonEmptyString() }),
) satisfies z.ZodMiniType<Schemas["ClientCreatedResponse"]>;

/** `POST /api/v1/oauth/client/{client_id}/secret` (200). */
export const clientSecretRotatedSchema = clientCreatedSchema satisfies z.ZodMiniType<
  Schemas["ClientSecretRotateResponse"]
>;

/** A client as the API shows it (`GET`/`PUT /api/v1/oauth/client/{client_id}`). */
export const clientSchema = z.lazy(() =>
  object({
    client_id: str(),
    name: nullableString(),
    description: nullableString(),
    scopes: scopeList(),
  }),
) satisfies z.ZodMiniType<Omit<Schemas["ClientResponse"], "scopes"> & { scopes: Scope[] }>;

/** One page of clients (`GET /api/v1/oauth/client`). */
export const clientPageSchema = z.lazy(() =>
  object({
    items: z.array(clientSchema, { error: "must be an array" }),
    total: count(0),
    page: count(1),
    size: count(1),
    pages: count(0),
  }),
) satisfies z.ZodMiniType<Schemas["ClientPage"]>;

/** `GET /api/v1/oauth/client/{client_id}/scope` and `GET /api/v1/oauth/scope`. */
export const scopeListSchema = z.lazy(scopeList) satisfies z.ZodMiniType<Schemas["Scope"][]>;

/** `GET /api/v1/oauth/role`: each role's scopes. */
export const roleScopesSchema = z.lazy(() =>
  z.record(z.string(), scopeList(), { error: "must be a JSON object of arrays" }),
) satisfies z.ZodMiniType<Schemas["RoleScopes"]>;

/** `GET /health`. */
export const healthSchema = z.lazy(() =>
  object({
    webserver: str(),
    version: str(),
    cache: z.custom<Schemas["HealthCheck"]["cache"]>((value) => typeof value === "string", {
      error: "must be a string",
    }),
  }),
) satisfies z.ZodMiniType<Schemas["HealthCheck"]>;

/** A new client's credentials (also the answer to a secret rotation). */
export type FidesClientCredentials = z.infer<typeof clientCreatedSchema>;
/** The server's health and version. */
export type FidesHealth = z.infer<typeof healthSchema>;
/** The token endpoint's answer. */
export type FidesAccessToken = z.infer<typeof accessTokenSchema>;

/** The first problem of a failed parse, as a field name and a message fragment. */
interface SchemaProblem {
  field: string;
  message: string;
}

/**
 * Names the first field a response body got wrong.
 * @param error the parse failure
 */
export function firstProblem(error: z.core.$ZodError): SchemaProblem {
  const issue = error.issues[0];
  if (issue === undefined) return { field: "", message: "is malformed" };
  let field = "";
  for (const key of issue.path) {
    field += typeof key === "number" ? `[${key}]` : field === "" ? String(key) : `.${String(key)}`;
  }
  return { field, message: issue.message };
}
