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
                    /** @description Only accounts whose score moved at least this many points in 7 days ("changed this week") */
                    movedBy7d?: number;
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
                    /** @description true: only accounts flagged for upsell, whose "expansion" score is in that scorecard's top band (at least its lower bound) */
                    upsell?: boolean;
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
    "/api/v1/accounts/{externalId}/activities": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * An account's emails, meetings, calls and notes, newest first, with participants, sides, thread and a preview of the new text
         * @description Anyone who may see the account; another rep’s account is answered as missing (404). As Bellwether knew them at `asOf` (default now); meetings scheduled after it are listed too (pass `to` to leave them out).
         */
        get: {
            parameters: {
                query?: {
                    /** @description As Bellwether knew it then (default now): later mail and answers are not known yet */
                    asOf?: string;
                    /** @description The nextCursor of the previous page */
                    cursor?: string;
                    /** @description Activities at or after this moment */
                    from?: string;
                    /** @description Rows per page, at most 200 */
                    limit?: number;
                    /** @description Activities at or before this moment */
                    to?: string;
                    /** @description Only these types (repeat or comma-separate) */
                    type?: ("email" | "meeting" | "call" | "note")[];
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
                /** @description A page of activities */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ActivityPage"];
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
    "/api/v1/accounts/{externalId}/audit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The audit trail of one account's overrides and pulses, newest first
         * @description Admins and managers read the whole trail; a rep only the entries about their own accounts (owned or shared); a viewer may not (403).
         */
        get: {
            parameters: {
                query?: {
                    /** @description Only changes by this person (email, any case) */
                    actor?: string;
                    /** @description The nextCursor of the previous page */
                    cursor?: string;
                    /** @description Only changes to this kind of thing */
                    entity?: "override" | "pulse" | "model" | "address" | "setting";
                    /** @description Rows per page, at most 200 */
                    limit?: number;
                    /** @description Entries at or after this moment */
                    since?: string;
                    /** @description Entries before this moment */
                    until?: string;
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
                /** @description A page of entries */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["AuditPage"];
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
                /** @description Forbidden */
                403: {
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
    "/api/v1/accounts/{externalId}/engagement": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * An account's engagement: emails each way and meetings per month (or week), and over the last 90 days response times, response rate, unanswered threads and the people engaged on both sides
         * @description Anyone who may see the account; another rep’s account is answered as missing (404). The 90-day figures are the scoring catalogue's metrics of the same names, computed as of `asOf` on the same threading, so they match what the scores used.
         */
        get: {
            parameters: {
                query?: {
                    /** @description As Bellwether knew it then (default now): later mail and answers are not known yet */
                    asOf?: string;
                    /** @description How far back the series goes, in calendar months with the current one; 3 or fewer gives weeks */
                    months?: number;
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
                /** @description The engagement */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Engagement"];
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
    "/api/v1/accounts/{externalId}/explain": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Why an account scores what it does: the account re-scored as of the moment, every evidence record, and the explanation in words
         * @description Scores the account again under the active model as of `asOf` (the engine is deterministic, so it is the snapshot a run as of then stored, without the 5-a-metric cap on evidence). Each evidence item links to its record as known then.
         */
        get: {
            parameters: {
                query?: {
                    /** @description The moment (default now) */
                    asOf?: string;
                    /** @description Only this scorecard of the active model */
                    scorecard?: string;
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
                /** @description The scores with their components, metrics, evidence, drivers and confidence */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["AccountExplanation"];
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
    "/api/v1/accounts/{externalId}/history": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** An account's stored scores of one scorecard over time under the active model, its 7/30/90 day trend, and the events a chart marks */
        get: {
            parameters: {
                query?: {
                    /** @description From this moment (default: the first snapshot) */
                    from?: string;
                    /** @description The scorecard (default: the model's first) */
                    scorecard?: string;
                    /** @description Up to this moment (default now) */
                    to?: string;
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
                /** @description Snapshots oldest first, the trend as of the last one, and overrides, pulses and outcomes in the range */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["AccountHistory"];
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
    "/api/v1/accounts/{externalId}/overrides": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** An account's overrides, ended ones too, newest first */
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
                /** @description The overrides */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["OverrideList"];
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
        /**
         * Override an account's score: set it (0..100) or shift it (-100..100), with a reason, until it expires
         * @description Admins and managers on any account, a rep on their own (owned or shared); a viewer may not (403). The author is the signed-in user. Without a scorecard it applies to every scorecard; without expiresAt it lasts 30 days. The account is rescored in the background.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description The account's id in your CRM */
                    externalId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["NewOverride"];
                };
            };
            responses: {
                /** @description The override as stored */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Override"];
                    };
                };
                /** @description Invalid request; Invalid override or pulse */
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
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/accounts/{externalId}/pulses": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** An account's pulses (reps' red/yellow/green ratings), ended ones too, newest first */
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
                /** @description The pulses */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["PulseList"];
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
        /**
         * Give your pulse of an account: red, yellow or green with a note; it supersedes your previous one
         * @description Admins and managers on any account, a rep on their own (owned or shared); a viewer may not (403). The author is the signed-in user. Without expiresAt it lasts 90 days. The account is rescored in the background.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description The account's id in your CRM */
                    externalId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["NewPulse"];
                };
            };
            responses: {
                /** @description The pulse, and yours it superseded */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["CreatedPulse"];
                    };
                };
                /** @description Invalid request; Invalid override or pulse */
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
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/accounts/{externalId}/records/{kind}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * An account's current records of one kind (the evidence behind its scores), newest first
         * @description Sorted by the kind's time field (an invoice's issuedDate, a ticket's openedAt, a usage day's date …), then by id; contacts, which have none, by id. `from` and `to` bound that field, both inclusive; a date field is compared by day.
         */
        get: {
            parameters: {
                query?: {
                    /** @description The nextCursor of the previous page */
                    cursor?: string;
                    /** @description Records that happened at or after this moment */
                    from?: string;
                    /** @description Rows per page, at most 200 */
                    limit?: number;
                    /** @description Records that happened at or before this moment */
                    to?: string;
                };
                header?: never;
                path: {
                    /** @description The account's id in your CRM */
                    externalId: string;
                    /** @description The kind of record */
                    kind: "invoices" | "payments" | "tickets" | "survey_responses" | "usage_days" | "feedback" | "activities" | "contacts" | "outcomes" | "metric_values";
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description A page of records */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["RecordPage"];
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
    "/api/v1/accounts/{externalId}/threads": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * An account's email threads, the latest message first, with whose answer each waits for
         * @description Anyone who may see the account; another rep’s account is answered as missing (404). Threads are rebuilt from the emails known at `asOf` (Message-ID, In-Reply-To, References, thread ids, then subject), exactly as the engagement metrics read them.
         */
        get: {
            parameters: {
                query?: {
                    /** @description As Bellwether knew it then (default now): later mail and answers are not known yet */
                    asOf?: string;
                    /** @description The nextCursor of the previous page */
                    cursor?: string;
                    /** @description Rows per page, at most 200 */
                    limit?: number;
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
                /** @description A page of threads */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ThreadPage"];
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
    "/api/v1/accounts/{externalId}/threads/{threadId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * One email thread: its messages in order with sender, side, new text and body, and for each whether it was answered, by whom, after how many business and wall-clock hours
         * @description Anyone who may see the account; another rep’s account is answered as missing (404). A message is answered by the first later message of the other side known at `asOf`; business hours are Monday–Friday 09:00–17:00 in the account's `time_zone` attribute (UTC when it has none).
         */
        get: {
            parameters: {
                query?: {
                    /** @description As Bellwether knew it then (default now): later mail and answers are not known yet */
                    asOf?: string;
                };
                header?: never;
                path: {
                    /** @description The account's id in your CRM */
                    externalId: string;
                    /** @description A thread id as the thread list gives it, URL-encoded */
                    threadId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The thread */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ThreadDetail"];
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
                /** @description Not found; Account not found */
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
    "/api/v1/accounts/{externalId}/why-changed": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * What moved an account's score between two moments, per scorecard, by component and metric, largest first
         * @description Both moments are scored under the one active model, so a change of rules never reads as a change in the customer. 404 when the account was not yet known at `from` (there is nothing to compare with; pick a later `from`).
         */
        get: {
            parameters: {
                query: {
                    /** @description The earlier moment */
                    from: string;
                    /** @description Only this scorecard of the active model */
                    scorecard?: string;
                    /** @description The later moment (default now) */
                    to?: string;
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
                /** @description The change of each scorecard */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["WhyChanged"];
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
    "/api/v1/address-assignments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Every address and domain assigned to an account, by address
         * @description Admins and managers (`manage_review_list`); reps and viewers get 403, as the list holds mail of no account yet.
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The assignments */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["AddressAssignmentList"];
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
        /**
         * Assign an address (or a whole domain) to an account: what waits under it is imported under the account now, and later imports match by it
         * @description Admins and managers (`manage_review_list`); reps and viewers get 403, as the list holds mail of no account yet. Audited (`address.assign`, or `address.reassign` for an address already assigned). The activities are known from now, and the account is rescored in the background. Free-mail domains (gmail.com …) and our own addresses are refused (400 `invalid-assignment`).
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["NewAddressAssignment"];
                };
            };
            responses: {
                /** @description The assignment and how many activities it imported */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["AddressAssignmentResult"];
                    };
                };
                /** @description Invalid request; Invalid address assignment */
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
            };
        };
        delete?: never;
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
    "/api/v1/audit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Who changed an override, a pulse or the active model, when, from what to what; newest first
         * @description Admins and managers read the whole trail; a rep only the entries about their own accounts (owned or shared); a viewer may not (403).
         */
        get: {
            parameters: {
                query?: {
                    /** @description Only changes about this account (its id in your CRM) */
                    account?: string;
                    /** @description Only changes by this person (email, any case) */
                    actor?: string;
                    /** @description The nextCursor of the previous page */
                    cursor?: string;
                    /** @description Only changes to this kind of thing */
                    entity?: "override" | "pulse" | "model" | "address" | "setting";
                    /** @description Rows per page, at most 200 */
                    limit?: number;
                    /** @description Entries at or after this moment */
                    since?: string;
                    /** @description Entries before this moment */
                    until?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description A page of entries */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["AuditPage"];
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
                /** @description Forbidden */
                403: {
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
    "/api/v1/import-jobs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Upload CSV or NDJSON files and import them (a background job); bad rows are quarantined and reported with file, line and reason
         * @description Admins and managers (the roles that may import data). The files are imported accounts first, whatever their order. The whole upload may be at most the server’s upload limit (413 past it).
         */
        post: {
            parameters: {
                query?: {
                    /** @description Answer when the import is done (200, with the report) instead of at once (202) */
                    wait?: "true" | "false";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "multipart/form-data": {
                        /** @description CSV delimiter, one character (default: detected) */
                        delimiter?: string;
                        /** @description Text encoding, e.g. utf-8, windows-1252, utf-16le (default: detected) */
                        encoding?: string;
                        /** @description One part per CSV or NDJSON file; the name says what it holds unless `kind` or the mapping does (accounts.csv, tickets.ndjson, 2024-10_usage_days.csv) */
                        file: string[];
                        /**
                         * @description What every file holds, when their names do not say
                         * @enum {string}
                         */
                        kind?: "accounts" | "internal_users" | "contacts" | "activities" | "invoices" | "payments" | "tickets" | "usage_days" | "survey_responses" | "feedback" | "outcomes" | "metric_values";
                        /** @description YAML column mapping, as for `bellwether import --mapping` (a text field or a file part) */
                        mapping?: string;
                    };
                };
            };
            responses: {
                /** @description The finished job with its report (wait=true) */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ImportJob"];
                    };
                };
                /** @description The job, queued; poll its Location */
                202: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ImportJob"];
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
                /** @description Payload too large */
                413: {
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
    "/api/v1/import-jobs/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * An upload’s job: status, progress, then the data-quality report
         * @description Its creator, admins and managers; anyone else gets 404. Jobs are kept in memory: a restart forgets them (the import runs stay).
         */
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
                        "application/json": components["schemas"]["ImportJob"];
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
    "/api/v1/imports": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Import runs, newest first, with their counts
         * @description Admins and managers: a run’s rows may belong to any account.
         */
        get: {
            parameters: {
                query?: {
                    /** @description The nextCursor of the previous page */
                    cursor?: string;
                    /** @description Rows per page, at most 200 */
                    limit?: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description A page of runs */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ImportRunPage"];
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
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/imports/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One import run */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The run */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ImportRunDetail"];
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
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/imports/{id}/quarantine": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The rows a run rejected, by line: file, line, column, code, message and the raw row
         * @description A file’s rejected rows are kept once: a re-run of the same file lists the rows its first run quarantined.
         */
        get: {
            parameters: {
                query?: {
                    /** @description The nextCursor of the previous page */
                    cursor?: string;
                    /** @description Rows per page, at most 200 */
                    limit?: number;
                };
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description A page of rejected rows */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["QuarantinePage"];
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
    "/api/v1/overrides/{id}/expire": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * End an override now, before its expiry; it is kept, marked revoked (when, by whom, why)
         * @description Admins and managers on any account, a rep on their own (owned or shared); a viewer may not (403). The author is the signed-in user. An override of an account you may not see is answered as missing (404).
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["EndReason"];
                };
            };
            responses: {
                /** @description The override as ended */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Override"];
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
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/pulses/{id}/expire": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * End a pulse now, before its expiry
         * @description Admins and managers on any account, a rep on their own (owned or shared); a viewer may not (403). The author is the signed-in user. A pulse of an account you may not see is answered as missing (404).
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["EndReason"];
                };
            };
            responses: {
                /** @description The pulse as ended */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Pulse"];
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
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/records/{kind}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Push records as they happen (usage days, tickets, invoices, survey answers…): imported like a file of them, idempotent by external id
         * @description Admins and managers (the roles that may import data). Records take the field names of NDJSON file import and are checked the same way; each rejected record is listed with its 0-based index and reason. The same body pushed again changes nothing.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description What the records are: accounts, internal_users, contacts, activities, invoices, payments, tickets, usage_days, survey_responses, feedback, outcomes, metric_values */
                    kind: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        [key: string]: unknown;
                    } | {
                        [key: string]: unknown;
                    }[];
                    "application/x-ndjson": string;
                };
            };
            responses: {
                /** @description What the push changed, and each rejected record */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["PushResult"];
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
                /** @description Payload too large */
                413: {
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
                /** @description No record could be imported */
                422: {
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
    "/api/v1/records/{kind}/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * One record, by its natural key or by the id snapshot evidence names it by
         * @description `id` is the record's `recordKey`, or, with `account`, the id a snapshot's evidence gives it: an external id, a usage day's date, a metric value's `metric@observedAt`, a survey answer's `kind@respondedAt` when it has no id, a contact's email. The evidence links of `…/explain` are such URLs. A record of an account you may not see is answered as missing.
         */
        get: {
            parameters: {
                query?: {
                    /** @description The account's id in your CRM: look the record up among its records, by evidence id too */
                    account?: string;
                    /** @description The version Bellwether knew then (default: the current one) */
                    asOf?: string;
                };
                header?: never;
                path: {
                    id: string;
                    /** @description The kind of record */
                    kind: "invoices" | "payments" | "tickets" | "survey_responses" | "usage_days" | "feedback" | "activities" | "contacts" | "outcomes" | "metric_values";
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The record */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Record"];
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
                /** @description Not found; Account not found */
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
    "/api/v1/saved-views": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Your saved portfolio views, by name */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Your views */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: components["schemas"]["SavedView"][];
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
        /** Save the portfolio filters and sort under a name (replaces your view of that name) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["NewSavedView"];
                };
            };
            responses: {
                /** @description Your view of that name, replaced */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["SavedView"];
                    };
                };
                /** @description Saved */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["SavedView"];
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
    "/api/v1/saved-views/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Delete one of your saved views */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Deleted */
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
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/settings/import": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * How mail and meetings are imported: our internal domains, and whether message bodies are stored
         * @description Admins and managers (`read_settings`); reps and viewers get 403.
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The import settings */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ImportSettings"];
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
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Change the import settings given; the others stay. Audited (`settings.update`)
         * @description Admins only (`manage_settings`); everyone else gets 403. The settings rule later imports: bodies already stored stay stored, and mail already imported keeps the sides it was given.
         */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["ImportSettingsPatch"];
                };
            };
            responses: {
                /** @description All import settings after the change */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ImportSettings"];
                    };
                };
                /** @description Invalid request; Invalid settings */
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
            };
        };
        trace?: never;
    };
    "/api/v1/unmatched-activities": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The emails and meetings waiting on the review list, newest first; with `address`, those naming it (or anyone at a domain)
         * @description Admins and managers (`manage_review_list`); reps and viewers get 403, as the list holds mail of no account yet.
         */
        get: {
            parameters: {
                query?: {
                    /** @description Only activities naming this address, or anyone at this domain */
                    address?: string;
                    /** @description The nextCursor of the previous page */
                    cursor?: string;
                    /** @description Rows per page, at most 200 */
                    limit?: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description A page of waiting activities */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["UnmatchedActivityPage"];
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
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/unmatched-addresses": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Customer addresses of imported mail and meetings that matched no account, the most activities first
         * @description Admins and managers (`manage_review_list`); reps and viewers get 403, as the list holds mail of no account yet. Assign one (or its domain) with POST /api/v1/address-assignments. The cursor is a position in the list: assigning addresses while paging shifts what follows.
         */
        get: {
            parameters: {
                query?: {
                    /** @description The nextCursor of the previous page */
                    cursor?: string;
                    /** @description Only addresses at this domain */
                    domain?: string;
                    /** @description Rows per page, at most 200 */
                    limit?: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description A page of addresses */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["UnmatchedAddressPage"];
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
        post?: never;
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
        AccountExplanation: {
            account: string;
            /** Format: date-time */
            asOf: string;
            /** @description Every record behind the scores, once each, with no cap (stored snapshots keep 5 a metric) */
            evidence: components["schemas"]["EvidenceLink"][];
            model: components["schemas"]["ModelRef"];
            scorecards: components["schemas"]["ExplainedScorecard"][];
            segment: string | null;
            /**
             * Format: date-time
             * @description When these scores could change with no new data
             */
            validUntil: string | null;
        };
        AccountHistory: {
            account: string;
            /** @description What people did and what happened in the range, oldest first, for a chart to mark */
            events: components["schemas"]["HistoryEvent"][];
            /** Format: date-time */
            from: string | null;
            model: components["schemas"]["ModelRef"];
            /** @description Stored snapshots of the active model, oldest first */
            points: components["schemas"]["HistoryPoint"][];
            scorecard: string;
            /** Format: date-time */
            to: string;
            trend: components["schemas"]["Trend"];
        };
        AccountShare: {
            accountExternalId: string;
            /** Format: date-time */
            createdAt: string;
            grantedBy: string;
            userEmail: string;
        };
        ActivityItem: {
            allDay?: boolean;
            attachments?: {
                contentType?: string;
                name?: string;
                size?: number;
            }[];
            /** @description The start (about 300 characters) of its new text: the body without quoted replies and signature; null when no body is stored (`store_bodies: false`) */
            bodyPreview: string | null;
            /** @enum {string} */
            direction?: "inbound" | "outbound" | "internal";
            /**
             * Format: date-time
             * @example 2026-12-02T09:30:00.000Z
             */
            endedAt?: string;
            externalId: string;
            features?: {
                chars: number;
                newChars: number;
                sentiment: number;
                words: number;
            };
            /** @description For a meeting that started by asOf: whether it was held (not cancelled, and a customer attendee accepted; a completed meeting without answers counts), as the meetings-held metric counts it. Null for other activities and meetings still ahead */
            held: boolean | null;
            /** @description Our row id, the same for every version of the activity */
            id: number;
            /**
             * Format: date-time
             * @description When Bellwether learned this version
             */
            knownAt: string;
            /**
             * Format: date-time
             * @example 2026-12-02T09:30:00.000Z
             */
            occurredAt: string;
            /** @description Everyone on it; `side` as the import set it, else from the account's domains */
            participants: components["schemas"]["Participant"][];
            /** @enum {string} */
            status: "completed" | "scheduled" | "cancelled" | "no_show";
            subject?: string;
            /** @description The email thread it is in (GET …/threads/{threadId}); null for other activities and for emails after asOf */
            threadId: string | null;
            /** @enum {string} */
            type: "email" | "meeting" | "call" | "note";
        };
        ActivityPage: {
            accountExternalId: string;
            /** Format: date-time */
            asOf: string;
            items: components["schemas"]["ActivityItem"][];
            nextCursor: string | null;
        };
        ActivityRecord: {
            accountExternalId?: string;
            allDay?: boolean;
            attachments?: {
                contentType?: string;
                name?: string;
                size?: number;
            }[];
            bodyText?: string;
            /** @enum {string} */
            direction?: "inbound" | "outbound" | "internal";
            /**
             * Format: date-time
             * @example 2026-12-02T09:30:00.000Z
             */
            endedAt?: string;
            externalId: string;
            features?: {
                chars: number;
                newChars: number;
                sentiment: number;
                words: number;
            };
            /** @description Our row id, the same for every version of the record */
            id: number;
            inReplyTo?: string;
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            kind: "activities";
            /**
             * Format: date-time
             * @description When Bellwether learned this version
             */
            knownAt: string;
            /**
             * Format: date-time
             * @example 2026-12-02T09:30:00.000Z
             */
            occurredAt: string;
            participants: {
                /** Format: email */
                email: string;
                name?: string;
                /** @enum {string} */
                responseStatus?: "accepted" | "declined" | "tentative" | "needs_action";
                /** @enum {string} */
                role: "from" | "to" | "cc" | "organizer" | "attendee";
                /** @enum {string} */
                side?: "internal" | "customer";
            }[];
            /** @description The natural key: the record's external id, or what identifies it (account|date for a usage day) */
            recordKey: string;
            referenceIds?: string[];
            /** @enum {string} */
            status: "completed" | "scheduled" | "cancelled" | "no_show";
            subject?: string;
            threadId?: string;
            /** @enum {string} */
            type: "email" | "meeting" | "call" | "note";
        };
        AddressAssignment: {
            accountExternalId: string;
            address: string;
            /** Format: date-time */
            assignedAt: string;
            assignedBy: string;
        };
        AddressAssignmentList: {
            items: components["schemas"]["AddressAssignment"][];
        };
        AddressAssignmentResult: {
            assignment: components["schemas"]["AddressAssignment"];
            /** @description Activities taken off the review list and imported under the account */
            imported: number;
            /** @description The import run that wrote them (GET /api/v1/imports/{id}); null when none waited */
            importId: number | null;
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
        AuditEntry: {
            /** @description The account the change concerns; absent for model activations */
            accountExternalId?: string;
            action: string;
            actor: string;
            after?: unknown;
            /** Format: date-time */
            at: string;
            before?: unknown;
            entity: string;
            entityId: string;
            id: number;
        };
        AuditPage: {
            items: components["schemas"]["AuditEntry"][];
            nextCursor: string | null;
        };
        Bootstrap: {
            email: string;
            name?: string;
            password: string;
            /** @description The token the server printed at its first start */
            token: string;
        };
        ContactRecord: {
            accountExternalId?: string;
            /** Format: email */
            email: string;
            externalId?: string;
            /** @description Our row id, the same for every version of the record */
            id: number;
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            kind: "contacts";
            /**
             * Format: date-time
             * @description When Bellwether learned this version
             */
            knownAt: string;
            name?: string;
            /** @description The natural key: the record's external id, or what identifies it (account|date for a usage day) */
            recordKey: string;
            /** @enum {string} */
            role?: "champion" | "executive_sponsor" | "decision_maker" | "economic_buyer" | "admin" | "user" | "technical" | "billing" | "other";
            title?: string;
        };
        CreatedApiKey: {
            apiKey: components["schemas"]["ApiKey"];
            /** @description The whole key. It is shown this once and cannot be read again. */
            key: string;
        };
        CreatedPulse: {
            pulse: components["schemas"]["Pulse"];
            /** @description Your pulses on the account that this one replaced (revoked as of now) */
            superseded: components["schemas"]["Pulse"][];
        };
        EndReason: {
            /** @example escalation resolved */
            reason: string;
        };
        EngagedPerson: {
            email: string;
            emailsReceived: number;
            emailsSent: number;
            /** Format: date-time */
            lastContactAt: string;
            meetingsAttended: number;
            name?: string;
            /**
             * @description customer: someone at the customer; internal: one of our people
             * @enum {string}
             */
            side: "internal" | "customer";
        };
        Engagement: {
            accountExternalId: string;
            /** Format: date-time */
            asOf: string;
            /** @description days-since-two-way-contact: since the last exchange both sides took part in; null without any activity */
            daysSinceTwoWayContact: number | null;
            months: number;
            /** @enum {string} */
            period: "month" | "week";
            /** @description The last 90 days (from, to], each figure as the metric of its name reads it */
            recent: {
                /** @description customer-response-rate: the share of our emails asking something (at least 3 days old) that they answered */
                customerResponseRate: {
                    samples: number;
                    /** @description A share 0..1; null when there was nothing to count */
                    value: number | null;
                };
                /** @description customer-response-time: how fast the customer answered our emails sent in the window */
                customerResponseTime: {
                    /** @description Emails sent in the window and answered by asOf that it is the median of */
                    answered: number;
                    medianBusinessHours: number | null;
                    medianWallHours: number | null;
                };
                days: number;
                /** @description Emails the customer wrote to us */
                emailsIn: number;
                /** @description Emails we wrote to the customer (mail among our own people is in neither) */
                emailsOut: number;
                /** Format: date-time */
                from: string;
                meetingsCancelled: number;
                /** @description Meetings held: completed, or started while scheduled, with a customer attendee who accepted */
                meetingsHeld: number;
                /** @description our-response-time: how fast we answered theirs */
                ourResponseTime: {
                    /** @description Emails sent in the window and answered by asOf that it is the median of */
                    answered: number;
                    medianBusinessHours: number | null;
                    medianWallHours: number | null;
                };
                /** @description Who wrote to the other side or attended a held meeting, newest contact first */
                people: {
                    customer: components["schemas"]["EngagedPerson"][];
                    internal: components["schemas"]["EngagedPerson"][];
                };
                /** Format: date-time */
                to: string;
                /** @description unanswered-thread-share: threads started in the window ending with an ask of ours never answered */
                unansweredThreadShare: {
                    samples: number;
                    /** @description A share 0..1; null when there was nothing to count */
                    value: number | null;
                };
            };
            /** @description Oldest first: every calendar month (or ISO week), UTC, the current one included */
            series: {
                /** @description Emails the customer wrote to us */
                emailsIn: number;
                /** @description Emails we wrote to the customer (mail among our own people is in neither) */
                emailsOut: number;
                /** Format: date-time */
                end: string;
                meetingsCancelled: number;
                /** @description Meetings held: completed, or started while scheduled, with a customer attendee who accepted */
                meetingsHeld: number;
                /** Format: date-time */
                start: string;
            }[];
            /** @description The time zone of the business hours in response times */
            timeZone: string;
        };
        EvidenceLink: {
            /** @example invoice */
            entity: string;
            /**
             * @description Where to read it, as known at the moment scored
             * @example /api/v1/records/invoices/INV-0001?account=ACC-000002&asOf=2026-12-01T00%3A00%3A00.000Z
             */
            href: string;
            /**
             * @description The id the snapshot names it by (unique within the account)
             * @example INV-0001
             */
            id: string;
            /**
             * @description The record kind; null for the account itself, a child account or a pulse
             * @enum {string|null}
             */
            kind: "invoices" | "payments" | "tickets" | "survey_responses" | "usage_days" | "feedback" | "activities" | "contacts" | "outcomes" | "metric_values" | null;
            usedBy: {
                component: string;
                metric: string;
                scorecard: string;
            }[];
        };
        ExplainedScorecard: {
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
            explanation: components["schemas"]["Explanation"];
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
        };
        Explanation: {
            /** @description Why the confidence is not 1 */
            caveats: string[];
            /** @description One line per component, in model order */
            components: string[];
            /** @description The drivers in words, strongest first */
            drivers: string[];
            /** @example health 62.3 (Neutral), confidence 0.71, could be 55.0–80.2 */
            headline: string;
            /** @description Set when a human override changed the score */
            override: string | null;
        };
        FeedbackRecord: {
            accountExternalId?: string;
            /** Format: email */
            contactEmail?: string;
            externalId?: string;
            /** @description Our row id, the same for every version of the record */
            id: number;
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            kind: "feedback";
            /**
             * Format: date-time
             * @description When Bellwether learned this version
             */
            knownAt: string;
            /**
             * Format: date-time
             * @example 2026-12-02T09:30:00.000Z
             */
            receivedAt: string;
            /** @description The natural key: the record's external id, or what identifies it (account|date for a usage day) */
            recordKey: string;
            source: string;
            text: string;
        };
        FileImport: {
            encoding: string | null;
            /** @description The uploaded file’s name (sanitised) */
            file: string;
            fileIssue: components["schemas"]["FileIssue"];
            format: string | null;
            /** @description Columns mapped to no field */
            ignoredColumns: string[];
            /** @description The import run; null when the file could not be imported at all */
            importId: number | null;
            /** @description New facts */
            inserted: number;
            /**
             * @description What the records are
             * @enum {string|null}
             */
            kind: "accounts" | "internal_users" | "contacts" | "activities" | "invoices" | "payments" | "tickets" | "usage_days" | "survey_responses" | "feedback" | "outcomes" | "metric_values" | null;
            links: {
                import: string;
                quarantine: string;
            } | null;
            /** @description The built-in mapping recognised from the headers, if any */
            preset: string | null;
            /** @description Rows rejected; listed with line and reason in the quarantine */
            quarantined: number;
            rowsRead: number;
            /** @description Rows identical to what was already known (re-imports) */
            unchanged: number;
            /** @description Emails and meetings no account was found for; kept on the review list (GET /api/v1/unmatched-addresses) until an address is assigned */
            unmatched: number;
            /** @description Customer addresses of this file’s emails and meetings that matched no account, most activities first */
            unmatchedAddresses: {
                activities: number;
                address: string;
            }[];
            /** @description Facts that changed (the old version is kept in history) */
            updated: number;
        };
        /** @description Why the file as a whole was not imported */
        FileIssue: {
            /** @enum {string} */
            code: "unreadable_file" | "empty_file" | "missing_header" | "unknown_kind" | "missing_column";
            message: string;
        } | null;
        Health: {
            /** @enum {string} */
            status: "ok";
        };
        HistoryEvent: components["schemas"]["OverrideEvent"] | components["schemas"]["PulseEvent"] | components["schemas"]["OutcomeEvent"];
        HistoryPoint: {
            /** Format: date-time */
            asOf: string;
            band: string | null;
            confidence: number;
            rawScore: number | null;
            score: number | null;
            snapshotId: number;
        };
        ImportJob: {
            /** Format: date-time */
            createdAt: string;
            createdBy: string;
            /** @description Set when the job failed */
            error: {
                detail: string;
            } | null;
            /** @description The uploaded files, by their sanitised names */
            files: string[];
            /** Format: date-time */
            finishedAt: string | null;
            /** Format: uuid */
            id: string;
            links: {
                self: string;
            };
            progress: {
                /** @description Bytes of the upload imported so far */
                done: number;
                /** @description The file being imported */
                file: string | null;
                /** @description Bytes of the upload, all files */
                total: number;
            } | null;
            report: components["schemas"]["ImportJobReport"];
            /** Format: date-time */
            startedAt: string | null;
            /** @enum {string} */
            status: "queued" | "running" | "completed" | "failed";
        };
        /** @description Set when the job has completed */
        ImportJobReport: {
            /** @description In the order imported: accounts first, then the records that name them */
            files: components["schemas"]["FileImport"][];
            /** @description The first 100 rejected rows, file by file; each file's quarantine link lists all */
            rejected: components["schemas"]["RejectedRow"][];
            totals: components["schemas"]["ImportTotals"];
        } | null;
        ImportRun: {
            /** @description SHA-256 of the file */
            checksum: string;
            /** Format: date-time */
            finishedAt: string | null;
            /** @example csv */
            format: string | null;
            id: number;
            /** @description New facts */
            inserted: number;
            /**
             * @description What the records are
             * @enum {string|null}
             */
            kind: "accounts" | "internal_users" | "contacts" | "activities" | "invoices" | "payments" | "tickets" | "usage_days" | "survey_responses" | "feedback" | "outcomes" | "metric_values" | null;
            /**
             * Format: date-time
             * @description When its facts became known: the first import of the same file
             */
            knownAt: string;
            links: {
                quarantine: string;
                self: string;
            };
            /** @description Rows rejected; listed with line and reason in the quarantine */
            quarantined: number;
            rowsRead: number;
            /** @description The file as named by the CLI, or the upload’s file name */
            sourceFile: string;
            /** Format: date-time */
            startedAt: string;
            /** @enum {string} */
            status: "running" | "completed" | "failed" | "interrupted";
            /** @description Rows identical to what was already known (re-imports) */
            unchanged: number;
            /** @description Emails and meetings no account was found for; kept on the review list (GET /api/v1/unmatched-addresses) until an address is assigned */
            unmatched: number;
            /** @description Facts that changed (the old version is kept in history) */
            updated: number;
        };
        ImportRunDetail: components["schemas"]["ImportRun"] & {
            encoding: string | null;
            /** @description The column mapping applied, by name */
            mapping: string | null;
        };
        ImportRunPage: {
            items: components["schemas"]["ImportRun"][];
            nextCursor: string | null;
        };
        ImportSettings: {
            /**
             * @description Our email domains: everyone at them is one of us (internal users’ own domains count too)
             * @example [
             *       "ourco.com"
             *     ]
             */
            internalDomains: string[];
            /** @description false keeps only what is derived from message text (length, tone), never the text; bodies already stored stay */
            storeBodies: boolean;
        };
        /** @description The settings to change; the others stay. internalDomains replaces the list (`OurCo.com` or `https://www.ourco.com` become `ourco.com`). */
        ImportSettingsPatch: {
            internalDomains?: string[];
            storeBodies?: boolean;
        };
        ImportTotals: {
            /** @description Files not imported at all (see fileIssue) */
            failedFiles: number;
            /** @description New facts */
            inserted: number;
            /** @description Rows rejected; listed with line and reason in the quarantine */
            quarantined: number;
            rowsRead: number;
            /** @description Rows identical to what was already known (re-imports) */
            unchanged: number;
            /** @description Emails and meetings no account was found for; kept on the review list (GET /api/v1/unmatched-addresses) until an address is assigned */
            unmatched: number;
            /** @description Facts that changed (the old version is kept in history) */
            updated: number;
        };
        InvoiceRecord: {
            accountExternalId: string;
            amount: number;
            amountPaid?: number;
            /** @example USD */
            currency?: string;
            /**
             * Format: date
             * @example 2026-12-02
             */
            dueDate: string;
            externalId: string;
            /** @description Our row id, the same for every version of the record */
            id: number;
            /**
             * Format: date
             * @example 2026-12-02
             */
            issuedDate: string;
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            kind: "invoices";
            /**
             * Format: date-time
             * @description When Bellwether learned this version
             */
            knownAt: string;
            number?: string;
            /**
             * Format: date-time
             * @example 2026-12-02T09:30:00.000Z
             */
            paidAt?: string;
            /** @description The natural key: the record's external id, or what identifies it (account|date for a usage day) */
            recordKey: string;
            /** @enum {string} */
            status: "draft" | "open" | "paid" | "partially_paid" | "void" | "uncollectible";
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
        MetricValueRecord: {
            accountExternalId: string;
            /** @description Our row id, the same for every version of the record */
            id: number;
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            kind: "metric_values";
            /**
             * Format: date-time
             * @description When Bellwether learned this version
             */
            knownAt: string;
            metric: string;
            /**
             * Format: date-time
             * @example 2026-12-02T09:30:00.000Z
             */
            observedAt: string;
            /** @description The natural key: the record's external id, or what identifies it (account|date for a usage day) */
            recordKey: string;
            value: number;
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
        ModelRef: {
            name: string;
            version: string;
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
        NewAddressAssignment: {
            /**
             * @description The account's external id (its id in your CRM)
             * @example ACC-000002
             */
            accountId: string;
            /**
             * @description An email address, or a domain for everyone at it
             * @example pat@acme.com
             */
            address: string;
        };
        NewApiKey: {
            expiresAt?: string;
            name: string;
            /** @description Whose key (admins only; default: yours). The key acts with that user's role. */
            userEmail?: string;
        };
        NewOverride: {
            /** @description Shift the computed score by this much; give set or delta */
            delta?: number;
            /**
             * Format: date-time
             * @description When it stops applying; must be after now (default 30 days from now)
             * @example 2027-01-31
             */
            expiresAt?: string;
            /** @example champion left, renewal at risk */
            reason: string;
            /**
             * @description Only this scorecard (default: every scorecard)
             * @example health
             */
            scorecard?: string;
            /** @description Set the score to this value (absolute); give set or delta */
            set?: number;
        };
        NewPulse: {
            /**
             * Format: date-time
             * @description When it stops applying; must be after now (default 90 days from now)
             * @example 2027-01-31
             */
            expiresAt?: string;
            /** @example sponsor leaving in January */
            note: string;
            /** @enum {string} */
            rating: "red" | "yellow" | "green";
        };
        NewSavedView: {
            /**
             * @description Unique per user: saving under a name you already use replaces that view
             * @example Renewing soon, at risk
             */
            name: string;
            query: components["schemas"]["SavedViewQuery"];
        };
        NewUser: {
            email: string;
            name?: string;
            /** @description At least 12 characters; omit for a user with API keys only */
            password?: string;
            /** @enum {string} */
            role: "admin" | "manager" | "rep" | "viewer";
        };
        OutcomeEvent: {
            arrAfter: number | null;
            arrBefore: number | null;
            /**
             * Format: date-time
             * @description The outcome's date, at midnight UTC
             */
            at: string;
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            kind: "outcome";
            /** @enum {string} */
            outcome: "renewed" | "churned" | "contracted" | "expanded";
            recordId: number;
            recordKey: string;
        };
        OutcomeRecord: {
            accountExternalId: string;
            arrAfter?: number;
            arrBefore?: number;
            /**
             * Format: date
             * @example 2026-12-02
             */
            date: string;
            externalId?: string;
            /** @description Our row id, the same for every version of the record */
            id: number;
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            kind: "outcomes";
            /**
             * Format: date-time
             * @description When Bellwether learned this version
             */
            knownAt: string;
            /** @description The natural key: the record's external id, or what identifies it (account|date for a usage day) */
            recordKey: string;
        };
        Override: {
            accountExternalId: string;
            /** Format: email */
            authorEmail: string;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            expiresAt?: string;
            id: number;
            /** @enum {string} */
            mode: "absolute" | "delta";
            reason: string;
            /** Format: date-time */
            revokedAt?: string;
            revokedBy?: string;
            revokeReason?: string;
            scorecard?: string;
            /**
             * @description Where it stands now: in force, past its expiry, or ended early
             * @enum {string}
             */
            status: "active" | "expired" | "revoked";
            value: number;
        };
        OverrideEvent: {
            /** Format: date-time */
            at: string;
            by: string;
            /**
             * @description created; expired (its expiry passed); revoked (ended early, or a pulse superseded by the same author)
             * @enum {string}
             */
            change: "created" | "expired" | "revoked";
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            kind: "override";
            /** @enum {string} */
            mode: "absolute" | "delta";
            overrideId: number;
            /** @description Why: an override's reason or a pulse's note when created, the reason given when revoked, null when it expired */
            reason: string | null;
            /** @description null: every scorecard */
            scorecard: string | null;
            value: number;
        };
        OverrideList: {
            /** @description Every override of the account, ended ones too, newest first */
            items: components["schemas"]["Override"][];
        };
        Participant: {
            /** Format: email */
            email: string;
            name?: string;
            /** @enum {string} */
            responseStatus?: "accepted" | "declined" | "tentative" | "needs_action";
            /** @enum {string} */
            role: "from" | "to" | "cc" | "organizer" | "attendee";
            /** @enum {string} */
            side?: "internal" | "customer";
        };
        PaymentRecord: {
            accountExternalId: string;
            amount: number;
            /**
             * Format: date-time
             * @example 2026-12-02T09:30:00.000Z
             */
            attemptedAt: string;
            /** @example USD */
            currency?: string;
            externalId: string;
            failureReason?: string;
            /** @description Our row id, the same for every version of the record */
            id: number;
            invoiceExternalId?: string;
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            kind: "payments";
            /**
             * Format: date-time
             * @description When Bellwether learned this version
             */
            knownAt: string;
            /** @description The natural key: the record's external id, or what identifies it (account|date for a usage day) */
            recordKey: string;
            /** @enum {string} */
            status: "succeeded" | "failed" | "pending" | "refunded";
        };
        PortfolioPage: {
            items: components["schemas"]["PortfolioPageRow"][];
            modelVersion: string;
            nextCursor: string | null;
            scorecard: string;
            totals?: components["schemas"]["PortfolioTotals"];
        };
        PortfolioPageRow: components["schemas"]["PortfolioRow"] & {
            /** @description The score in force at asOf and at each of the 7 weeks before, oldest first (8 points; null before the first score); empty when not scored */
            trend: (number | null)[];
        };
        PortfolioRow: {
            arr: number | null;
            /** Format: date-time */
            asOf: string | null;
            band: string | null;
            /** @description score − the score 7 days before asOf; null without a score that old */
            change7d: number | null;
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
             * @description https://bellwether.dev/problems/<code>, one of: invalid-request, invalid-cursor, invalid-model, invalid-human-input, invalid-assignment, invalid-settings, invalid-records, unauthenticated, invalid-credentials, forbidden, not-found, account-not-found, conflict, payload-too-large, unsupported-media-type, rate-limited, internal, unavailable
             * @example https://bellwether.dev/problems/invalid-request
             */
            type: string;
        };
        Pulse: {
            accountExternalId: string;
            /** Format: email */
            authorEmail: string;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            expiresAt?: string;
            id: number;
            note: string;
            /** @enum {string} */
            rating: "red" | "yellow" | "green";
            /** Format: date-time */
            revokedAt?: string;
            revokedBy?: string;
            revokeReason?: string;
            /**
             * @description Where it stands now: in force, past its expiry, or ended early
             * @enum {string}
             */
            status: "active" | "expired" | "revoked";
        };
        PulseEvent: {
            /** Format: date-time */
            at: string;
            by: string;
            /**
             * @description created; expired (its expiry passed); revoked (ended early, or a pulse superseded by the same author)
             * @enum {string}
             */
            change: "created" | "expired" | "revoked";
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            kind: "pulse";
            pulseId: number;
            /** @enum {string} */
            rating: "red" | "yellow" | "green";
            /** @description Why: an override's reason or a pulse's note when created, the reason given when revoked, null when it expired */
            reason: string | null;
        };
        PulseList: {
            /** @description Every pulse of the account, ended ones too, newest first */
            items: components["schemas"]["Pulse"][];
        };
        PushResult: {
            /** @description The import run that took the records; null for an empty push */
            importId: number | null;
            /** @description New facts */
            inserted: number;
            /**
             * @description What the records are
             * @enum {string}
             */
            kind: "accounts" | "internal_users" | "contacts" | "activities" | "invoices" | "payments" | "tickets" | "usage_days" | "survey_responses" | "feedback" | "outcomes" | "metric_values";
            /** @description Rows rejected; listed with line and reason in the quarantine */
            quarantined: number;
            /** @description Records in the body */
            received: number;
            /** @description Each rejected record with its index and reason (the first 1000) */
            rejected: components["schemas"]["RejectedRecord"][];
            /** @description Rows identical to what was already known (re-imports) */
            unchanged: number;
            /** @description Emails and meetings no account was found for; kept on the review list (GET /api/v1/unmatched-addresses) until an address is assigned */
            unmatched: number;
            /** @description Facts that changed (the old version is kept in history) */
            updated: number;
        };
        QuarantinedRow: {
            /**
             * @description Why the row was rejected
             * @enum {string}
             */
            code: "missing_required" | "invalid_date" | "invalid_timestamp" | "unparseable_number" | "negative_amount" | "out_of_range" | "invalid_value" | "invalid_email" | "unknown_account" | "unknown_contact" | "duplicate_id" | "invalid_encoding" | "truncated_row" | "column_count_mismatch" | "malformed_row" | "inconsistent_dates" | "malformed_message" | "message_too_large" | "missing_date" | "truncated_message" | "malformed_event" | "invalid_recurrence" | "no_participants";
            /** @description The column (as named in the file) that was wrong, when one was */
            column: string | null;
            file: string;
            /** @description 1-based physical line of the file where the row starts */
            line: number;
            message: string;
            /** @description The row as it appeared in the file */
            raw: string | null;
        };
        QuarantinePage: {
            items: components["schemas"]["QuarantinedRow"][];
            nextCursor: string | null;
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
        Record: components["schemas"]["InvoiceRecord"] | components["schemas"]["PaymentRecord"] | components["schemas"]["TicketRecord"] | components["schemas"]["SurveyResponseRecord"] | components["schemas"]["UsageDayRecord"] | components["schemas"]["FeedbackRecord"] | components["schemas"]["ActivityRecord"] | components["schemas"]["ContactRecord"] | components["schemas"]["OutcomeRecord"] | components["schemas"]["MetricValueRecord"];
        RecordPage: {
            items: components["schemas"]["Record"][];
            /** @enum {string} */
            kind: "invoices" | "payments" | "tickets" | "survey_responses" | "usage_days" | "feedback" | "activities" | "contacts" | "outcomes" | "metric_values";
            nextCursor: string | null;
        };
        RejectedRecord: {
            /**
             * @description Why the row was rejected
             * @enum {string}
             */
            code: "missing_required" | "invalid_date" | "invalid_timestamp" | "unparseable_number" | "negative_amount" | "out_of_range" | "invalid_value" | "invalid_email" | "unknown_account" | "unknown_contact" | "duplicate_id" | "invalid_encoding" | "truncated_row" | "column_count_mismatch" | "malformed_row" | "inconsistent_dates" | "malformed_message" | "message_too_large" | "missing_date" | "truncated_message" | "malformed_event" | "invalid_recurrence" | "no_participants";
            /** @description The field that was wrong, when one was */
            column: string | null;
            /** @description 0-based index of the record in the body */
            index: number;
            /** @description Line of an NDJSON body */
            line?: number;
            message: string;
        };
        RejectedRow: {
            /**
             * @description Why the row was rejected
             * @enum {string}
             */
            code: "missing_required" | "invalid_date" | "invalid_timestamp" | "unparseable_number" | "negative_amount" | "out_of_range" | "invalid_value" | "invalid_email" | "unknown_account" | "unknown_contact" | "duplicate_id" | "invalid_encoding" | "truncated_row" | "column_count_mismatch" | "malformed_row" | "inconsistent_dates" | "malformed_message" | "message_too_large" | "missing_date" | "truncated_message" | "malformed_event" | "invalid_recurrence" | "no_participants";
            /** @description The column (as named in the file) that was wrong, when one was */
            column: string | null;
            file: string;
            /** @description 1-based physical line of the file where the row starts */
            line: number;
            message: string;
        };
        SavedView: {
            /** Format: date-time */
            createdAt: string;
            id: number;
            name: string;
            query: components["schemas"]["SavedViewQuery"];
            /** Format: date-time */
            updatedAt: string;
        };
        SavedViewQuery: {
            /** @description Bands */
            band?: string[];
            /** @enum {string} */
            direction?: "asc" | "desc";
            movedBy?: number;
            movedBy7d?: number;
            /** @description Owner emails */
            owner?: string[];
            q?: string;
            /** @description Renewal from today to this many days ahead */
            renewalWithinDays?: number;
            scorecard?: string;
            /** @description Segments */
            segment?: string[];
            /** @enum {string} */
            sort?: "score" | "name" | "arr" | "renewal_date" | "change_30d" | "confidence";
            upsell?: boolean;
        };
        ScorecardChange: {
            bandAfter: string | null;
            bandBefore: string | null;
            /** @description Largest absolute change first, and so are their metrics */
            components: {
                component: string;
                delta: number;
                metrics: {
                    after: {
                        contribution: number;
                        normalized: number | null;
                        rawValue: number | string | null;
                    } | null;
                    before: {
                        contribution: number;
                        normalized: number | null;
                        rawValue: number | string | null;
                    } | null;
                    /** @description Points of the raw score */
                    delta: number;
                    metric: string;
                }[];
            }[];
            /** Format: date-time */
            from: string;
            modelVersion: string;
            /** @description The part of scoreDelta due to overrides rather than signals */
            overrideDelta: number;
            /** @description Change of the raw score: the sum of the component deltas */
            rawDelta: number;
            scorecard: string;
            /** @description Change of the final score; null when either side has none */
            scoreDelta: number | null;
            /** Format: date-time */
            to: string;
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
        SurveyResponseRecord: {
            accountExternalId?: string;
            comment?: string;
            /** Format: email */
            contactEmail?: string;
            externalId?: string;
            /** @description Our row id, the same for every version of the record */
            id: number;
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            kind: "survey_responses";
            /**
             * Format: date-time
             * @description When Bellwether learned this version
             */
            knownAt: string;
            /** @description The natural key: the record's external id, or what identifies it (account|date for a usage day) */
            recordKey: string;
            /**
             * Format: date-time
             * @example 2026-12-02T09:30:00.000Z
             */
            respondedAt: string;
            score: number;
        };
        ThreadDetail: {
            accountExternalId: string;
            /** Format: date-time */
            asOf: string;
            /** @description Oldest first */
            messages: components["schemas"]["ThreadMessage"][];
            thread: components["schemas"]["ThreadOverview"];
            /**
             * @description The time zone of the business hours
             * @example America/New_York
             */
            timeZone: string;
        };
        ThreadMessage: {
            /** @description The first later message of the other side in the thread, known by asOf, and how long it took; null while unanswered */
            answer: {
                /** Format: date-time */
                at: string;
                /** @description Working hours only: Monday–Friday 09:00–17:00 in the account's time zone */
                businessHours: number;
                by: components["schemas"]["ThreadPerson"];
                externalId: string;
                /** @description Wall-clock hours */
                wallHours: number;
            } | null;
            /** @description The externalId of the other side's message this one answers */
            answers: string | null;
            attachments?: {
                contentType?: string;
                name?: string;
                size?: number;
            }[];
            /** @description The whole body as stored; null when no body is stored */
            bodyText: string | null;
            /** @enum {string} */
            direction?: "inbound" | "outbound" | "internal";
            externalId: string;
            features?: {
                chars: number;
                newChars: number;
                sentiment: number;
                words: number;
            };
            from: components["schemas"]["ThreadPerson"];
            id: number;
            /** @description What it says new (quoted replies and signature removed); null when no body is stored */
            newText: string | null;
            /**
             * Format: date-time
             * @example 2026-12-02T09:30:00.000Z
             */
            occurredAt: string;
            participants: components["schemas"]["Participant"][];
            /**
             * @description Who wrote it; null for mail among our own people, which neither needs nor gives an answer
             * @enum {string|null}
             */
            side: "internal" | "customer" | null;
            /** @enum {string} */
            status: "completed" | "scheduled" | "cancelled" | "no_show";
            subject: string | null;
            /** @description For a message of either side unanswered at asOf: how long it has waited so far */
            waiting: {
                /** @description Working hours only: Monday–Friday 09:00–17:00 in the account's time zone */
                businessHours: number;
                /** @description Wall-clock hours */
                wallHours: number;
            } | null;
        };
        ThreadOverview: {
            customerMessages: number;
            /** Format: date-time */
            firstAt: string;
            /** @description The thread id: its first explicit thread id, else its first message’s Message-ID; stable as replies arrive */
            id: string;
            internalMessages: number;
            /** Format: date-time */
            lastAt: string;
            lastFrom: components["schemas"]["ThreadPerson"];
            messages: number;
            /** @description Everyone who wrote in it, once each, in order of their first message */
            senders: components["schemas"]["ThreadPerson"][];
            subject: string | null;
            /**
             * @description Whose answer the thread waits for at asOf: internal when the customer's last message is unanswered; customer when our last message asks something (answers nothing of theirs) and they have not answered; null otherwise
             * @enum {string|null}
             */
            waitingOn: "internal" | "customer" | null;
        };
        ThreadPage: {
            accountExternalId: string;
            /** Format: date-time */
            asOf: string;
            items: components["schemas"]["ThreadOverview"][];
            nextCursor: string | null;
        };
        ThreadPerson: {
            email: string;
            name?: string;
            /**
             * @description customer: someone at the customer; internal: one of our people
             * @enum {string}
             */
            side?: "internal" | "customer";
        } | null;
        TicketRecord: {
            accountExternalId?: string;
            /**
             * Format: date-time
             * @example 2026-12-02T09:30:00.000Z
             */
            closedAt?: string;
            csat?: number;
            escalations: number;
            externalId: string;
            /**
             * Format: date-time
             * @example 2026-12-02T09:30:00.000Z
             */
            firstResponseAt?: string;
            /** @description Our row id, the same for every version of the record */
            id: number;
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            kind: "tickets";
            /**
             * Format: date-time
             * @description When Bellwether learned this version
             */
            knownAt: string;
            /**
             * Format: date-time
             * @example 2026-12-02T09:30:00.000Z
             */
            openedAt: string;
            /** @enum {string} */
            priority: "low" | "normal" | "high" | "urgent";
            /** @description The natural key: the record's external id, or what identifies it (account|date for a usage day) */
            recordKey: string;
            reopenings: number;
            /** Format: email */
            requesterEmail?: string;
            /** @enum {string} */
            status: "new" | "open" | "pending" | "on_hold" | "solved" | "closed";
            subject?: string;
            text?: string;
        };
        Trend: {
            /** @description Change of the score over 7 days; null without a score that old */
            d7: number | null;
            d30: number | null;
            d90: number | null;
        };
        UnmatchedActivity: {
            /** @description The customer addresses on it, any of which can be assigned */
            addresses: string[];
            /** @description The start of its new text; null when no body is stored */
            bodyPreview: string | null;
            /** @description The activity's natural key */
            externalId: string;
            id: number;
            importId: number;
            line: number;
            /**
             * Format: date-time
             * @description When the import put it on the list
             */
            listedAt: string;
            /** Format: date-time */
            occurredAt: string;
            participants: {
                email: string;
                name?: string;
                /** @enum {string} */
                role: "from" | "to" | "cc" | "organizer" | "attendee";
                /** @enum {string} */
                side?: "internal" | "customer";
            }[];
            /** @description Why no account was found: unknown_address (no contact, assignment or account domain), free_mail_only (only free-mail addresses), ambiguous_domain (several accounts), internal_only (only our own people) */
            reason: string;
            sourceFile: string;
            subject: string | null;
            type: string;
        };
        UnmatchedActivityPage: {
            items: components["schemas"]["UnmatchedActivity"][];
            nextCursor: string | null;
        };
        UnmatchedAddress: {
            /** @description Emails and meetings waiting that name the address */
            activities: number;
            /** @example pat@acme.com */
            address: string;
            domain: string;
            /** Format: date-time */
            firstAt: string;
            /** @description Whether the domain is a free-mail one (gmail.com …): then only the address, not the domain, can be assigned */
            freeMail: boolean;
            /** Format: date-time */
            lastAt: string;
            /**
             * @description Why its activities matched no account, each once: free_mail_only, unknown_address, ambiguous_domain
             * @example [
             *       "free_mail_only"
             *     ]
             */
            reasons: string[];
        };
        UnmatchedAddressPage: {
            items: components["schemas"]["UnmatchedAddress"][];
            nextCursor: string | null;
            /** @description Addresses waiting (with the domain filter) */
            total: number;
        };
        UsageDayRecord: {
            accountExternalId: string;
            activeUsers: number;
            /**
             * Format: date
             * @example 2026-12-02
             */
            date: string;
            events: number;
            featuresUsed: string[];
            /** @description Our row id, the same for every version of the record */
            id: number;
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            kind: "usage_days";
            /**
             * Format: date-time
             * @description When Bellwether learned this version
             */
            knownAt: string;
            /** @description The natural key: the record's external id, or what identifies it (account|date for a usage day) */
            recordKey: string;
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
        WhyChanged: {
            account: string;
            /** Format: date-time */
            from: string;
            model: components["schemas"]["ModelRef"];
            scorecards: components["schemas"]["ScorecardChange"][];
            /** Format: date-time */
            to: string;
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
