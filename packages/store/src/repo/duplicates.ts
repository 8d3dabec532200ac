// Finding the reports a new one meets: the latest standing and the latest returned for its item,
// unit and period (the rule that judges them is the domain's, status/second-report.ts), and the
// claim that keeps one report per place when writers race.

import { type CheckedProgress, compareWithEarlier, type EarlierReport, type ProgressReport } from "@plan/domain";
import type { Kysely, Transaction } from "kysely";
import type { Database } from "../schema.js";
import { notReturned, withReviews } from "./progress.js";

type Db = Kysely<Database> | Transaction<Database>;

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

/** The reports a checked report meets, compared by the domain's rule: a returned one is looked for only when none stands. */
export const findEarlier = async (db: Db, planId: string, report: CheckedProgress): Promise<EarlierReport> => {
  const standing = await latest(db, planId, report, false);
  return compareWithEarlier(report, standing, standing === undefined ? await latest(db, planId, report, true) : undefined);
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
