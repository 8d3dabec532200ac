// @plan/domain: typed models of government work plans, the parser, validation rules, status,
// rollups and rendering. Pure: no I/O, no globals, runs unchanged in Node, browsers and Workers.

// ── Models (zod schemas, each with its inferred type) ────────────────────────────────────────
export * from "./models/area.js";
export * from "./models/baseline.js";
export * from "./models/audit.js";
export * from "./models/closure.js";
export * from "./models/deadline.js";
export * from "./models/extension.js";
export * from "./models/finding.js";
export * from "./models/listing.js";
export * from "./models/milestone.js";
export * from "./models/plan.js";
export * from "./models/plan-summary.js";
export * from "./models/position.js";
export * from "./models/progress.js";
export * from "./models/progress-import.js";
export * from "./models/registry.js";
export * from "./models/reminder.js";
export * from "./models/reminder-send.js";
export * from "./models/review.js";
export * from "./models/status.js";
export * from "./models/supervision.js";
export * from "./models/target.js";
export * from "./models/task.js";
export * from "./models/unit.js";
export { planJsonSchema } from "./schema.js";

// ── Errors and limits: one vocabulary of codes, one table of limits ──────────────────────────
export { ERROR_CODES, PlanError, errorTitle, isCodedError, type CodedError, type Language, type PlanErrorCode } from "./errors.js";
export { LIMITS, LimitError, type LimitName } from "./limits.js";

// ── Use cases: what every front end (CLI, API, Worker, SDK users) does with a document ───────
export { readPlanDocument, titleFromName, type DocumentOptions } from "./use-cases/read-document.js";
export { resolveUnit, selectTasks, type TaskFilter, unitNamed } from "./use-cases/select-tasks.js";
export { planMilestones, planTargets } from "./use-cases/plan-items.js";
export { REPORT_FORMATS, REPORT_MEDIA_TYPES, reportFileName, type RenderedReport, type ReportFormat } from "./bulletin/report-format.js";
export { today, checkTimeZone, DEFAULT_TIME_ZONE } from "./status/today.js";

// ── Reading documents: files of every format, text in any encoding ───────────────────────────
export { parsePlan, parsePlanRows, type ParseOptions } from "./parse/plan.js";
export { parsePlanFile, detectFormat, type FileFormat, type FileOptions } from "./formats/file.js";
export { noTasksReason } from "./parse/no-tasks.js";
export { mapColumns, COLUMN_ROLES, type Cell, type ColumnMap, type ColumnNames, type ColumnRole } from "./parse/table.js";
export { decode, decodeText, detectEncoding, DecodeError, type BadBytes, type DecodedText, type DecodeOptions, type Encoding } from "./text/decode.js";
export { readCsv } from "./formats/csv.js";
export { readDocx } from "./formats/docx.js";
export { readXlsx, type Sheet } from "./formats/xlsx.js";
export { writeXlsx, type SheetData, type SheetValue } from "./formats/xlsx-write.js";
export { PackageError } from "./formats/zip.js";
export { UnsupportedFormatError, unsupportedFormat, UNSUPPORTED_FORMATS, type UnsupportedFormat } from "./formats/unsupported.js";
export { contentHash } from "./text/hash.js";

// ── Validation ──────────────────────────────────────────────────────────────────────────────
export { validatePlan, RULES, type Rule } from "./rules/index.js";

// ── Units: names in any printing, registries ────────────────────────────────────────────────
export { createUnitResolver, type ResolvedUnit, type UnitResolver } from "./units/registry.js";
export { unitKey, splitSubOffice } from "./units/key.js";
export { findUnit } from "./units/find.js";
export { guessKind } from "./units/kind.js";

// ── Progress and status: checking reports, assessing tasks, rolling up, reminders ───────────
export { checkProgress, findTask, type CheckedProgress } from "./status/progress-check.js";
export { admitReport, compareWithEarlier, type EarlierReport, type SecondReportOutcome } from "./status/second-report.js";
export { findTarget } from "./status/find-target.js";
export { checkBaseline, type CheckedBaseline } from "./status/baseline-check.js";
export {
  assessTarget,
  assessMilestone,
  assessTask,
  accountability,
  countsForStatus,
  type TaskDecisions,
  SEVERITY,
  ON_TRACK,
  AT_RISK,
  DUE_SOON_DAYS,
  type Clock,
  type StatusPlan,
  type StatusTask,
} from "./status/assess.js";
export { planStatus, planStart, planEnd, rollup, type StatusOptions } from "./status/rollup.js";
export { reminders, reminderList, firstDue } from "./status/reminders.js";
export { statusForUnit } from "./status/for-unit.js";
export { movedDeadlines, deadlineOf, type ApprovedExtension, type Deadlines } from "./status/deadlines.js";
export { checkExtension, accountableUnits, answersFor, type CheckedExtension } from "./status/extension-check.js";
export { checkReview } from "./status/review-check.js";
export { periodRange, periodOf, duePeriod, checkWorkingDate, WORKING_YEARS, type Cadence, type PeriodRange } from "./status/period.js";

// ── Progress sheets (进展情况填报表): the columns as data, the template's rows, reading filled-in sheets ──
export { PROGRESS_COLUMNS, ITEM_WORDS, STATUS_WORDS, META_LABELS, headerKey, type ProgressColumn, type ProgressColumnRole } from "./progress-sheet/columns.js";
export {
  readProgressSheets,
  formatSheetProblem,
  normalisePeriod,
  columnLetter,
  type SheetPlace,
  type SheetProblem,
  type SheetRow,
  type SheetSubmission,
  type SheetReading,
  type SheetOptions,
} from "./progress-sheet/read.js";
export { checkSheetRows, reportKey, sameContent, rowPlace, rowProblem, type CheckedSheetRow } from "./progress-sheet/check.js";
export { progressTemplate, templateCsv, TEMPLATE_STATUS_WORDS, type TemplateItem, type TemplateOptions, type TemplateRow, type TemplateSheet } from "./progress-sheet/template.js";

// ── Rendering: task tables ───────────────────────────────────────────────────────────────────
export { taskRow, taskRows, taskTable, targetSummary, TASK_TABLE_HEADERS, TASK_TABLE_COLUMNS, type TaskRow } from "./render/task-table.js";
export { toCsv, toMarkdown } from "./render/delimited.js";

// ── The 通报 (bulletin): built once, then rendered; Word and Excel in @plan/domain/office ───────
export { bulletin, NO_AREA } from "./bulletin/build.js";
export { bulletinToHtml } from "./bulletin/html.js";
export { bulletinToMarkdown } from "./bulletin/markdown.js";
export { bulletinSections, numberLine, asOfLine, type BulletinBlock, type BulletinCell, type BulletinSection, type BulletinTable } from "./bulletin/layout.js";
export { areaChart, rankingChart, type BarChart } from "./bulletin/bar-chart.js";
export { targetCompletion, planCompletion, planSpan, timeElapsed } from "./bulletin/figures.js";
export { rankUnits } from "./bulletin/ranking.js";
export { STATUS_LABEL, STATUS_LIGHT, STATUS_ORDER, LIGHT_FILL, STATUS_COLOUR, type Light } from "./bulletin/status-light.js";
export { NO_SUPERVISION, type BulletinSupervision, type ReturnedReport, type ExtensionRecord, type ClosedTask } from "./bulletin/supervision.js";
export type { Bulletin, BulletinOptions, BulletinTask, BulletinArea, BulletinSummary, BulletinNarrative, UnitRank, NamedTask } from "./bulletin/model.js";

// ── Quantities as people write and read them: 3000万, 12亿元, 1.2万公里, 85% ─────────────────
export { parseQuantity } from "./quantity/parse.js";
export { formatQuantity } from "./quantity/format.js";
export { canonicalMeasure } from "./quantity/measure.js";

// ── Reminders that leave the building: the 催办单 and the chat robots' webhooks ───────────────
export { reminderNotices, ReminderNotice, NoticeTask, NoticeItem, REPLY_WITHIN_DAYS, type NoticeOptions } from "./reminder-notice/notice.js";
export { reminderNoticeMarkdown, reminderNoticeChat, noticeBody, noticeTitle } from "./reminder-notice/markdown.js";
export { NOTICE_WORDS, ITEM_KIND_LABEL, itemLabel, periodLabel, dateLabel } from "./reminder-notice/words.js";
export { webhookRequest, webhookOutcome, webhookUrl, robotOf, robotSigns, checkRobotSecret, ROBOTS, ROBOT_PER_MINUTE, SIGNATURE_HEADER } from "./webhook/robots.js";
export type { Robot, WebhookOptions, WebhookRequest, WebhookOutcome } from "./webhook/robots.js";
export { hmacSha256, toBase64, toHex } from "./webhook/sign.js";
export { deliverNotices, redactWebhook, shownAddress, DEADLINE_EXCEEDED, DEFAULT_POST_TIMEOUT_MS, type Delivery, type DeliveryOptions, type PostRequest } from "./webhook/deliver.js";
export {
  canonicalIp,
  checkResolvedAddresses,
  checkWebhookUrl,
  guardWebhook,
  hostAllowed,
  isSpecialAddress,
  normaliseHost,
  parseWebhookAllow,
  specialAddress,
  WEBHOOK_ALLOW_SETTING,
  type CheckedWebhook,
  type ResolveHost,
  type SpecialAddress,
  type SpecialKind,
} from "./webhook/guard.js";
