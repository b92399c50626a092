// Generated from the OpenAPI document by `npm run api:types`; do not edit. A test fails when it is out of date.
export interface paths {
    "/api/v1/accounts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The portfolio: accounts you may see with their current score, most at risk first; filter, search, sort, page */
        get: {
            parameters: {
                query?: {
                    /** @description Only these bands */
                    band?: string[];
                    /** @description nextCursor of the previous page (same sort) */
                    cursor?: string;
                    /** @description Default asc: lowest score (most at risk) first */
                    direction?: "asc" | "desc";
                    /** @description csv: every matching account as a CSV download (limit and cursor ignored) */
                    format?: "json" | "csv";
                    /** @description totals: add counts and ARR by band of all matching accounts */
                    include?: "totals";
                    limit?: number;
                    /** @description Only accounts whose score moved at least this many points in 30 days */
                    movedBy?: number;
                    /** @description Only these owners' accounts (emails) */
                    owner?: string[];
                    /** @description Text search in name and external id */
                    q?: string;
                    /** @description Renewal on or after this date */
                    renewalFrom?: string;
                    /** @description Renewal on or before this date */
                    renewalTo?: string;
                    /** @description The scorecard to show and sort by (default: the model's first) */
                    scorecard?: string;
                    scoreMax?: number;
                    scoreMin?: number;
                    /** @description Only these segments */
                    segment?: string[];
                    /** @description Accounts without a value come last */
                    sort?: "score" | "name" | "arr" | "renewal_date" | "change_30d" | "confidence";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description A page of accounts (JSON), or every matching account (CSV) */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["PortfolioPage"];
                        "text/csv": string;
                    };
                };
                /** @description Invalid request; Invalid cursor */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Authentication required */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/accounts/{externalId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** An account: its record and, per scorecard, score, band, confidence and its reasons, components, drivers with evidence, trend */
        get: {
            parameters: {
                query?: {
                    /** @description The account and its scores as known then (default now) */
                    asOf?: string;
                };
                header?: never;
                path: {
                    /** @description The account's id in your CRM */
                    externalId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The account */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["AccountDetail"];
                    };
                };
                /** @description Invalid request */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Authentication required */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Account not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/accounts/{externalId}/shares": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Who the account is shared with, beyond its owner */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description The account's id in your CRM */
                    externalId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Shares */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: components["schemas"]["AccountShare"][];
                        };
                    };
                };
                /** @description Authentication required */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Account not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/accounts/{externalId}/shares/{email}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Share the account with a rep (admins and managers) */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    email: string;
                    /** @description The account's id in your CRM */
                    externalId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Shared (already or now) */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["AccountShare"];
                    };
                };
                /** @description Authentication required */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Forbidden */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Account not found; Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        post?: never;
        /** Stop sharing the account with a user (admins and managers) */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    email: string;
                    /** @description The account's id in your CRM */
                    externalId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description No longer shared */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Authentication required */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Forbidden */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Account not found; Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/api-keys": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** API keys: your own; admins see everyone’s (never the secrets) */
        get: {
            parameters: {
                query?: {
                    /** @description Only this user’s keys (admins) */
                    user?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Keys */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: components["schemas"]["ApiKey"][];
                        };
                    };
                };
                /** @description Authentication required */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Forbidden */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        /** Create an API key; the whole key is in this response only */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["NewApiKey"];
                };
            };
            responses: {
                /** @description Created */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["CreatedApiKey"];
                    };
                };
                /** @description Invalid request */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Authentication required */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Forbidden */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/api-keys/{prefix}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Revoke an API key: your own, or anyone’s (admins) */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    prefix: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Revoked */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiKey"];
                    };
                };
                /** @description Authentication required */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Conflict */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/bootstrap": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Create the first admin with the token printed at first start; signs them in */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["Bootstrap"];
                };
            };
            responses: {
                /** @description The first admin, signed in */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Session"];
                    };
                };
                /** @description Invalid request */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Invalid credentials */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Conflict */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Too many requests */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/login": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Sign in with email and password; sets the session cookie */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["Login"];
                };
            };
            responses: {
                /** @description Signed in */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Session"];
                    };
                };
                /** @description Invalid request */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Invalid credentials */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Too many requests */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/logout": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** End the session of the cookie sent */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Signed out (also when there was no session) */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/me": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Who the request is signed in as */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The principal */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Principal"];
                    };
                };
                /** @description Authentication required */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/models": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Every model version ever stored, newest first */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Model versions */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: components["schemas"]["ModelSummary"][];
                        };
                    };
                };
                /** @description Authentication required */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/models/{version}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One stored model version (to read an old snapshot under the model that made it) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    version: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The model */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ModelDetail"];
                    };
                };
                /** @description Authentication required */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/models/activate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Validate, store and activate a model (admins and managers); the next run rescores every account */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            /** @description The model (required): JSON { "source": "<yaml>" } or the YAML as text/yaml */
            requestBody?: {
                content: {
                    "application/json": components["schemas"]["ModelSource"];
                    "text/yaml": string;
                };
            };
            responses: {
                /** @description Activated */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            active: components["schemas"]["ModelSummary"];
                            previous: string | null;
                            rescoring: boolean;
                        };
                    };
                };
                /** @description Invalid model; Invalid request */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Authentication required */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Forbidden */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Unsupported media type */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/models/active": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The active model: its YAML and validated definition */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The active model */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ModelDetail"];
                    };
                };
                /** @description Authentication required */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/models/previews": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Preview a changed model: which accounts would change band and by how much (a background job) */
        post: {
            parameters: {
                query?: {
                    /** @description The moment both models score (default now) */
                    asOf?: string;
                    /** @description Changes listed at most */
                    limit?: number;
                    /** @description Answer when the preview is done (200) instead of at once (202) */
                    wait?: "true" | "false";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            /** @description The model (required): JSON { "source": "<yaml>" } or the YAML as text/yaml */
            requestBody?: {
                content: {
                    "application/json": components["schemas"]["ModelSource"];
                    "text/yaml": string;
                };
            };
            responses: {
                /** @description The finished preview (wait=true) */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ModelPreviewJob"];
                    };
                };
                /** @description The preview job; poll its Location */
                202: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ModelPreviewJob"];
                    };
                };
                /** @description Invalid model; Invalid request */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Authentication required */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Unsupported media type */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/models/previews/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A preview job: progress, then the result */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The job */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ModelPreviewJob"];
                    };
                };
                /** @description Authentication required */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/models/validate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Validate a model; every problem names its YAML path and line */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            /** @description The model (required): JSON { "source": "<yaml>" } or the YAML as text/yaml */
            requestBody?: {
                content: {
                    "application/json": components["schemas"]["ModelSource"];
                    "text/yaml": string;
                };
            };
            responses: {
                /** @description The model is valid */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ModelValidation"];
                    };
                };
                /** @description Invalid model; Invalid request */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Authentication required */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Unsupported media type */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/users": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Every user (admins) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Users */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: components["schemas"]["User"][];
                        };
                    };
                };
                /** @description Authentication required */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Forbidden */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        /** Create a user with a role (admins) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["NewUser"];
                };
            };
            responses: {
                /** @description Created */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["User"];
                    };
                };
                /** @description Invalid request */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Authentication required */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Forbidden */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Conflict */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/users/{email}": {
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
        /** Change a user's role or password, or disable/enable them (admins) */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    email: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["UserChange"];
                };
            };
            responses: {
                /** @description Changed */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["User"];
                    };
                };
                /** @description Invalid request */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Authentication required */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Forbidden */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Conflict */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        trace?: never;
    };
    "/health": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Liveness: the process answers */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The process is up */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Health"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/ready": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Readiness: the database answers and a model is active */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Ready to serve */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Readiness"];
                    };
                };
                /** @description Not ready */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Readiness"];
                    };
                };
            };
        };
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
        Account: {
            arr?: number;
            attributes: {
                [key: string]: string | number | boolean;
            };
            /** @example USD */
            currency?: string;
            /**
             * @example [
             *       "acme.com"
             *     ]
             */
            domains: string[];
            externalId: string;
            industry?: string;
            /**
             * Format: date-time
             * @description When Bellwether learned this version
             */
            knownAt: string;
            /** @enum {string} */
            lifecycleStage?: "onboarding" | "adopting" | "active" | "renewing" | "churned";
            name: string;
            /** Format: email */
            ownerEmail?: string;
            parentExternalId?: string;
            /**
             * Format: date
             * @example 2026-12-02
             */
            renewalDate?: string;
            seats?: number;
            segment?: string;
            tier?: string;
        };
        AccountDetail: {
            account: components["schemas"]["Account"];
            /** Format: date-time */
            asOf: string;
            model: {
                name: string;
                version: string;
            };
            scorecards: components["schemas"]["ScorecardScore"][];
        };
        AccountShare: {
            accountExternalId: string;
            /** Format: date-time */
            createdAt: string;
            grantedBy: string;
            userEmail: string;
        };
        ApiKey: {
            /** Format: date-time */
            createdAt: string;
            createdBy: string;
            /** Format: date-time */
            expiresAt?: string;
            /** Format: date-time */
            lastUsedAt?: string;
            name: string;
            /** @description The public part, bw_<prefix>_… */
            prefix: string;
            /** Format: date-time */
            revokedAt?: string;
            revokedBy?: string;
            /** @enum {string} */
            status: "active" | "expired" | "revoked";
            userEmail: string;
        };
        Bootstrap: {
            email: string;
            name?: string;
            password: string;
            /** @description The token the server printed at its first start */
            token: string;
        };
        CreatedApiKey: {
            apiKey: components["schemas"]["ApiKey"];
            /** @description The whole key. It is shown this once and cannot be read again. */
            key: string;
        };
        Health: {
            /** @enum {string} */
            status: "ok";
        };
        Job: {
            /** Format: date-time */
            createdAt: string;
            createdBy: string;
            error?: {
                detail: string;
                type: string;
            };
            finishedAt?: string;
            id: string;
            /** @enum {string} */
            kind: "import" | "model-preview";
            progress?: {
                done: number;
                item?: string;
                total: number;
            };
            startedAt?: string;
            /** @enum {string} */
            status: "queued" | "running" | "completed" | "failed";
        };
        Login: {
            email: string;
            password: string;
        };
        ModelDetail: components["schemas"]["ModelSummary"] & {
            /** @description The validated model, defaults filled in: scorecards, components, metrics with windows, normalizers, thresholds and weights, segments, bands */
            definition: {
                attributes: string[];
                bands: {
                    color?: string;
                    max: number;
                    min: number;
                    name: string;
                }[];
                decay: {
                    halfLifeDays: number;
                    staleAfterDays: number;
                };
                description?: string;
                evidenceLimit: number;
                name: string;
                rollUp: {
                    ownWeight: number;
                    /** @enum {string} */
                    weightBy: "arr" | "equal";
                };
                scorecards: {
                    [key: string]: {
                        bands?: {
                            color?: string;
                            max: number;
                            min: number;
                            name: string;
                        }[];
                        components: {
                            [key: string]: {
                                label?: string;
                                metrics: {
                                    aggregation?: string;
                                    decay?: false | {
                                        halfLifeDays: number;
                                        staleAfterDays: number;
                                    };
                                    /** @enum {string} */
                                    direction: "higher-is-better" | "lower-is-better";
                                    id?: string;
                                    metric: string;
                                    normalizer: {
                                        green: number;
                                        red: number;
                                        /** @enum {string} */
                                        type: "thresholds";
                                        yellow: number;
                                    } | {
                                        max: number;
                                        min: number;
                                        /** @enum {string} */
                                        type: "linear";
                                    } | {
                                        points: [
                                            number,
                                            number
                                        ][];
                                        /** @enum {string} */
                                        type: "piecewise";
                                    } | {
                                        minPopulation: number;
                                        /** @enum {string} */
                                        type: "percentile";
                                        /** @enum {string} */
                                        within: "segment" | "all";
                                    } | {
                                        default?: number;
                                        map: {
                                            [key: string]: number;
                                        };
                                        /** @enum {string} */
                                        type: "category";
                                    } | {
                                        /** @enum {string} */
                                        type: "boolean";
                                    };
                                    series?: string;
                                    weight: number;
                                    window?: string;
                                }[];
                                weight: number;
                            };
                        };
                        description?: string;
                        invert: boolean;
                        label?: string;
                    };
                };
                segments: {
                    description?: string;
                    match: {
                        [key: string]: string | number | boolean | (string | number | boolean)[] | {
                            max?: number;
                            min?: number;
                        };
                    };
                    name: string;
                    scorecards: {
                        [key: string]: {
                            components: {
                                [key: string]: {
                                    weight: number;
                                };
                            };
                            metrics: {
                                [key: string]: {
                                    normalizer?: {
                                        green: number;
                                        red: number;
                                        /** @enum {string} */
                                        type: "thresholds";
                                        yellow: number;
                                    } | {
                                        max: number;
                                        min: number;
                                        /** @enum {string} */
                                        type: "linear";
                                    } | {
                                        points: [
                                            number,
                                            number
                                        ][];
                                        /** @enum {string} */
                                        type: "piecewise";
                                    } | {
                                        minPopulation: number;
                                        /** @enum {string} */
                                        type: "percentile";
                                        /** @enum {string} */
                                        within: "segment" | "all";
                                    } | {
                                        default?: number;
                                        map: {
                                            [key: string]: number;
                                        };
                                        /** @enum {string} */
                                        type: "category";
                                    } | {
                                        /** @enum {string} */
                                        type: "boolean";
                                    };
                                    weight?: number;
                                };
                            };
                        };
                    };
                }[];
            };
            /** @description The YAML as activated */
            source: string;
        };
        ModelPreview: {
            accounts: number;
            activeName: string;
            activeVersion: string;
            /** Format: date-time */
            asOf: string;
            candidateName: string;
            candidateVersion: string;
            changes: {
                accountId: number;
                after: {
                    band: string | null;
                    score: number | null;
                };
                before: {
                    band: string | null;
                    score: number | null;
                };
                delta: number | null;
                externalId: string;
                name: string;
                scorecard: string;
            }[];
            /** Format: date-time */
            computedAt: string;
            scorecards: {
                changedBand: number;
                inActive: boolean;
                inCandidate: boolean;
                maxDown: number | null;
                maxUp: number | null;
                meanDelta: number | null;
                medianDelta: number | null;
                scorecard: string;
                transitions: {
                    accounts: number;
                    from: string | null;
                    to: string | null;
                }[];
            }[];
            totalChanges: number;
        };
        ModelPreviewJob: components["schemas"]["Job"] & {
            result?: components["schemas"]["ModelPreview"];
        };
        ModelSource: {
            /** @description The model as YAML */
            source: string;
        };
        ModelSummary: {
            /** Format: date-time */
            activatedAt: string | null;
            active: boolean;
            /** Format: date-time */
            createdAt: string;
            createdBy: string;
            name: string;
            /** @description Hash of the validated definition */
            version: string;
        };
        ModelValidation: {
            name: string;
            sameAsActive: boolean;
            scorecards: string[];
            /** @enum {boolean} */
            valid: true;
            version: string;
        };
        NewApiKey: {
            expiresAt?: string;
            name: string;
            /** @description Whose key (admins only; default: yours). The key acts with that user's role. */
            userEmail?: string;
        };
        NewUser: {
            email: string;
            name?: string;
            /** @description At least 12 characters; omit for a user with API keys only */
            password?: string;
            /** @enum {string} */
            role: "admin" | "manager" | "rep" | "viewer";
        };
        PortfolioPage: {
            items: components["schemas"]["PortfolioRow"][];
            modelVersion: string;
            nextCursor: string | null;
            scorecard: string;
            totals?: components["schemas"]["PortfolioTotals"];
        };
        PortfolioRow: {
            arr: number | null;
            /** Format: date-time */
            asOf: string | null;
            band: string | null;
            /** @description score − score30dAgo */
            change30d: number | null;
            confidence: number | null;
            currency: string | null;
            externalId: string;
            name: string;
            ownerEmail: string | null;
            /** Format: date */
            renewalDate: string | null;
            /** @description The current score on the scorecard asked for; null when not scored yet */
            score: number | null;
            score30dAgo: number | null;
            segment: string | null;
            /** @description The strongest driver, "component.metric" */
            topDriver: string | null;
        };
        /** @description With include=totals: counts and ARR of every matching account, by band */
        PortfolioTotals: {
            accounts: number;
            arr: number;
            byBand: {
                accounts: number;
                arr: number;
                band: string | null;
            }[];
            /** @description More than one: the sums mix currencies */
            currencies: string[];
        };
        Principal: {
            email: string;
            name?: string;
            /** @enum {string} */
            role: "admin" | "manager" | "rep" | "viewer";
            userId: number;
            /** @enum {string} */
            via: "session" | "api_key" | "bootstrap";
        };
        Problem: {
            detail?: string;
            errors?: {
                code?: string;
                field: string;
                /** @enum {string} */
                in?: "query" | "path" | "body" | "header" | "form";
                line?: number;
                message: string;
            }[];
            status: number;
            title: string;
            /**
             * @description https://bellwether.dev/problems/<code>, one of: invalid-request, invalid-cursor, invalid-model, invalid-human-input, invalid-records, unauthenticated, invalid-credentials, forbidden, not-found, account-not-found, conflict, payload-too-large, unsupported-media-type, rate-limited, internal, unavailable
             * @example https://bellwether.dev/problems/invalid-request
             */
            type: string;
        };
        Readiness: {
            checks: {
                activeModel: boolean;
                database: boolean;
            };
            /** @enum {string} */
            database: "sqlite" | "postgres";
            /** @enum {string} */
            status: "ready" | "not_ready";
        };
        ScorecardScore: {
            accountExternalId: string;
            /** Format: date-time */
            asOf: string;
            band: string | null;
            components: {
                component: string;
                contribution: number;
                effectiveWeight: number;
                metrics: {
                    catalogue: string;
                    contribution: number;
                    decay: number;
                    effectiveWeight: number;
                    evidence: {
                        entity: string;
                        id: string;
                    }[];
                    impact: number;
                    metric: string;
                    normalized: number | null;
                    observedAt?: string;
                    rawValue: number | string | null;
                    samples: number;
                    /** @enum {string} */
                    status: "ok" | "stale" | "missing";
                    undecayed: number | null;
                    weight: number;
                    window: string | null;
                }[];
                score: number | null;
                weight: number;
            }[];
            confidence: {
                completeness: number;
                freshness: number;
                high: number | null;
                low: number | null;
                reasons: {
                    /** @enum {string} */
                    kind: "no_data" | "completeness" | "freshness" | "volume";
                    message: string;
                    metrics: string[];
                }[];
                value: number;
                volume: number;
            };
            drivers: {
                component: string;
                /** @enum {string} */
                direction: "positive" | "negative";
                id: string;
                impact: number;
                /** @enum {string} */
                kind: "metric" | "child";
            }[];
            /** @description False when a metric had more evidence records than a snapshot keeps; GET …/explain lists them all */
            evidenceComplete: boolean;
            modelName: string;
            modelVersion: string;
            override: {
                accountExternalId: string;
                applied: boolean;
                /** Format: email */
                authorEmail: string;
                /** Format: date-time */
                createdAt: string;
                /** Format: date-time */
                expiresAt?: string;
                /** @enum {string} */
                mode: "absolute" | "delta";
                reason: string;
                scorecard?: string;
                value: number;
            } | null;
            rawScore: number | null;
            score: number | null;
            scorecard: string;
            segment: string | null;
            snapshotId: number;
            trend: components["schemas"]["Trend"];
            /**
             * Format: date-time
             * @description When the score could change with no new data (a window passing, data growing stale)
             */
            validUntil: string | null;
        };
        Session: {
            /**
             * Format: date-time
             * @description The session ends then unless used: each use extends it, up to 7 days after login
             */
            expiresAt: string;
            user: components["schemas"]["User"];
        };
        Trend: {
            /** @description Change of the score over 7 days; null without a score that old */
            d7: number | null;
            d30: number | null;
            d90: number | null;
        };
        User: {
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            disabledAt?: string;
            /** Format: email */
            email: string;
            hasPassword: boolean;
            id: number;
            /** Format: date-time */
            lastLoginAt?: string;
            name?: string;
            /** @enum {string} */
            role: "admin" | "manager" | "rep" | "viewer";
            /** Format: date-time */
            updatedAt: string;
        };
        UserChange: {
            disabled?: boolean;
            password?: string;
            /** @enum {string} */
            role?: "admin" | "manager" | "rep" | "viewer";
        };
    };
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export type operations = Record<string, never>;
