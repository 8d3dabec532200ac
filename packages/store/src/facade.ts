// The store without Effect: a Promise API over the same service, for code that does not use
// Effect. Failures reject with the StoreError (code, message, details).

import { Cause, Effect, Exit, ManagedRuntime } from "effect";
import { PlanStore, PlanStoreLive, type PlanStoreService } from "./store.js";

type Promised<S> = {
  [K in keyof S]: S[K] extends (...args: infer A) => Effect.Effect<infer R, infer _E> ? (...args: A) => Promise<R> : S[K];
};

export type PlanStoreClient = Omit<Promised<PlanStoreService>, "target"> & {
  readonly target: PlanStoreService["target"];
  close(): Promise<void>;
};

const unwrap = async <A, E>(exit: Promise<Exit.Exit<A, E>>): Promise<A> => {
  const result = await exit;
  if (Exit.isSuccess(result)) return result.value;
  throw Cause.squash(result.cause);
};

/** Opens the store a URL names (PLAN_DB, DATABASE_URL, ./.plan/plan.db when not given). */
export const openStore = async (url?: string, env: Record<string, string | undefined> = process.env): Promise<PlanStoreClient> => {
  const runtime = ManagedRuntime.make(PlanStoreLive(url, env));
  try {
    const service = await unwrap(runtime.runPromiseExit(PlanStore.use((s) => Effect.succeed(s))));
    const client: Record<string, unknown> = { target: service.target, close: () => runtime.dispose() };
    for (const [name, value] of Object.entries(service)) {
      if (typeof value === "function") client[name] = (...args: unknown[]) => unwrap(runtime.runPromiseExit((value as (...a: unknown[]) => Effect.Effect<unknown, unknown>)(...args)));
    }
    return client as PlanStoreClient;
  } catch (error) {
    await runtime.dispose();
    throw error;
  }
};
