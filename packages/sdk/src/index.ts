// @plan/sdk: a typed client for the plan API, for Node, browsers and Workers.
export { createClient, type ClientOptions, type PlanClient, type ImportResult, type Page, type PlanSummary, type ProgressInput } from "./client.js";
export { PlanApiError } from "./errors.js";
export type { RetryOptions } from "./fetch.js";
export type { Api } from "@plan/api";
export type { Plan, PlanOverview, PlanStatus, ProgressReport, Unit, Finding } from "@plan/domain";
