// @plan/domain: typed models of government work plans, the parser, validation rules.
// Pure: no I/O, no globals, runs unchanged in Node, browsers and Workers.

export * from "./models/area.js";
export * from "./models/deadline.js";
export * from "./models/finding.js";
export * from "./models/milestone.js";
export * from "./models/plan.js";
export * from "./models/position.js";
export * from "./models/registry.js";
export * from "./models/target.js";
export * from "./models/task.js";
export * from "./models/unit.js";
export { planJsonSchema } from "./schema.js";
export { parsePlan, type ParseOptions } from "./parse/plan.js";
export { validatePlan, RULES, type Rule } from "./rules/index.js";
export { decode, detectEncoding, DecodeError, type Encoding } from "./text/decode.js";
export { parsePlanRows } from "./parse/plan.js";
export { mapColumns, COLUMN_ROLES, type Cell, type ColumnMap, type ColumnNames, type ColumnRole } from "./parse/table.js";
export { parsePlanFile, detectFormat, type FileFormat, type FileOptions } from "./formats/file.js";
export { readCsv } from "./formats/csv.js";
export { readDocx } from "./formats/docx.js";
export { readXlsx, type Sheet } from "./formats/xlsx.js";
export { writeXlsx, type SheetData, type SheetValue } from "./formats/xlsx-write.js";
export { PackageError } from "./formats/zip.js";
export { createUnitResolver, type ResolvedUnit, type UnitResolver } from "./units/registry.js";
export { unitKey, splitSubOffice } from "./units/key.js";
export { guessKind } from "./units/kind.js";
export { taskRow, taskRows, taskTable, targetSummary, TASK_TABLE_HEADERS, TASK_TABLE_COLUMNS, type TaskRow } from "./render/task-table.js";
export { toCsv, toMarkdown } from "./render/delimited.js";
export { PlanError, type PlanErrorCode } from "./errors.js";
export * from "./models/progress.js";
export * from "./models/status.js";
export { assessTarget, assessMilestone, assessTask, accountability, SEVERITY, ON_TRACK, AT_RISK, DUE_SOON_DAYS, type Clock, type StatusPlan, type StatusTask } from "./status/assess.js";
export { planStatus, planStart, rollup, type StatusOptions } from "./status/rollup.js";
export { reminders, type Reminder } from "./status/reminders.js";
export { periodRange, periodOf, duePeriod, type Cadence, type PeriodRange } from "./status/period.js";
export { checkProgress, findTask, type CheckedProgress } from "./status/progress-check.js";
export { dispatchReport, reportToMarkdown, reportToHtml, reportToSheets, STATUS_LABEL, STATUS_LIGHT, type ReportDocument } from "./render/dispatch-report.js";
