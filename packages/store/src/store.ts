// PlanStore: the store as an Effect service, one layer per engine chosen by URL. Every operation
// fails with a typed StoreError, runs multi-row writes in one transaction, records an audit entry
// for each write, and retries what a busy or briefly unreachable database refuses.

import {
  admitReport,
  admitRetry,
  type CheckedProgress,
  checkProgress,
  PlanError,
  type ProgressImportResult,
  type SheetProblemItem,
  planStatus,
  type ImportResult,
  type Plan,
  type PlanStatus,
  type ProgressReport,
} from "@plan/domain";
import { Clock, Context, Effect, Schedule } from "effect";
import type { Kysely } from "kysely";
import { setBounded } from "./bounded.js";
import type { DatabaseTarget } from "./engines/url.js";
import { type StoreError, toStoreError } from "./errors.js";
import { listAudit, recordAudit, type AuditEntry } from "./repo/audit.js";
import { insertFirstKey, keyExists } from "./repo/bootstrap.js";
import { findKeyByHash, hashSecret, insertKey, listKeys, newSecret, revokeKey, type ApiKey, type KeyRole } from "./repo/keys.js";
import { type DeletedPlan, deletePlanRows, findPlanSummary, insertPlan, listPlans, loadPlan, previousRevision, refuseReplaced, resolvePlanId, type PlanSummary } from "./repo/plans.js";
import type { Page, PageRequest } from "./repo/cursor.js";
import { findReport, insertReports, latestReports, newReport, pageReports, type ReportFilter } from "./repo/progress.js";
import { claimPlace, findEarlier, lastReportId, placeOf } from "./repo/duplicates.js";
import { carryProgress, rereadId } from "./repo/revisions.js";
import { loadStatusPlans } from "./repo/status-plans.js";
import { pacer } from "./repo/pace.js";
import type { Database } from "./schema.js";
import { type DatabaseState, readDatabaseState } from "./state.js";
import { type BaselineOperations, baselineOperations } from "./baseline-store.js";
import { type SupervisionOperations, supervisionOperations } from "./supervision-store.js";

export interface ImportOptions {
  /** Where the document came from (a file name), for the record. */
  readonly source: string;
  /** Who imports it, for the audit log. */
  readonly actor: string;
  /** The plan this document revises; found by title and year when not given. */
  readonly revises?: string | undefined;
}

export type { ImportResult } from "@plan/domain";

export interface PlanStoreService extends SupervisionOperations, BaselineOperations {
  readonly target: DatabaseTarget;
  readonly savePlan: (plan: Plan, options: ImportOptions) => Effect.Effect<ImportResult, StoreError>;
  /**
   * Deletes a plan with its tasks, reports and all it holds, recording plan.delete in the audit
   * log (which keeps its entries). Who may is the deletePlan verb's rule, not the service's.
   */
  readonly erasePlan: (ref: string, actor: string) => Effect.Effect<DeletedPlan, StoreError>;
  /** A page of plans, oldest import first. A malformed or foreign cursor fails with request.invalid. */
  readonly plansPage: (page?: PageRequest) => Effect.Effect<Page<PlanSummary>, StoreError>;
  /** A plan's summary (where it came from, what it revises, what supersedes it) by id or unambiguous id prefix. */
  readonly summaryOf: (ref: string) => Effect.Effect<PlanSummary, StoreError>;
  /** A plan by id or unambiguous id prefix. */
  readonly loadPlan: (ref: string) => Effect.Effect<Plan, StoreError>;
  /**
   * Checks a report against the plan (task, target, unit, period, value) and appends it: a
   * different report for the same item, unit and period replaces the one before (a loader's
   * append). Front ends go through recordProgress, which refuses that unless asked to replace.
   */
  readonly appendReport: (ref: string, input: unknown, actor: string) => Effect.Effect<ProgressReport, StoreError>;
  /** A page of a plan's reports, oldest first. A malformed or foreign cursor fails with request.invalid. */
  readonly reportsPage: (ref: string, filter?: ReportFilter, page?: PageRequest) => Effect.Effect<Page<ProgressReport>, StoreError>;
  readonly statusOf: (ref: string, asOf: string) => Effect.Effect<PlanStatus, StoreError>;
  /** The status of every plan in the store (or of the given ones), as of a date. */
  readonly statusesOf: (asOf: string, refs?: readonly string[]) => Effect.Effect<PlanStatus[], StoreError>;
  readonly auditLog: (ref?: string) => Effect.Effect<AuditEntry[], StoreError>;
  /**
   * addProgress with an idempotency key: the same key from the same actor records once; a
   * retry gets the first report back (replayed), a different request under that key is a conflict.
   */
  readonly saveReport: (ref: string, input: unknown, actor: string, idempotencyKey?: string, replace?: boolean) => Effect.Effect<{ report: ProgressReport; replayed: boolean }, StoreError>;
  /**
   * Records checked reports from progress sheets in one transaction: all or none. A row the same
   * as the report stored for its item, unit and period is unchanged; a different one fails the
   * whole import with progress.duplicate (details.errors naming each row) unless replace is chosen.
   */
  readonly saveReports: (ref: string, rows: readonly ImportRow[], options: ImportRowsOptions) => Effect.Effect<ProgressImportResult, StoreError>;
  /** Creates an API key; the secret is returned once and only its hash is kept. */
  readonly insertKey: (role: KeyRole, unit: string | null, label: string, actor: string) => Effect.Effect<{ key: ApiKey; secret: string }, StoreError>;
  /**
   * Creates the first admin key, only while the store holds no key at all (checked in the same
   * statement as the write, so two racing calls cannot both succeed); otherwise fails with
   * store.conflict. The secret is returned once.
   */
  readonly insertFirstKey: (label: string, actor: string) => Effect.Effect<{ key: ApiKey; secret: string }, StoreError>;
  readonly allKeys: () => Effect.Effect<ApiKey[], StoreError>;
  readonly markRevoked: (id: string, actor: string) => Effect.Effect<boolean, StoreError>;
  /** The live key a secret belongs to, or null. */
  readonly keyBySecret: (secret: string) => Effect.Effect<ApiKey | null, StoreError>;
  /** The database as operators see it; never fails (an unreachable database is a state). */
  readonly readState: () => Effect.Effect<DatabaseState>;
}

/** A checked report from a progress sheet, with the file, sheet and row it came from. */
interface ImportRow {
  readonly report: CheckedProgress;
  readonly place: { readonly file: string; readonly sheet: string; readonly row: number };
}

/** Who imports which files, and whether a different report replaces the one stored. */
interface ImportRowsOptions {
  readonly actor: string;
  readonly files: readonly string[];
  readonly replace?: boolean | undefined;
}

export class PlanStore extends Context.Service<PlanStore, PlanStoreService>()("@plan/store/PlanStore") {}

// A busy SQLite file or a PostgreSQL failover: try again a few times, backing off.
export const RETRY = { schedule: Schedule.exponential("25 millis"), times: 4, while: (e: StoreError) => e.transient };

// The time of a write, from Effect's Clock (the one "today" is read from, so that a test that
// sets the instant sets both), and strictly increasing within a process: the audit log and lists
// order by time, and two steps in the same millisecond (a request and its decision in one test, a
// batch) would otherwise tie and come back in any order.
let last = 0;
const stampsFrom = (millis: number) => (): string => {
  last = Math.max(millis, last + 1);
  return new Date(last).toISOString();
};
// WebCrypto's UUIDs: the same in Node and in Workers.
const randomUUID = () => crypto.randomUUID();

/** The service over an open database. */
export const makePlanStore = (db: Kysely<Database>, target: DatabaseTarget): PlanStoreService => {
  const run = <A>(work: (now: () => string) => Promise<A>): Effect.Effect<A, StoreError> =>
    Effect.flatMap(Clock.currentTimeMillis, (millis) => Effect.tryPromise({ try: () => work(stampsFrom(millis)), catch: toStoreError }).pipe(Effect.retry(RETRY)));

  const planId = (ref: string) => resolvePlanId(db, ref);
  // Every API request authenticates, and hashing its secret (an asynchronous WebCrypto job) and
  // reading its key cost more than a cached read itself: a live key is remembered for a second.
  // A revocation through this store takes effect at once, one by another process within that second.
  const liveKeys = new Map<string, { key: ApiKey; until: number }>();
  const KEY_TTL_MS = 1000;
  // A plan never changes (its id is its content's hash; it can be deleted, never rewritten), so
  // parsed documents can be kept: reads of the same plan skip parsing its JSON. Bounded, least
  // recently used first out.
  const plans = new Map<string, Plan>();
  const planById = async (id: string): Promise<Plan> => {
    const plan = plans.get(id) ?? (await loadPlan(db, id));
    setBounded(plans, id, plan, 64);
    return plan;
  };

  const record = (ref: string, input: unknown, actor: string, idempotencyKey?: string, replace = false) =>
    run(async (now) => {
      const id = await planId(ref);
      const checked = checkProgress(await planById(id), input);
      const requestHash = await hashSecret(JSON.stringify({ plan: id, ...checked }));
      const replay = async () => {
        if (idempotencyKey === undefined) return null;
        const seen = await db.selectFrom("idempotency").select(["request_hash", "result_id"]).where("actor", "=", actor).where("key", "=", idempotencyKey).executeTakeFirst();
        const retry = admitRetry(idempotencyKey, seen && { requestHash: seen.request_hash, reportId: seen.result_id }, requestHash);
        if (retry.outcome === "refused") throw retry.error;
        if (retry.outcome === "first") return null;
        const report = await findReport(db, id, retry.reportId);
        return report ? { report, replayed: true } : null;
      };
      const earlier = await replay();
      if (earlier) return earlier;
      try {
        // The check for an earlier report and the write in one transaction, the write claiming its
        // place: of two writes of one item, unit and period racing, the loser fails on the claim,
        // is tried again (a transient conflict, see errors.ts) and then finds the winner's report.
        return await db.transaction().execute(async (trx) => {
          await refuseReplaced(trx, id, "report against");
          const after = await lastReportId(trx, id, checked);
          const admitted = admitReport(await findEarlier(trx, id, checked), replace);
          if (admitted.outcome === "unchanged") return { report: admitted.earlier, replayed: true };
          if (admitted.outcome === "refused") throw admitted.error;
          const report = newReport(id, checked, randomUUID(), now());
          await claimPlace(trx, id, checked, after);
          await insertReports(trx, [report]);
          if (idempotencyKey !== undefined) {
            await trx.insertInto("idempotency").values({ actor, key: idempotencyKey, request_hash: requestHash, result_id: report.id, created_at: report.reportedAt }).execute();
          }
          await recordAudit(trx, {
            id: randomUUID(),
            at: report.reportedAt,
            actor,
            action: "progress.add",
            planId: id,
            entity: report.id,
            details: { ...checked, ...(admitted.replaces ? { replaces: admitted.replaces.id } : {}) },
          });
          return { report, replayed: false };
        });
      } catch (error) {
        // Two retries racing: the loser finds the winner's report under the same key.
        const winner = toStoreError(error).code === "store.conflict" ? await replay() : null;
        if (winner) return winner;
        throw error;
      }
    });

  return {
    target,
    ...baselineOperations(db, { run, planId, planById, newId: randomUUID }),
    ...supervisionOperations(db, { run, planId, planById, newId: randomUUID }),
    savePlan: (document, options) =>
      run(async (now) => {
        let plan = document;
        const revises = options.revises !== undefined ? await resolvePlanId(db, options.revises) : undefined;
        // A replacement read from a stored document's very text with other options (--columns)
        // is a reading of its own: it takes an id from what it read, and the old reading stays.
        if (revises !== undefined && (await findPlanSummary(db, plan.id)) && JSON.stringify(plan) !== JSON.stringify(await loadPlan(db, plan.id))) plan = { ...plan, id: rereadId(plan) };
        const existing = await findPlanSummary(db, plan.id);
        if (existing) return { plan: existing, created: false, revisionOf: existing.revisionOf, carried: 0, notCarried: [] };
        // Only the current document can be replaced: replacing one already replaced would make two
        // current plans of one, each counted in the status of every plan.
        if (revises !== undefined) await refuseReplaced(db, revises, "replace");
        const imported = plan;
        return db.transaction().execute(async (trx) => {
          const revisionOf = revises ?? (await previousRevision(trx, imported));
          const importedAt = now();
          await insertPlan(trx, imported, { source: options.source, importedAt, revisionOf });
          const { carried, notCarried, extensions, closures } =
            revisionOf === null ? { carried: [], notCarried: [], extensions: 0, closures: 0 } : await carryProgress(trx, revisionOf, imported, randomUUID);
          await recordAudit(trx, {
            id: randomUUID(),
            at: importedAt,
            actor: options.actor,
            action: "plan.import",
            planId: imported.id,
            entity: imported.id,
            details: { source: options.source, tasks: imported.tasks.length, revisionOf, carried: carried.length, extensions, closures, notCarried: notCarried.length },
          });
          const summary: PlanSummary = {
            id: imported.id,
            title: imported.title,
            year: imported.year,
            tasks: imported.tasks.length,
            source: options.source,
            importedAt,
            revisionOf,
            supersededBy: null,
          };
          return { plan: summary, created: true, revisionOf, carried: carried.length, notCarried: [...notCarried] };
        });
      }),
    erasePlan: (ref, actor) =>
      run(async (now) => {
        const id = await planId(ref);
        const deleted = await db.transaction().execute(async (trx) => {
          const done = await deletePlanRows(trx, id);
          const { title, reports, revisionOf, relinked } = done;
          await recordAudit(trx, { id: randomUUID(), at: now(), actor, action: "plan.delete", planId: id, entity: id, details: { title, reports, revisionOf, relinked } });
          return done;
        });
        plans.delete(id);
        return deleted;
      }),
    plansPage: (page = {}) => run(() => listPlans(db, page)),
    summaryOf: (ref) => run(async () => (await findPlanSummary(db, await planId(ref)))!),
    // The id is looked up every time, even for a plan already parsed: another process (plan
    // delete beside a running server) may have deleted it since.
    loadPlan: (ref) => run(async () => planById(await planId(ref))),
    appendReport: (ref, input, actor) => Effect.map(record(ref, input, actor, undefined, true), (r) => r.report),
    saveReport: (ref, input, actor, idempotencyKey, replace) => record(ref, input, actor, idempotencyKey, replace),
    saveReports: (ref, rows, options) =>
      run(async (now) => {
        const id = await planId(ref);
        // Each new row claims its place, as a single write does: two imports of the same rows
        // racing record them once.
        return db.transaction().execute(async (trx) => {
          await refuseReplaced(trx, id, "import into");
          const at = now();
          const fresh: ProgressReport[] = [];
          const refused: SheetProblemItem[] = [];
          let unchanged = 0;
          let replaced = 0;
          const claimed = new Map<string, string>();
          const pause = pacer();
          for (const { report, place } of rows) {
            await pause();
            // Two rows of one import for the same place: the second follows the first.
            const after = claimed.get(placeOf(id, report)) ?? (await lastReportId(trx, id, report));
            const admitted = admitReport(await findEarlier(trx, id, report), options.replace === true);
            if (admitted.outcome === "unchanged") unchanged++;
            else if (admitted.outcome === "refused") refused.push({ ...place, column: null, field: null, message: admitted.error.message });
            else {
              if (admitted.replaces) replaced++;
              const made = newReport(id, report, randomUUID(), at);
              await claimPlace(trx, id, report, after);
              claimed.set(placeOf(id, report), made.id);
              fresh.push(made);
            }
          }
          if (refused.length > 0) {
            throw new PlanError("progress.duplicate", `${refused.length} row(s) conflict with reports already recorded or returned; nothing was recorded`, { errors: refused });
          }
          if (fresh.length > 0) await insertReports(trx, fresh);
          const result: ProgressImportResult = { planId: id, files: [...options.files], recorded: fresh.length, unchanged, replaced, reports: fresh.map((r) => r.id), empty: [] };
          const { reports: _ids, ...counts } = result;
          await recordAudit(trx, { id: randomUUID(), at, actor: options.actor, action: "progress.import", planId: id, entity: id, details: counts });
          return result;
        });
      }),
    insertKey: (role, unit, label, actor) =>
      run(async (now) => {
        const secret = newSecret();
        const key: ApiKey = { id: `key_${randomUUID().slice(0, 8)}`, role, unit, label, createdAt: now(), revokedAt: null };
        await db.transaction().execute(async (trx) => {
          await insertKey(trx, key, await hashSecret(secret));
          await recordAudit(trx, { id: randomUUID(), at: key.createdAt, actor, action: "key.create", planId: null, entity: key.id, details: { role, unit, label } });
        });
        return { key, secret };
      }),
    insertFirstKey: (label, actor) =>
      run(async (now) => {
        const secret = newSecret();
        const key: ApiKey = { id: `key_${randomUUID().slice(0, 8)}`, role: "admin", unit: null, label, createdAt: now(), revokedAt: null };
        const audit: AuditEntry = { id: randomUUID(), at: key.createdAt, actor, action: "key.bootstrap", planId: null, entity: key.id, details: { role: "admin", label } };
        const hash = await hashSecret(secret);
        // Serializable on PostgreSQL: two transactions that both saw no key cannot both commit
        // (the loser's serialization failure is retried, then sees the winner's key).
        await db
          .transaction()
          .setIsolationLevel("serializable")
          .execute((trx) => insertFirstKey(trx, key, hash, audit));
        if (!(await keyExists(db, key.id))) throw new PlanError("store.conflict", "the store already holds an API key: bootstrap is done once; use an admin key to create more", {});
        return { key, secret };
      }),
    allKeys: () => run(() => listKeys(db)),
    markRevoked: (id, actor) =>
      run(async (now) => {
        const revoked = await db.transaction().execute(async (trx) => {
          const at = now();
          const done = await revokeKey(trx, id, at);
          if (done) await recordAudit(trx, { id: randomUUID(), at, actor, action: "key.revoke", planId: null, entity: id, details: {} });
          return done;
        });
        // Forgotten once committed: a check made before the commit may have remembered it again.
        for (const [secret, live] of liveKeys) if (live.key.id === id) liveKeys.delete(secret);
        return revoked;
      }),
    keyBySecret: (secret) =>
      run(async () => {
        // A cache's own wall clock, not a time anything is recorded at.
        const at = Date.now();
        const known = liveKeys.get(secret);
        if (known !== undefined && known.until > at) return known.key;
        const key = await findKeyByHash(db, await hashSecret(secret));
        if (!key || key.revokedAt !== null) {
          liveKeys.delete(secret);
          return null;
        }
        setBounded(liveKeys, secret, { key, until: at + KEY_TTL_MS }, 1000);
        return key;
      }),
    reportsPage: (ref, filter = {}, page = {}) => run(async () => pageReports(db, await planId(ref), filter, page)),
    statusOf: (ref, asOf) =>
      run(async () => {
        const id = await planId(ref);
        const [statuses] = await portfolio(db, asOf, [id]);
        return statuses!;
      }),
    statusesOf: (asOf, refs) => run(async () => portfolio(db, asOf, refs === undefined ? undefined : await Promise.all(refs.map(planId)))),
    readState: () => Effect.promise(() => readDatabaseState(db, target)),
    auditLog: (ref) => run(async () => listAudit(db, ref === undefined ? undefined : await planId(ref))),
  };
};

const portfolio = async (db: Kysely<Database>, asOf: string, ids?: readonly string[]): Promise<PlanStatus[]> => {
  const { plans, baselines, extensions, closures } = await loadStatusPlans(db, ids);
  const reports = await latestReports(db, asOf, ids);
  const byPlan = new Map<string, ProgressReport[]>();
  for (const r of reports) (byPlan.get(r.planId) ?? byPlan.set(r.planId, []).get(r.planId)!).push(r);
  return plans.map((plan) =>
    planStatus(plan, byPlan.get(plan.id) ?? [], { asOf, baselines: baselines.get(plan.id) ?? new Map(), extensions: extensions.get(plan.id), closures: closures.get(plan.id) }),
  );
};
