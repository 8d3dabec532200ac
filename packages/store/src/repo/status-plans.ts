// Plans as status needs them (all current plans, or the ones asked for): the slim status document each plan row keeps, the target
// baselines that differ from 0, and the office's approved extensions and close-outs. A rollup
// over thousands of plans reads nothing else.

import type { ApprovedExtension, StatusPlan } from "@plan/domain";
import type { Kysely } from "kysely";
import type { Database } from "../schema.js";
import { closedTasks } from "./closures.js";
import { approvedExtensions } from "./extensions.js";

export interface StatusInputs {
  readonly plans: StatusPlan[];
  /** Target baselines by plan id, then task id, in target order. */
  readonly baselines: Map<string, Map<string, number[]>>;
  /** Approved extensions by plan id, then task id: the deadlines status counts by. */
  readonly extensions: Map<string, Map<string, ApprovedExtension[]>>;
  /** Tasks closed now by plan id, then task id. */
  readonly closures: Map<string, Map<string, { at: string; by: string }>>;
}

export const loadStatusPlans = async (db: Kysely<Database>, planIds?: readonly string[]): Promise<StatusInputs> => {
  const ids = planIds && (planIds.length > 0 ? [...planIds] : [""]);
  let plansQuery = db.selectFrom("plans").select("status_doc").orderBy("imported_at");
  if (ids) plansQuery = plansQuery.where("id", "in", ids);
  // Every plan means the current ones: a plan whose document was replaced stays as history, but
  // counting it beside its replacement would count each task twice.
  else plansQuery = plansQuery.where(({ not, exists, selectFrom }) => not(exists(selectFrom("plans as later").select("later.id").whereRef("later.revision_of", "=", "plans.id"))));
  let baselineQuery = db.selectFrom("targets").select(["plan_id", "task_id", "idx", "baseline"]).where("baseline", "!=", 0);
  if (ids) baselineQuery = baselineQuery.where("plan_id", "in", ids);
  const plans = (await plansQuery.execute()).map((r) => JSON.parse(r.status_doc) as StatusPlan);
  const baselines = new Map<string, Map<string, number[]>>();
  for (const row of await baselineQuery.execute()) {
    const byTask = baselines.get(row.plan_id) ?? baselines.set(row.plan_id, new Map()).get(row.plan_id)!;
    const list = byTask.get(row.task_id) ?? byTask.set(row.task_id, []).get(row.task_id)!;
    list[row.idx - 1] = Number(row.baseline);
  }
  return { plans, baselines, extensions: await approvedExtensions(db, ids), closures: await closedTasks(db, ids) };
};
