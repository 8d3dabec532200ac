// The API's data under plain names, every one taken from the types generated from the API's OpenAPI
// document (src/generated/api.ts): what a method resolves with is what the API says it answers.

import type { components, paths } from "./generated/api.js";

type Json<Response> = Response extends { content: { "application/json": infer Body } } ? Body : never;
type Get<Path extends keyof paths> = NonNullable<paths[Path]["get"]>;
type Post<Path extends keyof paths> = NonNullable<paths[Path]["post"]>;
/** The JSON body of a successful GET of `Path`. */
type Ok<Path extends keyof paths> = Json<Get<Path>["responses"][200]>;
/** The query a GET of `Path` takes. */
export type QueryOf<Path extends keyof paths> = NonNullable<Get<Path>["parameters"]["query"]>;

/** A page of a list: pass `nextCursor` as `cursor` for the next; null on the last page. */
export interface Page<T> {
  items: T[];
  nextCursor: string | null;
}

export type Health = Ok<"/health">;
/** A stored plan in a list: its id, title, year, number of tasks and where it came from. */
export type PlanSummary = components["schemas"]["PlanSummary"];
/** What an import answers: the plan, whether it is new, and what it revises. */
export type ImportResult = Json<Post<"/plans">["responses"][200 | 201]>;
/** A report of a replaced plan that its new document could not take, and why. */
export type NotCarried = components["schemas"]["NotCarried"];
/** A plan as parsed: its tasks, their targets, milestones and units. */
export type Plan = Ok<"/plans/{plan}">;
export type Task = Plan["tasks"][number];
/** A rule's finding on a plan (an error, a warning or a note), with where it is. */
export type Finding = Ok<"/plans/{plan}/validate">[number];
/** A task in a list of tasks, with its status as of a date. */
export type TaskListItem = Ok<"/plans/{plan}/tasks">["items"][number];
/** One task with its assessment as of a date. */
export type TaskDetail = Ok<"/plans/{plan}/tasks/{task}">;
export type Unit = Ok<"/plans/{plan}/units/{unit}">;
/** A progress report as recorded. */
export type ProgressReport = Json<Post<"/plans/{plan}/progress">["responses"][201]>;
/** What an import of progress sheets did: rows recorded, rows already recorded as they are, reports replaced. */
export type ProgressImportResult = components["schemas"]["ProgressImportResult"];
/** What a unit reports: a value or a status for one target or milestone of a task, for a period. */
export type ProgressInput = components["schemas"]["ProgressInput"];
/** A plan's status as of a date: each task's and target's, rolled up by area and by unit. */
export type PlanStatus = Ok<"/plans/{plan}/status">;
/** One plan's overall rollup, as listed by the overview. */
export type PlanOverview = Ok<"/status">["items"][number];
/** Who owes which report for the period due, as of a date. */
export type Reminders = Ok<"/plans/{plan}/reminders">;
/** Where and how to send each unit's 催办单: the webhook address, the robot, its secret, one unit, the office, the reply-by date. */
export type ReminderSendRequest = components["schemas"]["ReminderSendRequest"];
/** What became of each unit's 催办单 sent to a robot or webhook. */
export type ReminderSendResult = components["schemas"]["ReminderSendResult"];
/** A format the 通报 (bulletin) is rendered in, as `report` takes it: docx, xlsx, html, md or json. */
export type BulletinFormat = NonNullable<QueryOf<"/plans/{plan}/report">["format"]>;
/** What a baseline is set to: a number in the target's unit, or as people write it (30%, 1.2万公里). */
export type BaselineInput = components["schemas"]["BaselineInput"];
/** A target's baseline as the office set it: the value before and after, in the target's unit. */
export type BaselineChange = components["schemas"]["BaselineChange"];
/** The office's decision on a report: accept, or return with a reason. */
export type ReviewDecision = components["schemas"]["ReviewDecision"];
/** A unit's request to move a deadline, and the office's decision on it. */
export type Extension = components["schemas"]["Extension"];
export type ExtensionRequest = components["schemas"]["ExtensionRequest"];
export type ExtensionDecision = components["schemas"]["ExtensionDecision"];
/** A task's close-out (办结) record. */
export type TaskClosure = components["schemas"]["TaskClosure"];
/** One step of the audit log. */
export type AuditEntry = components["schemas"]["AuditEntry"];
/** What the office has done as of a date: returned reports, extensions, closed tasks. */
export type Supervision = components["schemas"]["Supervision"];
/** The error body of every refusal. */
export type ErrorBody = components["schemas"]["Error"];
