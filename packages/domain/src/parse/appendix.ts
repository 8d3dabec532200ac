// A 实施方案 often repeats its tasks in an appendix table (附件: 重点任务责任分工表). Each task is
// kept once: the task of the body, with the table's units and deadline merged in.

import type { Task } from "../models/task.js";
import { fold } from "../text/source.js";
import { uniqueUnits } from "./units.js";

export interface ReadTask {
  readonly task: Task;
  /** Which table of the document the task is a row of, if any. */
  readonly table?: number;
}

// A table repeats the body when most of its rows name a task of the body.
const REPEAT_SHARE = 0.5;
// Titles are compared on this many leading characters, so that a row's longer text still matches.
const KEY_LENGTH = 8;

const key = (title: string): string =>
  fold(title)
    .replace(/[\s\p{P}\p{S}]/gu, "")
    .slice(0, KEY_LENGTH);

/** The tasks of the document, each once. */
export const mergeRepeatedTasks = (read: readonly ReadTask[]): Task[] => {
  const body = new Map<string, Task>();
  for (const { task, table } of read) if (table === undefined && key(task.title).length >= 4) body.set(key(task.title), task);
  if (body.size === 0) return read.map((r) => r.task);
  const rows = new Map<number, ReadTask[]>();
  for (const r of read) if (r.table !== undefined) rows.set(r.table, [...(rows.get(r.table) ?? []), r]);
  const repeated = new Set<number>();
  for (const [table, list] of rows) {
    if (list.filter((r) => body.has(key(r.task.title))).length >= list.length * REPEAT_SHARE) repeated.add(table);
  }
  const tasks: Task[] = [];
  for (const r of read) {
    const match = r.table !== undefined && repeated.has(r.table) ? body.get(key(r.task.title)) : undefined;
    if (!match) {
      tasks.push(r.task);
      continue;
    }
    match.units = uniqueUnits([...match.units, ...r.task.units]);
    if (match.deadline.text === null && r.task.deadline.text !== null) match.deadline = r.task.deadline;
  }
  return tasks;
};
