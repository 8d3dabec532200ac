// plan baseline <plan> <task> <target> <value>: the office sets where a target starts from.

import { formatQuantity } from "@plan/domain";
import { setBaseline } from "@plan/store";
import { EXIT, usageError } from "../errors.js";
import type { Io } from "../io.js";
import { DB_OPTION, withStore } from "../with-store.js";
import { parseCommandArgs } from "./args.js";
import { office } from "./office.js";

export const baselineHelp = `plan baseline <plan> <task> <target> <value> [--json] [--db URL]
  Sets a target's baseline (基数), where status measures its progress from: a rate target
  由30%提高到40% runs from 30 %, not from 0. <target> is the target's number or words of its text;
  <value> is written as people write it (30%, 1.2万公里, 3000万元) and kept in the target's unit.
  The audit log records the change with the value before (target.baseline).
  --json         print the change as JSON`;

export const baselineCommand = async (argv: string[], io: Io): Promise<number> => {
  const { values, positionals } = parseCommandArgs(argv, { ...DB_OPTION, json: { type: "boolean", default: false } });
  const [planRef, taskRef, targetRef, value] = positionals;
  if (planRef === undefined || taskRef === undefined || targetRef === undefined || value === undefined) throw usageError("missing <plan>, <task>, <target> or <value>");
  if (positionals.length > 4) throw usageError("plan baseline takes one plan, task, target and value");
  // The CLI works on the office's own database: it acts as the office (admin).
  const change = await withStore(io, values.db, (store) => store.run(setBaseline(planRef, taskRef, targetRef, value, office(io))));
  if (values.json) io.stdout(`${JSON.stringify(change, null, 2)}\n`);
  else io.stdout(`${change.task}.t${change.target} ${change.text}: baseline ${formatQuantity(change.previous, change.unit)} → ${formatQuantity(change.baseline, change.unit)}\n`);
  return EXIT.ok;
};
