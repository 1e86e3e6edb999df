import { FidesClient } from "../client.js";
import { invalidType, invalidValue } from "../internal/assert.js";
import { isSendableToken } from "../internal/tokens/access-token-rules.js";
import type { FidesSharedOptions, RequestOptions } from "../options.js";
import { seal, sealedPrefix, unseal } from "../redis/token-cipher.js";
import { type CallbackName, callbackPathProblem, describeCallbackPathProblem } from "./callback-routes.js";
import type { DeliveryBody, PreExecutionTwoWayBody } from "./delivery-body.js";
import { parseDeliveryBody, parseNaiveUtc } from "./delivery-body.js";
import { assertDerivedIdentity, type DerivedIdentity } from "./derived-identity.js";
import { FidesWebhookError } from "./errors.js";
import { discardBody } from "./read-delivery-body.js";

const INSPECT = Symbol.for("nodejs.util.inspect.custom");
/** Longer than any JWE Fides makes (about 300 characters); a bound on what a header may hand us. */
const MAX_TOKEN_LENGTH = 8192;

/**
 * How callbacks reach Fides: the options of the `FidesClient` each callback builds around the
 * delivery's `reply-to-token` (deadline, retries, no redirects, typed errors, redaction). There are
 * no credentials here: a callback sends the delivery's token, never the client's OAuth token.
 */
export type WebhookCallbackOptions = Omit<
  FidesSharedOptions,
  "tokenStore" | "allowUnknownScopes" | "tokenLifetimeMinutes" | "serverVersion"
>;

/** The pre-approval delivery's body. */
export type PreApprovalBody = Extract<DeliveryBody, { callback_type: "pre_approval" }>;

/** The callback routes a delivery carries, below `/api/v1`, each checked against its request. */
export interface CallbackPaths {
  readonly resume?: string;
  readonly eligible?: string;
  readonly notEligible?: string;
}

/** What a delivery is made of, besides its token: what its serialization holds in clear. */
export interface DeliveryState {
  readonly body: DeliveryBody;
  readonly paths: CallbackPaths;
  /** When the receiver accepted it, in epoch milliseconds. */
  readonly receivedAt: number;
}

/** A delivery's token and where its callbacks go; never enumerable, never printed. */
interface DeliverySecrets {
  readonly token: string | undefined;
  readonly fides: WebhookCallbackOptions | undefined;
}

// Only this module (and the receiver, through createDelivery) can make a delivery.
const CONSTRUCT = Symbol("FidesWebhookDelivery");

/**
 * One webhook delivery from Fides, checked: its body (discriminated by `callbackType` and
 * `direction`) and, for the kinds Fides waits on, callbacks bound to it. Its `reply-to-token` is
 * kept in a private field: it never appears in `JSON.stringify`, `util.inspect`, a log or an error.
 * @example
 * if (delivery.callbackType === "pre" && delivery.direction === "two_way") await delivery.resume();
 */
export class FidesWebhookDelivery<B extends DeliveryBody = DeliveryBody> {
  /** The body as Fides sent it (wire names), checked. */
  readonly body: B;
  /** `"pre"`, `"post"` or `"pre_approval"`. */
  readonly callbackType: B["callback_type"];
  /** `"two_way"` (Fides waits for the answer) or `"one_way"`. */
  readonly direction: B["direction"];
  /** The privacy request this delivery is about. */
  readonly privacyRequestId: string;
  /** When Fides sent it (the body's naive UTC `timestamp`). */
  readonly timestamp: Date;
  /** When the receiver accepted it. */
  readonly receivedAt: Date;
  readonly #paths: CallbackPaths;
  readonly #token: string | undefined;
  readonly #fides: WebhookCallbackOptions | undefined;

  /**
   * Not for direct use: deliveries come from the receiver, {@link parseDelivery} or
   * {@link reviveDelivery}.
   * @internal
   */
  constructor(construct: typeof CONSTRUCT, state: DeliveryState, secrets: DeliverySecrets) {
    if (construct !== CONSTRUCT) throw new TypeError("a FidesWebhookDelivery comes from the receiver");
    this.body = state.body as B;
    this.callbackType = state.body.callback_type;
    this.direction = state.body.direction;
    this.privacyRequestId = state.body.privacy_request_id;
    this.timestamp = new Date(parseNaiveUtc(state.body.timestamp) ?? Number.NaN);
    this.receivedAt = new Date(state.receivedAt);
    this.#paths = state.paths;
    this.#token = secrets.token;
    this.#fides = secrets.fides;
  }

  /**
   * Resumes the privacy request this pre-execution webhook paused: `POST /api/v1/privacy-request/
   * {id}/resume` with the delivery's token, after checking the route is this request's own.
   * @param options `derivedIdentity` (identities your service learned), `signal`, `timeoutMs`
   * @throws {FidesWebhookError} `wrong_callback_path` or `request_mismatch`, before sending
   * @throws {FidesApiError} as Fides answers: 400 when the request is not paused, 403 `Webhook token expired`
   * @throws {TypeError} on a delivery that cannot be resumed, or without `fides` options
   */
  async resume(
    this: FidesWebhookDelivery<PreExecutionTwoWayBody>,
    options: { derivedIdentity?: DerivedIdentity } & RequestOptions = {},
  ): Promise<void> {
    if (this.callbackType !== "pre" || this.direction !== "two_way")
      throw invalidValue("delivery", "must be a two-way pre-execution delivery to be resumed");
    const derived =
      options.derivedIdentity === undefined
        ? {}
        : { derived_identity: assertDerivedIdentity(options.derivedIdentity, "options.derivedIdentity") };
    await this.#send("resume", "reply-to", this.#paths.resume, derived, options);
  }

  /**
   * Tells Fides this request is eligible for automatic approval: `POST /api/v1/privacy-request/
   * {id}/pre-approve/eligible` (the `reply-to-eligible` header, or `reply-to-approve` before 2.86).
   * @param options `signal`, `timeoutMs`
   * @throws {FidesWebhookError} `wrong_callback_path` or `request_mismatch`, before sending
   * @throws {FidesApiError} as Fides answers: 400 when the request no longer awaits pre-approval
   * @throws {TypeError} on a delivery that is not a pre-approval one, or without `fides` options
   */
  async markEligible(
    this: FidesWebhookDelivery<PreApprovalBody>,
    options: RequestOptions = {},
  ): Promise<void> {
    if (this.callbackType !== "pre_approval")
      throw invalidValue("delivery", "must be a pre-approval delivery to be marked eligible");
    await this.#send("eligible", "reply-to-eligible", this.#paths.eligible, undefined, options);
  }

  /**
   * Tells Fides this request is not eligible for automatic approval (it then waits for a person):
   * `POST /api/v1/privacy-request/{id}/pre-approve/not-eligible`.
   * @param options `signal`, `timeoutMs`
   * @throws {FidesWebhookError} `wrong_callback_path` or `request_mismatch`, before sending
   * @throws {FidesApiError} as Fides answers
   * @throws {TypeError} on a delivery that is not a pre-approval one, or without `fides` options
   */
  async markNotEligible(
    this: FidesWebhookDelivery<PreApprovalBody>,
    options: RequestOptions = {},
  ): Promise<void> {
    if (this.callbackType !== "pre_approval")
      throw invalidValue("delivery", "must be a pre-approval delivery to be marked not eligible");
    await this.#send("not-eligible", "reply-to-not-eligible", this.#paths.notEligible, undefined, options);
  }

  /**
   * The delivery as one string, for a queue: its body and routes in clear, bound to its token,
   * which is encrypted (AES-256-GCM under a key derived from `key` by HKDF, as the Redis token store
   * does). Another process revives it with {@link reviveDelivery} and the same key; a changed
   * character anywhere makes it unrevivable.
   * @param key at least 32 bytes (a string or bytes) shared by the processes, such as 32 random bytes in base64
   * @throws {TypeError} for a key that is too short
   */
  async serialize(key: string | Uint8Array): Promise<string> {
    const state: DeliveryState = {
      body: this.body,
      paths: this.#paths,
      receivedAt: this.receivedAt.getTime(),
    };
    return sealDelivery(state, this.#token, key);
  }

  /** The delivery without its token, for `JSON.stringify`. */
  toJSON(): { body: B; receivedAt: string } {
    return { body: this.body, receivedAt: this.receivedAt.toISOString() };
  }

  /** What `util.inspect` and `console.log` show: never the token. */
  [INSPECT](): string {
    return `FidesWebhookDelivery { callbackType: '${this.callbackType}', direction: '${this.direction}', privacyRequestId: '${this.privacyRequestId}' }`;
  }

  async #send(
    name: CallbackName,
    header: string,
    path: string | undefined,
    json: unknown,
    options: RequestOptions,
  ): Promise<void> {
    if (path === undefined || this.#token === undefined)
      throw new FidesWebhookError("missing_header", `the delivery carries no "${header}" route and token`);
    const problem = callbackPathProblem(path, this.privacyRequestId, name);
    if (problem !== undefined)
      throw new FidesWebhookError(problem, describeCallbackPathProblem(problem, header, name));
    if (this.#fides === undefined)
      throw invalidType("options.fides", "the Fides server's options (at least baseUrl) to send callbacks");
    // The one pipeline: a client holding only this delivery's token, so deadline, retries (a POST
    // only when it never reached Fides), no redirect, typed errors and redaction all apply.
    const client = new FidesClient({ ...this.#fides, accessToken: this.#token });
    const response = await client.fetch(`/api/v1${path}`, {
      method: "POST",
      ...(json === undefined ? {} : { json }),
      ...(options.signal === undefined ? {} : { signal: options.signal }),
      ...(options.timeoutMs === undefined ? {} : { timeoutMs: options.timeoutMs }),
    });
    // Only the status matters; the body (the request, or null) is read and dropped.
    await discardBody(response);
  }
}

/** A delivery of any kind. Narrow on `callbackType` and `direction` to reach its callbacks. */
export type WebhookDelivery =
  | FidesWebhookDelivery<PreExecutionTwoWayBody>
  | FidesWebhookDelivery<Extract<DeliveryBody, { callback_type: "pre"; direction: "one_way" }>>
  | FidesWebhookDelivery<Extract<DeliveryBody, { callback_type: "post"; direction: "two_way" }>>
  | FidesWebhookDelivery<Extract<DeliveryBody, { callback_type: "post"; direction: "one_way" }>>
  | FidesWebhookDelivery<PreApprovalBody>;

/** Reads a header from either a `Headers` or a plain record (as `node:http` gives them). */
export type HeaderSource =
  | { get(name: string): string | null }
  | Record<string, string | string[] | undefined>;

function header(headers: HeaderSource, name: string): string | undefined {
  if (typeof (headers as Headers).get === "function") return (headers as Headers).get(name) ?? undefined;
  const value = (headers as Record<string, string | string[] | undefined>)[name];
  // node:http joins repeated headers other than a few into one string; an array is a repeat: refuse.
  if (Array.isArray(value)) throw new FidesWebhookError("invalid_header", `"${name}" must be sent once`);
  return value;
}

function callbackPath(
  headers: HeaderSource,
  names: readonly string[],
  requestId: string,
  name: CallbackName,
) {
  let chosen: { header: string; path: string } | undefined;
  for (const headerName of names) {
    const path = header(headers, headerName);
    if (path === undefined) continue;
    const problem = callbackPathProblem(path, requestId, name);
    if (problem !== undefined)
      throw new FidesWebhookError(problem, describeCallbackPathProblem(problem, headerName, name));
    chosen ??= { header: headerName, path };
  }
  return chosen?.path;
}

/**
 * The delivery in a checked body and its headers: the callback routes its kind needs, each exactly
 * this request's own, and the token. Authorization, size and age are the receiver's checks.
 * @throws {FidesWebhookError} `invalid_body`, `missing_header`, `invalid_header`,
 * `wrong_callback_path` or `request_mismatch`
 */
export function deliveryFromParts(
  json: unknown,
  headers: HeaderSource,
  receivedAt: number,
  fides: WebhookCallbackOptions | undefined,
): WebhookDelivery {
  const parsed = parseDeliveryBody(json);
  if ("problem" in parsed) throw new FidesWebhookError("invalid_body", parsed.problem);
  const body = parsed.body;
  const id = body.privacy_request_id;
  let paths: CallbackPaths = {};
  let needsToken = false;
  if (body.callback_type === "pre" && body.direction === "two_way") {
    const resume = callbackPath(headers, ["reply-to"], id, "resume");
    if (resume === undefined)
      throw new FidesWebhookError("missing_header", `a two-way pre-execution delivery needs "reply-to"`);
    paths = { resume };
    needsToken = true;
  } else if (body.callback_type === "pre_approval") {
    // 2.86 sends both pairs (the new one and the deprecated one); 2.78 and 2.82 only the deprecated.
    const eligible = callbackPath(headers, ["reply-to-eligible", "reply-to-approve"], id, "eligible");
    const notEligible = callbackPath(headers, ["reply-to-not-eligible", "reply-to-deny"], id, "not-eligible");
    if (eligible === undefined || notEligible === undefined)
      throw new FidesWebhookError(
        "missing_header",
        `a pre-approval delivery needs "reply-to-eligible" and "reply-to-not-eligible" (or "reply-to-approve" and "reply-to-deny")`,
      );
    paths = { eligible, notEligible };
    needsToken = true;
  }
  let token: string | undefined;
  if (needsToken) {
    token = header(headers, "reply-to-token");
    if (token === undefined)
      throw new FidesWebhookError("missing_header", `this delivery needs "reply-to-token"`);
    if (token.length > MAX_TOKEN_LENGTH || !isSendableToken(token))
      throw new FidesWebhookError(
        "invalid_header",
        `"reply-to-token" must be at most ${MAX_TOKEN_LENGTH} visible ASCII characters`,
      );
  }
  return new FidesWebhookDelivery(
    CONSTRUCT,
    { body, paths, receivedAt },
    { token, fides },
  ) as WebhookDelivery;
}

// ---- serialization: the Redis store's cipher, keyed by the caller's key -------------------------

const FORMAT = "fides-webhook-delivery.v1";
const NO_TOKEN = "-";
const MIN_KEY_BYTES = 32;

function keyContext(key: string | Uint8Array, name: string) {
  const bytes = typeof key === "string" ? new TextEncoder().encode(key) : key;
  if (!(bytes instanceof Uint8Array)) throw invalidType(name, "a string or a Uint8Array");
  if (bytes.length < MIN_KEY_BYTES) throw invalidValue(name, `must be at least ${MIN_KEY_BYTES} bytes`);
  const copy = new Uint8Array(bytes);
  let secretKey: Promise<CryptoKey> | undefined;
  return {
    secretKey: () => {
      secretKey ??= globalThis.crypto.subtle.importKey("raw", copy, "HKDF", false, [
        "deriveKey",
        "deriveBits",
      ]);
      return secretKey;
    },
  };
}

// The additional data binds the clear part to the ciphertext: change either and nothing decrypts.
const boundName = (clear: string) => `fides-sdk/webhooks:${FORMAT}:${clear}`;

async function sealDelivery(state: DeliveryState, token: string | undefined, key: string | Uint8Array) {
  const context = keyContext(key, "key");
  const clear = Buffer.from(JSON.stringify(state)).toString("base64url");
  const sealed = await seal(context, boundName(clear), {
    accessToken: token ?? NO_TOKEN,
    obtainedAt: state.receivedAt,
    expiresAt: state.receivedAt,
  });
  return `${FORMAT}.${clear}.${sealed}`;
}

/**
 * Revives a delivery that {@link FidesWebhookDelivery.serialize} turned into a string, in this or
 * another process, with the same key; its callbacks go to `options.fides`.
 * @param serialized what `serialize()` returned
 * @param options `key` (the one it was serialized with) and `fides` (where callbacks go)
 * @throws {FidesWebhookError} `undecryptable_delivery` for another key, another format or any
 * changed character; `invalid_body`, `wrong_callback_path` or `request_mismatch` for a state that
 * no longer checks
 * @throws {TypeError} for a missing or short key
 * @example
 * const delivery = await reviveDelivery(message, { key: process.env.DELIVERY_KEY, fides: { baseUrl } });
 */
export async function reviveDelivery(
  serialized: string,
  options: { key: string | Uint8Array; fides?: WebhookCallbackOptions },
): Promise<WebhookDelivery> {
  if (typeof serialized !== "string") throw invalidType("serialized", "a string");
  if (typeof options !== "object" || options === null) throw invalidType("options", "an object");
  const context = keyContext(options.key, "options.key");
  const refused = () =>
    new FidesWebhookError("undecryptable_delivery", "the serialized delivery does not decrypt with this key");
  if (!serialized.startsWith(`${FORMAT}.`)) throw refused();
  const rest = serialized.slice(FORMAT.length + 1);
  const dot = rest.indexOf(".");
  if (dot < 0) throw refused();
  const clear = rest.slice(0, dot);
  const sealed = rest.slice(dot + 1);
  // Base64url's last character can carry unused bits; only the canonical spelling is accepted.
  const canonical = (part: string) => Buffer.from(part, "base64url").toString("base64url") === part;
  if (!canonical(clear) || !sealed.split(".").slice(1).every(canonical)) throw refused();
  const opened = await unseal(context, boundName(clear), sealed);
  // The cipher leaves the fingerprint to its Redis script; here every character must hold.
  if (opened === undefined || !sealed.startsWith(await sealedPrefix(context, opened.accessToken)))
    throw refused();
  // Only a holder of the key could have written it; still, a state that is not one is refused.
  let state: DeliveryState;
  try {
    state = JSON.parse(Buffer.from(clear, "base64url").toString("utf8")) as DeliveryState;
  } catch {
    throw new FidesWebhookError("invalid_body", "the serialized delivery's state is not JSON");
  }
  if (typeof state !== "object" || state === null || !Number.isFinite(state.receivedAt))
    throw new FidesWebhookError("invalid_body", 'the serialized delivery\'s "receivedAt" must be a number');
  const paths = state.paths ?? {};
  // Checked again as at receipt: the same body and routes make the same delivery.
  const headers: Record<string, string | undefined> = {
    "reply-to": paths.resume,
    "reply-to-eligible": paths.eligible,
    "reply-to-not-eligible": paths.notEligible,
    "reply-to-token": opened.accessToken === NO_TOKEN ? undefined : opened.accessToken,
  };
  return deliveryFromParts(state.body, headers, state.receivedAt, options.fides);
}
