// The database as operators see it: which engine, whether it answers, the last migration applied
// and how much it holds. Read over the store's own connection (PlanStore.databaseState), for /metrics.

import { type Kysely, sql } from "kysely";
import type { DatabaseTarget } from "./engines/url.js";
import type { Database } from "./schema.js";

export interface DatabaseState {
  readonly engine: DatabaseTarget["engine"];
  /** Whether the database answered a query just now. */
  readonly reachable: boolean;
  /** The last migration applied, e.g. "0003_list_pages"; null when unreachable. */
  readonly migration: string | null;
  readonly plans: number | null;
  readonly reports: number | null;
  /** Why it is unreachable (no location or credentials: the driver's message only). */
  readonly error?: string;
}

/** Reads the state of an open database; never rejects (an unreachable database is a state). */
export const readDatabaseState = async (db: Kysely<Database>, target: DatabaseTarget): Promise<DatabaseState> => {
  try {
    // kysely's Migrator keeps the names it applied in kysely_migration; names sort in order.
    const last = await sql<{ name: string }>`select name from kysely_migration order by name desc limit 1`.execute(db);
    const [plans, reports] = await Promise.all([
      db
        .selectFrom("plans")
        .select((eb) => eb.fn.countAll<number | string>().as("n"))
        .executeTakeFirstOrThrow(),
      db
        .selectFrom("progress")
        .select((eb) => eb.fn.countAll<number | string>().as("n"))
        .executeTakeFirstOrThrow(),
    ]);
    // PostgreSQL counts in bigint, which pg hands over as a string.
    return { engine: target.engine, reachable: true, migration: last.rows[0]?.name ?? null, plans: Number(plans.n), reports: Number(reports.n) };
  } catch (error) {
    return { engine: target.engine, reachable: false, migration: null, plans: null, reports: null, error: (error as Error).message.replace(/\w+:\/\/\S+/g, "<url>") };
  }
};
