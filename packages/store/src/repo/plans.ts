// Plans and what they hold: stored as the whole parsed document (for reading back exactly) and
// as rows (for status over many plans without parsing JSON).

import { accountability, PlanError, type Plan, type PlanSummary, type StatusPlan } from "@plan/domain";
import type { Kysely, Transaction } from "kysely";
import type { Database } from "../schema.js";
import { chunks } from "./chunks.js";
import { decodeTimeAndId, keysetPage, pageLimit, type Page, type PageRequest } from "./cursor.js";

export type { PlanSummary } from "@plan/domain";

type Db = Kysely<Database> | Transaction<Database>;

/** The part of a plan that status reads. */
export const statusDocument = (plan: Plan): StatusPlan => ({
  id: plan.id,
  title: plan.title,
  year: plan.year,
  cadence: plan.cadence,
  tasks: plan.tasks.map((t) => ({
    id: t.id,
    title: t.title,
    area: t.area,
    deadline: t.deadline,
    targets: t.targets.map(({ text, value, unit, comparator, deadline }) => ({ text, value, unit, comparator, deadline })),
    milestones: t.milestones.map(({ text, deadline }) => ({ text, deadline })),
    // Worked out once here rather than from every unit mention at each rollup.
    ...accountability(t),
  })),
  units: plan.units.map(({ name }) => ({ name })),
});

export const insertPlan = async (trx: Db, plan: Plan, meta: { source: string; importedAt: string; revisionOf: string | null }): Promise<void> => {
  await trx
    .insertInto("plans")
    .values({
      id: plan.id,
      title: plan.title,
      year: plan.year,
      cadence: plan.cadence,
      source: meta.source,
      imported_at: meta.importedAt,
      revision_of: meta.revisionOf,
      document: JSON.stringify(plan),
      status_doc: JSON.stringify(statusDocument(plan)),
    })
    .execute();
  const tasks = plan.tasks.map((t, seq) => ({
    plan_id: plan.id,
    id: t.id,
    seq,
    number: t.number,
    title: t.title,
    area: t.area,
    deadline_date: t.deadline.date,
    deadline_text: t.deadline.text,
  }));
  const units = plan.tasks.flatMap((t) => t.units.map((u, seq) => ({ plan_id: plan.id, task_id: t.id, seq, name: u.name, unit: u.unit, role: u.role })));
  const targets = plan.tasks.flatMap((t) =>
    t.targets.map((x, i) => ({
      plan_id: plan.id,
      task_id: t.id,
      idx: i + 1,
      text: x.text,
      metric: x.metric,
      value: x.value,
      unit: x.unit,
      comparator: x.comparator,
      ambition: x.ambition,
      deadline_date: x.deadline.date,
      deadline_text: x.deadline.text,
      // The document's baseline (由35%提高到40%); none is 0, where status starts a target from.
      baseline: x.baseline ?? 0,
    })),
  );
  const milestones = plan.tasks.flatMap((t) =>
    t.milestones.map((m, i) => ({ plan_id: plan.id, task_id: t.id, idx: i + 1, text: m.text, deadline_date: m.deadline.date, deadline_text: m.deadline.text })),
  );
  const planUnits = plan.units.map((u, seq) => ({ plan_id: plan.id, seq, name: u.name, kind: u.kind, grp: u.group ? 1 : 0 }));
  for (const rows of chunks(tasks)) await trx.insertInto("tasks").values(rows).execute();
  for (const rows of chunks(units)) await trx.insertInto("task_units").values(rows).execute();
  for (const rows of chunks(targets)) await trx.insertInto("targets").values(rows).execute();
  for (const rows of chunks(milestones)) await trx.insertInto("milestones").values(rows).execute();
  for (const rows of chunks(planUnits)) await trx.insertInto("units").values(rows).execute();
};

/** A plan's id from its id or an unambiguous prefix of it (with or without "plan_"). */
export const resolvePlanId = async (db: Db, ref: string): Promise<string> => {
  const exact = await db.selectFrom("plans").select("id").where("id", "=", ref).executeTakeFirst();
  if (exact) return exact.id;
  // Ids are plan_ and hex digits, so a prefix needs no escaping once it is checked to be one.
  const hex = /^(?:plan_)?([0-9a-f]{4,})$/.exec(ref)?.[1];
  const matches = hex ? await db.selectFrom("plans").select("id").where("id", "like", `plan_${hex}%`).limit(2).execute() : [];
  if (matches.length === 1) return matches[0]!.id;
  if (matches.length > 1) throw new PlanError("plan.ambiguous", `“${ref}”对应多个计划 / more than one plan starts with ${ref}: give more of its id`, { plan: ref });
  throw new PlanError("plan.not-found", `没有计划“${ref}” / no plan ${ref} in this database (plan list shows them)`, { plan: ref });
};

export const loadPlan = async (db: Db, id: string): Promise<Plan> => {
  const row = await db.selectFrom("plans").select("document").where("id", "=", id).executeTakeFirstOrThrow();
  return JSON.parse(row.document) as Plan;
};

const PLANS_LIST = "plans";

/** A page of plans, oldest import first: keyset pagination on (imported_at, id), which plans_page indexes. */
export const listPlans = async (db: Db, request: PageRequest = {}): Promise<Page<PlanSummary>> => {
  const limit = pageLimit(request.limit);
  const after = decodeTimeAndId(PLANS_LIST, request.cursor);
  let query = summaries(db);
  if (after) query = query.where((eb) => eb(eb.refTuple("plans.imported_at", "plans.id"), ">", eb.tuple(after[0], after[1])));
  const rows = await query
    .orderBy("plans.imported_at")
    .orderBy("plans.id")
    .limit(limit + 1)
    .execute();
  return keysetPage(PLANS_LIST, rows, limit, (r) => [r.imported_at, r.id], toSummary);
};

/** One plan's summary, or undefined when the store does not hold it. */
export const findPlanSummary = async (db: Db, id: string): Promise<PlanSummary | undefined> => {
  const row = await summaries(db).where("plans.id", "=", id).executeTakeFirst();
  return row && toSummary(row);
};

// Tasks are counted per plan of the page (by the tasks primary key), not grouped over the whole table.
const summaries = (db: Db) =>
  db
    .selectFrom("plans")
    .select(["plans.id", "plans.title", "plans.year", "plans.source", "plans.imported_at", "plans.revision_of"])
    .select((eb) => eb.selectFrom("tasks").select(eb.fn.countAll<number | string>().as("n")).whereRef("tasks.plan_id", "=", "plans.id").as("tasks"))
    // The latest plan that revises this one (plans_revision indexes the look-up).
    .select((eb) =>
      eb.selectFrom("plans as later").select("later.id").whereRef("later.revision_of", "=", "plans.id").orderBy("later.imported_at", "desc").orderBy("later.id", "desc").limit(1).as("superseded_by"),
    );

type SummaryRow = { id: string; title: string; year: number | null; source: string; imported_at: string; revision_of: string | null; tasks: number | string | null; superseded_by: string | null };

const toSummary = (r: SummaryRow): PlanSummary => ({
  id: r.id,
  title: r.title,
  year: r.year,
  tasks: Number(r.tasks),
  source: r.source,
  importedAt: r.imported_at,
  revisionOf: r.revision_of,
  supersededBy: r.superseded_by ?? null,
});

/** What deleting a plan removed, and the plans that revised it (now revising what it revised). */
export interface DeletedPlan {
  readonly id: string;
  readonly title: string;
  readonly reports: number;
  readonly revisionOf: string | null;
  readonly relinked: readonly string[];
}

/**
 * Deletes a plan and all it holds (its rows cascade; the audit log is not tied to plans and
 * stays). A plan that revised it is made to revise what it revised, so a chain of revisions
 * stays whole. Call inside a transaction.
 */
export const deletePlanRows = async (trx: Transaction<Database>, id: string): Promise<DeletedPlan> => {
  const plan = await trx.selectFrom("plans").select(["id", "title", "revision_of"]).where("id", "=", id).executeTakeFirstOrThrow();
  const later = await trx.selectFrom("plans").select("id").where("revision_of", "=", id).execute();
  if (later.length > 0) await trx.updateTable("plans").set({ revision_of: plan.revision_of }).where("revision_of", "=", id).execute();
  const counted = await trx
    .selectFrom("progress")
    .select((eb) => eb.fn.countAll<number | string>().as("n"))
    .where("plan_id", "=", id)
    .executeTakeFirst();
  // Idempotency keys name reports, not plans: those of the plan's reports would replay nothing.
  await trx
    .deleteFrom("idempotency")
    .where("result_id", "in", (eb) => eb.selectFrom("progress").select("progress.id").where("progress.plan_id", "=", id))
    .execute();
  await trx.deleteFrom("plans").where("id", "=", id).execute();
  return { id, title: plan.title, reports: Number(counted?.n ?? 0), revisionOf: plan.revision_of, relinked: later.map((p) => p.id) };
};

/** The latest other import with the same title and year: the plan a revised document revises. */
export const previousRevision = async (db: Db, plan: Plan): Promise<string | null> => {
  if (plan.title === "") return null;
  let query = db.selectFrom("plans").select("id").where("title", "=", plan.title).where("id", "!=", plan.id);
  query = plan.year === null ? query.where("year", "is", null) : query.where("year", "=", plan.year);
  const row = await query.orderBy("imported_at", "desc").limit(1).executeTakeFirst();
  return row?.id ?? null;
};

/**
 * Refuses (store.conflict, naming the plan that replaced it) a write to a plan whose document was
 * replaced: it stays as history, and progress sent to it would count nowhere.
 */
export const refuseReplaced = async (db: Kysely<Database> | Transaction<Database>, id: string, what: string): Promise<void> => {
  const newer = await db.selectFrom("plans").select("id").where("revision_of", "=", id).orderBy("imported_at", "desc").executeTakeFirst();
  if (newer) throw new PlanError("store.conflict", `plan ${id} was replaced by ${newer.id}: ${what} ${newer.id}`, { plan: id, supersededBy: newer.id });
};
