// plan report <plan> [--as-of DATE] --format md|html|xlsx [--out path]: the dispatch report (调度通报).

import { dispatchReport, reminders, reportToHtml, reportToMarkdown, reportToSheets, writeXlsx } from "@plan/domain";
import { usageError } from "../errors.js";
import type { Io } from "../io.js";
import { writeAtomically } from "../output/write-file.js";
import { DB_OPTION, withStore } from "../with-store.js";
import { parseCommandArgs } from "./args.js";
import { asOfDate } from "./dates.js";

export const reportHelp = `plan report <plan> --format md|html|xlsx [--as-of DATE] [--out PATH] [--db URL]
  The dispatch report (调度通报): summary figures, a table per area, the lagging tasks with their
  lead units, and the units that have not reported for the period due.`;

const FORMATS = ["md", "html", "xlsx"] as const;

export const report = async (argv: string[], io: Io): Promise<number> => {
  const { values, positionals } = parseCommandArgs(argv, { ...DB_OPTION, "as-of": { type: "string" }, format: { type: "string" }, out: { type: "string" } });
  if (positionals[0] === undefined) throw usageError("missing <plan>");
  const format = values.format as (typeof FORMATS)[number] | undefined;
  if (format === undefined || !FORMATS.includes(format)) throw usageError(`--format: use ${FORMATS.join(", ")}`);
  if (format === "xlsx" && values.out === undefined && io.isTerminal) throw usageError("xlsx is binary: give --out FILE");
  const asOf = asOfDate(values["as-of"]);
  const status = await withStore(values.db, (store) => store.status(positionals[0]!, asOf));
  const doc = dispatchReport(status, reminders(status));
  const output = format === "md" ? reportToMarkdown(doc) : format === "html" ? reportToHtml(doc) : writeXlsx(reportToSheets(doc));
  if (values.out === undefined) {
    if (typeof output === "string") io.stdout(output);
    else io.writeBinary?.(output);
    return 0;
  }
  writeAtomically(values.out, output);
  io.stdout(`Wrote the report as of ${asOf} to ${values.out}\n`);
  return 0;
};
