// Close-outs (办结): one row per task with its latest close and reopening. Closing a closed task
// or reopening an open one is a conflict: checked before the write, and in the write itself so
// that of racing calls on SQLite or PostgreSQL the loser finds the winner's step. (On D1 a
// transaction's writes wait for its commit and report nothing: the check before is what holds.)

import { PlanError, type TaskClosure } from "@plan/domain";
import type { Kysely, Selectable, Transaction } from "kysely";
import type { ClosuresTable, Database } from "../schema.js";

type Db = Kysely<Database> | Transaction<Database>;

const toClosure = (row: Selectable<ClosuresTable>): TaskClosure => ({
  planId: row.plan_id,
  task: row.task_id,
  closedBy: row.closed_by,
  closedAt: row.closed_at,
  reopenedBy: row.reopened_by,
  reopenedAt: row.reopened_at,
  note: row.note,
});

const find = async (db: Db, planId: string, task: string) => db.selectFrom("closures").selectAll().where("plan_id", "=", planId).where("task_id", "=", task).executeTakeFirst();

/** Closes a task: a new row, or the row of a task reopened since. A task closed now is store.conflict. */
export const closeTask = async (db: Db, planId: string, task: string, step: { by: string; at: string; note: string }): Promise<TaskClosure> => {
  const row: Selectable<ClosuresTable> = { plan_id: planId, task_id: task, closed_by: step.by, closed_at: step.at, reopened_by: null, reopened_at: null, note: step.note };
  const conflict = (closedAt: string) => new PlanError("store.conflict", `task ${task} is closed already (since ${closedAt.slice(0, 10)})`, { task });
  const existing = await find(db, planId, task);
  if (!existing) {
    // A racing close inserts the same key: the unique violation is store.conflict too.
    await db.insertInto("closures").values(row).execute();
    return toClosure(row);
  }
  if (existing.reopened_at === null) throw conflict(existing.closed_at);
  const result = await db
    .updateTable("closures")
    .set({ closed_by: step.by, closed_at: step.at, reopened_by: null, reopened_at: null, note: step.note })
    .where("plan_id", "=", planId)
    .where("task_id", "=", task)
    .where("reopened_at", "is not", null)
    .executeTakeFirst();
  if (Number(result.numUpdatedRows) === 0) {
    const now = await find(db, planId, task);
    if (now && now.reopened_at === null) throw conflict(now.closed_at);
  }
  return toClosure(row);
};

/** Reopens a closed task. A task not closed now is store.conflict. */
export const reopenTask = async (db: Db, planId: string, task: string, step: { by: string; at: string; note: string }): Promise<TaskClosure> => {
  const notClosed = () => new PlanError("store.conflict", `task ${task} is not closed: nothing to reopen`, { task });
  const existing = await find(db, planId, task);
  if (!existing || existing.reopened_at !== null) throw notClosed();
  const set = { reopened_by: step.by, reopened_at: step.at, note: step.note === "" ? existing.note : step.note };
  const result = await db.updateTable("closures").set(set).where("plan_id", "=", planId).where("task_id", "=", task).where("reopened_at", "is", null).executeTakeFirst();
  if (Number(result.numUpdatedRows) === 0) {
    const now = await find(db, planId, task);
    if (!now || now.reopened_at !== null) throw notClosed();
  }
  return toClosure({ ...existing, ...set });
};

/** A plan's close-out records (closed now or reopened), in the order closed. */
export const listClosures = async (db: Db, planId: string): Promise<TaskClosure[]> =>
  (await db.selectFrom("closures").selectAll().where("plan_id", "=", planId).orderBy("closed_at").orderBy("task_id").execute()).map(toClosure);

/** The tasks closed now in some plans (all when not given), by plan id then task id. */
export const closedTasks = async (db: Db, planIds?: readonly string[]): Promise<Map<string, Map<string, { at: string; by: string }>>> => {
  let query = db.selectFrom("closures").select(["plan_id", "task_id", "closed_at", "closed_by"]).where("reopened_at", "is", null);
  if (planIds) query = query.where("plan_id", "in", planIds.length > 0 ? [...planIds] : [""]);
  const byPlan = new Map<string, Map<string, { at: string; by: string }>>();
  for (const row of await query.execute()) {
    const byTask = byPlan.get(row.plan_id) ?? byPlan.set(row.plan_id, new Map()).get(row.plan_id)!;
    byTask.set(row.task_id, { at: row.closed_at, by: row.closed_by });
  }
  return byPlan;
};
