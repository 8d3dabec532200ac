// @plan/store: plans, progress reports and an audit log behind one service. This entry runs in
// any runtime; the engines are in @plan/store/node (SQLite, PostgreSQL) and @plan/store/d1.

// The service's tag is exported as a type only, for the verbs' signatures: a front end runs verbs
// (client.run) and cannot reach the service's operations around them.
export type { PlanStore, ImportOptions, ImportResult } from "./store.js";
export { storeClient, type PlanStoreClient } from "./client.js";
export { StoreError } from "./errors.js";
export { migrate, MIGRATIONS } from "./migrations.js";
export type { DatabaseState } from "./state.js";
export type { DatabaseTarget, EngineName } from "./engines/url.js";
export type { DeletedPlan, PlanSummary } from "./repo/plans.js";
export * from "./app/index.js";
export type { AuditEntry } from "./repo/audit.js";
export type { ReportFilter } from "./repo/progress.js";
export { DEFAULT_PAGE_LIMIT, MAX_PAGE_LIMIT, offsetPage, pageLimit, type Page, type PageRequest } from "./repo/cursor.js";
export type { ApiKey, KeyRole } from "./repo/keys.js";
export type { Database } from "./schema.js";
