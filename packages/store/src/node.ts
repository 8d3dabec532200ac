// @plan/store/node — the engines a URL names in Node: a SQLite file (better-sqlite3) or PostgreSQL (pg).

import { Effect, Layer } from "effect";
import type { Kysely } from "kysely";
import { storeClient, type PlanStoreClient } from "./client.js";
import { openKysely } from "./engines/open.js";
import { databaseTarget, redact } from "./engines/url.js";
import { StoreError, toStoreError } from "./errors.js";
import { migrate } from "./migrations.js";
import { makePlanStore, PlanStore, RETRY } from "./store.js";

/** Opens (and migrates) the database a URL names, closing it when the scope closes. */
export const acquireDatabase = (url?: string, env: Record<string, string | undefined> = {}) =>
  Effect.acquireRelease(
    Effect.tryPromise({
      try: async () => {
        const target = databaseTarget(url, env);
        const db = await openKysely(target);
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

/** Opens the store a URL names (PLAN_DB, DATABASE_URL, ./.plan/plan.db when not given). */
export const openStore = (url?: string, env: Record<string, string | undefined> = process.env): Promise<PlanStoreClient> => storeClient(PlanStoreLive(url, env));

export { databaseTarget, redact, DEFAULT_SQLITE_PATH, type DatabaseTarget, type EngineName } from "./engines/url.js";
export { openKysely } from "./engines/open.js";
export { type LookupAll, nodeOutbound, nodePost } from "./app/outbound-node.js";
