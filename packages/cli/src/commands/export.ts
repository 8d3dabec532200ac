// plan export <file|plan> --format csv|xlsx|md|json [--out path]: the task table of a plan.

import { taskRows, taskTable, toCsv, toMarkdown, writeXlsx, type Plan } from "@plan/domain";
import { usageError } from "../errors.js";
import type { Io } from "../io.js";
import { PLAN_SOURCE_HELP, readPlanSource } from "../input/plan-source.js";
import { INPUT_OPTIONS } from "../input/read-plan.js";
import { writeAtomically } from "../output/write-file.js";
import { DB_OPTION } from "../with-store.js";
import { parseCommandArgs } from "./args.js";

export const exportHelp = `plan export <file|plan> --format csv|xlsx|md|json [--out path] [--db URL] [input options]
  Writes the task table (number, area, title, text, lead, responsible and supporting units,
  deadline, targets). An exported .xlsx or .csv reads back with plan parse.
${PLAN_SOURCE_HELP}
  --out PATH     write to a file instead of stdout (required for xlsx on a terminal)`;

const FORMATS = ["csv", "xlsx", "md", "json"] as const;
type Format = (typeof FORMATS)[number];

const render = (plan: Plan, format: Format): string | Uint8Array => {
  switch (format) {
    case "csv":
      return toCsv(taskTable(plan));
    case "md":
      return toMarkdown(taskTable(plan));
    case "json":
      return `${JSON.stringify(taskRows(plan), null, 2)}\n`;
    case "xlsx":
      return writeXlsx([{ name: plan.title || "任务", rows: taskTable(plan), widths: [6, 10, 24, 60, 18, 30, 24, 14, 24] }]);
  }
};

export const exportTable = async (argv: string[], io: Io): Promise<number> => {
  const { values, positionals } = parseCommandArgs(argv, { format: { type: "string" }, out: { type: "string" }, ...DB_OPTION, ...INPUT_OPTIONS });
  const format = values.format as Format | undefined;
  if (format === undefined) throw usageError(`missing --format (${FORMATS.join(", ")})`);
  if (!FORMATS.includes(format)) throw usageError(`unknown --format "${format}"; use one of ${FORMATS.join(", ")}`);
  if (format === "xlsx" && values.out === undefined && io.isTerminal) throw usageError("xlsx is binary: give --out FILE");
  const { plan } = await readPlanSource(positionals[0], values, io);
  const output = render(plan, format);
  if (values.out === undefined) {
    if (typeof output === "string") io.stdout(output);
    else io.writeBinary?.(output);
    return 0;
  }
  writeAtomically(io, values.out, output);
  io.stdout(`Wrote ${plan.tasks.length} tasks to ${values.out}\n`);
  return 0;
};
