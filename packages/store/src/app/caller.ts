// Who calls a verb, and what each kind of caller may do: the one table of access every front end
// inherits by going through the verbs. The CLI, run by the office on its own database, is admin.

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

/**
 * What a verb does, as far as access goes. Reading is everyone's; a unit writes what it owes
 * (its reports, its requests for more time), and the verb then checks that the unit owes it;
 * everything else is the office's.
 */
export type Act =
  | "read"
  | "report"
  | "request an extension"
  | "import a plan"
  | "replace a plan"
  | "delete a plan"
  | "set a baseline"
  | "review a report"
  | "decide an extension"
  | "close a task"
  | "reopen a task"
  | "send reminders"
  | "manage keys"
  | "read the server's metrics";

const UNIT_ACTS: ReadonlySet<Act> = new Set(["read", "report", "request an extension"]);

/** The roles that may do an act. */
export const rolesFor = (act: Act): readonly KeyRole[] => (act === "read" ? ["admin", "unit", "viewer"] : UNIT_ACTS.has(act) ? ["admin", "unit"] : ["admin"]);

/** Refuses with auth.forbidden a caller whose role may not do the act. */
export const allow = (caller: Caller, act: Act): Effect.Effect<void, StoreError> => {
  if (rolesFor(act).includes(caller.role)) return Effect.void;
  const who = rolesFor(act).includes("unit") ? "the office or a unit's own key" : "only the office (an admin key)";
  const message = `${who} may ${act}; this is a ${caller.role} key${caller.role === "viewer" ? ", which reads only" : ""}`;
  return refuse("auth.forbidden", message, { role: caller.role });
};
