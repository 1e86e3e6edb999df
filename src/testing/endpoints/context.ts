import type { Authorized } from "../auth/bearer.js";
import type { VersionFeatures } from "../core/versions.js";
import type { FixedWindowLimiter } from "../faults/rate-limit.js";
import type { Processing } from "../lifecycle/run.js";
import type { PrivacyStore } from "../state/privacy.js";
import type { EmulatorStore, StoreSettings } from "../state/store.js";
import type { BodyValue } from "../wire/validation.js";

/** What every endpoint handler gets about the server: its state, settings and the version's features. */
export interface Context {
  readonly store: EmulatorStore;
  readonly settings: StoreSettings;
  readonly features: VersionFeatures;
  /** the token endpoint's limiter, when `rateLimit` is on */
  readonly limiter: FixedWindowLimiter | undefined;
  /** policies, connections, webhooks, privacy requests */
  readonly privacy: PrivacyStore;
  /** when approved requests run */
  readonly processing: Processing;
  /** `execution.privacy_request_delay_timeout`: how long a callback token is accepted */
  readonly callbackTokenMinutes: number;
}

/** What the dispatcher hands an endpoint once routing, body parsing and the bearer checks passed. */
export interface RouteInput {
  readonly request: Request;
  /** the percent-decoded path, without the base URL's path prefix */
  readonly path: string;
  /** path parameters, e.g. `client_id` */
  readonly params: Readonly<Record<string, string>>;
  readonly query: URLSearchParams;
  /** the JSON body (`absent` for endpoints without one) */
  readonly body: BodyValue;
  /** the caller, on protected endpoints */
  readonly auth: Authorized | undefined;
}
