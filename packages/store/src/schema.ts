// The tables, as kysely sees them. Portable across SQLite, PostgreSQL and D1: text ids, ISO
// dates as text, JSON as text, 0 for "no target / no milestone" so keys need no NULL.

export interface PlansTable {
  id: string;
  title: string;
  year: number | null;
  cadence: string;
  source: string;
  imported_at: string;
  revision_of: string | null;
  /** The whole Plan as parsed, JSON. */
  document: string;
  /** What status needs of the plan (a StatusPlan), JSON: rollups over many plans read only this. */
  status_doc: string;
}

export interface TasksTable {
  plan_id: string;
  id: string;
  seq: number;
  number: string;
  title: string;
  area: string | null;
  deadline_date: string | null;
  deadline_text: string | null;
}

export interface TaskUnitsTable {
  plan_id: string;
  task_id: string;
  seq: number;
  /** As printed. */
  name: string;
  /** The plan unit it means. */
  unit: string;
  role: string;
}

export interface TargetsTable {
  plan_id: string;
  task_id: string;
  idx: number;
  text: string;
  metric: string;
  value: number;
  unit: string;
  comparator: string;
  ambition: string;
  deadline_date: string | null;
  deadline_text: string | null;
  baseline: number;
}

export interface MilestonesTable {
  plan_id: string;
  task_id: string;
  idx: number;
  text: string;
  deadline_date: string | null;
  deadline_text: string | null;
}

export interface UnitsTable {
  plan_id: string;
  seq: number;
  name: string;
  kind: string;
  grp: number;
}

export interface ProgressTable {
  id: string;
  plan_id: string;
  task_id: string;
  /** 1-based, 0 when the report is not about a target. */
  target_idx: number;
  milestone_idx: number;
  unit: string;
  period: string;
  period_start: string;
  period_end: string;
  value: number | null;
  status: string | null;
  note: string;
  /** JSON array of URLs. */
  evidence: string;
  reported_by: string;
  reported_at: string;
  carried_from: string | null;
}

/**
 * One row per report written to an item, unit and period, keyed by the report it follows (the
 * latest its writer saw, "" for none): two writers that saw the same history cannot both write.
 */
export interface ReportClaimsTable {
  plan_id: string;
  task_id: string;
  target_idx: number;
  milestone_idx: number;
  unit: string;
  period: string;
  after_report: string;
}

export interface ProgressLatestTable {
  plan_id: string;
  task_id: string;
  target_idx: number;
  milestone_idx: number;
  report_id: string;
  unit: string;
  period: string;
  period_start: string;
  period_end: string;
  value: number | null;
  status: string | null;
  reported_at: string;
}

export interface AuditTable {
  id: string;
  at: string;
  actor: string;
  action: string;
  plan_id: string | null;
  entity: string;
  details: string;
}

export interface ApiKeysTable {
  id: string;
  hash: string;
  role: string;
  unit: string | null;
  label: string;
  created_at: string;
  revoked_at: string | null;
}

export interface IdempotencyTable {
  actor: string;
  key: string;
  request_hash: string;
  result_id: string;
  created_at: string;
}

/** The office's review of a report, once it decides (migration 0004); a report without one is submitted. */
export interface ReviewsTable {
  report_id: string;
  plan_id: string;
  /** accepted or returned: a returned report is left out of progress_latest. */
  state: string;
  reason: string | null;
  reviewed_by: string;
  reviewed_at: string;
}

/** A unit's request to move a deadline (延期申请), and the office's decision (migration 0004). */
export interface ExtensionsTable {
  id: string;
  plan_id: string;
  task_id: string;
  /** 1-based, 0 when the extension is not for a target. */
  target_idx: number;
  milestone_idx: number;
  unit: string;
  reason: string;
  from_date: string | null;
  to_date: string;
  state: string;
  requested_by: string;
  requested_at: string;
  decided_by: string | null;
  decided_at: string | null;
  note: string;
}

/** A task's latest close-out (办结) and reopening (migration 0004); the audit log keeps every step. */
export interface ClosuresTable {
  plan_id: string;
  task_id: string;
  closed_by: string;
  closed_at: string;
  reopened_by: string | null;
  reopened_at: string | null;
  note: string;
}

export interface Database {
  plans: PlansTable;
  tasks: TasksTable;
  task_units: TaskUnitsTable;
  targets: TargetsTable;
  milestones: MilestonesTable;
  units: UnitsTable;
  progress: ProgressTable;
  progress_latest: ProgressLatestTable;
  report_claims: ReportClaimsTable;
  audit: AuditTable;
  api_keys: ApiKeysTable;
  idempotency: IdempotencyTable;
  reviews: ReviewsTable;
  extensions: ExtensionsTable;
  closures: ClosuresTable;
}
