// Why a document gave no task, in one line: what the parser looked for, and where it gave up
// (a table header whose columns it could not map), so that a clerk knows where to look.

import type { Plan } from "../models/plan.js";

const EXPECTED = 'expected lines such as "1." "1、" "(一)" "一、", or a table with a 工作任务 column';

/** The reason to give when a plan has no task; the English half of the parser's first note, if it left one. */
export const noTasksReason = (plan: Plan): string => {
  const note = plan.notes[0]?.message.split(" / ").at(-1);
  return `no numbered tasks found (${note ?? EXPECTED})`;
};
