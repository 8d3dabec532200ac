// The office's supervision: review and return of reports, extension requests and decisions,
// close-out (办结), the audit log, and the summary of them all for the 通报. Each route runs one
// verb; who may do what (the office decides, a unit key asks only for tasks its unit answers
// for) is the verbs' rule.

import { createRoute, OpenAPIHono, z } from "@hono/zod-openapi";
import { AuditEntry, Extension, ExtensionDecision, ExtensionRequest, ProgressReport, ReviewDecision, Supervision, TaskClosure } from "@plan/domain";
import { closeTask, decideExtension, listExtensions, planAudit, reopenTask, requestExtension, reviewReport, supervisionAsOf } from "@plan/store";
import type { AppDeps, AppEnv } from "../env.js";
import { AsOf, caller, errors, named, PlanParam, TaskParams } from "./shared.js";

const ReportParams = PlanParam.extend({
  report: z
    .string()
    .min(1)
    .openapi({ param: { name: "report", in: "path" }, description: "The report's id", example: "0b7c6f1e-0d5a-4a53-9d8e-3c2a1f1b2c3d" }),
});
const ExtensionParams = PlanParam.extend({
  extension: z
    .string()
    .min(1)
    .openapi({ param: { name: "extension", in: "path" }, description: "The extension request's id", example: "ext_1a2b3c4d5e6f7a8b" }),
});

const Report = named(ProgressReport, "ProgressReport");
const ExtensionSchema = named(Extension, "Extension");
const Closure = named(TaskClosure, "TaskClosure");
const ReviewBody = z.strictObject(ReviewDecision.shape).openapi("ReviewDecision", { example: { decision: "return", reason: "\u7F3A\u5C11\u4F50\u8BC1\u6750\u6599" } });
const ExtensionBody = z.strictObject(ExtensionRequest.shape).openapi("ExtensionRequest", { example: { task: "28", milestone: 1, reason: "\u7B49\u5F85\u5BA1\u5B9A", to: "2016-09-30" } });
const DecisionBody = z.strictObject(ExtensionDecision.shape).openapi("ExtensionDecision", { example: { decision: "approve", note: "" } });
const NoteBody = z.strictObject({ note: z.string().max(2000).optional() }).openapi("CloseOutNote");

const review = createRoute({
  method: "post",
  path: "/plans/{plan}/progress/{report}/review",
  summary: "Accept a report, or return it (退回) with a reason its unit reads (admin); a returned report does not count for status",
  request: { params: ReportParams, body: { content: { "application/json": { schema: ReviewBody } }, required: true } },
  responses: { 200: { description: "The report with its review", content: { "application/json": { schema: Report } } }, ...errors(400, 401, 403, 404, 409, 413, 415) },
});

const askExtension = createRoute({
  method: "post",
  path: "/plans/{plan}/extensions",
  summary: "Ask to move a deadline (延期申请): a unit key for a task its unit leads or is responsible for, or admin naming the unit",
  request: { params: PlanParam, body: { content: { "application/json": { schema: ExtensionBody } }, required: true } },
  responses: { 201: { description: "Requested", content: { "application/json": { schema: ExtensionSchema } } }, ...errors(400, 401, 403, 404, 409, 413, 415) },
});

const extensions = createRoute({
  method: "get",
  path: "/plans/{plan}/extensions",
  summary: "A plan's extension requests, in the order asked, with the deadline each replaces and its state",
  request: { params: PlanParam },
  responses: { 200: { description: "The requests", content: { "application/json": { schema: z.array(ExtensionSchema) } } }, ...errors(401, 404) },
});

const decide = createRoute({
  method: "post",
  path: "/plans/{plan}/extensions/{extension}/decision",
  summary: "Approve (the deadline moves for status and reminders) or refuse an extension request, once (admin)",
  request: { params: ExtensionParams, body: { content: { "application/json": { schema: DecisionBody } }, required: true } },
  responses: { 200: { description: "The decided request", content: { "application/json": { schema: ExtensionSchema } } }, ...errors(400, 401, 403, 404, 409, 413, 415) },
});

const closeRoute = (which: "close" | "reopen") =>
  createRoute({
    method: "post",
    path: `/plans/{plan}/tasks/{task}/${which}`,
    summary: which === "close" ? "Close a task (办结): it counts as achieved and owes no reminders (admin)" : "Reopen a closed task: status assesses it from its reports again (admin)",
    request: { params: TaskParams, body: { content: { "application/json": { schema: NoteBody } }, required: false } },
    responses: { 200: { description: "The task's close-out record", content: { "application/json": { schema: Closure } } }, ...errors(400, 401, 403, 404, 409, 413, 415) },
  });

const audit = createRoute({
  method: "get",
  path: "/plans/{plan}/audit",
  summary: "The plan's audit log, oldest first: every write with who made it and when",
  request: { params: PlanParam },
  responses: { 200: { description: "The entries", content: { "application/json": { schema: z.array(named(AuditEntry, "AuditEntry")) } } }, ...errors(401, 404) },
});

const supervision = createRoute({
  method: "get",
  path: "/plans/{plan}/supervision",
  summary: "What the office has done as of a date: reports returned, extensions asked and decided, tasks closed",
  request: { params: PlanParam, query: z.object({ asOf: AsOf }) },
  responses: { 200: { description: "The office's supervision", content: { "application/json": { schema: named(Supervision, "Supervision") } } }, ...errors(400, 401, 404) },
});

export const supervisionRoutes = (deps: AppDeps) => {
  const timeZone = deps.timeZone;
  return new OpenAPIHono<AppEnv>()
    .openapi(review, async (c) => {
      const { plan, report } = c.req.valid("param");
      return c.json(await deps.store.run(reviewReport(plan, report, c.req.valid("json"), caller(c.get("key")))), 200);
    })
    .openapi(askExtension, async (c) => c.json(await deps.store.run(requestExtension(c.req.valid("param").plan, c.req.valid("json"), caller(c.get("key")))), 201))
    .openapi(extensions, async (c) => c.json(await deps.store.run(listExtensions(c.req.valid("param").plan, caller(c.get("key")))), 200))
    .openapi(decide, async (c) => {
      const { plan, extension } = c.req.valid("param");
      return c.json(await deps.store.run(decideExtension(plan, extension, c.req.valid("json"), caller(c.get("key")))), 200);
    })
    .openapi(closeRoute("close"), async (c) => {
      const { plan, task } = c.req.valid("param");
      return c.json(await deps.store.run(closeTask(plan, task, { note: c.req.valid("json")?.note }, caller(c.get("key")))), 200);
    })
    .openapi(closeRoute("reopen"), async (c) => {
      const { plan, task } = c.req.valid("param");
      return c.json(await deps.store.run(reopenTask(plan, task, { note: c.req.valid("json")?.note }, caller(c.get("key")))), 200);
    })
    .openapi(audit, async (c) => c.json(await deps.store.run(planAudit(c.req.valid("param").plan, caller(c.get("key")))), 200))
    .openapi(supervision, async (c) => c.json(await deps.store.run(supervisionAsOf(c.req.valid("param").plan, { asOf: c.req.valid("query").asOf, timeZone }, caller(c.get("key")))), 200));
};
