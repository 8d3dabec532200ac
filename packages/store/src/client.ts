// The store for front ends: run(verb) runs an application verb (./app) over the service, and
// each service operation is also a plain Promise method. Built from any PlanStore layer (a URL's
// engine in Node, a D1 binding in a Worker); failures reject with the typed StoreError.

import { Cause, Effect, Exit, type Layer, ManagedRuntime } from "effect";
import type { StoreError } from "./errors.js";
import { PlanStore, type PlanStoreService } from "./store.js";

type Promised<S> = {
  [K in keyof S]: S[K] extends (...args: infer A) => Effect.Effect<infer R, infer _E> ? (...args: A) => Promise<R> : S[K];
};

export type PlanStoreClient = Omit<Promised<PlanStoreService>, "target"> & {
  readonly target: PlanStoreService["target"];
  /** Runs a verb of the application layer (or any Effect over the store); rejects with its StoreError. */
  run<A>(verb: Effect.Effect<A, StoreError, PlanStore>): Promise<A>;
  close(): Promise<void>;
};

const unwrap = async <A, E>(exit: Promise<Exit.Exit<A, E>>): Promise<A> => {
  const result = await exit;
  if (Exit.isSuccess(result)) return result.value;
  throw Cause.squash(result.cause);
};

/** A Promise client over a PlanStore layer; close() releases what the layer acquired. */
export const storeClient = async (layer: Layer.Layer<PlanStore, StoreError>): Promise<PlanStoreClient> => {
  const runtime = ManagedRuntime.make(layer);
  try {
    const service = await unwrap(runtime.runPromiseExit(PlanStore.use((s) => Effect.succeed(s))));
    const client: Record<string, unknown> = {
      target: service.target,
      run: <A>(verb: Effect.Effect<A, StoreError, PlanStore>) => unwrap(runtime.runPromiseExit(verb)),
      close: () => runtime.dispose(),
    };
    for (const [name, value] of Object.entries(service)) {
      if (typeof value === "function") client[name] = (...args: unknown[]) => unwrap(runtime.runPromiseExit((value as (...a: unknown[]) => Effect.Effect<unknown, unknown>)(...args)));
    }
    return client as PlanStoreClient;
  } catch (error) {
    await runtime.dispose();
    throw error;
  }
};
