import { EmulatorArgumentError } from "./core/argument-error.js";
import { featuresFor, type VersionFeatures } from "./core/versions.js";
import { type RandomPlan, resolveRandomFaults } from "./faults/fault-plan.js";
import type { RandomFaultOptions } from "./faults/faults.js";
import { type RateLimitOptions, type ResolvedRateLimit, resolveRateLimit } from "./faults/rate-limit.js";
import type { Processing } from "./lifecycle/run.js";

/** Options of the Fides emulator; every one is optional. */
export interface FidesEmulatorOptions {
  /**
   * Where the emulated server lives; a path prefix is allowed (`"https://x.test/fides"`).
   * The HTTP adapter ignores it and uses its own address.
   * @default "http://localhost:8080"
   */
  readonly baseUrl?: string;
  /**
   * The Fides release to behave like. Changes below 2.82.0 (bare-array create, no
   * list/get/update/rotate), 2.78.2 (no `expires_in`/`expires_at`), 2.76.0 (no `token_type`),
   * 2.69.1 (invalid scope → 422, no escalation check) and the rest of the table in docs/emulator.md.
   * @default "2.86.2"
   */
  readonly serverVersion?: string;
  /** @default "fidesadmin" */
  readonly rootClientId?: string;
  /** @default "fidesadminsecret" */
  readonly rootClientSecret?: string;
  /** `oauth_access_token_expire_minutes` @default 11520 (8 days) */
  readonly tokenLifetimeMinutes?: number;
  /** The clock, in epoch milliseconds; `advanceTime(ms)` moves on from it. @default Date.now */
  readonly now?: () => number;
  /**
   * Rate-limit the token endpoint as a server with `RATE_LIMIT_CLIENT_IP_HEADER` set does
   * (`true` = 10 per minute). Needs serverVersion 2.69.1 or later.
   * @default false
   */
  readonly rateLimit?: boolean | RateLimitOptions;
  /** Fail a seeded fraction of requests. @default none */
  readonly faults?: RandomFaultOptions;
  /** How privacy requests are approved and run. */
  readonly privacyRequests?: PrivacyRequestOptions;
}

/** How the emulator approves and runs privacy requests. */
export interface PrivacyRequestOptions {
  /**
   * `"eager"`: an approved request runs at once, inside the call that approved it (submit,
   * approve, resume, retry, a pre-approval reply), webhooks and all, as a server with Celery's
   * `task_always_eager` does; `"queued"`: it waits (`pending` or `approved`) until
   * `privacyRequests.process(id)`.
   * @default "eager"
   */
  readonly processing?: Processing;
  /** `execution.require_manual_request_approval` (also settable with `PATCH /api/v1/config`). @default false */
  readonly manualApproval?: boolean;
  /**
   * `execution.privacy_request_delay_timeout`: minutes a webhook's callback token is accepted; 0
   * refuses every callback (403 `Webhook token expired`), as a server started with 0 does. @default 3600
   */
  readonly callbackTokenMinutes?: number;
}

/** The options after checking and defaulting, resolved once. */
export interface ResolvedOptions {
  readonly baseUrl: string;
  /** the path part of `baseUrl` without a trailing slash, e.g. `""` or `"/fides"` */
  readonly pathPrefix: string;
  readonly features: VersionFeatures;
  readonly rootClientId: string;
  readonly rootClientSecret: string;
  readonly tokenLifetimeMinutes: number;
  readonly now: () => number;
  readonly rateLimit: ResolvedRateLimit | undefined;
  readonly faults: RandomPlan | undefined;
  readonly processing: Processing;
  readonly manualApproval: boolean;
  readonly callbackTokenMinutes: number;
}

function nonEmptyString(value: unknown, name: string, fallback: string): string {
  if (value === undefined) return fallback;
  if (typeof value !== "string" || value === "") {
    throw new EmulatorArgumentError("ERR_INVALID_ARG_TYPE", `"options.${name}" must be a non-empty string`);
  }
  return value;
}

/**
 * Checks and defaults the emulator's options, all of them, so nothing downstream reads raw options.
 * @param options what the caller passed
 * @throws {EmulatorArgumentError} naming the first invalid option
 */
export function resolveOptions(options: FidesEmulatorOptions = {}): ResolvedOptions {
  const baseUrl = nonEmptyString(options.baseUrl, "baseUrl", "http://localhost:8080");
  let url: URL;
  try {
    url = new URL(baseUrl);
  } catch {
    throw new EmulatorArgumentError(
      "ERR_INVALID_ARG_VALUE",
      `"options.baseUrl" must be an absolute http(s) URL`,
    );
  }
  if (url.protocol !== "http:" && url.protocol !== "https:") {
    throw new EmulatorArgumentError(
      "ERR_INVALID_ARG_VALUE",
      `"options.baseUrl" must be an absolute http(s) URL`,
    );
  }
  const pathPrefix = url.pathname.replace(/\/+$/, "");
  const features = featuresFor(nonEmptyString(options.serverVersion, "serverVersion", "2.86.2"));
  const lifetime = options.tokenLifetimeMinutes ?? 11520;
  if (!(Number.isInteger(lifetime) && lifetime > 0)) {
    throw new EmulatorArgumentError(
      "ERR_INVALID_ARG_VALUE",
      `"options.tokenLifetimeMinutes" must be a positive integer`,
    );
  }
  if (options.now !== undefined && typeof options.now !== "function") {
    throw new EmulatorArgumentError(
      "ERR_INVALID_ARG_TYPE",
      `"options.now" must be a function returning epoch ms`,
    );
  }
  const rateLimit = options.rateLimit === false ? undefined : options.rateLimit;
  if (rateLimit !== undefined && !features.has("rateLimit")) {
    throw new EmulatorArgumentError(
      "ERR_INVALID_ARG_VALUE",
      `"options.rateLimit" needs serverVersion 2.69.1 or later (older servers have no rate limit)`,
    );
  }
  const privacy = options.privacyRequests ?? {};
  if (typeof privacy !== "object" || privacy === null) {
    throw new EmulatorArgumentError("ERR_INVALID_ARG_TYPE", `"options.privacyRequests" must be an object`);
  }
  const processing = privacy.processing ?? "eager";
  if (processing !== "eager" && processing !== "queued") {
    throw new EmulatorArgumentError(
      "ERR_INVALID_ARG_VALUE",
      `"options.privacyRequests.processing" must be "eager" or "queued"`,
    );
  }
  if (privacy.manualApproval !== undefined && typeof privacy.manualApproval !== "boolean") {
    throw new EmulatorArgumentError(
      "ERR_INVALID_ARG_TYPE",
      `"options.privacyRequests.manualApproval" must be a boolean`,
    );
  }
  const callbackTokenMinutes = privacy.callbackTokenMinutes ?? 3600;
  if (!(Number.isInteger(callbackTokenMinutes) && callbackTokenMinutes >= 0)) {
    throw new EmulatorArgumentError(
      "ERR_INVALID_ARG_VALUE",
      `"options.privacyRequests.callbackTokenMinutes" must be an integer from 0`,
    );
  }
  return {
    baseUrl: `${url.origin}${pathPrefix}`,
    pathPrefix,
    features,
    rootClientId: nonEmptyString(options.rootClientId, "rootClientId", "fidesadmin"),
    rootClientSecret: nonEmptyString(options.rootClientSecret, "rootClientSecret", "fidesadminsecret"),
    tokenLifetimeMinutes: lifetime,
    now: options.now ?? Date.now,
    rateLimit: rateLimit === undefined ? undefined : resolveRateLimit(rateLimit),
    faults: options.faults === undefined ? undefined : resolveRandomFaults(options.faults),
    processing,
    manualApproval: privacy.manualApproval ?? false,
    callbackTokenMinutes,
  };
}

/**
 * The same options served at another address (the HTTP adapter's, known once it listens).
 * @param options the resolved options
 * @param origin e.g. `"http://127.0.0.1:53117"`
 */
export function servedAt(options: ResolvedOptions, origin: string): ResolvedOptions {
  return { ...options, baseUrl: origin, pathPrefix: "" };
}
