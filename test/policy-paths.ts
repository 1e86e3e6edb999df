// A small hand-written `paths` for Fides's execution-policy routes, as openapi-typescript would
// write them: what the sdk.fetch()/sdk.api() tests use against the emulator and the real server.

/** The execution-policy collection route. */
export const POLICY = "/api/v1/dsr/policy";

/** The fields of a policy these tests send and read. */
export interface Policy {
  key: string;
  name: string;
}

/** A small hand-written `paths`, as openapi-typescript would write it for these two routes. */
export interface paths {
  "/api/v1/dsr/policy": {
    parameters: { query?: never; header?: never; path?: never; cookie?: never };
    get: {
      parameters: { query?: { size?: number }; header?: never; path?: never; cookie?: never };
      requestBody?: never;
      responses: {
        200: { headers: { [name: string]: unknown }; content: { "application/json": { items: Policy[] } } };
        403: { headers: { [name: string]: unknown }; content: { "application/json": { detail: string } } };
      };
    };
    patch: {
      parameters: { query?: never; header?: never; path?: never; cookie?: never };
      requestBody: { content: { "application/json": Policy[] } };
      responses: {
        200: {
          headers: { [name: string]: unknown };
          content: { "application/json": { succeeded: Policy[]; failed: unknown[] } };
        };
        403: { headers: { [name: string]: unknown }; content: { "application/json": { detail: string } } };
      };
    };
  };
  "/api/v1/dsr/policy/{policy_key}": {
    parameters: { query?: never; header?: never; path: { policy_key: string }; cookie?: never };
    get: {
      parameters: { query?: never; header?: never; path: { policy_key: string }; cookie?: never };
      requestBody?: never;
      responses: {
        200: { headers: { [name: string]: unknown }; content: { "application/json": Policy } };
        404: { headers: { [name: string]: unknown }; content: { "application/json": { detail: string } } };
      };
    };
  };
}
