import type { Finding } from "../models/finding.js";
import type { Plan } from "../models/plan.js";
import { finding, label } from "./finding.js";

/** A task whose title is empty cannot be dispatched or reported on. */
export const emptyTitle = (plan: Plan): Finding[] =>
  plan.tasks
    .filter((task) => task.title.trim() === "")
    .map((task) =>
      finding("task.empty-title", "error", `任务${label(task)}没有标题`, `task ${label(task)} has an empty title`, {
        task: label(task),
        line: task.line,
        column: task.column,
      }),
    );
