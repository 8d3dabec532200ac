// @plan/store/d1 — the store on a Cloudflare D1 binding, for Workers. Migrations run when it opens.

import { Effect, Layer } from "effect";
import type { Kysely } from "kysely";
import { storeClient, type PlanStoreClient } from "./client.js";
import { openD1Kysely, type D1Like } from "./engines/d1.js";
import { toStoreError } from "./errors.js";
import { migrate } from "./migrations.js";
import { makePlanStore, PlanStore, RETRY } from "./store.js";

/** Opens (and migrates) the database of a D1 binding. */
const acquireD1Database = (binding: D1Like) =>
  Effect.tryPromise({
    try: async () => {
      const db = openD1Kysely(binding);
      await migrate(db as Kysely<unknown>);
      return { db, target: { engine: "d1", location: "D1" } as const };
    },
    catch: toStoreError,
  }).pipe(Effect.retry(RETRY));

export const PlanStoreD1Live = (binding: D1Like) =>
  Layer.effect(
    PlanStore,
    Effect.map(acquireD1Database(binding), ({ db, target }) => makePlanStore(db, target)),
  );

export const openD1Store = (binding: D1Like): Promise<PlanStoreClient> => storeClient(PlanStoreD1Live(binding));

export { D1Dialect, openD1Kysely, type D1Like } from "./engines/d1.js";
