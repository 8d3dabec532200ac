// Opens the store a command names (--db, else PLAN_DB, DATABASE_URL, ./.plan/plan.db) for the
// length of one command, and turns store failures into one-line CLI errors.

import { PlanError } from "@plan/domain";
import { StoreError, type PlanStoreClient } from "@plan/store";
import { openStore } from "@plan/store/node";
import { CliError, exitCodeOf } from "./errors.js";

export const DB_OPTION = { db: { type: "string" } } as const;
export const DB_HELP = "  --db URL       a SQLite file (default ./.plan/plan.db, or PLAN_DB / DATABASE_URL) or postgres://…";

export const withStore = async <A>(url: string | undefined, work: (store: PlanStoreClient) => Promise<A>): Promise<A> => {
  let store: PlanStoreClient;
  try {
    store = await openStore(url, process.env);
  } catch (error) {
    throw asCliError(error);
  }
  try {
    return await work(store);
  } catch (error) {
    throw asCliError(error);
  } finally {
    await store.close();
  }
};

const asCliError = (error: unknown): unknown =>
  error instanceof StoreError || error instanceof PlanError ? new CliError(error.message, exitCodeOf(error.code)) : error;
