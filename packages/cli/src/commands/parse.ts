// plan parse <file> [--json] [--encoding E]: the plan as a readable summary, or its JSON.

import { formatQuantity, type Plan } from "@plan/domain";
import type { Io } from "../io.js";
import { INPUT_OPTIONS, readPlan } from "../input/read-plan.js";
import { table } from "../output/table.js";
import { parseCommandArgs } from "./args.js";

export const parseHelp = `plan parse <file> [--json] [input options]
  Reads a work plan (.txt .md .docx .xlsx .csv) and prints its areas, tasks, units and targets.
  --json         print the Plan as JSON (and nothing else) on stdout`;

export const parse = (argv: string[], io: Io): number => {
  const { values, positionals } = parseCommandArgs(argv, {
    json: { type: "boolean", default: false },
    ...INPUT_OPTIONS,
  });
  const plan = readPlan(positionals[0], values, io);
  io.stdout(values.json ? `${JSON.stringify(plan, null, 2)}\n` : `${summary(plan)}\n`);
  return 0;
};

const range = (numbers: readonly string[]): string => (numbers.length === 0 ? "—" : numbers.length === 1 ? numbers[0]! : `${numbers[0]}–${numbers.at(-1)} (${numbers.length})`);

export const summary = (plan: Plan): string => {
  const targets = plan.tasks.reduce((n, t) => n + t.targets.length, 0);
  const milestones = plan.tasks.reduce((n, t) => n + t.milestones.length, 0);
  const head = [
    `${plan.title || "(untitled plan)"}${plan.year === null ? "" : ` — ${plan.year}`}   id ${plan.id}`,
    `${plan.tasks.length} tasks · ${plan.areas.length} areas · ${plan.units.length} units · ${targets} targets · ${milestones} milestones`,
  ];
  const areas =
    plan.areas.length === 0
      ? "No areas."
      : table(
          [{ header: "Area" }, { header: "Kind" }, { header: "Tasks" }],
          plan.areas.map((a) => [a.name, a.kind + (a.inferred ? " (inferred)" : ""), range(a.tasks)]),
        );
  const tasks = table(
    [{ header: "#", align: "right" }, { header: "Title", max: 34 }, { header: "Area", max: 10 }, { header: "Units", align: "right" }, { header: "Targets", max: 40 }, { header: "Due" }],
    plan.tasks.map((t) => [
      t.id,
      t.title,
      t.area ?? "",
      String(t.units.length),
      // A baseline the document gives shows where the target starts: 30%→40%.
      t.targets
        .map((x) => `${typeof x.baseline === "number" ? `${formatQuantity(x.baseline, x.unit)}\u2192` : ""}${x.comparator === "=" ? "" : x.comparator}${formatQuantity(x.value, x.unit)}`)
        .join(", "),
      t.deadline.date ?? t.deadline.text ?? "",
    ]),
  );
  return [...head, "", areas, "", tasks].join("\n");
};
