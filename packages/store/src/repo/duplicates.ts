// Duplicate reports: a unit reports each target, milestone or task once per period. A second
// report for the same item, unit and period is the same one again (recorded once: idempotent),
// or a different one, which is refused unless the caller chooses to replace the first. What
// counts as the earlier report is decided here and only here: a report the office returned is
// left out of it, so that its unit can report again.

import { type CheckedProgress, PlanError, type ProgressReport, sameContent } from "@plan/domain";
import type { Kysely, Transaction } from "kysely";
import type { Database } from "../schema.js";
import { notReturned, withReviews } from "./progress.js";

type Db = Kysely<Database> | Transaction<Database>;

/**
 * What a new report is beside the reports already stored for its item, unit and period: new, the
 * same as the standing one, different from it, or the very report the office returned (sent again
 * unchanged, it would count the figures the office refused).
 */
export type Duplicate = { kind: "new" } | { kind: "same"; earlier: ProgressReport } | { kind: "different"; earlier: ProgressReport } | { kind: "returned"; earlier: ProgressReport };

/**
 * The reports of an item, unit and period, latest first, one row at most (executeTakeFirst alone
 * would fetch the item's whole history and keep one): the progress_slot index covers it.
 */
const inPlace = (db: Db, planId: string, report: CheckedProgress) =>
  db
    .selectFrom("progress")
    .where("plan_id", "=", planId)
    .where("task_id", "=", report.task)
    .where("target_idx", "=", report.target ?? 0)
    .where("milestone_idx", "=", report.milestone ?? 0)
    .where("unit", "=", report.unit)
    .where("period", "=", report.period)
    .orderBy("reported_at", "desc")
    .orderBy("id", "desc")
    .limit(1);

/** The latest report for an item, unit and period: among those standing, or among those returned. */
const latest = async (db: Db, planId: string, report: CheckedProgress, returned: boolean): Promise<ProgressReport | undefined> => {
  const row = await inPlace(db, planId, report)
    .selectAll()
    // A report the office returned stands for nothing: its unit reports again without replacing it.
    .where((eb) => (returned ? eb.not(notReturned(eb)) : notReturned(eb)))
    .executeTakeFirst();
  return row && (await withReviews(db, [row]))[0];
};

/** Whether a checked report is new, the same as the one stored for its item, unit and period, or a different one. */
export const findDuplicate = async (db: Db, planId: string, report: CheckedProgress): Promise<Duplicate> => {
  const earlier = await latest(db, planId, report, false);
  if (earlier !== undefined) return sameContent(earlier, report) ? { kind: "same", earlier } : { kind: "different", earlier };
  const returned = await latest(db, planId, report, true);
  return returned !== undefined && sameContent(returned, report) ? { kind: "returned", earlier: returned } : { kind: "new" };
};

/**
 * The latest report of an item, unit and period, standing or returned ("" for none): what a new
 * one follows. Read it before the duplicate check, in the same transaction: on PostgreSQL each
 * statement sees what was committed before it began, so read after the check it could already
 * hold a report the check did not see.
 */
export const lastReportId = async (db: Db, planId: string, report: CheckedProgress): Promise<string> => (await inPlace(db, planId, report).select("id").executeTakeFirst())?.id ?? "";

/**
 * Claims the place of a new report of an item, unit and period, after the report it follows
 * (lastReportId, or an import's earlier row for the same place). Two writers that saw the same
 * history claim the same place: the second's transaction fails on the claim, which the store
 * tries again as a transient conflict (errors.ts), and then it finds the first's report.
 */
export const claimPlace = async (db: Db, planId: string, report: CheckedProgress, after: string): Promise<void> => {
  await db
    .insertInto("report_claims")
    .values({
      plan_id: planId,
      task_id: report.task,
      target_idx: report.target ?? 0,
      milestone_idx: report.milestone ?? 0,
      unit: report.unit,
      period: report.period,
      after_report: after,
    })
    .execute();
};

/** An item, unit and period, as one string. */
export const placeOf = (planId: string, report: CheckedProgress): string => JSON.stringify([planId, report.task, report.target ?? 0, report.milestone ?? 0, report.unit, report.period]);

/** The refusal of a returned report sent again unchanged, quoting why the office returned it. */
export const returnedMessage = (earlier: ProgressReport): string =>
  `${earlier.unit}: this is report ${earlier.id} for ${itemName(earlier)} of task ${earlier.task}, ${earlier.period}, unchanged, which the office returned${earlier.review.reason ? ` (“${earlier.review.reason}”)` : ""}: correct it before sending it again`;

/** The refusal of a different second report, naming the first and how to replace it. */
export const duplicateMessage = (earlier: ProgressReport): string =>
  `${earlier.unit} already reported ${itemName(earlier)} of task ${earlier.task} for ${earlier.period} (report ${earlier.id}, ${earlier.reportedAt.slice(0, 10)}): replace it explicitly (--replace, "replace": true)`;

/** progress.duplicate for a different second report, naming the first. */
export const duplicateError = (earlier: ProgressReport): PlanError =>
  new PlanError("progress.duplicate", duplicateMessage(earlier), {
    earlier: earlier.id,
    task: earlier.task,
    target: earlier.target,
    milestone: earlier.milestone,
    unit: earlier.unit,
    period: earlier.period,
  });

/** progress.duplicate for a returned report sent again unchanged. */
export const returnedError = (earlier: ProgressReport): PlanError =>
  new PlanError("progress.duplicate", returnedMessage(earlier), { returned: earlier.id, reason: earlier.review.reason, task: earlier.task, unit: earlier.unit, period: earlier.period });

const itemName = (r: Pick<ProgressReport, "target" | "milestone">): string => (r.target ? `target ${r.target}` : r.milestone ? `milestone ${r.milestone}` : "the task");
