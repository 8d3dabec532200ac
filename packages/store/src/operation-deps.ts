// What the store's operation families (baselines, supervision) borrow from the service that
// assembles them in store.ts: its retrying runner (which hands each piece of work the time, read
// from Effect's Clock), plan look-ups and ids.

import type { Plan } from "@plan/domain";
import type { Effect } from "effect";
import type { StoreError } from "./errors.js";

export interface OperationDeps {
  readonly run: <A>(work: (now: () => string) => Promise<A>) => Effect.Effect<A, StoreError>;
  readonly planId: (ref: string) => Promise<string>;
  readonly planById: (id: string) => Promise<Plan>;
  readonly newId: () => string;
}
