// The application layer: the verbs every front end (CLI, API on Node and on Workers) calls, as
// Effects over the PlanStore service. Each fails only with a StoreError carrying one of the
// domain's error codes; a front end runs the verb and maps that code, once.

export { type Act, allow, type Caller, rolesFor } from "./caller.js";
export { closeTask, reopenTask } from "./close-out.js";
export { createKey, KEY_ROLES, type KeyRequest } from "./create-key.js";
export { decideExtension, listExtensions, requestExtension } from "./extensions.js";
export { reviewReport } from "./review.js";
export { planAudit, supervisionAsOf } from "./supervision-reads.js";
export { deletePlan } from "./delete-plan.js";
export { getPlan, getUnit, listPlans, planSummary } from "./plans.js";
export { bootstrapKey, listKeys, revokeKey } from "./keys.js";
export { databaseState } from "./operations.js";
export { setBaseline } from "./set-baseline.js";
export { type JobName, type JobRunner, runInProcess } from "./jobs.js";
export { type DocumentInput, importDocuments, type ImportRequest } from "./import-documents.js";
export { importProgress, type ProgressFile, type ProgressImportOptions } from "./import-progress.js";
export { templateSheets, type TemplateRequest } from "./progress-template.js";
export { getTask, listProgress, listTasks, type ReportQuery, type TaskList } from "./plan-reads.js";
export { recordProgress } from "./record-progress.js";
export { type NoticeBatch, reminderNoticesAsOf } from "./reminder-notices.js";
export { DEFAULT_DEADLINE_MS, fetchPost, MAX_ANSWER_BYTES, type Outbound, type SendRequest, type SendResult, sendReminders } from "./send-reminders.js";
export { replacePlan } from "./replace-plan.js";
export { bulletinAsOf, overviewAsOf, portfolioAsOf, remindersAsOf, statusAsOf } from "./status-reads.js";
export { type AsOf, resolveAsOf, todayIn } from "./today.js";
