// Every row of a batch of progress sheets checked against the plan at once (checkProgress on
// each), with each refusal placed in its sheet's cell, and the batch's own duplicates found: two
// rows for the same item, unit and period that say different things.

import { isCodedError, type PlanErrorCode } from "../errors.js";
import type { Plan } from "../models/plan.js";
import { type CheckedProgress, checkProgress } from "../status/progress-check.js";
import { type ProgressColumnRole, ROLE_OF_FIELD } from "./columns.js";
import { formatSheetProblem, type SheetProblem, type SheetRow } from "./read.js";

/** A row that passed checkProgress, with where it came from. */
export interface CheckedSheetRow {
  readonly row: SheetRow;
  readonly report: CheckedProgress;
}

// The column a refusal belongs in: by the field it names (ROLE_OF_FIELD), else by what was not found.
const ROLE_OF_CODE: Partial<Record<PlanErrorCode, ProgressColumnRole>> = {
  "task.not-found": "task",
  "target.not-found": "item",
  "target.ambiguous": "item",
  "milestone.not-found": "item",
  "progress.unit-not-responsible": "unit",
};

/** Where a row's problem is: the cell of the role, when the sheet has that column. */
export const rowProblem = (row: SheetRow, role: ProgressColumnRole | undefined, field: string | null, message: string): SheetProblem => {
  const column = role === undefined ? undefined : row.columns[role];
  return { file: row.file, sheet: row.sheet, row: row.row, column: column?.letter ?? null, field, header: column?.header ?? null, message };
};

/** The item a report is about, for one unit and period: two reports under one key are duplicates. */
export const reportKey = (r: Pick<CheckedProgress, "task" | "target" | "milestone" | "unit" | "period">): string => JSON.stringify([r.task, r.target ?? 0, r.milestone ?? 0, r.unit, r.period]);

/** Whether two reports on the same item say the same thing (a re-import of the same row). */
export const sameContent = (a: Pick<CheckedProgress, "value" | "status" | "note" | "evidence">, b: Pick<CheckedProgress, "value" | "status" | "note" | "evidence">): boolean =>
  a.value === b.value && a.status === b.status && a.note === b.note && JSON.stringify(a.evidence) === JSON.stringify(b.evidence);

/** Where a row is, for messages that point at another row: 交通厅.xlsx 进展填报 row 7. */
export const rowPlace = (row: Pick<SheetRow, "file" | "sheet" | "row">): string => formatSheetProblem({ ...row, column: null, field: null, header: null, message: "" }).trim();

/**
 * Checks every row against the plan (checkProgress) and finds the batch's duplicates. Rows that
 * pass come back checked, an identical repeat of an earlier row only once; each refusal is a
 * problem in the row's cell for the field it names.
 */
export const checkSheetRows = (plan: Plan, rows: readonly SheetRow[], reportedBy: string): { checked: CheckedSheetRow[]; problems: SheetProblem[] } => {
  const checked: CheckedSheetRow[] = [];
  const problems: SheetProblem[] = [];
  const seen = new Map<string, CheckedSheetRow>();
  for (const row of rows) {
    let report: CheckedProgress;
    try {
      report = checkProgress(plan, { ...row.submission, reportedBy });
    } catch (error) {
      if (!isCodedError(error)) throw error;
      const field = typeof error.details.field === "string" ? error.details.field.split(".")[0]! : null;
      const role = (field === null ? undefined : ROLE_OF_FIELD[field]) ?? ROLE_OF_CODE[error.code];
      // The field is named by the column's header already.
      const message = field !== null && role !== undefined && row.columns[role] ? error.message.replace(new RegExp(`^${field}(\\.\\d+)?: `), "") : error.message;
      problems.push(rowProblem(row, role, field, message));
      continue;
    }
    const key = reportKey(report);
    const earlier = seen.get(key);
    if (earlier === undefined) {
      seen.set(key, { row, report });
      checked.push({ row, report });
    } else if (!sameContent(earlier.report, report)) {
      problems.push(rowProblem(row, "task", "task", `the same item, unit and period is reported differently in ${rowPlace(earlier.row)}: keep one`));
    }
  }
  return { checked, problems };
};
