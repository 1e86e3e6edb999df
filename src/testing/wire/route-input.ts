import type { Authorized } from "../auth/bearer.js";
import type { BodyValue } from "./validation.js";

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
