import type { FixedWindowLimiter } from "../faults/rate-limit.js";
import type { ResolvedOptions } from "./options.js";
import type { EmulatorStore } from "./state.js";
import type { VersionFeatures } from "./versions.js";

/** What every endpoint handler gets: the state, the options and the version's features. */
export interface Context {
  readonly store: EmulatorStore;
  readonly options: ResolvedOptions;
  readonly features: VersionFeatures;
  /** the token endpoint's limiter, when `rateLimit` is on */
  readonly limiter: FixedWindowLimiter | undefined;
}
