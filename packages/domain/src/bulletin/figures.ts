// The two headline figures of a 通报 and how they are defined.
//
// 完成率 (completion): the mean, over every numeric target of the plan, of progress made ÷ full
// progress, each capped to 0–100 %. Progress runs from the target's baseline (0 unless given) to
// its value: a target of 5000 km with 3500 reported is 70 %; one not reported is 0 %; one
// achieved is 100 %. A limit (控制在…以内, `<=`) with no baseline above it has no way to go, so
// it counts 100 % once met and 0 % before. A task the office closed counts 100 % for each of its
// targets. Tasks achieved ÷ all tasks is given beside it.
//
// 序时进度 (time elapsed): the share of the plan's days that have passed by the as-of date, that
// day included; the plan runs from 1 January of the year of its first deadline to its last
// deadline, unless the caller gives both ends.

import type { PlanStatus, TargetAssessment, TaskAssessment } from "../models/status.js";

const DAY = 86_400_000;
const clamp01 = (x: number) => Math.min(1, Math.max(0, x));

/** One target's completion (0–1): progress made ÷ full progress from its baseline, capped. */
export const targetCompletion = (t: TargetAssessment): number => {
  if (t.status === "achieved") return 1;
  if (t.actual === null) return 0;
  const { baseline } = t;
  if (t.value === baseline || (t.comparator === "<=" && baseline <= t.value)) return 0;
  return clamp01((t.actual - baseline) / (t.value - baseline));
};

const mean = (xs: readonly number[]): number => (xs.length === 0 ? 0 : xs.reduce((a, b) => a + b, 0) / xs.length);

// A task the office closed (办结) is done: each of its targets counts 100 %, as its status counts achieved.
const taskCompletions = (task: TaskAssessment): number[] => task.targets.map((t) => (task.closed ? 1 : targetCompletion(t)));

/** The mean completion of a task's targets, null when it has none. */
export const meanCompletion = (task: TaskAssessment): number | null => (task.targets.length === 0 ? null : mean(taskCompletions(task)));

/** 完成率 of a plan: the mean completion of all its numeric targets, and how many there are. */
export const planCompletion = (status: PlanStatus): { completion: number; targets: number } => {
  const completions = status.tasks.flatMap(taskCompletions);
  return { completion: mean(completions), targets: completions.length };
};

/** The plan's first and last days: given, or from its deadlines (see the top of this file). */
export const planSpan = (status: PlanStatus, start?: string, end?: string): { start: string; end: string } | null => {
  const deadlines = status.tasks
    .flatMap((t) => [t.deadline, ...t.targets.map((x) => x.deadline), ...t.milestones.map((m) => m.deadline)])
    .filter((d): d is string => d !== null)
    .sort();
  const first = start ?? (deadlines[0] === undefined ? undefined : `${deadlines[0].slice(0, 4)}-01-01`);
  const last = end ?? deadlines.at(-1);
  return first === undefined || last === undefined || last < first ? null : { start: first, end: last };
};

/** 序时进度: the share of the span's days passed by the as-of date, that day included (0–1). */
export const timeElapsed = (span: { start: string; end: string }, asOf: string): number => {
  const total = (Date.parse(span.end) - Date.parse(span.start)) / DAY + 1;
  const passed = (Date.parse(asOf) - Date.parse(span.start)) / DAY + 1;
  return clamp01(passed / total);
};
