// The API's keys beyond making one (create-key.ts): listing and revoking them is the office's, and
// the first admin key is made only while the store holds none.

import { Effect } from "effect";
import { refuse, type StoreError } from "../errors.js";
import type { ApiKey } from "../repo/keys.js";
import { PlanStore } from "../store.js";
import { allow, type Caller } from "./caller.js";

/** Every key, live and revoked, without secrets. */
export const listKeys = (caller: Caller): Effect.Effect<ApiKey[], StoreError, PlanStore> =>
  Effect.andThen(
    allow(caller, "manage keys"),
    PlanStore.use((store) => store.allKeys()),
  );

/** Revokes a live key: request.not-found when there is none by that id. */
export const revokeKey = (id: string, caller: Caller): Effect.Effect<void, StoreError, PlanStore> =>
  Effect.gen(function* () {
    yield* allow(caller, "manage keys");
    if (!(yield* (yield* PlanStore).markRevoked(id, caller.actor))) return yield* refuse("request.not-found", `no live key ${id}`, { id });
  });

/**
 * The first admin key, made only while the store holds no key at all (store.conflict once any
 * key exists, checked in the same transaction as the write). Whoever may ask is the front end's
 * door to decide (the API asks for the deployment's bootstrap secret first, so that a stranger
 * learns nothing of the store).
 */
export const bootstrapKey = (label: string): Effect.Effect<{ key: ApiKey; secret: string }, StoreError, PlanStore> => PlanStore.use((store) => store.insertFirstKey(label, "bootstrap"));
