// The store for front ends, and its one door: run(verb) runs a verb of the application layer
// (./app), which decides who may act; authenticate(secret) finds the key a request carries.
// Built from any PlanStore layer (a URL's engine in Node, a D1 binding in a Worker); failures
// reject with the typed StoreError.

import { Cause, Effect, Exit, type Layer, ManagedRuntime } from "effect";
import type { DatabaseTarget } from "./engines/url.js";
import type { StoreError } from "./errors.js";
import type { ApiKey } from "./repo/keys.js";
import { PlanStore } from "./store.js";

export interface PlanStoreClient {
  /** The database the store is on, for messages and metrics. */
  readonly target: DatabaseTarget;
  /** Runs a verb of the application layer; rejects with its StoreError. */
  run<A>(verb: Effect.Effect<A, StoreError, PlanStore>): Promise<A>;
  /** The live key a secret belongs to, or null: who a request's caller is, before any verb. */
  authenticate(secret: string): Promise<ApiKey | null>;
  close(): Promise<void>;
}

const unwrap = async <A, E>(exit: Promise<Exit.Exit<A, E>>): Promise<A> => {
  const result = await exit;
  if (Exit.isSuccess(result)) return result.value;
  throw Cause.squash(result.cause);
};

/** A client over a PlanStore layer; close() releases what the layer acquired. */
export const storeClient = async (layer: Layer.Layer<PlanStore, StoreError>): Promise<PlanStoreClient> => {
  const runtime = ManagedRuntime.make(layer);
  try {
    const service = await unwrap(runtime.runPromiseExit(PlanStore.use((s) => Effect.succeed(s))));
    const run = <A>(verb: Effect.Effect<A, StoreError, PlanStore>) => unwrap(runtime.runPromiseExit(verb));
    return {
      target: service.target,
      run,
      authenticate: (secret) => run(service.keyBySecret(secret)),
      close: () => runtime.dispose(),
    };
  } catch (error) {
    await runtime.dispose();
    throw error;
  }
};
