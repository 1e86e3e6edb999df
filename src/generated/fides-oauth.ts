/**
 * Generated from openapi/fides-oauth.yaml by scripts/generate.ts (openapi-typescript).
 * Do not edit by hand: change the spec, then run `npm run generate`.
 */

export interface paths {
    "/api/v1/oauth/token": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Exchange client credentials for an access token
         * @description Client-credentials grant. Credentials come from the form fields `client_id` and
         *     `client_secret`, or from HTTP Basic (`client_id:client_secret`). When the form holds both
         *     fields they win; otherwise Basic is used. Empty form strings count as missing. A JSON body
         *     is read as an empty form, so it fails with `401 Authentication Failure`.
         *
         *     `grant_type` is optional; when present it must contain `client_credentials` (the server's
         *     pattern is an unanchored search), else `422`. `scope` is parsed and ignored: the token
         *     always carries all of the client's stored scopes and roles.
         *
         *     The token is an opaque compact JWE (`alg: dir`, `enc: A256GCM`). `expires_at` is naive
         *     server-local time without a zone suffix.
         *
         *     Older servers: no `token_type` before 2.76; no `expires_in`/`expires_at` before 2.78.2;
         *     fidesops answered `{access_token}` only. Before 2.78 a malformed Basic header read
         *     `Invalid authentication credentials`. The `429` exists from 2.69.1 and only when the
         *     server's rate limiting is enabled (default `10/minute` per client IP).
         */
        post: operations["acquireAccessToken"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/oauth/client": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List OAuth clients, a page at a time
         * @description Newest first (`created_at` descending). Excludes the root client and the internal
         *     `default_oauth_client`, but includes the client of every Fides user. `pages` is
         *     `ceil(total / size)`, so an empty result has `total: 0, pages: 0`.
         *
         *     Older servers: added in 2.82. Earlier servers answer `404 {"detail":"Item not found"}`.
         */
        get: operations["listClients"];
        put?: never;
        /**
         * Create an OAuth client
         * @description Creates a client with direct scopes and returns its credentials; the secret is shown only
         *     here. The body is optional: a missing body (or JSON `null`) is treated as `{}`. Extra keys,
         *     such as `roles`, are ignored. Every scope must be in the registry, and a non-root caller
         *     may only grant scopes its token holds.
         *
         *     Older servers: before 2.82 the body was a bare JSON array of scopes (an object gets
         *     `422 list_type`), and on 2.82 and later a bare array gets `422 model_attributes_type`.
         *     Before 2.69.1 an invalid scope got `422` instead of `403`, and there was no escalation
         *     check.
         */
        post: operations["createClient"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/oauth/client/{client_id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The client's id (32 lowercase hex characters for clients Fides creates). */
                client_id: components["parameters"]["ClientId"];
            };
            cookie?: never;
        };
        /**
         * Read one OAuth client
         * @description Never includes the secret. The root client and `default_oauth_client` are hidden: `404`.
         *
         *     Older servers: added in 2.82. Earlier servers answer `404 {"detail":"Item not found"}`.
         */
        get: operations["getClient"];
        /**
         * Update a client's name, description or scopes
         * @description A partial update: an omitted field is unchanged; `description: null` clears the
         *     description; `name: null` and `scopes: null` mean "no change". The body is required.
         *     Checks run in this order: `404` (unknown or system client), `403 Invalid Scope`,
         *     `403 Cannot assign…`. Narrowing a client's scopes makes its existing tokens fail with
         *     `403` (the *insufficient-scope* detail) on every endpoint.
         *
         *     Older servers: added in 2.82. Earlier servers answer `405 Method Not Allowed` (the path
         *     exists there for `DELETE`).
         */
        put: operations["updateClient"];
        post?: never;
        /**
         * Delete an OAuth client
         * @description Answers `200 null` whether or not the client exists; for the root client and
         *     `default_oauth_client` it does nothing. Tokens of a deleted client then get `403`.
         *
         *     Older servers: before 2.82, deleting the root client is a `500`.
         */
        delete: operations["deleteClient"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/oauth/client/{client_id}/secret": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The client's id (32 lowercase hex characters for clients Fides creates). */
                client_id: components["parameters"]["ClientId"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Rotate a client's secret
         * @description Replaces the secret and returns the new one exactly once. Tokens issued before the
         *     rotation stay valid until they expire: the token check never reads the secret.
         *
         *     Older servers: added in 2.82. Earlier servers answer `405` with `Allow: GET`.
         */
        post: operations["rotateClientSecret"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/oauth/client/{client_id}/scope": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The client's id (32 lowercase hex characters for clients Fides creates). */
                client_id: components["parameters"]["ClientId"];
            };
            cookie?: never;
        };
        /**
         * Read a client's direct scopes
         * @description Direct scopes only, in stored order (duplicates kept); roles are not included. An unknown
         *     or system client answers `200 []`.
         */
        get: operations["getClientScopes"];
        /**
         * Replace a client's direct scopes
         * @description The body is a bare JSON array, in every version. An unknown or system client answers
         *     `200 null` before any scope is checked. Narrowing a client's scopes makes its existing
         *     tokens fail with `403` on every endpoint.
         *
         *     Older servers: before 2.69.1 an invalid scope got `422` instead of `403`, and there was no
         *     escalation check. Before 2.82 a second call on the root client is a `500`.
         */
        put: operations["setClientScopes"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/oauth/scope": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List every scope in the registry
         * @description All scopes in registry order (not sorted): 131 in 2.86, 130 in 2.84–2.85, 127 in 2.80–2.83,
         *     124 in 2.79, 123 in 2.78.2, 122 in 2.75.0.
         *     Do not assume the server's registry equals the one the SDK ships with.
         */
        get: operations["listScopes"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/oauth/role": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Map every role to its scopes
         * @description Keys in the server's order (`owner`, `viewer_and_approver`, `viewer`, `approver`,
         *     `contributor`, `data_steward`, `respondent`, `external_respondent`); each list is sorted.
         *
         *     Older servers: `data_steward` exists from 2.80.
         */
        get: operations["listRoles"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/health": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Check the webserver and read its version
         * @description No authentication and no `/api/v1` prefix: the way to learn the server's version before
         *     choosing an era. `cache` is `skipped` unless `include_cache=true`.
         *
         *     Older servers: before 2.78 `cache` reads `healthy` by default.
         */
        get: operations["health"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        /** @description The form fields of the token request. All are optional on the wire. */
        TokenRequest: {
            /** @description When present, must contain `client_credentials`. */
            grant_type?: string;
            /** @description Parsed and ignored by the server. */
            scope?: string;
            client_id?: string;
            client_secret?: string;
        };
        AccessToken: {
            /** @description An opaque compact JWE. */
            access_token: string;
            /**
             * @description From Fides 2.76.
             * @constant
             */
            token_type?: "Bearer";
            /** @description Lifetime in seconds (691200 by default). From Fides 2.78.2. */
            expires_in?: number | null;
            /** @description Naive server-local ISO time without a zone suffix. From Fides 2.78.2. */
            expires_at?: string | null;
        };
        ClientCreateRequest: {
            /** @description When not null, must not be empty or whitespace. */
            name?: string | null;
            description?: string | null;
            /** @description Direct scopes. Defaults to none. */
            scopes?: components["schemas"]["Scope"][];
        };
        ClientUpdateRequest: {
            /** @description When not null, must not be empty or whitespace. `null` means no change. */
            name?: string | null;
            /** @description Omitted means no change; `null` clears it. */
            description?: string | null;
            /** @description Replaces the direct scopes. Omitted or `null` means no change. */
            scopes?: components["schemas"]["Scope"][] | null;
        };
        ClientCreatedResponse: {
            client_id: string;
            /** @description Shown only once. */
            client_secret: string;
        };
        /** @description A client as the API shows it. Never includes the secret. */
        ClientResponse: {
            client_id: string;
            name: string | null;
            description: string | null;
            /** @description Direct scopes, in stored order. */
            scopes: string[];
        };
        ClientSecretRotateResponse: {
            client_id: string;
            /** @description Shown only once. */
            client_secret: string;
        };
        ClientPage: {
            items: components["schemas"]["ClientResponse"][];
            total: number;
            page: number;
            size: number;
            pages: number;
        };
        /** @description Each role's scopes, sorted. */
        RoleScopes: {
            [key: string]: components["schemas"]["Scope"][];
        };
        HealthCheck: {
            webserver: string;
            version: string;
            /** @enum {string} */
            cache: "healthy" | "unhealthy" | "no cache configured" | "skipped";
        };
        /** @description The body of every 401, 403, 404 and 405. */
        ErrorDetail: {
            detail: string;
        };
        RateLimitError: {
            error: string;
        };
        HTTPValidationError: {
            detail: components["schemas"]["ValidationError"][];
        };
        /** @description One pydantic error; Fides strips `input`, `url` and `ctx`. */
        ValidationError: {
            loc: (string | number)[];
            msg: string;
            type: string;
        };
        /**
         * @description A Fides role, in the server's order.
         * @enum {string}
         */
        Role: "owner" | "viewer_and_approver" | "viewer" | "approver" | "contributor" | "data_steward" | "respondent" | "external_respondent";
        /**
         * @description A Fides scope. All 131 of Fides 2.86.2, in registry order.
         * @enum {string}
         */
        Scope: "config:read" | "config:update" | "cli-objects:create" | "cli-objects:read" | "cli-objects:update" | "cli-objects:delete" | "client:create" | "client:delete" | "client:read" | "client:update" | "correspondence:send" | "correspondence:read" | "connection:create_or_update" | "connection:delete" | "connection:read" | "connection:authorize" | "connection_type:read" | "connector_template:register" | "connector_template:read" | "consent:read" | "consent_settings:read" | "consent_settings:update" | "ctl_dataset:create" | "ctl_dataset:read" | "ctl_dataset:delete" | "ctl_dataset:update" | "ctl_policy:create" | "ctl_policy:read" | "ctl_policy:delete" | "ctl_policy:update" | "current-privacy-preference:read" | "database:reset" | "data_category:create" | "data_category:delete" | "data_category:read" | "data_category:update" | "data_subject:create" | "data_subject:read" | "data_subject:delete" | "data_subject:update" | "data_use:create" | "data_use:read" | "data_use:delete" | "data_use:update" | "dataset:create_or_update" | "dataset:delete" | "privacy-request-redaction-patterns:read" | "privacy-request-redaction-patterns:update" | "dataset:read" | "dataset:test" | "encryption:exec" | "heap_dump:exec" | "backfill:exec" | "messaging-template:update" | "evaluation:create" | "evaluation:read" | "evaluation:delete" | "evaluation:update" | "fides_taxonomy:update" | "generate:exec" | "masking:exec" | "masking:read" | "messaging:create_or_update" | "messaging:delete" | "messaging:read" | "notification:read" | "notification:update" | "organization:create" | "organization:read" | "organization:delete" | "organization:update" | "policy:create_or_update" | "policy:delete" | "policy:read" | "privacy-experience:create" | "privacy-experience:update" | "privacy-experience:read" | "privacy-notice:create" | "privacy-notice:update" | "privacy-notice:read" | "privacy-preference-history:read" | "privacy-request:create" | "privacy-request:resume" | "privacy-request-access-results:read" | "privacy-request:delete" | "privacy-request-email-integrations:send" | "privacy-request:manual-steps:respond" | "privacy-request:manual-steps:review" | "privacy-request-notifications:create_or_update" | "privacy-request-notifications:read" | "privacy-request:read" | "privacy-request:review" | "privacy-request:transfer" | "privacy-request:upload_data" | "privacy-request:view_data" | "rule:create_or_update" | "rule:delete" | "rule:read" | "saas_config:create_or_update" | "saas_config:delete" | "saas_config:read" | "connection:instantiate" | "scope:read" | "storage:create_or_update" | "storage:delete" | "storage:read" | "system:create" | "system:read" | "system:delete" | "system:update" | "system_integration_link:create_or_update" | "system_integration_link:delete" | "system_integration_link:read" | "system_manager:read" | "system_manager:delete" | "system_manager:update" | "user:create" | "user:update" | "user:delete" | "user:read" | "user:read-own" | "user:password-reset" | "user-permission:create" | "user-permission:update" | "user-permission:assign_owners" | "user-permission:read" | "validate:exec" | "webhook:create_or_update" | "webhook:delete" | "webhook:read" | "worker-stats:read";
    };
    responses: {
        /** @description Done. The body is the JSON `null`. */
        NullBody: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": null;
            };
        };
        /**
         * @description No `Authorization` header, or a scheme other than Bearer. (fidesops answered
         *     `Not authenticated`.)
         */
        Unauthorized: {
            headers: {
                /** @description Always `Bearer`. */
                "WWW-Authenticate"?: string;
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorDetail"];
            };
        };
        /**
         * @description The token is garbled, expired, or its client is gone (bare detail); or it lacks the
         *     operation's scope or predates a narrowing of its client's scopes (the detail names the
         *     operation's scope). A fresh token tells the last two apart.
         */
        Forbidden: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorDetail"];
            };
        };
        /**
         * @description As for every protected operation, plus the two scope-assignment checks: an unknown scope
         *     (`Invalid Scope…`, the whole registry as a Python list) and, for a non-root caller, a
         *     scope its token does not hold (`Cannot assign…`, the missing scopes sorted).
         */
        ForbiddenScopeAssignment: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorDetail"];
            };
        };
        /** @description Unknown client, or a system client (the root client, `default_oauth_client`). */
        ClientNotFound: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorDetail"];
            };
        };
        /** @description Only from servers before 2.82, where this method does not exist on the path. */
        MethodNotAllowed: {
            headers: {
                /** @description The methods the path does support. */
                Allow?: string;
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorDetail"];
            };
        };
        /**
         * @description Too many token requests from this client IP (only when the server's rate limiting is
         *     enabled). Note the key `error`, not `detail`.
         */
        RateLimited: {
            headers: {
                /** @description When to retry, as an HTTP-date. */
                "Retry-After"?: string;
                /** @description Requests allowed per window. */
                "X-RateLimit-Limit"?: string;
                /** @description Requests left in this window. */
                "X-RateLimit-Remaining"?: string;
                /** @description When the window resets, as a Unix timestamp. */
                "X-RateLimit-Reset"?: string;
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["RateLimitError"];
            };
        };
    };
    parameters: {
        /** @description The client's id (32 lowercase hex characters for clients Fides creates). */
        ClientId: string;
    };
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    acquireAccessToken: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/x-www-form-urlencoded": components["schemas"]["TokenRequest"];
            };
        };
        responses: {
            /** @description The access token. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AccessToken"];
                };
            };
            /**
             * @description No usable credentials, an unknown client, a wrong secret, a disabled user (Basic only),
             *     or a malformed Basic header (then with `WWW-Authenticate: Basic`).
             */
            401: {
                headers: {
                    /** @description `Basic`, sent only for a malformed Basic header. */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDetail"];
                };
            };
            /** @description `grant_type` does not contain `client_credentials`. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPValidationError"];
                };
            };
            429: components["responses"]["RateLimited"];
        };
    };
    listClients: {
        parameters: {
            query?: {
                /** @description The 1-based page number. */
                page?: number;
                /** @description Items per page. */
                size?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page of clients. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ClientPage"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            /** @description Only from servers before 2.82, where the route does not exist. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDetail"];
                };
            };
            /** @description `page` below 1, or `size` outside 1..100. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPValidationError"];
                };
            };
        };
    };
    createClient: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["ClientCreateRequest"];
            };
        };
        responses: {
            /** @description The new client's credentials. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ClientCreatedResponse"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["ForbiddenScopeAssignment"];
            /** @description A name that is empty or whitespace, or a body of the wrong shape. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPValidationError"];
                };
            };
        };
    };
    getClient: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The client's id (32 lowercase hex characters for clients Fides creates). */
                client_id: components["parameters"]["ClientId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The client. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ClientResponse"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            /** @description Unknown or system client; or a server before 2.82. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDetail"];
                };
            };
        };
    };
    updateClient: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The client's id (32 lowercase hex characters for clients Fides creates). */
                client_id: components["parameters"]["ClientId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ClientUpdateRequest"];
            };
        };
        responses: {
            /** @description The updated client. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ClientResponse"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["ForbiddenScopeAssignment"];
            404: components["responses"]["ClientNotFound"];
            405: components["responses"]["MethodNotAllowed"];
            /** @description A missing body, or a name that is empty or whitespace. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPValidationError"];
                };
            };
        };
    };
    deleteClient: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The client's id (32 lowercase hex characters for clients Fides creates). */
                client_id: components["parameters"]["ClientId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["NullBody"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
        };
    };
    rotateClientSecret: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The client's id (32 lowercase hex characters for clients Fides creates). */
                client_id: components["parameters"]["ClientId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The client's new credentials. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ClientSecretRotateResponse"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["ClientNotFound"];
            405: components["responses"]["MethodNotAllowed"];
        };
    };
    getClientScopes: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The client's id (32 lowercase hex characters for clients Fides creates). */
                client_id: components["parameters"]["ClientId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The client's direct scopes. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": string[];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
        };
    };
    setClientScopes: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The client's id (32 lowercase hex characters for clients Fides creates). */
                client_id: components["parameters"]["ClientId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["Scope"][];
            };
        };
        responses: {
            200: components["responses"]["NullBody"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["ForbiddenScopeAssignment"];
            /** @description A missing body, or a body that is not an array. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPValidationError"];
                };
            };
        };
    };
    listScopes: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The scope registry. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Scope"][];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
        };
    };
    listRoles: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Role to scopes. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RoleScopes"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
        };
    };
    health: {
        parameters: {
            query?: {
                /** @description Also check the cache; `503` when it is unhealthy. */
                include_cache?: boolean | null;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The webserver is up. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HealthCheck"];
                };
            };
            /** @description `include_cache` is not a boolean. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPValidationError"];
                };
            };
            /** @description The cache was checked and is unhealthy. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        detail: components["schemas"]["HealthCheck"];
                    };
                };
            };
        };
    };
}
