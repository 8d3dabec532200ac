import type { Deadline } from "../models/deadline.js";
import type { Finding } from "../models/finding.js";
import type { Plan } from "../models/plan.js";
import { finding, label } from "./finding.js";

/** A date outside the plan's year is either a typo or work this plan does not cover. */
export const deadlineOutsideYear = (plan: Plan): Finding[] => {
  const year = plan.year;
  if (year === null) return [];
  const outside = (d: Deadline) => d.date !== null && Number(d.date.slice(0, 4)) !== year;
  return plan.tasks.flatMap((task) =>
    [...(outside(task.deadline) ? [{ deadline: task.deadline, line: task.line, column: task.column }] : []), ...[...task.targets, ...task.milestones].filter((x) => outside(x.deadline))].map((x) =>
      finding(
        "deadline.outside-year",
        "warning",
        `任务${label(task)}的期限“${x.deadline.text ?? x.deadline.date}”不在${year}年内`,
        `task ${label(task)}: deadline "${x.deadline.text ?? x.deadline.date}" falls outside the plan year ${year}`,
        { task: label(task), line: x.line, column: x.column },
      ),
    ),
  );
};
