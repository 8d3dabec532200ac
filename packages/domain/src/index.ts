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
export { readPlanDocument, type DocumentOptions } from "./use-cases/read-document.js";
export { resolveUnit, selectTasks, type TaskFilter, unitNamed } from "./use-cases/select-tasks.js";
export { planMilestones, planTargets } from "./use-cases/plan-items.js";
export { today, checkTimeZone, DEFAULT_TIME_ZONE } from "./status/today.js";

// ── Reading documents: files of every format, text in any encoding ───────────────────────────
export { parsePlan, parsePlanRows, type ParseOptions } from "./parse/plan.js";
export { parsePlanFile, detectFormat, type FileFormat, type FileOptions } from "./formats/file.js";
export { COLUMN_ROLES, type Cell, type ColumnNames, type ColumnRole } from "./parse/table.js";
export { decode, decodeText, detectEncoding, DecodeError, type BadBytes, type DecodedText, type DecodeOptions, type Encoding } from "./text/decode.js";
export { readCsv } from "./formats/csv.js";
export { readDocx } from "./formats/docx.js";
export { readXlsx, type Sheet } from "./formats/xlsx.js";
export { writeXlsx, type SheetData, type SheetValue } from "./formats/xlsx-write.js";
export { PackageError } from "./formats/zip.js";
export { UnsupportedFormatError, type UnsupportedFormat } from "./formats/unsupported.js";
export { contentHash } from "./text/hash.js";

// ── Validation ──────────────────────────────────────────────────────────────────────────────
export { validatePlan, RULES, type Rule } from "./rules/index.js";

// ── Units: names in any printing, registries ────────────────────────────────────────────────
export { createUnitResolver, type ResolvedUnit, type UnitResolver } from "./units/registry.js";
export { unitKey } from "./units/key.js";

// ── Progress and status: checking reports, assessing tasks, rolling up, reminders ───────────
export { checkProgress, findTask, type CheckedProgress } from "./status/progress-check.js";
export { admitReport, compareWithEarlier, type EarlierReport, type SecondReportOutcome } from "./status/second-report.js";
export { admitRetry, type FirstUse, type RetryOutcome } from "./status/retry.js";
export { findTarget } from "./status/find-target.js";
export { checkBaseline, type CheckedBaseline } from "./status/baseline-check.js";
export {
  assessTarget,
  assessMilestone,
  assessTask,
  accountability,
  type TaskDecisions,
  ON_TRACK,
  AT_RISK,
  DUE_SOON_DAYS,
  type Clock,
  type StatusPlan,
  type StatusTask,
} from "./status/assess.js";
export { planStatus, planStart, planEnd, rollup, type StatusOptions } from "./status/rollup.js";
export { reminders, reminderList } from "./status/reminders.js";
export { statusForUnit } from "./status/for-unit.js";
export type { ApprovedExtension } from "./status/deadlines.js";
export { checkExtension, answersFor, type CheckedExtension } from "./status/extension-check.js";
export { checkReview } from "./status/review-check.js";
export { periodRange, periodOf, duePeriod, checkWorkingDate, type Cadence, type PeriodRange } from "./status/period.js";

// ── Progress sheets (进展情况填报表): the template's rows, reading and checking filled-in sheets ──
export {
  readProgressSheets,
  formatSheetProblem,
  type SheetPlace,
  type SheetProblem,
  type SheetRow,
  type SheetSubmission,
  type SheetReading,
  type SheetOptions,
} from "./progress-sheet/read.js";
export { checkSheetRows, type CheckedSheetRow } from "./progress-sheet/check.js";
export { progressTemplate, templateCsv, type TemplateItem, type TemplateOptions, type TemplateRow, type TemplateSheet } from "./progress-sheet/template.js";

// ── Rendering: task tables ───────────────────────────────────────────────────────────────────
export { taskRows, taskTable, type TaskRow } from "./render/task-table.js";
export { toCsv, toMarkdown } from "./render/delimited.js";

// ── The 通报 (bulletin): built once, then rendered; Word and Excel in @plan/domain/office ───────
export { bulletin } from "./bulletin/build.js";
export { bulletinToHtml } from "./bulletin/html.js";
export { bulletinToMarkdown } from "./bulletin/markdown.js";
export { BULLETIN_FORMATS, BULLETIN_MEDIA_TYPES, type BulletinFormat, type RenderedBulletin } from "./bulletin/format.js";
export { STATUS_LABEL, type Light } from "./bulletin/status-light.js";
export { NO_SUPERVISION, type BulletinSupervision, type ReturnedReport, type ExtensionRecord, type ClosedTask } from "./bulletin/supervision.js";
export type { Bulletin, BulletinOptions, BulletinTask, BulletinArea, BulletinSummary, BulletinNarrative, UnitRank, NamedTask } from "./bulletin/model.js";

// ── Quantities as people write and read them: 3000万, 12亿元, 1.2万公里, 85% ─────────────────
export { parseQuantity } from "./quantity/parse.js";
export { formatQuantity } from "./quantity/format.js";

// ── Reminders that leave the building: the 催办单 and the chat robots' webhooks ───────────────
export { reminderNotices, ReminderNotice, NoticeTask, NoticeItem, REPLY_WITHIN_DAYS, type NoticeOptions } from "./reminder-notice/notice.js";
export { reminderNoticeMarkdown, reminderNoticeChat } from "./reminder-notice/markdown.js";
export { periodLabel } from "./reminder-notice/words.js";
export { webhookRequest, webhookOutcome, webhookUrl, robotOf, robotSigns, checkRobotSecret, ROBOTS, ROBOT_PER_MINUTE, SIGNATURE_HEADER } from "./webhook/robots.js";
export type { Robot, WebhookOptions, WebhookRequest, WebhookOutcome } from "./webhook/robots.js";
export { deliverNotices, shownAddress, DEADLINE_EXCEEDED, DEFAULT_POST_TIMEOUT_MS, type Delivery, type DeliveryOptions, type PostRequest } from "./webhook/deliver.js";
export { checkResolvedAddresses, checkWebhookUrl, guardWebhook, parseWebhookAllow, type CheckedWebhook, type ResolveHost } from "./webhook/guard.js";
