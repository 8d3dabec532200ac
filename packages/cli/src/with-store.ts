// Opens the store a command names (--db, else PLAN_DB, DATABASE_URL, ./.plan/plan.db) for the
// length of one command. Its failures carry the domain's codes: main.ts maps them.

import type { PlanStoreClient } from "@plan/store";
import { openStore } from "@plan/store/node";
import { databaseIn, type Io } from "./io.js";

export const DB_OPTION = { db: { type: "string" } } as const;
export const DB_HELP = "  --db URL       a SQLite file (default ./.plan/plan.db, or PLAN_DB / DATABASE_URL) or postgres://…";

export const withStore = async <A>(io: Io, url: string | undefined, work: (store: PlanStoreClient) => Promise<A>): Promise<A> => {
  const store = await openStore(databaseIn(io, url), io.env);
  try {
    return await work(store);
  } finally {
    await store.close();
  }
};
