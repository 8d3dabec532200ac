// For the store's own tests and benchmarks only (exported from @plan/store/testing): the service
// beneath the verbs as Promise methods, to check storage itself (transactions, engines, races).
// Front ends never see it: they go through run(verb).

import type { Effect } from "effect";
import type { PlanStoreClient } from "./client.js";
import { PlanStore, type PlanStoreService } from "./store.js";

type Promised<S> = {
  [K in keyof S]: S[K] extends (...args: infer A) => Effect.Effect<infer R, infer _E> ? (...args: A) => Promise<R> : S[K];
};

/** The client, with every service operation beside run(verb). */
export type ServiceClient = PlanStoreClient & Omit<Promised<PlanStoreService>, "target">;

export const serviceClient = (client: PlanStoreClient): ServiceClient =>
  new Proxy(client, {
    get(target, name, receiver) {
      // `then` is no operation: a client returned from an async function must not look like a promise.
      if (typeof name !== "string" || name === "then" || name in target) return Reflect.get(target, name, receiver);
      return (...args: unknown[]) =>
        target.run(PlanStore.use((service) => (service[name as keyof PlanStoreService] as (...a: unknown[]) => Effect.Effect<unknown, never>)(...args)) as Effect.Effect<unknown, never, PlanStore>);
    },
  }) as ServiceClient;
