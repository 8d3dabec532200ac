// plan close|reopen <plan> <task>: the office's close-out (办结) of a task, and its undoing.

import { closeTask, reopenTask } from "@plan/store";
import { EXIT, usageError } from "../errors.js";
import type { Io } from "../io.js";
import { DB_OPTION, withStore } from "../with-store.js";
import { parseCommandArgs } from "./args.js";
import { office } from "./office.js";

export const closeHelp = `plan close <plan> <task> [--note TEXT] [--json] [--db URL]
  Closes a task (办结): it counts as achieved in status and owes no more reminders.
plan reopen <plan> <task> [--note TEXT] [--json] [--db URL]
  Reopens a closed task: status assesses it from its reports again. Both are recorded in the
  audit log (plan audit); closing a closed task or reopening an open one is refused.`;

const step =
  (which: "close" | "reopen") =>
  async (argv: string[], io: Io): Promise<number> => {
    const { values, positionals } = parseCommandArgs(argv, { ...DB_OPTION, note: { type: "string" }, json: { type: "boolean", default: false } });
    const [planRef, task] = positionals;
    if (planRef === undefined || task === undefined) throw usageError("missing <plan> or <task>");
    const verb = which === "close" ? closeTask : reopenTask;
    const closure = await withStore(io, values.db, (store) => store.run(verb(planRef, task, { note: values.note }, office(io))));
    if (values.json) io.stdout(`${JSON.stringify(closure, null, 2)}\n`);
    else io.stdout(which === "close" ? `task ${closure.task} closed ${closure.closedAt.slice(0, 10)}\n` : `task ${closure.task} reopened ${closure.reopenedAt?.slice(0, 10)}\n`);
    return EXIT.ok;
  };

export const close = step("close");
export const reopen = step("reopen");
