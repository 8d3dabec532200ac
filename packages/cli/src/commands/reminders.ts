// plan reminders <plan> [--as-of DATE] [--json]: which units owe which reports.

import { remindersAsOf } from "@plan/store";
import { usageError } from "../errors.js";
import type { Io } from "../io.js";
import { table } from "../output/table.js";
import { DB_OPTION, withStore } from "../with-store.js";
import { parseCommandArgs } from "./args.js";
import { asOfOption } from "./dates.js";

export const remindersHelp = `plan reminders <plan> [--as-of DATE] [--json] [--db URL]
  The units that owe a report for the period due, with the tasks and targets they owe it for.`;

export const reminders = async (argv: string[], io: Io): Promise<number> => {
  const { values, positionals } = parseCommandArgs(argv, { ...DB_OPTION, "as-of": { type: "string" }, json: { type: "boolean", default: false } });
  if (positionals[0] === undefined) throw usageError("missing <plan>");
  const owed = await withStore(values.db, (store) => store.run(remindersAsOf(positionals[0]!, asOfOption(values["as-of"]))));
  const { asOf, period, reminders: list } = owed;
  if (values.json) {
    io.stdout(`${JSON.stringify(owed, null, 2)}\n`);
    return 0;
  }
  if (list.length === 0) {
    io.stdout(`Nothing owed for ${period ?? "any period yet"} as of ${asOf}.\n`);
    return 0;
  }
  io.stdout(
    `Reports owed for ${period} as of ${asOf}: ${list.length} units\n\n${table(
      [{ header: "Unit" }, { header: "Tasks", align: "right" }, { header: "Owed for", max: 80 }],
      list.map((r) => [r.unit, String(r.tasks.length), r.tasks.map((t) => `${t.id} ${t.title}`).join("; ")]),
    )}\n`,
  );
  return 0;
};
