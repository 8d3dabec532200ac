// plan units <file|plan> [--json]: each unit with the tasks it leads, is responsible for and supports.

import type { Plan } from "@plan/domain";
import type { Io } from "../io.js";
import { PLAN_SOURCE_HELP, readPlanSource } from "../input/plan-source.js";
import { INPUT_OPTIONS } from "../input/read-plan.js";
import { numberRanges } from "../output/numbers.js";
import { table } from "../output/table.js";
import { DB_OPTION } from "../with-store.js";
import { parseCommandArgs } from "./args.js";

export const unitsHelp = `plan units <file|plan> [--json] [--db URL] [input options]
  Lists the plan's units (printings of one unit gathered: scripts, abbreviations, sub-offices)
  with the tasks each leads, is responsible for and supports.
${PLAN_SOURCE_HELP}
  --json         print the units as JSON`;

export const units = async (argv: string[], io: Io): Promise<number> => {
  const { values, positionals } = parseCommandArgs(argv, { json: { type: "boolean", default: false }, ...DB_OPTION, ...INPUT_OPTIONS });
  const { plan } = await readPlanSource(positionals[0], values, io);
  io.stdout(values.json ? `${JSON.stringify(plan.units, null, 2)}\n` : `${unitTable(plan)}\n`);
  return 0;
};

const unitTable = (plan: Plan): string =>
  `${table(
    [{ header: "Unit" }, { header: "Kind" }, { header: "Lead", max: 24 }, { header: "Responsible", max: 40 }, { header: "Support", max: 24 }, { header: "Also printed as", max: 30 }],
    plan.units.map((u) => [
      u.name,
      u.kind,
      numberRanges(u.tasks.lead),
      numberRanges(u.tasks.responsible),
      numberRanges(u.tasks.support),
      [...u.aliases, ...(u.members.length ? [`= ${u.members.join("、")}`] : [])].join("; "),
    ]),
  )}\n\n${plan.units.length} units`;
