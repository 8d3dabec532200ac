// Progress reports: append-only rows, read back whole or as the latest per target, milestone and task.

import { periodRange, type CheckedProgress, type ProgressReport } from "@plan/domain";
import { sql, type Kysely, type Selectable, type Transaction } from "kysely";
import type { Database, ProgressTable } from "../schema.js";
import { chunks } from "./chunks.js";

type Db = Kysely<Database> | Transaction<Database>;

export const toReport = (row: Selectable<ProgressTable>): ProgressReport => ({
  id: row.id,
  planId: row.plan_id,
  task: row.task_id,
  target: row.target_idx || null,
  milestone: row.milestone_idx || null,
  unit: row.unit,
  period: row.period,
  value: row.value === null ? null : Number(row.value),
  status: row.status as ProgressReport["status"],
  note: row.note,
  evidence: JSON.parse(row.evidence) as string[],
  reportedBy: row.reported_by,
  reportedAt: row.reported_at,
  carriedFrom: row.carried_from,
});

export const toRow = (report: ProgressReport): Selectable<ProgressTable> => {
  const range = periodRange(report.period)!;
  return {
    id: report.id,
    plan_id: report.planId,
    task_id: report.task,
    target_idx: report.target ?? 0,
    milestone_idx: report.milestone ?? 0,
    unit: report.unit,
    period: report.period,
    period_start: range.start,
    period_end: range.end,
    value: report.value,
    status: report.status,
    note: report.note,
    evidence: JSON.stringify(report.evidence),
    reported_by: report.reportedBy,
    reported_at: report.reportedAt,
    carried_from: report.carriedFrom,
  };
};

export const newReport = (planId: string, input: CheckedProgress, id: string, reportedAt: string): ProgressReport => ({
  id,
  planId,
  task: input.task,
  target: input.target,
  milestone: input.milestone,
  unit: input.unit,
  period: input.period,
  value: input.value,
  status: input.status,
  note: input.note,
  evidence: input.evidence,
  reportedBy: input.reportedBy,
  reportedAt,
  carriedFrom: null,
});

export const insertReports = async (db: Db, reports: readonly ProgressReport[]): Promise<void> => {
  for (const rows of chunks(reports.map(toRow), 100)) await db.insertInto("progress").values(rows).execute();
};

export interface ReportFilter {
  readonly task?: string | undefined;
  readonly unit?: string | undefined;
}

export const listReports = async (db: Db, planId: string, filter: ReportFilter = {}): Promise<ProgressReport[]> => {
  let query = db.selectFrom("progress").selectAll().where("plan_id", "=", planId);
  if (filter.task !== undefined) query = query.where("task_id", "=", filter.task);
  if (filter.unit !== undefined) query = query.where("unit", "=", filter.unit);
  const rows = await query.orderBy("task_id").orderBy("target_idx").orderBy("milestone_idx").orderBy("period_end").orderBy("reported_at").execute();
  return rows.map(toReport);
};

/**
 * The latest report per (plan, task, target, milestone) whose period has begun by `asOf`: all
 * that status needs, however many reports there are. One window query on every engine.
 */
export const latestReports = async (db: Db, asOf: string, planIds?: readonly string[]): Promise<ProgressReport[]> => {
  let inner = db
    .selectFrom("progress")
    .selectAll()
    .select(
      sql<number>`row_number() over (partition by plan_id, task_id, target_idx, milestone_idx order by period_end desc, reported_at desc)`.as("rank"),
    )
    .where("period_start", "<=", asOf);
  if (planIds) inner = inner.where("plan_id", "in", planIds.length > 0 ? [...planIds] : [""]);
  const rows = await db.selectFrom(inner.as("ranked")).selectAll().where("rank", "=", 1).execute();
  return rows.map((r) => toReport(r as Selectable<ProgressTable>));
};
