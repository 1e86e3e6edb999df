import { FidesClient } from "../client.js";
import {
  assertOptionalFunction,
  assertPositiveNumber,
  invalidType,
  invalidValue,
} from "../internal/assert.js";
import type { FidesLogger } from "../options.js";
import { SecretMatcher } from "./authorization.js";
import {
  deliveryFromParts,
  type HeaderSource,
  type WebhookCallbackOptions,
  type WebhookDelivery,
} from "./delivery.js";
import { parseNaiveUtc } from "./delivery-body.js";
import { assertDerivedIdentity, type DerivedIdentity } from "./derived-identity.js";
import { FidesWebhookError, isFidesWebhookError } from "./errors.js";
import {
  checkContentLength,
  type DeliveryBodySource,
  parseJsonBody,
  readDeliveryBody,
} from "./read-delivery-body.js";

const MAX_TIMER_MS = 2_147_483_647;

/**
 * What your handler answers a delivery Fides waits on (a two-way policy webhook): whether to
 * pause the request (`halt`, pre-execution only; resume it later with `delivery.resume()`) and any
 * identities your service found. One-way and pre-approval deliveries ignore the answer.
 */
export interface WebhookAnswer {
  /** Pause the privacy request until `delivery.resume()`. Fides honours it on pre-execution webhooks only. @default false */
  halt?: boolean;
  /** Identities to add to the request (Fides's `derived_identity`). */
  derivedIdentity?: DerivedIdentity;
}

/** Options of {@link createWebhookReceiver}. Give `secret` or `verifyAuthorization`. */
export interface WebhookReceiverOptions {
  /**
   * The https connection's `authorization` secret: Fides sends it verbatim as the
   * `Authorization` header, compared here in constant time.
   */
  secret?: string;
  /**
   * Instead of `secret`, for a connection with an OAuth config (Fides then sends
   * `Bearer <token from your token URL>`): your own check of the header.
   */
  verifyAuthorization?: (authorization: string | undefined) => boolean | Promise<boolean>;
  /** Your handler: runs once per accepted delivery; its answer is what Fides gets. */
  onDelivery: (delivery: WebhookDelivery) => WebhookAnswer | undefined | Promise<WebhookAnswer | undefined>;
  /** Where callbacks (`resume()`, `markEligible()`, …) go: at least `baseUrl`. */
  fides?: WebhookCallbackOptions;
  /** The largest body accepted, in bytes. @default 1048576 */
  maxBodyBytes?: number;
  /** How far the body's `timestamp` may be from now, either way, in ms. @default 300000 */
  toleranceMs?: number;
  /**
   * How long `onDelivery` may take before Fides gets a 503 (Fides itself waits forever, holding
   * the request's worker): answer fast, do slow work after `halt`. @default 10000
   */
  answerTimeoutMs?: number;
  /** The wall clock, in epoch ms, for tests. @default Date.now */
  now?: () => number;
  /** Told of every refusal (reason and detail, never a secret). @default silent */
  logger?: FidesLogger;
}

/** A request as every adapter hands it to the receiver. */
export interface IncomingWebhook {
  readonly method: string;
  readonly headers: HeaderSource;
  readonly body: DeliveryBodySource;
  /** Stops an iterable body the receiver will not finish reading. */
  readonly cancelBody?: () => void;
}

/** What the receiver answers, for an adapter to send. */
export interface WebhookReply {
  readonly status: number;
  readonly headers: Readonly<Record<string, string>>;
  readonly body: string;
}

/** A receiver of Fides webhooks, framework-free; see the adapters for Fetch, `node:http` and Express. */
export interface FidesWebhookReceiver {
  /**
   * Checks one request, runs the handler on a good delivery and says what to answer. Never throws:
   * every problem is a reply (a 4xx for the delivery's, 5xx for the handler's).
   */
  handle(incoming: IncomingWebhook): Promise<WebhookReply>;
}

const JSON_HEADERS = { "content-type": "application/json" } as const;

function reply(status: number, body: unknown, extra: Record<string, string> = {}): WebhookReply {
  return { status, headers: { ...JSON_HEADERS, ...extra }, body: JSON.stringify(body) };
}

function headerOf(headers: HeaderSource, name: string): string | undefined {
  if (typeof (headers as Headers).get === "function") return (headers as Headers).get(name) ?? undefined;
  const value = (headers as Record<string, string | string[] | undefined>)[name];
  return Array.isArray(value) ? value.join(", ") : value;
}

function isJsonMediaType(contentType: string | undefined): boolean {
  if (contentType === undefined) return false;
  const type = contentType.split(";", 1)[0]?.trim().toLowerCase();
  return type === "application/json";
}

const silent: FidesLogger = { debug() {}, info() {}, warn() {}, error() {} };

/**
 * A receiver for Fides's webhooks (policy pre- and post-execution, pre-approval). For each
 * request it checks, in order: the method (POST), `Authorization` (constant time, or your
 * `verifyAuthorization`), the media type, the size (`Content-Length` before reading, then the
 * bytes as they arrive), the JSON body (zod: a union on `callback_type` and `direction`), the
 * `reply-to*` routes (exactly this request's own) and the age of the body's `timestamp`. Only
 * then does `onDelivery` run; its answer goes back as Fides expects it: `{ halt, derived_identity }`
 * for a two-way policy webhook, `200 {}` otherwise.
 *
 * Refusals: 405 `method_not_allowed`, 401 `unauthorized`, 415 `unsupported_media_type`, 413
 * `body_too_large`, 400 `invalid_json`, 422 `invalid_body`, 400 `missing_header` /
 * `invalid_header` / `wrong_callback_path` / `request_mismatch` / `stale_delivery`; 500
 * `handler_failed` and 503 `handler_timeout`. Each body is `{ "error": code, "detail": … }`. Fides
 * fails a privacy request whose two-way webhook answers anything but 2xx.
 * @param options the secret (or your check), the handler, where callbacks go, limits and clock
 * @throws {TypeError} with a Node-style `code` for a missing handler, neither or both of
 * `secret` and `verifyAuthorization`, or a malformed limit or `fides` option
 * @example
 * const receiver = createWebhookReceiver({
 *   secret: process.env.FIDES_WEBHOOK_SECRET!,
 *   fides: { baseUrl: "https://fides.example.com" },
 *   onDelivery: async (delivery) => {
 *     if (delivery.callbackType === "pre" && delivery.direction === "two_way") {
 *       await queue.send(await delivery.serialize(key)); // resumed later by a worker
 *       return { halt: true };
 *     }
 *     return undefined;
 *   },
 * });
 * export const POST = toFetchHandler(receiver); // a Next.js route handler
 */
export function createWebhookReceiver(options: WebhookReceiverOptions): FidesWebhookReceiver {
  if (typeof options !== "object" || options === null) throw invalidType("options", "an object");
  const given = assertOptionalFunction<WebhookReceiverOptions["onDelivery"]>(
    options.onDelivery,
    "options.onDelivery",
  );
  if (given === undefined) throw invalidType("options.onDelivery", "a function");
  const onDelivery = given;
  const verify = assertOptionalFunction<NonNullable<WebhookReceiverOptions["verifyAuthorization"]>>(
    options.verifyAuthorization,
    "options.verifyAuthorization",
  );
  if ((options.secret === undefined) === (verify === undefined))
    throw invalidValue("options", 'must hold exactly one of "secret" and "verifyAuthorization"');
  let matcher: SecretMatcher | undefined;
  if (options.secret !== undefined) {
    if (typeof options.secret !== "string") throw invalidType("options.secret", "a string");
    if (options.secret === "") throw invalidValue("options.secret", "must not be empty");
    matcher = new SecretMatcher(options.secret);
  }
  const maxBodyBytes = assertPositiveNumber(options.maxBodyBytes, "options.maxBodyBytes", 1_048_576, 2 ** 31);
  const toleranceMs = assertPositiveNumber(options.toleranceMs, "options.toleranceMs", 300_000, MAX_TIMER_MS);
  const answerTimeoutMs = assertPositiveNumber(
    options.answerTimeoutMs,
    "options.answerTimeoutMs",
    10_000,
    MAX_TIMER_MS,
  );
  const now = assertOptionalFunction<() => number>(options.now, "options.now") ?? Date.now;
  const logger = options.logger ?? silent;
  const fides = options.fides;
  // Checked now, not at the first callback: a client with a placeholder token validates them.
  if (fides !== undefined) new FidesClient({ ...fides, accessToken: "options-check" });

  const authorized = async (authorization: string | undefined): Promise<boolean> =>
    matcher !== undefined
      ? matcher.matches(authorization)
      : (verify as NonNullable<typeof verify>)(authorization);

  async function accept(incoming: IncomingWebhook): Promise<WebhookReply> {
    if (incoming.method.toUpperCase() !== "POST")
      throw new FidesWebhookError("method_not_allowed", "Fides delivers webhooks with POST");
    // Before the body: an unauthenticated sender gets nothing read.
    // Only `true` admits: a verifier returning a truthy non-boolean is a bug, not a yes.
    if ((await authorized(headerOf(incoming.headers, "authorization"))) !== true)
      throw new FidesWebhookError("unauthorized", `"authorization" does not match the webhook's secret`);
    if (!isJsonMediaType(headerOf(incoming.headers, "content-type")))
      throw new FidesWebhookError("unsupported_media_type", `"content-type" must be application/json`);
    checkContentLength(headerOf(incoming.headers, "content-length"), maxBodyBytes);
    const bytes = await readDeliveryBody(incoming.body, maxBodyBytes, incoming.cancelBody);
    const receivedAt = now();
    const delivery = deliveryFromParts(parseJsonBody(bytes), incoming.headers, receivedAt, fides);
    const sentAt = parseNaiveUtc(delivery.body.timestamp) as number;
    if (Math.abs(receivedAt - sentAt) > toleranceMs)
      throw new FidesWebhookError(
        "stale_delivery",
        `body "timestamp" is more than ${toleranceMs} ms from the receiver's clock (read as UTC)`,
      );
    const answer = await answerWithin(onDelivery, delivery, answerTimeoutMs);
    if (delivery.direction === "two_way" && delivery.callbackType !== "pre_approval") {
      if (answer !== undefined && (typeof answer !== "object" || answer === null))
        throw handlerFailed(invalidType("onDelivery's answer", "an object or undefined"), logger);
      let derived: Record<string, unknown> | null = null;
      try {
        if (answer?.halt !== undefined && typeof answer.halt !== "boolean")
          throw invalidType("onDelivery's answer.halt", "a boolean");
        if (answer?.derivedIdentity !== undefined)
          derived = assertDerivedIdentity(answer.derivedIdentity, "onDelivery's answer.derivedIdentity");
      } catch (error) {
        throw handlerFailed(error, logger);
      }
      return reply(200, { halt: answer?.halt ?? false, derived_identity: derived });
    }
    return reply(200, {});
  }

  async function answerWithin(
    handler: WebhookReceiverOptions["onDelivery"],
    delivery: WebhookDelivery,
    ms: number,
  ): Promise<WebhookAnswer | undefined> {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const late = new Promise<never>((_, reject) => {
      timer = setTimeout(
        () => reject(new FidesWebhookError("handler_timeout", `the handler did not answer within ${ms} ms`)),
        ms,
      );
    });
    try {
      return await Promise.race([Promise.resolve().then(() => handler(delivery)), late]);
    } catch (error) {
      if (isFidesWebhookError(error) && error.reason === "handler_timeout") throw error;
      throw handlerFailed(error, logger);
    } finally {
      clearTimeout(timer);
    }
  }

  return {
    async handle(incoming) {
      try {
        return await accept(incoming);
      } catch (error) {
        const problem = isFidesWebhookError(error)
          ? error
          : new FidesWebhookError("handler_failed", "the receiver failed unexpectedly");
        logger.warn(`fides webhook refused (${problem.status} ${problem.reason}): ${problem.message}`);
        const extra: Record<string, string> =
          problem.reason === "method_not_allowed" ? { allow: "POST" } : {};
        // An unread remainder is not drained: the connection is closed instead.
        if (problem.reason === "body_too_large") extra.connection = "close";
        return reply(problem.status, { error: problem.reason, detail: problem.message }, extra);
      }
    },
  };
}

/** The handler's own failure: logged by its name (its message may hold anything), answered 500. */
function handlerFailed(error: unknown, logger: FidesLogger): FidesWebhookError {
  const name = error instanceof Error ? error.name : typeof error;
  logger.error(`fides webhook handler failed: ${name}`);
  return new FidesWebhookError("handler_failed", "the handler failed");
}
