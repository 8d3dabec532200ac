import type { Finding } from "../models/finding.js";
import type { Plan } from "../models/plan.js";
import type { Task } from "../models/task.js";
import { chineseNumeral } from "../text/numerals.js";
import { finding, label } from "./finding.js";

const numberOf = (printed: string): number | null => (/^\d+$/.test(printed) ? Number(printed) : chineseNumeral(printed));
const where = (task: Task) => ({ task: label(task), line: task.line, column: task.column });

/**
 * Walks the tasks of each level in order. A list under a new heading may restart at 1 or carry
 * on from the last number; anything else is a duplicate (number seen already) or a gap. A gap is
 * reported once as a range, whatever its size: a list that jumps from 1 to 1000000000000 costs
 * one step, not a step per missing number.
 */
const walk = (plan: Plan, onDuplicate: (task: Task) => void, onGap: (first: number, last: number, next: Task) => void) => {
  const runs = new Map<number, { parent: string; last: number; seen: Set<number> }>();
  for (const task of plan.tasks) {
    const value = numberOf(task.number);
    if (value === null) continue;
    const depth = task.path.length;
    const parent = task.path.slice(0, -1).join("/");
    let run = runs.get(depth);
    if (!run || (run.parent !== parent && value === 1)) {
      run = { parent, last: 0, seen: new Set() };
      runs.set(depth, run);
    }
    run.parent = parent;
    if (run.seen.has(value)) onDuplicate(task);
    else if (value > run.last + 1) onGap(run.last + 1, value - 1, task);
    run.seen.add(value);
    run.last = Math.max(run.last, value);
  }
};

/** Two tasks at the same level share a number. */
export const duplicateTaskNumber = (plan: Plan): Finding[] => {
  const found: Finding[] = [];
  walk(
    plan,
    (task) => found.push(finding("task.duplicate-number", "error", `任务编号${task.number}重复(${label(task)})`, `task number ${task.number} is used twice (${label(task)})`, where(task))),
    () => {},
  );
  return found;
};

/** Numbers are skipped in a sequence of tasks (a task was dropped or misnumbered): one finding per gap, at its first number. */
export const missingTaskNumber = (plan: Plan): Finding[] => {
  const found: Finding[] = [];
  walk(
    plan,
    () => {},
    (first, last, next) => {
      const zh = first === last ? `缺少任务${first}` : `缺少任务${first}至${last}`;
      const en = first === last ? `task ${first} is missing` : `tasks ${first} to ${last} are missing`;
      found.push(
        finding("task.missing-number", "error", `${zh}(任务${label(next)}之前)`, `${en} (before task ${label(next)})`, {
          task: [...next.path.slice(0, -1), String(first)].join("."),
          line: next.line,
          column: next.column,
        }),
      );
    },
  );
  return found;
};
