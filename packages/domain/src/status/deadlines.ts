// Which deadline counts once the office has approved extensions (延期): the document's dates stay
// in the plan and in every extension's `from`; status and reminders count by the moved ones.
//
// Extensions apply in the order they were decided, the later winning. One on a target or a
// milestone moves that item's deadline. One on the task moves the task's deadline and the
// deadline of each item due on the task's own (document) date: items the document dates earlier
// keep their dates unless extended themselves, and an item extended on its own to a later date
// than the task's keeps that later date (a task's extension never brings an item's forward).

import type { Extension } from "../models/extension.js";
import type { StatusTask } from "./assess.js";

/** An approved extension as status needs it: whose deadline, the new date, when it was decided. */
export type ApprovedExtension = Pick<Extension, "target" | "milestone" | "to" | "decidedAt">;

/** A task's deadlines as they count: its own, and its targets' and milestones' in document order. */
export interface Deadlines {
  readonly task: string | null;
  readonly targets: readonly (string | null)[];
  readonly milestones: readonly (string | null)[];
}

// ISO dates order as strings.
const later = (a: string | null, b: string): string => (a !== null && a > b ? a : b);

/** The deadlines of a task after its approved extensions (see the top of this file). */
export const movedDeadlines = (task: Pick<StatusTask, "deadline" | "targets" | "milestones">, approved: readonly ApprovedExtension[] = []): Deadlines => {
  const own = task.deadline.date;
  let current = own;
  const targets = task.targets.map((t) => t.deadline.date);
  const milestones = task.milestones.map((m) => m.deadline.date);
  if (approved.length === 0) return { task: current, targets, milestones };
  const ordered = [...approved].sort((a, b) => (a.decidedAt ?? "").localeCompare(b.decidedAt ?? ""));
  // Items extended on their own: a task's extension moves them only later, never earlier.
  const ownTargets = new Set<number>();
  const ownMilestones = new Set<number>();
  for (const e of ordered) {
    if (e.target !== null) {
      targets[e.target - 1] = e.to;
      ownTargets.add(e.target - 1);
    } else if (e.milestone !== null) {
      milestones[e.milestone - 1] = e.to;
      ownMilestones.add(e.milestone - 1);
    } else {
      current = e.to;
      task.targets.forEach((t, i) => {
        if (t.deadline.date === own) targets[i] = ownTargets.has(i) ? later(targets[i] ?? null, e.to) : e.to;
      });
      task.milestones.forEach((m, i) => {
        if (m.deadline.date === own) milestones[i] = ownMilestones.has(i) ? later(milestones[i] ?? null, e.to) : e.to;
      });
    }
  }
  return { task: current, targets, milestones };
};

/** The deadline in force for one item of a task (the task itself when both indexes are null). */
export const deadlineOf = (deadlines: Deadlines, item: { readonly target: number | null; readonly milestone: number | null }): string | null =>
  item.target !== null ? (deadlines.targets[item.target - 1] ?? null) : item.milestone !== null ? (deadlines.milestones[item.milestone - 1] ?? null) : deadlines.task;
