// Making an API key: a unit's key belongs to a unit, and only a unit's key does.

import { Effect } from "effect";
import { refuse, type StoreError } from "../errors.js";
import type { ApiKey, KeyRole } from "../repo/keys.js";
import { PlanStore } from "../store.js";
import { allow, type Caller } from "./caller.js";

/** The roles a key can have. */
export const KEY_ROLES = ["admin", "unit", "viewer"] as const satisfies readonly KeyRole[];

export interface KeyRequest {
  readonly role: string;
  /** The unit a unit's key reports for. */
  readonly unit?: string | null | undefined;
  /** What the key is for; its role (and unit) by default. */
  readonly label?: string | undefined;
}

/** Creates a key and returns its secret, once: only its hash is kept. */
export const createKey = (request: KeyRequest, caller: Caller): Effect.Effect<{ key: ApiKey; secret: string }, StoreError, PlanStore> =>
  Effect.gen(function* () {
    yield* allow(caller, "manage keys");
    const { role, unit } = request;
    const invalid = (message: string, field: string) => refuse("request.invalid", message, { field });
    if (!(KEY_ROLES as readonly string[]).includes(role)) return yield* invalid(`role: "${role}" is not one of ${KEY_ROLES.join(", ")}`, "role");
    if (role === "unit" && !unit) return yield* invalid("a unit key needs the unit it reports for", "unit");
    if (role !== "unit" && unit) return yield* invalid(`a unit goes only with a unit key, not an ${role} key`, "unit");
    const label = request.label ?? `${role}${unit ? ` ${unit}` : ""}`;
    return yield* (yield* PlanStore).insertKey(role as KeyRole, unit ?? null, label, caller.actor);
  });
