// The store's operations for the office's supervision: reviewing reports, extension requests and
// decisions, close-outs. Part of PlanStoreService (store.ts spreads them in); each write and its
// audit entry are one transaction, and each decision is taken once (checked in the write itself).
// Who may do what is the verbs' rule (app/review.ts, app/extensions.ts, app/close-out.ts).

import { checkExtension, checkReview, type Extension, ExtensionDecision, findTask, PlanError, type ProgressReport, type TaskClosure } from "@plan/domain";
import type { Effect } from "effect";
import type { Kysely } from "kysely";
import type { StoreError } from "./errors.js";
import type { OperationDeps } from "./operation-deps.js";
import { recordAudit } from "./repo/audit.js";
import { closeTask, listClosures, reopenTask } from "./repo/closures.js";
import { approvedExtensions, decideExtension, extensionId, insertExtension, listExtensions } from "./repo/extensions.js";
import { returnedReports, reviewReport } from "./repo/reviews.js";
import type { Database } from "./schema.js";

export interface SupervisionOperations {
  /** Accepts or returns a submitted report (a return needs a reason); returning takes it out of status. */
  readonly saveReview: (ref: string, reportId: string, decision: unknown, actor: string) => Effect.Effect<ProgressReport, StoreError>;
  /** Records a unit's extension request, checked against the plan (the unit answers for the task; the date moves the deadline). */
  readonly insertExtension: (ref: string, request: unknown, actor: string) => Effect.Effect<Extension, StoreError>;
  /** Approves or refuses a request awaiting a decision; deciding twice is store.conflict. */
  readonly saveDecision: (ref: string, id: string, decision: unknown, actor: string) => Effect.Effect<Extension, StoreError>;
  /** A plan's extension requests, in the order asked. */
  readonly extensionsOf: (ref: string) => Effect.Effect<Extension[], StoreError>;
  /** Closes a task (办结); closing a closed task is store.conflict. */
  readonly insertClosure: (ref: string, task: string, note: string, actor: string) => Effect.Effect<TaskClosure, StoreError>;
  /** Reopens a closed task; reopening an open one is store.conflict. */
  readonly markReopened: (ref: string, task: string, note: string, actor: string) => Effect.Effect<TaskClosure, StoreError>;
  /** A plan's close-out records, in the order closed. */
  readonly closuresOf: (ref: string) => Effect.Effect<TaskClosure[], StoreError>;
  /** A plan's returned reports, oldest return first. */
  readonly returnedReportsOf: (ref: string) => Effect.Effect<ProgressReport[], StoreError>;
}

const decisionOf = (raw: unknown) => {
  const parsed = ExtensionDecision.safeParse(raw);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0]!;
  const field = issue.path.join(".") || "decision";
  throw new PlanError("request.invalid", `${field}: ${issue.message}`, { field });
};

/** The supervision operations over an open database. */
export const supervisionOperations = (db: Kysely<Database>, { run, planId, planById, newId }: OperationDeps): SupervisionOperations => ({
  saveReview: (ref, reportId, decision, actor) =>
    run(async (now) => {
      const id = await planId(ref);
      const review = checkReview(decision, actor, now());
      return db.transaction().execute(async (trx) => {
        const report = await reviewReport(trx, id, reportId, review);
        await recordAudit(trx, { id: newId(), at: review.at!, actor, action: "progress.review", planId: id, entity: reportId, details: { state: review.state, reason: review.reason } });
        return report;
      });
    }),
  insertExtension: (ref, request, actor) =>
    run(async (now) => {
      const id = await planId(ref);
      const plan = await planById(id);
      const approved = await approvedExtensions(db, [id]);
      const checked = checkExtension(plan, request, (task) => approved.get(id)?.get(task) ?? []);
      const at = now();
      return db.transaction().execute(async (trx) => {
        const extension = await insertExtension(trx, id, checked, { id: extensionId(newId), by: actor, at });
        await recordAudit(trx, { id: newId(), at, actor, action: "extension.request", planId: id, entity: extension.id, details: { ...checked } });
        return extension;
      });
    }),
  saveDecision: (ref, extensionId, raw, actor) =>
    run(async (now) => {
      const id = await planId(ref);
      const { decision, note } = decisionOf(raw);
      const at = now();
      const state = decision === "approve" ? "approved" : "refused";
      return db.transaction().execute(async (trx) => {
        const extension = await decideExtension(trx, id, extensionId, { state, by: actor, at, note });
        await recordAudit(trx, {
          id: newId(),
          at,
          actor,
          action: `extension.${decision}`,
          planId: id,
          entity: extensionId,
          details: { task: extension.task, target: extension.target, milestone: extension.milestone, from: extension.from, to: extension.to, note },
        });
        return extension;
      });
    }),
  extensionsOf: (ref) => run(async () => listExtensions(db, await planId(ref))),
  insertClosure: (ref, taskRef, note, actor) =>
    run(async (now) => {
      const id = await planId(ref);
      const task = findTask(await planById(id), taskRef).id;
      const at = now();
      return db.transaction().execute(async (trx) => {
        const closure = await closeTask(trx, id, task, { by: actor, at, note });
        await recordAudit(trx, { id: newId(), at, actor, action: "task.close", planId: id, entity: task, details: { note } });
        return closure;
      });
    }),
  markReopened: (ref, taskRef, note, actor) =>
    run(async (now) => {
      const id = await planId(ref);
      const task = findTask(await planById(id), taskRef).id;
      const at = now();
      return db.transaction().execute(async (trx) => {
        const closure = await reopenTask(trx, id, task, { by: actor, at, note });
        await recordAudit(trx, { id: newId(), at, actor, action: "task.reopen", planId: id, entity: task, details: { note } });
        return closure;
      });
    }),
  closuresOf: (ref) => run(async () => listClosures(db, await planId(ref))),
  returnedReportsOf: (ref) => run(async () => returnedReports(db, await planId(ref))),
});
