import type { Finding } from "../models/finding.js";
import type { Plan } from "../models/plan.js";
import { finding, label } from "./finding.js";

/** A target of zero or less cannot be tracked as progress towards it. */
export const nonPositiveTarget = (plan: Plan): Finding[] =>
  plan.tasks.flatMap((task) =>
    task.targets
      .filter((t) => !(t.value > 0))
      .map((t) =>
        finding("target.non-positive", "error", `任务${label(task)}的指标“${t.text}”数值不为正`, `task ${label(task)}: target "${t.text}" is not a positive number`, {
          task: label(task),
          line: t.line,
          column: t.column,
        }),
      ),
  );

/** A target without a unit of measure is ambiguous to report against. */
export const targetWithoutUnit = (plan: Plan): Finding[] =>
  plan.tasks.flatMap((task) =>
    task.targets
      .filter((t) => t.unit === "")
      .map((t) =>
        finding("target.no-unit", "warning", `任务${label(task)}的指标“${t.text}”没有计量单位`, `task ${label(task)}: target "${t.text}" has no unit of measure`, {
          task: label(task),
          line: t.line,
          column: t.column,
        }),
      ),
  );
