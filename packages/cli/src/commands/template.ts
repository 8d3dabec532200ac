// plan template <plan> [--unit U] [--period P] --out sheet.xlsx|sheet.csv: the fill-in sheet
// (进展情况填报表) units receive and send back for `plan progress import`.

import { templateCsv } from "@plan/domain";
import { progressTemplateXlsx } from "@plan/domain/office";
import { templateSheets } from "@plan/store";
import { office } from "./office.js";
import { usageError } from "../errors.js";
import type { Io } from "../io.js";
import { writeAtomically } from "../output/write-file.js";
import { DB_OPTION, withStore } from "../with-store.js";
import { parseCommandArgs } from "./args.js";
import { asOfOption } from "./dates.js";

export const templateHelp = `plan template <plan> [--unit NAME] [--period YYYY-MM|YYYY-Qn] [--as-of DATE] --out FILE.xlsx|FILE.csv [--db URL]
  The fill-in sheet (进展情况填报表) a unit receives: its tasks, targets and milestones with their ids,
  what is expected of each by the end of the period, and columns for 累计完成, 完成状态, 进展情况,
  佐证材料, 存在问题, 下步计划. In xlsx the office's columns are locked and the unit's checked as typed;
  without --unit, one worksheet per unit (a CSV holds every unit's rows). The period is the one due
  today, or as of --as-of (or the plan's last), unless given. Read the filled-in sheets back with plan progress import.`;

export const template = async (argv: string[], io: Io): Promise<number> => {
  const { values, positionals } = parseCommandArgs(argv, { ...DB_OPTION, unit: { type: "string" }, period: { type: "string" }, out: { type: "string" }, "as-of": { type: "string" } });
  const planRef = positionals[0];
  if (planRef === undefined) throw usageError("missing <plan>");
  const out = values.out;
  if (out === undefined) throw usageError("missing --out FILE.xlsx or FILE.csv");
  const format = /\.csv$/i.test(out) ? "csv" : /\.xlsx$/i.test(out) ? "xlsx" : undefined;
  if (format === undefined) throw usageError(`--out: ${out} is neither .xlsx nor .csv`);
  const { period, sheets } = await withStore(io, values.db, (store) => store.run(templateSheets(planRef, { unit: values.unit, period: values.period }, asOfOption(values["as-of"], io), office(io))));
  writeAtomically(io, out, format === "csv" ? templateCsv(sheets) : await progressTemplateXlsx(sheets));
  const rows = sheets.reduce((n, s) => n + s.rows.length, 0);
  io.stdout(`Wrote ${out}: ${sheets.length === 1 ? sheets[0]!.unit : `${sheets.length} units`}, ${rows} rows, period ${period}\n`);
  return 0;
};
