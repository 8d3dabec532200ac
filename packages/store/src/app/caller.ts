// Who calls a verb of the office's supervision: the actor for the audit log, the key's role, and
// for a unit's key the unit it acts for. The CLI, run by the office on its own database, is admin.

import { Effect } from "effect";
import { refuse, type StoreError } from "../errors.js";
import type { KeyRole } from "../repo/keys.js";

export interface Caller {
  /** Who acts (a key id, cli:user), for the record and the audit log. */
  readonly actor: string;
  readonly role: KeyRole;
  /** The unit a unit's key acts for. */
  readonly unit?: string | null | undefined;
}

/** Refuses with auth.forbidden anyone but the office (an admin key or the CLI). */
export const officeOnly = (caller: Caller, what: string): Effect.Effect<void, StoreError> =>
  caller.role === "admin" ? Effect.void : refuse("auth.forbidden", `only the office (an admin key) may ${what}; this is a ${caller.role} key`, { role: caller.role });
