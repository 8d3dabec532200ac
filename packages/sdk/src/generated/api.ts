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
                    /** @description The plan this document replaces (as PUT /plans/{plan}/document does); by default the latest plan of the same title and year */
                    revises?: string;
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
                404: {
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
    "/plans/{plan}/document": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Replace a plan's document (a corrected file): reports still fitting are carried over, the rest listed in notCarried
         * @description The new document is stored as a new plan that revises this one; this plan is kept as history (its supersededBy names the new one) with all its reports. A report is carried over when its task (same title), its target or milestone (same text) and its unit (still named by the task) are in the new document.
         */
        put: {
            parameters: {
                query?: {
                    /** @description true: refuse a text file with any undecodable byte (by default such bytes read as U+FFFD, each place in the plan's notes) */
                    strict?: "true" | "false";
                };
                header?: never;
                path: {
                    plan: string;
                };
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
                /** @description The same document, read the same way: nothing replaced */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ImportResult"];
                    };
                };
                /** @description Replaced: the new plan, what was carried over and what was not */
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
                404: {
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
        post?: never;
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
        /** Delete a plan with its tasks, reports and all it holds (admin); the audit log keeps its entries */
        delete: {
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
                /** @description Deleted */
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
                /** @description Already recorded: under this Idempotency-Key, or the same report for its item, unit and period */
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
    "/plans/{plan}/progress:import": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Import filled-in progress sheets (.xlsx, .csv): every row recorded, or none
         * @description Upload one or more sheets made by `plan template` (or any sheet with its headers: 任务编号, 指标/节点, 责任单位, 填报期间, 累计完成, 完成状态, 进展情况, 佐证材料, 存在问题, 下步计划) as multipart fields named `file`. Every row of every file is checked against the plan; any problem fails the whole import with 422 progress.invalid and `details.errors[]`, each `{file, sheet, row, column, field, message}`: among them a formula whose value the file does not save (save the file in Excel or WPS first) and one figure merged over the rows of several items (each needs its own value). A file beyond one of the limits on input is 413 input.too-large, naming the file and the limit (`details.file`, `details.limit`); on a Node server the sheets are read and checked in a worker thread, and reading past PLAN_READ_TIMEOUT_MS or PLAN_READ_MEMORY_MB is 413 input.too-large naming readMillis or readMemoryMb. A row identical to a report already recorded is counted `unchanged`; a different one for the same item, unit and period is refused (409 progress.duplicate, naming the rows) unless `replace=true`. A unit key imports its own unit's rows only (403 auth.forbidden naming the others).
         */
        post: {
            parameters: {
                query?: {
                    /** @description true: a row different from the report recorded for its item, unit and period replaces it */
                    replace?: "true" | "false";
                };
                header?: never;
                path: {
                    plan: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "multipart/form-data": {
                        /** @description One or more sheets, each in a field named file */
                        file?: string[];
                    };
                };
            };
            responses: {
                /** @description Nothing new: every row was already recorded as it is */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ProgressImportResult"];
                    };
                };
                /** @description Recorded (every row of every file) */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ProgressImportResult"];
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
                /** @description Error */
                503: {
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
    "/plans/{plan}/tasks/{task}/targets/{target}/baseline": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Set a target's baseline, where status measures its progress from (admin); audited as target.baseline */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    plan: string;
                    task: string;
                    /** @description The target's 1-based number in its task, or words of its text that match it alone */
                    target: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["BaselineInput"];
                };
            };
            responses: {
                /** @description The baseline before and after, in the target's unit */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["BaselineChange"];
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
        post?: never;
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
        /** Status as of a date: tasks, and rollups by area and by unit as lead and as support; with unit, that unit's tasks only */
        get: {
            parameters: {
                query?: {
                    /** @description ISO date the status is computed for; today by default */
                    asOf?: string;
                    /** @description Only the tasks this unit leads or supports, rolled up again */
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
        /**
         * The 通报 as Word (docx), Excel (xlsx), HTML, Markdown or its figures as JSON
         * @description On a Node server the 通报 is rendered in a worker thread, under the deadline and heap cap of PLAN_READ_TIMEOUT_MS and PLAN_READ_MEMORY_MB: past either it is refused with 422 output.too-large naming the limit (`details.limit`, `details.max`), and the server answers other requests meanwhile. HTML and Markdown need far less than Word and Excel.
         */
        get: {
            parameters: {
                query?: {
                    /** @description ISO date the status is computed for; today by default */
                    asOf?: string;
                    format?: "docx" | "xlsx" | "html" | "md" | "json";
                    /** @description The document number on the 文号 line */
                    number?: string;
                    /** @description The issuing office */
                    issuer?: string;
                    /** @description The date of issue (default: the as-of date) */
                    date?: string;
                };
                header?: never;
                path: {
                    plan: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The report, with a Content-Disposition file name report-<plan>-<as of>.<format> */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/vnd.openxmlformats-officedocument.wordprocessingml.document": string;
                        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                        "text/html": string;
                        "text/markdown": string;
                        "application/json": {
                            [key: string]: unknown;
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
                /** @description Error */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Error */
                503: {
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
        /** Which units owe which reports for the period due; before the first period is due, none and notYetDue says when */
        get: {
            parameters: {
                query?: {
                    /** @description ISO date the status is computed for; today by default */
                    asOf?: string;
                    /** @description Only what this unit owes */
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
    "/plans/{plan}/reminders:send": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Send each unit's 催办单 to a chat robot (DingTalk, Feishu/Lark, WeCom) or a webhook (admin)
         * @description One message per unit owing reports for the period due (or for `unit` only). DingTalk is signed with timestamp and sign query parameters, Feishu with timestamp and sign in the body, WeCom not at all (its key is in the URL); any other address gets the notice as JSON with `X-Plan-Signature: sha256=<hex HMAC-SHA256 of the body>` when a secret is given. The answer says, per unit, whether the robot took the message (a 2xx and, for chat robots, a zero error code); `failed` counts those it did not. More notices than the robot takes a minute (20 for DingTalk and WeCom) are refused: send them a unit at a time, or with `plan reminders --webhook`, which paces them. Before the plan's first period is due nothing is sent and `reminders.notYetDue` says when the first reports are.
         */
        post: {
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
            requestBody: {
                content: {
                    "application/json": components["schemas"]["ReminderSendRequest"];
                };
            };
            responses: {
                /** @description Each unit's outcome */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ReminderSendResult"];
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
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/plans/{plan}/progress/{report}/review": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Accept a report, or return it (退回) with a reason its unit reads (admin); a returned report does not count for status */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    plan: string;
                    /** @description The report's id */
                    report: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["ReviewDecision"];
                };
            };
            responses: {
                /** @description The report with its review */
                200: {
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
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/plans/{plan}/extensions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A plan's extension requests, in the order asked, with the deadline each replaces and its state */
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
                /** @description The requests */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Extension"][];
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
        /** Ask to move a deadline (延期申请): a unit key for a task its unit leads or is responsible for, or admin naming the unit */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    plan: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["ExtensionRequest"];
                };
            };
            responses: {
                /** @description Requested */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Extension"];
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
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/plans/{plan}/extensions/{extension}/decision": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Approve (the deadline moves for status and reminders) or refuse an extension request, once (admin) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    plan: string;
                    /** @description The extension request's id */
                    extension: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["ExtensionDecision"];
                };
            };
            responses: {
                /** @description The decided request */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Extension"];
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
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/plans/{plan}/tasks/{task}/close": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Close a task (办结): it counts as achieved and owes no reminders (admin) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    plan: string;
                    task: string;
                };
                cookie?: never;
            };
            requestBody?: {
                content: {
                    "application/json": components["schemas"]["CloseOutNote"];
                };
            };
            responses: {
                /** @description The task's close-out record */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["TaskClosure"];
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
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/plans/{plan}/tasks/{task}/reopen": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Reopen a closed task: status assesses it from its reports again (admin) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    plan: string;
                    task: string;
                };
                cookie?: never;
            };
            requestBody?: {
                content: {
                    "application/json": components["schemas"]["CloseOutNote"];
                };
            };
            responses: {
                /** @description The task's close-out record */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["TaskClosure"];
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
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/plans/{plan}/audit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The plan's audit log, oldest first: every write with who made it and when */
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
                /** @description The entries */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["AuditEntry"][];
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
    "/plans/{plan}/supervision": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** What the office has done as of a date: reports returned, extensions asked and decided, tasks closed */
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
                /** @description The office's supervision */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Supervision"];
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
            notCarried: components["schemas"]["NotCarried"][];
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
            supersededBy: string | null;
        };
        NotCarried: {
            /** @enum {string} */
            kind: "report" | "extension" | "closure" | "baseline";
            id: string;
            task: string;
            taskTitle: string;
            target: number | null;
            milestone: number | null;
            item: string | null;
            unit: string | null;
            period: string | null;
            value: number | null;
            /** @enum {string} */
            reason: "task-gone" | "target-gone" | "milestone-gone" | "unit-not-responsible";
            message: string;
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
            /** @description The document's text, up to 2,000,000 characters */
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
                    /** @default null */
                    baseline?: number | null;
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
                /** @default null */
                baseline?: number | null;
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
                    baseline: number;
                    expected: number | null;
                    actual: number | null;
                    ratio: number | null;
                    lastPeriod: string | null;
                    deadline: string | null;
                    originalDeadline: string | null;
                }[];
                milestones: {
                    index: number;
                    text: string;
                    /** @enum {string} */
                    status: "done" | "due-soon" | "overdue" | "pending";
                    deadline: string | null;
                    originalDeadline: string | null;
                }[];
                lastPeriod: string | null;
                deadline: string | null;
                originalDeadline: string | null;
                closed: {
                    /** Format: date-time */
                    at: string;
                    by: string;
                } | null;
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
                /** @default null */
                baseline?: number | null;
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
                    baseline: number;
                    expected: number | null;
                    actual: number | null;
                    ratio: number | null;
                    lastPeriod: string | null;
                    deadline: string | null;
                    originalDeadline: string | null;
                }[];
                milestones: {
                    index: number;
                    text: string;
                    /** @enum {string} */
                    status: "done" | "due-soon" | "overdue" | "pending";
                    deadline: string | null;
                    originalDeadline: string | null;
                }[];
                lastPeriod: string | null;
                deadline: string | null;
                originalDeadline: string | null;
                closed: {
                    /** Format: date-time */
                    at: string;
                    by: string;
                } | null;
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
            /** @default null */
            baseline?: number | null;
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
            review: {
                /** @enum {string} */
                state: "submitted" | "accepted" | "returned";
                reason: string | null;
                by: string | null;
                /** Format: date-time */
                at: string | null;
            };
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
            value?: number | string | null;
            /**
             * @default null
             * @enum {string|null}
             */
            status?: "on-track" | "at-risk" | "behind" | "done" | null;
            /** @default  */
            note?: string;
            /** @default [] */
            evidence?: string[];
            /** @description true: replace the report already recorded for the same item, unit and period (refused with 409 otherwise) */
            replace?: boolean;
        };
        ProgressImportResult: {
            planId: string;
            files: string[];
            recorded: number;
            unchanged: number;
            replaced: number;
            reports: string[];
            empty: string[];
        };
        BaselineChange: {
            plan: string;
            task: string;
            target: number;
            text: string;
            unit: string;
            previous: number;
            baseline: number;
        };
        BaselineInput: {
            /**
             * @description The baseline: a number in the target's unit, or as people write it (30%, 1.2万公里, 3000万元)
             * @example 1.2万
             */
            value: number | string;
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
                    baseline: number;
                    expected: number | null;
                    actual: number | null;
                    ratio: number | null;
                    lastPeriod: string | null;
                    deadline: string | null;
                    originalDeadline: string | null;
                }[];
                milestones: {
                    index: number;
                    text: string;
                    /** @enum {string} */
                    status: "done" | "due-soon" | "overdue" | "pending";
                    deadline: string | null;
                    originalDeadline: string | null;
                }[];
                lastPeriod: string | null;
                deadline: string | null;
                originalDeadline: string | null;
                closed: {
                    /** Format: date-time */
                    at: string;
                    by: string;
                } | null;
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
            unit: string | null;
            notYetDue: {
                period: string;
                /** Format: date */
                dueOn: string;
            } | null;
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
        ReminderSendResult: {
            reminders: {
                /** Format: date */
                asOf: string;
                period: string | null;
                unit: string | null;
                notYetDue: {
                    period: string;
                    /** Format: date */
                    dueOn: string;
                } | null;
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
            /** @enum {string} */
            robot: "dingtalk" | "feishu" | "wecom" | "generic";
            address: string;
            deliveries: {
                unit: string;
                ok: boolean;
                detail: string;
            }[];
            sent: number;
            failed: number;
        };
        ReminderSendRequest: {
            webhook: string;
            /** @enum {string} */
            robot?: "dingtalk" | "feishu" | "wecom" | "generic";
            secret?: string;
            unit?: string;
            office?: string;
            /** Format: date */
            replyBy?: string;
            timeoutSeconds?: number;
        };
        /**
         * @example {
         *       "decision": "return",
         *       "reason": "缺少佐证材料"
         *     }
         */
        ReviewDecision: {
            /** @enum {string} */
            decision: "accept" | "return";
            reason?: string;
        };
        Extension: {
            id: string;
            planId: string;
            task: string;
            target: number | null;
            milestone: number | null;
            unit: string;
            reason: string;
            /** Format: date */
            from: string | null;
            /** Format: date */
            to: string;
            /** @enum {string} */
            state: "requested" | "approved" | "refused";
            requestedBy: string;
            /** Format: date-time */
            requestedAt: string;
            decidedBy: string | null;
            /** Format: date-time */
            decidedAt: string | null;
            note: string;
        };
        /**
         * @example {
         *       "task": "28",
         *       "milestone": 1,
         *       "reason": "等待审定",
         *       "to": "2016-09-30"
         *     }
         */
        ExtensionRequest: {
            task: string;
            /** @default null */
            target?: number | string | null;
            /** @default null */
            milestone?: number | null;
            unit?: string;
            reason: string;
            to: string;
        };
        /**
         * @example {
         *       "decision": "approve",
         *       "note": ""
         *     }
         */
        ExtensionDecision: {
            /** @enum {string} */
            decision: "approve" | "refuse";
            /** @default  */
            note?: string;
        };
        TaskClosure: {
            planId: string;
            task: string;
            closedBy: string;
            /** Format: date-time */
            closedAt: string;
            reopenedBy: string | null;
            /** Format: date-time */
            reopenedAt: string | null;
            note: string;
        };
        CloseOutNote: {
            note?: string;
        };
        AuditEntry: {
            id: string;
            /** Format: date-time */
            at: string;
            actor: string;
            action: string;
            planId: string | null;
            entity: string;
            details: {
                [key: string]: unknown;
            };
        };
        Supervision: {
            planId: string;
            /** Format: date */
            asOf: string;
            returned: {
                reportId: string;
                task: string;
                title: string;
                unit: string;
                period: string;
                reason: string;
                /** Format: date-time */
                at: string;
            }[];
            extensions: {
                id: string;
                task: string;
                title: string;
                unit: string;
                item: string;
                /** Format: date */
                from: string | null;
                /** Format: date */
                to: string;
                reason: string;
                /** @enum {string} */
                state: "requested" | "approved" | "refused";
                /** Format: date-time */
                decidedAt: string | null;
            }[];
            closed: {
                task: string;
                title: string;
                /** Format: date-time */
                at: string;
                by: string;
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
