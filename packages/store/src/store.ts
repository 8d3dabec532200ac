// PlanStore: the store as an Effect service, one layer per engine chosen by URL. Every operation
// fails with a typed StoreError, runs multi-row writes in one transaction, records an audit entry
// for each write, and retries what a busy or briefly unreachable database refuses.

import { randomUUID } from "node:crypto";
import { checkProgress, planStatus, type Plan, type PlanStatus, type ProgressReport } from "@plan/domain";
import { Context, Effect, Layer, Schedule } from "effect";
import type { Kysely } from "kysely";
import { openKysely } from "./engines/open.js";
import { databaseTarget, redact, type DatabaseTarget } from "./engines/url.js";
import { StoreError, toStoreError } from "./errors.js";
import { migrate } from "./migrations.js";
import { listAudit, recordAudit, type AuditEntry } from "./repo/audit.js";
import { findPlanSummary, insertPlan, listPlans, loadPlan, previousRevision, resolvePlanId, type PlanSummary } from "./repo/plans.js";
import { insertReports, latestReports, listReports, newReport, type ReportFilter } from "./repo/progress.js";
import { carryProgress } from "./repo/revisions.js";
import { loadStatusPlans } from "./repo/status-plans.js";
import type { Database } from "./schema.js";

export interface ImportOptions {
  /** Where the document came from (a file name), for the record. */
  readonly source: string;
  /** Who imports it, for the audit log. */
  readonly actor: string;
  /** The plan this document revises; found by title and year when not given. */
  readonly revises?: string | undefined;
}

export interface ImportResult {
  readonly plan: PlanSummary;
  /** False when the same document was imported before: nothing was written. */
  readonly created: boolean;
  readonly revisionOf: string | null;
  /** Progress reports carried over from the revised plan. */
  readonly carried: number;
}

export interface PlanStoreService {
  readonly target: DatabaseTarget;
  readonly importPlan: (plan: Plan, options: ImportOptions) => Effect.Effect<ImportResult, StoreError>;
  readonly listPlans: () => Effect.Effect<PlanSummary[], StoreError>;
  /** A plan by id or unambiguous id prefix. */
  readonly getPlan: (ref: string) => Effect.Effect<Plan, StoreError>;
  /** Checks a report against the plan (task, target, unit, period, value) and appends it. */
  readonly addProgress: (ref: string, input: unknown, actor: string) => Effect.Effect<ProgressReport, StoreError>;
  readonly listProgress: (ref: string, filter?: ReportFilter) => Effect.Effect<ProgressReport[], StoreError>;
  readonly status: (ref: string, asOf: string) => Effect.Effect<PlanStatus, StoreError>;
  /** The status of every plan in the store (or of the given ones), as of a date. */
  readonly portfolio: (asOf: string, refs?: readonly string[]) => Effect.Effect<PlanStatus[], StoreError>;
  readonly audit: (ref?: string) => Effect.Effect<AuditEntry[], StoreError>;
}

export class PlanStore extends Context.Service<PlanStore, PlanStoreService>()("@plan/store/PlanStore") {}

// A busy SQLite file or a PostgreSQL failover: try again a few times, backing off.
const RETRY = { schedule: Schedule.exponential("25 millis"), times: 4, while: (e: StoreError) => e.transient };

const now = () => new Date().toISOString();

/** The service over an open database. */
export const makePlanStore = (db: Kysely<Database>, target: DatabaseTarget): PlanStoreService => {
  const run = <A>(work: () => Promise<A>): Effect.Effect<A, StoreError> =>
    Effect.tryPromise({ try: work, catch: toStoreError }).pipe(Effect.retry(RETRY));

  const planId = (ref: string) => resolvePlanId(db, ref);

  return {
    target,
    importPlan: (plan, options) =>
      run(async () => {
        const existing = await findPlanSummary(db, plan.id);
        if (existing) return { plan: existing, created: false, revisionOf: existing.revisionOf, carried: 0 };
        return db.transaction().execute(async (trx) => {
          const revisionOf = options.revises !== undefined ? await resolvePlanId(trx, options.revises) : await previousRevision(trx, plan);
          const importedAt = now();
          await insertPlan(trx, plan, { source: options.source, importedAt, revisionOf });
          const carried = revisionOf === null ? 0 : await carryProgress(trx, revisionOf, plan, randomUUID);
          await recordAudit(trx, {
            id: randomUUID(),
            at: importedAt,
            actor: options.actor,
            action: "plan.import",
            planId: plan.id,
            entity: plan.id,
            details: { source: options.source, tasks: plan.tasks.length, revisionOf, carried },
          });
          const summary: PlanSummary = { id: plan.id, title: plan.title, year: plan.year, tasks: plan.tasks.length, source: options.source, importedAt, revisionOf };
          return { plan: summary, created: true, revisionOf, carried };
        });
      }),
    listPlans: () => run(() => listPlans(db)),
    getPlan: (ref) => run(async () => loadPlan(db, await planId(ref))),
    addProgress: (ref, input, actor) =>
      run(async () => {
        const id = await planId(ref);
        const checked = checkProgress(await loadPlan(db, id), input);
        const report = newReport(id, checked, randomUUID(), now());
        await db.transaction().execute(async (trx) => {
          await insertReports(trx, [report]);
          await recordAudit(trx, { id: randomUUID(), at: report.reportedAt, actor, action: "progress.add", planId: id, entity: report.id, details: { ...checked } });
        });
        return report;
      }),
    listProgress: (ref, filter = {}) => run(async () => listReports(db, await planId(ref), filter)),
    status: (ref, asOf) =>
      run(async () => {
        const id = await planId(ref);
        const [statuses] = await portfolio(db, asOf, [id]);
        return statuses!;
      }),
    portfolio: (asOf, refs) => run(async () => portfolio(db, asOf, refs === undefined ? undefined : await Promise.all(refs.map(planId)))),
    audit: (ref) => run(async () => listAudit(db, ref === undefined ? undefined : await planId(ref))),
  };
};

const portfolio = async (db: Kysely<Database>, asOf: string, ids?: readonly string[]): Promise<PlanStatus[]> => {
  const { plans, baselines } = await loadStatusPlans(db, ids);
  const reports = await latestReports(db, asOf, ids);
  const byPlan = new Map<string, ProgressReport[]>();
  for (const r of reports) (byPlan.get(r.planId) ?? byPlan.set(r.planId, []).get(r.planId)!).push(r);
  return plans.map((plan) => planStatus(plan, byPlan.get(plan.id) ?? [], { asOf, baselines: baselines.get(plan.id) ?? new Map() }));
};

/** Opens (and migrates) the database a URL names, closing it when the scope closes. */
export const acquireDatabase = (url?: string, env: Record<string, string | undefined> = {}) =>
  Effect.acquireRelease(
    Effect.tryPromise({
      try: async () => {
        const target = databaseTarget(url, env);
        const db = openKysely(target);
        try {
          await migrate(db as Kysely<unknown>);
        } catch (error) {
          await db.destroy();
          throw error;
        }
        return { db, target };
      },
      catch: (error) => {
        const e = toStoreError(error);
        return new StoreError({ ...e, message: `cannot open the database ${redact(databaseTarget(url, env))}: ${e.message}` });
      },
    }).pipe(Effect.retry(RETRY)),
    ({ db }) => Effect.promise(() => db.destroy()),
  );

/** The PlanStore layer for a database URL (SQLite file by default, PostgreSQL for postgres://…). */
export const PlanStoreLive = (url?: string, env: Record<string, string | undefined> = {}) =>
  Layer.effect(
    PlanStore,
    Effect.map(acquireDatabase(url, env), ({ db, target }) => makePlanStore(db, target)),
  );
