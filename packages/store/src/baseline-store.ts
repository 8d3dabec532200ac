// The store's operation for a target's baseline as the office sets it. Part of PlanStoreService
// (store.ts spreads it in). The baseline lives in the targets row status reads, beside the plan's
// document, which stays as it was read; the write and its audit entry are one transaction. Who may
// is the verb's rule (app/set-baseline.ts).

import { type BaselineChange, checkBaseline } from "@plan/domain";
import type { Effect } from "effect";
import type { Kysely } from "kysely";
import type { StoreError } from "./errors.js";
import type { OperationDeps } from "./operation-deps.js";
import { recordAudit } from "./repo/audit.js";
import type { Database } from "./schema.js";

export interface BaselineOperations {
  /** Sets a target's baseline (a number, or as people write it: 35%, 1.2万公里) and records target.baseline with the value before. */
  readonly saveBaseline: (ref: string, task: string, target: number | string, value: number | string, actor: string) => Effect.Effect<BaselineChange, StoreError>;
}

/** The baseline operation over an open database. */
export const baselineOperations = (db: Kysely<Database>, { run, planId, planById, newId }: OperationDeps): BaselineOperations => ({
  saveBaseline: (ref, task, target, value, actor) =>
    run(async (now) => {
      const id = await planId(ref);
      const checked = checkBaseline(await planById(id), task, target, value);
      return db.transaction().execute(async (trx) => {
        const row = await trx.selectFrom("targets").select("baseline").where("plan_id", "=", id).where("task_id", "=", checked.task).where("idx", "=", checked.target).executeTakeFirstOrThrow();
        const previous = Number(row.baseline);
        await trx.updateTable("targets").set({ baseline: checked.baseline }).where("plan_id", "=", id).where("task_id", "=", checked.task).where("idx", "=", checked.target).execute();
        const change: BaselineChange = { plan: id, task: checked.task, target: checked.target, text: checked.text, unit: checked.unit, previous, baseline: checked.baseline };
        await recordAudit(trx, {
          id: newId(),
          at: now(),
          actor,
          action: "target.baseline",
          planId: id,
          entity: `${checked.task}.t${checked.target}`,
          details: { task: checked.task, target: checked.target, unit: checked.unit, previous, baseline: checked.baseline },
        });
        return change;
      });
    }),
});
