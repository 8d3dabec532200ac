// A revised document is a new plan; its tasks and targets keep their progress when their
// number and text still match the plan it revises. Reports are copied, marked carriedFrom.

import type { Plan, ProgressReport } from "@plan/domain";
import type { Transaction } from "kysely";
import type { Database } from "../schema.js";
import { loadPlan } from "./plans.js";
import { insertReports, listReports } from "./progress.js";

export const carryProgress = async (trx: Transaction<Database>, fromId: string, to: Plan, newId: () => string): Promise<number> => {
  const from = await loadPlan(trx, fromId);
  const oldTasks = new Map(from.tasks.map((t) => [t.id, t]));
  // Old (task, target index, milestone index) → new ones, for what still matches.
  const keyMap = new Map<string, { task: string; target: number | null; milestone: number | null }>();
  const key = (task: string, target: number | null, milestone: number | null) => `${task}|${target ?? 0}|${milestone ?? 0}`;
  for (const task of to.tasks) {
    const old = oldTasks.get(task.id);
    if (!old || old.title !== task.title) continue;
    keyMap.set(key(old.id, null, null), { task: task.id, target: null, milestone: null });
    task.targets.forEach((t, i) => {
      const j = old.targets.findIndex((o) => o.text === t.text);
      if (j >= 0) keyMap.set(key(old.id, j + 1, null), { task: task.id, target: i + 1, milestone: null });
    });
    task.milestones.forEach((m, i) => {
      const j = old.milestones.findIndex((o) => o.text === m.text);
      if (j >= 0) keyMap.set(key(old.id, null, j + 1), { task: task.id, target: null, milestone: i + 1 });
    });
  }
  const carried: ProgressReport[] = [];
  for (const report of await listReports(trx, fromId)) {
    const mapped = keyMap.get(key(report.task, report.target, report.milestone));
    if (mapped) carried.push({ ...report, ...mapped, id: newId(), planId: to.id, carriedFrom: report.id });
  }
  await insertReports(trx, carried);
  return carried.length;
};
