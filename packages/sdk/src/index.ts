// @plan/sdk: a typed client for the plan API, for Node, browsers and Workers.
export { createClient, type ClientOptions, type PlanClient } from "./client.js";
export { PlanApiError } from "./errors.js";
export type { RetryOptions } from "./fetch.js";
export type {
  AuditEntry,
  Extension,
  ExtensionDecision,
  ExtensionRequest,
  ReviewDecision,
  Supervision,
  TaskClosure,
  BaselineChange,
  BaselineInput,
  BulletinFormat,
  ErrorBody,
  Finding,
  Health,
  ImportResult,
  NotCarried,
  Page,
  Plan,
  PlanOverview,
  PlanStatus,
  PlanSummary,
  ProgressImportResult,
  ProgressInput,
  ProgressReport,
  QueryOf,
  Reminders,
  ReminderSendRequest,
  ReminderSendResult,
  Task,
  TaskDetail,
  TaskListItem,
  Unit,
} from "./types.js";
/** The API's routes as described by its OpenAPI document, for calls of your own (openapi-fetch takes them as they are). */
export type { components, paths } from "./generated/api.js";
