// The fill-in sheet (进展情况填报表) a unit receives, as data: for each unit, a row per target,
// milestone, or task without either, of every task the unit answers for, with what is expected by
// the end of the period. The office's columns are filled; the unit's are left blank. Written to
// xlsx by @plan/domain/office (progressTemplateXlsx) and to CSV by templateCsv, both from these rows.

import { PlanError } from "../errors.js";
import type { Plan } from "../models/plan.js";
import type { PlanStatus } from "../models/status.js";
import type { Task } from "../models/task.js";
import { formatQuantity } from "../quantity/format.js";
import { toCsv } from "../render/delimited.js";
import { periodRange } from "../status/period.js";
import { resolveUnit } from "../use-cases/select-tasks.js";
import { ITEM_WORDS, PROGRESS_COLUMNS, type ProgressColumnRole, STATUS_WORDS } from "./columns.js";

/** What a template row is for: a numeric target (a value is asked), a milestone or a task (a status is asked). */
export type TemplateItem = "target" | "milestone" | "task";

/** One row of a unit's sheet: the office's cells filled, the unit's empty. */
export interface TemplateRow {
  readonly item: TemplateItem;
  readonly cells: Readonly<Record<ProgressColumnRole, string>>;
}

/** One unit's sheet: a title, the line naming the unit and period, and the rows. */
export interface TemplateSheet {
  readonly unit: string;
  readonly period: string;
  readonly title: string;
  /** 填报单位：…  填报期间：…  截至：… */
  readonly subtitle: string;
  readonly rows: TemplateRow[];
}

/** What the template is made for: one unit (any printing of its name) or every unit, and the period reported. */
export interface TemplateOptions {
  readonly unit?: string | undefined;
  readonly period: string;
}

/** The statuses a unit picks from in the sheet (the template's word for each). */
export const TEMPLATE_STATUS_WORDS: readonly string[] = Object.values(STATUS_WORDS).map((words) => words[0]);

// A task without targets or milestones is described by its text, which runs to paragraphs: the
// sheet shows its opening, enough to recognise it (the task's id says which it is).
const GIST_CHARS = 120;
const gist = (text: string): string => (text.length > GIST_CHARS ? `${text.slice(0, GIST_CHARS)}\u2026` : text);

const rowsFor = (task: Task, assessed: PlanStatus["tasks"][number] | undefined, unit: string, period: string): TemplateRow[] => {
  const base = { task: task.id, title: task.title, unit, period, value: "", status: "", note: "", evidence: "", problems: "", nextSteps: "" };
  const rows: TemplateRow[] = task.targets.map((target, i) => {
    const expected = assessed?.targets.find((t) => t.index === i + 1)?.expected ?? null;
    return {
      item: "target",
      cells: {
        ...base,
        item: `${ITEM_WORDS.target[0]}${i + 1}`,
        itemText: target.text,
        goal: `${target.comparator === "<=" ? "\u2264" : ""}${formatQuantity(target.value, target.unit)}`,
        expected: expected === null ? "" : formatQuantity(expected, target.unit),
      },
    };
  });
  for (const [i, milestone] of task.milestones.entries()) {
    rows.push({
      item: "milestone",
      cells: { ...base, item: `${ITEM_WORDS.milestone[0]}${i + 1}`, itemText: milestone.text, goal: "", expected: milestone.deadline.date ?? milestone.deadline.text ?? "" },
    });
  }

  if (rows.length === 0)
    rows.push({ item: "task", cells: { ...base, item: ITEM_WORDS.task[0], itemText: gist(task.body || task.title), goal: "", expected: task.deadline.date ?? task.deadline.text ?? "" } });
  return rows;
};

/**
 * The fill-in sheets for a period: one per unit the plan names (the units that answer for a task,
 * in the plan's order), or the one unit asked for. `status` is the plan's status as of the end of
 * the period: its expected figures say what each target should have reached by then.
 */
export const progressTemplate = (plan: Plan, status: PlanStatus, options: TemplateOptions): TemplateSheet[] => {
  const range = periodRange(options.period);
  if (!range) throw new PlanError("request.invalid", `period: ${options.period} is not a period (YYYY-MM or YYYY-Qn)`, { field: "period" });
  const units = options.unit === undefined ? plan.units.map((u) => u.name).filter((name) => plan.tasks.some((t) => t.units.some((u) => u.unit === name))) : [resolveUnit(plan, options.unit)];
  const assessed = new Map(status.tasks.map((t) => [t.id, t]));
  return units.map((unit) => ({
    unit,
    period: options.period,
    title: `${plan.title}\u8FDB\u5C55\u60C5\u51B5\u586B\u62A5\u8868`,
    subtitle: `\u586B\u62A5\u5355\u4F4D\uFF1A${unit}\u3000\u3000\u586B\u62A5\u671F\u95F4\uFF1A${options.period}\u3000\u3000\u622A\u81F3\uFF1A${range.end}`,
    rows: plan.tasks.filter((t) => t.units.some((u) => u.unit === unit)).flatMap((t) => rowsFor(t, assessed.get(t.id), unit, options.period)),
  }));
};

/** The sheets as one CSV table: the header row, then every unit's rows (the unit and period in their columns). */
export const templateCsv = (sheets: readonly TemplateSheet[]): string =>
  toCsv([PROGRESS_COLUMNS.map((c) => c.header), ...sheets.flatMap((s) => s.rows.map((r) => PROGRESS_COLUMNS.map((c) => r.cells[c.role])))]);
