// Plans as status needs them, read from rows rather than from their JSON documents, so that a
// rollup over thousands of plans does not parse megabytes of JSON.

import type { StatusPlan, StatusTask } from "@plan/domain";
import type { Kysely } from "kysely";
import type { Database } from "../schema.js";

type Row<T> = T & { plan_id: string; task_id: string };

const byTask = <T extends { plan_id: string; task_id: string }>(rows: readonly T[]) => {
  const map = new Map<string, T[]>();
  for (const row of rows) {
    const k = `${row.plan_id}\u0000${row.task_id}`;
    const list = map.get(k);
    if (list) list.push(row);
    else map.set(k, [row]);
  }
  return map;
};

export interface StatusInputs {
  readonly plans: StatusPlan[];
  /** Target baselines by plan id, then task id. */
  readonly baselines: Map<string, Map<string, number[]>>;
}

export const loadStatusPlans = async (db: Kysely<Database>, planIds?: readonly string[]): Promise<StatusInputs> => {
  const only = <Q extends { where: (...args: never[]) => Q }>(query: Q, column: string): Q =>
    planIds ? (query.where as unknown as (c: string, op: string, v: unknown) => Q)(column, "in", planIds.length ? [...planIds] : [""]) : query;
  const plans = await only(db.selectFrom("plans").select(["id", "title", "year", "cadence"]), "id").orderBy("imported_at").execute();
  const tasks = await only(db.selectFrom("tasks").select(["plan_id", "id", "seq", "title", "area", "deadline_date", "deadline_text"]), "plan_id")
    .orderBy("plan_id")
    .orderBy("seq")
    .execute();
  const targets = byTask(
    (await only(db.selectFrom("targets").select(["plan_id", "task_id", "idx", "text", "value", "unit", "comparator", "deadline_date", "deadline_text", "baseline"]), "plan_id")
      .orderBy("idx")
      .execute()) as Row<{ idx: number; text: string; value: number; unit: string; comparator: string; deadline_date: string | null; deadline_text: string | null; baseline: number }>[],
  );
  const milestones = byTask(
    (await only(db.selectFrom("milestones").select(["plan_id", "task_id", "idx", "text", "deadline_date", "deadline_text"]), "plan_id").orderBy("idx").execute()) as Row<{
      text: string;
      deadline_date: string | null;
      deadline_text: string | null;
    }>[],
  );
  const units = byTask((await only(db.selectFrom("task_units").select(["plan_id", "task_id", "unit", "role"]), "plan_id").orderBy("seq").execute()) as Row<{ unit: string; role: string }>[]);
  const planUnits = await only(db.selectFrom("units").select(["plan_id", "name"]), "plan_id").orderBy("plan_id").orderBy("seq").execute();

  const tasksOf = new Map<string, StatusTask[]>();
  const baselines = new Map<string, Map<string, number[]>>();
  for (const t of tasks) {
    const k = `${t.plan_id}\u0000${t.id}`;
    const ts = targets.get(k) ?? [];
    const task: StatusTask = {
      id: t.id,
      title: t.title,
      area: t.area,
      deadline: { text: t.deadline_text, date: t.deadline_date },
      targets: ts.map((x) => ({ text: x.text, value: Number(x.value), unit: x.unit, comparator: x.comparator as ">=" | "<=" | "=", deadline: { text: x.deadline_text, date: x.deadline_date } })),
      milestones: (milestones.get(k) ?? []).map((m) => ({ text: m.text, deadline: { text: m.deadline_text, date: m.deadline_date } })),
      units: (units.get(k) ?? []).map((u) => ({ unit: u.unit, role: u.role as "lead" | "responsible" | "support" })),
    };
    (tasksOf.get(t.plan_id) ?? tasksOf.set(t.plan_id, []).get(t.plan_id)!).push(task);
    if (ts.some((x) => Number(x.baseline) !== 0)) {
      (baselines.get(t.plan_id) ?? baselines.set(t.plan_id, new Map()).get(t.plan_id)!).set(t.id, ts.map((x) => Number(x.baseline)));
    }
  }
  const unitsOf = new Map<string, { name: string }[]>();
  for (const u of planUnits) (unitsOf.get(u.plan_id) ?? unitsOf.set(u.plan_id, []).get(u.plan_id)!).push({ name: u.name });
  return {
    plans: plans.map((p) => ({
      id: p.id,
      title: p.title,
      year: p.year === null ? null : Number(p.year),
      cadence: p.cadence as "monthly" | "quarterly",
      tasks: tasksOf.get(p.id) ?? [],
      units: unitsOf.get(p.id) ?? [],
    })),
    baselines,
  };
};
