// Generated from the API's OpenAPI document by `pnpm --filter @plan/sdk generate`: do not edit.
// The SDK's types come from here (see src/types.ts), so its .d.ts imports nothing.

export interface paths {
    "/health": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Liveness and the database engine */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {string} */
                            status: "ok";
                            engine: string;
                        };
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
    "/plans": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The plans stored, oldest first */
        get: {
            parameters: {
                query?: {
                    /** @description The nextCursor of the previous page, as it came; absent for the first page */
                    cursor?: string;
                    limit?: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description A page of plans */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: components["schemas"]["PlanSummary"][];
                            nextCursor: string | null;
                        };
                    };
                };
                /** @description Error */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Error */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        /** Import a plan document (text as JSON, or a file upload: .txt .md .docx .xlsx .csv) */
        post: {
            parameters: {
                query?: {
                    /** @description true: refuse a text file with any undecodable byte (by default such bytes read as U+FFFD, each place in the plan's notes) */
                    strict?: "true" | "false";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["ImportText"];
                    "multipart/form-data": {
                        /** Format: binary */
                        file?: string;
                    };
                };
            };
            responses: {
                /** @description Already imported */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ImportResult"];
                    };
                };
                /** @description Imported */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ImportResult"];
                    };
                };
                /** @description Error */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Error */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Error */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Error */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Error */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Error */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
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
    "/plans/{plan}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A plan as parsed */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    plan: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The plan */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Plan"];
                    };
                };
                /** @description Error */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Error */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
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
    "/plans/{plan}/validate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Findings of every validation rule */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    plan: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Findings, errors first */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Finding"][];
                    };
                };
                /** @description Error */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Error */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
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
    "/plans/{plan}/tasks": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Tasks, filtered by area, unit or status (as of a date) */
        get: {
            parameters: {
                query?: {
                    /** @description The nextCursor of the previous page, as it came; absent for the first page */
                    cursor?: string;
                    limit?: number;
                    area?: string;
                    /** @description Tasks this unit leads, is responsible for or supports */
                    unit?: string;
                    status?: "achieved" | "on-track" | "at-risk" | "behind" | "overdue" | "not-reported";
                    /** @description With a status filter or asOf, each task carries its status as of that date (today by default) */
                    asOf?: string;
                };
                header?: never;
                path: {
                    plan: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description A page of tasks with their status */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: components["schemas"]["TaskListing"][];
                            nextCursor: string | null;
                        };
                    };
                };
                /** @description Error */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Error */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Error */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
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
    "/plans/{plan}/tasks/{task}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A task and its status */
        get: {
            parameters: {
                query?: {
                    /** @description ISO date the status is computed for; today by default */
                    asOf?: string;
                };
                header?: never;
                path: {
                    plan: string;
                    task: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The task */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["AssessedTask"];
                    };
                };
                /** @description Error */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Error */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Error */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
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
    "/plans/{plan}/units": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The plan's units with their tasks by role */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    plan: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Units */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Unit"][];
                    };
                };
                /** @description Error */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Error */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
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
    "/plans/{plan}/units/{unit}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A unit (by any printing of its name) with its tasks by role */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    plan: string;
                    unit: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The unit */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Unit"];
                    };
                };
                /** @description Error */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Error */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
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
    "/plans/{plan}/targets": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Every target of the plan with its task */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    plan: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Targets */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["TargetListing"][];
                    };
                };
                /** @description Error */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Error */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
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
    "/plans/{plan}/milestones": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Every milestone of the plan with its task */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    plan: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Milestones */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["MilestoneListing"][];
                    };
                };
                /** @description Error */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Error */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
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
    "/plans/{plan}/progress": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Progress reports, oldest first */
        get: {
            parameters: {
                query?: {
                    /** @description The nextCursor of the previous page, as it came; absent for the first page */
                    cursor?: string;
                    limit?: number;
                    task?: string;
                    unit?: string;
                };
                header?: never;
                path: {
                    plan: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description A page of reports */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: components["schemas"]["ProgressReport"][];
                            nextCursor: string | null;
                        };
                    };
                };
                /** @description Error */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Error */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Error */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        /** Report progress (admin, or a unit key for its own unit's tasks) */
        post: {
            parameters: {
                query?: never;
                header?: {
                    /** @description Retries with the same key record once */
                    "idempotency-key"?: string;
                };
                path: {
                    plan: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["ProgressInput"];
                };
            };
            responses: {
                /** @description Already recorded under this Idempotency-Key */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ProgressReport"];
                    };
                };
                /** @description Recorded */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ProgressReport"];
                    };
                };
                /** @description Error */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Error */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Error */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Error */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Error */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Error */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Error */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Error */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
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
    "/status": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Every plan's overall status as of a date, in the order plans were imported: the supervising office's overview */
        get: {
            parameters: {
                query?: {
                    /** @description The nextCursor of the previous page, as it came; absent for the first page */
                    cursor?: string;
                    limit?: number;
                    /** @description ISO date the status is computed for; today by default */
                    asOf?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description A page of plans with their overall rollup */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: components["schemas"]["PlanOverview"][];
                            nextCursor: string | null;
                        };
                    };
                };
                /** @description Error */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Error */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
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
    "/plans/{plan}/status": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Status as of a date: tasks, and rollups by area and by unit as lead and as support */
        get: {
            parameters: {
                query?: {
                    /** @description ISO date the status is computed for; today by default */
                    asOf?: string;
                };
                header?: never;
                path: {
                    plan: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Status */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["PlanStatus"];
                    };
                };
                /** @description Error */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Error */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Error */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
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
    "/plans/{plan}/report": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The dispatch report (调度通报) as Markdown, HTML or xlsx */
        get: {
            parameters: {
                query?: {
                    /** @description ISO date the status is computed for; today by default */
                    asOf?: string;
                    format?: "md" | "html" | "xlsx";
                };
                header?: never;
                path: {
                    plan: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The report */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "text/markdown": string;
                        "text/html": string;
                        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                    };
                };
                /** @description Error */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Error */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Error */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
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
    "/plans/{plan}/reminders": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Which units owe which reports for the period due */
        get: {
            parameters: {
                query?: {
                    /** @description ISO date the status is computed for; today by default */
                    asOf?: string;
                };
                header?: never;
                path: {
                    plan: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Reminders */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Reminders"];
                    };
                };
                /** @description Error */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Error */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Error */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
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
    "/keys": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Every API key, live and revoked, without secrets (admin) */
        get: {
            parameters: {
                query?: never;
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
                /** @description Error */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Error */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        /** Create an API key (admin); its secret is in this response only */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["ApiKeyInput"];
                };
            };
            responses: {
                /** @description Created */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["NewApiKey"];
                    };
                };
                /** @description Error */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Error */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Error */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Error */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Error */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
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
    "/keys/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Revoke an API key (admin) */
        delete: {
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
                /** @description Revoked */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Error */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Error */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Error */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/metrics": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Counters for operators, in Prometheus text format (admin keys)
         * @description Requests by method, route pattern and status class; latency histograms by route; the database engine, whether it answers, its last migration, and how many plans and progress reports it holds. Counts are kept per process (per isolate on Workers).
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
                /** @description Prometheus text exposition format 0.0.4 */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "text/plain": string;
                    };
                };
                /** @description Error */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Error */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
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
        ImportResult: {
            plan: components["schemas"]["PlanSummary"];
            created: boolean;
            revisionOf: string | null;
            carried: number;
        };
        PlanSummary: {
            id: string;
            title: string;
            year: number | null;
            tasks: number;
            source: string;
            /** Format: date-time */
            importedAt: string;
            revisionOf: string | null;
        };
        Error: {
            error: {
                code: string;
                title: string;
                message: string;
                requestId: string;
                details: {
                    [key: string]: unknown;
                };
            };
        };
        ImportText: {
            text?: string;
            name?: string;
        };
        Plan: {
            id: string;
            title: string;
            year: number | null;
            preamble: string;
            /** @enum {string} */
            cadence: "monthly" | "quarterly";
            declared: {
                areas: string[] | null;
                tasks: number | null;
                guarantees: number | null;
            };
            areas: {
                name: string;
                /** @enum {string} */
                kind: "focus" | "guarantee";
                tasks: string[];
                inferred: boolean;
            }[];
            tasks: {
                id: string;
                number: string;
                path: string[];
                title: string;
                body: string;
                area: string | null;
                units: {
                    name: string;
                    unit: string;
                    /** @enum {string} */
                    role: "lead" | "responsible" | "support";
                    group: boolean;
                    joined: boolean;
                    line: number;
                    column: number;
                }[];
                targets: {
                    text: string;
                    metric: string;
                    value: number;
                    unit: string;
                    /** @enum {string} */
                    comparator: ">=" | "<=" | "=";
                    /** @enum {string} */
                    ambition: "firm" | "strive";
                    deadline: {
                        text: string | null;
                        /** Format: date */
                        date: string | null;
                    };
                    line: number;
                    column: number;
                }[];
                milestones: {
                    text: string;
                    deadline: {
                        text: string | null;
                        /** Format: date */
                        date: string | null;
                    };
                    line: number;
                    column: number;
                }[];
                deadline: {
                    text: string | null;
                    /** Format: date */
                    date: string | null;
                };
                line: number;
                column: number;
            }[];
            units: {
                name: string;
                /** @enum {string} */
                kind: "department" | "government" | "central-agency" | "company" | "group" | "other";
                group: boolean;
                aliases: string[];
                members: string[];
                tasks: {
                    lead: string[];
                    responsible: string[];
                    support: string[];
                };
            }[];
            notes: {
                /** @enum {string} */
                code: "task.no-units" | "task.duplicate-number" | "task.missing-number" | "task.empty-title" | "plan.count-mismatch" | "target.non-positive" | "target.no-unit" | "deadline.outside-year" | "unit.line-break" | "parse.bad-bytes" | "parse.unread-units" | "parse.unmapped-table";
                /** @enum {string} */
                severity: "error" | "warning" | "info";
                message: string;
                task: string | null;
                line: number | null;
                column: number | null;
            }[];
        };
        Finding: {
            /** @enum {string} */
            code: "task.no-units" | "task.duplicate-number" | "task.missing-number" | "task.empty-title" | "plan.count-mismatch" | "target.non-positive" | "target.no-unit" | "deadline.outside-year" | "unit.line-break" | "parse.bad-bytes" | "parse.unread-units" | "parse.unmapped-table";
            /** @enum {string} */
            severity: "error" | "warning" | "info";
            message: string;
            task: string | null;
            line: number | null;
            column: number | null;
        };
        TaskListing: {
            id: string;
            number: string;
            path: string[];
            title: string;
            body: string;
            area: string | null;
            units: {
                name: string;
                unit: string;
                /** @enum {string} */
                role: "lead" | "responsible" | "support";
                group: boolean;
                joined: boolean;
                line: number;
                column: number;
            }[];
            targets: {
                text: string;
                metric: string;
                value: number;
                unit: string;
                /** @enum {string} */
                comparator: ">=" | "<=" | "=";
                /** @enum {string} */
                ambition: "firm" | "strive";
                deadline: {
                    text: string | null;
                    /** Format: date */
                    date: string | null;
                };
                line: number;
                column: number;
            }[];
            milestones: {
                text: string;
                deadline: {
                    text: string | null;
                    /** Format: date */
                    date: string | null;
                };
                line: number;
                column: number;
            }[];
            deadline: {
                text: string | null;
                /** Format: date */
                date: string | null;
            };
            line: number;
            column: number;
            /** @enum {string} */
            status?: "achieved" | "on-track" | "at-risk" | "behind" | "overdue" | "not-reported";
            assessment?: {
                id: string;
                title: string;
                area: string | null;
                /** @enum {string} */
                status: "achieved" | "on-track" | "at-risk" | "behind" | "overdue" | "not-reported";
                lead: string[];
                support: string[];
                targets: {
                    index: number;
                    text: string;
                    value: number;
                    unit: string;
                    /** @enum {string} */
                    comparator: ">=" | "<=" | "=";
                    /** @enum {string} */
                    status: "achieved" | "on-track" | "at-risk" | "behind" | "overdue" | "not-reported";
                    expected: number | null;
                    actual: number | null;
                    ratio: number | null;
                    lastPeriod: string | null;
                    deadline: string | null;
                }[];
                milestones: {
                    index: number;
                    text: string;
                    /** @enum {string} */
                    status: "done" | "due-soon" | "overdue" | "pending";
                    deadline: string | null;
                }[];
                lastPeriod: string | null;
                deadline: string | null;
            };
        };
        AssessedTask: {
            id: string;
            number: string;
            path: string[];
            title: string;
            body: string;
            area: string | null;
            units: {
                name: string;
                unit: string;
                /** @enum {string} */
                role: "lead" | "responsible" | "support";
                group: boolean;
                joined: boolean;
                line: number;
                column: number;
            }[];
            targets: {
                text: string;
                metric: string;
                value: number;
                unit: string;
                /** @enum {string} */
                comparator: ">=" | "<=" | "=";
                /** @enum {string} */
                ambition: "firm" | "strive";
                deadline: {
                    text: string | null;
                    /** Format: date */
                    date: string | null;
                };
                line: number;
                column: number;
            }[];
            milestones: {
                text: string;
                deadline: {
                    text: string | null;
                    /** Format: date */
                    date: string | null;
                };
                line: number;
                column: number;
            }[];
            deadline: {
                text: string | null;
                /** Format: date */
                date: string | null;
            };
            line: number;
            column: number;
            assessment: {
                id: string;
                title: string;
                area: string | null;
                /** @enum {string} */
                status: "achieved" | "on-track" | "at-risk" | "behind" | "overdue" | "not-reported";
                lead: string[];
                support: string[];
                targets: {
                    index: number;
                    text: string;
                    value: number;
                    unit: string;
                    /** @enum {string} */
                    comparator: ">=" | "<=" | "=";
                    /** @enum {string} */
                    status: "achieved" | "on-track" | "at-risk" | "behind" | "overdue" | "not-reported";
                    expected: number | null;
                    actual: number | null;
                    ratio: number | null;
                    lastPeriod: string | null;
                    deadline: string | null;
                }[];
                milestones: {
                    index: number;
                    text: string;
                    /** @enum {string} */
                    status: "done" | "due-soon" | "overdue" | "pending";
                    deadline: string | null;
                }[];
                lastPeriod: string | null;
                deadline: string | null;
            };
        };
        Unit: {
            name: string;
            /** @enum {string} */
            kind: "department" | "government" | "central-agency" | "company" | "group" | "other";
            group: boolean;
            aliases: string[];
            members: string[];
            tasks: {
                lead: string[];
                responsible: string[];
                support: string[];
            };
        };
        TargetListing: {
            text: string;
            metric: string;
            value: number;
            unit: string;
            /** @enum {string} */
            comparator: ">=" | "<=" | "=";
            /** @enum {string} */
            ambition: "firm" | "strive";
            deadline: {
                text: string | null;
                /** Format: date */
                date: string | null;
            };
            line: number;
            column: number;
            task: string;
            index: number;
        };
        MilestoneListing: {
            text: string;
            deadline: {
                text: string | null;
                /** Format: date */
                date: string | null;
            };
            line: number;
            column: number;
            task: string;
            index: number;
        };
        ProgressReport: {
            id: string;
            planId: string;
            task: string;
            target: number | null;
            milestone: number | null;
            unit: string;
            period: string;
            value: number | null;
            /** @enum {string|null} */
            status: "on-track" | "at-risk" | "behind" | "done" | null;
            note: string;
            evidence: string[];
            reportedBy: string;
            /** Format: date-time */
            reportedAt: string;
            carriedFrom: string | null;
        };
        /**
         * @example {
         *       "task": "4",
         *       "target": 5,
         *       "period": "2016-06",
         *       "value": 3500,
         *       "note": "",
         *       "evidence": []
         *     }
         */
        ProgressInput: {
            task: string;
            /** @default null */
            target?: number | string | null;
            /** @default null */
            milestone?: number | null;
            unit?: string;
            /** @example 2016-06 */
            period: string;
            /** @default null */
            value?: number | null;
            /**
             * @default null
             * @enum {string|null}
             */
            status?: "on-track" | "at-risk" | "behind" | "done" | null;
            /** @default  */
            note?: string;
            /** @default [] */
            evidence?: string[];
        };
        PlanOverview: {
            planId: string;
            title: string;
            /** Format: date */
            asOf: string;
            /** @enum {string} */
            cadence: "monthly" | "quarterly";
            duePeriod: string | null;
            overall: {
                key: string;
                /** @enum {string|null} */
                role: "lead" | "support" | null;
                total: number;
                counts: {
                    achieved?: number;
                    "on-track"?: number;
                    "at-risk"?: number;
                    behind?: number;
                    overdue?: number;
                    "not-reported"?: number;
                };
                shareOnTrack: number;
                lagging: string[];
            };
        };
        PlanStatus: {
            planId: string;
            title: string;
            /** Format: date */
            asOf: string;
            /** @enum {string} */
            cadence: "monthly" | "quarterly";
            duePeriod: string | null;
            tasks: {
                id: string;
                title: string;
                area: string | null;
                /** @enum {string} */
                status: "achieved" | "on-track" | "at-risk" | "behind" | "overdue" | "not-reported";
                lead: string[];
                support: string[];
                targets: {
                    index: number;
                    text: string;
                    value: number;
                    unit: string;
                    /** @enum {string} */
                    comparator: ">=" | "<=" | "=";
                    /** @enum {string} */
                    status: "achieved" | "on-track" | "at-risk" | "behind" | "overdue" | "not-reported";
                    expected: number | null;
                    actual: number | null;
                    ratio: number | null;
                    lastPeriod: string | null;
                    deadline: string | null;
                }[];
                milestones: {
                    index: number;
                    text: string;
                    /** @enum {string} */
                    status: "done" | "due-soon" | "overdue" | "pending";
                    deadline: string | null;
                }[];
                lastPeriod: string | null;
                deadline: string | null;
            }[];
            overall: {
                key: string;
                /** @enum {string|null} */
                role: "lead" | "support" | null;
                total: number;
                counts: {
                    achieved?: number;
                    "on-track"?: number;
                    "at-risk"?: number;
                    behind?: number;
                    overdue?: number;
                    "not-reported"?: number;
                };
                shareOnTrack: number;
                lagging: string[];
            };
            byArea: {
                key: string;
                /** @enum {string|null} */
                role: "lead" | "support" | null;
                total: number;
                counts: {
                    achieved?: number;
                    "on-track"?: number;
                    "at-risk"?: number;
                    behind?: number;
                    overdue?: number;
                    "not-reported"?: number;
                };
                shareOnTrack: number;
                lagging: string[];
            }[];
            byUnit: {
                key: string;
                /** @enum {string|null} */
                role: "lead" | "support" | null;
                total: number;
                counts: {
                    achieved?: number;
                    "on-track"?: number;
                    "at-risk"?: number;
                    behind?: number;
                    overdue?: number;
                    "not-reported"?: number;
                };
                shareOnTrack: number;
                lagging: string[];
            }[];
        };
        Reminders: {
            /** Format: date */
            asOf: string;
            period: string | null;
            reminders: {
                unit: string;
                period: string | null;
                tasks: {
                    id: string;
                    title: string;
                    lastPeriod: string | null;
                    items: string[];
                }[];
            }[];
        };
        NewApiKey: {
            key: components["schemas"]["ApiKey"];
            /**
             * @description Shown only in this response; only its hash is kept
             * @example plk_…
             */
            secret: string;
        };
        ApiKey: {
            /** @example key_1a2b3c4d */
            id: string;
            /** @enum {string} */
            role: "admin" | "unit" | "viewer";
            /** @description The unit a unit key reports for */
            unit: string | null;
            label: string;
            createdAt: string;
            revokedAt: string | null;
        };
        ApiKeyInput: {
            /** @enum {string} */
            role: "admin" | "unit" | "viewer";
            /**
             * @description Required for a unit key, refused for others
             * @example 省交通運輸廳
             */
            unit?: string;
            label?: string;
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
