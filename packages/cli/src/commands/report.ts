// plan report <plan> [--as-of DATE] --format md|html|xlsx [--out path]: the dispatch report (调度通报).

import { REPORT_FORMATS, type ReportFormat } from "@plan/domain";
import { reportAsOf } from "@plan/store";
import { usageError } from "../errors.js";
import type { Io } from "../io.js";
import { writeAtomically } from "../output/write-file.js";
import { DB_OPTION, withStore } from "../with-store.js";
import { parseCommandArgs } from "./args.js";
import { asOfOption } from "./dates.js";

export const reportHelp = `plan report <plan> --format md|html|xlsx [--as-of DATE] [--out PATH] [--db URL]
  The dispatch report (调度通报): summary figures, a table per area, the lagging tasks with their
  lead units, and the units that have not reported for the period due.`;

export const report = async (argv: string[], io: Io): Promise<number> => {
  const { values, positionals } = parseCommandArgs(argv, { ...DB_OPTION, "as-of": { type: "string" }, format: { type: "string" }, out: { type: "string" } });
  if (positionals[0] === undefined) throw usageError("missing <plan>");
  const format = values.format as ReportFormat | undefined;
  if (format === undefined || !REPORT_FORMATS.includes(format)) throw usageError(`--format: use ${REPORT_FORMATS.join(", ")}`);
  if (format === "xlsx" && values.out === undefined && io.isTerminal) throw usageError("xlsx is binary: give --out FILE");
  const when = asOfOption(values["as-of"]);
  const { body, asOf } = await withStore(values.db, (store) => store.run(reportAsOf(positionals[0]!, format, when)));
  if (values.out === undefined) {
    if (typeof body === "string") io.stdout(body);
    else io.writeBinary?.(body);
    return 0;
  }
  writeAtomically(values.out, body);
  io.stdout(`Wrote the report as of ${asOf} to ${values.out}\n`);
  return 0;
};
