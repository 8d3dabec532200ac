// Which of a task's targets a report means: people name it by number or by a few words of its
// text (农村公路), in any script or printing of its punctuation.

import { PlanError } from "../errors.js";
import type { Task } from "../models/task.js";
import { unitKey } from "../units/key.js";

/**
 * The 1-based index of the task's target a reference means: a number as given (checked against
 * the task later, where the report's other fields are), or words that match one target's text
 * alone. No match is target.not-found, several are target.ambiguous; both list the targets.
 */
export const findTarget = (task: Pick<Task, "id" | "targets">, ref: number | string): number => {
  const number = typeof ref === "number" ? ref : /^\d+$/.test(ref.trim()) ? Number(ref.trim()) : null;
  // Targets count from 1: target 0 is no target, refused here before anything indexes by it.
  if (number !== null && number >= 1) return number;
  // unitKey folds script, width and punctuation: the same folding a unit's name gets.
  const key = number === null ? unitKey(String(ref)) : "";
  const matches = task.targets.flatMap((t, i) => (key !== "" && unitKey(t.text).includes(key) ? [i + 1] : []));
  if (matches.length === 1) return matches[0]!;
  const listed = task.targets.map((t, i) => `${i + 1} ${t.text}`).join("; ") || "none";
  throw new PlanError(
    matches.length === 0 ? "target.not-found" : "target.ambiguous",
    `target "${ref}" matches ${matches.length} of task ${task.id}'s targets (${listed}): give its number or more of its words`,
    { task: task.id, target: ref },
  );
};
