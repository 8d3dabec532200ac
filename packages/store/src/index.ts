// @plan/store: plans, progress reports and an audit log in SQLite (default), PostgreSQL or D1.

export { PlanStore, PlanStoreLive, makePlanStore, acquireDatabase, type PlanStoreService, type ImportOptions, type ImportResult } from "./store.js";
export { openStore, type PlanStoreClient } from "./facade.js";
export { StoreError } from "./errors.js";
export { databaseTarget, redact, DEFAULT_SQLITE_PATH, type DatabaseTarget, type EngineName } from "./engines/url.js";
export { openKysely } from "./engines/open.js";
export { migrate, MIGRATIONS } from "./migrations.js";
export type { PlanSummary } from "./repo/plans.js";
export type { AuditEntry } from "./repo/audit.js";
export type { ReportFilter } from "./repo/progress.js";
export type { Database } from "./schema.js";
export type { ApiKey, KeyRole } from "./repo/keys.js";
