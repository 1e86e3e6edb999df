/**
 * Fides 2.78.2's whole API, generated from openapi/fides-api-2.78.2.json by
 * scripts/generate-fides-api.ts (openapi-typescript).
 * Do not edit by hand: run `npm run generate:fides-api`.
 */

export interface paths {
    "/api/v1/data_category": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List
         * @description Get a list of all of the resources of this type.
         */
        get: operations["List_api_v1_data_category_get"];
        /**
         * Update
         * @description Update a data category. Ensures updates to "active" are appropriately cascaded.
         */
        put: operations["Update_api_v1_data_category_put"];
        /**
         * Create
         * @description Create a data category
         */
        post: operations["Create_api_v1_data_category_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/data_category/{fides_key}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get
         * @description Get a resource by its fides_key.
         */
        get: operations["get_api_v1_data_category__fides_key__get"];
        put?: never;
        post?: never;
        /**
         * Delete
         * @description Delete a resource by its fides_key.
         *
         *     Resources that have `is_default=True` cannot be deleted and will respond
         *     with a `403 Forbidden`.
         */
        delete: operations["delete_api_v1_data_category__fides_key__delete"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/data_category/upsert": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Upsert
         * @description For any resource in `resources` that already exists in the database,
         *     update the resource by its `fides_key`. Otherwise, create a new resource.
         *
         *     Responds with a `201 Created` if even a single resource in `resources`
         *     did not previously exist. Otherwise, responds with a `200 OK`.
         *
         *     The `is_default` field cannot be updated and will respond
         *     with a `403 Forbidden` if attempted.
         */
        post: operations["upsert_api_v1_data_category_upsert_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/data_subject": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List
         * @description Get a list of all of the resources of this type.
         */
        get: operations["List_api_v1_data_subject_get"];
        /**
         * Update
         * @description Update a resource by its fides_key.
         *
         *     The `is_default` field cannot be updated and will respond
         *     with a `403 Forbidden` if attempted.
         */
        put: operations["update_api_v1_data_subject_put"];
        /**
         * Create
         * @description Create a data subject
         */
        post: operations["Create_api_v1_data_subject_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/data_subject/{fides_key}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get
         * @description Get a resource by its fides_key.
         */
        get: operations["get_api_v1_data_subject__fides_key__get"];
        put?: never;
        post?: never;
        /**
         * Delete
         * @description Delete a resource by its fides_key.
         *
         *     Resources that have `is_default=True` cannot be deleted and will respond
         *     with a `403 Forbidden`.
         */
        delete: operations["delete_api_v1_data_subject__fides_key__delete"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/data_subject/upsert": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Upsert
         * @description For any resource in `resources` that already exists in the database,
         *     update the resource by its `fides_key`. Otherwise, create a new resource.
         *
         *     Responds with a `201 Created` if even a single resource in `resources`
         *     did not previously exist. Otherwise, responds with a `200 OK`.
         *
         *     The `is_default` field cannot be updated and will respond
         *     with a `403 Forbidden` if attempted.
         */
        post: operations["upsert_api_v1_data_subject_upsert_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/data_use": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List
         * @description Get a list of all of the resources of this type.
         */
        get: operations["List_api_v1_data_use_get"];
        /**
         * Update
         * @description Update a data use. Ensures updates to "active" are appropriately cascaded.
         */
        put: operations["Update_api_v1_data_use_put"];
        /**
         * Create
         * @description Create a data use. Updates existing data use if data use with name already exists and is disabled.
         */
        post: operations["Create_api_v1_data_use_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/data_use/{fides_key}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get
         * @description Get a resource by its fides_key.
         */
        get: operations["get_api_v1_data_use__fides_key__get"];
        put?: never;
        post?: never;
        /**
         * Delete
         * @description Delete a resource by its fides_key.
         *
         *     Resources that have `is_default=True` cannot be deleted and will respond
         *     with a `403 Forbidden`.
         */
        delete: operations["delete_api_v1_data_use__fides_key__delete"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/data_use/upsert": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Upsert
         * @description For any resource in `resources` that already exists in the database,
         *     update the resource by its `fides_key`. Otherwise, create a new resource.
         *
         *     Responds with a `201 Created` if even a single resource in `resources`
         *     did not previously exist. Otherwise, responds with a `200 OK`.
         *
         *     The `is_default` field cannot be updated and will respond
         *     with a `403 Forbidden` if attempted.
         */
        post: operations["upsert_api_v1_data_use_upsert_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/evaluation": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List
         * @description Get a list of all of the resources of this type.
         */
        get: operations["List_api_v1_evaluation_get"];
        /**
         * Update
         * @description Update a resource by its fides_key.
         *
         *     The `is_default` field cannot be updated and will respond
         *     with a `403 Forbidden` if attempted.
         */
        put: operations["update_api_v1_evaluation_put"];
        /**
         * Create
         * @description Create a resource.
         *
         *     Payloads with an is_default field can only be set to False,
         *     will return a `403 Forbidden`.
         */
        post: operations["Create_api_v1_evaluation_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/evaluation/{fides_key}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get
         * @description Get a resource by its fides_key.
         */
        get: operations["get_api_v1_evaluation__fides_key__get"];
        put?: never;
        post?: never;
        /**
         * Delete
         * @description Delete a resource by its fides_key.
         *
         *     Resources that have `is_default=True` cannot be deleted and will respond
         *     with a `403 Forbidden`.
         */
        delete: operations["delete_api_v1_evaluation__fides_key__delete"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/evaluation/upsert": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Upsert
         * @description For any resource in `resources` that already exists in the database,
         *     update the resource by its `fides_key`. Otherwise, create a new resource.
         *
         *     Responds with a `201 Created` if even a single resource in `resources`
         *     did not previously exist. Otherwise, responds with a `200 OK`.
         *
         *     The `is_default` field cannot be updated and will respond
         *     with a `403 Forbidden` if attempted.
         */
        post: operations["upsert_api_v1_evaluation_upsert_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/generate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Generate
         * @description A multi-purpose endpoint to generate Fides resources based on existing
         *     infrastructure
         *
         *     Currently generates Fides resources for the following:
         *     * AWS: Systems
         *     * Okta: Systems
         *     * DB: Datasets
         *     * BigQuery: Datasets
         *     * DynamoDB: Datasets
         *
         *     In the future, this will include options for other Systems & Datasets,
         *     examples include:
         *     * Snowflake: Datasets
         *
         *     All production deployments should implement HTTPS for security purposes
         */
        post: operations["generate_api_v1_generate_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/organization": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List
         * @description Get a list of all of the resources of this type.
         */
        get: operations["List_api_v1_organization_get"];
        /**
         * Update
         * @description Update a resource by its fides_key.
         *
         *     The `is_default` field cannot be updated and will respond
         *     with a `403 Forbidden` if attempted.
         */
        put: operations["update_api_v1_organization_put"];
        /**
         * Create
         * @description Create a resource.
         *
         *     Payloads with an is_default field can only be set to False,
         *     will return a `403 Forbidden`.
         */
        post: operations["Create_api_v1_organization_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/organization/{fides_key}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get
         * @description Get a resource by its fides_key.
         */
        get: operations["get_api_v1_organization__fides_key__get"];
        put?: never;
        post?: never;
        /**
         * Delete
         * @description Delete a resource by its fides_key.
         *
         *     Resources that have `is_default=True` cannot be deleted and will respond
         *     with a `403 Forbidden`.
         */
        delete: operations["delete_api_v1_organization__fides_key__delete"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/organization/upsert": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Upsert
         * @description For any resource in `resources` that already exists in the database,
         *     update the resource by its `fides_key`. Otherwise, create a new resource.
         *
         *     Responds with a `201 Created` if even a single resource in `resources`
         *     did not previously exist. Otherwise, responds with a `200 OK`.
         *
         *     The `is_default` field cannot be updated and will respond
         *     with a `403 Forbidden` if attempted.
         */
        post: operations["upsert_api_v1_organization_upsert_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/policy": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List
         * @description Get a list of all of the resources of this type.
         */
        get: operations["List_api_v1_policy_get"];
        /**
         * Update
         * @description Update a resource by its fides_key.
         *
         *     The `is_default` field cannot be updated and will respond
         *     with a `403 Forbidden` if attempted.
         */
        put: operations["update_api_v1_policy_put"];
        /**
         * Create
         * @description Create a resource.
         *
         *     Payloads with an is_default field can only be set to False,
         *     will return a `403 Forbidden`.
         */
        post: operations["Create_api_v1_policy_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/policy/{fides_key}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get
         * @description Get a resource by its fides_key.
         */
        get: operations["get_api_v1_policy__fides_key__get"];
        put?: never;
        post?: never;
        /**
         * Delete
         * @description Delete a resource by its fides_key.
         *
         *     Resources that have `is_default=True` cannot be deleted and will respond
         *     with a `403 Forbidden`.
         */
        delete: operations["delete_api_v1_policy__fides_key__delete"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/policy/upsert": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Upsert
         * @description For any resource in `resources` that already exists in the database,
         *     update the resource by its `fides_key`. Otherwise, create a new resource.
         *
         *     Responds with a `201 Created` if even a single resource in `resources`
         *     did not previously exist. Otherwise, responds with a `200 OK`.
         *
         *     The `is_default` field cannot be updated and will respond
         *     with a `403 Forbidden` if attempted.
         */
        post: operations["upsert_api_v1_policy_upsert_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/system/{fides_key}/connection/instantiate/{connector_template_type}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Instantiate Connection From Template
         * @description Instantiates a SaaS connection from the available template and the template values.
         *     Associates the newly instantiated connection with the provided system.
         */
        post: operations["instantiate_connection_from_template_api_v1_system__fides_key__connection_instantiate__connector_template_type__post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/system/{fides_key}/connection": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get System Connections
         * @description Return all the connection configs related to a system.
         */
        get: operations["get_system_connections_api_v1_system__fides_key__connection_get"];
        put?: never;
        post?: never;
        /** Delete Connection */
        delete: operations["delete_connection_api_v1_system__fides_key__connection_delete"];
        options?: never;
        head?: never;
        /**
         * Patch Connections
         * @description Given a valid System fides key, a list of connection config data elements, optionally
         *     containing the secrets, create or update corresponding ConnectionConfig objects or report
         *     failure.
         *
         *     If the key in the payload exists, it will be used to update an existing ConnectionConfiguration.
         *     Otherwise, a new ConnectionConfiguration will be created for you.
         */
        patch: operations["patch_connections_api_v1_system__fides_key__connection_patch"];
        trace?: never;
    };
    "/api/v1/system/{fides_key}/connection/secrets": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Patch Connection Secrets
         * @description Patch secrets that will be used to connect to a specified connection_type.
         *
         *     The specific secrets will be connection-dependent. For example, the components needed to connect to a Postgres DB
         *     will differ from Dynamo DB.
         */
        patch: operations["patch_connection_secrets_api_v1_system__fides_key__connection_secrets_patch"];
        trace?: never;
    };
    "/api/v1/system": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List Systems (Optionally Paginated)
         * @description Get a list of all of the Systems.
         *     If any parameters or filters are provided the response will be paginated and/or filtered.
         *     Otherwise all Systems will be returned (this may be a slow operation if there are many systems,
         *     so using the pagination parameters is recommended).
         */
        get: operations["List_systems__optionally_paginated__api_v1_system_get"];
        /**
         * Update
         * @description Update a System by the fides_key extracted from the request body.  Defined outside of the crud routes
         *     to add additional "system manager" permission checks.
         */
        put: operations["update_api_v1_system_put"];
        /**
         * Create
         * @description Override `System` create/POST to handle `.privacy_declarations` defined inline,
         *     for backward compatibility and ease of use for API users.
         */
        post: operations["create_api_v1_system_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/system/upsert": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Upsert */
        post: operations["upsert_api_v1_system_upsert_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/system/{fides_key}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get
         * @description Get a resource by its fides_key.
         */
        get: operations["get_api_v1_system__fides_key__get"];
        put?: never;
        post?: never;
        /**
         * Delete
         * @description Delete a System by its fides_key. Defined outside of the crud routes
         *     to add additional "system manager" permission checks.
         */
        delete: operations["delete_api_v1_system__fides_key__delete"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/system/bulk-delete": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * System Bulk Delete
         * @description Delete multiple systems by their fides_keys.
         */
        post: operations["system_bulk_delete_api_v1_system_bulk_delete_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/system/assign-steward": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Bulk Assign Steward
         * @description Assign the given `data_steward` (username) as a system manager for the list of `system_keys`.
         *
         *     This mirrors the behavior of the user permissions endpoint that assigns systems to a given user but
         *     from the perspective of the System API. It validates that:
         *
         *     1. The provided user exists.
         *     2. The user already has permissions (cannot be None).
         *     3. The user is not an approver (approvers are explicitly disallowed from being system managers).
         *     4. All provided `system_keys` resolve to existing System records.
         *     5. There are no duplicate keys in the payload.
         */
        post: operations["bulk_assign_steward_api_v1_system_assign_steward_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/system/hidden": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Patch Hidden
         * @description Patch the hidden status of a list of systems. Request body must be a list of system Fides keys.
         */
        patch: operations["patch_hidden_api_v1_system_hidden_patch"];
        trace?: never;
    };
    "/api/v1/validate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Validate
         * @description Endpoint used to validate different resource targets.
         */
        post: operations["validate_api_v1_validate_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/config": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get Config
         * @description Returns the current API exposable Fides configuration.
         */
        get: operations["get_config_api_v1_config_get"];
        /**
         * Put Settings
         * @description Updates the global application settings record.
         *
         *     The record will look exactly as it is provided, i.e. true PUT behavior.
         */
        put: operations["put_settings_api_v1_config_put"];
        post?: never;
        /**
         * Reset Settings
         * @description Resets the global application settings record.
         *
         *     Only the "api-set" values are cleared, "config-set" values are
         *     not updated via any API calls
         */
        delete: operations["reset_settings_api_v1_config_delete"];
        options?: never;
        head?: never;
        /**
         * Patch Settings
         * @description Updates the global application settings record.
         *
         *     Only keys provided will be updated, others will be unaffected,
         *     i.e. true PATCH behavior.
         */
        patch: operations["patch_settings_api_v1_config_patch"];
        trace?: never;
    };
    "/api/v1/connection_type": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get All Connection Types
         * @description Returns a list of connection options in Fides - includes only database and saas options here.
         *
         *     Query params for types of requests supported - `consent`, `access` and `erasure` - act as filters.
         *     If set to `true`, only connections that support the specified type of request will be returned.
         *     If no filters are specified, then no filtering is performed.
         *     When applied together, the filters act as a union: result sets are additive.
         */
        get: operations["get_all_connection_types_api_v1_connection_type_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/connection_type/{connection_type}/secret": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get Connection Type Secret Schema Route
         * @description Returns the secret fields that should be supplied to authenticate with a particular connection type
         *
         *     Note that this endpoint should never return actual secrets, we return the *types* of secret fields needed
         *     to authenticate.
         */
        get: operations["get_connection_type_secret_schema_route_api_v1_connection_type__connection_type__secret_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/connection": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get Connections
         * @description Returns all connection configurations in the database.
         *     Optionally filter the key, name, and description with a search query param.
         *
         *     Can also filter on disabled, connection_type, test_status, and system_type.
         *
         *     Connection_type supports "or" filtering:
         *     ?connection_type=postgres&connection_type=mongo will be translated
         *     into an "or" query. This parameter can also be used to filter by specific
         *     SaaS connector types.
         */
        get: operations["get_connections_api_v1_connection_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Patch Connections
         * @description Given a list of connection config data elements, optionally containing the secrets,
         *     create or update corresponding ConnectionConfig objects or report failure
         *
         *     If the key in the payload exists, it will be used to update an existing ConnectionConfiguration.
         *     Otherwise, a new ConnectionConfiguration will be created for you.
         */
        patch: operations["patch_connections_api_v1_connection_patch"];
        trace?: never;
    };
    "/api/v1/connection/{connection_key}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get Connection Detail
         * @description Returns connection configuration with matching key.
         */
        get: operations["get_connection_detail_api_v1_connection__connection_key__get"];
        put?: never;
        post?: never;
        /** Delete Connection */
        delete: operations["delete_connection_api_v1_connection__connection_key__delete"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/connection/{connection_key}/secret": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Put Connection Config Secrets
         * @description Update secrets that will be used to connect to a specified connection_type.
         *
         *     The specific secrets will be connection-dependent. For example, the components needed to connect to a Postgres DB
         *     will differ from Dynamo DB.
         */
        put: operations["put_connection_config_secrets_api_v1_connection__connection_key__secret_put"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Patch Connection Config Secrets
         * @description Partially update secrets that will be used to connect to a specified connection_type.
         *
         *     The specific secrets will be connection-dependent. For example, the components needed to connect to a Postgres DB
         *     will differ from Dynamo DB.
         */
        patch: operations["patch_connection_config_secrets_api_v1_connection__connection_key__secret_patch"];
        trace?: never;
    };
    "/api/v1/connection/{connection_key}/test": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Test Connection Config Secrets
         * @description Endpoint to test a connection at any time using the saved configuration secrets.
         */
        get: operations["test_connection_config_secrets_api_v1_connection__connection_key__test_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/connection/{connection_key}/oauth": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Put Connection Oauth Config
         * @description Create or update the OAuth2 configuration for a given connection.
         */
        put: operations["put_connection_oauth_config_api_v1_connection__connection_key__oauth_put"];
        post?: never;
        /**
         * Delete Connection Oauth Config
         * @description Delete the OAuth2 configuration for a given connection.
         */
        delete: operations["delete_connection_oauth_config_api_v1_connection__connection_key__oauth_delete"];
        options?: never;
        head?: never;
        /**
         * Patch Connection Oauth Config
         * @description Partially update the OAuth2 configuration for a given connection.
         */
        patch: operations["patch_connection_oauth_config_api_v1_connection__connection_key__oauth_patch"];
        trace?: never;
    };
    "/api/v1/connector-templates": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get All Connector Templates
         * @description Returns a list of all available connector templates with summary information.
         *
         *     Each template includes:
         *     - **type**: The unique identifier for the connector (used in other endpoints)
         *     - **name**: Human-readable name of the connector
         *     - **supported_actions**: List of actions this connector supports (e.g., access, erasure)
         *     - **category**: Optional category classification for the connector
         *     - **custom**: Whether this is a custom connector (true) or built-in (false)
         */
        get: operations["get_all_connector_templates_api_v1_connector_templates_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/connector-templates/register": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Register Connector Template
         * @description Registers a custom connector template from a zip file uploaded by the user.
         *
         *     The endpoint performs the following steps:
         *     1. Validates the uploaded file is a proper zip file.
         *     2. Uses the CustomConnectorTemplateLoader to validate, register, and save the template to the database.
         *
         *     If the uploaded file is not a valid zip file or there are any validation errors
         *     when creating the ConnectorTemplates an HTTP 400 status code with error details is returned.
         */
        post: operations["register_connector_template_api_v1_connector_templates_register_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/connector_template/register": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Register Custom Connector Template Deprecated
         * @deprecated
         * @description **DEPRECATED**: Use `POST /connector-templates/register` instead.
         *
         *     Registers a custom connector template from a zip file uploaded by the user.
         *     This endpoint is maintained for backward compatibility only.
         */
        post: operations["register_custom_connector_template_deprecated_api_v1_connector_template_register_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/connector-templates/{connector_template_type}/config": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get Connector Template Config
         * @description Retrieves the SaaS config YAML for a connector template by its type.
         *
         *     The `connector_template_type` parameter comes from the `type` field
         *     returned by the `GET /connector-templates` endpoint.
         *
         *     Returns the raw YAML configuration that can be used to understand
         *     or customize the connector template.
         */
        get: operations["get_connector_template_config_api_v1_connector_templates__connector_template_type__config_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/connector-templates/{connector_template_type}/dataset": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get Connector Template Dataset
         * @description Retrieves the dataset YAML for a connector template by its type.
         *
         *     The `connector_template_type` parameter comes from the `type` field
         *     returned by the `GET /connector-templates` endpoint.
         *
         *     Returns the raw dataset YAML configuration that defines the data structure
         *     for the connector template.
         */
        get: operations["get_connector_template_dataset_api_v1_connector_templates__connector_template_type__dataset_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/consent-request/preferences": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Report Consent Requests
         * @description Provides a paginated list of all consent requests sorted by the most recently updated.
         */
        get: operations["report_consent_requests_api_v1_consent_request_preferences_get"];
        put?: never;
        /**
         * Get Consent Preferences
         * @description Gets the consent preferences for the specified user.
         */
        post: operations["get_consent_preferences_api_v1_consent_request_preferences_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/consent-request": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Create Consent Request
         * @description Creates a verification code for the user to verify access to manage consent preferences.
         */
        post: operations["create_consent_request_api_v1_consent_request_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/consent-request/{consent_request_id}/verify": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Consent Request Verify
         * @description Verifies the verification code and returns the current consent preferences if successful.
         *
         *     Note that this returns just Consent records - which is the old workflow that saves Consent with respect to a data use.
         */
        post: operations["consent_request_verify_api_v1_consent_request__consent_request_id__verify_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/consent-request/{consent_request_id}/preferences": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get Consent Preferences No Id
         * @description Returns the current consent preferences if successful.
         */
        get: operations["get_consent_preferences_no_id_api_v1_consent_request__consent_request_id__preferences_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Set Consent Preferences
         * @description Verifies the verification code and saves the user's consent preferences if successful.
         *
         *     Note that this allows you to save Consent records under our old workflow that saves Consent with respect to a data use.
         *
         *     # TODO Slated for deprecation
         */
        patch: operations["set_consent_preferences_api_v1_consent_request__consent_request_id__preferences_patch"];
        trace?: never;
    };
    "/api/v1/connection/{connection_key}/validate_dataset": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Validate Dataset
         * @description Run validations against a dataset without attempting to save it to the database.
         *
         *     Checks that:
         *     - all required fields are present, all field values are valid types
         *     - all DataCategory values reference known keys
         *     - etc.
         *
         *     After validating, also tests to see if the dataset is traversable. Note that
         *     it's possible for a dataset to be valid but not traversable; this happens
         *     when a dataset is dependent on references to other datasets.
         *
         *     Returns a 200 OK for all valid datasets, and a traversal_details object with
         *     information about the traversal (or traversal errors).
         */
        put: operations["validate_dataset_api_v1_connection__connection_key__validate_dataset_put"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/connection/{connection_key}/datasetconfig": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get Dataset Configs
         * @description Returns all Dataset Configs attached to current Connection Config.
         */
        get: operations["get_dataset_configs_api_v1_connection__connection_key__datasetconfig_get"];
        /**
         * Put Dataset Configs
         * @description Endpoint to create, update, or remove DatasetConfigs by passing in pairs of:
         *     1) A DatasetConfig fides_key
         *     2) The corresponding CtlDataset fides_key which stores the bulk of the actual dataset
         *
         *     The CtlDataset contents are retrieved for extra validation before linking this
         *     to the DatasetConfig.
         *
         *     Note: Any existing DatasetConfigs not specified in the dataset pairs will be deleted.
         */
        put: operations["put_dataset_configs_api_v1_connection__connection_key__datasetconfig_put"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Patch Dataset Configs
         * @description Endpoint to create or update DatasetConfigs by passing in pairs of:
         *     1) A DatasetConfig fides_key
         *     2) The corresponding CtlDataset fides_key which stores the bulk of the actual dataset
         *
         *     The CtlDataset contents are retrieved for extra validation before linking this
         *     to the DatasetConfig.
         */
        patch: operations["patch_dataset_configs_api_v1_connection__connection_key__datasetconfig_patch"];
        trace?: never;
    };
    "/api/v1/connection/{connection_key}/dataset": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get Datasets
         * @deprecated
         * @description Returns all CTL datasets attached to the ConnectionConfig via the Dataset Config.
         *
         *     Soon to be deprecated.
         */
        get: operations["get_datasets_api_v1_connection__connection_key__dataset_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Patch Datasets
         * @description Given a list of dataset elements, create or update corresponding Dataset objects
         *     or report failure
         *
         *     This endpoint upserts the DatasetConfig and associated CTL Dataset.  Will shortly be deprecated.
         *
         *     If the fides_key for a given DatasetConfig exists, it will be treated as an update.
         *     Otherwise, a new DatasetConfig will be created.
         */
        patch: operations["patch_datasets_api_v1_connection__connection_key__dataset_patch"];
        trace?: never;
    };
    "/api/v1/yml/connection/{connection_key}/dataset": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Patch Yaml Datasets
         * @description Bulk create or update datasets from YAML format.
         *     Accepts application/x-yaml content type.
         */
        patch: operations["patch_yaml_datasets_api_v1_yml_connection__connection_key__dataset_patch"];
        trace?: never;
    };
    "/api/v1/connection/{connection_key}/dataset/{dataset_key}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get Dataset
         * @deprecated
         * @description Returns a single ctl dataset linked to the given DatasetConfig.
         *
         *     Soon to be deprecated
         */
        get: operations["get_dataset_api_v1_connection__connection_key__dataset__dataset_key__get"];
        put?: never;
        post?: never;
        /**
         * Delete Dataset
         * @description Removes the DatasetConfig based on the given key.
         */
        delete: operations["delete_dataset_api_v1_connection__connection_key__dataset__dataset_key__delete"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/connection/{connection_key}/datasetconfig/{dataset_key}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get Dataset Config
         * @description Returns the specific Dataset Config linked to the Connection Config.
         */
        get: operations["get_dataset_config_api_v1_connection__connection_key__datasetconfig__dataset_key__get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/filter/dataset": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get Ctl Datasets
         * @deprecated
         * @description Deprecated. Use `GET /datasets` instead.
         *     Returns all CTL datasets .
         */
        get: operations["get_ctl_datasets_api_v1_filter_dataset_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/connection/{connection_key}/dataset/{dataset_key}/inputs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Dataset Identities And References
         * @description Returns a dictionary containing the immediate identity and dataset reference
         *     dependencies for the given dataset.
         */
        get: operations["dataset_identities_and_references_api_v1_connection__connection_key__dataset__dataset_key__inputs_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/connection/{connection_key}/dataset/{dataset_key}/reachability": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Dataset Reachability
         * @description Returns a dictionary containing the immediate identity and dataset reference
         *     dependencies for the given dataset.
         */
        get: operations["dataset_reachability_api_v1_connection__connection_key__dataset__dataset_key__reachability_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/connection/{connection_key}/dataset/{dataset_key}/test": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Test Connection Datasets */
        post: operations["test_connection_datasets_api_v1_connection__connection_key__dataset__dataset_key__test_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/drp/exercise": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Create Drp Privacy Request
         * @description Given a drp privacy request body, create and execute
         *     a corresponding Fidesops PrivacyRequest
         */
        post: operations["create_drp_privacy_request_api_v1_drp_exercise_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/drp/status": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get Request Status Drp
         * @description Returns PrivacyRequest information where the respective privacy request is associated with
         *     a policy that implements a Data Rights Protocol action.
         */
        get: operations["get_request_status_drp_api_v1_drp_status_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/drp/data-rights": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get Drp Data Rights
         * @description Query all policies and determine the list of DRP actions that are attached to existing policies.
         */
        get: operations["get_drp_data_rights_api_v1_drp_data_rights_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/drp/revoke": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Revoke Request
         * @description Revoke a pending privacy request.
         */
        post: operations["revoke_request_api_v1_drp_revoke_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/privacy-request/{privacy_request_id}/access-package": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get Access Results Urls
         * @description Public endpoint for retrieving access results URLs for a privacy request.
         *     This endpoint generates fresh presigned URLs and redirects to the first available result.
         *     This endpoint is designed to be accessible via email links sent to end users.
         *     No authentication is required, but a valid download token is required for security.
         *     Rate limiting is applied for additional security.
         *
         *     privacy_request_id parameter is required in the URL path.
         *     token parameter is required as a query parameter for security.
         */
        get: operations["get_access_results_urls_api_v1_privacy_request__privacy_request_id__access_package_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/cryptography/encryption/key": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get Encryption Key */
        get: operations["get_encryption_key_api_v1_cryptography_encryption_key_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/cryptography/encryption/aes/encrypt": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Aes Encrypt */
        put: operations["aes_encrypt_api_v1_cryptography_encryption_aes_encrypt_put"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/cryptography/encryption/aes/decrypt": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Aes Decrypt */
        put: operations["aes_decrypt_api_v1_cryptography_encryption_aes_decrypt_put"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/masking/mask": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Mask Value
         * @description Masks the value(s) provided using the provided masking strategy
         */
        put: operations["mask_value_api_v1_masking_mask_put"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/masking/strategy": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List Masking Strategies
         * @description Lists available masking strategies with instructions on how to use them
         */
        get: operations["list_masking_strategies_api_v1_masking_strategy_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
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
         * Acquire Access Token
         * @description Returns an access token if given credentials are correct, raises 401
         *     exception if not
         */
        post: operations["acquire_access_token_api_v1_oauth_token_post"];
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
        get?: never;
        put?: never;
        /**
         * Create Client
         * @description Creates a new client and returns the credentials. Only direct scopes can be added to the client via this endpoint.
         */
        post: operations["create_client_api_v1_oauth_client_post"];
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
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /**
         * Delete Client
         * @description Deletes the client associated with the client_id. Does nothing if the client does
         *     not exist
         */
        delete: operations["delete_client_api_v1_oauth_client__client_id__delete"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/oauth/client/{client_id}/scope": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get Client Scopes
         * @description Returns a list of the directly-assigned scopes associated with the client.
         *     Does not return roles associated with the client.
         *     Returns an empty list if client does not exist.
         */
        get: operations["get_client_scopes_api_v1_oauth_client__client_id__scope_get"];
        /**
         * Set Client Scopes
         * @description Overwrites the client's directly-assigned scopes with those provided.
         *     Roles cannot be edited via this endpoint.
         *     Does nothing if the client doesn't exist
         */
        put: operations["set_client_scopes_api_v1_oauth_client__client_id__scope_put"];
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
         * Read Scopes
         * @description Returns a list of all scopes available for assignment in the system
         */
        get: operations["read_scopes_api_v1_oauth_scope_get"];
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
         * Read Roles To Scopes Mapping
         * @description Returns a list of all roles and associated scopes available for assignment in the system
         */
        get: operations["read_roles_to_scopes_mapping_api_v1_oauth_role_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/oauth/callback": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Oauth Callback
         * @description Uses the passed in code to generate the token access request
         *     for the connection associated with the given state.
         */
        get: operations["oauth_callback_api_v1_oauth_callback_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/dsr/policy": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get Policy List
         * @description Return a paginated list of all Policy records in this system
         */
        get: operations["get_policy_list_api_v1_dsr_policy_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Create Or Update Policies
         * @description Given a list of policy data elements, create or update corresponding Policy objects
         *     or report failure
         */
        patch: operations["create_or_update_policies_api_v1_dsr_policy_patch"];
        trace?: never;
    };
    "/api/v1/dsr/policy/{policy_key}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get Policy
         * @description Return a single Policy
         */
        get: operations["get_policy_api_v1_dsr_policy__policy_key__get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/dsr/policy/{policy_key}/rule": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get Rule List
         * @description Return a paginated list of all `Rule` records associated with the given `Policy`.
         *     Throws a 404 if the given `Policy` can't be found.
         */
        get: operations["get_rule_list_api_v1_dsr_policy__policy_key__rule_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Create Or Update Rules
         * @description Given a list of Rule data elements, create or update corresponding Rule objects
         *     or report failure
         */
        patch: operations["create_or_update_rules_api_v1_dsr_policy__policy_key__rule_patch"];
        trace?: never;
    };
    "/api/v1/dsr/policy/{policy_key}/rule/{rule_key}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get Rule
         * @description Return a single `Rule` with the given key, associated with the given `Policy`
         */
        get: operations["get_rule_api_v1_dsr_policy__policy_key__rule__rule_key__get"];
        put?: never;
        post?: never;
        /**
         * Delete Rule
         * @description Delete a policy rule.
         */
        delete: operations["delete_rule_api_v1_dsr_policy__policy_key__rule__rule_key__delete"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/dsr/policy/{policy_key}/rule/{rule_key}/target": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get Rule Target List
         * @description Return a paginated list of all `Rule Target` records associated with the given `Rule`
         *     Throws a 404 if the given `Rule` or `Policy` can't be found.
         */
        get: operations["get_rule_target_list_api_v1_dsr_policy__policy_key__rule__rule_key__target_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Create Or Update Rule Targets
         * @description Given a list of Rule data elements, create corresponding Rule objects
         *     or report failure
         */
        patch: operations["create_or_update_rule_targets_api_v1_dsr_policy__policy_key__rule__rule_key__target_patch"];
        trace?: never;
    };
    "/api/v1/dsr/policy/{policy_key}/rule/{rule_key}/target/{rule_target_key}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get Rule Target
         * @description Return a single `Rule Target` associated with the given `Rule` and `Policy`
         */
        get: operations["get_rule_target_api_v1_dsr_policy__policy_key__rule__rule_key__target__rule_target_key__get"];
        put?: never;
        post?: never;
        /**
         * Delete Rule Target
         * @description Delete the rule target.
         */
        delete: operations["delete_rule_target_api_v1_dsr_policy__policy_key__rule__rule_key__target__rule_target_key__delete"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/dsr/policy/{policy_key}/webhook/pre_execution": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get Policy Pre Execution Webhooks
         * @description Return a paginated list of all Pre-Execution Webhooks that will
         *     run in order for the Policy **before** a Privacy Request is executed.
         */
        get: operations["get_policy_pre_execution_webhooks_api_v1_dsr_policy__policy_key__webhook_pre_execution_get"];
        /**
         * Create Or Update Pre Execution Webhooks
         * @description Create or update the list of Policy Pre-Execution Webhooks that run **before** query execution.
         *
         *     All webhooks must be included in the request in the desired order. Any missing webhooks
         *     from the request body will be removed.
         */
        put: operations["create_or_update_pre_execution_webhooks_api_v1_dsr_policy__policy_key__webhook_pre_execution_put"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/dsr/policy/{policy_key}/webhook/post_execution": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get Policy Post Execution Webhooks
         * @description Return a paginated list of all Post-Execution Webhooks that will run in order for the Policy **after** a
         *     Privacy Request is executed.
         */
        get: operations["get_policy_post_execution_webhooks_api_v1_dsr_policy__policy_key__webhook_post_execution_get"];
        /**
         * Create Or Update Post Execution Webhooks
         * @description Create or update the list of Policy Post-Execution Webhooks that run **after** query execution.
         *
         *     All webhooks must be included in the request in the desired order. Any missing webhooks
         *     from the request body will be removed.
         */
        put: operations["create_or_update_post_execution_webhooks_api_v1_dsr_policy__policy_key__webhook_post_execution_put"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/dsr/policy/{policy_key}/webhook/pre_execution/{pre_webhook_key}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get Policy Pre Execution Webhook
         * @description Loads the given Pre-Execution Webhook on the Policy
         */
        get: operations["get_policy_pre_execution_webhook_api_v1_dsr_policy__policy_key__webhook_pre_execution__pre_webhook_key__get"];
        put?: never;
        post?: never;
        /**
         * Delete Pre Execution Webhook
         * @description Delete the Pre-Execution Webhook from the Policy and reorder remaining webhooks as necessary.
         */
        delete: operations["delete_pre_execution_webhook_api_v1_dsr_policy__policy_key__webhook_pre_execution__pre_webhook_key__delete"];
        options?: never;
        head?: never;
        /**
         * Update Pre Execution Webhook
         * @description PATCH a single Policy Pre-Execution Webhook that runs **prior** to executing the Privacy Request.
         *
         *     Note that updates to the webhook's "order" can affect the order of the other pre-execution webhooks.
         */
        patch: operations["update_pre_execution_webhook_api_v1_dsr_policy__policy_key__webhook_pre_execution__pre_webhook_key__patch"];
        trace?: never;
    };
    "/api/v1/dsr/policy/{policy_key}/webhook/post_execution/{post_webhook_key}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get Policy Post Execution Webhook
         * @description Loads the given Post-Execution Webhook on the Policy
         */
        get: operations["get_policy_post_execution_webhook_api_v1_dsr_policy__policy_key__webhook_post_execution__post_webhook_key__get"];
        put?: never;
        post?: never;
        /**
         * Delete Post Execution Webhook
         * @description Delete the Post-Execution Webhook from the Policy and reorder remaining webhooks as necessary.
         */
        delete: operations["delete_post_execution_webhook_api_v1_dsr_policy__policy_key__webhook_post_execution__post_webhook_key__delete"];
        options?: never;
        head?: never;
        /**
         * Update Post Execution Webhook
         * @description PATCH a single Policy Post-Execution Webhook that runs **after** executing the Privacy Request.
         *
         *     Note that updates to the webhook's "order" can affect the order of the other post-execution webhooks.
         */
        patch: operations["update_post_execution_webhook_api_v1_dsr_policy__policy_key__webhook_post_execution__post_webhook_key__patch"];
        trace?: never;
    };
    "/api/v1/dsr/webhook/pre_approval": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get Pre Approval Webhook List
         * @description Return a paginated list of all PreApprovalWebhook records in this system
         */
        get: operations["get_pre_approval_webhook_list_api_v1_dsr_webhook_pre_approval_get"];
        /**
         * Create Or Update Pre Approval Webhooks
         * @description Create or update the list of Pre-Approval Webhooks that run as soon as a request is created.
         *     This endpoint is all-or-nothing.
         *     Either all webhooks should be created/updated or none should be updated. Deletes any webhooks not present
         *     in the request body.
         */
        put: operations["create_or_update_pre_approval_webhooks_api_v1_dsr_webhook_pre_approval_put"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/dsr/webhook/pre_approval/{webhook_key}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get Pre Approval Webhook Detail
         * @description Loads the given Pre-Approval Webhook by key
         */
        get: operations["get_pre_approval_webhook_detail_api_v1_dsr_webhook_pre_approval__webhook_key__get"];
        put?: never;
        post?: never;
        /**
         * Delete Pre Approval Webhook
         * @description Delete the Pre-Approval Webhook given webhook key
         */
        delete: operations["delete_pre_approval_webhook_api_v1_dsr_webhook_pre_approval__webhook_key__delete"];
        options?: never;
        head?: never;
        /**
         * Update Pre Approval Webhook
         * @description PATCH a single Pre-Approval Webhook that runs as soon as Privacy Request is created.
         */
        patch: operations["update_pre_approval_webhook_api_v1_dsr_webhook_pre_approval__webhook_key__patch"];
        trace?: never;
    };
    "/api/v1/privacy-request": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get Request Status
         * @deprecated
         * @description **This endpoint is deprecated. Please use `POST /privacy-request/search`,
         *     which uses body parameters instead of query parameters for filtering.**
         *
         *     Returns PrivacyRequest information. Supports a variety of optional query params.
         *
         *     To fetch a single privacy request, use the request_id query param `?request_id=`.
         *     To see individual execution logs, use the verbose query param `?verbose=True`.
         */
        get: operations["get_request_status_api_v1_privacy_request_get"];
        put?: never;
        /**
         * Create Privacy Request
         * @description Given a list of privacy request data elements, create corresponding PrivacyRequest objects
         *     or report failure and execute them within the Fidesops system.
         *     You cannot update privacy requests after they've been created.
         */
        post: operations["create_privacy_request_api_v1_privacy_request_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/privacy-request/authenticated": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Create Privacy Request Authenticated
         * @description Given a list of privacy request data elements, create corresponding PrivacyRequest objects
         *     or report failure and execute them within the Fidesops system.
         *     You cannot update privacy requests after they've been created.
         *     This route requires authentication instead of using verification codes.
         */
        post: operations["create_privacy_request_authenticated_api_v1_privacy_request_authenticated_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/privacy-request/search": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Privacy Request Search
         * @description Returns PrivacyRequest information. Supports a variety of optional filter parameters.
         *
         *     To see individual execution logs, set `"verbose": true`.
         */
        post: operations["privacy_request_search_api_v1_privacy_request_search_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/privacy-request/{privacy_request_id}/log": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get Request Status Logs
         * @description Returns all the execution logs associated with a given privacy request ordered by updated asc.
         */
        get: operations["get_request_status_logs_api_v1_privacy_request__privacy_request_id__log_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/privacy-request/notification": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get Privacy Request Notification Info
         * @description Retrieve privacy request notification email addresses and number of failures to trigger notifications.
         */
        get: operations["get_privacy_request_notification_info_api_v1_privacy_request_notification_get"];
        /**
         * Create Or Update Privacy Request Notifications
         * @description Create or update list of email addresses and number of failures for privacy request notifications.
         */
        put: operations["create_or_update_privacy_request_notifications_api_v1_privacy_request_notification_put"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/privacy-request/preview": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Get Request Preview Queries
         * @description Returns dry run queries given a list of dataset ids.  If a dataset references another dataset, both dataset
         *     keys must be in the request body.
         */
        put: operations["get_request_preview_queries_api_v1_privacy_request_preview_put"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/privacy-request/{privacy_request_id}/resume": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Resume Privacy Request
         * @description Resume running a privacy request after it was paused by a Pre-Execution webhook
         */
        post: operations["resume_privacy_request_api_v1_privacy_request__privacy_request_id__resume_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/privacy-request/bulk/retry": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Bulk Restart Privacy Request From Failure
         * @description Bulk restart privacy requests from failure.
         *
         *     You can either provide explicit request_ids OR use filters to select privacy requests.
         *     When using filters, you can optionally exclude specific IDs via exclude_ids.
         *
         *     For backwards compatibility, a plain list of request IDs is also accepted.
         */
        post: operations["bulk_restart_privacy_request_from_failure_api_v1_privacy_request_bulk_retry_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/privacy-request/{privacy_request_id}/retry": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Restart Privacy Request From Failure
         * @description Restart a privacy request from failure
         */
        post: operations["restart_privacy_request_from_failure_api_v1_privacy_request__privacy_request_id__retry_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/privacy-request/{privacy_request_id}/verify": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Verify Identification Code
         * @description Verify the supplied identity verification code.
         *
         *     If successful, and we don't need a separate manual request approval, queue the privacy request
         *     for execution.
         *
         *     Fires pre-approval webhooks if configured.
         */
        post: operations["verify_identification_code_api_v1_privacy_request__privacy_request_id__verify_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/privacy-request/administrate/approve": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Approve Privacy Request
         * @description Approve and dispatch a list of privacy requests and/or report failure.
         *
         *     You can either provide explicit request_ids OR use filters to select privacy requests.
         *     When using filters, you can optionally exclude specific IDs via exclude_ids.
         *
         *     For backwards compatibility, a plain list of request IDs is also accepted.
         *
         *     Example with request_ids:
         *         {"request_ids": ["pri_123", "pri_456"]}
         *
         *     Example with filters:
         *         {"filters": {"status": ["pending"]}, "exclude_ids": ["pri_789"]}
         */
        patch: operations["approve_privacy_request_api_v1_privacy_request_administrate_approve_patch"];
        trace?: never;
    };
    "/api/v1/privacy-request/administrate/deny": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Deny Privacy Request
         * @description Deny a list of privacy requests and/or report failure.
         *
         *     You can either provide explicit request_ids OR use filters to select privacy requests.
         *     When using filters, you can optionally exclude specific IDs via exclude_ids.
         *
         *     For backwards compatibility, a plain list of request IDs is also accepted.
         */
        patch: operations["deny_privacy_request_api_v1_privacy_request_administrate_deny_patch"];
        trace?: never;
    };
    "/api/v1/privacy-request/administrate/cancel": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Cancel Privacy Request
         * @description Cancel a list of privacy requests and/or report failure.
         *
         *     You can either provide explicit request_ids OR use filters to select privacy requests.
         *     When using filters, you can optionally exclude specific IDs via exclude_ids.
         *
         *     For backwards compatibility, a plain list of request IDs is also accepted.
         */
        patch: operations["cancel_privacy_request_api_v1_privacy_request_administrate_cancel_patch"];
        trace?: never;
    };
    "/api/v1/privacy-request/{privacy_request_id}/pre-approve/eligible": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Mark Privacy Request Pre Approve Eligible
         * @description Marks privacy request as eligible for automatic approval.
         *     If all webhook responses have been received and all are affirmative, proceed to queue privacy request
         */
        post: operations["mark_privacy_request_pre_approve_eligible_api_v1_privacy_request__privacy_request_id__pre_approve_eligible_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/privacy-request/{privacy_request_id}/pre-approve/not-eligible": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Mark Privacy Request Pre Approve Not Eligible
         * @description Marks privacy request as not eligible for automatic approval, regardless of what other webhook responses we receive
         */
        post: operations["mark_privacy_request_pre_approve_not_eligible_api_v1_privacy_request__privacy_request_id__pre_approve_not_eligible_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/privacy-request/{privacy_request_id}/access_manual_webhook/{connection_key}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * View Uploaded Manual Webhook Data
         * @description View uploaded data for this privacy request for the given access manual webhook
         *
         *     If no data exists for this webhook, we just return all fields as None.
         *     If we have missing or extra fields saved, we'll just return the overlap between what is saved and what is defined on the webhook.
         *
         *     If checked=False, data must be reviewed before submission. The privacy request should not be submitted as-is.
         */
        get: operations["view_uploaded_manual_webhook_data_api_v1_privacy_request__privacy_request_id__access_manual_webhook__connection_key__get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Upload Manual Webhook Access Data
         * @description Upload manual access input for the privacy request for the fields defined on the access manual webhook.
         *     The data collected here is not included in the graph but uploaded directly to the user at the end
         *     of privacy request execution.
         *
         *     Because a 'manual_webhook' ConnectionConfig has one AccessManualWebhook associated with it,
         *     we are using the ConnectionConfig key as the AccessManualWebhook identifier here.
         */
        patch: operations["upload_manual_webhook_access_data_api_v1_privacy_request__privacy_request_id__access_manual_webhook__connection_key__patch"];
        trace?: never;
    };
    "/api/v1/privacy-request/{privacy_request_id}/erasure_manual_webhook/{connection_key}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * View Uploaded Erasure Manual Webhook Data
         * @description View uploaded erasure data for this privacy request for the given manual webhook
         *
         *     If no data exists for this webhook, we just return all fields as None.
         *     If we have missing or extra fields saved, we'll just return the overlap between what is saved and what is defined on the webhook.
         *
         *     If checked=False, data must be reviewed before submission. The privacy request should not be submitted as-is.
         */
        get: operations["view_uploaded_erasure_manual_webhook_data_api_v1_privacy_request__privacy_request_id__erasure_manual_webhook__connection_key__get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Upload Manual Webhook Erasure Data
         * @description Upload manual erasure input for the privacy request for the fields defined on the access manual webhook.
         *
         *     Because a 'manual_webhook' ConnectionConfig has one AccessManualWebhook associated with it,
         *     we are using the ConnectionConfig key as the AccessManualWebhook identifier here.
         */
        patch: operations["upload_manual_webhook_erasure_data_api_v1_privacy_request__privacy_request_id__erasure_manual_webhook__connection_key__patch"];
        trace?: never;
    };
    "/api/v1/privacy-request/transfer/{privacy_request_id}/{rule_key}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Privacy Request Data Transfer
         * @description Transfer access request information to the parent server.
         */
        get: operations["privacy_request_data_transfer_api_v1_privacy_request_transfer__privacy_request_id___rule_key__get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/privacy-request/{privacy_request_id}/resume_from_requires_input": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Resume Privacy Request From Requires Input
         * @description Resume a privacy request from 'requires_input' status.
         */
        post: operations["resume_privacy_request_from_requires_input_api_v1_privacy_request__privacy_request_id__resume_from_requires_input_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/privacy-request/bulk/finalize": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Bulk Finalize Privacy Requests
         * @description Each request will be moved from the 'requires_finalization' state to 'complete'.
         *     Returns an object with the list of successfully finalized privacy requests and the list of failed finalizations.
         *
         *     You can either provide explicit request_ids OR use filters to select privacy requests.
         *     When using filters, you can optionally exclude specific IDs via exclude_ids.
         *
         *     For backwards compatibility, a plain list of request IDs is also accepted.
         */
        post: operations["bulk_finalize_privacy_requests_api_v1_privacy_request_bulk_finalize_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/privacy-request/{privacy_request_id}/finalize": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Finalize Privacy Request
         * @description Finalizes a privacy request, moving it from the 'requires_finalization' state to 'complete'.
         *     This is done by re-queueing the request, which will then hit the finalization logic in the
         *     request runner service. This logic marks the privacy request as complete
         *     and sends out any configured messaging to the user.
         */
        post: operations["finalize_privacy_request_api_v1_privacy_request__privacy_request_id__finalize_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/privacy-request/{privacy_request_id}/tasks": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get Individual Privacy Request Tasks
         * @description Returns individual Privacy Request Tasks created by DSR 3.0 scheduler
         *     in order by creation and collection address
         */
        get: operations["get_individual_privacy_request_tasks_api_v1_privacy_request__privacy_request_id__tasks_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/privacy-request/{privacy_request_id}/requeue": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Requeue Privacy Request
         * @description Endpoint for manually re-queuing a stuck Privacy Request from selected states - use with caution.
         *
         *     Don't use this unless the Privacy Request is stuck.
         */
        post: operations["requeue_privacy_request_api_v1_privacy_request__privacy_request_id__requeue_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/request-task/callback": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Request Task Async Callback
         * @description For DSR 3.0: Async Callback Endpoint for Request Tasks
         *
         *     Re-queues Request Task with asynchronously-retrieved results.  If you don't want to supply results, hitting
         *     this endpoint with an empty json request body will be taken as verification the async or erasure request
         *     for this request task is complete.
         */
        post: operations["request_task_async_callback_api_v1_request_task_callback_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/privacy-request/bulk/soft-delete": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Bulk Soft Delete Privacy Requests
         * @description Soft delete a list of privacy requests. The requests' deleted_at field will be populated with the current datetime
         *     and its deleted_by field will be populated with the user_id of the user who initiated the deletion. Returns an
         *     object with the list of successfully deleted privacy requests and the list of failed deletions.
         *
         *     You can either provide explicit request_ids OR use filters to select privacy requests.
         *     When using filters, you can optionally exclude specific IDs via exclude_ids.
         *
         *     For backwards compatibility, a plain list of request IDs is also accepted.
         */
        post: operations["bulk_soft_delete_privacy_requests_api_v1_privacy_request_bulk_soft_delete_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/privacy-request/{privacy_request_id}/soft-delete": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Soft Delete Privacy Request
         * @description Endpoint for soft deleting a privacy request. The request's deleted_at field will be populated with the current datetime
         *     and its deleted_by field will be populated with the user_id of the user who initiated the deletion.
         */
        post: operations["soft_delete_privacy_request_api_v1_privacy_request__privacy_request_id__soft_delete_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/privacy-request/{privacy_request_id}/access-results": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get Access Results Urls
         * @description Endpoint for retrieving access results URLs for a privacy request.
         */
        get: operations["get_access_results_urls_api_v1_privacy_request__privacy_request_id__access_results_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/privacy-request/{privacy_request_id}/filtered-results": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get Test Privacy Request Results
         * @description Get filtered results for a test privacy request and update its status if complete.
         */
        get: operations["get_test_privacy_request_results_api_v1_privacy_request__privacy_request_id__filtered_results_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/privacy-request/{privacy_request_id}/resubmit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Resubmit Privacy Request */
        post: operations["resubmit_privacy_request_api_v1_privacy_request__privacy_request_id__resubmit_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/privacy-request/{privacy_request_id}/logs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get Test Privacy Request Logs
         * @description Get logs for a test privacy request.
         */
        get: operations["get_test_privacy_request_logs_api_v1_privacy_request__privacy_request_id__logs_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/privacy-request/administrate/process-awaiting-email-send": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Send Batch Email Integrations
         * @description Send batch email integrations for a privacy request.
         */
        post: operations["send_batch_email_integrations_api_v1_privacy_request_administrate_process_awaiting_email_send_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/privacy-request/redaction-patterns": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get Privacy Request Redaction Patterns
         * @description Get the current privacy request redaction patterns configuration.
         *
         *     Returns the list of regex patterns used to mask dataset, collection,
         *     and field names in privacy request package reports.
         */
        get: operations["get_privacy_request_redaction_patterns_api_v1_privacy_request_redaction_patterns_get"];
        /**
         * Update Privacy Request Redaction Patterns
         * @description Update the privacy request redaction patterns configuration.
         *
         *     This is a complete replacement of the patterns list. To clear all patterns,
         *     send an empty list.
         */
        put: operations["update_privacy_request_redaction_patterns_api_v1_privacy_request_redaction_patterns_put"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/id-verification/config": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get Id Verification Config
         * @description Returns id verification config.
         */
        get: operations["get_id_verification_config_api_v1_id_verification_config_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/storage/{request_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Upload Data
         * @description Uploads data from an access request to specified storage destination.
         *     Returns location of data.
         */
        post: operations["upload_data_api_v1_storage__request_id__post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/storage/config": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get Configs
         * @description Retrieves configs for storage.
         */
        get: operations["get_configs_api_v1_storage_config_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Patch Config
         * @description Given a list of storage destination elements, create or update corresponding StorageConfig objects
         *     or report failure.
         */
        patch: operations["patch_config_api_v1_storage_config_patch"];
        trace?: never;
    };
    "/api/v1/storage/config/{config_key}/secret": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Put Config Secrets
         * @description Add or update secrets for storage config.
         */
        put: operations["put_config_secrets_api_v1_storage_config__config_key__secret_put"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/storage/config/{config_key}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get Config By Key
         * @description Retrieves configs for storage by key.
         */
        get: operations["get_config_by_key_api_v1_storage_config__config_key__get"];
        put?: never;
        post?: never;
        /**
         * Delete Config By Key
         * @description Deletes configs by key.
         */
        delete: operations["delete_config_by_key_api_v1_storage_config__config_key__delete"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/storage/default/active": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get Active Default Config
         * @description Retrieves the active default storage config.
         */
        get: operations["get_active_default_config_api_v1_storage_default_active_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/storage/default/status": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get Storage Status
         * @description Determines the status of the active default storage config.
         *
         *     In order to be considered fully configured, the active default storage
         *     config MUST be an s3 storage config.
         */
        get: operations["get_storage_status_api_v1_storage_default_status_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/storage/default": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get Default Configs
         * @description Retrieves default configs for each storage types.
         */
        get: operations["get_default_configs_api_v1_storage_default_get"];
        /**
         * Put Default Config
         * @description Create or update the default storage configuration for the given storage type
         */
        put: operations["put_default_config_api_v1_storage_default_put"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/storage/default/{storage_type}/secret": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Put Default Config Secrets
         * @description Add or update secrets for the default storage config of the given type
         */
        put: operations["put_default_config_secrets_api_v1_storage_default__storage_type__secret_put"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/storage/default/{storage_type}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get Default Config By Type
         * @description Retrieves default config for given storage type.
         */
        get: operations["get_default_config_by_type_api_v1_storage_default__storage_type__get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/messaging/config": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get Configs
         * @description Retrieves configs for messaging.
         */
        get: operations["get_configs_api_v1_messaging_config_get"];
        put?: never;
        /**
         * Post Config
         * @description Given a messaging config, create corresponding MessagingConfig object, provided no config already exists
         */
        post: operations["post_config_api_v1_messaging_config_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/messaging/config/{config_key}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get Config By Key
         * @description Retrieves configs for messaging service by key.
         */
        get: operations["get_config_by_key_api_v1_messaging_config__config_key__get"];
        put?: never;
        post?: never;
        /**
         * Delete Config By Key
         * @description Deletes messaging configs by key.
         */
        delete: operations["delete_config_by_key_api_v1_messaging_config__config_key__delete"];
        options?: never;
        head?: never;
        /**
         * Patch Config By Key
         * @description Updates config for messaging by key, provided config with key can be found.
         */
        patch: operations["patch_config_by_key_api_v1_messaging_config__config_key__patch"];
        trace?: never;
    };
    "/api/v1/messaging/default/active": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get Active Default Config
         * @description Retrieves the active default messaging config.
         */
        get: operations["get_active_default_config_api_v1_messaging_default_active_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/messaging/default/status": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get Messaging Status
         * @description Determines the status of the active default messaging config
         */
        get: operations["get_messaging_status_api_v1_messaging_default_status_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/messaging/default": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Put Default Config
         * @description Updates default messaging config for given service type.
         */
        put: operations["put_default_config_api_v1_messaging_default_put"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/messaging/default/{service_type}/secret": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Put Default Config Secrets */
        put: operations["put_default_config_secrets_api_v1_messaging_default__service_type__secret_put"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/messaging/config/{config_key}/secret": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Put Config Secrets
         * @description Add or update secrets for messaging config.
         */
        put: operations["put_config_secrets_api_v1_messaging_config__config_key__secret_put"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/messaging/default/{service_type}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get Default Config By Type
         * @description Retrieves default config for messaging service by type.
         */
        get: operations["get_default_config_by_type_api_v1_messaging_default__service_type__get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/messaging/test/{service_type}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Send Test Message
         * @description Sends a test message to the provided email or phone number.
         */
        post: operations["send_test_message_api_v1_messaging_test__service_type__post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/messaging/config/test": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Send Test Message Deprecated
         * @deprecated
         * @description This endpoint is deprecated. Please use the `POST /messaging/test/{service_type}`
         */
        post: operations["send_test_message_deprecated_api_v1_messaging_config_test_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/messaging/templates": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get Basic Messaging Templates
         * @description Returns the available messaging templates, augments the models with labels to be used in the UI.
         */
        get: operations["get_basic_messaging_templates_api_v1_messaging_templates_get"];
        /**
         * Update Basic Messaging Templates
         * @description Updates the messaging templates and reverts empty subject or body values to the default values.
         */
        put: operations["update_basic_messaging_templates_api_v1_messaging_templates_put"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/messaging/templates/default/{template_type}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get Default Messaging Template
         * @description Retrieves default messaging template by template type.
         */
        get: operations["get_default_messaging_template_api_v1_messaging_templates_default__template_type__get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/messaging/templates/{template_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get Messaging Template By Id
         * @description Retrieves messaging template by template tid.
         */
        get: operations["get_messaging_template_by_id_api_v1_messaging_templates__template_id__get"];
        put?: never;
        post?: never;
        /**
         * Delete Messaging Template By Id
         * @description Deletes messaging template by template id.
         */
        delete: operations["delete_messaging_template_by_id_api_v1_messaging_templates__template_id__delete"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/messaging/email-invite/status": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * User Email Invite Status
         * @description Returns whether or not all the necessary configurations are in place to be able to invite a user via email.
         */
        get: operations["user_email_invite_status_api_v1_messaging_email_invite_status_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/connection/{connection_key}/validate_saas_config": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Validate Saas Config
         * @description Uses the SaaSConfig Pydantic model to validate the SaaS config
         *     without attempting to save it to the database.
         *
         *     Checks that:
         *     - all required fields are present, all field values are valid types
         *     - each connector_param only has one of references or identity, not both
         */
        put: operations["validate_saas_config_api_v1_connection__connection_key__validate_saas_config_put"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/connection/{connection_key}/saas_config": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get Saas Config
         * @description Returns the SaaS config for the given connection config.
         */
        get: operations["get_saas_config_api_v1_connection__connection_key__saas_config_get"];
        put?: never;
        post?: never;
        /**
         * Delete Saas Config
         * @description Removes the SaaS config for the given connection config.
         *     The corresponding dataset and secrets must be deleted before deleting the SaaS config
         */
        delete: operations["delete_saas_config_api_v1_connection__connection_key__saas_config_delete"];
        options?: never;
        head?: never;
        /**
         * Patch Saas Config
         * @description Given a SaaS config element, update the corresponding ConnectionConfig object
         *     or report failure
         */
        patch: operations["patch_saas_config_api_v1_connection__connection_key__saas_config_patch"];
        trace?: never;
    };
    "/api/v1/connection/{connection_key}/authorize": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Authorize Connection
         * @description Returns the authorization URL for the SaaS Connector (if available)
         */
        get: operations["authorize_connection_api_v1_connection__connection_key__authorize_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/connection/instantiate/{connector_template_type}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Instantiate Connection From Template */
        post: operations["instantiate_connection_from_template_api_v1_connection_instantiate__connector_template_type__post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/dataset/partitions/verify": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Verify dataset partitioning schemas
         * @description Validate the provided partitioning specs and return the rendered SQL WHERE clauses in the BigQuery dialect.
         */
        post: operations["Verify_dataset_partitioning_schemas_api_v1_dataset_partitions_verify_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/user/{user_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get User
         * @description Returns a User based on an Id. Users with user:read-own scope can only access their own data. Users with user:read can access other's data.
         */
        get: operations["get_user_api_v1_user__user_id__get"];
        /**
         * Update User
         * @description Update a user given a `user_id`. If the user is not updating their own data,
         *     they need the user:update scope
         */
        put: operations["update_user_api_v1_user__user_id__put"];
        post?: never;
        /**
         * Delete User
         * @description Deletes the User and associated ClientDetail if applicable.
         */
        delete: operations["delete_user_api_v1_user__user_id__delete"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/user/{user_id}/reset-password": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Update User Password
         * @description Update a user's password given a `user_id`. By default this is limited to users
         *     updating their own data.
         */
        post: operations["update_user_password_api_v1_user__user_id__reset_password_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/user/{user_id}/force-reset-password": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Force Update Password
         * @description Update any user's password given a `user_id` without needing to know the user's
         *     previous password.
         */
        post: operations["force_update_password_api_v1_user__user_id__force_reset_password_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/logout": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * User Logout
         * @description Logout the user by deleting its client where applicable
         */
        post: operations["user_logout_api_v1_logout_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/user/{user_id}/system-manager": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get Managed Systems
         * @description Endpoint to retrieve all the systems for which a user is "system manager".
         */
        get: operations["get_managed_systems_api_v1_user__user_id__system_manager_get"];
        /**
         * Update Managed Systems
         * @description Endpoint to override the systems for which a user is "system manager".
         *     All systems the user manages are replaced with those in the request body.
         */
        put: operations["update_managed_systems_api_v1_user__user_id__system_manager_put"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/user/{user_id}/system-manager/{system_key}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get Managed System Details
         * @description Endpoint to retrieve a single system managed by the given user.
         */
        get: operations["get_managed_system_details_api_v1_user__user_id__system_manager__system_key__get"];
        put?: never;
        post?: never;
        /**
         * Remove User As System Manager
         * @description Endpoint to remove user as system manager from the given system
         */
        delete: operations["remove_user_as_system_manager_api_v1_user__user_id__system_manager__system_key__delete"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/user": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get Users
         * @description Returns a paginated list of users. Users with USER_READ_OWN scope only see their own data.
         */
        get: operations["get_users_api_v1_user_get"];
        put?: never;
        /**
         * Create User
         * @description Create a user given a username and password.
         *     If `password` is sent as a base64 encoded string, it will automatically be decoded
         *     server-side before being encrypted and persisted.
         *     If `password` is sent as a plaintext string, it will be encrypted and persisted as is.
         *
         *     The user is given no roles by default.
         */
        post: operations["create_user_api_v1_user_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/login": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * User Login
         * @description Login the user by creating a client if it doesn't exist, and have that client
         *     generate a token.
         */
        post: operations["user_login_api_v1_login_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/user/accept-invite": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Accept User Invite
         * @description Sets the password and enables the user if a valid username and invite code are provided.
         */
        post: operations["accept_user_invite_api_v1_user_accept_invite_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/user/{user_id}/permission": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get User Permissions */
        get: operations["get_user_permissions_api_v1_user__user_id__permission_get"];
        /**
         * Update User Permissions
         * @description Update a user's role(s).  The UI assigns one role at a time, but multiple
         *     roles are technically supported.
         *
         *     Users inherit numerous scopes that are associated with their role(s).
         */
        put: operations["update_user_permissions_api_v1_user__user_id__permission_put"];
        /**
         * Create User Permissions
         * @description Create user permissions with associated roles.
         */
        post: operations["create_user_permissions_api_v1_user__user_id__permission_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/connection/{connection_key}/access_manual_webhook": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get Access Manual Webhook
         * @description Gets the Access Manual Webhook associated with this ConnectionConfig.
         */
        get: operations["get_access_manual_webhook_api_v1_connection__connection_key__access_manual_webhook_get"];
        put?: never;
        /**
         * Create Access Manual Webhook
         * @description Create an Access Manual Webhook to describe the fields that should be manually uploaded and passed directly to the user
         */
        post: operations["create_access_manual_webhook_api_v1_connection__connection_key__access_manual_webhook_post"];
        /**
         * Delete Access Manual Webhook
         * @description Deletes the AccessManualWebhook associated with this ConnectionConfig if it exists.
         */
        delete: operations["delete_access_manual_webhook_api_v1_connection__connection_key__access_manual_webhook_delete"];
        options?: never;
        head?: never;
        /**
         * Patch Access Manual Webhook
         * @description Updates the AccessManualWebhook associated with this ConnectionConfig
         */
        patch: operations["patch_access_manual_webhook_api_v1_connection__connection_key__access_manual_webhook_patch"];
        trace?: never;
    };
    "/api/v1/access_manual_webhook": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get Access Manual Webhooks
         * @description Get all enabled Access Manual Webhooks
         */
        get: operations["get_access_manual_webhooks_api_v1_access_manual_webhook_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/registration": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get Registration Status
         * @description Return the registration status of this Fides deployment.
         */
        get: operations["get_registration_status_api_v1_registration_get"];
        /**
         * Update Registration Status
         * @description Return the registration status of this Fides deployment.
         */
        put: operations["update_registration_status_api_v1_registration_put"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/worker-stats": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get Worker Stats
         * @description Get statistics about Celery queues and workers.
         *
         *     Returns information about task queues and worker states in the Celery system:
         *     - Queue statistics: Number of pending tasks in each Redis-backed queue
         *     - Worker statistics: Current state of each Celery worker including:
         *         - Active task: Currently executing task, if any
         *         - Reserved tasks: Tasks reserved by a worker but not yet started
         *         - Registered tasks: Tasks this worker is configured to accept
         */
        get: operations["get_worker_stats_api_v1_worker_stats_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/db/{action}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Db Action
         * @description Initiate one of the enumerated DBActions.
         *
         *     NOTE: Database downgrades are _not_ guaranteed to succeed, and may put your application
         *     into an unrecoverable state. They should be invoked with caution. Only downgrade with
         *     explicit guidance from Ethyca support.
         */
        post: operations["db_action_api_v1_admin_db__action__post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/heap-dump": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Trigger Heap Dump
         * @description Trigger a heap dump for memory diagnostics.
         *
         *     Captures and logs detailed memory profiling information including:
         *     - Process memory stats (RSS, VMS)
         *     - Top object type counts
         *     - Garbage collector stats
         *     - Uncollectable objects (memory leaks)
         *
         *     The full heap dump report is logged to error logs.
         */
        post: operations["trigger_heap_dump_api_v1_admin_heap_dump_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/health/database": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Database Health
         * @description Confirm that the API is running and healthy.
         */
        get: operations["database_health_health_database_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/health/workers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Workers Health
         * @description Confirm that the API is running and healthy.
         */
        get: operations["workers_health_health_workers_get"];
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
         * Health
         * @description Confirm that the API is running and healthy.
         *
         *     If include_cache is True, the cache health will be included in the response.
         *     If include_cache is False, the cache health check will be skipped and set to "skipped".
         */
        get: operations["health_health_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/dataset": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List Datasets (Optionally Paginated)
         * @description Get a list of all of the Datasets.
         *     If any pagination parameters (size or page) are provided, then the response will be paginated.
         *     Otherwise all Datasets will be returned (this may be a slow operation if there are many datasets,
         *     so using the pagination parameters is recommended).
         *     Provided filters (search, data_categories, exclude_saas_datasets, only_unlinked_datasets) will be applied,
         *     returning only the datasets that match ALL of the filters.
         */
        get: operations["List_datasets__optionally_paginated__api_v1_dataset_get"];
        /**
         * Update Dataset
         * @description Update an existing dataset
         */
        put: operations["Update_dataset_api_v1_dataset_put"];
        /**
         * Create Dataset
         * @description Create a new dataset
         */
        post: operations["Create_dataset_api_v1_dataset_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/dataset/{fides_key}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get Dataset
         * @description Get a single dataset by fides key
         */
        get: operations["Get_dataset_api_v1_dataset__fides_key__get"];
        put?: never;
        post?: never;
        /**
         * Delete Dataset
         * @description Delete a dataset by fides key
         */
        delete: operations["Delete_dataset_api_v1_dataset__fides_key__delete"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/dataset/upsert": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Upsert Datasets
         * @description For any dataset in `datasets` that already exists in the database,
         *     update the dataset by its `fides_key`. Otherwise, create a new dataset.
         *
         *     Responds with a `201 Created` if even a single dataset in `datasets`
         *     did not previously exist. Otherwise, responds with a `200 OK`.
         */
        post: operations["upsert_datasets_api_v1_dataset_upsert_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/dataset/clean": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Clean Datasets
         * @deprecated
         * @description Clean up names of datasets and upsert them.
         */
        get: operations["clean_datasets_api_v1_dataset_clean_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/data_category/{fides_key}/tagging_instructions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /**
         * Delete Tagging Instructions
         * @description Remove tagging_instructions from a data category.
         *     Sets the tagging_instructions field to None.
         */
        delete: operations["Delete_tagging_instructions_api_v1_data_category__fides_key__tagging_instructions_delete"];
        options?: never;
        head?: never;
        /**
         * Update Tagging Instructions
         * @description Update or add tagging_instructions for a data category.
         *     This is used by LLM-based classification to provide custom instructions for tagging.
         */
        patch: operations["Update_tagging_instructions_api_v1_data_category__fides_key__tagging_instructions_patch"];
        trace?: never;
    };
    "/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Read Index
         * @description Return an index.html at the root path
         */
        get: operations["read_index__get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/{catchall}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Read Other Paths
         * @description Return related frontend files. Adapted from https://github.com/tiangolo/fastapi/issues/130
         */
        get: operations["read_other_paths__catchall__get"];
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
        /**
         * AWSAuthMethod
         * @enum {string}
         */
        AWSAuthMethod: "automatic" | "secret_keys";
        /**
         * AWSConfig
         * @description The model for the connection config for AWS
         */
        AWSConfig: {
            /** Region Name */
            region_name: string;
            /** Aws Secret Access Key */
            aws_secret_access_key: string;
            /** Aws Access Key Id */
            aws_access_key_id: string;
            /** Aws Session Token */
            aws_session_token?: string | null;
        };
        /**
         * AccessLevel
         * @description Perms given to the ConnectionConfig.  For example, with "read" permissions, fidesops promises
         *     to not modify the data on a connected application database in any way.
         *
         *     "Write" perms mean we can update/delete items in the connected database.
         * @enum {string}
         */
        AccessLevel: "read" | "write";
        /**
         * AccessManualWebhookResponse
         * @description Expected response for accessing Access Manual Webhooks
         */
        AccessManualWebhookResponse: {
            /** Fields */
            fields: components["schemas"]["ManualWebhookField"][];
            connection_config: components["schemas"]["ConnectionConfigurationResponse"];
            /** Id */
            id: string;
        };
        /**
         * AccessManualWebhooks
         * @description Expected request body for creating Access Manual Webhooks
         */
        AccessManualWebhooks: {
            /** Fields */
            fields: components["schemas"]["ManualWebhookField"][];
        };
        /**
         * AccessToken
         * @description A wrapper for the access_code returned upon successful authentication.
         */
        AccessToken: {
            /** Access Token */
            access_token: string;
            /**
             * Token Type
             * @default Bearer
             * @constant
             */
            token_type?: "Bearer";
            /** Expires In */
            expires_in?: number | null;
            /** Expires At */
            expires_at?: string | null;
        };
        /**
         * ActionType
         * @description The purpose of a particular privacy request
         * @enum {string}
         */
        ActionType: "access" | "consent" | "erasure" | "update";
        /** AdminUIConfig */
        AdminUIConfig: {
            /** Enabled */
            enabled?: boolean | null;
            /** Url */
            url?: string | null;
            /** @default console_only */
            error_notification_mode?: components["schemas"]["ErrorNotificationMode"] | null;
        };
        /** AdvancedSettings */
        AdvancedSettings: {
            identity_types: components["schemas"]["IdentityTypes"];
        };
        /**
         * AdvancedSettingsWithExtendedIdentityTypes
         * @description Overrides base AdvancedSettings to have extended IdentityTypes
         */
        AdvancedSettingsWithExtendedIdentityTypes: {
            identity_types: components["schemas"]["ExtendedIdentityTypes"];
        };
        /**
         * AesDecryptionRequest
         * @description Specifies fields provided to the AES Decryption endpoint
         */
        AesDecryptionRequest: {
            /** Value */
            value: string;
            /** Key */
            key: string;
            /** Nonce */
            nonce: string;
        };
        /**
         * AesDecryptionResponse
         * @description Specified fields returned from the AES Decryption endpoint
         */
        AesDecryptionResponse: {
            /** Decrypted Value */
            decrypted_value: string;
        };
        /**
         * AesEncryptionRequest
         * @description Specifies fields provided to the AES Encryption endpoint
         */
        AesEncryptionRequest: {
            /** Value */
            value: string;
            /** Key */
            key: string;
        };
        /**
         * AesEncryptionResponse
         * @description Specifies fields returned from the AES Encryption endpoint
         */
        AesEncryptionResponse: {
            /** Encrypted Value */
            encrypted_value: string;
            /** Nonce */
            nonce: string;
        };
        /**
         * ApplicationConfig
         * @description Application config settings update body is an arbitrary dict (JSON object)
         *     We describe it in a schema to enforce some restrictions on the keys passed.
         *
         *     TODO: Eventually this should be driven by a more formal validation schema for this
         *     the application config that is properly hooked up to the global pydantic config module.
         */
        ApplicationConfig: {
            storage?: components["schemas"]["StorageApplicationConfig"] | null;
            notifications?: components["schemas"]["NotificationApplicationConfig"] | null;
            execution?: components["schemas"]["ExecutionApplicationConfig"] | null;
            security?: components["schemas"]["SecurityApplicationConfig"] | null;
            consent?: components["schemas"]["ConsentConfig"] | null;
            admin_ui?: components["schemas"]["AdminUIConfig"] | null;
            privacy_center?: components["schemas"]["PrivacyCenterConfig"] | null;
            privacy_request_duplicate_detection?: components["schemas"]["DuplicateDetectionApplicationConfig"] | null;
        };
        /**
         * AssignStewardRequest
         * @description Request schema for assigning a data steward to one or more systems.
         */
        AssignStewardRequest: {
            /** Data Steward */
            data_steward: string;
            /** System Keys */
            system_keys: string[];
        };
        /**
         * AuditLogAction
         * @description Enum for audit log actions, reflecting what a user did.
         * @enum {string}
         */
        AuditLogAction: "approved" | "denied" | "email_sent" | "finished";
        /** BasicMessagingTemplateRequest */
        BasicMessagingTemplateRequest: {
            /** Type */
            type: string;
            /**
             * Content
             * @example {
             *       "body": "Custom message body",
             *       "subject": "Message subject"
             *     }
             */
            content: {
                [key: string]: unknown;
            };
        };
        /** BasicMessagingTemplateResponse */
        BasicMessagingTemplateResponse: {
            /** Type */
            type: string;
            /**
             * Content
             * @example {
             *       "body": "Custom message body",
             *       "subject": "Message subject"
             *     }
             */
            content: {
                [key: string]: unknown;
            };
            /** Label */
            label: string;
        };
        /**
         * BasicSystemResponse
         * @description Extension of base pydantic model to include additional fields on the DB model that
         *     are relevant in API responses.
         *
         *     This is still meant to be a "lightweight" model that does not reference relationships
         *     that may require additional querying beyond the `System` db table.
         */
        BasicSystemResponse: {
            /**
             * Fides Key
             * @description A unique key used to identify this resource.
             */
            fides_key: string;
            /**
             * Organization Fides Key
             * @description Defines the Organization that this resource belongs to.
             * @default default_organization
             */
            organization_fides_key?: string;
            /** Tags */
            tags?: string[] | null;
            /**
             * Name
             * @description Human-Readable name for this resource.
             */
            name?: string | null;
            /**
             * Description
             * @description A detailed description of what this resource is.
             */
            description?: string | null;
            /**
             * Meta
             * @description An optional property to store any extra information for a resource. Data can be structured in any way: simple set of `key: value` pairs or deeply nested objects.
             */
            meta?: {
                [key: string]: unknown;
            } | null;
            /**
             * @description The SystemMetadata resource model.
             *
             *         Object used to hold application specific metadata for a system
             */
            fidesctl_meta?: components["schemas"]["SystemMetadata"] | null;
            /**
             * System Type
             * @description A required value to describe the type of system being modeled, examples include: Service, Application, Third Party, etc.
             */
            system_type: string;
            /**
             * Egress
             * @description The resources to which the system sends data.
             */
            egress?: components["schemas"]["DataFlow"][] | null;
            /**
             * Ingress
             * @description The resources from which the system receives data.
             */
            ingress?: components["schemas"]["DataFlow"][] | null;
            /**
             * Privacy Declarations
             * @description The PrivacyDeclaration resource model.
             *
             *         States a function of a system, and describes how it relates
             *         to the privacy data types.
             */
            privacy_declarations: components["schemas"]["PrivacyDeclaration"][];
            /**
             * Administrating Department
             * @description An optional value to identify the owning department or group of the system within your organization
             * @default Not defined
             */
            administrating_department?: string | null;
            /**
             * Vendor Id
             * @description The unique identifier for the vendor that's associated with this system.
             */
            vendor_id?: string | null;
            /**
             * Previous Vendor Id
             * @description If specified, the unique identifier for the vendor that was previously associated with this system.
             */
            previous_vendor_id?: string | null;
            /**
             * Vendor Deleted Date
             * @description The deleted date of the vendor that's associated with this system.
             */
            vendor_deleted_date?: string | null;
            /**
             * Dataset References
             * @description Referenced Dataset fides keys used by the system.
             */
            dataset_references?: string[];
            /**
             * Processes Personal Data
             * @description This toggle indicates whether the system stores or processes personal data.
             * @default true
             */
            processes_personal_data?: boolean;
            /**
             * Exempt From Privacy Regulations
             * @description This toggle indicates whether the system is exempt from privacy regulation if they do process personal data.
             * @default false
             */
            exempt_from_privacy_regulations?: boolean;
            /**
             * Reason For Exemption
             * @description The reason that the system is exempt from privacy regulation.
             */
            reason_for_exemption?: string | null;
            /**
             * Uses Profiling
             * @description Whether the vendor uses data to profile a consumer in a way that has a legal effect.
             * @default false
             */
            uses_profiling?: boolean;
            /**
             * Legal Basis For Profiling
             * @description The legal basis (or bases) for performing profiling that has a legal effect.
             */
            legal_basis_for_profiling?: components["schemas"]["LegalBasisForProfilingEnum"][];
            /**
             * Does International Transfers
             * @description Whether this system transfers data to other countries or international organizations.
             * @default false
             */
            does_international_transfers?: boolean;
            /**
             * Legal Basis For Transfers
             * @description The legal basis (or bases) under which the data is transferred.
             */
            legal_basis_for_transfers?: string[];
            /**
             * Requires Data Protection Assessments
             * @description Whether this system requires data protection impact assessments.
             * @default false
             */
            requires_data_protection_assessments?: boolean;
            /**
             * Dpa Location
             * @description Location where the DPAs or DIPAs can be found.
             */
            dpa_location?: string | null;
            /**
             * Dpa Progress
             * @description The optional status of a Data Protection Impact Assessment
             */
            dpa_progress?: string | null;
            /**
             * Privacy Policy
             * @description A URL that points to the system's publicly accessible privacy policy.
             */
            privacy_policy?: string | null;
            /**
             * Legal Name
             * @description The legal name for the business represented by the system.
             */
            legal_name?: string | null;
            /**
             * Legal Address
             * @description The legal address for the business represented by the system.
             */
            legal_address?: string | null;
            /**
             * Responsibility
             * @description The model defining the responsibility or role over
             *         the system that processes personal data.
             *
             *         Used to identify whether the organization is a
             *         Controller, Processor, or Sub-Processor of the data
             */
            responsibility?: components["schemas"]["DataResponsibilityTitle"][];
            /**
             * Dpo
             * @description The official privacy contact address or DPO.
             */
            dpo?: string | null;
            /**
             * Joint Controller Info
             * @description The party or parties that share the responsibility for processing personal data.
             */
            joint_controller_info?: string | null;
            /**
             * Data Security Practices
             * @description The data security practices employed by this system.
             */
            data_security_practices?: string | null;
            /**
             * Cookie Max Age Seconds
             * @description The maximum storage duration, in seconds, for cookies used by this system.
             */
            cookie_max_age_seconds?: number | null;
            /**
             * Uses Cookies
             * @description Whether this system uses cookie storage.
             * @default false
             */
            uses_cookies?: boolean;
            /**
             * Cookie Refresh
             * @description Whether the system's cookies are refreshed after being initially set.
             * @default false
             */
            cookie_refresh?: boolean;
            /**
             * Uses Non Cookie Access
             * @description Whether the system uses non-cookie methods of storage or accessing information stored on a user's device.
             * @default false
             */
            uses_non_cookie_access?: boolean;
            /**
             * Legitimate Interest Disclosure Url
             * @description A URL that points to the system's publicly accessible legitimate interest disclosure.
             */
            legitimate_interest_disclosure_url?: string | null;
            /**
             * Created At
             * Format: date-time
             */
            created_at: string;
        };
        /**
         * BigQueryConfig
         * @description The model for the connection config for BigQuery
         */
        BigQueryConfig: {
            /** Dataset */
            dataset?: string | null;
            keyfile_creds: components["schemas"]["fides__connectors__models__KeyfileCreds"];
        };
        /**
         * BigQueryDocsSchema
         * @description BigQuery Secrets Schema for API Docs
         */
        BigQueryDocsSchema: {
            /**
             * Keyfile creds
             * @description The contents of the key file that contains authentication credentials for a service account in GCP.
             */
            keyfile_creds: components["schemas"]["fides__api__schemas__connection_configuration__connection_secrets_bigquery__KeyfileCreds"];
            /**
             * Dataset
             * @description Only provide a dataset to scope discovery monitors and privacy request automation to a specific BigQuery dataset. In most cases, this can be left blank.
             */
            dataset?: string | null;
        };
        /** Body_Update_tagging_instructions_api_v1_data_category__fides_key__tagging_instructions_patch */
        Body_Update_tagging_instructions_api_v1_data_category__fides_key__tagging_instructions_patch: {
            /** Tagging Instructions */
            tagging_instructions: string;
        };
        /** Body_acquire_access_token_api_v1_oauth_token_post */
        Body_acquire_access_token_api_v1_oauth_token_post: {
            /** Grant Type */
            grant_type?: string;
            /**
             * Scope
             * @default
             */
            scope?: string;
            /** Client Id */
            client_id?: string | null;
            /** Client Secret */
            client_secret?: string | null;
        };
        /** Body_upload_data_api_v1_storage__request_id__post */
        Body_upload_data_api_v1_storage__request_id__post: {
            /** Data */
            data: {
                [key: string]: unknown;
            };
            /** Storage Key */
            storage_key: string;
        };
        /**
         * BulkPostPrivacyRequests
         * @description Schema with mixed success/failure responses for Bulk Create of PrivacyRequest responses.
         */
        BulkPostPrivacyRequests: {
            /** Succeeded */
            succeeded: components["schemas"]["PrivacyRequestResponse"][];
            /** Failed */
            failed: components["schemas"]["BulkUpdateFailed"][];
        };
        /** BulkPutBasicMessagingTemplateResponse */
        BulkPutBasicMessagingTemplateResponse: {
            /** Succeeded */
            succeeded: components["schemas"]["BasicMessagingTemplateResponse"][];
            /** Failed */
            failed: components["schemas"]["BulkUpdateFailed"][];
        };
        /**
         * BulkPutConnectionConfiguration
         * @description Schema with mixed success/failure responses for Bulk Create/Update of ConnectionConfiguration responses.
         */
        BulkPutConnectionConfiguration: {
            /** Succeeded */
            succeeded: components["schemas"]["ConnectionConfigurationResponse"][];
            /** Failed */
            failed: components["schemas"]["BulkUpdateFailed"][];
        };
        /**
         * BulkPutDataset
         * @description Schema with mixed success/failure responses for Bulk Create/Update of Datasets.
         */
        BulkPutDataset: {
            /** Succeeded */
            succeeded: components["schemas"]["Dataset"][];
            /** Failed */
            failed: components["schemas"]["BulkUpdateFailed"][];
        };
        /**
         * BulkPutPolicyResponse
         * @description Schema with mixed success/failure responses for Bulk Create/Update of Policy responses.
         */
        BulkPutPolicyResponse: {
            /** Succeeded */
            succeeded: components["schemas"]["PolicyResponse"][];
            /** Failed */
            failed: components["schemas"]["BulkUpdateFailed"][];
        };
        /**
         * BulkPutRuleResponse
         * @description Schema with mixed success/failure responses for Bulk Create/Update of Rule responses.
         */
        BulkPutRuleResponse: {
            /** Succeeded */
            succeeded: components["schemas"]["RuleResponse"][];
            /** Failed */
            failed: components["schemas"]["BulkUpdateFailed"][];
        };
        /**
         * BulkPutRuleTargetResponse
         * @description Schema with mixed success/failure responses for Bulk Create/Update of RuleTarget responses.
         */
        BulkPutRuleTargetResponse: {
            /** Succeeded */
            succeeded: components["schemas"]["RuleTarget"][];
            /** Failed */
            failed: components["schemas"]["BulkUpdateFailed"][];
        };
        /**
         * BulkPutStorageConfigResponse
         * @description Schema with mixed success/failure responses for Bulk Create/Update of StorageConfig.
         */
        BulkPutStorageConfigResponse: {
            /**
             * Succeeded
             * @default []
             */
            succeeded?: components["schemas"]["StorageDestinationResponse"][];
            /**
             * Failed
             * @default []
             */
            failed?: components["schemas"]["BulkUpdateFailed"][];
        };
        /**
         * BulkReviewResponse
         * @description Schema with mixed success/failure responses for Bulk Approve/Deny of PrivacyRequest responses.
         */
        BulkReviewResponse: {
            /** Succeeded */
            succeeded: components["schemas"]["PrivacyRequestResponse"][];
            /** Failed */
            failed: components["schemas"]["BulkUpdateFailed"][];
        };
        /** BulkSoftDeletePrivacyRequests */
        BulkSoftDeletePrivacyRequests: {
            /** Succeeded */
            succeeded: string[];
            /** Failed */
            failed: components["schemas"]["BulkUpdateFailed"][];
        };
        /**
         * BulkUpdateFailed
         * @description Schema for use when Bulk Create/Update fails.
         */
        BulkUpdateFailed: {
            /** Message */
            message: string;
            /** Data */
            data: {
                [key: string]: unknown;
            };
        };
        /**
         * CancelPrivacyRequestSelection
         * @description Select privacy requests to cancel with optional reason
         */
        CancelPrivacyRequestSelection: {
            /**
             * Request Ids
             * @description List of privacy request IDs to act on. The backend will automatically batch requests if the list is large.
             */
            request_ids?: string[] | null;
            /** @description Filters to select privacy requests (only used when request_ids is not provided) */
            filters?: components["schemas"]["PrivacyRequestFilter"] | null;
            /**
             * Exclude Ids
             * @description List of privacy request IDs to exclude from the action (only used with filters)
             */
            exclude_ids?: string[] | null;
            /** Reason */
            reason?: string | null;
        };
        /** CheckpointActionRequiredDetails */
        CheckpointActionRequiredDetails: {
            step: components["schemas"]["CurrentStep"];
            /** Collection */
            collection?: string | null;
            /** Action Needed */
            action_needed?: components["schemas"]["ManualAction"][] | null;
        };
        /**
         * ClientConfig
         * @description Definition for an authenticated base HTTP client
         */
        ClientConfig: {
            /** Protocol */
            protocol: string;
            /** Host */
            host: string;
            authentication?: components["schemas"]["Strategy"] | null;
        };
        /**
         * ClientCreatedResponse
         * @description Response schema for client creation
         */
        ClientCreatedResponse: {
            /** Client Id */
            client_id: string;
            /** Client Secret */
            client_secret: string;
        };
        /**
         * CollectionAddressResponse
         * @description Schema for the representation of a collection in the graph
         */
        CollectionAddressResponse: {
            /** Dataset */
            dataset: string | null;
            /** Collection */
            collection: string | null;
        };
        /**
         * CollectionMeta
         * @description Collection-level specific annotations used for query traversal
         */
        CollectionMeta: {
            /** After */
            after?: string[] | null;
            /** Erase After */
            erase_after?: string[] | null;
            /**
             * Skip Processing
             * @default false
             */
            skip_processing?: boolean | null;
            masking_strategy_override?: components["schemas"]["MaskingStrategyOverride"] | null;
            /** Partitioning */
            partitioning?: {
                [key: string]: unknown;
            } | {
                [key: string]: unknown;
            }[] | null;
            /**
             * Redact
             * @description Specify 'name' to indicate the collection name should be redacted.
             */
            redact?: "name" | null;
        };
        /**
         * ColumnSort
         * @enum {string}
         */
        ColumnSort: "desc" | "asc";
        /**
         * ConnectionCategory
         * @description Categories for connection types, matching frontend ConnectionCategory enum
         * @enum {string}
         */
        ConnectionCategory: "DATA_CATALOG" | "DATA_WAREHOUSE" | "DATABASE" | "IDENTITY_PROVIDER" | "WEBSITE" | "CRM" | "MANUAL" | "MARKETING" | "ANALYTICS" | "ECOMMERCE" | "COMMUNICATION" | "CUSTOM";
        /**
         * ConnectionConfigurationResponse
         * @description Describes the returned schema for a ConnectionConfiguration.
         */
        ConnectionConfigurationResponse: {
            connection_type: components["schemas"]["ConnectionType"];
            /** Secrets */
            secrets?: {
                [key: string]: unknown;
            } | null;
            saas_config?: components["schemas"]["SaaSConfigBase"] | null;
            /** Name */
            name?: string | null;
            /** Key */
            key: string;
            /** Description */
            description?: string | null;
            access: components["schemas"]["AccessLevel"];
            /**
             * Created At
             * Format: date-time
             */
            created_at: string;
            /** Updated At */
            updated_at?: string | null;
            /**
             * Disabled
             * @default false
             */
            disabled?: boolean | null;
            /** Last Test Timestamp */
            last_test_timestamp?: string | null;
            /** Last Test Succeeded */
            last_test_succeeded?: boolean | null;
            /**
             * Authorized
             * @default false
             */
            authorized?: boolean | null;
            /** Enabled Actions */
            enabled_actions?: components["schemas"]["ActionType"][] | null;
        };
        /**
         * ConnectionConfigurationResponseWithSystemKey
         * @description Describes the full returned schema for a ConnectionConfiguration.
         */
        ConnectionConfigurationResponseWithSystemKey: {
            connection_type: components["schemas"]["ConnectionType"];
            /** Secrets */
            secrets?: {
                [key: string]: unknown;
            } | null;
            saas_config?: components["schemas"]["SaaSConfigBase"] | null;
            /** Name */
            name?: string | null;
            /** Key */
            key: string;
            /** Description */
            description?: string | null;
            access: components["schemas"]["AccessLevel"];
            /**
             * Created At
             * Format: date-time
             */
            created_at: string;
            /** Updated At */
            updated_at?: string | null;
            /**
             * Disabled
             * @default false
             */
            disabled?: boolean | null;
            /** Last Test Timestamp */
            last_test_timestamp?: string | null;
            /** Last Test Succeeded */
            last_test_succeeded?: boolean | null;
            /**
             * Authorized
             * @default false
             */
            authorized?: boolean | null;
            /** Enabled Actions */
            enabled_actions?: components["schemas"]["ActionType"][] | null;
            /** System Key */
            system_key?: string | null;
        };
        /**
         * ConnectionSystemTypeMap
         * @description Describes the returned schema for connection types
         */
        ConnectionSystemTypeMap: {
            /** Identifier */
            identifier: components["schemas"]["ConnectionType"] | string;
            type: components["schemas"]["SystemType"];
            /** Human Readable */
            human_readable: string;
            /** Encoded Icon */
            encoded_icon?: string | null;
            /**
             * Authorization Required
             * @default false
             */
            authorization_required?: boolean | null;
            /** User Guide */
            user_guide?: string | null;
            /** Supported Actions */
            supported_actions: components["schemas"]["ActionType"][];
            category?: components["schemas"]["ConnectionCategory"] | null;
            /** Tags */
            tags?: string[] | null;
            /** Enabled Features */
            enabled_features?: components["schemas"]["IntegrationFeature"][] | null;
        };
        /**
         * ConnectionTestStatus
         * @description Enum for supplying statuses of validating credentials for a Connection Config to the user
         * @enum {string}
         */
        ConnectionTestStatus: "succeeded" | "failed" | "skipped";
        /**
         * ConnectionType
         * @description Supported types to which we can connect Fides.
         * @enum {string}
         */
        ConnectionType: "attentive_email" | "bigquery" | "datahub" | "dynamodb" | "fides" | "generic_consent_email" | "generic_erasure_email" | "dynamic_erasure_email" | "google_cloud_sql_mysql" | "google_cloud_sql_postgres" | "https" | "manual" | "manual_webhook" | "manual_task" | "mariadb" | "mongodb" | "mssql" | "mysql" | "okta" | "postgres" | "rds_mysql" | "rds_postgres" | "redshift" | "s3" | "saas" | "scylla" | "snowflake" | "sovrn" | "timescale" | "website" | "test_datastore" | "test_website";
        /**
         * ConnectorParam
         * @description Used to define the required parameters for the connector (user and constants)
         */
        ConnectorParam: {
            /** Name */
            name: string;
            /** Label */
            label?: string | null;
            /** Options */
            options?: string[] | null;
            /** Default Value */
            default_value?: string | string[] | number | number[] | null;
            /**
             * Multiselect
             * @default false
             */
            multiselect?: boolean | null;
            /** Description */
            description?: string | null;
            /**
             * Sensitive
             * @default false
             */
            sensitive?: boolean | null;
        };
        /**
         * ConnectorTemplateListResponse
         * @description Response schema for listing connector templates.
         *     Provides summary information about available connector templates.
         */
        ConnectorTemplateListResponse: {
            /** Type */
            type: string;
            /** Name */
            name: string;
            /** Supported Actions */
            supported_actions: components["schemas"]["ActionType"][];
            category?: components["schemas"]["ConnectionCategory"] | null;
            /** Custom */
            custom: boolean;
        };
        /**
         * Consent
         * @description Deprecated: This used to be populated and sent to the server by a `config.json` in the UI
         */
        Consent: {
            /** Data Use */
            data_use: string;
            /** Data Use Description */
            data_use_description?: string | null;
            /** Opt In */
            opt_in: boolean;
            /**
             * Has Gpc Flag
             * @default false
             */
            has_gpc_flag?: boolean;
            /**
             * Conflicts With Gpc
             * @default false
             */
            conflicts_with_gpc?: boolean;
        };
        /** ConsentConfig */
        ConsentConfig: {
            /** Override Vendor Purposes */
            override_vendor_purposes: boolean | null;
        };
        /**
         * ConsentPreferences
         * @description Schema for consent preferences.
         */
        ConsentPreferences: {
            /** Consent */
            consent?: components["schemas"]["Consent"][] | null;
        };
        /**
         * ConsentPreferencesWithVerificationCode
         * @description Schema for consent preferences including the verification code.
         */
        ConsentPreferencesWithVerificationCode: {
            /** Code */
            code?: string | null;
            /** Consent */
            consent: components["schemas"]["Consent"][];
            /** Policy Key */
            policy_key?: string | null;
            /** Executable Options */
            executable_options?: components["schemas"]["ConsentWithExecutableStatus"][] | null;
            browser_identity?: components["schemas"]["Identity"] | null;
        };
        /**
         * ConsentReport
         * @description Keeps record of each of the preferences that have been recorded via ConsentReporting endpoints.
         */
        ConsentReport: {
            /** Data Use */
            data_use: string;
            /** Data Use Description */
            data_use_description?: string | null;
            /** Opt In */
            opt_in: boolean;
            /**
             * Has Gpc Flag
             * @default false
             */
            has_gpc_flag?: boolean;
            /**
             * Conflicts With Gpc
             * @default false
             */
            conflicts_with_gpc?: boolean;
            /** Id */
            id: string;
            identity: components["schemas"]["Identity"];
            /**
             * Created At
             * Format: date-time
             */
            created_at: string;
            /**
             * Updated At
             * Format: date-time
             */
            updated_at: string;
        };
        /**
         * ConsentRequestCreate
         * @description Data required to create a consent PrivacyRequest
         */
        ConsentRequestCreate: {
            identity: components["schemas"]["Identity"];
            /** Custom Privacy Request Fields */
            custom_privacy_request_fields?: {
                [key: string]: components["schemas"]["CustomPrivacyRequestField"];
            } | null;
            /** Property Id */
            property_id?: string | null;
            source?: components["schemas"]["PrivacyRequestSource"] | null;
        };
        /**
         * ConsentRequestMap
         * @description A map of actions to Consent requests
         */
        ConsentRequestMap: {
            /**
             * Opt In
             * @default []
             */
            opt_in?: components["schemas"]["SaaSRequest"] | components["schemas"]["SaaSRequest"][];
            /**
             * Opt Out
             * @default []
             */
            opt_out?: components["schemas"]["SaaSRequest"] | components["schemas"]["SaaSRequest"][];
        };
        /**
         * ConsentRequestResponse
         * @description Schema for consent request response.
         */
        ConsentRequestResponse: {
            /** Consent Request Id */
            consent_request_id: string;
        };
        /**
         * ConsentWithExecutableStatus
         * @description Schema for executable consents
         */
        ConsentWithExecutableStatus: {
            /** Data Use */
            data_use: string;
            /** Executable */
            executable: boolean;
        };
        /**
         * ContactDetails
         * @description The contact details information model.
         *
         *     Used to capture contact information for controllers, used
         *     as part of exporting a data map / ROPA.
         *
         *     This model is nested under an Organization and
         *     potentially under a system/dataset.
         */
        ContactDetails: {
            /**
             * Name
             * @description An individual name used as part of publishing contact information. Encrypted at rest on the server.
             * @default
             */
            name?: string;
            /**
             * Address
             * @description An individual address used as part of publishing contact information. Encrypted at rest on the server.
             * @default
             */
            address?: string;
            /**
             * Email
             * @description An individual email used as part of publishing contact information. Encrypted at rest on the server.
             * @default
             */
            email?: string;
            /**
             * Phone
             * @description An individual phone number used as part of publishing contact information. Encrypted at rest on the server.
             * @default
             */
            phone?: string;
        };
        /**
         * CoreHealthCheck
         * @description Server Healthcheck schema
         */
        CoreHealthCheck: {
            /** Webserver */
            webserver: string;
            /** Version */
            version: string;
            /**
             * Cache
             * @enum {string}
             */
            cache: "healthy" | "unhealthy" | "no cache configured" | "skipped";
        };
        /**
         * CreateConnectionConfigurationWithSecrets
         * @description Schema for creating a connection configuration including secrets.
         */
        CreateConnectionConfigurationWithSecrets: {
            /** Name */
            name?: string | null;
            /** Key */
            key?: string | null;
            connection_type: components["schemas"]["ConnectionType"];
            access: components["schemas"]["AccessLevel"];
            /**
             * Disabled
             * @default false
             */
            disabled?: boolean | null;
            /** Description */
            description?: string | null;
            /** Secrets */
            secrets?: {
                /**
                 * Keyfile creds
                 * @description The contents of the key file that contains authentication credentials for a service account in GCP.
                 */
                keyfile_creds: components["schemas"]["fides__api__schemas__connection_configuration__connection_secrets_bigquery__KeyfileCreds"];
                /**
                 * Dataset
                 * @description Only provide a dataset to scope discovery monitors and privacy request automation to a specific BigQuery dataset. In most cases, this can be left blank.
                 */
                dataset?: string | null;
            } | {
                /**
                 * DataHub server URL
                 * Format: uri
                 * @description The URL of your DataHub server.
                 */
                datahub_server_url: string;
                /**
                 * DataHub token
                 * @description The token used to authenticate with your DataHub server.
                 */
                datahub_token: string;
                /**
                 * Frequency
                 * @description The frequency at which the integration should run. Available options are daily, weekly, monthly, and not scheduled.
                 */
                frequency: components["schemas"]["PeriodicIntegrationFrequency"];
                /**
                 * Glossary node
                 * @description The glossary node name to use on Datahub for Fides Data Categories. (e.g. FidesDataCategories)
                 */
                glossary_node: string;
            } | {
                /** Test Email Address */
                test_email_address?: string | null;
                /**
                 * @default {
                 *       "identity_types": {
                 *         "email": true,
                 *         "phone_number": false
                 *       }
                 *     }
                 */
                advanced_settings?: components["schemas"]["AdvancedSettings"];
                /**
                 * Third party vendor name field
                 * @description Dataset reference to the field containing the third party vendor name. Both third_party_vendor_name and recipient_email_address must reference the same dataset and collection.
                 */
                third_party_vendor_name: components["schemas"]["FidesDatasetReference"];
                /**
                 * Recipient email address field
                 * @description Dataset reference to the field containing the recipient email address. Both third_party_vendor_name and recipient_email_address must reference the same dataset and collection.
                 */
                recipient_email_address: components["schemas"]["FidesDatasetReference"];
            } | {
                /**
                 * Authentication Method
                 * @description Determines which type of authentication method to use for connecting to Amazon Web Services. Currently accepted values are: `secret_keys` or `automatic`.
                 */
                auth_method: components["schemas"]["AWSAuthMethod"];
                /**
                 * Access Key ID
                 * @description Part of the credentials that provide access to your AWS account.
                 */
                aws_access_key_id?: string | null;
                /**
                 * Secret Access Key
                 * @description Part of the credentials that provide access to your AWS account.
                 */
                aws_secret_access_key?: string | null;
                /**
                 * Assume Role ARN
                 * @description If provided, the ARN of the role that should be assumed to connect to AWS.
                 */
                aws_assume_role_arn?: string | null;
                /**
                 * Region
                 * @description The AWS region where your DynamoDB table is located (ex. us-west-2).
                 */
                region_name: string;
            } | {
                /** Test Email Address */
                test_email_address?: string | null;
                /**
                 * @default {
                 *       "identity_types": {
                 *         "email": true,
                 *         "phone_number": false
                 *       }
                 *     }
                 */
                advanced_settings?: components["schemas"]["AdvancedSettings"];
                /** Third Party Vendor Name */
                third_party_vendor_name: string;
                /**
                 * Recipient Email Address
                 * Format: email
                 */
                recipient_email_address: string;
            } | {
                /** Uri */
                uri: string;
                /** Username */
                username: string;
                /** Password */
                password: string;
                /** Polling Timeout */
                polling_timeout?: number | null;
                /** Polling Interval */
                polling_interval?: number | null;
            } | {
                /**
                 * DB IAM user
                 * @description example: service-account@test.iam.gserviceaccount.com
                 */
                db_iam_user: string;
                /**
                 * Instance connection name
                 * @description example: friendly-tower-424214-n8:us-central1:test-ethyca
                 */
                instance_connection_name: string;
                /** Database name */
                dbname: string;
                /**
                 * Keyfile creds
                 * @description The contents of the key file that contains authentication credentials for a service account in GCP.
                 */
                keyfile_creds: components["schemas"]["fides__api__schemas__connection_configuration__connection_secrets_google_cloud_sql_mysql__KeyfileCreds"];
                /**
                 * IP type
                 * @description Specify the IP Address type required for your database (defaults to public). See the Google Cloud documentation for more information about connection options: https://cloud.google.com/sql/docs/postgres/connect-overview
                 */
                ip_type?: components["schemas"]["GoogleCloudSQLIPType"] | null;
            } | {
                /**
                 * DB IAM user
                 * @description example: service-account@test.iam.gserviceaccount.com
                 */
                db_iam_user: string;
                /**
                 * Instance connection name
                 * @description example: friendly-tower-424214-n8:us-central1:test-ethyca
                 */
                instance_connection_name: string;
                /** Database name */
                dbname?: string | null;
                /**
                 * Schema
                 * @description The default schema to be used for the database connection (defaults to public).
                 */
                db_schema?: string | null;
                /**
                 * Keyfile creds
                 * @description The contents of the key file that contains authentication credentials for a service account in GCP.
                 */
                keyfile_creds: components["schemas"]["fides__api__schemas__connection_configuration__connection_secrets_google_cloud_sql_postgres__KeyfileCreds"];
                /**
                 * IP type
                 * @description Specify the IP Address type required for your database (defaults to public). See the Google Cloud documentation for more information about connection options: https://cloud.google.com/sql/docs/postgres/connect-overview
                 */
                ip_type?: components["schemas"]["GoogleCloudSQLIPType"] | null;
            } | Record<string, never> | {
                /**
                 * Host
                 * @description The hostname or IP address of the server where the database is running.
                 */
                host: string;
                /**
                 * Port
                 * @description The network port number on which the server is listening for incoming connections (default: 3306).
                 * @default 3306
                 */
                port?: number;
                /**
                 * Username
                 * @description The user account used to authenticate and access the database.
                 */
                username?: string | null;
                /**
                 * Password
                 * @description The password used to authenticate and access the database.
                 */
                password?: string | null;
                /**
                 * Database
                 * @description The name of the specific database within the database server that you want to connect to.
                 */
                dbname: string;
            } | {
                /**
                 * Host
                 * @description The hostname or IP address of the server where the database is running.
                 */
                host: string;
                /**
                 * Port
                 * @description The network port number on which the server is listening for incoming connections (default: 27017). Port will be ignored if using SRV.
                 * @default 27017
                 */
                port?: number;
                /**
                 * Username
                 * @description The user account used to authenticate and access the database.
                 */
                username: string;
                /**
                 * Password
                 * @description The password used to authenticate and access the database.
                 */
                password: string;
                /**
                 * Default auth DB
                 * @description Used to specify the default authentication database.
                 */
                defaultauthdb: string;
                /**
                 * Use SRV
                 * @description Enable SRV record lookup for service discovery (mongodb+srv://). Required for MongoDB Atlas. Enables SSL by default.
                 * @default false
                 */
                use_srv?: boolean | null;
                /**
                 * SSL enabled
                 * @description Enable SSL/TLS encryption. With SRV: defaults to enabled (can override). Without SRV: defaults to disabled.
                 */
                ssl_enabled?: boolean | null;
            } | {
                /**
                 * Host
                 * @description The hostname or IP address of the server where the database is running.
                 */
                host: string;
                /**
                 * Port
                 * @description The network port number on which the server is listening for incoming connections (default: 1433).
                 * @default 1433
                 */
                port?: number;
                /**
                 * Username
                 * @description The user account used to authenticate and access the database.
                 */
                username: string;
                /**
                 * Password
                 * @description The password used to authenticate and access the database.
                 */
                password: string;
                /**
                 * Database
                 * @description The name of the specific database within the database server that you want to connect to.
                 */
                dbname?: string | null;
                /**
                 * Read Only Connection
                 * @description Whether to connect to the database in read-only mode.
                 * @default false
                 */
                read_only_connection?: boolean | null;
            } | {
                /**
                 * Host
                 * @description The hostname or IP address of the server where the database is running.
                 */
                host: string;
                /**
                 * Port
                 * @description The network port number on which the server is listening for incoming connections (default: 3306).
                 * @default 3306
                 */
                port?: number;
                /**
                 * Username
                 * @description The user account used to authenticate and access the database.
                 */
                username?: string | null;
                /**
                 * Password
                 * @description The password used to authenticate and access the database.
                 */
                password?: string | null;
                /**
                 * Database
                 * @description The name of the specific database within the database server that you want to connect to.
                 */
                dbname: string;
                /**
                 * SSH required
                 * @description Indicates whether an SSH tunnel is required for the connection. Enable this option if your MySQL server is behind a firewall and requires SSH tunneling for remote connections.
                 * @default false
                 */
                ssh_required?: boolean;
                /**
                 * SSL Mode
                 * @description The SSL mode to use for the connection. Accepted values are: 'required', 'preferred', 'disabled', or an empty value.
                 */
                ssl_mode?: components["schemas"]["MySQLSSLMode"] | null;
            } | {
                /**
                 * Organization URL
                 * Format: uri
                 * @description The URL of your Okta organization (e.g. https://your-org.okta.com)
                 */
                org_url: string;
                /**
                 * OAuth2 Client ID
                 * @description The OAuth2 client ID from your Okta service application
                 */
                client_id: string;
                /**
                 * Private Key
                 * @description RSA private key in JWK (JSON) format for signing JWT assertions. Download from Okta: Applications > Your App > Sign On > Client Credentials > Edit > Generate new key.
                 */
                private_key: string;
                /**
                 * OAuth2 Scopes
                 * @description OAuth2 scopes to request (default: okta.apps.read)
                 * @default [
                 *       "okta.apps.read"
                 *     ]
                 */
                scopes?: string[] | null;
            } | {
                /**
                 * Host
                 * @description The hostname or IP address of the server where the database is running.
                 */
                host: string;
                /**
                 * Port
                 * @description The network port number on which the server is listening for incoming connections (default: 5432).
                 * @default 5432
                 */
                port?: number;
                /**
                 * Username
                 * @description The user account used to authenticate and access the database.
                 */
                username?: string | null;
                /**
                 * Password
                 * @description The password used to authenticate and access the database.
                 */
                password?: string | null;
                /**
                 * SSH required
                 * @description Indicates whether an SSH tunnel is required for the connection. Enable this option if your PostgreSQL server is behind a firewall and requires SSH tunneling for remote connections.
                 * @default false
                 */
                ssh_required?: boolean;
                /**
                 * Database
                 * @description The name of the specific database within the database server that you want to connect to.
                 */
                dbname?: string | null;
                /**
                 * Schema
                 * @description The default schema to be used for the database connection (defaults to public).
                 */
                db_schema?: string | null;
                /** SSL Mode */
                ssl_mode?: string | null;
            } | {
                /**
                 * Authentication Method
                 * @description Determines which type of authentication method to use for connecting to Amazon Web Services. Currently accepted values are: `secret_keys` or `automatic`.
                 */
                auth_method: components["schemas"]["AWSAuthMethod"];
                /**
                 * Access Key ID
                 * @description Part of the credentials that provide access to your AWS account.
                 */
                aws_access_key_id?: string | null;
                /**
                 * Secret Access Key
                 * @description Part of the credentials that provide access to your AWS account.
                 */
                aws_secret_access_key?: string | null;
                /**
                 * Assume Role ARN
                 * @description If provided, the ARN of the role that should be assumed to connect to AWS.
                 */
                aws_assume_role_arn?: string | null;
                /**
                 * DB Username
                 * @description The user account used to authenticate and access the databases.
                 * @default fides_service_user
                 */
                db_username?: string;
                /**
                 * Region
                 * @description The AWS region where the RDS instances are located.
                 */
                region: string;
            } | {
                /**
                 * Authentication Method
                 * @description Determines which type of authentication method to use for connecting to Amazon Web Services. Currently accepted values are: `secret_keys` or `automatic`.
                 */
                auth_method: components["schemas"]["AWSAuthMethod"];
                /**
                 * Access Key ID
                 * @description Part of the credentials that provide access to your AWS account.
                 */
                aws_access_key_id?: string | null;
                /**
                 * Secret Access Key
                 * @description Part of the credentials that provide access to your AWS account.
                 */
                aws_secret_access_key?: string | null;
                /**
                 * Assume Role ARN
                 * @description If provided, the ARN of the role that should be assumed to connect to AWS.
                 */
                aws_assume_role_arn?: string | null;
                /**
                 * DB Username
                 * @description The user account used to authenticate and access the databases.
                 * @default fides_service_user
                 */
                db_username?: string;
                /**
                 * Region
                 * @description The AWS region where the RDS instances are located.
                 */
                region: string;
            } | {
                /**
                 * Host
                 * @description The hostname or IP address of the server where the database is running.
                 */
                host: string;
                /**
                 * Port
                 * @description The network port number on which the server is listening for incoming connections (default: 5439).
                 * @default 5439
                 */
                port?: number;
                /**
                 * Username
                 * @description The user account used to authenticate and access the database.
                 */
                user: string;
                /**
                 * Password
                 * @description The password used to authenticate and access the database.
                 */
                password: string;
                /**
                 * Database
                 * @description The name of the specific database within the database server that you want to connect to.
                 */
                database: string;
                /**
                 * Schema
                 * @description The default schema to be used for the database connection (defaults to public).
                 */
                db_schema?: string | null;
                /**
                 * SSH required
                 * @description Indicates whether an SSH tunnel is required for the connection. Enable this option if your Redshift database is behind a firewall and requires SSH tunneling for remote connections.
                 * @default false
                 */
                ssh_required?: boolean;
            } | {
                /**
                 * Authentication Method
                 * @description Determines which type of authentication method to use for connecting to Amazon Web Services. Currently accepted values are: `secret_keys` or `automatic`.
                 */
                auth_method: components["schemas"]["AWSAuthMethod"];
                /**
                 * Access Key ID
                 * @description Part of the credentials that provide access to your AWS account.
                 */
                aws_access_key_id?: string | null;
                /**
                 * Secret Access Key
                 * @description Part of the credentials that provide access to your AWS account.
                 */
                aws_secret_access_key?: string | null;
                /**
                 * Assume Role ARN
                 * @description If provided, the ARN of the role that should be assumed to connect to AWS.
                 */
                aws_assume_role_arn?: string | null;
            } | components["schemas"]["SaaSSchema"] | {
                /**
                 * Host
                 * @description The hostname or IP address of the server where the database is running.
                 */
                host: string;
                /**
                 * Port
                 * @description The network port number on which the server is listening for incoming connections (default: 9042).
                 * @default 9042
                 */
                port?: number;
                /**
                 * Username
                 * @description The user account used to authenticate and access the database.
                 */
                username: string;
                /**
                 * Password
                 * @description The password used to authenticate and access the database.
                 */
                password: string;
                /**
                 * Keyspace
                 * @description The keyspace used. If not provided, DSRs for this integration will error. If the integration is used for D & D, then setting a keyspace is not required.
                 */
                keyspace?: string | null;
            } | {
                /**
                 * Account Name
                 * @description The unique identifier for your Snowflake account.
                 */
                account_identifier: string;
                /**
                 * Username
                 * @description The user account used to authenticate and access the database.
                 */
                user_login_name: string;
                /**
                 * Password
                 * @description The password used to authenticate and access the database. You can use a password or a private key, but not both.
                 */
                password?: string | null;
                /**
                 * Private key
                 * @description The private key used to authenticate and access the database. If a `private_key_passphrase` is also provided, it is assumed to be encrypted; otherwise, it is assumed to be unencrypted.
                 */
                private_key?: string | null;
                /**
                 * Passphrase
                 * @description The passphrase used for the encrypted private key.
                 */
                private_key_passphrase?: string | null;
                /**
                 * Warehouse
                 * @description The name of the Snowflake warehouse where your queries will be executed.
                 */
                warehouse_name: string;
                /**
                 * Database
                 * @description Only provide a database name to scope discovery monitors and privacy request automation to a specific database. In most cases, this can be left blank.
                 */
                database_name?: string | null;
                /**
                 * Schema
                 * @description Only provide a schema to scope discovery monitors and privacy request automation to a specific schema. In most cases, this can be left blank.
                 */
                schema_name?: string | null;
                /**
                 * Role
                 * @description The Snowflake role to assume for the session, if different than Username.
                 */
                role_name?: string | null;
            } | {
                /** Test Email Address */
                test_email_address?: string | null;
                /**
                 * @default {
                 *       "identity_types": {
                 *         "cookie_ids": [
                 *           "ljt_readerID"
                 *         ],
                 *         "email": false,
                 *         "phone_number": false
                 *       }
                 *     }
                 */
                advanced_settings?: components["schemas"]["AdvancedSettingsWithExtendedIdentityTypes"];
                /**
                 * Third Party Vendor Name
                 * @default Sovrn
                 */
                third_party_vendor_name?: string;
                /**
                 * Recipient Email Address
                 * Format: email
                 * @default privacy@sovrn.com
                 */
                recipient_email_address?: string;
            } | {
                /**
                 * Host
                 * @description The hostname or IP address of the server where the database is running.
                 */
                host: string;
                /**
                 * Port
                 * @description The network port number on which the server is listening for incoming connections (default: 5432).
                 * @default 5432
                 */
                port?: number;
                /**
                 * Username
                 * @description The user account used to authenticate and access the database.
                 */
                username?: string | null;
                /**
                 * Password
                 * @description The password used to authenticate and access the database.
                 */
                password?: string | null;
                /**
                 * SSH required
                 * @description Indicates whether an SSH tunnel is required for the connection. Enable this option if your PostgreSQL server is behind a firewall and requires SSH tunneling for remote connections.
                 * @default false
                 */
                ssh_required?: boolean;
                /**
                 * Database
                 * @description The name of the specific database within the database server that you want to connect to.
                 */
                dbname?: string | null;
                /**
                 * Schema
                 * @description The default schema to be used for the database connection (defaults to public).
                 */
                db_schema?: string | null;
                /** SSL Mode */
                ssl_mode?: string | null;
            } | components["schemas"]["WebsiteSchema"] | null;
            /** Saas Connector Type */
            saas_connector_type?: string | null;
        };
        /**
         * CurrentStep
         * @enum {string}
         */
        CurrentStep: "pre_webhooks" | "access" | "upload_access" | "erasure" | "finalize_erasure" | "consent" | "finalize_consent" | "email_post_send" | "post_webhooks" | "finalization";
        /**
         * CustomPrivacyRequestField
         * @description Schema for custom privacy request fields.
         */
        CustomPrivacyRequestField: {
            /** Label */
            label: string;
            /** Value */
            value: number | string | (number | string)[];
        };
        /**
         * DBActions
         * @description The available path parameters for the `/admin/db/{action}` endpoint.
         * @enum {string}
         */
        DBActions: "upgrade" | "reset" | "downgrade";
        /** DataCategory */
        DataCategory: {
            /**
             * Version Added
             * @description The version of Fideslang in which this label was added.
             */
            version_added?: string | null;
            /**
             * Version Deprecated
             * @description The version of Fideslang in which this label was deprecated.
             */
            version_deprecated?: string | null;
            /**
             * Replaced By
             * @description The new name, if applicable, for this label after deprecation.
             */
            replaced_by?: string | null;
            /**
             * Is Default
             * @description Denotes whether the resource is part of the default taxonomy or not.
             * @default false
             */
            is_default?: boolean;
            /**
             * Fides Key
             * @description A unique key used to identify this resource.
             */
            fides_key: string;
            /**
             * Organization Fides Key
             * @description Defines the Organization that this resource belongs to.
             * @default default_organization
             */
            organization_fides_key?: string;
            /** Tags */
            tags?: string[] | null;
            /**
             * Name
             * @description Human-Readable name for this resource.
             */
            name?: string | null;
            /**
             * Description
             * @description A detailed description of what this resource is.
             */
            description?: string | null;
            /** Parent Key */
            parent_key?: string | null;
            /**
             * Active
             * @description Indicates whether the resource is currently 'active'.
             * @default true
             */
            active?: boolean;
            /**
             * Tagging Instructions
             * @description Instructions for LLM-based data classification tagging.
             */
            tagging_instructions?: string | null;
        };
        /** DataCategoryCreateOrUpdate */
        DataCategoryCreateOrUpdate: {
            /**
             * Version Added
             * @description The version of Fideslang in which this label was added.
             */
            version_added?: string | null;
            /**
             * Version Deprecated
             * @description The version of Fideslang in which this label was deprecated.
             */
            version_deprecated?: string | null;
            /**
             * Replaced By
             * @description The new name, if applicable, for this label after deprecation.
             */
            replaced_by?: string | null;
            /**
             * Is Default
             * @description Denotes whether the resource is part of the default taxonomy or not.
             * @default false
             */
            is_default?: boolean;
            /** Name */
            name?: string | null;
            /** Description */
            description?: string | null;
            /**
             * Active
             * @default true
             */
            active?: boolean | null;
            /** Fides Key */
            fides_key?: string | null;
            /** Tags */
            tags?: string[] | null;
            /**
             * Organization Fides Key
             * @default default_organization
             */
            organization_fides_key?: string | null;
            /** Parent Key */
            parent_key?: string | null;
            /**
             * Tagging Instructions
             * @description Instructions for LLM-based data classification tagging.
             */
            tagging_instructions?: string | null;
        };
        /**
         * DataFlow
         * @description The DataFlow resource model.
         *
         *     Describes a resource model with which a given System resource communicates.
         */
        DataFlow: {
            /**
             * Fides Key
             * @description Identifies the System or Dataset resource with which the communication occurs. May also be 'user', to represent communication with the user(s) of a System.
             */
            fides_key: string;
            /**
             * Type
             * @description Specifies the resource model class for which the `fides_key` applies. May be any of dataset, system, user.
             */
            type: string;
            /**
             * Data Categories
             * @description An array of data categories describing the data in transit.
             */
            data_categories?: string[] | null;
        };
        /**
         * DataResponsibilityTitle
         * @description The model defining the responsibility or role over
         *     the system that processes personal data.
         *
         *     Used to identify whether the organization is a
         *     Controller, Processor, or Sub-Processor of the data
         * @enum {string}
         */
        DataResponsibilityTitle: "Controller" | "Processor" | "Sub-Processor";
        /** DataSubject */
        DataSubject: {
            /**
             * Version Added
             * @description The version of Fideslang in which this label was added.
             */
            version_added?: string | null;
            /**
             * Version Deprecated
             * @description The version of Fideslang in which this label was deprecated.
             */
            version_deprecated?: string | null;
            /**
             * Replaced By
             * @description The new name, if applicable, for this label after deprecation.
             */
            replaced_by?: string | null;
            /**
             * Is Default
             * @description Denotes whether the resource is part of the default taxonomy or not.
             * @default false
             */
            is_default?: boolean;
            /**
             * Fides Key
             * @description A unique key used to identify this resource.
             */
            fides_key: string;
            /**
             * Organization Fides Key
             * @description Defines the Organization that this resource belongs to.
             * @default default_organization
             */
            organization_fides_key?: string;
            /** Tags */
            tags?: string[] | null;
            /**
             * Name
             * @description Human-Readable name for this resource.
             */
            name?: string | null;
            /**
             * Description
             * @description A detailed description of what this resource is.
             */
            description?: string | null;
            /**
             * @description The DataSubjectRights resource model.
             *
             *         Includes a strategy and optionally a
             *         list of data subject rights to apply
             *         via the set strategy.
             */
            rights?: components["schemas"]["DataSubjectRights"] | null;
            /**
             * Automated Decisions Or Profiling
             * @description A boolean value to annotate whether or not automated decisions/profiling exists for the data subject.
             */
            automated_decisions_or_profiling?: boolean | null;
            /**
             * Active
             * @description Indicates whether the resource is currently 'active'.
             * @default true
             */
            active?: boolean;
        };
        /** DataSubjectCreateOrUpdate */
        DataSubjectCreateOrUpdate: {
            /**
             * Version Added
             * @description The version of Fideslang in which this label was added.
             */
            version_added?: string | null;
            /**
             * Version Deprecated
             * @description The version of Fideslang in which this label was deprecated.
             */
            version_deprecated?: string | null;
            /**
             * Replaced By
             * @description The new name, if applicable, for this label after deprecation.
             */
            replaced_by?: string | null;
            /**
             * Is Default
             * @description Denotes whether the resource is part of the default taxonomy or not.
             * @default false
             */
            is_default?: boolean;
            /** Name */
            name?: string | null;
            /** Description */
            description?: string | null;
            /**
             * Active
             * @default true
             */
            active?: boolean | null;
            /** Fides Key */
            fides_key?: string | null;
            /** Tags */
            tags?: string[] | null;
            /**
             * Organization Fides Key
             * @default default_organization
             */
            organization_fides_key?: string | null;
            rights?: components["schemas"]["DataSubjectRights"] | null;
            /** Automated Decisions Or Profiling */
            automated_decisions_or_profiling?: boolean | null;
        };
        /**
         * DataSubjectRights
         * @description The DataSubjectRights resource model.
         *
         *     Includes a strategy and optionally a
         *     list of data subject rights to apply
         *     via the set strategy.
         */
        DataSubjectRights: {
            /** @description Defines the strategy used when mapping data rights to a data subject. */
            strategy: components["schemas"]["IncludeExcludeEnum"];
            /**
             * Values
             * @description A list of valid data subject rights to be used when applying data rights to a data subject via a strategy.
             */
            values?: components["schemas"]["DataSubjectRightsEnum"][] | null;
        };
        /**
         * DataSubjectRightsEnum
         * @description The model for data subject rights over
         *     personal data.
         *
         *     Based upon chapter 3 of the GDPR
         * @enum {string}
         */
        DataSubjectRightsEnum: "Informed" | "Access" | "Rectification" | "Erasure" | "Portability" | "Restrict Processing" | "Withdraw Consent" | "Object" | "Object to Automated Processing";
        /**
         * DataUpload
         * @description A wrapper for the data upload location returned upon successful upload
         */
        DataUpload: {
            /** Location */
            location: string;
        };
        /** DataUse */
        DataUse: {
            /**
             * Version Added
             * @description The version of Fideslang in which this label was added.
             */
            version_added?: string | null;
            /**
             * Version Deprecated
             * @description The version of Fideslang in which this label was deprecated.
             */
            version_deprecated?: string | null;
            /**
             * Replaced By
             * @description The new name, if applicable, for this label after deprecation.
             */
            replaced_by?: string | null;
            /**
             * Is Default
             * @description Denotes whether the resource is part of the default taxonomy or not.
             * @default false
             */
            is_default?: boolean;
            /**
             * Fides Key
             * @description A unique key used to identify this resource.
             */
            fides_key: string;
            /**
             * Organization Fides Key
             * @description Defines the Organization that this resource belongs to.
             * @default default_organization
             */
            organization_fides_key?: string;
            /** Tags */
            tags?: string[] | null;
            /**
             * Name
             * @description Human-Readable name for this resource.
             */
            name?: string | null;
            /**
             * Description
             * @description A detailed description of what this resource is.
             */
            description?: string | null;
            /** Parent Key */
            parent_key?: string | null;
            /**
             * Active
             * @description Indicates whether the resource is currently 'active'.
             * @default true
             */
            active?: boolean;
        };
        /** DataUseCreateOrUpdate */
        DataUseCreateOrUpdate: {
            /**
             * Version Added
             * @description The version of Fideslang in which this label was added.
             */
            version_added?: string | null;
            /**
             * Version Deprecated
             * @description The version of Fideslang in which this label was deprecated.
             */
            version_deprecated?: string | null;
            /**
             * Replaced By
             * @description The new name, if applicable, for this label after deprecation.
             */
            replaced_by?: string | null;
            /**
             * Is Default
             * @description Denotes whether the resource is part of the default taxonomy or not.
             * @default false
             */
            is_default?: boolean;
            /** Name */
            name?: string | null;
            /** Description */
            description?: string | null;
            /**
             * Active
             * @default true
             */
            active?: boolean | null;
            /** Fides Key */
            fides_key?: string | null;
            /** Tags */
            tags?: string[] | null;
            /**
             * Organization Fides Key
             * @default default_organization
             */
            organization_fides_key?: string | null;
            /** Parent Key */
            parent_key?: string | null;
        };
        /**
         * DatabaseConfig
         * @description The model for the connection config for databases
         */
        DatabaseConfig: {
            /** Connection String */
            connection_string: string;
        };
        /**
         * DatabaseHealthCheck
         * @description Database Healthcheck Schema
         */
        DatabaseHealthCheck: {
            /** Database */
            database: string;
            /** Database Revision */
            database_revision?: string | null;
        };
        /**
         * DatahubDocsSchema
         * @description Datahub Schema for API docs.
         */
        DatahubDocsSchema: {
            /**
             * DataHub server URL
             * Format: uri
             * @description The URL of your DataHub server.
             */
            datahub_server_url: string;
            /**
             * DataHub token
             * @description The token used to authenticate with your DataHub server.
             */
            datahub_token: string;
            /**
             * Frequency
             * @description The frequency at which the integration should run. Available options are daily, weekly, monthly, and not scheduled.
             */
            frequency: components["schemas"]["PeriodicIntegrationFrequency"];
            /**
             * Glossary node
             * @description The glossary node name to use on Datahub for Fides Data Categories. (e.g. FidesDataCategories)
             */
            glossary_node: string;
        };
        /**
         * Dataset
         * @description The Dataset resource model.
         */
        Dataset: {
            /**
             * Fides Key
             * @description A unique key used to identify this resource.
             */
            fides_key: string;
            /**
             * Organization Fides Key
             * @description Defines the Organization that this resource belongs to.
             * @default default_organization
             */
            organization_fides_key?: string;
            /** Tags */
            tags?: string[] | null;
            /**
             * Name
             * @description Human-Readable name for this resource.
             */
            name?: string | null;
            /**
             * Description
             * @description A detailed description of what this resource is.
             */
            description?: string | null;
            /**
             * Meta
             * @description An optional property to store any extra information for a resource. Data can be structured in any way: simple set of `key: value` pairs or deeply nested objects.
             */
            meta?: {
                [key: string]: unknown;
            } | null;
            /**
             * Data Categories
             * @description Array of Data Category resources identified by `fides_key`, that apply to all collections in the Dataset.
             */
            data_categories?: string[] | null;
            /**
             * @description The DatasetMetadata resource model.
             *
             *         Object used to hold application specific metadata for a dataset
             */
            fides_meta?: components["schemas"]["DatasetMetadata"] | null;
            /**
             * Collections
             * @description An array of objects that describe the Dataset's collections.
             */
            collections: components["schemas"]["DatasetCollection"][];
        };
        /**
         * DatasetCollection
         * @description The DatasetCollection resource model.
         *
         *     This resource is nested within a Dataset.
         */
        DatasetCollection: {
            /**
             * Name
             * @description Human-Readable name for this resource.
             */
            name: string;
            /**
             * Description
             * @description A detailed description of what this resource is.
             */
            description?: string | null;
            /**
             * Data Categories
             * @description Array of Data Category resources identified by `fides_key`, that apply to all fields in the collection.
             */
            data_categories?: string[] | null;
            /**
             * Fields
             * @description An array of objects that describe the collection's fields.
             */
            fields: components["schemas"]["DatasetField"][];
            fides_meta?: components["schemas"]["CollectionMeta"] | null;
        };
        /** DatasetConfigCtlDataset */
        DatasetConfigCtlDataset: {
            /** Fides Key */
            fides_key: string;
            /** Ctl Dataset Fides Key */
            ctl_dataset_fides_key: string;
        };
        /**
         * DatasetConfigSchema
         * @description Returns the DatasetConfig fides key and the linked Ctl Dataset
         */
        DatasetConfigSchema: {
            /** Fides Key */
            fides_key: string;
            ctl_dataset: components["schemas"]["Dataset"];
        };
        /**
         * DatasetField
         * @description The DatasetField resource model.
         *
         *     This resource is nested within a DatasetCollection.
         */
        DatasetField: {
            /**
             * Name
             * @description Human-Readable name for this resource.
             */
            name: string;
            /**
             * Description
             * @description A detailed description of what this resource is.
             */
            description?: string | null;
            /**
             * Data Categories
             * @description Arrays of Data Categories, identified by `fides_key`, that applies to this field.
             */
            data_categories?: string[] | null;
            fides_meta?: components["schemas"]["FidesMeta"] | null;
            /**
             * Fields
             * @description An optional array of objects that describe hierarchical/nested fields (typically found in NoSQL databases).
             */
            fields?: components["schemas"]["DatasetField"][] | null;
        };
        /**
         * DatasetMetadata
         * @description The DatasetMetadata resource model.
         *
         *     Object used to hold application specific metadata for a dataset
         */
        DatasetMetadata: {
            /** Resource Id */
            resource_id?: string | null;
            /** After */
            after?: string[] | null;
            /** Namespace */
            namespace?: {
                [key: string]: unknown;
            } | null;
            /**
             * Redact
             * @description Specify 'name' to indicate the dataset name should be redacted.
             */
            redact?: "name" | null;
        };
        /**
         * DatasetReachability
         * @description Response containing reachability details for a single dataset
         */
        DatasetReachability: {
            /** Reachable */
            reachable: boolean;
            /** Details */
            details: string | {
                [key: string]: unknown;
            }[] | null;
        };
        /**
         * DatasetResponse
         * @description Dataset response model for API endpoints.
         *
         *     Note: This class extends the Dataset model from fideslang rather than having a proper
         *     dedicated API response model. We had to make the collections field
         *     Optional and allow null values to support the minimal=true parameter in API responses,
         *     even though collections is required in the base fideslang Dataset model.
         */
        DatasetResponse: {
            /**
             * Fides Key
             * @description A unique key used to identify this resource.
             */
            fides_key: string;
            /**
             * Organization Fides Key
             * @description Defines the Organization that this resource belongs to.
             * @default default_organization
             */
            organization_fides_key?: string;
            /** Tags */
            tags?: string[] | null;
            /**
             * Name
             * @description Human-Readable name for this resource.
             */
            name?: string | null;
            /**
             * Description
             * @description A detailed description of what this resource is.
             */
            description?: string | null;
            /**
             * Meta
             * @description An optional property to store any extra information for a resource. Data can be structured in any way: simple set of `key: value` pairs or deeply nested objects.
             */
            meta?: {
                [key: string]: unknown;
            } | null;
            /**
             * Data Categories
             * @description Array of Data Category resources identified by `fides_key`, that apply to all collections in the Dataset.
             */
            data_categories?: string[] | null;
            /**
             * @description The DatasetMetadata resource model.
             *
             *         Object used to hold application specific metadata for a dataset
             */
            fides_meta?: components["schemas"]["DatasetMetadata"] | null;
            /**
             * Collections
             * @description An array of objects that describe the Dataset's collections.
             */
            collections?: components["schemas"]["DatasetCollection"][] | null;
        };
        /**
         * DatasetTestRequest
         * @description The policy key and inputs required to run a dataset test.
         */
        DatasetTestRequest: {
            /** Policy Key */
            policy_key: string;
            identities: components["schemas"]["UnlabeledIdentities"];
        };
        /**
         * DatasetTraversalDetails
         * @description Describes whether or not the parent dataset is traversable; if not, includes
         *     an error message describing the traversal issues.
         */
        DatasetTraversalDetails: {
            /** Is Traversable */
            is_traversable: boolean;
            /** Msg */
            msg: string | null;
        };
        /**
         * DenyPrivacyRequestSelection
         * @description Select privacy requests to deny with optional reason
         */
        DenyPrivacyRequestSelection: {
            /**
             * Request Ids
             * @description List of privacy request IDs to act on. The backend will automatically batch requests if the list is large.
             */
            request_ids?: string[] | null;
            /** @description Filters to select privacy requests (only used when request_ids is not provided) */
            filters?: components["schemas"]["PrivacyRequestFilter"] | null;
            /**
             * Exclude Ids
             * @description List of privacy request IDs to exclude from the action (only used with filters)
             */
            exclude_ids?: string[] | null;
            /** Reason */
            reason?: string | null;
        };
        /**
         * DrpAction
         * @description Enum to hold valid DRP actions. For more details, see:
         *     https://github.com/consumer-reports-digital-lab/data-rights-protocol#301-supported-rights-actions
         * @enum {string}
         */
        DrpAction: "access" | "deletion" | "sale:opt_out" | "sale:opt_in" | "access:categories" | "access:specific";
        /**
         * DrpDataRightsResponse
         * @description Drp data rights response
         */
        DrpDataRightsResponse: {
            /** Version */
            version: string;
            /** Api Base */
            api_base?: string | null;
            /** Actions */
            actions: components["schemas"]["DrpAction"][];
            /** User Relationships */
            user_relationships?: string[] | null;
        };
        /**
         * DrpMeta
         * @description Enum to hold Drp metadata. Only version is supported at this time
         */
        DrpMeta: {
            /** Version */
            version: string;
        };
        /**
         * DrpPrivacyRequestCreate
         * @description Data required to create a DRP PrivacyRequest
         */
        DrpPrivacyRequestCreate: {
            meta: components["schemas"]["DrpMeta"];
            regime?: components["schemas"]["DrpRegime"] | null;
            /** Exercise */
            exercise: components["schemas"]["DrpAction"][];
            /** Relationships */
            relationships?: string[] | null;
            /** Identity */
            identity: string;
            /** Status Callback */
            status_callback?: string | null;
        };
        /**
         * DrpRegime
         * @description Enum to hold Drp Regime. Only ccpa supported at this time
         * @enum {string}
         */
        DrpRegime: "ccpa";
        /**
         * DrpRevokeRequest
         * @description DRP Data Rights Revoke Request Body
         */
        DrpRevokeRequest: {
            /** Request Id */
            request_id: string;
            /** Reason */
            reason?: string | null;
        };
        /**
         * DryRunDatasetResponse
         * @description Response model for dataset dry run
         */
        DryRunDatasetResponse: {
            collectionAddress: components["schemas"]["CollectionAddressResponse"];
            /** Query */
            query: unknown;
        };
        /**
         * DuplicateDetectionApplicationConfig
         * @description API model - configuration settings for duplicate privacy request detection.
         */
        DuplicateDetectionApplicationConfig: {
            /**
             * Enabled
             * @description Whether duplicate detection is enabled. Disabled by default.
             * @default false
             */
            enabled?: boolean | null;
            /**
             * Time Window Days
             * @description Time window in days for duplicate detection. Default is 1 year.
             * @default 365
             */
            time_window_days?: number | null;
            /**
             * Match Identity Fields
             * @description Identity field names to match on for duplicate detection (e.g., 'email', 'phone_number'). Default is email only.
             * @default [
             *       "email"
             *     ]
             */
            match_identity_fields?: string[] | null;
        };
        /**
         * DynamicErasureEmailDocsSchema
         * @description DynamicErasureEmailDocsSchema Secrets Schema for API Docs
         */
        DynamicErasureEmailDocsSchema: {
            /** Test Email Address */
            test_email_address?: string | null;
            /**
             * @default {
             *       "identity_types": {
             *         "email": true,
             *         "phone_number": false
             *       }
             *     }
             */
            advanced_settings?: components["schemas"]["AdvancedSettings"];
            /**
             * Third party vendor name field
             * @description Dataset reference to the field containing the third party vendor name. Both third_party_vendor_name and recipient_email_address must reference the same dataset and collection.
             */
            third_party_vendor_name: components["schemas"]["FidesDatasetReference"];
            /**
             * Recipient email address field
             * @description Dataset reference to the field containing the recipient email address. Both third_party_vendor_name and recipient_email_address must reference the same dataset and collection.
             */
            recipient_email_address: components["schemas"]["FidesDatasetReference"];
        };
        /**
         * DynamoDBDocsSchema
         * @description DynamoDB Secrets Schema for API Docs
         */
        DynamoDBDocsSchema: {
            /**
             * Authentication Method
             * @description Determines which type of authentication method to use for connecting to Amazon Web Services. Currently accepted values are: `secret_keys` or `automatic`.
             */
            auth_method: components["schemas"]["AWSAuthMethod"];
            /**
             * Access Key ID
             * @description Part of the credentials that provide access to your AWS account.
             */
            aws_access_key_id?: string | null;
            /**
             * Secret Access Key
             * @description Part of the credentials that provide access to your AWS account.
             */
            aws_secret_access_key?: string | null;
            /**
             * Assume Role ARN
             * @description If provided, the ARN of the role that should be assumed to connect to AWS.
             */
            aws_assume_role_arn?: string | null;
            /**
             * Region
             * @description The AWS region where your DynamoDB table is located (ex. us-west-2).
             */
            region_name: string;
        };
        /**
         * EdgeDirection
         * @description Direction of a FidesDataSetReference
         * @enum {string}
         */
        EdgeDirection: "from" | "to";
        /**
         * EmailDocsSchema
         * @description EmailDocsSchema Secrets Schema for API Docs
         */
        EmailDocsSchema: {
            /** Test Email Address */
            test_email_address?: string | null;
            /**
             * @default {
             *       "identity_types": {
             *         "email": true,
             *         "phone_number": false
             *       }
             *     }
             */
            advanced_settings?: components["schemas"]["AdvancedSettings"];
            /** Third Party Vendor Name */
            third_party_vendor_name: string;
            /**
             * Recipient Email Address
             * Format: email
             */
            recipient_email_address: string;
        };
        /**
         * Endpoint
         * @description A collection of read/update/delete requests which corresponds to a FidesDataset collection (by name)
         */
        Endpoint: {
            /** Name */
            name: string;
            requests: components["schemas"]["SaaSRequestMap"];
            /**
             * Skip Processing
             * @default false
             */
            skip_processing?: boolean;
            /**
             * After
             * @default []
             */
            after?: string[];
            /**
             * Erase After
             * @default []
             */
            erase_after?: string[];
        };
        /**
         * ErrorNotificationMode
         * @enum {string}
         */
        ErrorNotificationMode: "console_only" | "toast";
        /**
         * Evaluation
         * @description The Evaluation resource model.
         *
         *     This resource is created after an evaluation is executed.
         */
        Evaluation: {
            /**
             * Fides Key
             * @description A uuid generated for each unique evaluation.
             */
            fides_key: string;
            status: components["schemas"]["StatusEnum"];
            /**
             * Violations
             * @description The model for violations within an evaluation.
             * @default []
             */
            violations?: components["schemas"]["Violation"][];
            /**
             * Message
             * @description A human-readable string response for the evaluation.
             * @default
             */
            message?: string;
        };
        /**
         * ExecutionAndAuditLogResponse
         * @description Schema for the combined ExecutionLogs and Audit Logs
         *     associated with a PrivacyRequest
         */
        ExecutionAndAuditLogResponse: {
            /** Connection Key */
            connection_key?: string | null;
            /** Collection Name */
            collection_name?: string | null;
            /** Fields Affected */
            fields_affected?: components["schemas"]["FieldsAffectedResponse"][] | null;
            /** Message */
            message?: string | null;
            action_type?: components["schemas"]["ActionType"] | null;
            /** Status */
            status?: components["schemas"]["ExecutionLogStatus"] | components["schemas"]["AuditLogAction"] | string | null;
            /** Updated At */
            updated_at?: string | null;
            /** User Id */
            user_id?: string | null;
        };
        /** ExecutionApplicationConfig */
        ExecutionApplicationConfig: {
            /** Subject Identity Verification Required */
            subject_identity_verification_required?: boolean | null;
            /** Disable Consent Identity Verification */
            disable_consent_identity_verification?: boolean | null;
            /** Require Manual Request Approval */
            require_manual_request_approval?: boolean | null;
            /** Memory Watchdog Enabled */
            memory_watchdog_enabled?: boolean | null;
            sql_dry_run?: components["schemas"]["SqlDryRunMode"] | null;
        };
        /**
         * ExecutionLogDetailResponse
         * @description Schema for the detailed ExecutionLogs when accessed directly
         */
        ExecutionLogDetailResponse: {
            status: components["schemas"]["ExecutionLogStatus"];
            /** Collection Name */
            collection_name?: string | null;
            /** Fields Affected */
            fields_affected?: components["schemas"]["FieldsAffectedResponse"][] | null;
            /** Message */
            message?: string | null;
            action_type: components["schemas"]["ActionType"];
            /** Updated At */
            updated_at?: string | null;
            /** Connection Key */
            connection_key?: string | null;
            /** Dataset Name */
            dataset_name?: string | null;
        };
        /**
         * ExecutionLogStatus
         * @description Enum for task execution log statuses, reflecting where they are in their workflow
         * @enum {string}
         */
        ExecutionLogStatus: "in_processing" | "pending" | "complete" | "error" | "paused" | "retrying" | "skipped" | "polling";
        /**
         * ExtendedIdentityTypes
         * @description Overrides basic IdentityTypes to add cookie_ids
         */
        ExtendedIdentityTypes: {
            /** Email */
            email: boolean;
            /** Phone Number */
            phone_number: boolean;
            /**
             * Cookie Ids
             * @default []
             */
            cookie_ids?: string[];
        };
        /** ExternalDatasetReference */
        ExternalDatasetReference: {
            /** Name */
            name: string;
            /** Label */
            label?: string | null;
            /** Description */
            description?: string | null;
        };
        /**
         * FidesDatasetReference
         * @description Reference to a field from another Collection
         */
        FidesDatasetReference: {
            /** Dataset */
            dataset: string;
            /** Field */
            field: string;
            direction?: components["schemas"]["EdgeDirection"] | null;
        };
        /**
         * FidesDocsSchema
         * @description Fides Child Secrets Schema for API docs
         */
        FidesDocsSchema: {
            /** Uri */
            uri: string;
            /** Username */
            username: string;
            /** Password */
            password: string;
            /** Polling Timeout */
            polling_timeout?: number | null;
            /** Polling Interval */
            polling_interval?: number | null;
        };
        /**
         * FidesMeta
         * @description Supplementary metadata used by the Fides application for additional features.
         */
        FidesMeta: {
            /**
             * References
             * @description Fields that current field references or is referenced by. Used for drawing the edges of a DSR graph.
             */
            references?: components["schemas"]["FidesDatasetReference"][] | null;
            /**
             * Identity
             * @description The type of the identity data that should be used to query this collection for a DSR.
             */
            identity?: string | null;
            /**
             * Primary Key
             * @description Whether the current field can be considered a primary key of the current collection
             */
            primary_key?: boolean | null;
            /**
             * Data Type
             * @description Optionally specify the data type. Fides will attempt to cast values to this type when querying.
             */
            data_type?: string | null;
            /**
             * Length
             * @description Optionally specify the allowable field length. Fides will not generate values that exceed this size.
             */
            length?: number | null;
            /**
             * Return All Elements
             * @description Optionally specify to query for the entire array if the array is an entrypoint into the node. Default is False.
             */
            return_all_elements?: boolean | null;
            /**
             * Read Only
             * @description Optionally specify if a field is read-only, meaning it can't be updated or deleted.
             */
            read_only?: boolean | null;
            /**
             * Custom Request Field
             * @description Optionally specify that a field may be used as a custom request field in DSRs. The value is the name of the field in the DSR.
             */
            custom_request_field?: string | null;
            /** @description Optionally specify a masking strategy override for this field. */
            masking_strategy_override?: components["schemas"]["FieldMaskingStrategyOverride"] | null;
            /**
             * Redact
             * @description Specify 'name' to indicate the field name should be redacted.
             */
            redact?: "name" | null;
        };
        /**
         * FieldMaskingStrategyOverride
         * @description Overrides field-level masking strategies.
         */
        FieldMaskingStrategyOverride: {
            /** Strategy */
            strategy: string;
            /**
             * Configuration
             * @default {}
             */
            configuration?: {
                [key: string]: unknown;
            } | null;
        };
        /**
         * FieldsAffectedResponse
         * @description Schema detailing the individual fields affected by a particular query detailed in the ExecutionLog
         */
        FieldsAffectedResponse: {
            /** Path */
            path: string | null;
            /** Field Name */
            field_name: string | null;
            /** Data Categories */
            data_categories: string[] | null;
        };
        /**
         * FilteredPrivacyRequestResults
         * @description Schema representing the status and results of a test privacy request
         */
        FilteredPrivacyRequestResults: {
            /** Privacy Request Id */
            privacy_request_id: string;
            status: components["schemas"]["PrivacyRequestStatus"];
            /** Results */
            results: {
                [key: string]: unknown;
            } | string;
        };
        /**
         * GCSAuthMethod
         * @enum {string}
         */
        GCSAuthMethod: "adc" | "service_account_keys";
        /**
         * Generate
         * @description Defines attributes for generating resources included in a request.
         */
        Generate: {
            /** Config */
            config: components["schemas"]["AWSConfig"] | components["schemas"]["OktaConfig"] | components["schemas"]["DatabaseConfig"] | components["schemas"]["BigQueryConfig"];
            target: components["schemas"]["ValidTargets"];
            type: components["schemas"]["GenerateTypes"];
        };
        /**
         * GenerateRequestPayload
         * @description The model for the request body housing generate information.
         */
        GenerateRequestPayload: {
            /** Organization Key */
            organization_key: string;
            generate: components["schemas"]["Generate"];
        };
        /**
         * GenerateResponse
         * @description The model to house the response for generated infrastructure.
         */
        GenerateResponse: {
            /** Generate Results */
            generate_results?: (components["schemas"]["Dataset"] | components["schemas"]["System"])[] | null;
        };
        /**
         * GenerateTypes
         * @description Generate Type Enum to capture the discrete possible values
         *     for a valid type of resource to generate.
         * @enum {string}
         */
        GenerateTypes: "systems" | "datasets";
        /**
         * GetRegistrationStatusResponse
         * @description Reflects the registration status of a Fides deployment.
         */
        GetRegistrationStatusResponse: {
            /**
             * Opt In
             * @default false
             */
            opt_in?: boolean;
        };
        /**
         * GoogleCloudSQLIPType
         * @description Enum for Google Cloud SQL IP types
         * @enum {string}
         */
        GoogleCloudSQLIPType: "public" | "private" | "psc";
        /**
         * GoogleCloudSQLMySQLDocsSchema
         * @description Google Cloud SQL MySQL Secrets Schema for API Docs
         */
        GoogleCloudSQLMySQLDocsSchema: {
            /**
             * DB IAM user
             * @description example: service-account@test.iam.gserviceaccount.com
             */
            db_iam_user: string;
            /**
             * Instance connection name
             * @description example: friendly-tower-424214-n8:us-central1:test-ethyca
             */
            instance_connection_name: string;
            /** Database name */
            dbname: string;
            /**
             * Keyfile creds
             * @description The contents of the key file that contains authentication credentials for a service account in GCP.
             */
            keyfile_creds: components["schemas"]["fides__api__schemas__connection_configuration__connection_secrets_google_cloud_sql_mysql__KeyfileCreds"];
            /**
             * IP type
             * @description Specify the IP Address type required for your database (defaults to public). See the Google Cloud documentation for more information about connection options: https://cloud.google.com/sql/docs/postgres/connect-overview
             */
            ip_type?: components["schemas"]["GoogleCloudSQLIPType"] | null;
        };
        /**
         * GoogleCloudSQLPostgresDocsSchema
         * @description Google Cloud SQL Postgres Secrets Schema for API Docs
         */
        GoogleCloudSQLPostgresDocsSchema: {
            /**
             * DB IAM user
             * @description example: service-account@test.iam.gserviceaccount.com
             */
            db_iam_user: string;
            /**
             * Instance connection name
             * @description example: friendly-tower-424214-n8:us-central1:test-ethyca
             */
            instance_connection_name: string;
            /** Database name */
            dbname?: string | null;
            /**
             * Schema
             * @description The default schema to be used for the database connection (defaults to public).
             */
            db_schema?: string | null;
            /**
             * Keyfile creds
             * @description The contents of the key file that contains authentication credentials for a service account in GCP.
             */
            keyfile_creds: components["schemas"]["fides__api__schemas__connection_configuration__connection_secrets_google_cloud_sql_postgres__KeyfileCreds"];
            /**
             * IP type
             * @description Specify the IP Address type required for your database (defaults to public). See the Google Cloud documentation for more information about connection options: https://cloud.google.com/sql/docs/postgres/connect-overview
             */
            ip_type?: components["schemas"]["GoogleCloudSQLIPType"] | null;
        };
        /**
         * HTTPMethod
         * @description Enum to represent HTTP Methods
         * @enum {string}
         */
        HTTPMethod: "GET" | "POST" | "PATCH" | "PUT" | "DELETE" | "OPTIONS" | "HEAD";
        /** HTTPValidationError */
        HTTPValidationError: {
            /** Detail */
            detail?: components["schemas"]["ValidationError"][];
        };
        /** Header */
        Header: {
            /** Name */
            name: string;
            /** Value */
            value: string;
        };
        /**
         * Identity
         * @description Some PII grouping pertaining to a human
         */
        Identity: {
            /** Phone number */
            phone_number?: string | null;
            /** Email */
            email?: string | null;
            /** GA client ID */
            ga_client_id?: string | null;
            /** LJT reader ID */
            ljt_readerID?: string | null;
            /** Fides user device ID */
            fides_user_device_id?: string | null;
            /** External ID */
            external_id?: string | null;
        } & {
            [key: string]: unknown;
        };
        /**
         * IdentityBase
         * @description The minimum fields required to represent an identity.
         */
        IdentityBase: {
            /** Phone Number */
            phone_number?: string | null;
            /** Email */
            email?: string | null;
        };
        /** IdentityTypes */
        IdentityTypes: {
            /** Email */
            email: boolean;
            /** Phone Number */
            phone_number: boolean;
        };
        /**
         * IdentityValue
         * @description Represents an identity value with a label in API responses.
         *
         *     The value field accepts MultiValue types which match what LabeledIdentity supports:
         *     - int
         *     - str
         *     - List[Union[int, str]]
         *
         *     This allows the schema to accept list values that were previously causing
         *     validation errors.
         */
        IdentityValue: {
            /** Label */
            label: string;
            /** Value */
            value?: number | string | (number | string)[] | null;
        };
        /**
         * IdentityVerificationConfigResponse
         * @description Response for identity verification config info
         */
        IdentityVerificationConfigResponse: {
            /** Identity Verification Required */
            identity_verification_required: boolean;
            /** Disable Consent Identity Verification */
            disable_consent_identity_verification: boolean;
            /** Valid Email Config Exists */
            valid_email_config_exists: boolean;
        };
        /**
         * IncludeExcludeEnum
         * @description Determine whether or not defined rights are
         *     being included or excluded.
         * @enum {string}
         */
        IncludeExcludeEnum: "ALL" | "EXCLUDE" | "INCLUDE" | "NONE";
        /**
         * IntegrationFeature
         * @description Features that can be enabled for different integration types.
         *     These control which tabs and functionality are available in the integration detail view.
         * @enum {string}
         */
        IntegrationFeature: "DATA_DISCOVERY" | "DATA_SYNC" | "TASKS" | "WITHOUT_CONNECTION" | "DSR_AUTOMATION" | "CONDITIONS";
        /**
         * LegalBasisForProcessingEnum
         * @description The model for allowable legal basis categories on privacy declarations.
         *
         *     Based upon article 6 of the GDPR
         * @enum {string}
         */
        LegalBasisForProcessingEnum: "Consent" | "Contract" | "Legal obligations" | "Vital interests" | "Public interest" | "Legitimate interests";
        /**
         * LegalBasisForProfilingEnum
         * @description The model for describing the legal basis under which profiling is performed
         * @enum {string}
         */
        LegalBasisForProfilingEnum: "Explicit consent" | "Contract" | "Authorised by law";
        /**
         * LogEntry
         * @description Schema representing a single log entry
         */
        LogEntry: {
            /** Timestamp */
            timestamp: string;
            /** Level */
            level: string;
            /** Module Info */
            module_info: string;
            /** Message */
            message: string;
        };
        /**
         * MSSQLDocsSchema
         * @description MS SQL Secrets Schema for API Docs
         */
        MSSQLDocsSchema: {
            /**
             * Host
             * @description The hostname or IP address of the server where the database is running.
             */
            host: string;
            /**
             * Port
             * @description The network port number on which the server is listening for incoming connections (default: 1433).
             * @default 1433
             */
            port?: number;
            /**
             * Username
             * @description The user account used to authenticate and access the database.
             */
            username: string;
            /**
             * Password
             * @description The password used to authenticate and access the database.
             */
            password: string;
            /**
             * Database
             * @description The name of the specific database within the database server that you want to connect to.
             */
            dbname?: string | null;
            /**
             * Read Only Connection
             * @description Whether to connect to the database in read-only mode.
             * @default false
             */
            read_only_connection?: boolean | null;
        };
        /**
         * ManualAction
         * @description Surface how to retrieve or mask data in a database-agnostic way
         *
         *     - 'locators' are similar to the SQL "WHERE" information.
         *     - 'get' contains a list of fields that should be retrieved from the source
         *     - 'update' is a dictionary of fields and the replacement value/masking strategy
         */
        ManualAction: {
            /** Locators */
            locators: {
                [key: string]: unknown;
            };
            /** Get */
            get: string[] | null;
            /** Update */
            update: {
                [key: string]: unknown;
            } | null;
        };
        /** ManualWebhookData */
        ManualWebhookData: {
            /** Checked */
            checked: boolean;
            /** Fields */
            fields: {
                [key: string]: unknown;
            };
        };
        /**
         * ManualWebhookDocsSchema
         * @description Manual Webhooks Secrets Schema for API Docs
         */
        ManualWebhookDocsSchema: Record<string, never>;
        /**
         * ManualWebhookField
         * @description Schema to describe the attributes on a manual webhook field
         */
        ManualWebhookField: {
            /** Pii Field */
            pii_field: string;
            /**
             * Types
             * @default [
             *       "string"
             *     ]
             */
            types?: ("string" | "file")[];
            /** Dsr Package Label */
            dsr_package_label?: string | null;
            /** Data Categories */
            data_categories?: string[] | null;
        };
        /**
         * MariaDBDocsSchema
         * @description MariaDB Secrets Schema for API Docs
         */
        MariaDBDocsSchema: {
            /**
             * Host
             * @description The hostname or IP address of the server where the database is running.
             */
            host: string;
            /**
             * Port
             * @description The network port number on which the server is listening for incoming connections (default: 3306).
             * @default 3306
             */
            port?: number;
            /**
             * Username
             * @description The user account used to authenticate and access the database.
             */
            username?: string | null;
            /**
             * Password
             * @description The password used to authenticate and access the database.
             */
            password?: string | null;
            /**
             * Database
             * @description The name of the specific database within the database server that you want to connect to.
             */
            dbname: string;
        };
        /**
         * MaskingAPIRequest
         * @description The API Request for masking operations
         */
        MaskingAPIRequest: {
            /** Values */
            values: string[];
            /** Masking Strategy */
            masking_strategy: components["schemas"]["PolicyMaskingSpec"] | components["schemas"]["PolicyMaskingSpec"][];
            /**
             * Masking Strategies
             * @default []
             */
            masking_strategies?: components["schemas"]["PolicyMaskingSpec"][];
        };
        /**
         * MaskingAPIResponse
         * @description The API Response returned upon masking completion
         */
        MaskingAPIResponse: {
            /** Plain */
            plain: string[];
            /** Masked Values */
            masked_values: unknown[];
        };
        /**
         * MaskingStrategies
         * @description Possible options for masking strategy overrides
         * @enum {string}
         */
        MaskingStrategies: "delete";
        /**
         * MaskingStrategyConfigurationDescription
         * @description The description model for a specific configuration in a masking strategy
         */
        MaskingStrategyConfigurationDescription: {
            /** Key */
            key: string;
            /**
             * Optional
             * @default true
             */
            optional?: boolean;
            /** Description */
            description: string;
        };
        /**
         * MaskingStrategyDescription
         * @description The description model for a masking strategy
         */
        MaskingStrategyDescription: {
            /** Name */
            name: string;
            /** Description */
            description: string;
            /** Configurations */
            configurations: components["schemas"]["MaskingStrategyConfigurationDescription"][];
        };
        /**
         * MaskingStrategyOverride
         * @description Overrides collection-level masking strategies.
         */
        MaskingStrategyOverride: {
            strategy: components["schemas"]["MaskingStrategies"];
        };
        /**
         * MatchesEnum
         * @description The MatchesEnum resource model.
         *
         *     Determines how the listed resources are matched in the evaluation logic.
         * @enum {string}
         */
        MatchesEnum: "ANY" | "ALL" | "NONE" | "OTHER";
        /**
         * MessagingActionType
         * @description Enum for messaging action type
         * @enum {string}
         */
        MessagingActionType: "consent_request" | "subject_identity_verification" | "consent_request_email_fulfillment" | "message_erasure_fulfillment" | "privacy_request_error_notification" | "privacy_request_receipt" | "privacy_request_complete_access" | "privacy_request_complete_deletion" | "privacy_request_complete_consent" | "privacy_request_review_deny" | "privacy_request_review_approve" | "user_invite" | "external_user_welcome" | "manual_task_digest" | "test_message";
        /**
         * MessagingConfigRequest
         * @description Messaging Config Request Schema
         */
        MessagingConfigRequest: {
            service_type: components["schemas"]["MessagingServiceType"];
            /** Details */
            details?: components["schemas"]["MessagingServiceDetailsMailgun"] | components["schemas"]["MessagingServiceDetailsTwilioEmail"] | components["schemas"]["MessagingServiceDetailsMailchimpTransactional"] | components["schemas"]["MessagingServiceDetailsAWS_SES"] | null;
            /** Name */
            name?: string | null;
            /** Key */
            key?: string | null;
            /** Secrets */
            secrets?: {
                /** Mailgun Api Key */
                mailgun_api_key: string;
            } | {
                /** Twilio Account Sid */
                twilio_account_sid: string;
                /** Twilio Auth Token */
                twilio_auth_token: string;
                /** Twilio Messaging Service Sid */
                twilio_messaging_service_sid?: string | null;
                /** Twilio Sender Phone Number */
                twilio_sender_phone_number?: string | null;
            } | {
                /** Twilio Api Key */
                twilio_api_key: string;
            } | {
                /** Mailchimp Transactional Api Key */
                mailchimp_transactional_api_key: string;
            } | {
                /**
                 * Authentication Method
                 * @description Determines which type of authentication method to use for connecting to Amazon Web Services. Currently accepted values are: `secret_keys` or `automatic`.
                 */
                auth_method: components["schemas"]["AWSAuthMethod"];
                /**
                 * Access Key ID
                 * @description Part of the credentials that provide access to your AWS account.
                 */
                aws_access_key_id?: string | null;
                /**
                 * Secret Access Key
                 * @description Part of the credentials that provide access to your AWS account.
                 */
                aws_secret_access_key?: string | null;
                /**
                 * Assume Role ARN
                 * @description If provided, the ARN of the role that should be assumed to connect to AWS.
                 */
                aws_assume_role_arn?: string | null;
            } | null;
        };
        /**
         * MessagingConfigRequestBase
         * @description Base model shared by messaging config requests to provide validation on request inputs
         */
        MessagingConfigRequestBase: {
            service_type: components["schemas"]["MessagingServiceType"];
            /** Details */
            details?: components["schemas"]["MessagingServiceDetailsMailgun"] | components["schemas"]["MessagingServiceDetailsTwilioEmail"] | components["schemas"]["MessagingServiceDetailsMailchimpTransactional"] | components["schemas"]["MessagingServiceDetailsAWS_SES"] | null;
        };
        /**
         * MessagingConfigResponse
         * @description Messaging Config Response Schema
         */
        MessagingConfigResponse: {
            service_type: components["schemas"]["MessagingServiceType"];
            /** Details */
            details?: components["schemas"]["MessagingServiceDetailsMailgun"] | components["schemas"]["MessagingServiceDetailsTwilioEmail"] | components["schemas"]["MessagingServiceDetailsMailchimpTransactional"] | components["schemas"]["MessagingServiceDetailsAWS_SES"] | null;
            /** Name */
            name: string;
            /** Key */
            key: string;
            /** Last Test Timestamp */
            last_test_timestamp?: string | null;
            /** Last Test Succeeded */
            last_test_succeeded?: boolean | null;
        };
        /**
         * MessagingConfigStatus
         * @description Enum for configuration statuses of a messaging config
         * @enum {string}
         */
        MessagingConfigStatus: "configured" | "not configured";
        /**
         * MessagingConfigStatusMessage
         * @description A schema for checking configuration status of message config.
         */
        MessagingConfigStatusMessage: {
            config_status?: components["schemas"]["MessagingConfigStatus"] | null;
            /** Detail */
            detail?: string | null;
        };
        /**
         * MessagingConnectionTestStatus
         * @description Enum for supplying statuses of validating credentials for a messaging Config
         * @enum {string}
         */
        MessagingConnectionTestStatus: "succeeded" | "failed";
        /**
         * MessagingMethod
         * @description Enum for messaging method
         * @enum {string}
         */
        MessagingMethod: "email" | "sms";
        /**
         * MessagingSecretsMailgunDocs
         * @description The secrets required to connect to Mailgun, for documentation
         */
        MessagingSecretsMailgunDocs: {
            /** Mailgun Api Key */
            mailgun_api_key: string;
        };
        /**
         * MessagingSecretsTwilioEmailDocs
         * @description The secrets required to connect to Twilio email, for documentation
         */
        MessagingSecretsTwilioEmailDocs: {
            /** Twilio Api Key */
            twilio_api_key: string;
        };
        /**
         * MessagingSecretsTwilioSMSDocs
         * @description The secrets required to connect to Twilio sms, for documentation
         */
        MessagingSecretsTwilioSMSDocs: {
            /** Twilio Account Sid */
            twilio_account_sid: string;
            /** Twilio Auth Token */
            twilio_auth_token: string;
            /** Twilio Messaging Service Sid */
            twilio_messaging_service_sid?: string | null;
            /** Twilio Sender Phone Number */
            twilio_sender_phone_number?: string | null;
        };
        /**
         * MessagingServiceDetailsAWS_SES
         * @description The details required to represent an AWS SES email configuration.
         */
        MessagingServiceDetailsAWS_SES: {
            /** Email From */
            email_from?: string | null;
            /** Domain */
            domain?: string | null;
            /** Aws Region */
            aws_region: string;
        };
        /**
         * MessagingServiceDetailsMailchimpTransactional
         * @description The details required to represent a Mailchimp Transactional email configuration.
         */
        MessagingServiceDetailsMailchimpTransactional: {
            /** Email From */
            email_from: string;
        };
        /**
         * MessagingServiceDetailsMailgun
         * @description The details required to represent a Mailgun email configuration.
         */
        MessagingServiceDetailsMailgun: {
            /**
             * Is Eu Domain
             * @default false
             */
            is_eu_domain?: boolean | null;
            /**
             * Api Version
             * @default v3
             */
            api_version?: string | null;
            /** Domain */
            domain: string;
        };
        /**
         * MessagingServiceDetailsTwilioEmail
         * @description The details required to represent a Twilio email configuration.
         */
        MessagingServiceDetailsTwilioEmail: {
            /** Twilio Email From */
            twilio_email_from: string;
        };
        /**
         * MessagingServiceSecretsAWS_SESDocs
         * @description The secrets required to connect to AWS SES, for documentation
         */
        MessagingServiceSecretsAWS_SESDocs: {
            /**
             * Authentication Method
             * @description Determines which type of authentication method to use for connecting to Amazon Web Services. Currently accepted values are: `secret_keys` or `automatic`.
             */
            auth_method: components["schemas"]["AWSAuthMethod"];
            /**
             * Access Key ID
             * @description Part of the credentials that provide access to your AWS account.
             */
            aws_access_key_id?: string | null;
            /**
             * Secret Access Key
             * @description Part of the credentials that provide access to your AWS account.
             */
            aws_secret_access_key?: string | null;
            /**
             * Assume Role ARN
             * @description If provided, the ARN of the role that should be assumed to connect to AWS.
             */
            aws_assume_role_arn?: string | null;
        };
        /**
         * MessagingServiceSecretsMailchimpTransactionalDocs
         * @description The secrets required to connect Mailchimp Transactional, for documentation
         */
        MessagingServiceSecretsMailchimpTransactionalDocs: {
            /** Mailchimp Transactional Api Key */
            mailchimp_transactional_api_key: string;
        };
        /**
         * MessagingServiceType
         * @description Enum for messaging service type.
         * @enum {string}
         */
        MessagingServiceType: "mailgun" | "twilio_text" | "twilio_email" | "mailchimp_transactional" | "aws_ses";
        /** MessagingTemplateDefault */
        MessagingTemplateDefault: {
            /** Type */
            type: string;
            /** Is Enabled */
            is_enabled: boolean;
            /**
             * Content
             * @example {
             *       "body": "Custom message body",
             *       "subject": "Message subject"
             *     }
             */
            content: {
                [key: string]: unknown;
            };
        };
        /** MessagingTemplateWithPropertiesDetail */
        MessagingTemplateWithPropertiesDetail: {
            /** Id */
            id: string;
            /** Type */
            type: string;
            /** Is Enabled */
            is_enabled: boolean;
            /** Properties */
            properties?: components["schemas"]["MinimalProperty"][] | null;
            /**
             * Content
             * @example {
             *       "body": "Custom message body",
             *       "subject": "Message subject"
             *     }
             */
            content: {
                [key: string]: unknown;
            };
        };
        /**
         * MessagingTestBodyParams
         * @description Body params required for testing messaging service
         */
        MessagingTestBodyParams: {
            to_identity: components["schemas"]["IdentityBase"];
        };
        /** MinimalProperty */
        MinimalProperty: {
            /** Id */
            id: string;
            /** Name */
            name: string;
        };
        /**
         * MongoDBDocsSchema
         * @description Mongo DB Secrets Schema for API docs
         */
        MongoDBDocsSchema: {
            /**
             * Host
             * @description The hostname or IP address of the server where the database is running.
             */
            host: string;
            /**
             * Port
             * @description The network port number on which the server is listening for incoming connections (default: 27017). Port will be ignored if using SRV.
             * @default 27017
             */
            port?: number;
            /**
             * Username
             * @description The user account used to authenticate and access the database.
             */
            username: string;
            /**
             * Password
             * @description The password used to authenticate and access the database.
             */
            password: string;
            /**
             * Default auth DB
             * @description Used to specify the default authentication database.
             */
            defaultauthdb: string;
            /**
             * Use SRV
             * @description Enable SRV record lookup for service discovery (mongodb+srv://). Required for MongoDB Atlas. Enables SSL by default.
             * @default false
             */
            use_srv?: boolean | null;
            /**
             * SSL enabled
             * @description Enable SSL/TLS encryption. With SRV: defaults to enabled (can override). Without SRV: defaults to disabled.
             */
            ssl_enabled?: boolean | null;
        };
        /**
         * MySQLDocsSchema
         * @description MySQL Secrets Schema for API Docs
         */
        MySQLDocsSchema: {
            /**
             * Host
             * @description The hostname or IP address of the server where the database is running.
             */
            host: string;
            /**
             * Port
             * @description The network port number on which the server is listening for incoming connections (default: 3306).
             * @default 3306
             */
            port?: number;
            /**
             * Username
             * @description The user account used to authenticate and access the database.
             */
            username?: string | null;
            /**
             * Password
             * @description The password used to authenticate and access the database.
             */
            password?: string | null;
            /**
             * Database
             * @description The name of the specific database within the database server that you want to connect to.
             */
            dbname: string;
            /**
             * SSH required
             * @description Indicates whether an SSH tunnel is required for the connection. Enable this option if your MySQL server is behind a firewall and requires SSH tunneling for remote connections.
             * @default false
             */
            ssh_required?: boolean;
            /**
             * SSL Mode
             * @description The SSL mode to use for the connection. Accepted values are: 'required', 'preferred', 'disabled', or an empty value.
             */
            ssl_mode?: components["schemas"]["MySQLSSLMode"] | null;
        };
        /**
         * MySQLSSLMode
         * @enum {string}
         */
        MySQLSSLMode: "preferred" | "required" | "disabled" | "";
        /**
         * NotificationApplicationConfig
         * @description API model - configuration settings for data subject and/or data processor notifications
         */
        NotificationApplicationConfig: {
            /** Send Request Completion Notification */
            send_request_completion_notification?: boolean | null;
            /** Send Request Receipt Notification */
            send_request_receipt_notification?: boolean | null;
            /** Send Request Review Notification */
            send_request_review_notification?: boolean | null;
            /** Notification Service Type */
            notification_service_type?: string | null;
            /** Enable Property Specific Messaging */
            enable_property_specific_messaging?: boolean | null;
            /** Privacy Assessments Channel */
            privacy_assessments_channel?: string | null;
        };
        /**
         * OAuthConfigSchema
         * @description Schema for OAuth2 configuration used in API requests
         */
        OAuthConfigSchema: {
            grant_type?: components["schemas"]["OAuthGrantType"] | null;
            /** Token Url */
            token_url?: string | null;
            /** Scope */
            scope?: string | null;
            /** Client Id */
            client_id?: string | null;
            /** Client Secret */
            client_secret: string | null;
        };
        /**
         * OAuthGrantType
         * @description OAuth2 grant types supported by the system
         * @enum {string}
         */
        OAuthGrantType: "client_credentials";
        /**
         * OktaConfig
         * @description The model for the connection config for Okta using OAuth2.
         */
        OktaConfig: {
            /** Orgurl */
            orgUrl: string;
            /** Clientid */
            clientId: string;
            /** Privatekey */
            privateKey: string;
            /**
             * Scopes
             * @default [
             *       "okta.apps.read"
             *     ]
             */
            scopes?: string[] | null;
        };
        /**
         * OktaDocsSchema
         * @description Okta Secrets Schema for API Docs
         */
        OktaDocsSchema: {
            /**
             * Organization URL
             * Format: uri
             * @description The URL of your Okta organization (e.g. https://your-org.okta.com)
             */
            org_url: string;
            /**
             * OAuth2 Client ID
             * @description The OAuth2 client ID from your Okta service application
             */
            client_id: string;
            /**
             * Private Key
             * @description RSA private key in JWK (JSON) format for signing JWT assertions. Download from Okta: Applications > Your App > Sign On > Client Credentials > Edit > Generate new key.
             */
            private_key: string;
            /**
             * OAuth2 Scopes
             * @description OAuth2 scopes to request (default: okta.apps.read)
             * @default [
             *       "okta.apps.read"
             *     ]
             */
            scopes?: string[] | null;
        };
        /**
         * Organization
         * @description The Organization resource model.
         *
         *     This resource is used as a way to organize all other resources.
         */
        Organization: {
            /**
             * Fides Key
             * @description A unique key used to identify this resource.
             */
            fides_key: string;
            /**
             * Organization Fides Key
             * @description Defines the Organization that this resource belongs to.
             * @default default_organization
             */
            organization_fides_key?: string;
            /** Tags */
            tags?: string[] | null;
            /**
             * Name
             * @description Human-Readable name for this resource.
             */
            name?: string | null;
            /**
             * Description
             * @description A detailed description of what this resource is.
             */
            description?: string | null;
            /**
             * Organization Parent Key
             * @description An inherited field from the FidesModel that is unused with an Organization.
             */
            organization_parent_key?: null;
            /**
             * @description The contact details information model.
             *
             *         Used to capture contact information for controllers, used
             *         as part of exporting a data map / ROPA.
             *
             *         This model is nested under an Organization and
             *         potentially under a system/dataset.
             */
            controller?: components["schemas"]["ContactDetails"] | null;
            /**
             * @description The contact details information model.
             *
             *         Used to capture contact information for controllers, used
             *         as part of exporting a data map / ROPA.
             *
             *         This model is nested under an Organization and
             *         potentially under a system/dataset.
             */
            data_protection_officer?: components["schemas"]["ContactDetails"] | null;
            /**
             * @description The OrganizationMetadata resource model.
             *
             *         Object used to hold application specific metadata for an organization
             */
            fidesctl_meta?: components["schemas"]["OrganizationMetadata"] | null;
            /**
             * @description The contact details information model.
             *
             *         Used to capture contact information for controllers, used
             *         as part of exporting a data map / ROPA.
             *
             *         This model is nested under an Organization and
             *         potentially under a system/dataset.
             */
            representative?: components["schemas"]["ContactDetails"] | null;
            /**
             * Security Policy
             * @description Am optional URL to the organization security policy.
             */
            security_policy?: string | null;
        };
        /**
         * OrganizationMetadata
         * @description The OrganizationMetadata resource model.
         *
         *     Object used to hold application specific metadata for an organization
         */
        OrganizationMetadata: {
            /**
             * Resource Filters
             * @description A list of filters that can be used when generating or scanning systems.
             */
            resource_filters?: components["schemas"]["ResourceFilter"][] | null;
        };
        /** Page[BasicSystemResponse] */
        Page_BasicSystemResponse_: {
            /** Items */
            items: components["schemas"]["BasicSystemResponse"][];
            /** Total */
            total: number;
            /** Page */
            page: number;
            /** Size */
            size: number;
            /** Pages */
            pages: number;
        };
        /** Page[ConnectionConfigurationResponse] */
        Page_ConnectionConfigurationResponse_: {
            /** Items */
            items: components["schemas"]["ConnectionConfigurationResponse"][];
            /** Total */
            total: number;
            /** Page */
            page: number;
            /** Size */
            size: number;
            /** Pages */
            pages: number;
        };
        /** Page[ConnectionSystemTypeMap] */
        Page_ConnectionSystemTypeMap_: {
            /** Items */
            items: components["schemas"]["ConnectionSystemTypeMap"][];
            /** Total */
            total: number;
            /** Page */
            page: number;
            /** Size */
            size: number;
            /** Pages */
            pages: number;
        };
        /** Page[ConsentReport] */
        Page_ConsentReport_: {
            /** Items */
            items: components["schemas"]["ConsentReport"][];
            /** Total */
            total: number;
            /** Page */
            page: number;
            /** Size */
            size: number;
            /** Pages */
            pages: number;
        };
        /** Page[DatasetConfigSchema] */
        Page_DatasetConfigSchema_: {
            /** Items */
            items: components["schemas"]["DatasetConfigSchema"][];
            /** Total */
            total: number;
            /** Page */
            page: number;
            /** Size */
            size: number;
            /** Pages */
            pages: number;
        };
        /** Page[DatasetResponse] */
        Page_DatasetResponse_: {
            /** Items */
            items: components["schemas"]["DatasetResponse"][];
            /** Total */
            total: number;
            /** Page */
            page: number;
            /** Size */
            size: number;
            /** Pages */
            pages: number;
        };
        /** Page[Dataset] */
        Page_Dataset_: {
            /** Items */
            items: components["schemas"]["Dataset"][];
            /** Total */
            total: number;
            /** Page */
            page: number;
            /** Size */
            size: number;
            /** Pages */
            pages: number;
        };
        /** Page[ExecutionLogDetailResponse] */
        Page_ExecutionLogDetailResponse_: {
            /** Items */
            items: components["schemas"]["ExecutionLogDetailResponse"][];
            /** Total */
            total: number;
            /** Page */
            page: number;
            /** Size */
            size: number;
            /** Pages */
            pages: number;
        };
        /** Page[MessagingConfigResponse] */
        Page_MessagingConfigResponse_: {
            /** Items */
            items: components["schemas"]["MessagingConfigResponse"][];
            /** Total */
            total: number;
            /** Page */
            page: number;
            /** Size */
            size: number;
            /** Pages */
            pages: number;
        };
        /** Page[PolicyResponse] */
        Page_PolicyResponse_: {
            /** Items */
            items: components["schemas"]["PolicyResponse"][];
            /** Total */
            total: number;
            /** Page */
            page: number;
            /** Size */
            size: number;
            /** Pages */
            pages: number;
        };
        /** Page[PolicyWebhookResponse] */
        Page_PolicyWebhookResponse_: {
            /** Items */
            items: components["schemas"]["PolicyWebhookResponse"][];
            /** Total */
            total: number;
            /** Page */
            page: number;
            /** Size */
            size: number;
            /** Pages */
            pages: number;
        };
        /** Page[PreApprovalWebhookResponse] */
        Page_PreApprovalWebhookResponse_: {
            /** Items */
            items: components["schemas"]["PreApprovalWebhookResponse"][];
            /** Total */
            total: number;
            /** Page */
            page: number;
            /** Size */
            size: number;
            /** Pages */
            pages: number;
        };
        /** Page[RuleResponseWithTargets] */
        Page_RuleResponseWithTargets_: {
            /** Items */
            items: components["schemas"]["RuleResponseWithTargets"][];
            /** Total */
            total: number;
            /** Page */
            page: number;
            /** Size */
            size: number;
            /** Pages */
            pages: number;
        };
        /** Page[RuleTarget] */
        Page_RuleTarget_: {
            /** Items */
            items: components["schemas"]["RuleTarget"][];
            /** Total */
            total: number;
            /** Page */
            page: number;
            /** Size */
            size: number;
            /** Pages */
            pages: number;
        };
        /** Page[StorageDestinationResponse] */
        Page_StorageDestinationResponse_: {
            /** Items */
            items: components["schemas"]["StorageDestinationResponse"][];
            /** Total */
            total: number;
            /** Page */
            page: number;
            /** Size */
            size: number;
            /** Pages */
            pages: number;
        };
        /** Page[Union[PrivacyRequestVerboseResponse, PrivacyRequestResponse]] */
        Page_Union_PrivacyRequestVerboseResponse__PrivacyRequestResponse__: {
            /** Items */
            items: (components["schemas"]["PrivacyRequestVerboseResponse"] | components["schemas"]["PrivacyRequestResponse"])[];
            /** Total */
            total: number;
            /** Page */
            page: number;
            /** Size */
            size: number;
            /** Pages */
            pages: number;
        };
        /** Page[UserResponse] */
        Page_UserResponse_: {
            /** Items */
            items: components["schemas"]["UserResponse"][];
            /** Total */
            total: number;
            /** Page */
            page: number;
            /** Size */
            size: number;
            /** Pages */
            pages: number;
        };
        /**
         * ParamValue
         * @description A named variable which can be sourced from identities, dataset references, or connector params. These values
         *     are used to replace the placeholders in the path, header, query, and body param values.
         */
        ParamValue: {
            /** Name */
            name: string;
            /** Identity */
            identity?: string | null;
            /** References */
            references?: (components["schemas"]["FidesDatasetReference"] | string)[] | null;
            /** Connector Param */
            connector_param?: string | null;
            /**
             * Unpack
             * @default false
             */
            unpack?: boolean | null;
        };
        /**
         * PeriodicIntegrationFrequency
         * @description Enum for periodic integration frequency
         * @enum {string}
         */
        PeriodicIntegrationFrequency: "daily" | "weekly" | "monthly" | "not scheduled";
        /**
         * PolicyMaskingSpec
         * @description Models the masking strategy definition
         */
        PolicyMaskingSpec: {
            /** Strategy */
            strategy: string;
            /** Configuration */
            configuration: {
                [key: string]: unknown;
            };
        };
        /**
         * PolicyMaskingSpecResponse
         * @description The schema to use when returning a masking strategy via the API. This schema omits other
         *     potentially sensitive fields in the masking configuration, for example the encryption
         *     algorithm.
         */
        PolicyMaskingSpecResponse: {
            /** Strategy */
            strategy: string;
        };
        /**
         * PolicyResponse
         * @description A holistic view of a Policy record, including all foreign keys by default.
         */
        PolicyResponse: {
            /** Name */
            name: string;
            /** Key */
            key?: string | null;
            drp_action?: components["schemas"]["DrpAction"] | null;
            /** Execution Timeframe */
            execution_timeframe?: number | null;
            /** Rules */
            rules?: components["schemas"]["RuleResponse"][] | null;
        };
        /**
         * PolicyRule
         * @description The PolicyRule resource model.
         *
         *     Describes the allowed combination of the various privacy data types.
         */
        PolicyRule: {
            /** Name */
            name: string;
            /**
             * @description The PrivacyRule resource model.
             *
             *         A list of privacy data types and what match method to use.
             */
            data_categories: components["schemas"]["PrivacyRule"];
            /**
             * @description The PrivacyRule resource model.
             *
             *         A list of privacy data types and what match method to use.
             */
            data_uses: components["schemas"]["PrivacyRule"];
            /**
             * @description The PrivacyRule resource model.
             *
             *         A list of privacy data types and what match method to use.
             */
            data_subjects: components["schemas"]["PrivacyRule"];
        };
        /**
         * PolicyWebhookCreate
         * @description Request schema for creating/updating a Policy Webhook
         */
        PolicyWebhookCreate: {
            direction: components["schemas"]["WebhookDirection"];
            /** Key */
            key?: string | null;
            /** Name */
            name?: string | null;
            /** Connection Config Key */
            connection_config_key: string;
        };
        /**
         * PolicyWebhookDeleteResponse
         * @description Response schema after deleting a webhook; new_order includes remaining reordered webhooks if applicable
         */
        PolicyWebhookDeleteResponse: {
            /** New Order */
            new_order: components["schemas"]["WebhookOrder"][];
        };
        /**
         * PolicyWebhookResponse
         * @description Response schema after creating a PolicyWebhook
         */
        PolicyWebhookResponse: {
            direction: components["schemas"]["WebhookDirection"];
            /** Key */
            key?: string | null;
            /** Name */
            name?: string | null;
            connection_config?: components["schemas"]["ConnectionConfigurationResponse"] | null;
            /** Order */
            order: number;
        };
        /**
         * PolicyWebhookUpdate
         * @description Request schema for updating a single webhook - fields are optional
         */
        PolicyWebhookUpdate: {
            direction?: components["schemas"]["WebhookDirection"] | null;
            /** Name */
            name?: string | null;
            /** Connection Config Key */
            connection_config_key?: string | null;
            /** Order */
            order?: number | null;
        };
        /**
         * PolicyWebhookUpdateResponse
         * @description Response schema after a PATCH to a single webhook - because updating the order of this webhook can update the
         *     order of other webhooks, new_order will include the new order if order was adjusted at all
         */
        PolicyWebhookUpdateResponse: {
            resource: components["schemas"]["PolicyWebhookResponse"];
            /** New Order */
            new_order: components["schemas"]["WebhookOrder"][];
        };
        /**
         * PostgreSQLDocsSchema
         * @description Postgres Secrets Schema for API Docs
         */
        PostgreSQLDocsSchema: {
            /**
             * Host
             * @description The hostname or IP address of the server where the database is running.
             */
            host: string;
            /**
             * Port
             * @description The network port number on which the server is listening for incoming connections (default: 5432).
             * @default 5432
             */
            port?: number;
            /**
             * Username
             * @description The user account used to authenticate and access the database.
             */
            username?: string | null;
            /**
             * Password
             * @description The password used to authenticate and access the database.
             */
            password?: string | null;
            /**
             * SSH required
             * @description Indicates whether an SSH tunnel is required for the connection. Enable this option if your PostgreSQL server is behind a firewall and requires SSH tunneling for remote connections.
             * @default false
             */
            ssh_required?: boolean;
            /**
             * Database
             * @description The name of the specific database within the database server that you want to connect to.
             */
            dbname?: string | null;
            /**
             * Schema
             * @description The default schema to be used for the database connection (defaults to public).
             */
            db_schema?: string | null;
            /** SSL Mode */
            ssl_mode?: string | null;
        };
        /**
         * PreApprovalWebhookCreate
         * @description Request schema for creating/updating a Pre Approval Webhook
         */
        PreApprovalWebhookCreate: {
            /** Key */
            key?: string | null;
            /** Name */
            name: string;
            /** Connection Config Key */
            connection_config_key: string;
        };
        /**
         * PreApprovalWebhookResponse
         * @description Response schema after creating/updating/getting a PreApprovalWebhook
         */
        PreApprovalWebhookResponse: {
            /** Key */
            key?: string | null;
            /** Name */
            name: string;
            connection_config?: components["schemas"]["ConnectionConfigurationResponse"] | null;
        };
        /**
         * PreApprovalWebhookUpdate
         * @description Request schema for updating a single webhook - fields are optional
         */
        PreApprovalWebhookUpdate: {
            /** Name */
            name?: string | null;
            /** Connection Config Key */
            connection_config_key?: string | null;
        };
        /** PrivacyCenterConfig */
        PrivacyCenterConfig: {
            /** Url */
            url?: string | null;
        };
        /**
         * PrivacyDeclaration
         * @description The PrivacyDeclaration resource model.
         *
         *     States a function of a system, and describes how it relates
         *     to the privacy data types.
         */
        PrivacyDeclaration: {
            /**
             * Name
             * @description The name of the privacy declaration on the system.
             */
            name?: string | null;
            /**
             * Data Categories
             * @description An array of data categories describing a system in a privacy declaration.
             */
            data_categories: string[];
            /**
             * Data Use
             * @description The Data Use describing a system in a privacy declaration.
             */
            data_use: string;
            /**
             * Data Subjects
             * @description An array of data subjects describing a system in a privacy declaration.
             */
            data_subjects?: string[];
            /**
             * Dataset References
             * @description Referenced Dataset fides keys used by the system.
             */
            dataset_references?: string[] | null;
            /**
             * Egress
             * @description The resources to which data is sent. Any `fides_key`s included in this list reference `DataFlow` entries in the `egress` array of any `System` resources to which this `PrivacyDeclaration` is applied.
             */
            egress?: string[] | null;
            /**
             * Ingress
             * @description The resources from which data is received. Any `fides_key`s included in this list reference `DataFlow` entries in the `ingress` array of any `System` resources to which this `PrivacyDeclaration` is applied.
             */
            ingress?: string[] | null;
            /**
             * Features
             * @description The features of processing personal data.
             */
            features?: string[];
            /**
             * Flexible Legal Basis For Processing
             * @description Whether the legal basis for processing is 'flexible' (i.e. can be overridden in a privacy notice) for this declaration.
             * @default true
             */
            flexible_legal_basis_for_processing?: boolean;
            /** @description The legal basis under which personal data is processed for this purpose. */
            legal_basis_for_processing?: components["schemas"]["LegalBasisForProcessingEnum"] | null;
            /**
             * Impact Assessment Location
             * @description Where the legitimate interest impact assessment is stored
             */
            impact_assessment_location?: string | null;
            /**
             * Retention Period
             * @description An optional string to describe the time period for which data is retained for this purpose.
             */
            retention_period?: string | null;
            /**
             * Processes Special Category Data
             * @description This system processes special category data
             * @default false
             */
            processes_special_category_data?: boolean;
            /** @description The legal basis under which the special category data is processed. */
            special_category_legal_basis?: components["schemas"]["SpecialCategoryLegalBasisEnum"] | null;
            /**
             * Data Shared With Third Parties
             * @description This system shares data with third parties for this purpose.
             * @default false
             */
            data_shared_with_third_parties?: boolean;
            /**
             * Third Parties
             * @description The types of third parties the data is shared with.
             */
            third_parties?: string | null;
            /**
             * Shared Categories
             * @description The categories of personal data that this system shares with third parties.
             */
            shared_categories?: string[];
        };
        /**
         * PrivacyDeclarationResponse
         * @description Extension of base pydantic model to include DB `id` field in the response
         */
        PrivacyDeclarationResponse: {
            /**
             * Name
             * @description The name of the privacy declaration on the system.
             */
            name?: string | null;
            /**
             * Data Categories
             * @description An array of data categories describing a system in a privacy declaration.
             */
            data_categories: string[];
            /**
             * Data Use
             * @description The Data Use describing a system in a privacy declaration.
             */
            data_use: string;
            /**
             * Data Subjects
             * @description An array of data subjects describing a system in a privacy declaration.
             */
            data_subjects?: string[];
            /**
             * Dataset References
             * @description Referenced Dataset fides keys used by the system.
             */
            dataset_references?: string[] | null;
            /**
             * Egress
             * @description The resources to which data is sent. Any `fides_key`s included in this list reference `DataFlow` entries in the `egress` array of any `System` resources to which this `PrivacyDeclaration` is applied.
             */
            egress?: string[] | null;
            /**
             * Ingress
             * @description The resources from which data is received. Any `fides_key`s included in this list reference `DataFlow` entries in the `ingress` array of any `System` resources to which this `PrivacyDeclaration` is applied.
             */
            ingress?: string[] | null;
            /**
             * Features
             * @description The features of processing personal data.
             */
            features?: string[];
            /**
             * Flexible Legal Basis For Processing
             * @description Whether the legal basis for processing is 'flexible' (i.e. can be overridden in a privacy notice) for this declaration.
             * @default true
             */
            flexible_legal_basis_for_processing?: boolean;
            /** @description The legal basis under which personal data is processed for this purpose. */
            legal_basis_for_processing?: components["schemas"]["LegalBasisForProcessingEnum"] | null;
            /**
             * Impact Assessment Location
             * @description Where the legitimate interest impact assessment is stored
             */
            impact_assessment_location?: string | null;
            /**
             * Retention Period
             * @description An optional string to describe the time period for which data is retained for this purpose.
             */
            retention_period?: string | null;
            /**
             * Processes Special Category Data
             * @description This system processes special category data
             * @default false
             */
            processes_special_category_data?: boolean;
            /** @description The legal basis under which the special category data is processed. */
            special_category_legal_basis?: components["schemas"]["SpecialCategoryLegalBasisEnum"] | null;
            /**
             * Data Shared With Third Parties
             * @description This system shares data with third parties for this purpose.
             * @default false
             */
            data_shared_with_third_parties?: boolean;
            /**
             * Third Parties
             * @description The types of third parties the data is shared with.
             */
            third_parties?: string | null;
            /**
             * Shared Categories
             * @description The categories of personal data that this system shares with third parties.
             */
            shared_categories?: string[];
            /**
             * Id
             * @description The database-assigned ID of the privacy declaration on the system. This is meant to be a read-only field, returned only in API responses
             */
            id: string;
        };
        /**
         * PrivacyRequestAccessResults
         * @description Schema for the access results of a PrivacyRequest
         */
        PrivacyRequestAccessResults: {
            /** Access Result Urls */
            access_result_urls: string[];
        };
        /**
         * PrivacyRequestBulkSelection
         * @description Select privacy requests for bulk actions using either explicit IDs or filters.
         *
         *     If request_ids is provided, it will be used directly.
         *     If filters is provided (without request_ids), filters will be used to select privacy requests,
         *     with optional exclusions via exclude_ids.
         *
         *     For backwards compatibility, a plain list of request IDs is also accepted and will be
         *     automatically converted to {"request_ids": [...]}.
         */
        PrivacyRequestBulkSelection: {
            /**
             * Request Ids
             * @description List of privacy request IDs to act on. The backend will automatically batch requests if the list is large.
             */
            request_ids?: string[] | null;
            /** @description Filters to select privacy requests (only used when request_ids is not provided) */
            filters?: components["schemas"]["PrivacyRequestFilter"] | null;
            /**
             * Exclude Ids
             * @description List of privacy request IDs to exclude from the action (only used with filters)
             */
            exclude_ids?: string[] | null;
        };
        /**
         * PrivacyRequestCreate
         * @description Data required to create a PrivacyRequest
         */
        PrivacyRequestCreate: {
            /** External Id */
            external_id?: string | null;
            /** Started Processing At */
            started_processing_at?: string | null;
            /** Finished Processing At */
            finished_processing_at?: string | null;
            /** Requested At */
            requested_at?: string | null;
            identity: components["schemas"]["Identity"];
            /** Consent Request Id */
            consent_request_id?: string | null;
            /** Custom Privacy Request Fields */
            custom_privacy_request_fields?: {
                [key: string]: components["schemas"]["CustomPrivacyRequestField"];
            } | null;
            /** Policy Key */
            policy_key: string;
            /** Encryption Key */
            encryption_key?: string | null;
            /** Property Id */
            property_id?: string | null;
            /** Consent Preferences */
            consent_preferences?: components["schemas"]["Consent"][] | null;
            source?: components["schemas"]["PrivacyRequestSource"] | null;
            /** Location */
            location?: string | null;
        };
        /**
         * PrivacyRequestDRPStatus
         * @description A list of privacy request statuses specified by the Data Rights Protocol.
         * @enum {string}
         */
        PrivacyRequestDRPStatus: "open" | "in_progress" | "fulfilled" | "revoked" | "denied" | "expired";
        /**
         * PrivacyRequestDRPStatusResponse
         * @description A Fidesops PrivacyRequest updated to fit the Data Rights Protocol specification.
         */
        PrivacyRequestDRPStatusResponse: {
            /** Request Id */
            request_id: string;
            /**
             * Received At
             * Format: date-time
             */
            received_at: string;
            /** Expected By */
            expected_by?: string | null;
            /** Processing Details */
            processing_details?: string | null;
            status: components["schemas"]["PrivacyRequestDRPStatus"];
            /** Reason */
            reason?: string | null;
            /** User Verification Url */
            user_verification_url?: string | null;
        };
        /** PrivacyRequestFilter */
        PrivacyRequestFilter: {
            /** Request Id */
            request_id?: string | null;
            /**
             * Identities
             * @example {
             *       "email": "user@example.com",
             *       "loyalty_id": "CH-1"
             *     }
             */
            identities?: {
                [key: string]: unknown;
            } | null;
            /** Fuzzy Search Str */
            fuzzy_search_str?: string | null;
            /**
             * Custom Privacy Request Fields
             * @example {
             *       "site_id": "abc",
             *       "subscriber_id": "123"
             *     }
             */
            custom_privacy_request_fields?: {
                [key: string]: unknown;
            } | null;
            /** Status */
            status?: components["schemas"]["PrivacyRequestStatus"] | components["schemas"]["PrivacyRequestStatus"][] | null;
            /** Created Lt */
            created_lt?: string | null;
            /** Created Gt */
            created_gt?: string | null;
            /** Started Lt */
            started_lt?: string | null;
            /** Started Gt */
            started_gt?: string | null;
            /** Completed Lt */
            completed_lt?: string | null;
            /** Completed Gt */
            completed_gt?: string | null;
            /** Errored Lt */
            errored_lt?: string | null;
            /** Errored Gt */
            errored_gt?: string | null;
            /** External Id */
            external_id?: string | null;
            /** Location */
            location?: string | null;
            /** Action Type */
            action_type?: components["schemas"]["ActionType"] | components["schemas"]["ActionType"][] | null;
            /**
             * Verbose
             * @default false
             */
            verbose?: boolean | null;
            /**
             * Include Identities
             * @default false
             */
            include_identities?: boolean | null;
            /**
             * Include Custom Privacy Request Fields
             * @default false
             */
            include_custom_privacy_request_fields?: boolean | null;
            /**
             * Include Deleted Requests
             * @default false
             */
            include_deleted_requests?: boolean | null;
            /**
             * Download Csv
             * @default false
             */
            download_csv?: boolean | null;
            /**
             * Sort Field
             * @default created_at
             */
            sort_field?: string;
            /** @default desc */
            sort_direction?: components["schemas"]["ColumnSort"];
        };
        /** PrivacyRequestNotificationInfo */
        PrivacyRequestNotificationInfo: {
            /** Email Addresses */
            email_addresses: string[];
            /** Notify After Failures */
            notify_after_failures: number;
        };
        /**
         * PrivacyRequestRedactionPatternsRequest
         * @description Request schema for updating privacy request redaction patterns.
         */
        PrivacyRequestRedactionPatternsRequest: {
            /**
             * Patterns
             * @description List of regex patterns used to redact dataset, collection, and field names in privacy request package reports
             */
            patterns: string[];
        };
        /**
         * PrivacyRequestRedactionPatternsResponse
         * @description Response schema for privacy request redaction patterns.
         */
        PrivacyRequestRedactionPatternsResponse: {
            /**
             * Patterns
             * @description List of regex patterns used to redact dataset, collection, and field names in privacy request package reports
             */
            patterns: string[];
        };
        /**
         * PrivacyRequestResponse
         * @description Schema to check the status of a PrivacyRequest
         */
        PrivacyRequestResponse: {
            /** Id */
            id: string;
            /** Created At */
            created_at?: string | null;
            /** Started Processing At */
            started_processing_at?: string | null;
            /** Reviewed At */
            reviewed_at?: string | null;
            /** Reviewed By */
            reviewed_by?: string | null;
            /** Submitted By */
            submitted_by?: string | null;
            reviewer?: components["schemas"]["PrivacyRequestUser"] | null;
            submitter?: components["schemas"]["PrivacyRequestUser"] | null;
            /** Finished Processing At */
            finished_processing_at?: string | null;
            /** Identity Verified At */
            identity_verified_at?: string | null;
            /** Paused At */
            paused_at?: string | null;
            status: components["schemas"]["PrivacyRequestStatus"];
            /** External Id */
            external_id?: string | null;
            /** Identity */
            identity?: {
                [key: string]: string | components["schemas"]["IdentityValue"] | null;
            } | null;
            /** Custom Privacy Request Fields */
            custom_privacy_request_fields?: {
                [key: string]: unknown;
            } | null;
            policy: components["schemas"]["PolicyResponse"];
            action_required_details?: components["schemas"]["CheckpointActionRequiredDetails"] | null;
            /** Resume Endpoint */
            resume_endpoint?: string | null;
            /** Days Left */
            days_left?: number | null;
            /** Custom Privacy Request Fields Approved By */
            custom_privacy_request_fields_approved_by?: string | null;
            /** Custom Privacy Request Fields Approved At */
            custom_privacy_request_fields_approved_at?: string | null;
            source?: components["schemas"]["PrivacyRequestSource"] | null;
            /** Location */
            location?: string | null;
            /** Deleted At */
            deleted_at?: string | null;
            /** Deleted By */
            deleted_by?: string | null;
            /** Finalized At */
            finalized_at?: string | null;
            /** Finalized By */
            finalized_by?: string | null;
            /** Duplicate Request Group Id */
            duplicate_request_group_id?: string | null;
        };
        /**
         * PrivacyRequestResumeFormat
         * @description Expected request body to resume a privacy request after it was paused by a webhook
         */
        PrivacyRequestResumeFormat: {
            /** @default {} */
            derived_identity?: components["schemas"]["Identity"] | null;
        };
        /**
         * PrivacyRequestSource
         * @description The source where the privacy request originated from
         *
         *     - Privacy Center: Request created from the Privacy Center
         *     - Request Manager: Request submitted from the Admin UI's Request manager page
         *     - Consent Webhook: Request created as a side-effect of a consent webhook request (bidirectional consent)
         *     - Fides.js: Request created as a side-effect of a privacy preference update from Fides.js
         *     - Dataset Test: Standalone dataset test
         *     - Janus SDK: Request created from the Mobile SDK
         * @enum {string}
         */
        PrivacyRequestSource: "Privacy Center" | "Request Manager" | "Consent Webhook" | "Fides.js" | "Dataset Test" | "Janus SDK";
        /**
         * PrivacyRequestStatus
         * @description Enum for privacy request statuses, reflecting where they are in the Privacy Request Lifecycle
         * @enum {string}
         */
        PrivacyRequestStatus: "identity_unverified" | "requires_input" | "pending" | "approved" | "denied" | "in_processing" | "complete" | "paused" | "awaiting_email_send" | "requires_manual_finalization" | "canceled" | "error" | "duplicate";
        /**
         * PrivacyRequestTaskSchema
         * @description Schema for Privacy Request Tasks, which are individual nodes that are queued
         */
        PrivacyRequestTaskSchema: {
            status: components["schemas"]["ExecutionLogStatus"];
            /** Id */
            id: string;
            /** Collection Address */
            collection_address: string;
            /**
             * Created At
             * Format: date-time
             */
            created_at: string;
            /**
             * Updated At
             * Format: date-time
             */
            updated_at: string;
            /** Upstream Tasks */
            upstream_tasks: string[];
            /** Downstream Tasks */
            downstream_tasks: string[];
            action_type: components["schemas"]["ActionType"];
        };
        /**
         * PrivacyRequestUser
         * @description Data we can expose via PrivacyRequest user relations (reviewer, submitter, etc.)
         */
        PrivacyRequestUser: {
            /** Id */
            id: string;
            /** Username */
            username: string;
        };
        /**
         * PrivacyRequestVerboseResponse
         * @description The schema for the more detailed PrivacyRequest response containing both
         *     detailed execution logs and audit logs.
         */
        PrivacyRequestVerboseResponse: {
            /** Id */
            id: string;
            /** Created At */
            created_at?: string | null;
            /** Started Processing At */
            started_processing_at?: string | null;
            /** Reviewed At */
            reviewed_at?: string | null;
            /** Reviewed By */
            reviewed_by?: string | null;
            /** Submitted By */
            submitted_by?: string | null;
            reviewer?: components["schemas"]["PrivacyRequestUser"] | null;
            submitter?: components["schemas"]["PrivacyRequestUser"] | null;
            /** Finished Processing At */
            finished_processing_at?: string | null;
            /** Identity Verified At */
            identity_verified_at?: string | null;
            /** Paused At */
            paused_at?: string | null;
            status: components["schemas"]["PrivacyRequestStatus"];
            /** External Id */
            external_id?: string | null;
            /** Identity */
            identity?: {
                [key: string]: string | components["schemas"]["IdentityValue"] | null;
            } | null;
            /** Custom Privacy Request Fields */
            custom_privacy_request_fields?: {
                [key: string]: unknown;
            } | null;
            policy: components["schemas"]["PolicyResponse"];
            action_required_details?: components["schemas"]["CheckpointActionRequiredDetails"] | null;
            /** Resume Endpoint */
            resume_endpoint?: string | null;
            /** Days Left */
            days_left?: number | null;
            /** Custom Privacy Request Fields Approved By */
            custom_privacy_request_fields_approved_by?: string | null;
            /** Custom Privacy Request Fields Approved At */
            custom_privacy_request_fields_approved_at?: string | null;
            source?: components["schemas"]["PrivacyRequestSource"] | null;
            /** Location */
            location?: string | null;
            /** Deleted At */
            deleted_at?: string | null;
            /** Deleted By */
            deleted_by?: string | null;
            /** Finalized At */
            finalized_at?: string | null;
            /** Finalized By */
            finalized_by?: string | null;
            /** Duplicate Request Group Id */
            duplicate_request_group_id?: string | null;
            /** Results */
            results: {
                [key: string]: components["schemas"]["ExecutionAndAuditLogResponse"][];
            };
        };
        /**
         * PrivacyRule
         * @description The PrivacyRule resource model.
         *
         *     A list of privacy data types and what match method to use.
         */
        PrivacyRule: {
            /**
             * @description The MatchesEnum resource model.
             *
             *         Determines how the listed resources are matched in the evaluation logic.
             */
            matches: components["schemas"]["MatchesEnum"];
            /**
             * Values
             * @description A list of fides keys to be used with the matching type in a privacy rule.
             */
            values: string[];
        };
        /** QueryParam */
        QueryParam: {
            /** Name */
            name: string;
            /** Value */
            value: number | string;
        };
        /** QueueInfo */
        QueueInfo: {
            /** Messages */
            messages: number;
        };
        /**
         * RDSMySQLDocsSchema
         * @description RDS MySQL Secrets Schema for API Docs
         */
        RDSMySQLDocsSchema: {
            /**
             * Authentication Method
             * @description Determines which type of authentication method to use for connecting to Amazon Web Services. Currently accepted values are: `secret_keys` or `automatic`.
             */
            auth_method: components["schemas"]["AWSAuthMethod"];
            /**
             * Access Key ID
             * @description Part of the credentials that provide access to your AWS account.
             */
            aws_access_key_id?: string | null;
            /**
             * Secret Access Key
             * @description Part of the credentials that provide access to your AWS account.
             */
            aws_secret_access_key?: string | null;
            /**
             * Assume Role ARN
             * @description If provided, the ARN of the role that should be assumed to connect to AWS.
             */
            aws_assume_role_arn?: string | null;
            /**
             * DB Username
             * @description The user account used to authenticate and access the databases.
             * @default fides_service_user
             */
            db_username?: string;
            /**
             * Region
             * @description The AWS region where the RDS instances are located.
             */
            region: string;
        };
        /**
         * RDSPostgresDocsSchema
         * @description RDS Postgres Secrets Schema for API Docs
         */
        RDSPostgresDocsSchema: {
            /**
             * Authentication Method
             * @description Determines which type of authentication method to use for connecting to Amazon Web Services. Currently accepted values are: `secret_keys` or `automatic`.
             */
            auth_method: components["schemas"]["AWSAuthMethod"];
            /**
             * Access Key ID
             * @description Part of the credentials that provide access to your AWS account.
             */
            aws_access_key_id?: string | null;
            /**
             * Secret Access Key
             * @description Part of the credentials that provide access to your AWS account.
             */
            aws_secret_access_key?: string | null;
            /**
             * Assume Role ARN
             * @description If provided, the ARN of the role that should be assumed to connect to AWS.
             */
            aws_assume_role_arn?: string | null;
            /**
             * DB Username
             * @description The user account used to authenticate and access the databases.
             * @default fides_service_user
             */
            db_username?: string;
            /**
             * Region
             * @description The AWS region where the RDS instances are located.
             */
            region: string;
        };
        /**
         * RateLimit
         * @description A config object which allows configuring rate limits for connectors
         */
        RateLimit: {
            /** Rate */
            rate: number;
            period: components["schemas"]["RateLimitPeriod"];
            /** Custom Key */
            custom_key?: string | null;
        };
        /**
         * RateLimitConfig
         * @description A config object which allows configuring rate limits for connectors
         */
        RateLimitConfig: {
            /** Limits */
            limits?: components["schemas"]["RateLimit"][] | null;
            /**
             * Enabled
             * @default true
             */
            enabled?: boolean | null;
        };
        /**
         * RateLimitPeriod
         * @description Defines the periods supported by rate limit config
         * @enum {string}
         */
        RateLimitPeriod: "second" | "minute" | "hour" | "day";
        /**
         * ReadSaaSRequest
         * @description An extension of the base SaaSRequest that allows the inclusion of an output template
         *     that is used to format each collection result, and correlation_id_path for async polling.
         */
        ReadSaaSRequest: {
            /** Request Override */
            request_override?: string | null;
            /** Path */
            path?: string | null;
            method?: components["schemas"]["HTTPMethod"] | null;
            /**
             * Headers
             * @default []
             */
            headers?: components["schemas"]["Header"][] | null;
            /**
             * Query Params
             * @default []
             */
            query_params?: components["schemas"]["QueryParam"][] | null;
            /** Body */
            body?: string | null;
            /**
             * Param Values
             * @default []
             */
            param_values?: components["schemas"]["ParamValue"][] | null;
            client_config?: components["schemas"]["ClientConfig"] | null;
            /** Data Path */
            data_path?: string | null;
            /** Postprocessors */
            postprocessors?: components["schemas"]["Strategy"][] | null;
            pagination?: components["schemas"]["Strategy"] | null;
            /**
             * Grouped Inputs
             * @default []
             */
            grouped_inputs?: string[] | null;
            /**
             * Ignore Errors
             * @default false
             */
            ignore_errors?: boolean | number[] | null;
            rate_limit_config?: components["schemas"]["RateLimitConfig"] | null;
            async_config?: components["schemas"]["Strategy"] | null;
            /**
             * Skip Missing Param Values
             * @default false
             */
            skip_missing_param_values?: boolean | null;
            /**
             * Correlation Id Path
             * @description The path to the correlation ID in the response. For use with async polling.
             */
            correlation_id_path?: string | null;
            /** Output */
            output?: string | null;
        };
        /**
         * RedshiftDocsSchema
         * @description Redshift Secrets Schema for API Docs
         */
        RedshiftDocsSchema: {
            /**
             * Host
             * @description The hostname or IP address of the server where the database is running.
             */
            host: string;
            /**
             * Port
             * @description The network port number on which the server is listening for incoming connections (default: 5439).
             * @default 5439
             */
            port?: number;
            /**
             * Username
             * @description The user account used to authenticate and access the database.
             */
            user: string;
            /**
             * Password
             * @description The password used to authenticate and access the database.
             */
            password: string;
            /**
             * Database
             * @description The name of the specific database within the database server that you want to connect to.
             */
            database: string;
            /**
             * Schema
             * @description The default schema to be used for the database connection (defaults to public).
             */
            db_schema?: string | null;
            /**
             * SSH required
             * @description Indicates whether an SSH tunnel is required for the connection. Enable this option if your Redshift database is behind a firewall and requires SSH tunneling for remote connections.
             * @default false
             */
            ssh_required?: boolean;
        };
        /**
         * Registration
         * @description Describes a Fides registration.
         */
        Registration: {
            /** Opt In */
            opt_in: boolean;
            /** Analytics Id */
            analytics_id: string;
            /** User Email */
            user_email: string | null;
            /** User Organization */
            user_organization: string | null;
        };
        /**
         * RequestTaskCallbackRequest
         * @description Request body for Async Callback
         */
        RequestTaskCallbackRequest: {
            /**
             * Access Results
             * @description Access results collected asynchronously, as a list of rows.  Use caution; this data may be used by dependent tasks downstream and/or uploaded to the end user.
             */
            access_results?: {
                [key: string]: unknown;
            }[] | null;
            /**
             * Rows Masked
             * @description Number of records masked, as an integer
             */
            rows_masked?: number | null;
        };
        /**
         * ResourceFilter
         * @description The ResourceFilter resource model.
         */
        ResourceFilter: {
            /**
             * Type
             * @description The type of filter to be used (i.e. ignore_resource_arn)
             */
            type: string;
            /**
             * Value
             * @description A string representation of resources to be filtered. Can include wildcards.
             */
            value: string;
        };
        /**
         * ResponseFormat
         * @description Response formats
         * @enum {string}
         */
        ResponseFormat: "json" | "csv" | "html";
        /**
         * ResponseWithMessage
         * @description Generic schema for responses with a message
         */
        ResponseWithMessage: {
            /** Message */
            message: string;
        };
        /**
         * RoleRegistryEnum
         * @description Enum of available roles
         *
         *     Owner - Full admin
         *     Viewer - Can view everything
         *     Approver - Limited viewer but can approve Privacy Requests
         *     Viewer + Approver = Full View and can approve Privacy Requests
         *     Contributor - Can't configure storage and messaging
         *     Respondent - Internal user who can respond to manual steps
         *     External Respondent - External user who can only respond to assigned manual steps
         * @enum {string}
         */
        RoleRegistryEnum: "owner" | "viewer_and_approver" | "viewer" | "approver" | "contributor" | "respondent" | "external_respondent";
        /**
         * RuleCreate
         * @description The schema to use when creating a Rule. This schema accepts a storage_destination_key
         *     over a composite object.
         */
        RuleCreate: {
            /** Name */
            name: string;
            /** Key */
            key?: string | null;
            action_type: components["schemas"]["ActionType"];
            /** Storage Destination Key */
            storage_destination_key?: string | null;
            masking_strategy?: components["schemas"]["PolicyMaskingSpec"] | null;
        };
        /**
         * RuleResponse
         * @description The schema to use when returning a Rule via the API. This schema uses a censored version
         *     of the `PolicyMaskingSpec` that omits the configuration to avoid exposing secrets.
         */
        RuleResponse: {
            /** Name */
            name: string;
            /** Key */
            key?: string | null;
            action_type: components["schemas"]["ActionType"];
            storage_destination?: components["schemas"]["StorageDestinationResponse"] | null;
            masking_strategy?: components["schemas"]["PolicyMaskingSpecResponse"] | null;
        };
        /**
         * RuleResponseWithTargets
         * @description The schema to use when returning a Rule via the API and when including the Rule's targets
         *     is desired. This schema uses a censored version of the `PolicyMaskingSpec` that omits the
         *     configuration to avoid exposing secrets.
         */
        RuleResponseWithTargets: {
            /** Name */
            name: string;
            /** Key */
            key?: string | null;
            action_type: components["schemas"]["ActionType"];
            /** Targets */
            targets?: components["schemas"]["RuleTarget"][] | null;
            storage_destination?: components["schemas"]["StorageDestinationResponse"] | null;
            masking_strategy?: components["schemas"]["PolicyMaskingSpecResponse"] | null;
        };
        /**
         * RuleTarget
         * @description An external representation of a Rule's target DataCategory within a Fidesops Policy
         */
        RuleTarget: {
            /** Name */
            name?: string | null;
            /** Key */
            key?: string | null;
            /** Data Category */
            data_category: string;
        };
        /**
         * S3DocsSchema
         * @description S3 Secrets Schema for API Docs
         */
        S3DocsSchema: {
            /**
             * Authentication Method
             * @description Determines which type of authentication method to use for connecting to Amazon Web Services. Currently accepted values are: `secret_keys` or `automatic`.
             */
            auth_method: components["schemas"]["AWSAuthMethod"];
            /**
             * Access Key ID
             * @description Part of the credentials that provide access to your AWS account.
             */
            aws_access_key_id?: string | null;
            /**
             * Secret Access Key
             * @description Part of the credentials that provide access to your AWS account.
             */
            aws_secret_access_key?: string | null;
            /**
             * Assume Role ARN
             * @description If provided, the ARN of the role that should be assumed to connect to AWS.
             */
            aws_assume_role_arn?: string | null;
        };
        /**
         * SaaSConfig
         * @description Used to store endpoint and param configurations for a SaaS connector.
         *     This is done to separate the details of how to make the API calls
         *     from the data provided by a given API collection.
         *
         *     The required fields for the config are converted into a Dataset which is
         *     merged with the standard Fidesops Dataset to provide a complete set of dependencies
         *     for the graph traversal.
         */
        SaaSConfig: {
            /** Fides Key */
            fides_key: string;
            /** Name */
            name: string;
            /** Type */
            type: string;
            /** Description */
            description: string;
            /** Version */
            version: string;
            /**
             * Replaceable
             * @default false
             */
            replaceable?: boolean;
            /** Connector Params */
            connector_params: components["schemas"]["ConnectorParam"][];
            /** External References */
            external_references?: components["schemas"]["ExternalDatasetReference"][] | null;
            client_config: components["schemas"]["ClientConfig"];
            /** Endpoints */
            endpoints: components["schemas"]["Endpoint"][];
            test_request: components["schemas"]["SaaSRequest"];
            data_protection_request?: components["schemas"]["SaaSRequest"] | null;
            rate_limit_config?: components["schemas"]["RateLimitConfig"] | null;
            consent_requests?: components["schemas"]["ConsentRequestMap"] | null;
            /** User Guide */
            user_guide?: string | null;
            display_info?: components["schemas"]["SaaSDisplayInfo"] | null;
        };
        /**
         * SaaSConfigBase
         * @description Used to store base info for a SaaS config
         */
        SaaSConfigBase: {
            /** Fides Key */
            fides_key: string;
            /** Name */
            name: string;
            /** Type */
            type: string;
        };
        /**
         * SaaSConfigValidationDetails
         * @description Message with any validation issues with the SaaS config
         */
        SaaSConfigValidationDetails: {
            /** Msg */
            msg?: string | null;
        };
        /**
         * SaaSDisplayInfo
         * @description Optional display information for SAAS integrations to enhance frontend presentation.
         *     When not provided, smart defaults will be inferred based on the integration type.
         */
        SaaSDisplayInfo: {
            category?: components["schemas"]["ConnectionCategory"] | null;
            /** Tags */
            tags?: string[] | null;
            /** Enabled Features */
            enabled_features?: components["schemas"]["IntegrationFeature"][] | null;
        };
        /**
         * SaaSRequest
         * @description A single request with static or dynamic path, headers, query, and body params.
         *     Also specifies the names and sources for the param values needed to build the request.
         *
         *     Includes optional strategies for postprocessing and pagination.
         */
        SaaSRequest: {
            /** Request Override */
            request_override?: string | null;
            /** Path */
            path?: string | null;
            method?: components["schemas"]["HTTPMethod"] | null;
            /**
             * Headers
             * @default []
             */
            headers?: components["schemas"]["Header"][] | null;
            /**
             * Query Params
             * @default []
             */
            query_params?: components["schemas"]["QueryParam"][] | null;
            /** Body */
            body?: string | null;
            /**
             * Param Values
             * @default []
             */
            param_values?: components["schemas"]["ParamValue"][] | null;
            client_config?: components["schemas"]["ClientConfig"] | null;
            /** Data Path */
            data_path?: string | null;
            /** Postprocessors */
            postprocessors?: components["schemas"]["Strategy"][] | null;
            pagination?: components["schemas"]["Strategy"] | null;
            /**
             * Grouped Inputs
             * @default []
             */
            grouped_inputs?: string[] | null;
            /**
             * Ignore Errors
             * @default false
             */
            ignore_errors?: boolean | number[] | null;
            rate_limit_config?: components["schemas"]["RateLimitConfig"] | null;
            async_config?: components["schemas"]["Strategy"] | null;
            /**
             * Skip Missing Param Values
             * @default false
             */
            skip_missing_param_values?: boolean | null;
            /**
             * Correlation Id Path
             * @description The path to the correlation ID in the response. For use with async polling.
             */
            correlation_id_path?: string | null;
        };
        /**
         * SaaSRequestMap
         * @description A map of actions to SaaS requests
         */
        SaaSRequestMap: {
            /**
             * Read
             * @default []
             */
            read?: components["schemas"]["ReadSaaSRequest"] | components["schemas"]["ReadSaaSRequest"][];
            update?: components["schemas"]["SaaSRequest"] | null;
            delete?: components["schemas"]["SaaSRequest"] | null;
        };
        /**
         * SaaSSchema
         * @description Abstract base schema for updating SaaS connection configuration secrets.
         *     Fields are added during runtime based on the connector_params and any
         *     external_references in the passed in saas_config
         */
        SaaSSchema: {
            [key: string]: unknown;
        };
        /** SaasConnectionTemplateResponse */
        SaasConnectionTemplateResponse: {
            connection: components["schemas"]["ConnectionConfigurationResponse"];
            dataset: components["schemas"]["Dataset"];
        };
        /**
         * SaasConnectionTemplateValues
         * @description Schema with values to create both a Saas ConnectionConfig and DatasetConfig from a template
         */
        SaasConnectionTemplateValues: {
            /** Name */
            name?: string | null;
            /** Key */
            key?: string | null;
            /** Description */
            description?: string | null;
            /** Secrets */
            secrets: {
                /**
                 * Keyfile creds
                 * @description The contents of the key file that contains authentication credentials for a service account in GCP.
                 */
                keyfile_creds: components["schemas"]["fides__api__schemas__connection_configuration__connection_secrets_bigquery__KeyfileCreds"];
                /**
                 * Dataset
                 * @description Only provide a dataset to scope discovery monitors and privacy request automation to a specific BigQuery dataset. In most cases, this can be left blank.
                 */
                dataset?: string | null;
            } | {
                /**
                 * DataHub server URL
                 * Format: uri
                 * @description The URL of your DataHub server.
                 */
                datahub_server_url: string;
                /**
                 * DataHub token
                 * @description The token used to authenticate with your DataHub server.
                 */
                datahub_token: string;
                /**
                 * Frequency
                 * @description The frequency at which the integration should run. Available options are daily, weekly, monthly, and not scheduled.
                 */
                frequency: components["schemas"]["PeriodicIntegrationFrequency"];
                /**
                 * Glossary node
                 * @description The glossary node name to use on Datahub for Fides Data Categories. (e.g. FidesDataCategories)
                 */
                glossary_node: string;
            } | {
                /** Test Email Address */
                test_email_address?: string | null;
                /**
                 * @default {
                 *       "identity_types": {
                 *         "email": true,
                 *         "phone_number": false
                 *       }
                 *     }
                 */
                advanced_settings?: components["schemas"]["AdvancedSettings"];
                /**
                 * Third party vendor name field
                 * @description Dataset reference to the field containing the third party vendor name. Both third_party_vendor_name and recipient_email_address must reference the same dataset and collection.
                 */
                third_party_vendor_name: components["schemas"]["FidesDatasetReference"];
                /**
                 * Recipient email address field
                 * @description Dataset reference to the field containing the recipient email address. Both third_party_vendor_name and recipient_email_address must reference the same dataset and collection.
                 */
                recipient_email_address: components["schemas"]["FidesDatasetReference"];
            } | {
                /**
                 * Authentication Method
                 * @description Determines which type of authentication method to use for connecting to Amazon Web Services. Currently accepted values are: `secret_keys` or `automatic`.
                 */
                auth_method: components["schemas"]["AWSAuthMethod"];
                /**
                 * Access Key ID
                 * @description Part of the credentials that provide access to your AWS account.
                 */
                aws_access_key_id?: string | null;
                /**
                 * Secret Access Key
                 * @description Part of the credentials that provide access to your AWS account.
                 */
                aws_secret_access_key?: string | null;
                /**
                 * Assume Role ARN
                 * @description If provided, the ARN of the role that should be assumed to connect to AWS.
                 */
                aws_assume_role_arn?: string | null;
                /**
                 * Region
                 * @description The AWS region where your DynamoDB table is located (ex. us-west-2).
                 */
                region_name: string;
            } | {
                /** Test Email Address */
                test_email_address?: string | null;
                /**
                 * @default {
                 *       "identity_types": {
                 *         "email": true,
                 *         "phone_number": false
                 *       }
                 *     }
                 */
                advanced_settings?: components["schemas"]["AdvancedSettings"];
                /** Third Party Vendor Name */
                third_party_vendor_name: string;
                /**
                 * Recipient Email Address
                 * Format: email
                 */
                recipient_email_address: string;
            } | {
                /** Uri */
                uri: string;
                /** Username */
                username: string;
                /** Password */
                password: string;
                /** Polling Timeout */
                polling_timeout?: number | null;
                /** Polling Interval */
                polling_interval?: number | null;
            } | {
                /**
                 * DB IAM user
                 * @description example: service-account@test.iam.gserviceaccount.com
                 */
                db_iam_user: string;
                /**
                 * Instance connection name
                 * @description example: friendly-tower-424214-n8:us-central1:test-ethyca
                 */
                instance_connection_name: string;
                /** Database name */
                dbname: string;
                /**
                 * Keyfile creds
                 * @description The contents of the key file that contains authentication credentials for a service account in GCP.
                 */
                keyfile_creds: components["schemas"]["fides__api__schemas__connection_configuration__connection_secrets_google_cloud_sql_mysql__KeyfileCreds"];
                /**
                 * IP type
                 * @description Specify the IP Address type required for your database (defaults to public). See the Google Cloud documentation for more information about connection options: https://cloud.google.com/sql/docs/postgres/connect-overview
                 */
                ip_type?: components["schemas"]["GoogleCloudSQLIPType"] | null;
            } | {
                /**
                 * DB IAM user
                 * @description example: service-account@test.iam.gserviceaccount.com
                 */
                db_iam_user: string;
                /**
                 * Instance connection name
                 * @description example: friendly-tower-424214-n8:us-central1:test-ethyca
                 */
                instance_connection_name: string;
                /** Database name */
                dbname?: string | null;
                /**
                 * Schema
                 * @description The default schema to be used for the database connection (defaults to public).
                 */
                db_schema?: string | null;
                /**
                 * Keyfile creds
                 * @description The contents of the key file that contains authentication credentials for a service account in GCP.
                 */
                keyfile_creds: components["schemas"]["fides__api__schemas__connection_configuration__connection_secrets_google_cloud_sql_postgres__KeyfileCreds"];
                /**
                 * IP type
                 * @description Specify the IP Address type required for your database (defaults to public). See the Google Cloud documentation for more information about connection options: https://cloud.google.com/sql/docs/postgres/connect-overview
                 */
                ip_type?: components["schemas"]["GoogleCloudSQLIPType"] | null;
            } | Record<string, never> | {
                /**
                 * Host
                 * @description The hostname or IP address of the server where the database is running.
                 */
                host: string;
                /**
                 * Port
                 * @description The network port number on which the server is listening for incoming connections (default: 3306).
                 * @default 3306
                 */
                port?: number;
                /**
                 * Username
                 * @description The user account used to authenticate and access the database.
                 */
                username?: string | null;
                /**
                 * Password
                 * @description The password used to authenticate and access the database.
                 */
                password?: string | null;
                /**
                 * Database
                 * @description The name of the specific database within the database server that you want to connect to.
                 */
                dbname: string;
            } | {
                /**
                 * Host
                 * @description The hostname or IP address of the server where the database is running.
                 */
                host: string;
                /**
                 * Port
                 * @description The network port number on which the server is listening for incoming connections (default: 27017). Port will be ignored if using SRV.
                 * @default 27017
                 */
                port?: number;
                /**
                 * Username
                 * @description The user account used to authenticate and access the database.
                 */
                username: string;
                /**
                 * Password
                 * @description The password used to authenticate and access the database.
                 */
                password: string;
                /**
                 * Default auth DB
                 * @description Used to specify the default authentication database.
                 */
                defaultauthdb: string;
                /**
                 * Use SRV
                 * @description Enable SRV record lookup for service discovery (mongodb+srv://). Required for MongoDB Atlas. Enables SSL by default.
                 * @default false
                 */
                use_srv?: boolean | null;
                /**
                 * SSL enabled
                 * @description Enable SSL/TLS encryption. With SRV: defaults to enabled (can override). Without SRV: defaults to disabled.
                 */
                ssl_enabled?: boolean | null;
            } | {
                /**
                 * Host
                 * @description The hostname or IP address of the server where the database is running.
                 */
                host: string;
                /**
                 * Port
                 * @description The network port number on which the server is listening for incoming connections (default: 1433).
                 * @default 1433
                 */
                port?: number;
                /**
                 * Username
                 * @description The user account used to authenticate and access the database.
                 */
                username: string;
                /**
                 * Password
                 * @description The password used to authenticate and access the database.
                 */
                password: string;
                /**
                 * Database
                 * @description The name of the specific database within the database server that you want to connect to.
                 */
                dbname?: string | null;
                /**
                 * Read Only Connection
                 * @description Whether to connect to the database in read-only mode.
                 * @default false
                 */
                read_only_connection?: boolean | null;
            } | {
                /**
                 * Host
                 * @description The hostname or IP address of the server where the database is running.
                 */
                host: string;
                /**
                 * Port
                 * @description The network port number on which the server is listening for incoming connections (default: 3306).
                 * @default 3306
                 */
                port?: number;
                /**
                 * Username
                 * @description The user account used to authenticate and access the database.
                 */
                username?: string | null;
                /**
                 * Password
                 * @description The password used to authenticate and access the database.
                 */
                password?: string | null;
                /**
                 * Database
                 * @description The name of the specific database within the database server that you want to connect to.
                 */
                dbname: string;
                /**
                 * SSH required
                 * @description Indicates whether an SSH tunnel is required for the connection. Enable this option if your MySQL server is behind a firewall and requires SSH tunneling for remote connections.
                 * @default false
                 */
                ssh_required?: boolean;
                /**
                 * SSL Mode
                 * @description The SSL mode to use for the connection. Accepted values are: 'required', 'preferred', 'disabled', or an empty value.
                 */
                ssl_mode?: components["schemas"]["MySQLSSLMode"] | null;
            } | {
                /**
                 * Organization URL
                 * Format: uri
                 * @description The URL of your Okta organization (e.g. https://your-org.okta.com)
                 */
                org_url: string;
                /**
                 * OAuth2 Client ID
                 * @description The OAuth2 client ID from your Okta service application
                 */
                client_id: string;
                /**
                 * Private Key
                 * @description RSA private key in JWK (JSON) format for signing JWT assertions. Download from Okta: Applications > Your App > Sign On > Client Credentials > Edit > Generate new key.
                 */
                private_key: string;
                /**
                 * OAuth2 Scopes
                 * @description OAuth2 scopes to request (default: okta.apps.read)
                 * @default [
                 *       "okta.apps.read"
                 *     ]
                 */
                scopes?: string[] | null;
            } | {
                /**
                 * Host
                 * @description The hostname or IP address of the server where the database is running.
                 */
                host: string;
                /**
                 * Port
                 * @description The network port number on which the server is listening for incoming connections (default: 5432).
                 * @default 5432
                 */
                port?: number;
                /**
                 * Username
                 * @description The user account used to authenticate and access the database.
                 */
                username?: string | null;
                /**
                 * Password
                 * @description The password used to authenticate and access the database.
                 */
                password?: string | null;
                /**
                 * SSH required
                 * @description Indicates whether an SSH tunnel is required for the connection. Enable this option if your PostgreSQL server is behind a firewall and requires SSH tunneling for remote connections.
                 * @default false
                 */
                ssh_required?: boolean;
                /**
                 * Database
                 * @description The name of the specific database within the database server that you want to connect to.
                 */
                dbname?: string | null;
                /**
                 * Schema
                 * @description The default schema to be used for the database connection (defaults to public).
                 */
                db_schema?: string | null;
                /** SSL Mode */
                ssl_mode?: string | null;
            } | {
                /**
                 * Authentication Method
                 * @description Determines which type of authentication method to use for connecting to Amazon Web Services. Currently accepted values are: `secret_keys` or `automatic`.
                 */
                auth_method: components["schemas"]["AWSAuthMethod"];
                /**
                 * Access Key ID
                 * @description Part of the credentials that provide access to your AWS account.
                 */
                aws_access_key_id?: string | null;
                /**
                 * Secret Access Key
                 * @description Part of the credentials that provide access to your AWS account.
                 */
                aws_secret_access_key?: string | null;
                /**
                 * Assume Role ARN
                 * @description If provided, the ARN of the role that should be assumed to connect to AWS.
                 */
                aws_assume_role_arn?: string | null;
                /**
                 * DB Username
                 * @description The user account used to authenticate and access the databases.
                 * @default fides_service_user
                 */
                db_username?: string;
                /**
                 * Region
                 * @description The AWS region where the RDS instances are located.
                 */
                region: string;
            } | {
                /**
                 * Authentication Method
                 * @description Determines which type of authentication method to use for connecting to Amazon Web Services. Currently accepted values are: `secret_keys` or `automatic`.
                 */
                auth_method: components["schemas"]["AWSAuthMethod"];
                /**
                 * Access Key ID
                 * @description Part of the credentials that provide access to your AWS account.
                 */
                aws_access_key_id?: string | null;
                /**
                 * Secret Access Key
                 * @description Part of the credentials that provide access to your AWS account.
                 */
                aws_secret_access_key?: string | null;
                /**
                 * Assume Role ARN
                 * @description If provided, the ARN of the role that should be assumed to connect to AWS.
                 */
                aws_assume_role_arn?: string | null;
                /**
                 * DB Username
                 * @description The user account used to authenticate and access the databases.
                 * @default fides_service_user
                 */
                db_username?: string;
                /**
                 * Region
                 * @description The AWS region where the RDS instances are located.
                 */
                region: string;
            } | {
                /**
                 * Host
                 * @description The hostname or IP address of the server where the database is running.
                 */
                host: string;
                /**
                 * Port
                 * @description The network port number on which the server is listening for incoming connections (default: 5439).
                 * @default 5439
                 */
                port?: number;
                /**
                 * Username
                 * @description The user account used to authenticate and access the database.
                 */
                user: string;
                /**
                 * Password
                 * @description The password used to authenticate and access the database.
                 */
                password: string;
                /**
                 * Database
                 * @description The name of the specific database within the database server that you want to connect to.
                 */
                database: string;
                /**
                 * Schema
                 * @description The default schema to be used for the database connection (defaults to public).
                 */
                db_schema?: string | null;
                /**
                 * SSH required
                 * @description Indicates whether an SSH tunnel is required for the connection. Enable this option if your Redshift database is behind a firewall and requires SSH tunneling for remote connections.
                 * @default false
                 */
                ssh_required?: boolean;
            } | {
                /**
                 * Authentication Method
                 * @description Determines which type of authentication method to use for connecting to Amazon Web Services. Currently accepted values are: `secret_keys` or `automatic`.
                 */
                auth_method: components["schemas"]["AWSAuthMethod"];
                /**
                 * Access Key ID
                 * @description Part of the credentials that provide access to your AWS account.
                 */
                aws_access_key_id?: string | null;
                /**
                 * Secret Access Key
                 * @description Part of the credentials that provide access to your AWS account.
                 */
                aws_secret_access_key?: string | null;
                /**
                 * Assume Role ARN
                 * @description If provided, the ARN of the role that should be assumed to connect to AWS.
                 */
                aws_assume_role_arn?: string | null;
            } | components["schemas"]["SaaSSchema"] | {
                /**
                 * Host
                 * @description The hostname or IP address of the server where the database is running.
                 */
                host: string;
                /**
                 * Port
                 * @description The network port number on which the server is listening for incoming connections (default: 9042).
                 * @default 9042
                 */
                port?: number;
                /**
                 * Username
                 * @description The user account used to authenticate and access the database.
                 */
                username: string;
                /**
                 * Password
                 * @description The password used to authenticate and access the database.
                 */
                password: string;
                /**
                 * Keyspace
                 * @description The keyspace used. If not provided, DSRs for this integration will error. If the integration is used for D & D, then setting a keyspace is not required.
                 */
                keyspace?: string | null;
            } | {
                /**
                 * Account Name
                 * @description The unique identifier for your Snowflake account.
                 */
                account_identifier: string;
                /**
                 * Username
                 * @description The user account used to authenticate and access the database.
                 */
                user_login_name: string;
                /**
                 * Password
                 * @description The password used to authenticate and access the database. You can use a password or a private key, but not both.
                 */
                password?: string | null;
                /**
                 * Private key
                 * @description The private key used to authenticate and access the database. If a `private_key_passphrase` is also provided, it is assumed to be encrypted; otherwise, it is assumed to be unencrypted.
                 */
                private_key?: string | null;
                /**
                 * Passphrase
                 * @description The passphrase used for the encrypted private key.
                 */
                private_key_passphrase?: string | null;
                /**
                 * Warehouse
                 * @description The name of the Snowflake warehouse where your queries will be executed.
                 */
                warehouse_name: string;
                /**
                 * Database
                 * @description Only provide a database name to scope discovery monitors and privacy request automation to a specific database. In most cases, this can be left blank.
                 */
                database_name?: string | null;
                /**
                 * Schema
                 * @description Only provide a schema to scope discovery monitors and privacy request automation to a specific schema. In most cases, this can be left blank.
                 */
                schema_name?: string | null;
                /**
                 * Role
                 * @description The Snowflake role to assume for the session, if different than Username.
                 */
                role_name?: string | null;
            } | {
                /** Test Email Address */
                test_email_address?: string | null;
                /**
                 * @default {
                 *       "identity_types": {
                 *         "cookie_ids": [
                 *           "ljt_readerID"
                 *         ],
                 *         "email": false,
                 *         "phone_number": false
                 *       }
                 *     }
                 */
                advanced_settings?: components["schemas"]["AdvancedSettingsWithExtendedIdentityTypes"];
                /**
                 * Third Party Vendor Name
                 * @default Sovrn
                 */
                third_party_vendor_name?: string;
                /**
                 * Recipient Email Address
                 * Format: email
                 * @default privacy@sovrn.com
                 */
                recipient_email_address?: string;
            } | {
                /**
                 * Host
                 * @description The hostname or IP address of the server where the database is running.
                 */
                host: string;
                /**
                 * Port
                 * @description The network port number on which the server is listening for incoming connections (default: 5432).
                 * @default 5432
                 */
                port?: number;
                /**
                 * Username
                 * @description The user account used to authenticate and access the database.
                 */
                username?: string | null;
                /**
                 * Password
                 * @description The password used to authenticate and access the database.
                 */
                password?: string | null;
                /**
                 * SSH required
                 * @description Indicates whether an SSH tunnel is required for the connection. Enable this option if your PostgreSQL server is behind a firewall and requires SSH tunneling for remote connections.
                 * @default false
                 */
                ssh_required?: boolean;
                /**
                 * Database
                 * @description The name of the specific database within the database server that you want to connect to.
                 */
                dbname?: string | null;
                /**
                 * Schema
                 * @description The default schema to be used for the database connection (defaults to public).
                 */
                db_schema?: string | null;
                /** SSL Mode */
                ssl_mode?: string | null;
            } | components["schemas"]["WebsiteSchema"];
            /** Instance Key */
            instance_key: string;
        };
        /**
         * ScopeRegistryEnum
         * @enum {string}
         */
        ScopeRegistryEnum: "config:read" | "config:update" | "cli-objects:create" | "cli-objects:read" | "cli-objects:update" | "cli-objects:delete" | "client:create" | "client:delete" | "client:read" | "client:update" | "connection:create_or_update" | "connection:delete" | "connection:read" | "connection:authorize" | "connection_type:read" | "connector_template:register" | "connector_template:read" | "consent:read" | "consent_settings:read" | "consent_settings:update" | "ctl_dataset:create" | "ctl_dataset:read" | "ctl_dataset:delete" | "ctl_dataset:update" | "ctl_policy:create" | "ctl_policy:read" | "ctl_policy:delete" | "ctl_policy:update" | "current-privacy-preference:read" | "database:reset" | "data_category:create" | "data_category:delete" | "data_category:read" | "data_category:update" | "data_subject:create" | "data_subject:read" | "data_subject:delete" | "data_subject:update" | "data_use:create" | "data_use:read" | "data_use:delete" | "data_use:update" | "dataset:create_or_update" | "dataset:delete" | "privacy-request-redaction-patterns:read" | "privacy-request-redaction-patterns:update" | "dataset:read" | "dataset:test" | "encryption:exec" | "heap_dump:exec" | "messaging-template:update" | "evaluation:create" | "evaluation:read" | "evaluation:delete" | "evaluation:update" | "fides_taxonomy:update" | "generate:exec" | "masking:exec" | "masking:read" | "messaging:create_or_update" | "messaging:delete" | "messaging:read" | "organization:create" | "organization:read" | "organization:delete" | "organization:update" | "policy:create_or_update" | "policy:delete" | "policy:read" | "privacy-experience:create" | "privacy-experience:update" | "privacy-experience:read" | "privacy-notice:create" | "privacy-notice:update" | "privacy-notice:read" | "privacy-preference-history:read" | "privacy-request:create" | "privacy-request:resume" | "privacy-request-access-results:read" | "privacy-request:delete" | "privacy-request-email-integrations:send" | "privacy-request:manual-steps:respond" | "privacy-request:manual-steps:review" | "privacy-request-notifications:create_or_update" | "privacy-request-notifications:read" | "privacy-request:read" | "privacy-request:review" | "privacy-request:transfer" | "privacy-request:upload_data" | "privacy-request:view_data" | "rule:create_or_update" | "rule:delete" | "rule:read" | "saas_config:create_or_update" | "saas_config:delete" | "saas_config:read" | "connection:instantiate" | "scope:read" | "storage:create_or_update" | "storage:delete" | "storage:read" | "system:create" | "system:read" | "system:delete" | "system:update" | "system_manager:read" | "system_manager:delete" | "system_manager:update" | "user:create" | "user:update" | "user:delete" | "user:read" | "user:read-own" | "user:password-reset" | "user-permission:create" | "user-permission:update" | "user-permission:assign_owners" | "user-permission:read" | "validate:exec" | "webhook:create_or_update" | "webhook:delete" | "webhook:read" | "worker-stats:read";
        /**
         * ScyllaDocsSchema
         * @description Scylla Secrets Schema for API docs
         */
        ScyllaDocsSchema: {
            /**
             * Host
             * @description The hostname or IP address of the server where the database is running.
             */
            host: string;
            /**
             * Port
             * @description The network port number on which the server is listening for incoming connections (default: 9042).
             * @default 9042
             */
            port?: number;
            /**
             * Username
             * @description The user account used to authenticate and access the database.
             */
            username: string;
            /**
             * Password
             * @description The password used to authenticate and access the database.
             */
            password: string;
            /**
             * Keyspace
             * @description The keyspace used. If not provided, DSRs for this integration will error. If the integration is used for D & D, then setting a keyspace is not required.
             */
            keyspace?: string | null;
        };
        /** SecurityApplicationConfig */
        SecurityApplicationConfig: {
            /**
             * Cors Origins
             * @description A list of client addresses allowed to communicate with the Fides webserver.
             */
            cors_origins?: string[] | null;
        };
        /**
         * SnowflakeDocsSchema
         * @description Snowflake Secrets Schema for API Docs
         */
        SnowflakeDocsSchema: {
            /**
             * Account Name
             * @description The unique identifier for your Snowflake account.
             */
            account_identifier: string;
            /**
             * Username
             * @description The user account used to authenticate and access the database.
             */
            user_login_name: string;
            /**
             * Password
             * @description The password used to authenticate and access the database. You can use a password or a private key, but not both.
             */
            password?: string | null;
            /**
             * Private key
             * @description The private key used to authenticate and access the database. If a `private_key_passphrase` is also provided, it is assumed to be encrypted; otherwise, it is assumed to be unencrypted.
             */
            private_key?: string | null;
            /**
             * Passphrase
             * @description The passphrase used for the encrypted private key.
             */
            private_key_passphrase?: string | null;
            /**
             * Warehouse
             * @description The name of the Snowflake warehouse where your queries will be executed.
             */
            warehouse_name: string;
            /**
             * Database
             * @description Only provide a database name to scope discovery monitors and privacy request automation to a specific database. In most cases, this can be left blank.
             */
            database_name?: string | null;
            /**
             * Schema
             * @description Only provide a schema to scope discovery monitors and privacy request automation to a specific schema. In most cases, this can be left blank.
             */
            schema_name?: string | null;
            /**
             * Role
             * @description The Snowflake role to assume for the session, if different than Username.
             */
            role_name?: string | null;
        };
        /**
         * SovrnDocsSchema
         * @description SovrnDocsSchema Secrets Schema for API Docs
         */
        SovrnDocsSchema: {
            /** Test Email Address */
            test_email_address?: string | null;
            /**
             * @default {
             *       "identity_types": {
             *         "cookie_ids": [
             *           "ljt_readerID"
             *         ],
             *         "email": false,
             *         "phone_number": false
             *       }
             *     }
             */
            advanced_settings?: components["schemas"]["AdvancedSettingsWithExtendedIdentityTypes"];
            /**
             * Third Party Vendor Name
             * @default Sovrn
             */
            third_party_vendor_name?: string;
            /**
             * Recipient Email Address
             * Format: email
             * @default privacy@sovrn.com
             */
            recipient_email_address?: string;
        };
        /**
         * SpecialCategoryLegalBasisEnum
         * @description The model for the legal basis for processing special categories of personal data
         *     on privacy declarations
         *
         *     Based upon article 9 of the GDPR
         * @enum {string}
         */
        SpecialCategoryLegalBasisEnum: "Explicit consent" | "Employment, social security and social protection" | "Vital interests" | "Not-for-profit bodies" | "Made public by the data subject" | "Legal claims or judicial acts" | "Reasons of substantial public interest (with a basis in law)" | "Health or social care (with a basis in law)" | "Public health (with a basis in law)" | "Archiving, research and statistics (with a basis in law)";
        /**
         * SqlDryRunMode
         * @description SQL dry run mode for controlling execution of SQL statements in privacy requests
         * @enum {string}
         */
        SqlDryRunMode: "none" | "access" | "erasure";
        /**
         * StatusEnum
         * @description The model for possible evaluation results.
         * @enum {string}
         */
        StatusEnum: "FAIL" | "PASS";
        /** StorageApplicationConfig */
        StorageApplicationConfig: {
            active_default_storage_type: components["schemas"]["StorageTypeApiAccepted"];
        };
        /**
         * StorageConfigStatus
         * @description Enum for configuration statuses of a storage config
         * @enum {string}
         */
        StorageConfigStatus: "configured" | "not configured";
        /**
         * StorageConfigStatusMessage
         * @description A schema for checking configuration status of storage config.
         */
        StorageConfigStatusMessage: {
            config_status?: components["schemas"]["StorageConfigStatus"] | null;
            /** Detail */
            detail?: string | null;
        };
        /**
         * StorageDestination
         * @description Storage Destination Schema
         */
        StorageDestination: {
            type: components["schemas"]["StorageType"];
            /** Details */
            details: components["schemas"]["StorageDetailsS3"] | components["schemas"]["StorageDetailsGCS"] | components["schemas"]["StorageDetailsLocal"];
            /** @default json */
            format?: components["schemas"]["ResponseFormat"] | null;
            /** Name */
            name: string;
            /** Key */
            key?: string | null;
        };
        /**
         * StorageDestinationBase
         * @description Storage Destination Schema -- used for setting defaults
         */
        StorageDestinationBase: {
            type: components["schemas"]["StorageType"];
            /** Details */
            details: components["schemas"]["StorageDetailsS3"] | components["schemas"]["StorageDetailsGCS"] | components["schemas"]["StorageDetailsLocal"];
            /** @default json */
            format?: components["schemas"]["ResponseFormat"] | null;
        };
        /**
         * StorageDestinationResponse
         * @description Storage Destination Response Schema
         */
        StorageDestinationResponse: {
            /** Name */
            name: string;
            type: components["schemas"]["StorageType"];
            /** Details */
            details: {
                [key: string]: unknown;
            };
            /** Key */
            key: string;
            format: components["schemas"]["ResponseFormat"];
            /**
             * Is Default
             * @default false
             */
            is_default?: boolean;
        };
        /**
         * StorageDetails
         * @description Enum for storage detail keys
         * @enum {unknown}
         */
        StorageDetails: "bucket" | "naming" | "max_retries" | "auth_method" | "enable_streaming" | "enable_access_package_redirect" | {
            extra: "forbid";
        };
        /**
         * StorageDetailsGCS
         * @description The details required to represent a Google Cloud Storage bucket.
         */
        StorageDetailsGCS: {
            /**
             * Naming
             * @default request_id
             */
            naming?: string;
            auth_method: components["schemas"]["GCSAuthMethod"];
            /** Bucket */
            bucket: string;
            /**
             * Max Retries
             * @default 0
             */
            max_retries?: number | null;
        };
        /**
         * StorageDetailsLocal
         * @description The details required to configurate local storage configuration
         */
        StorageDetailsLocal: {
            /**
             * Naming
             * @default request_id
             */
            naming?: string;
        };
        /**
         * StorageDetailsS3
         * @description The details required to represent an AWS S3 storage bucket.
         */
        StorageDetailsS3: {
            /**
             * Naming
             * @default request_id
             */
            naming?: string;
            auth_method: components["schemas"]["AWSAuthMethod"];
            /** Bucket */
            bucket: string;
            /**
             * Max Retries
             * @default 0
             */
            max_retries?: number | null;
            /**
             * Enable Streaming
             * @default false
             */
            enable_streaming?: boolean | null;
            /**
             * Enable Access Package Redirect
             * @default false
             */
            enable_access_package_redirect?: boolean | null;
        };
        /**
         * StorageSecretsGCSDocs
         * @description The secrets required to connect to Google Cloud Storage, for documentation
         */
        StorageSecretsGCSDocs: {
            /**
             * Type
             * @default service_account
             */
            type?: string;
            /** Project Id */
            project_id: string;
            /** Private Key Id */
            private_key_id: string;
            /** Private Key */
            private_key: string;
            /** Client Email */
            client_email: string;
            /** Client Id */
            client_id: string;
            /** Auth Uri */
            auth_uri: string;
            /** Token Uri */
            token_uri: string;
            /** Auth Provider X509 Cert Url */
            auth_provider_x509_cert_url: string;
            /** Client X509 Cert Url */
            client_x509_cert_url: string;
            /** Universe Domain */
            universe_domain: string;
        };
        /**
         * StorageSecretsS3Docs
         * @description The secrets required to connect to S3, for documentation
         */
        StorageSecretsS3Docs: {
            /** Aws Access Key Id */
            aws_access_key_id?: string | null;
            /** Aws Secret Access Key */
            aws_secret_access_key?: string | null;
            /** Region Name */
            region_name?: string | null;
            /** Assume Role Arn */
            assume_role_arn?: string | null;
        };
        /**
         * StorageType
         * @description Enum for storage destination types
         * @enum {string}
         */
        StorageType: "s3" | "gcs" | "transcend" | "ethyca" | "local";
        /**
         * StorageTypeApiAccepted
         * @description Enum for storage destination types accepted in API updates
         * @enum {string}
         */
        StorageTypeApiAccepted: "s3" | "gcs" | "local";
        /**
         * Strategy
         * @description General shape for swappable strategies (ex: auth, processors, pagination, etc.)
         */
        Strategy: {
            /** Strategy */
            strategy: string;
            /** Configuration */
            configuration?: {
                [key: string]: unknown;
            } | null;
        };
        /**
         * System
         * @description The System resource model.
         *
         *     Describes an application and includes a list of PrivacyDeclaration resources.
         */
        System: {
            /**
             * Fides Key
             * @description A unique key used to identify this resource.
             */
            fides_key: string;
            /**
             * Organization Fides Key
             * @description Defines the Organization that this resource belongs to.
             * @default default_organization
             */
            organization_fides_key?: string;
            /** Tags */
            tags?: string[] | null;
            /**
             * Name
             * @description Human-Readable name for this resource.
             */
            name?: string | null;
            /**
             * Description
             * @description A detailed description of what this resource is.
             */
            description?: string | null;
            /**
             * Meta
             * @description An optional property to store any extra information for a resource. Data can be structured in any way: simple set of `key: value` pairs or deeply nested objects.
             */
            meta?: {
                [key: string]: unknown;
            } | null;
            /**
             * @description The SystemMetadata resource model.
             *
             *         Object used to hold application specific metadata for a system
             */
            fidesctl_meta?: components["schemas"]["SystemMetadata"] | null;
            /**
             * System Type
             * @description A required value to describe the type of system being modeled, examples include: Service, Application, Third Party, etc.
             */
            system_type: string;
            /**
             * Egress
             * @description The resources to which the system sends data.
             */
            egress?: components["schemas"]["DataFlow"][] | null;
            /**
             * Ingress
             * @description The resources from which the system receives data.
             */
            ingress?: components["schemas"]["DataFlow"][] | null;
            /**
             * Privacy Declarations
             * @description The PrivacyDeclaration resource model.
             *
             *         States a function of a system, and describes how it relates
             *         to the privacy data types.
             */
            privacy_declarations: components["schemas"]["PrivacyDeclaration"][];
            /**
             * Administrating Department
             * @description An optional value to identify the owning department or group of the system within your organization
             * @default Not defined
             */
            administrating_department?: string | null;
            /**
             * Vendor Id
             * @description The unique identifier for the vendor that's associated with this system.
             */
            vendor_id?: string | null;
            /**
             * Previous Vendor Id
             * @description If specified, the unique identifier for the vendor that was previously associated with this system.
             */
            previous_vendor_id?: string | null;
            /**
             * Vendor Deleted Date
             * @description The deleted date of the vendor that's associated with this system.
             */
            vendor_deleted_date?: string | null;
            /**
             * Dataset References
             * @description Referenced Dataset fides keys used by the system.
             */
            dataset_references?: string[];
            /**
             * Processes Personal Data
             * @description This toggle indicates whether the system stores or processes personal data.
             * @default true
             */
            processes_personal_data?: boolean;
            /**
             * Exempt From Privacy Regulations
             * @description This toggle indicates whether the system is exempt from privacy regulation if they do process personal data.
             * @default false
             */
            exempt_from_privacy_regulations?: boolean;
            /**
             * Reason For Exemption
             * @description The reason that the system is exempt from privacy regulation.
             */
            reason_for_exemption?: string | null;
            /**
             * Uses Profiling
             * @description Whether the vendor uses data to profile a consumer in a way that has a legal effect.
             * @default false
             */
            uses_profiling?: boolean;
            /**
             * Legal Basis For Profiling
             * @description The legal basis (or bases) for performing profiling that has a legal effect.
             */
            legal_basis_for_profiling?: components["schemas"]["LegalBasisForProfilingEnum"][];
            /**
             * Does International Transfers
             * @description Whether this system transfers data to other countries or international organizations.
             * @default false
             */
            does_international_transfers?: boolean;
            /**
             * Legal Basis For Transfers
             * @description The legal basis (or bases) under which the data is transferred.
             */
            legal_basis_for_transfers?: string[];
            /**
             * Requires Data Protection Assessments
             * @description Whether this system requires data protection impact assessments.
             * @default false
             */
            requires_data_protection_assessments?: boolean;
            /**
             * Dpa Location
             * @description Location where the DPAs or DIPAs can be found.
             */
            dpa_location?: string | null;
            /**
             * Dpa Progress
             * @description The optional status of a Data Protection Impact Assessment
             */
            dpa_progress?: string | null;
            /**
             * Privacy Policy
             * @description A URL that points to the system's publicly accessible privacy policy.
             */
            privacy_policy?: string | null;
            /**
             * Legal Name
             * @description The legal name for the business represented by the system.
             */
            legal_name?: string | null;
            /**
             * Legal Address
             * @description The legal address for the business represented by the system.
             */
            legal_address?: string | null;
            /**
             * Responsibility
             * @description The model defining the responsibility or role over
             *         the system that processes personal data.
             *
             *         Used to identify whether the organization is a
             *         Controller, Processor, or Sub-Processor of the data
             */
            responsibility?: components["schemas"]["DataResponsibilityTitle"][];
            /**
             * Dpo
             * @description The official privacy contact address or DPO.
             */
            dpo?: string | null;
            /**
             * Joint Controller Info
             * @description The party or parties that share the responsibility for processing personal data.
             */
            joint_controller_info?: string | null;
            /**
             * Data Security Practices
             * @description The data security practices employed by this system.
             */
            data_security_practices?: string | null;
            /**
             * Cookie Max Age Seconds
             * @description The maximum storage duration, in seconds, for cookies used by this system.
             */
            cookie_max_age_seconds?: number | null;
            /**
             * Uses Cookies
             * @description Whether this system uses cookie storage.
             * @default false
             */
            uses_cookies?: boolean;
            /**
             * Cookie Refresh
             * @description Whether the system's cookies are refreshed after being initially set.
             * @default false
             */
            cookie_refresh?: boolean;
            /**
             * Uses Non Cookie Access
             * @description Whether the system uses non-cookie methods of storage or accessing information stored on a user's device.
             * @default false
             */
            uses_non_cookie_access?: boolean;
            /**
             * Legitimate Interest Disclosure Url
             * @description A URL that points to the system's publicly accessible legitimate interest disclosure.
             */
            legitimate_interest_disclosure_url?: string | null;
        };
        /**
         * SystemMetadata
         * @description The SystemMetadata resource model.
         *
         *     Object used to hold application specific metadata for a system
         */
        SystemMetadata: {
            /**
             * Resource Id
             * @description The external resource id for the system being modeled.
             */
            resource_id?: string | null;
            /**
             * Endpoint Address
             * @description The host of the external resource for the system being modeled.
             */
            endpoint_address?: string | null;
            /**
             * Endpoint Port
             * @description The port of the external resource for the system being modeled.
             */
            endpoint_port?: string | null;
        };
        /**
         * SystemResponse
         * @description Extension of base pydantic response model to include additional relationship fields that
         *     may require extra DB queries, like `privacy_declarations`, connection_config fields and cookies.
         *
         *     This response model is generally useful for an API that returns a detailed view of _single_
         *     System record. Attempting to return bulk results with this model can lead to n+1 query issues.
         */
        SystemResponse: {
            /**
             * Fides Key
             * @description A unique key used to identify this resource.
             */
            fides_key: string;
            /**
             * Organization Fides Key
             * @description Defines the Organization that this resource belongs to.
             * @default default_organization
             */
            organization_fides_key?: string;
            /** Tags */
            tags?: string[] | null;
            /**
             * Name
             * @description Human-Readable name for this resource.
             */
            name?: string | null;
            /**
             * Description
             * @description A detailed description of what this resource is.
             */
            description?: string | null;
            /**
             * Meta
             * @description An optional property to store any extra information for a resource. Data can be structured in any way: simple set of `key: value` pairs or deeply nested objects.
             */
            meta?: {
                [key: string]: unknown;
            } | null;
            /**
             * @description The SystemMetadata resource model.
             *
             *         Object used to hold application specific metadata for a system
             */
            fidesctl_meta?: components["schemas"]["SystemMetadata"] | null;
            /**
             * System Type
             * @description A required value to describe the type of system being modeled, examples include: Service, Application, Third Party, etc.
             */
            system_type: string;
            /**
             * Egress
             * @description The resources to which the system sends data.
             */
            egress?: components["schemas"]["DataFlow"][] | null;
            /**
             * Ingress
             * @description The resources from which the system receives data.
             */
            ingress?: components["schemas"]["DataFlow"][] | null;
            /**
             * Privacy Declarations
             * @description Extension of base pydantic model to include DB `id` field in the response
             */
            privacy_declarations: components["schemas"]["PrivacyDeclarationResponse"][];
            /**
             * Administrating Department
             * @description An optional value to identify the owning department or group of the system within your organization
             * @default Not defined
             */
            administrating_department?: string | null;
            /**
             * Vendor Id
             * @description The unique identifier for the vendor that's associated with this system.
             */
            vendor_id?: string | null;
            /**
             * Previous Vendor Id
             * @description If specified, the unique identifier for the vendor that was previously associated with this system.
             */
            previous_vendor_id?: string | null;
            /**
             * Vendor Deleted Date
             * @description The deleted date of the vendor that's associated with this system.
             */
            vendor_deleted_date?: string | null;
            /**
             * Dataset References
             * @description Referenced Dataset fides keys used by the system.
             */
            dataset_references?: string[];
            /**
             * Processes Personal Data
             * @description This toggle indicates whether the system stores or processes personal data.
             * @default true
             */
            processes_personal_data?: boolean;
            /**
             * Exempt From Privacy Regulations
             * @description This toggle indicates whether the system is exempt from privacy regulation if they do process personal data.
             * @default false
             */
            exempt_from_privacy_regulations?: boolean;
            /**
             * Reason For Exemption
             * @description The reason that the system is exempt from privacy regulation.
             */
            reason_for_exemption?: string | null;
            /**
             * Uses Profiling
             * @description Whether the vendor uses data to profile a consumer in a way that has a legal effect.
             * @default false
             */
            uses_profiling?: boolean;
            /**
             * Legal Basis For Profiling
             * @description The legal basis (or bases) for performing profiling that has a legal effect.
             */
            legal_basis_for_profiling?: components["schemas"]["LegalBasisForProfilingEnum"][];
            /**
             * Does International Transfers
             * @description Whether this system transfers data to other countries or international organizations.
             * @default false
             */
            does_international_transfers?: boolean;
            /**
             * Legal Basis For Transfers
             * @description The legal basis (or bases) under which the data is transferred.
             */
            legal_basis_for_transfers?: string[];
            /**
             * Requires Data Protection Assessments
             * @description Whether this system requires data protection impact assessments.
             * @default false
             */
            requires_data_protection_assessments?: boolean;
            /**
             * Dpa Location
             * @description Location where the DPAs or DIPAs can be found.
             */
            dpa_location?: string | null;
            /**
             * Dpa Progress
             * @description The optional status of a Data Protection Impact Assessment
             */
            dpa_progress?: string | null;
            /**
             * Privacy Policy
             * @description A URL that points to the system's publicly accessible privacy policy.
             */
            privacy_policy?: string | null;
            /**
             * Legal Name
             * @description The legal name for the business represented by the system.
             */
            legal_name?: string | null;
            /**
             * Legal Address
             * @description The legal address for the business represented by the system.
             */
            legal_address?: string | null;
            /**
             * Responsibility
             * @description The model defining the responsibility or role over
             *         the system that processes personal data.
             *
             *         Used to identify whether the organization is a
             *         Controller, Processor, or Sub-Processor of the data
             */
            responsibility?: components["schemas"]["DataResponsibilityTitle"][];
            /**
             * Dpo
             * @description The official privacy contact address or DPO.
             */
            dpo?: string | null;
            /**
             * Joint Controller Info
             * @description The party or parties that share the responsibility for processing personal data.
             */
            joint_controller_info?: string | null;
            /**
             * Data Security Practices
             * @description The data security practices employed by this system.
             */
            data_security_practices?: string | null;
            /**
             * Cookie Max Age Seconds
             * @description The maximum storage duration, in seconds, for cookies used by this system.
             */
            cookie_max_age_seconds?: number | null;
            /**
             * Uses Cookies
             * @description Whether this system uses cookie storage.
             * @default false
             */
            uses_cookies?: boolean;
            /**
             * Cookie Refresh
             * @description Whether the system's cookies are refreshed after being initially set.
             * @default false
             */
            cookie_refresh?: boolean;
            /**
             * Uses Non Cookie Access
             * @description Whether the system uses non-cookie methods of storage or accessing information stored on a user's device.
             * @default false
             */
            uses_non_cookie_access?: boolean;
            /**
             * Legitimate Interest Disclosure Url
             * @description A URL that points to the system's publicly accessible legitimate interest disclosure.
             */
            legitimate_interest_disclosure_url?: string | null;
            /**
             * Created At
             * Format: date-time
             */
            created_at: string;
            /** @description Describes the returned schema for a ConnectionConfiguration. */
            connection_configs: components["schemas"]["ConnectionConfigurationResponse"] | null;
            /**
             * Data Stewards
             * @description System managers of the current system
             */
            data_stewards: components["schemas"]["UserResponse"][] | null;
        };
        /**
         * SystemType
         * @enum {string}
         */
        SystemType: "data_catalog" | "database" | "email" | "manual" | "saas" | "system" | "website";
        /** TaskDetails */
        TaskDetails: {
            /** Task Id */
            task_id: string;
            /** Task Name */
            task_name: string;
            /** Args */
            args: unknown[];
            /** Keyword Args */
            keyword_args?: {
                [key: string]: unknown;
            } | null;
            /** Started At */
            started_at?: string | null;
        };
        /**
         * TestMessagingStatusMessage
         * @description A schema for testing functionality of a messaging config.
         */
        TestMessagingStatusMessage: {
            /** Msg */
            msg: string;
            test_status?: components["schemas"]["MessagingConnectionTestStatus"] | null;
            /** Failure Reason */
            failure_reason?: string | null;
        };
        /**
         * TestPrivacyRequest
         * @description Schema containing the data for a test privacy request
         */
        TestPrivacyRequest: {
            /** Privacy Request Id */
            privacy_request_id: string;
        };
        /**
         * TestStatus
         * @enum {string}
         */
        TestStatus: "passed" | "failed" | "untested";
        /**
         * TestStatusMessage
         * @description A schema for checking status.
         */
        TestStatusMessage: {
            /** Msg */
            msg: string;
            test_status?: components["schemas"]["ConnectionTestStatus"] | null;
            /** Failure Reason */
            failure_reason?: string | null;
        };
        /**
         * TimeBasedPartitioning
         * @description Allows you to partition data based on time ranges using various
         *     time expressions and intervals.
         * @example {
         *       "end": "NOW()",
         *       "field": "created_at",
         *       "interval": "7 DAYS",
         *       "start": "NOW() - 30 DAYS"
         *     }
         * @example {
         *       "end": "2024-12-31",
         *       "field": "order_date",
         *       "interval": "1 MONTH",
         *       "start": "2024-01-01"
         *     }
         * @example {
         *       "field": "event_timestamp",
         *       "interval": "1 WEEK",
         *       "start": "TODAY() - 1 YEAR"
         *     }
         * @example {
         *       "end": "TIMESTAMP(TODAY())",
         *       "field": "created_at",
         *       "interval": "1 DAY",
         *       "start": "TIMESTAMP(TODAY() - 7 DAYS)"
         *     }
         */
        TimeBasedPartitioning: {
            /**
             * Field
             * @description Column name to partition on (e.g., `created_at`, `updated_at`)
             */
            field: string;
            /**
             * Start
             * @description Start time expression. Supported formats: `NOW()`, `TODAY()`, `TIMESTAMP(TODAY())`, `YYYY-MM-DD`, `YYYY-MM-DD HH:MM:SS`, or arithmetic expressions like `NOW() - 30 DAYS`, `TIMESTAMP(TODAY() - 30 DAYS)`.
             */
            start?: string | null;
            /**
             * End
             * @description End time expression. Same formats as start field.
             */
            end?: string | null;
            /**
             * Interval
             * @description Interval expression defining the size of each partition in `DAY(S)`, `WEEK(S)`, `MONTH(S)`, or `YEAR(S)`.
             */
            interval?: string | null;
        };
        /**
         * TimescaleDocsSchema
         * @description TimescaleDB Secrets Schema for API Docs
         */
        TimescaleDocsSchema: {
            /**
             * Host
             * @description The hostname or IP address of the server where the database is running.
             */
            host: string;
            /**
             * Port
             * @description The network port number on which the server is listening for incoming connections (default: 5432).
             * @default 5432
             */
            port?: number;
            /**
             * Username
             * @description The user account used to authenticate and access the database.
             */
            username?: string | null;
            /**
             * Password
             * @description The password used to authenticate and access the database.
             */
            password?: string | null;
            /**
             * SSH required
             * @description Indicates whether an SSH tunnel is required for the connection. Enable this option if your PostgreSQL server is behind a firewall and requires SSH tunneling for remote connections.
             * @default false
             */
            ssh_required?: boolean;
            /**
             * Database
             * @description The name of the specific database within the database server that you want to connect to.
             */
            dbname?: string | null;
            /**
             * Schema
             * @description The default schema to be used for the database connection (defaults to public).
             */
            db_schema?: string | null;
            /** SSL Mode */
            ssl_mode?: string | null;
        };
        /**
         * UnlabeledIdentities
         * @description A model for validating identity dictionaries where standard fields use Identity's validation
         *     but custom fields just need to be valued.
         */
        UnlabeledIdentities: {
            /** Data */
            data: {
                [key: string]: unknown;
            };
        };
        /**
         * UserCreate
         * @description Data required to create a FidesUser.
         */
        UserCreate: {
            /** Username */
            username: string;
            /** Password */
            password?: string | null;
            /**
             * Email Address
             * Format: email
             */
            email_address: string;
            /** First Name */
            first_name?: string | null;
            /** Last Name */
            last_name?: string | null;
            /**
             * Disabled
             * @default false
             */
            disabled?: boolean;
        };
        /**
         * UserCreateResponse
         * @description Response after creating a FidesUser
         */
        UserCreateResponse: {
            /** Id */
            id: string;
        };
        /** UserEmailInviteStatus */
        UserEmailInviteStatus: {
            /** Enabled */
            enabled: boolean;
        };
        /**
         * UserForcePasswordReset
         * @description Only a new password, for the case where the user does not remember their password
         */
        UserForcePasswordReset: {
            /** New Password */
            new_password: string;
        };
        /**
         * UserLogin
         * @description Similar to UserCreate except we do not need the extra validation on
         *     username and password.
         */
        UserLogin: {
            /** Username */
            username: string;
            /** Password */
            password: string;
        };
        /**
         * UserLoginResponse
         * @description Similar to UserResponse except with an access token
         */
        UserLoginResponse: {
            user_data: components["schemas"]["UserResponse"];
            token_data: components["schemas"]["AccessToken"];
        };
        /**
         * UserPasswordReset
         * @description Contains both old and new passwords when resetting a password
         */
        UserPasswordReset: {
            /** Old Password */
            old_password: string;
            /** New Password */
            new_password: string;
        };
        /**
         * UserPermissionsCreate
         * @description Data required to create a FidesUserPermissions record
         *
         *     Users will be assigned role(s) directly which are associated with a list of scopes. Scopes
         *     cannot be assigned directly to users.
         */
        UserPermissionsCreate: {
            /** Roles */
            roles: components["schemas"]["RoleRegistryEnum"][];
        };
        /**
         * UserPermissionsEdit
         * @description Data required to edit a FidesUserPermissions record.
         */
        UserPermissionsEdit: {
            /** Roles */
            roles: components["schemas"]["RoleRegistryEnum"][];
            /** Id */
            id?: string | null;
        };
        /**
         * UserPermissionsResponse
         * @description Response after creating, editing, or retrieving a FidesUserPermissions record.
         */
        UserPermissionsResponse: {
            /** Roles */
            roles: components["schemas"]["RoleRegistryEnum"][];
            /** Id */
            id: string;
            /** User Id */
            user_id: string;
            /** Total Scopes */
            total_scopes: components["schemas"]["ScopeRegistryEnum"][];
        };
        /**
         * UserResponse
         * @description Response after requesting a User
         */
        UserResponse: {
            /** Id */
            id: string;
            /** Username */
            username: string;
            /**
             * Created At
             * Format: date-time
             */
            created_at: string;
            /** Email Address */
            email_address: string | null;
            /** First Name */
            first_name?: string | null;
            /** Last Name */
            last_name?: string | null;
            /**
             * Disabled
             * @default false
             */
            disabled?: boolean | null;
            /** Disabled Reason */
            disabled_reason?: string | null;
        };
        /**
         * UserUpdate
         * @description Data required to update a FidesUser
         */
        UserUpdate: {
            /** Email Address */
            email_address?: string | null;
            /** First Name */
            first_name?: string | null;
            /** Last Name */
            last_name?: string | null;
        };
        /**
         * ValidTargets
         * @description Validation of targets attempted to generate resources from
         * @enum {string}
         */
        ValidTargets: "aws" | "db" | "okta" | "bigquery" | "dynamodb" | "scylla";
        /**
         * ValidateDatasetResponse
         * @description Response model for validating a dataset, which includes both the dataset
         *     itself (if valid) plus a details object describing if the dataset is
         *     traversable or not.
         */
        ValidateDatasetResponse: {
            dataset: components["schemas"]["Dataset"];
            traversal_details: components["schemas"]["DatasetTraversalDetails"] | null;
        };
        /**
         * ValidateRequest
         * @description Validate endpoint request object
         */
        ValidateRequest: {
            /** Config */
            config: components["schemas"]["AWSConfig"] | components["schemas"]["BigQueryConfig"] | components["schemas"]["OktaConfig"];
            target: components["schemas"]["ValidationTarget"];
        };
        /**
         * ValidateResponse
         * @description Validate endpoint response object
         */
        ValidateResponse: {
            status: components["schemas"]["ValidationStatus"];
            /** Message */
            message: string;
        };
        /**
         * ValidateSaaSConfigResponse
         * @description Response model for validating a SaaS config, which includes both the SaaS config
         *     itself (if valid) plus a details object describing any validation errors.
         */
        ValidateSaaSConfigResponse: {
            saas_config: components["schemas"]["SaaSConfig"];
            validation_details: components["schemas"]["SaaSConfigValidationDetails"];
        };
        /** ValidationError */
        ValidationError: {
            /** Location */
            loc: (string | number)[];
            /** Message */
            msg: string;
            /** Error Type */
            type: string;
        };
        /**
         * ValidationStatus
         * @description Validate endpoint response status
         * @enum {string}
         */
        ValidationStatus: "success" | "failure";
        /**
         * ValidationTarget
         * @description Allowed targets for the validate endpoint
         * @enum {string}
         */
        ValidationTarget: "aws" | "okta" | "bigquery";
        /**
         * VerificationCode
         * @description Request Body for the user to supply their identity verification code
         */
        VerificationCode: {
            /** Code */
            code: string;
        };
        /**
         * Violation
         * @description The model for violations within an evaluation.
         */
        Violation: {
            violating_attributes: components["schemas"]["ViolationAttributes"];
            /**
             * Detail
             * @description A human-readable string detailing the evaluation violation.
             */
            detail: string;
        };
        /**
         * ViolationAttributes
         * @description The model for attributes which led to an evaluation violation
         */
        ViolationAttributes: {
            /**
             * Data Categories
             * @description A list of data categories which led to an evaluation violation.
             */
            data_categories: string[];
            /**
             * Data Subjects
             * @description A list of data subjects which led to an evaluation violation.
             */
            data_subjects: string[];
            /**
             * Data Uses
             * @description A list of data uses which led to an evaluation violation.
             */
            data_uses: string[];
        };
        /**
         * WebhookDirection
         * @description The webhook direction
         * @enum {string}
         */
        WebhookDirection: "one_way" | "two_way";
        /**
         * WebhookOrder
         * @description Schema for displaying a minimal amount of information about the webhook and its order
         */
        WebhookOrder: {
            /** Key */
            key: string;
            /** Order */
            order: number;
        };
        /**
         * WebsiteSchema
         * @description Schema to validate the secrets needed for a generic website connector
         */
        WebsiteSchema: {
            /**
             * URL
             * Format: uri
             */
            url: string;
        };
        /**
         * WorkerHealthCheck
         * @description Worker Healthcheck Schema
         */
        WorkerHealthCheck: {
            /** Workers Enabled */
            workers_enabled: boolean;
            /** Workers */
            workers: string[];
            /** Queue Counts */
            queue_counts: {
                [key: string]: number;
            };
        };
        /** WorkerInfo */
        WorkerInfo: {
            active_task?: components["schemas"]["TaskDetails"] | null;
            /**
             * Reserved Tasks
             * @default []
             */
            reserved_tasks?: components["schemas"]["TaskDetails"][];
            /**
             * Registered Tasks
             * @default []
             */
            registered_tasks?: string[];
        };
        /** WorkerStats */
        WorkerStats: {
            /** Queues */
            queues: {
                [key: string]: components["schemas"]["QueueInfo"];
            };
            /** Workers */
            workers: {
                [key: string]: components["schemas"]["WorkerInfo"];
            };
        };
        /**
         * KeyfileCreds
         * @description Schema that holds BigQuery keyfile key/vals
         */
        fides__api__schemas__connection_configuration__connection_secrets_bigquery__KeyfileCreds: {
            /** Type */
            type?: string | null;
            /** Project ID */
            project_id: string;
            /** Private key ID */
            private_key_id?: string | null;
            /** Private key */
            private_key?: string | null;
            /** Client email */
            client_email?: string | null;
            /** Client ID */
            client_id?: string | null;
            /** Auth URI */
            auth_uri?: string | null;
            /** Token URI */
            token_uri?: string | null;
            /** Auth provider X509 cert URL */
            auth_provider_x509_cert_url?: string | null;
            /** Client X509 cert URL */
            client_x509_cert_url?: string | null;
        };
        /**
         * KeyfileCreds
         * @description Schema that holds Google Cloud SQL for MySQL keyfile key/vals
         */
        fides__api__schemas__connection_configuration__connection_secrets_google_cloud_sql_mysql__KeyfileCreds: {
            /** Type */
            type?: string | null;
            /** Project ID */
            project_id: string;
            /** Private key ID */
            private_key_id?: string | null;
            /** Private Key */
            private_key?: string | null;
            /** Client Email */
            client_email?: string | null;
            /** Client ID */
            client_id?: string | null;
            /** Auth URI */
            auth_uri?: string | null;
            /** Token URI */
            token_uri?: string | null;
            /** Auth provider X509 cert URL */
            auth_provider_x509_cert_url?: string | null;
            /** Client X509 cert URL */
            client_x509_cert_url?: string | null;
            /** Universe domain */
            universe_domain: string;
        };
        /**
         * KeyfileCreds
         * @description Schema that holds Google Cloud SQL for Postgres keyfile key/vals
         */
        fides__api__schemas__connection_configuration__connection_secrets_google_cloud_sql_postgres__KeyfileCreds: {
            /** Type */
            type?: string | null;
            /** Project ID */
            project_id: string;
            /** Private key ID */
            private_key_id?: string | null;
            /** Private Key */
            private_key?: string | null;
            /** Client Email */
            client_email?: string | null;
            /** Client ID */
            client_id?: string | null;
            /** Auth URI */
            auth_uri?: string | null;
            /** Token URI */
            token_uri?: string | null;
            /** Auth provider X509 cert URL */
            auth_provider_x509_cert_url?: string | null;
            /** Client X509 cert URL */
            client_x509_cert_url?: string | null;
            /** Universe domain */
            universe_domain: string;
        };
        /**
         * Policy
         * @description An external representation of a Fidesops Policy
         */
        fides__api__schemas__policy__Policy: {
            /** Name */
            name: string;
            /** Key */
            key?: string | null;
            drp_action?: components["schemas"]["DrpAction"] | null;
            /** Execution Timeframe */
            execution_timeframe?: number | null;
        };
        /**
         * KeyfileCreds
         * @description The model for BigQuery credential keyfiles.
         */
        fides__connectors__models__KeyfileCreds: {
            /** Type */
            type?: string | null;
            /** Project Id */
            project_id: string;
            /** Private Key Id */
            private_key_id?: string | null;
            /** Private Key */
            private_key?: string | null;
            /** Client Email */
            client_email?: string | null;
            /** Client Id */
            client_id?: string | null;
            /** Auth Uri */
            auth_uri?: string | null;
            /** Token Uri */
            token_uri?: string | null;
            /** Auth Provider X509 Cert Url */
            auth_provider_x509_cert_url?: string | null;
            /** Client X509 Cert Url */
            client_x509_cert_url?: string | null;
        };
        /**
         * Policy
         * @description The Policy resource model.
         *
         *     An object used to organize a list of PolicyRules.
         */
        fideslang__models__Policy: {
            /**
             * Fides Key
             * @description A unique key used to identify this resource.
             */
            fides_key: string;
            /**
             * Organization Fides Key
             * @description Defines the Organization that this resource belongs to.
             * @default default_organization
             */
            organization_fides_key?: string;
            /** Tags */
            tags?: string[] | null;
            /**
             * Name
             * @description Human-Readable name for this resource.
             */
            name?: string | null;
            /**
             * Description
             * @description A detailed description of what this resource is.
             */
            description?: string | null;
            /**
             * Rules
             * @description The PolicyRule resource model.
             *
             *         Describes the allowed combination of the various privacy data types.
             */
            rules: components["schemas"]["PolicyRule"][];
        };
    };
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    List_api_v1_data_category_get: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DataCategory"][];
                };
            };
        };
    };
    Update_api_v1_data_category_put: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["DataCategoryCreateOrUpdate"];
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DataCategory"];
                };
            };
            /** @description Validation Error */
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
    Create_api_v1_data_category_post: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["DataCategoryCreateOrUpdate"];
            };
        };
        responses: {
            /** @description Successful Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DataCategory"];
                };
            };
            /** @description Validation Error */
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
    get_api_v1_data_category__fides_key__get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                fides_key: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DataCategory"];
                };
            };
            /** @description Validation Error */
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
    delete_api_v1_data_category__fides_key__delete: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                fides_key: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": {
                     *         "error": "user does not have permission to modify this resource",
                     *         "resource_type": "data_category",
                     *         "fides_key": "example.key"
                     *       }
                     *     }
                     */
                    "application/json": unknown;
                };
            };
            /** @description Validation Error */
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
    upsert_api_v1_data_category_upsert_post: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["DataCategory"][];
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "message": "Upserted 3 data_category(s)",
                     *       "inserted": 0,
                     *       "updated": 3
                     *     }
                     */
                    "application/json": {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description Created */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "message": "Upserted 3 data_category(s)",
                     *       "inserted": 1,
                     *       "updated": 2
                     *     }
                     */
                    "application/json": unknown;
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": {
                     *         "error": "user does not have permission to modify this resource",
                     *         "resource_type": "DataCategory",
                     *         "fides_key": "example.key"
                     *       }
                     *     }
                     */
                    "application/json": unknown;
                };
            };
            /** @description Validation Error */
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
    List_api_v1_data_subject_get: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DataSubject"][];
                };
            };
        };
    };
    update_api_v1_data_subject_put: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["DataSubject"];
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DataSubject"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": {
                     *         "error": "user does not have permission to modify this resource",
                     *         "resource_type": "data_subject",
                     *         "fides_key": "example.key"
                     *       }
                     *     }
                     */
                    "application/json": unknown;
                };
            };
            /** @description Validation Error */
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
    Create_api_v1_data_subject_post: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["DataSubjectCreateOrUpdate"];
            };
        };
        responses: {
            /** @description Successful Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DataSubject"];
                };
            };
            /** @description Validation Error */
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
    get_api_v1_data_subject__fides_key__get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                fides_key: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DataSubject"];
                };
            };
            /** @description Validation Error */
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
    delete_api_v1_data_subject__fides_key__delete: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                fides_key: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": {
                     *         "error": "user does not have permission to modify this resource",
                     *         "resource_type": "data_subject",
                     *         "fides_key": "example.key"
                     *       }
                     *     }
                     */
                    "application/json": unknown;
                };
            };
            /** @description Validation Error */
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
    upsert_api_v1_data_subject_upsert_post: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["DataSubject"][];
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "message": "Upserted 3 data_subject(s)",
                     *       "inserted": 0,
                     *       "updated": 3
                     *     }
                     */
                    "application/json": {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description Created */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "message": "Upserted 3 data_subject(s)",
                     *       "inserted": 1,
                     *       "updated": 2
                     *     }
                     */
                    "application/json": unknown;
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": {
                     *         "error": "user does not have permission to modify this resource",
                     *         "resource_type": "DataCategory",
                     *         "fides_key": "example.key"
                     *       }
                     *     }
                     */
                    "application/json": unknown;
                };
            };
            /** @description Validation Error */
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
    List_api_v1_data_use_get: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DataUse"][];
                };
            };
        };
    };
    Update_api_v1_data_use_put: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["DataUseCreateOrUpdate"];
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DataUse"];
                };
            };
            /** @description Validation Error */
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
    Create_api_v1_data_use_post: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["DataUseCreateOrUpdate"];
            };
        };
        responses: {
            /** @description Successful Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DataUse"];
                };
            };
            /** @description Validation Error */
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
    get_api_v1_data_use__fides_key__get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                fides_key: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DataUse"];
                };
            };
            /** @description Validation Error */
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
    delete_api_v1_data_use__fides_key__delete: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                fides_key: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": {
                     *         "error": "user does not have permission to modify this resource",
                     *         "resource_type": "data_use",
                     *         "fides_key": "example.key"
                     *       }
                     *     }
                     */
                    "application/json": unknown;
                };
            };
            /** @description Validation Error */
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
    upsert_api_v1_data_use_upsert_post: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["DataUse"][];
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "message": "Upserted 3 data_use(s)",
                     *       "inserted": 0,
                     *       "updated": 3
                     *     }
                     */
                    "application/json": {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description Created */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "message": "Upserted 3 data_use(s)",
                     *       "inserted": 1,
                     *       "updated": 2
                     *     }
                     */
                    "application/json": unknown;
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": {
                     *         "error": "user does not have permission to modify this resource",
                     *         "resource_type": "DataCategory",
                     *         "fides_key": "example.key"
                     *       }
                     *     }
                     */
                    "application/json": unknown;
                };
            };
            /** @description Validation Error */
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
    List_api_v1_evaluation_get: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Evaluation"][];
                };
            };
        };
    };
    update_api_v1_evaluation_put: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["Evaluation"];
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Evaluation"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": {
                     *         "error": "user does not have permission to modify this resource",
                     *         "resource_type": "evaluation",
                     *         "fides_key": "example.key"
                     *       }
                     *     }
                     */
                    "application/json": unknown;
                };
            };
            /** @description Validation Error */
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
    Create_api_v1_evaluation_post: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["Evaluation"];
            };
        };
        responses: {
            /** @description Successful Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Evaluation"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": {
                     *         "error": "user does not have permission to modify this resource",
                     *         "resource_type": "evaluation",
                     *         "fides_key": "example.key"
                     *       }
                     *     }
                     */
                    "application/json": unknown;
                };
            };
            /** @description Validation Error */
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
    get_api_v1_evaluation__fides_key__get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                fides_key: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Evaluation"];
                };
            };
            /** @description Validation Error */
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
    delete_api_v1_evaluation__fides_key__delete: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                fides_key: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": {
                     *         "error": "user does not have permission to modify this resource",
                     *         "resource_type": "evaluation",
                     *         "fides_key": "example.key"
                     *       }
                     *     }
                     */
                    "application/json": unknown;
                };
            };
            /** @description Validation Error */
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
    upsert_api_v1_evaluation_upsert_post: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["Evaluation"][];
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "message": "Upserted 3 evaluation(s)",
                     *       "inserted": 0,
                     *       "updated": 3
                     *     }
                     */
                    "application/json": {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description Created */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "message": "Upserted 3 evaluation(s)",
                     *       "inserted": 1,
                     *       "updated": 2
                     *     }
                     */
                    "application/json": unknown;
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": {
                     *         "error": "user does not have permission to modify this resource",
                     *         "resource_type": "DataCategory",
                     *         "fides_key": "example.key"
                     *       }
                     *     }
                     */
                    "application/json": unknown;
                };
            };
            /** @description Validation Error */
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
    generate_api_v1_generate_post: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["GenerateRequestPayload"];
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GenerateResponse"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "Unable to generate resources."
                     *     }
                     */
                    "application/json": unknown;
                };
            };
            /** @description Validation Error */
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
    List_api_v1_organization_get: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Organization"][];
                };
            };
        };
    };
    update_api_v1_organization_put: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["Organization"];
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Organization"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": {
                     *         "error": "user does not have permission to modify this resource",
                     *         "resource_type": "organization",
                     *         "fides_key": "example.key"
                     *       }
                     *     }
                     */
                    "application/json": unknown;
                };
            };
            /** @description Validation Error */
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
    Create_api_v1_organization_post: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["Organization"];
            };
        };
        responses: {
            /** @description Successful Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Organization"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": {
                     *         "error": "user does not have permission to modify this resource",
                     *         "resource_type": "organization",
                     *         "fides_key": "example.key"
                     *       }
                     *     }
                     */
                    "application/json": unknown;
                };
            };
            /** @description Validation Error */
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
    get_api_v1_organization__fides_key__get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                fides_key: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Organization"];
                };
            };
            /** @description Validation Error */
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
    delete_api_v1_organization__fides_key__delete: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                fides_key: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": {
                     *         "error": "user does not have permission to modify this resource",
                     *         "resource_type": "organization",
                     *         "fides_key": "example.key"
                     *       }
                     *     }
                     */
                    "application/json": unknown;
                };
            };
            /** @description Validation Error */
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
    upsert_api_v1_organization_upsert_post: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["Organization"][];
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "message": "Upserted 3 organization(s)",
                     *       "inserted": 0,
                     *       "updated": 3
                     *     }
                     */
                    "application/json": {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description Created */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "message": "Upserted 3 organization(s)",
                     *       "inserted": 1,
                     *       "updated": 2
                     *     }
                     */
                    "application/json": unknown;
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": {
                     *         "error": "user does not have permission to modify this resource",
                     *         "resource_type": "DataCategory",
                     *         "fides_key": "example.key"
                     *       }
                     *     }
                     */
                    "application/json": unknown;
                };
            };
            /** @description Validation Error */
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
    List_api_v1_policy_get: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["fideslang__models__Policy"][];
                };
            };
        };
    };
    update_api_v1_policy_put: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["fideslang__models__Policy"];
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["fideslang__models__Policy"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": {
                     *         "error": "user does not have permission to modify this resource",
                     *         "resource_type": "policy",
                     *         "fides_key": "example.key"
                     *       }
                     *     }
                     */
                    "application/json": unknown;
                };
            };
            /** @description Validation Error */
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
    Create_api_v1_policy_post: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["fideslang__models__Policy"];
            };
        };
        responses: {
            /** @description Successful Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["fideslang__models__Policy"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": {
                     *         "error": "user does not have permission to modify this resource",
                     *         "resource_type": "policy",
                     *         "fides_key": "example.key"
                     *       }
                     *     }
                     */
                    "application/json": unknown;
                };
            };
            /** @description Validation Error */
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
    get_api_v1_policy__fides_key__get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                fides_key: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["fideslang__models__Policy"];
                };
            };
            /** @description Validation Error */
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
    delete_api_v1_policy__fides_key__delete: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                fides_key: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": {
                     *         "error": "user does not have permission to modify this resource",
                     *         "resource_type": "policy",
                     *         "fides_key": "example.key"
                     *       }
                     *     }
                     */
                    "application/json": unknown;
                };
            };
            /** @description Validation Error */
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
    upsert_api_v1_policy_upsert_post: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["fideslang__models__Policy"][];
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "message": "Upserted 3 policy(s)",
                     *       "inserted": 0,
                     *       "updated": 3
                     *     }
                     */
                    "application/json": {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description Created */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "message": "Upserted 3 policy(s)",
                     *       "inserted": 1,
                     *       "updated": 2
                     *     }
                     */
                    "application/json": unknown;
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": {
                     *         "error": "user does not have permission to modify this resource",
                     *         "resource_type": "DataCategory",
                     *         "fides_key": "example.key"
                     *       }
                     *     }
                     */
                    "application/json": unknown;
                };
            };
            /** @description Validation Error */
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
    instantiate_connection_from_template_api_v1_system__fides_key__connection_instantiate__connector_template_type__post: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                fides_key: string;
                connector_template_type: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SaasConnectionTemplateValues"];
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SaasConnectionTemplateResponse"];
                };
            };
            /** @description Validation Error */
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
    get_system_connections_api_v1_system__fides_key__connection_get: {
        parameters: {
            query?: {
                page?: number;
                size?: number;
            };
            header?: never;
            path: {
                fides_key: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Page_ConnectionConfigurationResponse_"];
                };
            };
            /** @description Validation Error */
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
    delete_connection_api_v1_system__fides_key__connection_delete: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                fides_key: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Validation Error */
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
    patch_connections_api_v1_system__fides_key__connection_patch: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                fides_key: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateConnectionConfigurationWithSecrets"][];
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BulkPutConnectionConfiguration"];
                };
            };
            /** @description Validation Error */
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
    patch_connection_secrets_api_v1_system__fides_key__connection_secrets_patch: {
        parameters: {
            query?: {
                verify?: boolean | null;
            };
            header?: never;
            path: {
                fides_key: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /**
                     * Keyfile creds
                     * @description The contents of the key file that contains authentication credentials for a service account in GCP.
                     */
                    keyfile_creds: components["schemas"]["fides__api__schemas__connection_configuration__connection_secrets_bigquery__KeyfileCreds"];
                    /**
                     * Dataset
                     * @description Only provide a dataset to scope discovery monitors and privacy request automation to a specific BigQuery dataset. In most cases, this can be left blank.
                     */
                    dataset?: string | null;
                } | {
                    /**
                     * DataHub server URL
                     * Format: uri
                     * @description The URL of your DataHub server.
                     */
                    datahub_server_url: string;
                    /**
                     * DataHub token
                     * @description The token used to authenticate with your DataHub server.
                     */
                    datahub_token: string;
                    /**
                     * Frequency
                     * @description The frequency at which the integration should run. Available options are daily, weekly, monthly, and not scheduled.
                     */
                    frequency: components["schemas"]["PeriodicIntegrationFrequency"];
                    /**
                     * Glossary node
                     * @description The glossary node name to use on Datahub for Fides Data Categories. (e.g. FidesDataCategories)
                     */
                    glossary_node: string;
                } | {
                    /** Test Email Address */
                    test_email_address?: string | null;
                    /**
                     * @default {
                     *       "identity_types": {
                     *         "email": true,
                     *         "phone_number": false
                     *       }
                     *     }
                     */
                    advanced_settings?: components["schemas"]["AdvancedSettings"];
                    /**
                     * Third party vendor name field
                     * @description Dataset reference to the field containing the third party vendor name. Both third_party_vendor_name and recipient_email_address must reference the same dataset and collection.
                     */
                    third_party_vendor_name: components["schemas"]["FidesDatasetReference"];
                    /**
                     * Recipient email address field
                     * @description Dataset reference to the field containing the recipient email address. Both third_party_vendor_name and recipient_email_address must reference the same dataset and collection.
                     */
                    recipient_email_address: components["schemas"]["FidesDatasetReference"];
                } | {
                    /**
                     * Authentication Method
                     * @description Determines which type of authentication method to use for connecting to Amazon Web Services. Currently accepted values are: `secret_keys` or `automatic`.
                     */
                    auth_method: components["schemas"]["AWSAuthMethod"];
                    /**
                     * Access Key ID
                     * @description Part of the credentials that provide access to your AWS account.
                     */
                    aws_access_key_id?: string | null;
                    /**
                     * Secret Access Key
                     * @description Part of the credentials that provide access to your AWS account.
                     */
                    aws_secret_access_key?: string | null;
                    /**
                     * Assume Role ARN
                     * @description If provided, the ARN of the role that should be assumed to connect to AWS.
                     */
                    aws_assume_role_arn?: string | null;
                    /**
                     * Region
                     * @description The AWS region where your DynamoDB table is located (ex. us-west-2).
                     */
                    region_name: string;
                } | {
                    /** Test Email Address */
                    test_email_address?: string | null;
                    /**
                     * @default {
                     *       "identity_types": {
                     *         "email": true,
                     *         "phone_number": false
                     *       }
                     *     }
                     */
                    advanced_settings?: components["schemas"]["AdvancedSettings"];
                    /** Third Party Vendor Name */
                    third_party_vendor_name: string;
                    /**
                     * Recipient Email Address
                     * Format: email
                     */
                    recipient_email_address: string;
                } | {
                    /** Uri */
                    uri: string;
                    /** Username */
                    username: string;
                    /** Password */
                    password: string;
                    /** Polling Timeout */
                    polling_timeout?: number | null;
                    /** Polling Interval */
                    polling_interval?: number | null;
                } | {
                    /**
                     * DB IAM user
                     * @description example: service-account@test.iam.gserviceaccount.com
                     */
                    db_iam_user: string;
                    /**
                     * Instance connection name
                     * @description example: friendly-tower-424214-n8:us-central1:test-ethyca
                     */
                    instance_connection_name: string;
                    /** Database name */
                    dbname: string;
                    /**
                     * Keyfile creds
                     * @description The contents of the key file that contains authentication credentials for a service account in GCP.
                     */
                    keyfile_creds: components["schemas"]["fides__api__schemas__connection_configuration__connection_secrets_google_cloud_sql_mysql__KeyfileCreds"];
                    /**
                     * IP type
                     * @description Specify the IP Address type required for your database (defaults to public). See the Google Cloud documentation for more information about connection options: https://cloud.google.com/sql/docs/postgres/connect-overview
                     */
                    ip_type?: components["schemas"]["GoogleCloudSQLIPType"] | null;
                } | {
                    /**
                     * DB IAM user
                     * @description example: service-account@test.iam.gserviceaccount.com
                     */
                    db_iam_user: string;
                    /**
                     * Instance connection name
                     * @description example: friendly-tower-424214-n8:us-central1:test-ethyca
                     */
                    instance_connection_name: string;
                    /** Database name */
                    dbname?: string | null;
                    /**
                     * Schema
                     * @description The default schema to be used for the database connection (defaults to public).
                     */
                    db_schema?: string | null;
                    /**
                     * Keyfile creds
                     * @description The contents of the key file that contains authentication credentials for a service account in GCP.
                     */
                    keyfile_creds: components["schemas"]["fides__api__schemas__connection_configuration__connection_secrets_google_cloud_sql_postgres__KeyfileCreds"];
                    /**
                     * IP type
                     * @description Specify the IP Address type required for your database (defaults to public). See the Google Cloud documentation for more information about connection options: https://cloud.google.com/sql/docs/postgres/connect-overview
                     */
                    ip_type?: components["schemas"]["GoogleCloudSQLIPType"] | null;
                } | Record<string, never> | {
                    /**
                     * Host
                     * @description The hostname or IP address of the server where the database is running.
                     */
                    host: string;
                    /**
                     * Port
                     * @description The network port number on which the server is listening for incoming connections (default: 3306).
                     * @default 3306
                     */
                    port?: number;
                    /**
                     * Username
                     * @description The user account used to authenticate and access the database.
                     */
                    username?: string | null;
                    /**
                     * Password
                     * @description The password used to authenticate and access the database.
                     */
                    password?: string | null;
                    /**
                     * Database
                     * @description The name of the specific database within the database server that you want to connect to.
                     */
                    dbname: string;
                } | {
                    /**
                     * Host
                     * @description The hostname or IP address of the server where the database is running.
                     */
                    host: string;
                    /**
                     * Port
                     * @description The network port number on which the server is listening for incoming connections (default: 27017). Port will be ignored if using SRV.
                     * @default 27017
                     */
                    port?: number;
                    /**
                     * Username
                     * @description The user account used to authenticate and access the database.
                     */
                    username: string;
                    /**
                     * Password
                     * @description The password used to authenticate and access the database.
                     */
                    password: string;
                    /**
                     * Default auth DB
                     * @description Used to specify the default authentication database.
                     */
                    defaultauthdb: string;
                    /**
                     * Use SRV
                     * @description Enable SRV record lookup for service discovery (mongodb+srv://). Required for MongoDB Atlas. Enables SSL by default.
                     * @default false
                     */
                    use_srv?: boolean | null;
                    /**
                     * SSL enabled
                     * @description Enable SSL/TLS encryption. With SRV: defaults to enabled (can override). Without SRV: defaults to disabled.
                     */
                    ssl_enabled?: boolean | null;
                } | {
                    /**
                     * Host
                     * @description The hostname or IP address of the server where the database is running.
                     */
                    host: string;
                    /**
                     * Port
                     * @description The network port number on which the server is listening for incoming connections (default: 1433).
                     * @default 1433
                     */
                    port?: number;
                    /**
                     * Username
                     * @description The user account used to authenticate and access the database.
                     */
                    username: string;
                    /**
                     * Password
                     * @description The password used to authenticate and access the database.
                     */
                    password: string;
                    /**
                     * Database
                     * @description The name of the specific database within the database server that you want to connect to.
                     */
                    dbname?: string | null;
                    /**
                     * Read Only Connection
                     * @description Whether to connect to the database in read-only mode.
                     * @default false
                     */
                    read_only_connection?: boolean | null;
                } | {
                    /**
                     * Host
                     * @description The hostname or IP address of the server where the database is running.
                     */
                    host: string;
                    /**
                     * Port
                     * @description The network port number on which the server is listening for incoming connections (default: 3306).
                     * @default 3306
                     */
                    port?: number;
                    /**
                     * Username
                     * @description The user account used to authenticate and access the database.
                     */
                    username?: string | null;
                    /**
                     * Password
                     * @description The password used to authenticate and access the database.
                     */
                    password?: string | null;
                    /**
                     * Database
                     * @description The name of the specific database within the database server that you want to connect to.
                     */
                    dbname: string;
                    /**
                     * SSH required
                     * @description Indicates whether an SSH tunnel is required for the connection. Enable this option if your MySQL server is behind a firewall and requires SSH tunneling for remote connections.
                     * @default false
                     */
                    ssh_required?: boolean;
                    /**
                     * SSL Mode
                     * @description The SSL mode to use for the connection. Accepted values are: 'required', 'preferred', 'disabled', or an empty value.
                     */
                    ssl_mode?: components["schemas"]["MySQLSSLMode"] | null;
                } | {
                    /**
                     * Organization URL
                     * Format: uri
                     * @description The URL of your Okta organization (e.g. https://your-org.okta.com)
                     */
                    org_url: string;
                    /**
                     * OAuth2 Client ID
                     * @description The OAuth2 client ID from your Okta service application
                     */
                    client_id: string;
                    /**
                     * Private Key
                     * @description RSA private key in JWK (JSON) format for signing JWT assertions. Download from Okta: Applications > Your App > Sign On > Client Credentials > Edit > Generate new key.
                     */
                    private_key: string;
                    /**
                     * OAuth2 Scopes
                     * @description OAuth2 scopes to request (default: okta.apps.read)
                     * @default [
                     *       "okta.apps.read"
                     *     ]
                     */
                    scopes?: string[] | null;
                } | {
                    /**
                     * Host
                     * @description The hostname or IP address of the server where the database is running.
                     */
                    host: string;
                    /**
                     * Port
                     * @description The network port number on which the server is listening for incoming connections (default: 5432).
                     * @default 5432
                     */
                    port?: number;
                    /**
                     * Username
                     * @description The user account used to authenticate and access the database.
                     */
                    username?: string | null;
                    /**
                     * Password
                     * @description The password used to authenticate and access the database.
                     */
                    password?: string | null;
                    /**
                     * SSH required
                     * @description Indicates whether an SSH tunnel is required for the connection. Enable this option if your PostgreSQL server is behind a firewall and requires SSH tunneling for remote connections.
                     * @default false
                     */
                    ssh_required?: boolean;
                    /**
                     * Database
                     * @description The name of the specific database within the database server that you want to connect to.
                     */
                    dbname?: string | null;
                    /**
                     * Schema
                     * @description The default schema to be used for the database connection (defaults to public).
                     */
                    db_schema?: string | null;
                    /** SSL Mode */
                    ssl_mode?: string | null;
                } | {
                    /**
                     * Authentication Method
                     * @description Determines which type of authentication method to use for connecting to Amazon Web Services. Currently accepted values are: `secret_keys` or `automatic`.
                     */
                    auth_method: components["schemas"]["AWSAuthMethod"];
                    /**
                     * Access Key ID
                     * @description Part of the credentials that provide access to your AWS account.
                     */
                    aws_access_key_id?: string | null;
                    /**
                     * Secret Access Key
                     * @description Part of the credentials that provide access to your AWS account.
                     */
                    aws_secret_access_key?: string | null;
                    /**
                     * Assume Role ARN
                     * @description If provided, the ARN of the role that should be assumed to connect to AWS.
                     */
                    aws_assume_role_arn?: string | null;
                    /**
                     * DB Username
                     * @description The user account used to authenticate and access the databases.
                     * @default fides_service_user
                     */
                    db_username?: string;
                    /**
                     * Region
                     * @description The AWS region where the RDS instances are located.
                     */
                    region: string;
                } | {
                    /**
                     * Authentication Method
                     * @description Determines which type of authentication method to use for connecting to Amazon Web Services. Currently accepted values are: `secret_keys` or `automatic`.
                     */
                    auth_method: components["schemas"]["AWSAuthMethod"];
                    /**
                     * Access Key ID
                     * @description Part of the credentials that provide access to your AWS account.
                     */
                    aws_access_key_id?: string | null;
                    /**
                     * Secret Access Key
                     * @description Part of the credentials that provide access to your AWS account.
                     */
                    aws_secret_access_key?: string | null;
                    /**
                     * Assume Role ARN
                     * @description If provided, the ARN of the role that should be assumed to connect to AWS.
                     */
                    aws_assume_role_arn?: string | null;
                    /**
                     * DB Username
                     * @description The user account used to authenticate and access the databases.
                     * @default fides_service_user
                     */
                    db_username?: string;
                    /**
                     * Region
                     * @description The AWS region where the RDS instances are located.
                     */
                    region: string;
                } | {
                    /**
                     * Host
                     * @description The hostname or IP address of the server where the database is running.
                     */
                    host: string;
                    /**
                     * Port
                     * @description The network port number on which the server is listening for incoming connections (default: 5439).
                     * @default 5439
                     */
                    port?: number;
                    /**
                     * Username
                     * @description The user account used to authenticate and access the database.
                     */
                    user: string;
                    /**
                     * Password
                     * @description The password used to authenticate and access the database.
                     */
                    password: string;
                    /**
                     * Database
                     * @description The name of the specific database within the database server that you want to connect to.
                     */
                    database: string;
                    /**
                     * Schema
                     * @description The default schema to be used for the database connection (defaults to public).
                     */
                    db_schema?: string | null;
                    /**
                     * SSH required
                     * @description Indicates whether an SSH tunnel is required for the connection. Enable this option if your Redshift database is behind a firewall and requires SSH tunneling for remote connections.
                     * @default false
                     */
                    ssh_required?: boolean;
                } | {
                    /**
                     * Authentication Method
                     * @description Determines which type of authentication method to use for connecting to Amazon Web Services. Currently accepted values are: `secret_keys` or `automatic`.
                     */
                    auth_method: components["schemas"]["AWSAuthMethod"];
                    /**
                     * Access Key ID
                     * @description Part of the credentials that provide access to your AWS account.
                     */
                    aws_access_key_id?: string | null;
                    /**
                     * Secret Access Key
                     * @description Part of the credentials that provide access to your AWS account.
                     */
                    aws_secret_access_key?: string | null;
                    /**
                     * Assume Role ARN
                     * @description If provided, the ARN of the role that should be assumed to connect to AWS.
                     */
                    aws_assume_role_arn?: string | null;
                } | components["schemas"]["SaaSSchema"] | {
                    /**
                     * Host
                     * @description The hostname or IP address of the server where the database is running.
                     */
                    host: string;
                    /**
                     * Port
                     * @description The network port number on which the server is listening for incoming connections (default: 9042).
                     * @default 9042
                     */
                    port?: number;
                    /**
                     * Username
                     * @description The user account used to authenticate and access the database.
                     */
                    username: string;
                    /**
                     * Password
                     * @description The password used to authenticate and access the database.
                     */
                    password: string;
                    /**
                     * Keyspace
                     * @description The keyspace used. If not provided, DSRs for this integration will error. If the integration is used for D & D, then setting a keyspace is not required.
                     */
                    keyspace?: string | null;
                } | {
                    /**
                     * Account Name
                     * @description The unique identifier for your Snowflake account.
                     */
                    account_identifier: string;
                    /**
                     * Username
                     * @description The user account used to authenticate and access the database.
                     */
                    user_login_name: string;
                    /**
                     * Password
                     * @description The password used to authenticate and access the database. You can use a password or a private key, but not both.
                     */
                    password?: string | null;
                    /**
                     * Private key
                     * @description The private key used to authenticate and access the database. If a `private_key_passphrase` is also provided, it is assumed to be encrypted; otherwise, it is assumed to be unencrypted.
                     */
                    private_key?: string | null;
                    /**
                     * Passphrase
                     * @description The passphrase used for the encrypted private key.
                     */
                    private_key_passphrase?: string | null;
                    /**
                     * Warehouse
                     * @description The name of the Snowflake warehouse where your queries will be executed.
                     */
                    warehouse_name: string;
                    /**
                     * Database
                     * @description Only provide a database name to scope discovery monitors and privacy request automation to a specific database. In most cases, this can be left blank.
                     */
                    database_name?: string | null;
                    /**
                     * Schema
                     * @description Only provide a schema to scope discovery monitors and privacy request automation to a specific schema. In most cases, this can be left blank.
                     */
                    schema_name?: string | null;
                    /**
                     * Role
                     * @description The Snowflake role to assume for the session, if different than Username.
                     */
                    role_name?: string | null;
                } | {
                    /** Test Email Address */
                    test_email_address?: string | null;
                    /**
                     * @default {
                     *       "identity_types": {
                     *         "email": false,
                     *         "phone_number": false,
                     *         "cookie_ids": [
                     *           "ljt_readerID"
                     *         ]
                     *       }
                     *     }
                     */
                    advanced_settings?: components["schemas"]["AdvancedSettingsWithExtendedIdentityTypes"];
                    /**
                     * Third Party Vendor Name
                     * @default Sovrn
                     */
                    third_party_vendor_name?: string;
                    /**
                     * Recipient Email Address
                     * Format: email
                     * @default privacy@sovrn.com
                     */
                    recipient_email_address?: string;
                } | {
                    /**
                     * Host
                     * @description The hostname or IP address of the server where the database is running.
                     */
                    host: string;
                    /**
                     * Port
                     * @description The network port number on which the server is listening for incoming connections (default: 5432).
                     * @default 5432
                     */
                    port?: number;
                    /**
                     * Username
                     * @description The user account used to authenticate and access the database.
                     */
                    username?: string | null;
                    /**
                     * Password
                     * @description The password used to authenticate and access the database.
                     */
                    password?: string | null;
                    /**
                     * SSH required
                     * @description Indicates whether an SSH tunnel is required for the connection. Enable this option if your PostgreSQL server is behind a firewall and requires SSH tunneling for remote connections.
                     * @default false
                     */
                    ssh_required?: boolean;
                    /**
                     * Database
                     * @description The name of the specific database within the database server that you want to connect to.
                     */
                    dbname?: string | null;
                    /**
                     * Schema
                     * @description The default schema to be used for the database connection (defaults to public).
                     */
                    db_schema?: string | null;
                    /** SSL Mode */
                    ssl_mode?: string | null;
                } | components["schemas"]["WebsiteSchema"];
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TestStatusMessage"];
                };
            };
            /** @description Validation Error */
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
    List_systems__optionally_paginated__api_v1_system_get: {
        parameters: {
            query?: {
                size?: number | null;
                page?: number | null;
                search?: string | null;
                data_uses?: string[] | null;
                data_categories?: string[] | null;
                data_subjects?: string[] | null;
                show_deleted?: boolean;
                sort_by?: "name"[] | null;
                sort_asc?: boolean | null;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BasicSystemResponse"][] | components["schemas"]["Page_BasicSystemResponse_"];
                };
            };
            /** @description Validation Error */
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
    update_api_v1_system_put: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["System"];
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SystemResponse"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": {
                     *         "error": "user does not have permission to modify this resource",
                     *         "resource_type": "system",
                     *         "fides_key": "example.key"
                     *       }
                     *     }
                     */
                    "application/json": unknown;
                };
            };
            /** @description Validation Error */
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
    create_api_v1_system_post: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["System"];
            };
        };
        responses: {
            /** @description Successful Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SystemResponse"];
                };
            };
            /** @description Validation Error */
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
    upsert_api_v1_system_upsert_post: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["System"][];
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description Validation Error */
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
    get_api_v1_system__fides_key__get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                fides_key: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SystemResponse"];
                };
            };
            /** @description Validation Error */
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
    delete_api_v1_system__fides_key__delete: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                fides_key: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": {
                     *         "error": "user does not have permission to modify this resource",
                     *         "resource_type": "system",
                     *         "fides_key": "example.key"
                     *       }
                     *     }
                     */
                    "application/json": unknown;
                };
            };
            /** @description Validation Error */
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
    system_bulk_delete_api_v1_system_bulk_delete_post: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": string[];
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description Validation Error */
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
    bulk_assign_steward_api_v1_system_assign_steward_post: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AssignStewardRequest"];
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description Validation Error */
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
    patch_hidden_api_v1_system_hidden_patch: {
        parameters: {
            query: {
                hidden: boolean;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": string[];
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description Validation Error */
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
    validate_api_v1_validate_post: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ValidateRequest"];
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ValidateResponse"];
                };
            };
            /** @description Validation Error */
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
    get_config_api_v1_config_get: {
        parameters: {
            query?: {
                api_set?: boolean;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description Validation Error */
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
    put_settings_api_v1_config_put: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ApplicationConfig"];
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApplicationConfig"];
                };
            };
            /** @description Validation Error */
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
    reset_settings_api_v1_config_delete: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        [key: string]: unknown;
                    };
                };
            };
        };
    };
    patch_settings_api_v1_config_patch: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ApplicationConfig"];
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApplicationConfig"];
                };
            };
            /** @description Validation Error */
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
    get_all_connection_types_api_v1_connection_type_get: {
        parameters: {
            query?: {
                /** @description Page number */
                page?: number;
                /** @description Page size */
                size?: number;
                search?: string | null;
                system_type?: components["schemas"]["SystemType"] | null;
                consent?: boolean | null;
                access?: boolean | null;
                erasure?: boolean | null;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Page_ConnectionSystemTypeMap_"];
                };
            };
            /** @description Validation Error */
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
    get_connection_type_secret_schema_route_api_v1_connection_type__connection_type__secret_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                connection_type: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        [key: string]: unknown;
                    } | null;
                };
            };
            /** @description Validation Error */
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
    get_connections_api_v1_connection_get: {
        parameters: {
            query?: {
                search?: string | null;
                disabled?: boolean | null;
                test_status?: components["schemas"]["TestStatus"] | null;
                system_type?: components["schemas"]["SystemType"] | null;
                orphaned_from_system?: boolean | null;
                connection_type?: string[] | null;
                page?: number;
                size?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Page_ConnectionConfigurationResponse_"];
                };
            };
            /** @description Validation Error */
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
    patch_connections_api_v1_connection_patch: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateConnectionConfigurationWithSecrets"][];
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BulkPutConnectionConfiguration"];
                };
            };
            /** @description Validation Error */
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
    get_connection_detail_api_v1_connection__connection_key__get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                connection_key: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ConnectionConfigurationResponseWithSystemKey"];
                };
            };
            /** @description Validation Error */
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
    delete_connection_api_v1_connection__connection_key__delete: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                connection_key: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Validation Error */
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
    put_connection_config_secrets_api_v1_connection__connection_key__secret_put: {
        parameters: {
            query?: {
                verify?: boolean | null;
            };
            header?: never;
            path: {
                connection_key: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /**
                     * Keyfile creds
                     * @description The contents of the key file that contains authentication credentials for a service account in GCP.
                     */
                    keyfile_creds: components["schemas"]["fides__api__schemas__connection_configuration__connection_secrets_bigquery__KeyfileCreds"];
                    /**
                     * Dataset
                     * @description Only provide a dataset to scope discovery monitors and privacy request automation to a specific BigQuery dataset. In most cases, this can be left blank.
                     */
                    dataset?: string | null;
                } | {
                    /**
                     * DataHub server URL
                     * Format: uri
                     * @description The URL of your DataHub server.
                     */
                    datahub_server_url: string;
                    /**
                     * DataHub token
                     * @description The token used to authenticate with your DataHub server.
                     */
                    datahub_token: string;
                    /**
                     * Frequency
                     * @description The frequency at which the integration should run. Available options are daily, weekly, monthly, and not scheduled.
                     */
                    frequency: components["schemas"]["PeriodicIntegrationFrequency"];
                    /**
                     * Glossary node
                     * @description The glossary node name to use on Datahub for Fides Data Categories. (e.g. FidesDataCategories)
                     */
                    glossary_node: string;
                } | {
                    /** Test Email Address */
                    test_email_address?: string | null;
                    /**
                     * @default {
                     *       "identity_types": {
                     *         "email": true,
                     *         "phone_number": false
                     *       }
                     *     }
                     */
                    advanced_settings?: components["schemas"]["AdvancedSettings"];
                    /**
                     * Third party vendor name field
                     * @description Dataset reference to the field containing the third party vendor name. Both third_party_vendor_name and recipient_email_address must reference the same dataset and collection.
                     */
                    third_party_vendor_name: components["schemas"]["FidesDatasetReference"];
                    /**
                     * Recipient email address field
                     * @description Dataset reference to the field containing the recipient email address. Both third_party_vendor_name and recipient_email_address must reference the same dataset and collection.
                     */
                    recipient_email_address: components["schemas"]["FidesDatasetReference"];
                } | {
                    /**
                     * Authentication Method
                     * @description Determines which type of authentication method to use for connecting to Amazon Web Services. Currently accepted values are: `secret_keys` or `automatic`.
                     */
                    auth_method: components["schemas"]["AWSAuthMethod"];
                    /**
                     * Access Key ID
                     * @description Part of the credentials that provide access to your AWS account.
                     */
                    aws_access_key_id?: string | null;
                    /**
                     * Secret Access Key
                     * @description Part of the credentials that provide access to your AWS account.
                     */
                    aws_secret_access_key?: string | null;
                    /**
                     * Assume Role ARN
                     * @description If provided, the ARN of the role that should be assumed to connect to AWS.
                     */
                    aws_assume_role_arn?: string | null;
                    /**
                     * Region
                     * @description The AWS region where your DynamoDB table is located (ex. us-west-2).
                     */
                    region_name: string;
                } | {
                    /** Test Email Address */
                    test_email_address?: string | null;
                    /**
                     * @default {
                     *       "identity_types": {
                     *         "email": true,
                     *         "phone_number": false
                     *       }
                     *     }
                     */
                    advanced_settings?: components["schemas"]["AdvancedSettings"];
                    /** Third Party Vendor Name */
                    third_party_vendor_name: string;
                    /**
                     * Recipient Email Address
                     * Format: email
                     */
                    recipient_email_address: string;
                } | {
                    /** Uri */
                    uri: string;
                    /** Username */
                    username: string;
                    /** Password */
                    password: string;
                    /** Polling Timeout */
                    polling_timeout?: number | null;
                    /** Polling Interval */
                    polling_interval?: number | null;
                } | {
                    /**
                     * DB IAM user
                     * @description example: service-account@test.iam.gserviceaccount.com
                     */
                    db_iam_user: string;
                    /**
                     * Instance connection name
                     * @description example: friendly-tower-424214-n8:us-central1:test-ethyca
                     */
                    instance_connection_name: string;
                    /** Database name */
                    dbname: string;
                    /**
                     * Keyfile creds
                     * @description The contents of the key file that contains authentication credentials for a service account in GCP.
                     */
                    keyfile_creds: components["schemas"]["fides__api__schemas__connection_configuration__connection_secrets_google_cloud_sql_mysql__KeyfileCreds"];
                    /**
                     * IP type
                     * @description Specify the IP Address type required for your database (defaults to public). See the Google Cloud documentation for more information about connection options: https://cloud.google.com/sql/docs/postgres/connect-overview
                     */
                    ip_type?: components["schemas"]["GoogleCloudSQLIPType"] | null;
                } | {
                    /**
                     * DB IAM user
                     * @description example: service-account@test.iam.gserviceaccount.com
                     */
                    db_iam_user: string;
                    /**
                     * Instance connection name
                     * @description example: friendly-tower-424214-n8:us-central1:test-ethyca
                     */
                    instance_connection_name: string;
                    /** Database name */
                    dbname?: string | null;
                    /**
                     * Schema
                     * @description The default schema to be used for the database connection (defaults to public).
                     */
                    db_schema?: string | null;
                    /**
                     * Keyfile creds
                     * @description The contents of the key file that contains authentication credentials for a service account in GCP.
                     */
                    keyfile_creds: components["schemas"]["fides__api__schemas__connection_configuration__connection_secrets_google_cloud_sql_postgres__KeyfileCreds"];
                    /**
                     * IP type
                     * @description Specify the IP Address type required for your database (defaults to public). See the Google Cloud documentation for more information about connection options: https://cloud.google.com/sql/docs/postgres/connect-overview
                     */
                    ip_type?: components["schemas"]["GoogleCloudSQLIPType"] | null;
                } | Record<string, never> | {
                    /**
                     * Host
                     * @description The hostname or IP address of the server where the database is running.
                     */
                    host: string;
                    /**
                     * Port
                     * @description The network port number on which the server is listening for incoming connections (default: 3306).
                     * @default 3306
                     */
                    port?: number;
                    /**
                     * Username
                     * @description The user account used to authenticate and access the database.
                     */
                    username?: string | null;
                    /**
                     * Password
                     * @description The password used to authenticate and access the database.
                     */
                    password?: string | null;
                    /**
                     * Database
                     * @description The name of the specific database within the database server that you want to connect to.
                     */
                    dbname: string;
                } | {
                    /**
                     * Host
                     * @description The hostname or IP address of the server where the database is running.
                     */
                    host: string;
                    /**
                     * Port
                     * @description The network port number on which the server is listening for incoming connections (default: 27017). Port will be ignored if using SRV.
                     * @default 27017
                     */
                    port?: number;
                    /**
                     * Username
                     * @description The user account used to authenticate and access the database.
                     */
                    username: string;
                    /**
                     * Password
                     * @description The password used to authenticate and access the database.
                     */
                    password: string;
                    /**
                     * Default auth DB
                     * @description Used to specify the default authentication database.
                     */
                    defaultauthdb: string;
                    /**
                     * Use SRV
                     * @description Enable SRV record lookup for service discovery (mongodb+srv://). Required for MongoDB Atlas. Enables SSL by default.
                     * @default false
                     */
                    use_srv?: boolean | null;
                    /**
                     * SSL enabled
                     * @description Enable SSL/TLS encryption. With SRV: defaults to enabled (can override). Without SRV: defaults to disabled.
                     */
                    ssl_enabled?: boolean | null;
                } | {
                    /**
                     * Host
                     * @description The hostname or IP address of the server where the database is running.
                     */
                    host: string;
                    /**
                     * Port
                     * @description The network port number on which the server is listening for incoming connections (default: 1433).
                     * @default 1433
                     */
                    port?: number;
                    /**
                     * Username
                     * @description The user account used to authenticate and access the database.
                     */
                    username: string;
                    /**
                     * Password
                     * @description The password used to authenticate and access the database.
                     */
                    password: string;
                    /**
                     * Database
                     * @description The name of the specific database within the database server that you want to connect to.
                     */
                    dbname?: string | null;
                    /**
                     * Read Only Connection
                     * @description Whether to connect to the database in read-only mode.
                     * @default false
                     */
                    read_only_connection?: boolean | null;
                } | {
                    /**
                     * Host
                     * @description The hostname or IP address of the server where the database is running.
                     */
                    host: string;
                    /**
                     * Port
                     * @description The network port number on which the server is listening for incoming connections (default: 3306).
                     * @default 3306
                     */
                    port?: number;
                    /**
                     * Username
                     * @description The user account used to authenticate and access the database.
                     */
                    username?: string | null;
                    /**
                     * Password
                     * @description The password used to authenticate and access the database.
                     */
                    password?: string | null;
                    /**
                     * Database
                     * @description The name of the specific database within the database server that you want to connect to.
                     */
                    dbname: string;
                    /**
                     * SSH required
                     * @description Indicates whether an SSH tunnel is required for the connection. Enable this option if your MySQL server is behind a firewall and requires SSH tunneling for remote connections.
                     * @default false
                     */
                    ssh_required?: boolean;
                    /**
                     * SSL Mode
                     * @description The SSL mode to use for the connection. Accepted values are: 'required', 'preferred', 'disabled', or an empty value.
                     */
                    ssl_mode?: components["schemas"]["MySQLSSLMode"] | null;
                } | {
                    /**
                     * Organization URL
                     * Format: uri
                     * @description The URL of your Okta organization (e.g. https://your-org.okta.com)
                     */
                    org_url: string;
                    /**
                     * OAuth2 Client ID
                     * @description The OAuth2 client ID from your Okta service application
                     */
                    client_id: string;
                    /**
                     * Private Key
                     * @description RSA private key in JWK (JSON) format for signing JWT assertions. Download from Okta: Applications > Your App > Sign On > Client Credentials > Edit > Generate new key.
                     */
                    private_key: string;
                    /**
                     * OAuth2 Scopes
                     * @description OAuth2 scopes to request (default: okta.apps.read)
                     * @default [
                     *       "okta.apps.read"
                     *     ]
                     */
                    scopes?: string[] | null;
                } | {
                    /**
                     * Host
                     * @description The hostname or IP address of the server where the database is running.
                     */
                    host: string;
                    /**
                     * Port
                     * @description The network port number on which the server is listening for incoming connections (default: 5432).
                     * @default 5432
                     */
                    port?: number;
                    /**
                     * Username
                     * @description The user account used to authenticate and access the database.
                     */
                    username?: string | null;
                    /**
                     * Password
                     * @description The password used to authenticate and access the database.
                     */
                    password?: string | null;
                    /**
                     * SSH required
                     * @description Indicates whether an SSH tunnel is required for the connection. Enable this option if your PostgreSQL server is behind a firewall and requires SSH tunneling for remote connections.
                     * @default false
                     */
                    ssh_required?: boolean;
                    /**
                     * Database
                     * @description The name of the specific database within the database server that you want to connect to.
                     */
                    dbname?: string | null;
                    /**
                     * Schema
                     * @description The default schema to be used for the database connection (defaults to public).
                     */
                    db_schema?: string | null;
                    /** SSL Mode */
                    ssl_mode?: string | null;
                } | {
                    /**
                     * Authentication Method
                     * @description Determines which type of authentication method to use for connecting to Amazon Web Services. Currently accepted values are: `secret_keys` or `automatic`.
                     */
                    auth_method: components["schemas"]["AWSAuthMethod"];
                    /**
                     * Access Key ID
                     * @description Part of the credentials that provide access to your AWS account.
                     */
                    aws_access_key_id?: string | null;
                    /**
                     * Secret Access Key
                     * @description Part of the credentials that provide access to your AWS account.
                     */
                    aws_secret_access_key?: string | null;
                    /**
                     * Assume Role ARN
                     * @description If provided, the ARN of the role that should be assumed to connect to AWS.
                     */
                    aws_assume_role_arn?: string | null;
                    /**
                     * DB Username
                     * @description The user account used to authenticate and access the databases.
                     * @default fides_service_user
                     */
                    db_username?: string;
                    /**
                     * Region
                     * @description The AWS region where the RDS instances are located.
                     */
                    region: string;
                } | {
                    /**
                     * Authentication Method
                     * @description Determines which type of authentication method to use for connecting to Amazon Web Services. Currently accepted values are: `secret_keys` or `automatic`.
                     */
                    auth_method: components["schemas"]["AWSAuthMethod"];
                    /**
                     * Access Key ID
                     * @description Part of the credentials that provide access to your AWS account.
                     */
                    aws_access_key_id?: string | null;
                    /**
                     * Secret Access Key
                     * @description Part of the credentials that provide access to your AWS account.
                     */
                    aws_secret_access_key?: string | null;
                    /**
                     * Assume Role ARN
                     * @description If provided, the ARN of the role that should be assumed to connect to AWS.
                     */
                    aws_assume_role_arn?: string | null;
                    /**
                     * DB Username
                     * @description The user account used to authenticate and access the databases.
                     * @default fides_service_user
                     */
                    db_username?: string;
                    /**
                     * Region
                     * @description The AWS region where the RDS instances are located.
                     */
                    region: string;
                } | {
                    /**
                     * Host
                     * @description The hostname or IP address of the server where the database is running.
                     */
                    host: string;
                    /**
                     * Port
                     * @description The network port number on which the server is listening for incoming connections (default: 5439).
                     * @default 5439
                     */
                    port?: number;
                    /**
                     * Username
                     * @description The user account used to authenticate and access the database.
                     */
                    user: string;
                    /**
                     * Password
                     * @description The password used to authenticate and access the database.
                     */
                    password: string;
                    /**
                     * Database
                     * @description The name of the specific database within the database server that you want to connect to.
                     */
                    database: string;
                    /**
                     * Schema
                     * @description The default schema to be used for the database connection (defaults to public).
                     */
                    db_schema?: string | null;
                    /**
                     * SSH required
                     * @description Indicates whether an SSH tunnel is required for the connection. Enable this option if your Redshift database is behind a firewall and requires SSH tunneling for remote connections.
                     * @default false
                     */
                    ssh_required?: boolean;
                } | {
                    /**
                     * Authentication Method
                     * @description Determines which type of authentication method to use for connecting to Amazon Web Services. Currently accepted values are: `secret_keys` or `automatic`.
                     */
                    auth_method: components["schemas"]["AWSAuthMethod"];
                    /**
                     * Access Key ID
                     * @description Part of the credentials that provide access to your AWS account.
                     */
                    aws_access_key_id?: string | null;
                    /**
                     * Secret Access Key
                     * @description Part of the credentials that provide access to your AWS account.
                     */
                    aws_secret_access_key?: string | null;
                    /**
                     * Assume Role ARN
                     * @description If provided, the ARN of the role that should be assumed to connect to AWS.
                     */
                    aws_assume_role_arn?: string | null;
                } | components["schemas"]["SaaSSchema"] | {
                    /**
                     * Host
                     * @description The hostname or IP address of the server where the database is running.
                     */
                    host: string;
                    /**
                     * Port
                     * @description The network port number on which the server is listening for incoming connections (default: 9042).
                     * @default 9042
                     */
                    port?: number;
                    /**
                     * Username
                     * @description The user account used to authenticate and access the database.
                     */
                    username: string;
                    /**
                     * Password
                     * @description The password used to authenticate and access the database.
                     */
                    password: string;
                    /**
                     * Keyspace
                     * @description The keyspace used. If not provided, DSRs for this integration will error. If the integration is used for D & D, then setting a keyspace is not required.
                     */
                    keyspace?: string | null;
                } | {
                    /**
                     * Account Name
                     * @description The unique identifier for your Snowflake account.
                     */
                    account_identifier: string;
                    /**
                     * Username
                     * @description The user account used to authenticate and access the database.
                     */
                    user_login_name: string;
                    /**
                     * Password
                     * @description The password used to authenticate and access the database. You can use a password or a private key, but not both.
                     */
                    password?: string | null;
                    /**
                     * Private key
                     * @description The private key used to authenticate and access the database. If a `private_key_passphrase` is also provided, it is assumed to be encrypted; otherwise, it is assumed to be unencrypted.
                     */
                    private_key?: string | null;
                    /**
                     * Passphrase
                     * @description The passphrase used for the encrypted private key.
                     */
                    private_key_passphrase?: string | null;
                    /**
                     * Warehouse
                     * @description The name of the Snowflake warehouse where your queries will be executed.
                     */
                    warehouse_name: string;
                    /**
                     * Database
                     * @description Only provide a database name to scope discovery monitors and privacy request automation to a specific database. In most cases, this can be left blank.
                     */
                    database_name?: string | null;
                    /**
                     * Schema
                     * @description Only provide a schema to scope discovery monitors and privacy request automation to a specific schema. In most cases, this can be left blank.
                     */
                    schema_name?: string | null;
                    /**
                     * Role
                     * @description The Snowflake role to assume for the session, if different than Username.
                     */
                    role_name?: string | null;
                } | {
                    /** Test Email Address */
                    test_email_address?: string | null;
                    /**
                     * @default {
                     *       "identity_types": {
                     *         "email": false,
                     *         "phone_number": false,
                     *         "cookie_ids": [
                     *           "ljt_readerID"
                     *         ]
                     *       }
                     *     }
                     */
                    advanced_settings?: components["schemas"]["AdvancedSettingsWithExtendedIdentityTypes"];
                    /**
                     * Third Party Vendor Name
                     * @default Sovrn
                     */
                    third_party_vendor_name?: string;
                    /**
                     * Recipient Email Address
                     * Format: email
                     * @default privacy@sovrn.com
                     */
                    recipient_email_address?: string;
                } | {
                    /**
                     * Host
                     * @description The hostname or IP address of the server where the database is running.
                     */
                    host: string;
                    /**
                     * Port
                     * @description The network port number on which the server is listening for incoming connections (default: 5432).
                     * @default 5432
                     */
                    port?: number;
                    /**
                     * Username
                     * @description The user account used to authenticate and access the database.
                     */
                    username?: string | null;
                    /**
                     * Password
                     * @description The password used to authenticate and access the database.
                     */
                    password?: string | null;
                    /**
                     * SSH required
                     * @description Indicates whether an SSH tunnel is required for the connection. Enable this option if your PostgreSQL server is behind a firewall and requires SSH tunneling for remote connections.
                     * @default false
                     */
                    ssh_required?: boolean;
                    /**
                     * Database
                     * @description The name of the specific database within the database server that you want to connect to.
                     */
                    dbname?: string | null;
                    /**
                     * Schema
                     * @description The default schema to be used for the database connection (defaults to public).
                     */
                    db_schema?: string | null;
                    /** SSL Mode */
                    ssl_mode?: string | null;
                } | components["schemas"]["WebsiteSchema"];
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TestStatusMessage"];
                };
            };
            /** @description Validation Error */
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
    patch_connection_config_secrets_api_v1_connection__connection_key__secret_patch: {
        parameters: {
            query?: {
                verify?: boolean | null;
            };
            header?: never;
            path: {
                connection_key: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /**
                     * Keyfile creds
                     * @description The contents of the key file that contains authentication credentials for a service account in GCP.
                     */
                    keyfile_creds: components["schemas"]["fides__api__schemas__connection_configuration__connection_secrets_bigquery__KeyfileCreds"];
                    /**
                     * Dataset
                     * @description Only provide a dataset to scope discovery monitors and privacy request automation to a specific BigQuery dataset. In most cases, this can be left blank.
                     */
                    dataset?: string | null;
                } | {
                    /**
                     * DataHub server URL
                     * Format: uri
                     * @description The URL of your DataHub server.
                     */
                    datahub_server_url: string;
                    /**
                     * DataHub token
                     * @description The token used to authenticate with your DataHub server.
                     */
                    datahub_token: string;
                    /**
                     * Frequency
                     * @description The frequency at which the integration should run. Available options are daily, weekly, monthly, and not scheduled.
                     */
                    frequency: components["schemas"]["PeriodicIntegrationFrequency"];
                    /**
                     * Glossary node
                     * @description The glossary node name to use on Datahub for Fides Data Categories. (e.g. FidesDataCategories)
                     */
                    glossary_node: string;
                } | {
                    /** Test Email Address */
                    test_email_address?: string | null;
                    /**
                     * @default {
                     *       "identity_types": {
                     *         "email": true,
                     *         "phone_number": false
                     *       }
                     *     }
                     */
                    advanced_settings?: components["schemas"]["AdvancedSettings"];
                    /**
                     * Third party vendor name field
                     * @description Dataset reference to the field containing the third party vendor name. Both third_party_vendor_name and recipient_email_address must reference the same dataset and collection.
                     */
                    third_party_vendor_name: components["schemas"]["FidesDatasetReference"];
                    /**
                     * Recipient email address field
                     * @description Dataset reference to the field containing the recipient email address. Both third_party_vendor_name and recipient_email_address must reference the same dataset and collection.
                     */
                    recipient_email_address: components["schemas"]["FidesDatasetReference"];
                } | {
                    /**
                     * Authentication Method
                     * @description Determines which type of authentication method to use for connecting to Amazon Web Services. Currently accepted values are: `secret_keys` or `automatic`.
                     */
                    auth_method: components["schemas"]["AWSAuthMethod"];
                    /**
                     * Access Key ID
                     * @description Part of the credentials that provide access to your AWS account.
                     */
                    aws_access_key_id?: string | null;
                    /**
                     * Secret Access Key
                     * @description Part of the credentials that provide access to your AWS account.
                     */
                    aws_secret_access_key?: string | null;
                    /**
                     * Assume Role ARN
                     * @description If provided, the ARN of the role that should be assumed to connect to AWS.
                     */
                    aws_assume_role_arn?: string | null;
                    /**
                     * Region
                     * @description The AWS region where your DynamoDB table is located (ex. us-west-2).
                     */
                    region_name: string;
                } | {
                    /** Test Email Address */
                    test_email_address?: string | null;
                    /**
                     * @default {
                     *       "identity_types": {
                     *         "email": true,
                     *         "phone_number": false
                     *       }
                     *     }
                     */
                    advanced_settings?: components["schemas"]["AdvancedSettings"];
                    /** Third Party Vendor Name */
                    third_party_vendor_name: string;
                    /**
                     * Recipient Email Address
                     * Format: email
                     */
                    recipient_email_address: string;
                } | {
                    /** Uri */
                    uri: string;
                    /** Username */
                    username: string;
                    /** Password */
                    password: string;
                    /** Polling Timeout */
                    polling_timeout?: number | null;
                    /** Polling Interval */
                    polling_interval?: number | null;
                } | {
                    /**
                     * DB IAM user
                     * @description example: service-account@test.iam.gserviceaccount.com
                     */
                    db_iam_user: string;
                    /**
                     * Instance connection name
                     * @description example: friendly-tower-424214-n8:us-central1:test-ethyca
                     */
                    instance_connection_name: string;
                    /** Database name */
                    dbname: string;
                    /**
                     * Keyfile creds
                     * @description The contents of the key file that contains authentication credentials for a service account in GCP.
                     */
                    keyfile_creds: components["schemas"]["fides__api__schemas__connection_configuration__connection_secrets_google_cloud_sql_mysql__KeyfileCreds"];
                    /**
                     * IP type
                     * @description Specify the IP Address type required for your database (defaults to public). See the Google Cloud documentation for more information about connection options: https://cloud.google.com/sql/docs/postgres/connect-overview
                     */
                    ip_type?: components["schemas"]["GoogleCloudSQLIPType"] | null;
                } | {
                    /**
                     * DB IAM user
                     * @description example: service-account@test.iam.gserviceaccount.com
                     */
                    db_iam_user: string;
                    /**
                     * Instance connection name
                     * @description example: friendly-tower-424214-n8:us-central1:test-ethyca
                     */
                    instance_connection_name: string;
                    /** Database name */
                    dbname?: string | null;
                    /**
                     * Schema
                     * @description The default schema to be used for the database connection (defaults to public).
                     */
                    db_schema?: string | null;
                    /**
                     * Keyfile creds
                     * @description The contents of the key file that contains authentication credentials for a service account in GCP.
                     */
                    keyfile_creds: components["schemas"]["fides__api__schemas__connection_configuration__connection_secrets_google_cloud_sql_postgres__KeyfileCreds"];
                    /**
                     * IP type
                     * @description Specify the IP Address type required for your database (defaults to public). See the Google Cloud documentation for more information about connection options: https://cloud.google.com/sql/docs/postgres/connect-overview
                     */
                    ip_type?: components["schemas"]["GoogleCloudSQLIPType"] | null;
                } | Record<string, never> | {
                    /**
                     * Host
                     * @description The hostname or IP address of the server where the database is running.
                     */
                    host: string;
                    /**
                     * Port
                     * @description The network port number on which the server is listening for incoming connections (default: 3306).
                     * @default 3306
                     */
                    port?: number;
                    /**
                     * Username
                     * @description The user account used to authenticate and access the database.
                     */
                    username?: string | null;
                    /**
                     * Password
                     * @description The password used to authenticate and access the database.
                     */
                    password?: string | null;
                    /**
                     * Database
                     * @description The name of the specific database within the database server that you want to connect to.
                     */
                    dbname: string;
                } | {
                    /**
                     * Host
                     * @description The hostname or IP address of the server where the database is running.
                     */
                    host: string;
                    /**
                     * Port
                     * @description The network port number on which the server is listening for incoming connections (default: 27017). Port will be ignored if using SRV.
                     * @default 27017
                     */
                    port?: number;
                    /**
                     * Username
                     * @description The user account used to authenticate and access the database.
                     */
                    username: string;
                    /**
                     * Password
                     * @description The password used to authenticate and access the database.
                     */
                    password: string;
                    /**
                     * Default auth DB
                     * @description Used to specify the default authentication database.
                     */
                    defaultauthdb: string;
                    /**
                     * Use SRV
                     * @description Enable SRV record lookup for service discovery (mongodb+srv://). Required for MongoDB Atlas. Enables SSL by default.
                     * @default false
                     */
                    use_srv?: boolean | null;
                    /**
                     * SSL enabled
                     * @description Enable SSL/TLS encryption. With SRV: defaults to enabled (can override). Without SRV: defaults to disabled.
                     */
                    ssl_enabled?: boolean | null;
                } | {
                    /**
                     * Host
                     * @description The hostname or IP address of the server where the database is running.
                     */
                    host: string;
                    /**
                     * Port
                     * @description The network port number on which the server is listening for incoming connections (default: 1433).
                     * @default 1433
                     */
                    port?: number;
                    /**
                     * Username
                     * @description The user account used to authenticate and access the database.
                     */
                    username: string;
                    /**
                     * Password
                     * @description The password used to authenticate and access the database.
                     */
                    password: string;
                    /**
                     * Database
                     * @description The name of the specific database within the database server that you want to connect to.
                     */
                    dbname?: string | null;
                    /**
                     * Read Only Connection
                     * @description Whether to connect to the database in read-only mode.
                     * @default false
                     */
                    read_only_connection?: boolean | null;
                } | {
                    /**
                     * Host
                     * @description The hostname or IP address of the server where the database is running.
                     */
                    host: string;
                    /**
                     * Port
                     * @description The network port number on which the server is listening for incoming connections (default: 3306).
                     * @default 3306
                     */
                    port?: number;
                    /**
                     * Username
                     * @description The user account used to authenticate and access the database.
                     */
                    username?: string | null;
                    /**
                     * Password
                     * @description The password used to authenticate and access the database.
                     */
                    password?: string | null;
                    /**
                     * Database
                     * @description The name of the specific database within the database server that you want to connect to.
                     */
                    dbname: string;
                    /**
                     * SSH required
                     * @description Indicates whether an SSH tunnel is required for the connection. Enable this option if your MySQL server is behind a firewall and requires SSH tunneling for remote connections.
                     * @default false
                     */
                    ssh_required?: boolean;
                    /**
                     * SSL Mode
                     * @description The SSL mode to use for the connection. Accepted values are: 'required', 'preferred', 'disabled', or an empty value.
                     */
                    ssl_mode?: components["schemas"]["MySQLSSLMode"] | null;
                } | {
                    /**
                     * Organization URL
                     * Format: uri
                     * @description The URL of your Okta organization (e.g. https://your-org.okta.com)
                     */
                    org_url: string;
                    /**
                     * OAuth2 Client ID
                     * @description The OAuth2 client ID from your Okta service application
                     */
                    client_id: string;
                    /**
                     * Private Key
                     * @description RSA private key in JWK (JSON) format for signing JWT assertions. Download from Okta: Applications > Your App > Sign On > Client Credentials > Edit > Generate new key.
                     */
                    private_key: string;
                    /**
                     * OAuth2 Scopes
                     * @description OAuth2 scopes to request (default: okta.apps.read)
                     * @default [
                     *       "okta.apps.read"
                     *     ]
                     */
                    scopes?: string[] | null;
                } | {
                    /**
                     * Host
                     * @description The hostname or IP address of the server where the database is running.
                     */
                    host: string;
                    /**
                     * Port
                     * @description The network port number on which the server is listening for incoming connections (default: 5432).
                     * @default 5432
                     */
                    port?: number;
                    /**
                     * Username
                     * @description The user account used to authenticate and access the database.
                     */
                    username?: string | null;
                    /**
                     * Password
                     * @description The password used to authenticate and access the database.
                     */
                    password?: string | null;
                    /**
                     * SSH required
                     * @description Indicates whether an SSH tunnel is required for the connection. Enable this option if your PostgreSQL server is behind a firewall and requires SSH tunneling for remote connections.
                     * @default false
                     */
                    ssh_required?: boolean;
                    /**
                     * Database
                     * @description The name of the specific database within the database server that you want to connect to.
                     */
                    dbname?: string | null;
                    /**
                     * Schema
                     * @description The default schema to be used for the database connection (defaults to public).
                     */
                    db_schema?: string | null;
                    /** SSL Mode */
                    ssl_mode?: string | null;
                } | {
                    /**
                     * Authentication Method
                     * @description Determines which type of authentication method to use for connecting to Amazon Web Services. Currently accepted values are: `secret_keys` or `automatic`.
                     */
                    auth_method: components["schemas"]["AWSAuthMethod"];
                    /**
                     * Access Key ID
                     * @description Part of the credentials that provide access to your AWS account.
                     */
                    aws_access_key_id?: string | null;
                    /**
                     * Secret Access Key
                     * @description Part of the credentials that provide access to your AWS account.
                     */
                    aws_secret_access_key?: string | null;
                    /**
                     * Assume Role ARN
                     * @description If provided, the ARN of the role that should be assumed to connect to AWS.
                     */
                    aws_assume_role_arn?: string | null;
                    /**
                     * DB Username
                     * @description The user account used to authenticate and access the databases.
                     * @default fides_service_user
                     */
                    db_username?: string;
                    /**
                     * Region
                     * @description The AWS region where the RDS instances are located.
                     */
                    region: string;
                } | {
                    /**
                     * Authentication Method
                     * @description Determines which type of authentication method to use for connecting to Amazon Web Services. Currently accepted values are: `secret_keys` or `automatic`.
                     */
                    auth_method: components["schemas"]["AWSAuthMethod"];
                    /**
                     * Access Key ID
                     * @description Part of the credentials that provide access to your AWS account.
                     */
                    aws_access_key_id?: string | null;
                    /**
                     * Secret Access Key
                     * @description Part of the credentials that provide access to your AWS account.
                     */
                    aws_secret_access_key?: string | null;
                    /**
                     * Assume Role ARN
                     * @description If provided, the ARN of the role that should be assumed to connect to AWS.
                     */
                    aws_assume_role_arn?: string | null;
                    /**
                     * DB Username
                     * @description The user account used to authenticate and access the databases.
                     * @default fides_service_user
                     */
                    db_username?: string;
                    /**
                     * Region
                     * @description The AWS region where the RDS instances are located.
                     */
                    region: string;
                } | {
                    /**
                     * Host
                     * @description The hostname or IP address of the server where the database is running.
                     */
                    host: string;
                    /**
                     * Port
                     * @description The network port number on which the server is listening for incoming connections (default: 5439).
                     * @default 5439
                     */
                    port?: number;
                    /**
                     * Username
                     * @description The user account used to authenticate and access the database.
                     */
                    user: string;
                    /**
                     * Password
                     * @description The password used to authenticate and access the database.
                     */
                    password: string;
                    /**
                     * Database
                     * @description The name of the specific database within the database server that you want to connect to.
                     */
                    database: string;
                    /**
                     * Schema
                     * @description The default schema to be used for the database connection (defaults to public).
                     */
                    db_schema?: string | null;
                    /**
                     * SSH required
                     * @description Indicates whether an SSH tunnel is required for the connection. Enable this option if your Redshift database is behind a firewall and requires SSH tunneling for remote connections.
                     * @default false
                     */
                    ssh_required?: boolean;
                } | {
                    /**
                     * Authentication Method
                     * @description Determines which type of authentication method to use for connecting to Amazon Web Services. Currently accepted values are: `secret_keys` or `automatic`.
                     */
                    auth_method: components["schemas"]["AWSAuthMethod"];
                    /**
                     * Access Key ID
                     * @description Part of the credentials that provide access to your AWS account.
                     */
                    aws_access_key_id?: string | null;
                    /**
                     * Secret Access Key
                     * @description Part of the credentials that provide access to your AWS account.
                     */
                    aws_secret_access_key?: string | null;
                    /**
                     * Assume Role ARN
                     * @description If provided, the ARN of the role that should be assumed to connect to AWS.
                     */
                    aws_assume_role_arn?: string | null;
                } | components["schemas"]["SaaSSchema"] | {
                    /**
                     * Host
                     * @description The hostname or IP address of the server where the database is running.
                     */
                    host: string;
                    /**
                     * Port
                     * @description The network port number on which the server is listening for incoming connections (default: 9042).
                     * @default 9042
                     */
                    port?: number;
                    /**
                     * Username
                     * @description The user account used to authenticate and access the database.
                     */
                    username: string;
                    /**
                     * Password
                     * @description The password used to authenticate and access the database.
                     */
                    password: string;
                    /**
                     * Keyspace
                     * @description The keyspace used. If not provided, DSRs for this integration will error. If the integration is used for D & D, then setting a keyspace is not required.
                     */
                    keyspace?: string | null;
                } | {
                    /**
                     * Account Name
                     * @description The unique identifier for your Snowflake account.
                     */
                    account_identifier: string;
                    /**
                     * Username
                     * @description The user account used to authenticate and access the database.
                     */
                    user_login_name: string;
                    /**
                     * Password
                     * @description The password used to authenticate and access the database. You can use a password or a private key, but not both.
                     */
                    password?: string | null;
                    /**
                     * Private key
                     * @description The private key used to authenticate and access the database. If a `private_key_passphrase` is also provided, it is assumed to be encrypted; otherwise, it is assumed to be unencrypted.
                     */
                    private_key?: string | null;
                    /**
                     * Passphrase
                     * @description The passphrase used for the encrypted private key.
                     */
                    private_key_passphrase?: string | null;
                    /**
                     * Warehouse
                     * @description The name of the Snowflake warehouse where your queries will be executed.
                     */
                    warehouse_name: string;
                    /**
                     * Database
                     * @description Only provide a database name to scope discovery monitors and privacy request automation to a specific database. In most cases, this can be left blank.
                     */
                    database_name?: string | null;
                    /**
                     * Schema
                     * @description Only provide a schema to scope discovery monitors and privacy request automation to a specific schema. In most cases, this can be left blank.
                     */
                    schema_name?: string | null;
                    /**
                     * Role
                     * @description The Snowflake role to assume for the session, if different than Username.
                     */
                    role_name?: string | null;
                } | {
                    /** Test Email Address */
                    test_email_address?: string | null;
                    /**
                     * @default {
                     *       "identity_types": {
                     *         "email": false,
                     *         "phone_number": false,
                     *         "cookie_ids": [
                     *           "ljt_readerID"
                     *         ]
                     *       }
                     *     }
                     */
                    advanced_settings?: components["schemas"]["AdvancedSettingsWithExtendedIdentityTypes"];
                    /**
                     * Third Party Vendor Name
                     * @default Sovrn
                     */
                    third_party_vendor_name?: string;
                    /**
                     * Recipient Email Address
                     * Format: email
                     * @default privacy@sovrn.com
                     */
                    recipient_email_address?: string;
                } | {
                    /**
                     * Host
                     * @description The hostname or IP address of the server where the database is running.
                     */
                    host: string;
                    /**
                     * Port
                     * @description The network port number on which the server is listening for incoming connections (default: 5432).
                     * @default 5432
                     */
                    port?: number;
                    /**
                     * Username
                     * @description The user account used to authenticate and access the database.
                     */
                    username?: string | null;
                    /**
                     * Password
                     * @description The password used to authenticate and access the database.
                     */
                    password?: string | null;
                    /**
                     * SSH required
                     * @description Indicates whether an SSH tunnel is required for the connection. Enable this option if your PostgreSQL server is behind a firewall and requires SSH tunneling for remote connections.
                     * @default false
                     */
                    ssh_required?: boolean;
                    /**
                     * Database
                     * @description The name of the specific database within the database server that you want to connect to.
                     */
                    dbname?: string | null;
                    /**
                     * Schema
                     * @description The default schema to be used for the database connection (defaults to public).
                     */
                    db_schema?: string | null;
                    /** SSL Mode */
                    ssl_mode?: string | null;
                } | components["schemas"]["WebsiteSchema"];
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TestStatusMessage"];
                };
            };
            /** @description Validation Error */
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
    test_connection_config_secrets_api_v1_connection__connection_key__test_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                connection_key: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TestStatusMessage"];
                };
            };
            /** @description Validation Error */
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
    put_connection_oauth_config_api_v1_connection__connection_key__oauth_put: {
        parameters: {
            query?: {
                verify?: boolean | null;
            };
            header?: never;
            path: {
                connection_key: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["OAuthConfigSchema"];
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TestStatusMessage"];
                };
            };
            /** @description Validation Error */
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
    delete_connection_oauth_config_api_v1_connection__connection_key__oauth_delete: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                connection_key: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Validation Error */
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
    patch_connection_oauth_config_api_v1_connection__connection_key__oauth_patch: {
        parameters: {
            query?: {
                verify?: boolean | null;
            };
            header?: never;
            path: {
                connection_key: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["OAuthConfigSchema"];
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TestStatusMessage"];
                };
            };
            /** @description Validation Error */
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
    get_all_connector_templates_api_v1_connector_templates_get: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ConnectorTemplateListResponse"][];
                };
            };
        };
    };
    register_connector_template_api_v1_connector_templates_register_post: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/zip": string;
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": unknown;
                };
            };
            /** @description Validation Error */
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
    register_custom_connector_template_deprecated_api_v1_connector_template_register_post: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/zip": string;
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": unknown;
                };
            };
            /** @description Validation Error */
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
    get_connector_template_config_api_v1_connector_templates__connector_template_type__config_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                connector_template_type: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": unknown;
                };
            };
            /** @description Validation Error */
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
    get_connector_template_dataset_api_v1_connector_templates__connector_template_type__dataset_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                connector_template_type: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": unknown;
                };
            };
            /** @description Validation Error */
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
    report_consent_requests_api_v1_consent_request_preferences_get: {
        parameters: {
            query?: {
                data_use?: string | null;
                has_gpc_flag?: boolean | null;
                opt_in?: boolean | null;
                created_lt?: string | null;
                created_gt?: string | null;
                updated_lt?: string | null;
                updated_gt?: string | null;
                identity?: string | null;
                page?: number;
                size?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Page_ConsentReport_"];
                };
            };
            /** @description Validation Error */
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
    get_consent_preferences_api_v1_consent_request_preferences_post: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["Identity"];
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ConsentPreferences"];
                };
            };
            /** @description Validation Error */
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
    create_consent_request_api_v1_consent_request_post: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ConsentRequestCreate"];
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ConsentRequestResponse"];
                };
            };
            /** @description Validation Error */
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
    consent_request_verify_api_v1_consent_request__consent_request_id__verify_post: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                consent_request_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["VerificationCode"];
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ConsentPreferences"];
                };
            };
            /** @description Validation Error */
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
    get_consent_preferences_no_id_api_v1_consent_request__consent_request_id__preferences_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                consent_request_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ConsentPreferences"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Validation Error */
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
    set_consent_preferences_api_v1_consent_request__consent_request_id__preferences_patch: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                consent_request_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ConsentPreferencesWithVerificationCode"];
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ConsentPreferences"];
                };
            };
            /** @description Validation Error */
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
    validate_dataset_api_v1_connection__connection_key__validate_dataset_put: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                connection_key: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["Dataset"];
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ValidateDatasetResponse"];
                };
            };
            /** @description Validation Error */
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
    get_dataset_configs_api_v1_connection__connection_key__datasetconfig_get: {
        parameters: {
            query?: {
                page?: number;
                size?: number;
            };
            header?: never;
            path: {
                connection_key: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Page_DatasetConfigSchema_"];
                };
            };
            /** @description Validation Error */
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
    put_dataset_configs_api_v1_connection__connection_key__datasetconfig_put: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                connection_key: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["DatasetConfigCtlDataset"][];
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BulkPutDataset"];
                };
            };
            /** @description Validation Error */
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
    patch_dataset_configs_api_v1_connection__connection_key__datasetconfig_patch: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                connection_key: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["DatasetConfigCtlDataset"][];
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BulkPutDataset"];
                };
            };
            /** @description Validation Error */
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
    get_datasets_api_v1_connection__connection_key__dataset_get: {
        parameters: {
            query?: {
                page?: number;
                size?: number;
            };
            header?: never;
            path: {
                connection_key: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Page_Dataset_"];
                };
            };
            /** @description Validation Error */
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
    patch_datasets_api_v1_connection__connection_key__dataset_patch: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                connection_key: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["Dataset"][];
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BulkPutDataset"];
                };
            };
            /** @description Validation Error */
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
    patch_yaml_datasets_api_v1_yml_connection__connection_key__dataset_patch: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                connection_key: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BulkPutDataset"];
                };
            };
            /** @description Validation Error */
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
    get_dataset_api_v1_connection__connection_key__dataset__dataset_key__get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                dataset_key: string;
                connection_key: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Dataset"];
                };
            };
            /** @description Validation Error */
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
    delete_dataset_api_v1_connection__connection_key__dataset__dataset_key__delete: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                dataset_key: string;
                connection_key: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Validation Error */
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
    get_dataset_config_api_v1_connection__connection_key__datasetconfig__dataset_key__get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                dataset_key: string;
                connection_key: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DatasetConfigSchema"];
                };
            };
            /** @description Validation Error */
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
    get_ctl_datasets_api_v1_filter_dataset_get: {
        parameters: {
            query?: {
                remove_saas_datasets?: boolean;
                only_unlinked_datasets?: boolean;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Dataset"][];
                };
            };
            /** @description Validation Error */
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
    dataset_identities_and_references_api_v1_connection__connection_key__dataset__dataset_key__inputs_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                dataset_key: string;
                connection_key: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description Validation Error */
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
    dataset_reachability_api_v1_connection__connection_key__dataset__dataset_key__reachability_get: {
        parameters: {
            query?: {
                policy_key?: string | null;
            };
            header?: never;
            path: {
                dataset_key: string;
                connection_key: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DatasetReachability"];
                };
            };
            /** @description Validation Error */
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
    test_connection_datasets_api_v1_connection__connection_key__dataset__dataset_key__test_post: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                dataset_key: string;
                connection_key: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["DatasetTestRequest"];
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TestPrivacyRequest"];
                };
            };
            /** @description Validation Error */
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
    create_drp_privacy_request_api_v1_drp_exercise_post: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["DrpPrivacyRequestCreate"];
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PrivacyRequestDRPStatusResponse"];
                };
            };
            /** @description Validation Error */
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
    get_request_status_drp_api_v1_drp_status_get: {
        parameters: {
            query: {
                request_id: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PrivacyRequestDRPStatusResponse"];
                };
            };
            /** @description Validation Error */
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
    get_drp_data_rights_api_v1_drp_data_rights_get: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DrpDataRightsResponse"];
                };
            };
        };
    };
    revoke_request_api_v1_drp_revoke_post: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["DrpRevokeRequest"];
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PrivacyRequestDRPStatusResponse"];
                };
            };
            /** @description Validation Error */
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
    get_access_results_urls_api_v1_privacy_request__privacy_request_id__access_package_get: {
        parameters: {
            query: {
                token: string;
            };
            header?: never;
            path: {
                privacy_request_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            302: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": unknown;
                };
            };
            /** @description Validation Error */
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
    get_encryption_key_api_v1_cryptography_encryption_key_get: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": string;
                };
            };
        };
    };
    aes_encrypt_api_v1_cryptography_encryption_aes_encrypt_put: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AesEncryptionRequest"];
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AesEncryptionResponse"];
                };
            };
            /** @description Validation Error */
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
    aes_decrypt_api_v1_cryptography_encryption_aes_decrypt_put: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AesDecryptionRequest"];
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AesDecryptionResponse"];
                };
            };
            /** @description Validation Error */
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
    mask_value_api_v1_masking_mask_put: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["MaskingAPIRequest"];
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MaskingAPIResponse"];
                };
            };
            /** @description Validation Error */
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
    list_masking_strategies_api_v1_masking_strategy_get: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MaskingStrategyDescription"][];
                };
            };
        };
    };
    acquire_access_token_api_v1_oauth_token_post: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/x-www-form-urlencoded": components["schemas"]["Body_acquire_access_token_api_v1_oauth_token_post"];
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AccessToken"];
                };
            };
            /** @description Validation Error */
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
    create_client_api_v1_oauth_client_post: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": string[];
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ClientCreatedResponse"];
                };
            };
            /** @description Validation Error */
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
    delete_client_api_v1_oauth_client__client_id__delete: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                client_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": unknown;
                };
            };
            /** @description Validation Error */
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
    get_client_scopes_api_v1_oauth_client__client_id__scope_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                client_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": string[];
                };
            };
            /** @description Validation Error */
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
    set_client_scopes_api_v1_oauth_client__client_id__scope_put: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                client_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": string[];
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": unknown;
                };
            };
            /** @description Validation Error */
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
    read_scopes_api_v1_oauth_scope_get: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ScopeRegistryEnum"][];
                };
            };
        };
    };
    read_roles_to_scopes_mapping_api_v1_oauth_role_get: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        [key: string]: unknown[];
                    };
                };
            };
        };
    };
    oauth_callback_api_v1_oauth_callback_get: {
        parameters: {
            query: {
                code: string;
                state: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": unknown;
                };
            };
            /** @description Validation Error */
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
    get_policy_list_api_v1_dsr_policy_get: {
        parameters: {
            query?: {
                page?: number;
                size?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Page_PolicyResponse_"];
                };
            };
            /** @description Validation Error */
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
    create_or_update_policies_api_v1_dsr_policy_patch: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["fides__api__schemas__policy__Policy"][];
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BulkPutPolicyResponse"];
                };
            };
            /** @description Validation Error */
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
    get_policy_api_v1_dsr_policy__policy_key__get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                policy_key: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PolicyResponse"];
                };
            };
            /** @description Validation Error */
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
    get_rule_list_api_v1_dsr_policy__policy_key__rule_get: {
        parameters: {
            query?: {
                page?: number;
                size?: number;
            };
            header?: never;
            path: {
                policy_key: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Page_RuleResponseWithTargets_"];
                };
            };
            /** @description Validation Error */
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
    create_or_update_rules_api_v1_dsr_policy__policy_key__rule_patch: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                policy_key: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RuleCreate"][];
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BulkPutRuleResponse"];
                };
            };
            /** @description Validation Error */
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
    get_rule_api_v1_dsr_policy__policy_key__rule__rule_key__get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                policy_key: string;
                rule_key: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RuleResponseWithTargets"];
                };
            };
            /** @description Validation Error */
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
    delete_rule_api_v1_dsr_policy__policy_key__rule__rule_key__delete: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                policy_key: string;
                rule_key: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Validation Error */
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
    get_rule_target_list_api_v1_dsr_policy__policy_key__rule__rule_key__target_get: {
        parameters: {
            query?: {
                page?: number;
                size?: number;
            };
            header?: never;
            path: {
                policy_key: string;
                rule_key: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Page_RuleTarget_"];
                };
            };
            /** @description Validation Error */
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
    create_or_update_rule_targets_api_v1_dsr_policy__policy_key__rule__rule_key__target_patch: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                policy_key: string;
                rule_key: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RuleTarget"][];
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BulkPutRuleTargetResponse"];
                };
            };
            /** @description Validation Error */
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
    get_rule_target_api_v1_dsr_policy__policy_key__rule__rule_key__target__rule_target_key__get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                policy_key: string;
                rule_key: string;
                rule_target_key: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RuleTarget"];
                };
            };
            /** @description Validation Error */
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
    delete_rule_target_api_v1_dsr_policy__policy_key__rule__rule_key__target__rule_target_key__delete: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                policy_key: string;
                rule_key: string;
                rule_target_key: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Validation Error */
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
    get_policy_pre_execution_webhooks_api_v1_dsr_policy__policy_key__webhook_pre_execution_get: {
        parameters: {
            query?: {
                page?: number;
                size?: number;
            };
            header?: never;
            path: {
                policy_key: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Page_PolicyWebhookResponse_"];
                };
            };
            /** @description Validation Error */
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
    create_or_update_pre_execution_webhooks_api_v1_dsr_policy__policy_key__webhook_pre_execution_put: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                policy_key: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PolicyWebhookCreate"][];
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PolicyWebhookResponse"][];
                };
            };
            /** @description Validation Error */
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
    get_policy_post_execution_webhooks_api_v1_dsr_policy__policy_key__webhook_post_execution_get: {
        parameters: {
            query?: {
                page?: number;
                size?: number;
            };
            header?: never;
            path: {
                policy_key: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Page_PolicyWebhookResponse_"];
                };
            };
            /** @description Validation Error */
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
    create_or_update_post_execution_webhooks_api_v1_dsr_policy__policy_key__webhook_post_execution_put: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                policy_key: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PolicyWebhookCreate"][];
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PolicyWebhookResponse"][];
                };
            };
            /** @description Validation Error */
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
    get_policy_pre_execution_webhook_api_v1_dsr_policy__policy_key__webhook_pre_execution__pre_webhook_key__get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                policy_key: string;
                pre_webhook_key: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PolicyWebhookResponse"];
                };
            };
            /** @description Validation Error */
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
    delete_pre_execution_webhook_api_v1_dsr_policy__policy_key__webhook_pre_execution__pre_webhook_key__delete: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                policy_key: string;
                pre_webhook_key: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PolicyWebhookDeleteResponse"];
                };
            };
            /** @description Validation Error */
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
    update_pre_execution_webhook_api_v1_dsr_policy__policy_key__webhook_pre_execution__pre_webhook_key__patch: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                policy_key: string;
                pre_webhook_key: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PolicyWebhookUpdate"];
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PolicyWebhookUpdateResponse"];
                };
            };
            /** @description Validation Error */
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
    get_policy_post_execution_webhook_api_v1_dsr_policy__policy_key__webhook_post_execution__post_webhook_key__get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                policy_key: string;
                post_webhook_key: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PolicyWebhookResponse"];
                };
            };
            /** @description Validation Error */
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
    delete_post_execution_webhook_api_v1_dsr_policy__policy_key__webhook_post_execution__post_webhook_key__delete: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                policy_key: string;
                post_webhook_key: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PolicyWebhookDeleteResponse"];
                };
            };
            /** @description Validation Error */
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
    update_post_execution_webhook_api_v1_dsr_policy__policy_key__webhook_post_execution__post_webhook_key__patch: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                policy_key: string;
                post_webhook_key: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PolicyWebhookUpdate"];
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PolicyWebhookUpdateResponse"];
                };
            };
            /** @description Validation Error */
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
    get_pre_approval_webhook_list_api_v1_dsr_webhook_pre_approval_get: {
        parameters: {
            query?: {
                page?: number;
                size?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Page_PreApprovalWebhookResponse_"];
                };
            };
            /** @description Validation Error */
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
    create_or_update_pre_approval_webhooks_api_v1_dsr_webhook_pre_approval_put: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PreApprovalWebhookCreate"][];
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PreApprovalWebhookResponse"][];
                };
            };
            /** @description Validation Error */
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
    get_pre_approval_webhook_detail_api_v1_dsr_webhook_pre_approval__webhook_key__get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                webhook_key: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PreApprovalWebhookResponse"];
                };
            };
            /** @description Validation Error */
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
    delete_pre_approval_webhook_api_v1_dsr_webhook_pre_approval__webhook_key__delete: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                webhook_key: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": unknown;
                };
            };
            /** @description Validation Error */
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
    update_pre_approval_webhook_api_v1_dsr_webhook_pre_approval__webhook_key__patch: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                webhook_key: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PreApprovalWebhookUpdate"];
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PreApprovalWebhookResponse"];
                };
            };
            /** @description Validation Error */
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
    get_request_status_api_v1_privacy_request_get: {
        parameters: {
            query?: {
                request_id?: string | null;
                identity?: string | null;
                status?: components["schemas"]["PrivacyRequestStatus"][] | null;
                fuzzy_search_str?: string | null;
                created_lt?: string | null;
                created_gt?: string | null;
                started_lt?: string | null;
                started_gt?: string | null;
                completed_lt?: string | null;
                completed_gt?: string | null;
                errored_lt?: string | null;
                errored_gt?: string | null;
                external_id?: string | null;
                location?: string | null;
                action_type?: components["schemas"]["ActionType"] | null;
                verbose?: boolean | null;
                include_identities?: boolean | null;
                include_custom_privacy_request_fields?: boolean | null;
                download_csv?: boolean | null;
                include_deleted_requests?: boolean | null;
                sort_field?: string;
                sort_direction?: components["schemas"]["ColumnSort"];
                page?: number;
                size?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Page_Union_PrivacyRequestVerboseResponse__PrivacyRequestResponse__"];
                };
            };
            /** @description Validation Error */
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
    create_privacy_request_api_v1_privacy_request_post: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PrivacyRequestCreate"][];
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BulkPostPrivacyRequests"];
                };
            };
            /** @description Validation Error */
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
    create_privacy_request_authenticated_api_v1_privacy_request_authenticated_post: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PrivacyRequestCreate"][];
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BulkPostPrivacyRequests"];
                };
            };
            /** @description Validation Error */
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
    privacy_request_search_api_v1_privacy_request_search_post: {
        parameters: {
            query?: {
                page?: number;
                size?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["PrivacyRequestFilter"] | null;
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Page_Union_PrivacyRequestVerboseResponse__PrivacyRequestResponse__"];
                };
            };
            /** @description Validation Error */
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
    get_request_status_logs_api_v1_privacy_request__privacy_request_id__log_get: {
        parameters: {
            query?: {
                page?: number;
                size?: number;
            };
            header?: never;
            path: {
                privacy_request_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Page_ExecutionLogDetailResponse_"];
                };
            };
            /** @description Validation Error */
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
    get_privacy_request_notification_info_api_v1_privacy_request_notification_get: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PrivacyRequestNotificationInfo"];
                };
            };
        };
    };
    create_or_update_privacy_request_notifications_api_v1_privacy_request_notification_put: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PrivacyRequestNotificationInfo"];
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PrivacyRequestNotificationInfo"];
                };
            };
            /** @description Validation Error */
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
    get_request_preview_queries_api_v1_privacy_request_preview_put: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": string[] | null;
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DryRunDatasetResponse"][];
                };
            };
            /** @description Validation Error */
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
    resume_privacy_request_api_v1_privacy_request__privacy_request_id__resume_post: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                privacy_request_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PrivacyRequestResumeFormat"];
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PrivacyRequestResponse"];
                };
            };
            /** @description Validation Error */
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
    bulk_restart_privacy_request_from_failure_api_v1_privacy_request_bulk_retry_post: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PrivacyRequestBulkSelection"];
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BulkPostPrivacyRequests"];
                };
            };
            /** @description Validation Error */
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
    restart_privacy_request_from_failure_api_v1_privacy_request__privacy_request_id__retry_post: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                privacy_request_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PrivacyRequestResponse"];
                };
            };
            /** @description Validation Error */
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
    verify_identification_code_api_v1_privacy_request__privacy_request_id__verify_post: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                privacy_request_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["VerificationCode"];
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PrivacyRequestResponse"];
                };
            };
            /** @description Validation Error */
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
    approve_privacy_request_api_v1_privacy_request_administrate_approve_patch: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PrivacyRequestBulkSelection"];
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BulkReviewResponse"];
                };
            };
            /** @description Validation Error */
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
    deny_privacy_request_api_v1_privacy_request_administrate_deny_patch: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["DenyPrivacyRequestSelection"];
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BulkReviewResponse"];
                };
            };
            /** @description Validation Error */
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
    cancel_privacy_request_api_v1_privacy_request_administrate_cancel_patch: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CancelPrivacyRequestSelection"];
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BulkReviewResponse"];
                };
            };
            /** @description Validation Error */
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
    mark_privacy_request_pre_approve_eligible_api_v1_privacy_request__privacy_request_id__pre_approve_eligible_post: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                privacy_request_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": unknown;
                };
            };
            /** @description Validation Error */
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
    mark_privacy_request_pre_approve_not_eligible_api_v1_privacy_request__privacy_request_id__pre_approve_not_eligible_post: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                privacy_request_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": unknown;
                };
            };
            /** @description Validation Error */
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
    view_uploaded_manual_webhook_data_api_v1_privacy_request__privacy_request_id__access_manual_webhook__connection_key__get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                privacy_request_id: string;
                connection_key: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ManualWebhookData"] | null;
                };
            };
            /** @description Validation Error */
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
    upload_manual_webhook_access_data_api_v1_privacy_request__privacy_request_id__access_manual_webhook__connection_key__patch: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                privacy_request_id: string;
                connection_key: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    [key: string]: unknown;
                };
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": unknown;
                };
            };
            /** @description Validation Error */
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
    view_uploaded_erasure_manual_webhook_data_api_v1_privacy_request__privacy_request_id__erasure_manual_webhook__connection_key__get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                privacy_request_id: string;
                connection_key: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ManualWebhookData"] | null;
                };
            };
            /** @description Validation Error */
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
    upload_manual_webhook_erasure_data_api_v1_privacy_request__privacy_request_id__erasure_manual_webhook__connection_key__patch: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                privacy_request_id: string;
                connection_key: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    [key: string]: unknown;
                };
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": unknown;
                };
            };
            /** @description Validation Error */
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
    privacy_request_data_transfer_api_v1_privacy_request_transfer__privacy_request_id___rule_key__get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                privacy_request_id: string;
                rule_key: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        [key: string]: {
                            [key: string]: unknown;
                        }[] | null;
                    };
                };
            };
            /** @description Validation Error */
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
    resume_privacy_request_from_requires_input_api_v1_privacy_request__privacy_request_id__resume_from_requires_input_post: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                privacy_request_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PrivacyRequestResponse"];
                };
            };
            /** @description Validation Error */
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
    bulk_finalize_privacy_requests_api_v1_privacy_request_bulk_finalize_post: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PrivacyRequestBulkSelection"];
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BulkReviewResponse"];
                };
            };
            /** @description Validation Error */
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
    finalize_privacy_request_api_v1_privacy_request__privacy_request_id__finalize_post: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                privacy_request_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PrivacyRequestResponse"];
                };
            };
            /** @description Validation Error */
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
    get_individual_privacy_request_tasks_api_v1_privacy_request__privacy_request_id__tasks_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                privacy_request_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PrivacyRequestTaskSchema"][];
                };
            };
            /** @description Validation Error */
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
    requeue_privacy_request_api_v1_privacy_request__privacy_request_id__requeue_post: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                privacy_request_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PrivacyRequestResponse"];
                };
            };
            /** @description Validation Error */
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
    request_task_async_callback_api_v1_request_task_callback_post: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RequestTaskCallbackRequest"];
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description Validation Error */
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
    bulk_soft_delete_privacy_requests_api_v1_privacy_request_bulk_soft_delete_post: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PrivacyRequestBulkSelection"];
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BulkSoftDeletePrivacyRequests"];
                };
            };
            /** @description Validation Error */
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
    soft_delete_privacy_request_api_v1_privacy_request__privacy_request_id__soft_delete_post: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                privacy_request_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": unknown;
                };
            };
            /** @description Validation Error */
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
    get_access_results_urls_api_v1_privacy_request__privacy_request_id__access_results_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                privacy_request_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PrivacyRequestAccessResults"];
                };
            };
            /** @description Validation Error */
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
    get_test_privacy_request_results_api_v1_privacy_request__privacy_request_id__filtered_results_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                privacy_request_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FilteredPrivacyRequestResults"];
                };
            };
            /** @description Validation Error */
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
    resubmit_privacy_request_api_v1_privacy_request__privacy_request_id__resubmit_post: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                privacy_request_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PrivacyRequestResponse"];
                };
            };
            /** @description Validation Error */
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
    get_test_privacy_request_logs_api_v1_privacy_request__privacy_request_id__logs_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                privacy_request_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LogEntry"][];
                };
            };
            /** @description Validation Error */
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
    send_batch_email_integrations_api_v1_privacy_request_administrate_process_awaiting_email_send_post: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ResponseWithMessage"];
                };
            };
        };
    };
    get_privacy_request_redaction_patterns_api_v1_privacy_request_redaction_patterns_get: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PrivacyRequestRedactionPatternsResponse"];
                };
            };
        };
    };
    update_privacy_request_redaction_patterns_api_v1_privacy_request_redaction_patterns_put: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PrivacyRequestRedactionPatternsRequest"];
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PrivacyRequestRedactionPatternsResponse"];
                };
            };
            /** @description Validation Error */
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
    get_id_verification_config_api_v1_id_verification_config_get: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["IdentityVerificationConfigResponse"];
                };
            };
        };
    };
    upload_data_api_v1_storage__request_id__post: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                request_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["Body_upload_data_api_v1_storage__request_id__post"];
            };
        };
        responses: {
            /** @description Successful Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DataUpload"];
                };
            };
            /** @description Validation Error */
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
    get_configs_api_v1_storage_config_get: {
        parameters: {
            query?: {
                page?: number;
                size?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Page_StorageDestinationResponse_"];
                };
            };
            /** @description Validation Error */
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
    patch_config_api_v1_storage_config_patch: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["StorageDestination"][];
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BulkPutStorageConfigResponse"];
                };
            };
            /** @description Validation Error */
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
    put_config_secrets_api_v1_storage_config__config_key__secret_put: {
        parameters: {
            query?: {
                verify?: boolean | null;
            };
            header?: never;
            path: {
                config_key: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** Aws Access Key Id */
                    aws_access_key_id?: string | null;
                    /** Aws Secret Access Key */
                    aws_secret_access_key?: string | null;
                    /** Region Name */
                    region_name?: string | null;
                    /** Assume Role Arn */
                    assume_role_arn?: string | null;
                } | {
                    /**
                     * Type
                     * @default service_account
                     */
                    type?: string;
                    /** Project Id */
                    project_id: string;
                    /** Private Key Id */
                    private_key_id: string;
                    /** Private Key */
                    private_key: string;
                    /** Client Email */
                    client_email: string;
                    /** Client Id */
                    client_id: string;
                    /** Auth Uri */
                    auth_uri: string;
                    /** Token Uri */
                    token_uri: string;
                    /** Auth Provider X509 Cert Url */
                    auth_provider_x509_cert_url: string;
                    /** Client X509 Cert Url */
                    client_x509_cert_url: string;
                    /** Universe Domain */
                    universe_domain: string;
                };
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TestStatusMessage"];
                };
            };
            /** @description Validation Error */
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
    get_config_by_key_api_v1_storage_config__config_key__get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                config_key: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StorageDestinationResponse"];
                };
            };
            /** @description Validation Error */
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
    delete_config_by_key_api_v1_storage_config__config_key__delete: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                config_key: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Validation Error */
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
    get_active_default_config_api_v1_storage_default_active_get: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StorageDestinationResponse"];
                };
            };
        };
    };
    get_storage_status_api_v1_storage_default_status_get: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "config_status": "configured",
                     *       "detail": "Active default storage location of type s3 is fully configured"
                     *     }
                     */
                    "application/json": components["schemas"]["StorageConfigStatusMessage"];
                };
            };
        };
    };
    get_default_configs_api_v1_storage_default_get: {
        parameters: {
            query?: {
                page?: number;
                size?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Page_StorageDestinationResponse_"];
                };
            };
            /** @description Validation Error */
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
    put_default_config_api_v1_storage_default_put: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["StorageDestinationBase"];
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StorageDestinationResponse"];
                };
            };
            /** @description Validation Error */
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
    put_default_config_secrets_api_v1_storage_default__storage_type__secret_put: {
        parameters: {
            query?: {
                verify?: boolean | null;
            };
            header?: never;
            path: {
                storage_type: components["schemas"]["StorageType"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** Aws Access Key Id */
                    aws_access_key_id?: string | null;
                    /** Aws Secret Access Key */
                    aws_secret_access_key?: string | null;
                    /** Region Name */
                    region_name?: string | null;
                    /** Assume Role Arn */
                    assume_role_arn?: string | null;
                } | {
                    /**
                     * Type
                     * @default service_account
                     */
                    type?: string;
                    /** Project Id */
                    project_id: string;
                    /** Private Key Id */
                    private_key_id: string;
                    /** Private Key */
                    private_key: string;
                    /** Client Email */
                    client_email: string;
                    /** Client Id */
                    client_id: string;
                    /** Auth Uri */
                    auth_uri: string;
                    /** Token Uri */
                    token_uri: string;
                    /** Auth Provider X509 Cert Url */
                    auth_provider_x509_cert_url: string;
                    /** Client X509 Cert Url */
                    client_x509_cert_url: string;
                    /** Universe Domain */
                    universe_domain: string;
                };
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TestStatusMessage"];
                };
            };
            /** @description Validation Error */
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
    get_default_config_by_type_api_v1_storage_default__storage_type__get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                storage_type: components["schemas"]["StorageType"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StorageDestinationResponse"];
                };
            };
            /** @description Validation Error */
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
    get_configs_api_v1_messaging_config_get: {
        parameters: {
            query?: {
                page?: number;
                size?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Page_MessagingConfigResponse_"];
                };
            };
            /** @description Validation Error */
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
    post_config_api_v1_messaging_config_post: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["MessagingConfigRequest"];
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MessagingConfigResponse"];
                };
            };
            /** @description Validation Error */
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
    get_config_by_key_api_v1_messaging_config__config_key__get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                config_key: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MessagingConfigResponse"];
                };
            };
            /** @description Validation Error */
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
    delete_config_by_key_api_v1_messaging_config__config_key__delete: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                config_key: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Validation Error */
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
    patch_config_by_key_api_v1_messaging_config__config_key__patch: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                config_key: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["MessagingConfigRequest"];
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MessagingConfigResponse"];
                };
            };
            /** @description Validation Error */
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
    get_active_default_config_api_v1_messaging_default_active_get: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MessagingConfigResponse"];
                };
            };
        };
    };
    get_messaging_status_api_v1_messaging_default_status_get: {
        parameters: {
            query?: {
                messaging_method?: components["schemas"]["MessagingMethod"] | null;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "config_status": "configured",
                     *       "detail": "Active default messaging service of type mailgun is fully configured"
                     *     }
                     */
                    "application/json": components["schemas"]["MessagingConfigStatusMessage"];
                };
            };
            /** @description Validation Error */
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
    put_default_config_api_v1_messaging_default_put: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["MessagingConfigRequestBase"];
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MessagingConfigResponse"];
                };
            };
            /** @description Validation Error */
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
    put_default_config_secrets_api_v1_messaging_default__service_type__secret_put: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                service_type: components["schemas"]["MessagingServiceType"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** Mailgun Api Key */
                    mailgun_api_key: string;
                } | {
                    /** Twilio Account Sid */
                    twilio_account_sid: string;
                    /** Twilio Auth Token */
                    twilio_auth_token: string;
                    /** Twilio Messaging Service Sid */
                    twilio_messaging_service_sid?: string | null;
                    /** Twilio Sender Phone Number */
                    twilio_sender_phone_number?: string | null;
                } | {
                    /** Twilio Api Key */
                    twilio_api_key: string;
                } | {
                    /** Mailchimp Transactional Api Key */
                    mailchimp_transactional_api_key: string;
                } | {
                    /**
                     * Authentication Method
                     * @description Determines which type of authentication method to use for connecting to Amazon Web Services. Currently accepted values are: `secret_keys` or `automatic`.
                     */
                    auth_method: components["schemas"]["AWSAuthMethod"];
                    /**
                     * Access Key ID
                     * @description Part of the credentials that provide access to your AWS account.
                     */
                    aws_access_key_id?: string | null;
                    /**
                     * Secret Access Key
                     * @description Part of the credentials that provide access to your AWS account.
                     */
                    aws_secret_access_key?: string | null;
                    /**
                     * Assume Role ARN
                     * @description If provided, the ARN of the role that should be assumed to connect to AWS.
                     */
                    aws_assume_role_arn?: string | null;
                };
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TestMessagingStatusMessage"];
                };
            };
            /** @description Validation Error */
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
    put_config_secrets_api_v1_messaging_config__config_key__secret_put: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                config_key: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** Mailgun Api Key */
                    mailgun_api_key: string;
                } | {
                    /** Twilio Account Sid */
                    twilio_account_sid: string;
                    /** Twilio Auth Token */
                    twilio_auth_token: string;
                    /** Twilio Messaging Service Sid */
                    twilio_messaging_service_sid?: string | null;
                    /** Twilio Sender Phone Number */
                    twilio_sender_phone_number?: string | null;
                } | {
                    /** Twilio Api Key */
                    twilio_api_key: string;
                } | {
                    /** Mailchimp Transactional Api Key */
                    mailchimp_transactional_api_key: string;
                } | {
                    /**
                     * Authentication Method
                     * @description Determines which type of authentication method to use for connecting to Amazon Web Services. Currently accepted values are: `secret_keys` or `automatic`.
                     */
                    auth_method: components["schemas"]["AWSAuthMethod"];
                    /**
                     * Access Key ID
                     * @description Part of the credentials that provide access to your AWS account.
                     */
                    aws_access_key_id?: string | null;
                    /**
                     * Secret Access Key
                     * @description Part of the credentials that provide access to your AWS account.
                     */
                    aws_secret_access_key?: string | null;
                    /**
                     * Assume Role ARN
                     * @description If provided, the ARN of the role that should be assumed to connect to AWS.
                     */
                    aws_assume_role_arn?: string | null;
                };
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TestMessagingStatusMessage"];
                };
            };
            /** @description Validation Error */
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
    get_default_config_by_type_api_v1_messaging_default__service_type__get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                service_type: components["schemas"]["MessagingServiceType"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MessagingConfigResponse"];
                };
            };
            /** @description Validation Error */
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
    send_test_message_api_v1_messaging_test__service_type__post: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                service_type: components["schemas"]["MessagingServiceType"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["MessagingTestBodyParams"];
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "details": "Test message successfully sent"
                     *     }
                     */
                    "application/json": {
                        [key: string]: string;
                    };
                };
            };
            /** @description Validation Error */
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
    send_test_message_deprecated_api_v1_messaging_config_test_post: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["Identity"];
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "details": "Test message successfully sent"
                     *     }
                     */
                    "application/json": {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description Validation Error */
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
    get_basic_messaging_templates_api_v1_messaging_templates_get: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BasicMessagingTemplateResponse"][];
                };
            };
        };
    };
    update_basic_messaging_templates_api_v1_messaging_templates_put: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["BasicMessagingTemplateRequest"][];
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BulkPutBasicMessagingTemplateResponse"];
                };
            };
            /** @description Validation Error */
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
    get_default_messaging_template_api_v1_messaging_templates_default__template_type__get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                template_type: components["schemas"]["MessagingActionType"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MessagingTemplateDefault"];
                };
            };
            /** @description Validation Error */
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
    get_messaging_template_by_id_api_v1_messaging_templates__template_id__get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                template_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MessagingTemplateWithPropertiesDetail"];
                };
            };
            /** @description Validation Error */
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
    delete_messaging_template_by_id_api_v1_messaging_templates__template_id__delete: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                template_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Validation Error */
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
    user_email_invite_status_api_v1_messaging_email_invite_status_get: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UserEmailInviteStatus"];
                };
            };
        };
    };
    validate_saas_config_api_v1_connection__connection_key__validate_saas_config_put: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SaaSConfig"];
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ValidateSaaSConfigResponse"];
                };
            };
            /** @description Validation Error */
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
    get_saas_config_api_v1_connection__connection_key__saas_config_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                connection_key: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SaaSConfig"];
                };
            };
            /** @description Validation Error */
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
    delete_saas_config_api_v1_connection__connection_key__saas_config_delete: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                connection_key: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Validation Error */
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
    patch_saas_config_api_v1_connection__connection_key__saas_config_patch: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                connection_key: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SaaSConfig"];
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SaaSConfig"];
                };
            };
            /** @description Validation Error */
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
    authorize_connection_api_v1_connection__connection_key__authorize_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                connection_key: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": string;
                };
            };
            /** @description Validation Error */
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
    instantiate_connection_from_template_api_v1_connection_instantiate__connector_template_type__post: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                connector_template_type: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SaasConnectionTemplateValues"];
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SaasConnectionTemplateResponse"];
                };
            };
            /** @description Validation Error */
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
    Verify_dataset_partitioning_schemas_api_v1_dataset_partitions_verify_post: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["TimeBasedPartitioning"][];
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": string[];
                };
            };
            /** @description Validation Error */
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
    get_user_api_v1_user__user_id__get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                user_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UserResponse"];
                };
            };
            /** @description Validation Error */
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
    update_user_api_v1_user__user_id__put: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                user_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UserUpdate"];
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UserResponse"];
                };
            };
            /** @description Validation Error */
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
    delete_user_api_v1_user__user_id__delete: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                user_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Validation Error */
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
    update_user_password_api_v1_user__user_id__reset_password_post: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                user_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UserPasswordReset"];
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UserResponse"];
                };
            };
            /** @description Validation Error */
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
    force_update_password_api_v1_user__user_id__force_reset_password_post: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                user_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UserForcePasswordReset"];
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UserResponse"];
                };
            };
            /** @description Validation Error */
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
    user_logout_api_v1_logout_post: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    get_managed_systems_api_v1_user__user_id__system_manager_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                user_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["System"][];
                };
            };
            /** @description Validation Error */
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
    update_managed_systems_api_v1_user__user_id__system_manager_put: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                user_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": string[];
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["System"][];
                };
            };
            /** @description Validation Error */
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
    get_managed_system_details_api_v1_user__user_id__system_manager__system_key__get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                user_id: string;
                system_key: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["System"];
                };
            };
            /** @description Validation Error */
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
    remove_user_as_system_manager_api_v1_user__user_id__system_manager__system_key__delete: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                user_id: string;
                system_key: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Validation Error */
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
    get_users_api_v1_user_get: {
        parameters: {
            query?: {
                username?: string | null;
                include_external?: boolean;
                exclude_approvers?: boolean;
                page?: number;
                size?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Page_UserResponse_"];
                };
            };
            /** @description Validation Error */
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
    create_user_api_v1_user_post: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UserCreate"];
            };
        };
        responses: {
            /** @description Successful Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UserCreateResponse"];
                };
            };
            /** @description Validation Error */
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
    user_login_api_v1_login_post: {
        parameters: {
            query?: {
                config_path_override?: string;
                verbose?: boolean;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UserLogin"];
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UserLoginResponse"];
                };
            };
            /** @description Validation Error */
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
    accept_user_invite_api_v1_user_accept_invite_post: {
        parameters: {
            query: {
                config_path_override?: string;
                verbose?: boolean;
                username: string;
                invite_code: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UserForcePasswordReset"];
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UserLoginResponse"];
                };
            };
            /** @description Validation Error */
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
    get_user_permissions_api_v1_user__user_id__permission_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                user_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UserPermissionsResponse"];
                };
            };
            /** @description Validation Error */
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
    update_user_permissions_api_v1_user__user_id__permission_put: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                user_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UserPermissionsEdit"];
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UserPermissionsResponse"];
                };
            };
            /** @description Validation Error */
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
    create_user_permissions_api_v1_user__user_id__permission_post: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                user_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UserPermissionsCreate"];
            };
        };
        responses: {
            /** @description Successful Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UserPermissionsResponse"];
                };
            };
            /** @description Validation Error */
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
    get_access_manual_webhook_api_v1_connection__connection_key__access_manual_webhook_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                connection_key: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AccessManualWebhookResponse"];
                };
            };
            /** @description Validation Error */
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
    create_access_manual_webhook_api_v1_connection__connection_key__access_manual_webhook_post: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                connection_key: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AccessManualWebhooks"];
            };
        };
        responses: {
            /** @description Successful Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AccessManualWebhookResponse"];
                };
            };
            /** @description Validation Error */
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
    delete_access_manual_webhook_api_v1_connection__connection_key__access_manual_webhook_delete: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                connection_key: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Validation Error */
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
    patch_access_manual_webhook_api_v1_connection__connection_key__access_manual_webhook_patch: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                connection_key: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AccessManualWebhooks"];
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AccessManualWebhookResponse"];
                };
            };
            /** @description Validation Error */
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
    get_access_manual_webhooks_api_v1_access_manual_webhook_get: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AccessManualWebhookResponse"][];
                };
            };
        };
    };
    get_registration_status_api_v1_registration_get: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GetRegistrationStatusResponse"];
                };
            };
        };
    };
    update_registration_status_api_v1_registration_put: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["Registration"];
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Registration"];
                };
            };
            /** @description Validation Error */
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
    get_worker_stats_api_v1_worker_stats_get: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WorkerStats"];
                };
            };
        };
    };
    db_action_api_v1_admin_db__action__post: {
        parameters: {
            query?: {
                revision?: string | null;
            };
            header?: never;
            path: {
                action: components["schemas"]["DBActions"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description Validation Error */
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
    trigger_heap_dump_api_v1_admin_heap_dump_post: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        [key: string]: unknown;
                    };
                };
            };
        };
    };
    database_health_health_database_get: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "database": "healthy"
                     *     }
                     */
                    "application/json": components["schemas"]["DatabaseHealthCheck"];
                };
            };
            /** @description Service Unavailable */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": {
                     *         "database": "unhealthy"
                     *       }
                     *     }
                     */
                    "application/json": unknown;
                };
            };
        };
    };
    workers_health_health_workers_get: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "workers_enabled": "True",
                     *       "workers": [
                     *         "celery@c606808353b5"
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["WorkerHealthCheck"];
                };
            };
            /** @description Service Unavailable */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": {
                     *         "workers_enabled": "True",
                     *         "workers": [
                     *           "celery@c606808353b5"
                     *         ]
                     *       }
                     *     }
                     */
                    "application/json": unknown;
                };
            };
        };
    };
    health_health_get: {
        parameters: {
            query?: {
                include_cache?: boolean | null;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "webserver": "healthy",
                     *       "version": "1.0.0",
                     *       "cache": "healthy"
                     *     }
                     */
                    "application/json": components["schemas"]["CoreHealthCheck"];
                };
            };
            /** @description Validation Error */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPValidationError"];
                };
            };
            /** @description Service Unavailable */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": {
                     *         "webserver": "healthy",
                     *         "version": "1.0.0",
                     *         "cache": "unhealthy"
                     *       }
                     *     }
                     */
                    "application/json": unknown;
                };
            };
        };
    };
    List_datasets__optionally_paginated__api_v1_dataset_get: {
        parameters: {
            query?: {
                size?: number | null;
                page?: number | null;
                search?: string | null;
                data_categories?: string[] | null;
                exclude_saas_datasets?: boolean | null;
                only_unlinked_datasets?: boolean | null;
                connection_type?: components["schemas"]["ConnectionType"] | null;
                minimal?: boolean | null;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Page_DatasetResponse_"] | components["schemas"]["DatasetResponse"][];
                };
            };
            /** @description Validation Error */
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
    Update_dataset_api_v1_dataset_put: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["Dataset"];
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Dataset"];
                };
            };
            /** @description Validation Error */
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
    Create_dataset_api_v1_dataset_post: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["Dataset"];
            };
        };
        responses: {
            /** @description Successful Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Dataset"];
                };
            };
            /** @description Validation Error */
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
    Get_dataset_api_v1_dataset__fides_key__get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                fides_key: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Dataset"];
                };
            };
            /** @description Validation Error */
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
    Delete_dataset_api_v1_dataset__fides_key__delete: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                fides_key: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": unknown;
                };
            };
            /** @description Validation Error */
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
    upsert_datasets_api_v1_dataset_upsert_post: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["Dataset"][];
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description Validation Error */
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
    clean_datasets_api_v1_dataset_clean_get: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Dataset"][];
                };
            };
        };
    };
    Delete_tagging_instructions_api_v1_data_category__fides_key__tagging_instructions_delete: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                fides_key: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DataCategory"];
                };
            };
            /** @description Validation Error */
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
    Update_tagging_instructions_api_v1_data_category__fides_key__tagging_instructions_patch: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                fides_key: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["Body_Update_tagging_instructions_api_v1_data_category__fides_key__tagging_instructions_patch"];
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DataCategory"];
                };
            };
            /** @description Validation Error */
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
    read_index__get: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": unknown;
                };
            };
        };
    };
    read_other_paths__catchall__get: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
}
