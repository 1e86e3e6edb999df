import * as z from "zod/mini";
import { FidesResponseValidationError } from "../errors.js";
import { invalidType, invalidValue } from "../internal/assert.js";
import type { FidesFetchInit, RequestOptions } from "../options.js";
import { FidesWebhookConflictError, isFidesWebhookError } from "./errors.js";
import { discardBody, readDeliveryBody } from "./read-delivery-body.js";

/**
 * `sdk.webhooks`: the https connections and webhooks Fides calls, managed with the client's token
 * through `sdk.fetch()` (the same pipeline as every call). Scopes: `connection:create_or_update`,
 * `connection:delete`, `webhook:read`, `webhook:create_or_update`, `webhook:delete`.
 */

/** When a policy webhook runs: before (`"pre"`) or after (`"post"`) the request executes. */
export type PolicyWebhookStage = "pre" | "post";

/** A policy webhook as Fides lists it (wire names). */
export interface PolicyWebhook {
  key: string;
  name: string | null;
  direction: "one_way" | "two_way";
  order: number;
  /** The https connection it calls. */
  connection_config: { key: string; [field: string]: unknown };
}

/** A pre-approval webhook as Fides lists it (wire names). */
export interface PreApprovalWebhook {
  key: string;
  name: string;
  connection_config: { key: string; [field: string]: unknown };
}

/** What {@link FidesWebhooks.attachPolicyWebhook} needs. */
export interface PolicyWebhookInput {
  key: string;
  /** @default the key */
  name?: string;
  /** The https connection to call (see {@link FidesWebhooks.createConnection}). */
  connectionKey: string;
  /** `"two_way"`: Fides waits for `{ halt }`; `"one_way"`: it only notifies. */
  direction: "one_way" | "two_way";
}

/** What {@link FidesWebhooks.createConnection} needs. */
export interface WebhookConnectionInput {
  key: string;
  /** @default the key */
  name?: string;
  /** Where Fides POSTs deliveries, such as `https://hooks.example.com/fides`. */
  url: string;
  /** What Fides sends, verbatim, as `Authorization`: your receiver's `secret`. */
  authorization: string;
  /** Extra headers Fides sends with every delivery. */
  headers?: Record<string, string>;
}

// FidesKey (fideslang): letters, digits and _ . < > -; "." and ".." would leave their route.
const FIDES_KEY = /^[A-Za-z0-9_.<>-]{1,200}$/;
const MAX_LIST_BYTES = 16 * 1024 * 1024;
const PAGE_SIZE = 100;

function assertKey(value: unknown, name: string): string {
  if (typeof value !== "string") throw invalidType(name, "a string");
  if (!FIDES_KEY.test(value) || value === "." || value === "..")
    throw invalidValue(name, "must be a Fides key: letters, digits, _ . < > - (not . or ..)");
  return value;
}

function assertStage(value: unknown): PolicyWebhookStage {
  if (value !== "pre" && value !== "post") throw invalidValue("stage", 'must be "pre" or "post"');
  return value;
}

// zod/mini carries no locale: a check without its own message would say only "Invalid input".
// Each schema is built on its first parse (`z.lazy`): most programs never manage webhooks.
const str = () => z.string({ error: "must be a string" });
const object = <T extends z.core.$ZodLooseShape>(shape: T) =>
  z.looseObject(shape, { error: "must be a JSON object" });
const connection = () => object({ key: str() });
const policyWebhook = z.lazy(() =>
  object({
    key: str(),
    name: z.nullable(str()),
    direction: z.enum(["one_way", "two_way"], { error: 'must be "one_way" or "two_way"' }),
    order: z.int({ error: "must be an integer" }),
    connection_config: connection(),
  }),
);
const preApprovalWebhook = z.lazy(() => object({ key: str(), name: str(), connection_config: connection() }));
const page = <T extends z.ZodMiniType>(item: T) =>
  object({
    items: z.array(item, { error: "must be an array" }),
    pages: z.optional(z.nullable(z.int({ error: "must be an integer" }))),
  });
const bulkResult = z.lazy(() =>
  object({
    succeeded: z.array(z.unknown(), { error: "must be an array" }),
    failed: z.array(object({ message: z.optional(str()) }), { error: "must be an array" }),
  }),
);

type Fetch = (path: string, init?: FidesFetchInit) => Promise<Response>;

/** The `webhooks` namespace of `FidesClient`. */
export class FidesWebhooks {
  readonly #fetch: Fetch;

  /**
   * @param fetch the client's `fetch` (its pipeline)
   * @internal
   */
  constructor(fetch: Fetch) {
    this.#fetch = fetch;
  }

  /**
   * Creates (or updates) the https connection Fides calls, then sets its secrets: the URL and the
   * `Authorization` value. `PATCH /api/v1/connection`, then `PUT /api/v1/connection/{key}/secret`.
   * @param input the connection's key, URL and secret
   * @param options `signal`, `timeoutMs`
   * @throws {FidesApiError} as Fides answers; a refused connection in the bulk answer is a `FidesResponseValidationError` naming its message
   * @example
   * await sdk.webhooks.createConnection({ key: "billing_hooks", url: "https://hooks.example.com/fides", authorization: secret });
   */
  async createConnection(input: WebhookConnectionInput, options?: RequestOptions): Promise<void> {
    if (typeof input !== "object" || input === null) throw invalidType("input", "an object");
    const key = assertKey(input.key, "input.key");
    if (typeof input.url !== "string" || !/^https?:\/\//i.test(input.url))
      throw invalidValue("input.url", "must be an absolute http(s) URL");
    if (typeof input.authorization !== "string" || input.authorization === "")
      throw invalidValue("input.authorization", "must be a non-empty string");
    const name = input.name ?? key;
    const path = "/api/v1/connection";
    const created = await this.#json(
      path,
      { method: "PATCH", json: [{ key, name, connection_type: "https", access: "read" }] },
      bulkResult,
      options,
    );
    const failure = created.failed[0];
    if (failure !== undefined)
      throw new FidesResponseValidationError(
        `Fides refused the connection: ${failure.message ?? "no reason given"} (PATCH ${path})`,
        { operation: "createConnection", method: "PATCH", path },
        "failed",
      );
    const secrets = {
      url: input.url,
      authorization: input.authorization,
      ...(input.headers ? { headers: input.headers } : {}),
    };
    // verify=false: an https connection has no test to run, and the receiver may not be up yet.
    await this.#send(
      `/api/v1/connection/${key}/secret?verify=false`,
      { method: "PUT", json: secrets },
      options,
    );
  }

  /**
   * Deletes a connection (and, in Fides, the webhooks that call it). `DELETE /api/v1/connection/{key}`.
   * @param key the connection's key
   * @param options `signal`, `timeoutMs`
   */
  async deleteConnection(key: string, options?: RequestOptions): Promise<void> {
    await this.#send(`/api/v1/connection/${assertKey(key, "key")}`, { method: "DELETE" }, options);
  }

  /**
   * A policy's pre- or post-execution webhooks, in the order they run (every page).
   * @param policyKey the policy
   * @param stage `"pre"` or `"post"`
   * @param options `signal`, `timeoutMs`
   */
  async listPolicyWebhooks(
    policyKey: string,
    stage: PolicyWebhookStage,
    options?: RequestOptions,
  ): Promise<PolicyWebhook[]> {
    return this.#listAll(policyWebhooksPath(policyKey, stage), policyWebhook, options) as Promise<
      PolicyWebhook[]
    >;
  }

  /**
   * Adds a webhook to a policy, or updates the one with the same key, keeping every other webhook
   * and its order. Fides's `PUT …/webhook/{pre,post}_execution` replaces the whole list, so this
   * reads the list, merges, reads it again just before writing and writes only if nobody changed
   * it in between; otherwise it throws {@link FidesWebhookConflictError} having written nothing.
   * (Fides offers no conditional write, so a change landing between that second read and the
   * write cannot be seen: keep one writer per policy for certainty.)
   * @param policyKey the policy
   * @param stage `"pre"` or `"post"`
   * @param webhook the webhook: key, connection, direction, name
   * @param options `signal`, `timeoutMs`
   * @returns the policy's webhooks after the write, in order
   * @throws {FidesWebhookConflictError} when the list changed during the update
   * @example
   * await sdk.webhooks.attachPolicyWebhook("erasure", "pre", { key: "check", connectionKey: "billing_hooks", direction: "two_way" });
   */
  async attachPolicyWebhook(
    policyKey: string,
    stage: PolicyWebhookStage,
    webhook: PolicyWebhookInput,
    options?: RequestOptions,
  ): Promise<PolicyWebhook[]> {
    const path = policyWebhooksPath(policyKey, stage);
    if (typeof webhook !== "object" || webhook === null) throw invalidType("webhook", "an object");
    const key = assertKey(webhook.key, "webhook.key");
    const entry = {
      connection_config_key: assertKey(webhook.connectionKey, "webhook.connectionKey"),
      direction: assertDirection(webhook.direction),
      key,
      name: webhook.name ?? key,
    };
    const toEntry = (item: PolicyWebhook) => ({
      connection_config_key: item.connection_config.key,
      direction: item.direction,
      key: item.key,
      name: item.name ?? item.key,
    });
    return this.#merge(path, policyWebhook, toEntry, key, entry, options) as Promise<PolicyWebhook[]>;
  }

  /**
   * Removes one webhook from a policy (the others keep their order): `DELETE …/{key}`.
   * @param policyKey the policy
   * @param stage `"pre"` or `"post"`
   * @param key the webhook's key
   * @param options `signal`, `timeoutMs`
   * @throws {FidesNotFoundError} when the policy has no such webhook
   */
  async detachPolicyWebhook(
    policyKey: string,
    stage: PolicyWebhookStage,
    key: string,
    options?: RequestOptions,
  ): Promise<void> {
    const path = `${policyWebhooksPath(policyKey, stage)}/${assertKey(key, "key")}`;
    await this.#send(path, { method: "DELETE" }, options);
  }

  /**
   * Every pre-approval webhook (newest first, every page). Fides calls them all for each new
   * request when `require_manual_request_approval` is on.
   * @param options `signal`, `timeoutMs`
   */
  async listPreApprovalWebhooks(options?: RequestOptions): Promise<PreApprovalWebhook[]> {
    return this.#listAll(PRE_APPROVAL, preApprovalWebhook, options) as Promise<PreApprovalWebhook[]>;
  }

  /**
   * Adds a pre-approval webhook, or updates the one with the same key, keeping the others: read,
   * merge, re-read, write, as {@link FidesWebhooks.attachPolicyWebhook} does.
   * @param webhook key, name and connection
   * @param options `signal`, `timeoutMs`
   * @returns every pre-approval webhook after the write
   * @throws {FidesWebhookConflictError} when the list changed during the update
   */
  async attachPreApprovalWebhook(
    webhook: { key: string; name?: string; connectionKey: string },
    options?: RequestOptions,
  ): Promise<PreApprovalWebhook[]> {
    if (typeof webhook !== "object" || webhook === null) throw invalidType("webhook", "an object");
    const key = assertKey(webhook.key, "webhook.key");
    const entry = {
      connection_config_key: assertKey(webhook.connectionKey, "webhook.connectionKey"),
      key,
      name: webhook.name ?? key,
    };
    const toEntry = (item: PreApprovalWebhook) => ({
      connection_config_key: item.connection_config.key,
      key: item.key,
      name: item.name,
    });
    return this.#merge(PRE_APPROVAL, preApprovalWebhook, toEntry, key, entry, options) as Promise<
      PreApprovalWebhook[]
    >;
  }

  /**
   * Removes one pre-approval webhook: `DELETE /api/v1/dsr/webhook/pre_approval/{key}`.
   * @param key the webhook's key
   * @param options `signal`, `timeoutMs`
   */
  async detachPreApprovalWebhook(key: string, options?: RequestOptions): Promise<void> {
    await this.#send(`${PRE_APPROVAL}/${assertKey(key, "key")}`, { method: "DELETE" }, options);
  }

  /** Keeps nothing secret, but says so for `JSON.stringify`. */
  toJSON(): Record<string, never> {
    return {};
  }

  async #merge<T extends { key: string }, E extends { key: string }>(
    path: string,
    schema: z.ZodMiniType<T>,
    toEntry: (item: T) => E,
    key: string,
    entry: E,
    options: RequestOptions | undefined,
  ): Promise<T[]> {
    const before = (await this.#listAll(path, schema, options)).map(toEntry);
    const index = before.findIndex((item) => item.key === key);
    const after = index < 0 ? [...before, entry] : before.map((item, at) => (at === index ? entry : item));
    // The second read: a list that changed since the first would be overwritten by this PUT.
    const again = (await this.#listAll(path, schema, options)).map(toEntry);
    if (JSON.stringify(again) !== JSON.stringify(before)) throw new FidesWebhookConflictError(path);
    return this.#json(
      path,
      { method: "PUT", json: after },
      z.array(schema, { error: "must be an array" }),
      options,
    );
  }

  async #listAll<T>(
    path: string,
    schema: z.ZodMiniType<T>,
    options: RequestOptions | undefined,
  ): Promise<T[]> {
    const items: T[] = [];
    for (let number = 1; ; number++) {
      const result = await this.#json(`${path}?page=${number}&size=${PAGE_SIZE}`, {}, page(schema), options);
      items.push(...(result.items as T[]));
      if (result.items.length < PAGE_SIZE || (result.pages ?? number) <= number) return items;
    }
  }

  async #send(path: string, init: FidesFetchInit, options: RequestOptions | undefined): Promise<void> {
    const response = await this.#fetch(path, { ...init, ...callOptions(options) });
    await discardBody(response);
  }

  async #json<T>(
    path: string,
    init: FidesFetchInit,
    schema: z.ZodMiniType<T>,
    options: RequestOptions | undefined,
  ): Promise<T> {
    const method = init.method ?? "GET";
    const response = await this.#fetch(path, { ...init, ...callOptions(options) });
    const bare = path.split("?", 1)[0] as string;
    const info = { operation: "webhooks", method, path: bare };
    let json: unknown;
    try {
      json = JSON.parse(new TextDecoder().decode(await readDeliveryBody(response.body, MAX_LIST_BYTES)));
    } catch (error) {
      const problem = isFidesWebhookError(error) ? `is larger than ${MAX_LIST_BYTES} bytes` : "must be JSON";
      throw new FidesResponseValidationError(
        `response body ${problem} (${method} ${bare})`,
        info,
        "",
        response,
      );
    }
    const parsed = schema.safeParse(json);
    if (parsed.success) return parsed.data;
    const issue = parsed.error.issues[0];
    const field = issue?.path.map(String).join(".") ?? "";
    const subject = field === "" ? "response body" : `response body "${field}"`;
    throw new FidesResponseValidationError(
      `${subject} ${issue?.message ?? "is malformed"} (${method} ${bare})`,
      info,
      field,
      response,
    );
  }
}

const PRE_APPROVAL = "/api/v1/dsr/webhook/pre_approval";

function policyWebhooksPath(policyKey: string, stage: PolicyWebhookStage): string {
  return `/api/v1/dsr/policy/${assertKey(policyKey, "policyKey")}/webhook/${assertStage(stage)}_execution`;
}

function assertDirection(value: unknown): "one_way" | "two_way" {
  if (value !== "one_way" && value !== "two_way")
    throw invalidValue("webhook.direction", 'must be "one_way" or "two_way"');
  return value;
}

function callOptions(options: RequestOptions | undefined): RequestOptions {
  if (options === undefined) return {};
  if (typeof options !== "object" || options === null) throw invalidType("options", "an object");
  return {
    ...(options.signal === undefined ? {} : { signal: options.signal }),
    ...(options.timeoutMs === undefined ? {} : { timeoutMs: options.timeoutMs }),
  };
}
