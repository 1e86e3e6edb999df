/**
 * `fides-sdk/api`: the newest tested Fides release's whole API (Fides 2.86.2), the same as
 * `fides-sdk/api/2.86`. Pin a release with `fides-sdk/api/2.82` or `fides-sdk/api/2.78`.
 * @example
 * import { requiredScopes } from "fides-sdk/api";
 * requiredScopes("GET", "/api/v1/privacy-request"); // ["privacy-request:read"]
 */
export * from "./release-2.86.js";
