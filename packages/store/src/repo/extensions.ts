// Extension requests (延期申请): appended when a unit asks, decided once by the office. The
// approved ones are what status reads to move deadlines, for one plan or many.

import { type ApprovedExtension, type CheckedExtension, type Extension, PlanError } from "@plan/domain";
import type { Kysely, Selectable, Transaction } from "kysely";
import type { Database, ExtensionsTable } from "../schema.js";

type Db = Kysely<Database> | Transaction<Database>;

const toExtension = (row: Selectable<ExtensionsTable>): Extension => ({
  id: row.id,
  planId: row.plan_id,
  task: row.task_id,
  target: row.target_idx || null,
  milestone: row.milestone_idx || null,
  unit: row.unit,
  reason: row.reason,
  from: row.from_date,
  to: row.to_date,
  state: row.state as Extension["state"],
  requestedBy: row.requested_by,
  requestedAt: row.requested_at,
  decidedBy: row.decided_by,
  decidedAt: row.decided_at,
  note: row.note,
});

/** Appends a request, refusing a second one for the same deadline while the first awaits a decision. */
/** A new extension's id, the same form wherever one is made (asked for, or carried to a replacing plan): ext_ and 64 random bits. */
export const extensionId = (newId: () => string): string => `ext_${newId().replace(/-/g, "").slice(0, 16)}`;

export const insertExtension = async (db: Db, planId: string, checked: CheckedExtension, meta: { id: string; by: string; at: string }): Promise<Extension> => {
  const pending = await db
    .selectFrom("extensions")
    .select("id")
    .where("plan_id", "=", planId)
    .where("task_id", "=", checked.task)
    .where("target_idx", "=", checked.target ?? 0)
    .where("milestone_idx", "=", checked.milestone ?? 0)
    .where("state", "=", "requested")
    .executeTakeFirst();
  if (pending) throw new PlanError("store.conflict", `extension ${pending.id} for this deadline of task ${checked.task} awaits the office's decision`, { extension: pending.id });
  const row: Selectable<ExtensionsTable> = {
    id: meta.id,
    plan_id: planId,
    task_id: checked.task,
    target_idx: checked.target ?? 0,
    milestone_idx: checked.milestone ?? 0,
    unit: checked.unit,
    reason: checked.reason,
    from_date: checked.from,
    to_date: checked.to,
    state: "requested",
    requested_by: meta.by,
    requested_at: meta.at,
    decided_by: null,
    decided_at: null,
    note: "",
  };
  await db.insertInto("extensions").values(row).execute();
  return toExtension(row);
};

/** One extension of a plan by id, or undefined. */
export const findExtension = async (db: Db, planId: string, id: string): Promise<Extension | undefined> => {
  const row = await db.selectFrom("extensions").selectAll().where("plan_id", "=", planId).where("id", "=", id).executeTakeFirst();
  return row && toExtension(row);
};

const decided = (e: Extension) => new PlanError("store.conflict", `extension ${e.id} was already ${e.state} (${e.decidedAt?.slice(0, 10) ?? ""})`, { extension: e.id, state: e.state });

/**
 * Decides a request once. Unknown → extension.not-found; decided already → store.conflict. The
 * update only takes a request still awaiting a decision, so of two deciders racing on SQLite or
 * PostgreSQL the loser updates nothing and finds the winner's decision. (On D1 a transaction's
 * writes wait for its commit, so the update reports nothing either way and the request still
 * reads as awaiting: the check before it is what holds there.)
 */
export const decideExtension = async (db: Db, planId: string, id: string, decision: { state: "approved" | "refused"; by: string; at: string; note: string }): Promise<Extension> => {
  const found = await findExtension(db, planId, id);
  if (!found) throw new PlanError("extension.not-found", `plan has no extension ${id}`, { extension: id });
  if (found.state !== "requested") throw decided(found);
  const result = await db
    .updateTable("extensions")
    .set({ state: decision.state, decided_by: decision.by, decided_at: decision.at, note: decision.note })
    .where("plan_id", "=", planId)
    .where("id", "=", id)
    .where("state", "=", "requested")
    .executeTakeFirst();
  if (Number(result.numUpdatedRows) === 0) {
    const now = await findExtension(db, planId, id);
    if (now && now.state !== "requested") throw decided(now);
  }
  return { ...found, state: decision.state, decidedBy: decision.by, decidedAt: decision.at, note: decision.note };
};

/** A plan's extensions, in the order asked. */
export const listExtensions = async (db: Db, planId: string): Promise<Extension[]> =>
  (await db.selectFrom("extensions").selectAll().where("plan_id", "=", planId).orderBy("requested_at").orderBy("id").execute()).map(toExtension);

/** The approved extensions of some plans (all when not given), by plan id then task id. */
export const approvedExtensions = async (db: Db, planIds?: readonly string[]): Promise<Map<string, Map<string, ApprovedExtension[]>>> => {
  let query = db.selectFrom("extensions").select(["plan_id", "task_id", "target_idx", "milestone_idx", "to_date", "decided_at"]).where("state", "=", "approved");
  if (planIds) query = query.where("plan_id", "in", planIds.length > 0 ? [...planIds] : [""]);
  const byPlan = new Map<string, Map<string, ApprovedExtension[]>>();
  for (const row of await query.execute()) {
    const byTask = byPlan.get(row.plan_id) ?? byPlan.set(row.plan_id, new Map()).get(row.plan_id)!;
    const list = byTask.get(row.task_id) ?? byTask.set(row.task_id, []).get(row.task_id)!;
    list.push({ target: row.target_idx || null, milestone: row.milestone_idx || null, to: row.to_date, decidedAt: row.decided_at });
  }
  return byPlan;
};
