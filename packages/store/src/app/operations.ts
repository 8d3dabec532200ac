// What an operator reads about the running store: the database's state, for the metrics.

import { Effect } from "effect";
import type { StoreError } from "../errors.js";
import type { DatabaseState } from "../state.js";
import { PlanStore } from "../store.js";
import { allow, type Caller } from "./caller.js";

/** The database as operators see it (engine, schema version, reachability): the office's. */
export const databaseState = (caller: Caller): Effect.Effect<DatabaseState, StoreError, PlanStore> =>
  Effect.andThen(
    allow(caller, "read the server's metrics"),
    PlanStore.use((store) => store.readState()),
  );
