// The task table of a plan (任务分解表): one row per task, in the columns a supervising office
// uses. Its headers are ones the table reader recognises, so an exported table reads back.

import type { Plan } from "../models/plan.js";
import type { Target } from "../models/target.js";
import type { Task } from "../models/task.js";
import type { UnitRole } from "../models/unit.js";
import { formatQuantity } from "../quantity/format.js";
import { parseQuantity } from "../quantity/parse.js";

/** A task as one row of the task table: every cell a string, units joined with 、, targets with ;. */
export interface TaskRow {
  readonly number: string;
  readonly area: string;
  readonly title: string;
  readonly body: string;
  readonly lead: string;
  readonly responsible: string;
  readonly support: string;
  readonly deadline: string;
  readonly targets: string;
}

/** The table's Chinese headers: names the table reader knows, so that an exported table reads back. */
export const TASK_TABLE_HEADERS: Record<keyof TaskRow, string> = {
  number: "序号",
  area: "领域",
  title: "任务名称",
  body: "工作任务",
  lead: "牵头单位",
  responsible: "责任单位",
  support: "配合单位",
  deadline: "完成时限",
  targets: "指标",
};

/** The table's columns, in order. */
export const TASK_TABLE_COLUMNS = Object.keys(TASK_TABLE_HEADERS) as (keyof TaskRow)[];

const COMPARATOR_TEXT: Record<Target["comparator"], string> = { ">=": "≥", "<=": "≤", "=": "" };

/** 全年完成脱贫40万人以上 → "≥400000人". */
export const targetSummary = (t: Target): string => `${COMPARATOR_TEXT[t.comparator]}${exactQuantity(t.value, t.unit)}${t.ambition === "strive" ? "(力争)" : ""}`;

// The exported table reads back as a plan, so a value is shown as people read it (29亿元) only
// where that reading is exact; 1234567元 stays whole rather than come back as 123.46万元.
const exactQuantity = (value: number, unit: string): string => {
  const readable = formatQuantity(value, unit);
  try {
    return parseQuantity(readable, unit) === value ? readable : `${value}${unit}`;
  } catch {
    return `${value}${unit}`;
  }
};

const unitsIn = (task: Task, role: UnitRole) =>
  task.units
    .filter((u) => u.role === role)
    .map((u) => u.name)
    .join("、");

/** A task as a row of the task table. */
export const taskRow = (task: Task): TaskRow => ({
  number: task.path.join("."),
  area: task.area ?? "",
  title: task.title,
  body: task.body,
  lead: unitsIn(task, "lead"),
  responsible: unitsIn(task, "responsible"),
  support: unitsIn(task, "support"),
  deadline: task.deadline.text ?? task.deadline.date ?? "",
  targets: task.targets.map(targetSummary).join(";"),
});

/** The plan's tasks as rows of the task table, in document order. */
export const taskRows = (plan: Plan): TaskRow[] => plan.tasks.map(taskRow);

/** Header row then one row per task, as plain strings. */
export const taskTable = (plan: Plan): string[][] => [TASK_TABLE_COLUMNS.map((c) => TASK_TABLE_HEADERS[c]), ...taskRows(plan).map((row) => TASK_TABLE_COLUMNS.map((c) => row[c]))];
