// Plans, their tasks, units, targets and milestones.

import { createRoute, OpenAPIHono, z } from "@hono/zod-openapi";
import {
  AssessedTask,
  Finding,
  LIMITS,
  ImportResult,
  MilestoneListing,
  NotCarried,
  Plan,
  PlanError,
  PlanSummary,
  planMilestones,
  planTargets,
  Status,
  TargetListing,
  TaskListing,
  Unit,
  validatePlan,
  type Plan as PlanType,
} from "@plan/domain";
import {
  deletePlan as deletePlanVerb,
  getPlan as getPlanVerb,
  getTask as getTaskVerb,
  getUnit as getUnitVerb,
  importDocuments,
  listPlans as listPlansVerb,
  listTasks as listTasksVerb,
  replacePlan as replacePlanVerb,
} from "@plan/store";
import type { Context } from "hono";
import { tagPlanRead } from "../plan-etag.js";
import type { AppDeps, AppEnv } from "../env.js";
import { AsOf, caller, errors, named, Page, PageQuery, PlanParam, TaskParams, UnitParams } from "./shared.js";

const Summary = named(PlanSummary, "PlanSummary");
const UnitSchema = named(Unit, "Unit");
const Imported = z.object({ ...ImportResult.shape, plan: Summary, notCarried: z.array(named(NotCarried, "NotCarried")) }).openapi("ImportResult");
// `text` is checked in the handler: the validators run for both content types of the route, so a
// file upload would otherwise fail the JSON schema. Its length is the core's to judge (LIMITS, 413).
const ImportBody = z
  .object({
    text: z
      .string()
      .min(1)
      .optional()
      .openapi({ description: `The document's text, up to ${LIMITS.textChars.toLocaleString("en-US")} characters` }),
    name: z.string().max(255).optional(),
  })
  .strict()
  .openapi("ImportText");

const Strict = z
  .enum(["true", "false"])
  .optional()
  .openapi({ description: "true: refuse a text file with any undecodable byte (by default such bytes read as U+FFFD, each place in the plan's notes)" });
const DocumentBody = {
  content: {
    "application/json": { schema: ImportBody },
    "multipart/form-data": { schema: z.object({ file: z.any().optional().openapi({ type: "string", format: "binary" }) }) },
  },
  required: true,
} as const;

const importPlan = createRoute({
  method: "post",
  path: "/plans",
  summary: "Import a plan document (text as JSON, or a file upload: .txt .md .docx .xlsx .csv)",
  request: {
    query: z.object({
      strict: Strict,
      revises: z.string().min(1).optional().openapi({
        description: "The plan this document replaces (as PUT /plans/{plan}/document does); by default the latest plan of the same title and year",
      }),
    }),
    body: DocumentBody,
  },
  responses: {
    201: { description: "Imported", content: { "application/json": { schema: Imported } } },
    200: { description: "Already imported", content: { "application/json": { schema: Imported } } },
    ...errors(400, 401, 403, 404, 413, 415, 422),
  },
});

const replaceDocument = createRoute({
  method: "put",
  path: "/plans/{plan}/document",
  summary: "Replace a plan's document (a corrected file): reports still fitting are carried over, the rest listed in notCarried",
  description:
    "The new document is stored as a new plan that revises this one; this plan is kept as history (its supersededBy names the new one) with all its reports. " +
    "A report is carried over when its task (same title), its target or milestone (same text) and its unit (still named by the task) are in the new document.",
  request: { params: PlanParam, query: z.object({ strict: Strict }), body: DocumentBody },
  responses: {
    201: { description: "Replaced: the new plan, what was carried over and what was not", content: { "application/json": { schema: Imported } } },
    200: { description: "The same document, read the same way: nothing replaced", content: { "application/json": { schema: Imported } } },
    ...errors(400, 401, 403, 404, 413, 415, 422),
  },
});

const deletePlan = createRoute({
  method: "delete",
  path: "/plans/{plan}",
  summary: "Delete a plan with its tasks, reports and all it holds (admin); the audit log keeps its entries",
  request: { params: PlanParam },
  responses: { 204: { description: "Deleted" }, ...errors(401, 403, 404) },
});

const listPlans = createRoute({
  method: "get",
  path: "/plans",
  summary: "The plans stored, oldest first",
  request: { query: PageQuery },
  responses: { 200: { description: "A page of plans", content: { "application/json": { schema: Page(Summary) } } }, ...errors(400, 401) },
});

const getPlan = createRoute({
  method: "get",
  path: "/plans/{plan}",
  summary: "A plan as parsed",
  request: { params: PlanParam },
  responses: { 200: { description: "The plan", content: { "application/json": { schema: named(Plan, "Plan") } } }, ...errors(401, 404) },
});

const validate = createRoute({
  method: "get",
  path: "/plans/{plan}/validate",
  summary: "Findings of every validation rule",
  request: { params: PlanParam },
  responses: { 200: { description: "Findings, errors first", content: { "application/json": { schema: z.array(named(Finding, "Finding")) } } }, ...errors(401, 404) },
});

const TaskQuery = PageQuery.extend({
  area: z.string().optional(),
  unit: z.string().optional().openapi({ description: "Tasks this unit leads, is responsible for or supports" }),
  status: Status.optional(),
  asOf: AsOf.openapi({ description: "With a status filter or asOf, each task carries its status as of that date (today by default)" }),
});

const listTasks = createRoute({
  method: "get",
  path: "/plans/{plan}/tasks",
  summary: "Tasks, filtered by area, unit or status (as of a date)",
  request: { params: PlanParam, query: TaskQuery },
  responses: { 200: { description: "A page of tasks with their status", content: { "application/json": { schema: Page(named(TaskListing, "TaskListing")) } } }, ...errors(400, 401, 404) },
});

const getTask = createRoute({
  method: "get",
  path: "/plans/{plan}/tasks/{task}",
  summary: "A task and its status",
  request: { params: TaskParams, query: z.object({ asOf: AsOf }) },
  responses: { 200: { description: "The task", content: { "application/json": { schema: named(AssessedTask, "AssessedTask") } } }, ...errors(400, 401, 404) },
});

const listUnits = createRoute({
  method: "get",
  path: "/plans/{plan}/units",
  summary: "The plan's units with their tasks by role",
  request: { params: PlanParam },
  responses: { 200: { description: "Units", content: { "application/json": { schema: z.array(UnitSchema) } } }, ...errors(401, 404) },
});

const getUnit = createRoute({
  method: "get",
  path: "/plans/{plan}/units/{unit}",
  summary: "A unit (by any printing of its name) with its tasks by role",
  request: { params: UnitParams },
  responses: { 200: { description: "The unit", content: { "application/json": { schema: UnitSchema } } }, ...errors(401, 404) },
});

const listTargets = createRoute({
  method: "get",
  path: "/plans/{plan}/targets",
  summary: "Every target of the plan with its task",
  request: { params: PlanParam },
  responses: { 200: { description: "Targets", content: { "application/json": { schema: z.array(named(TargetListing, "TargetListing")) } } }, ...errors(401, 404) },
});

const listMilestones = createRoute({
  method: "get",
  path: "/plans/{plan}/milestones",
  summary: "Every milestone of the plan with its task",
  request: { params: PlanParam },
  responses: { 200: { description: "Milestones", content: { "application/json": { schema: z.array(named(MilestoneListing, "MilestoneListing")) } } }, ...errors(401, 404) },
});

const readUpload = async (file: unknown): Promise<{ bytes: Uint8Array; name: string }> => {
  if (!(file instanceof File)) throw new PlanError("request.invalid", "multipart upload: the document goes in a field named file", { field: "file" });
  return { bytes: new Uint8Array(await file.arrayBuffer()), name: file.name };
};

// A document in a request: a file upload, or JSON with the text (`text` is checked here, see ImportBody).
const readDocumentBody = async (c: Context, json: z.infer<typeof ImportBody>, strict: boolean): Promise<{ bytes: Uint8Array; name: string; strict: boolean }> => {
  if ((c.req.header("content-type") ?? "").startsWith("multipart/form-data")) return { ...(await readUpload((await c.req.parseBody())["file"])), strict };
  if (json.text === undefined) throw new PlanError("request.invalid", "json.text: the document's text is required", { field: "text" });
  return { bytes: new TextEncoder().encode(json.text), name: json.name ?? "document.txt", strict };
};

export const planRoutes = (deps: AppDeps) => {
  const timeZone = deps.timeZone;
  // The plan a read of its document is about, with the read tagged from the plan's id.
  const planRead = async (c: Context<AppEnv, string, { out: { param: { plan: string } } }>): Promise<PlanType> => {
    const doc = await deps.store.run(getPlanVerb(c.req.valid("param").plan, caller(c.get("key"))));
    tagPlanRead(c, doc.id);
    return doc;
  };
  return new OpenAPIHono<AppEnv>()
    .openapi(importPlan, async (c) => {
      const key = c.get("key");
      const { strict, revises } = c.req.valid("query");
      const document = await readDocumentBody(c, c.req.valid("json") as z.infer<typeof ImportBody>, strict === "true");
      const [result] = await deps.store.run(importDocuments([document], { jobs: deps.jobs, revises }, caller(key)));
      return c.json(result!, result!.created ? 201 : 200);
    })
    .openapi(replaceDocument, async (c) => {
      const key = c.get("key");
      const document = await readDocumentBody(c, c.req.valid("json") as z.infer<typeof ImportBody>, c.req.valid("query").strict === "true");
      const result = await deps.store.run(replacePlanVerb(c.req.valid("param").plan, document, { jobs: deps.jobs }, caller(key)));
      return c.json(result, result.created ? 201 : 200);
    })
    .openapi(deletePlan, async (c) => {
      const key = c.get("key");
      // Who may delete is the verb's rule: a unit's or a viewer's key is refused there (403).
      await deps.store.run(deletePlanVerb(c.req.valid("param").plan, caller(key)));
      return c.body(null, 204);
    })
    .openapi(listPlans, async (c) => {
      const { cursor, limit } = c.req.valid("query");
      return c.json(await deps.store.run(listPlansVerb({ cursor, limit }, caller(c.get("key")))), 200);
    })
    .openapi(getPlan, async (c) => c.json(await planRead(c), 200))
    .openapi(validate, async (c) => c.json(validatePlan(await planRead(c)), 200))
    .openapi(listTasks, async (c) => {
      const { plan: ref } = c.req.valid("param");
      const { cursor, limit, area, unit, status, asOf } = c.req.valid("query");
      const list = await deps.store.run(listTasksVerb(ref, { area, unit, status }, { cursor, limit }, { asOf, timeZone }, caller(c.get("key"))));
      // Without status the page depends on the document alone: tagged from the plan's id.
      if (!list.assessed) tagPlanRead(c, list.planId);
      return c.json(list.page, 200);
    })
    .openapi(getTask, async (c) => {
      const { plan: ref, task } = c.req.valid("param");
      return c.json(await deps.store.run(getTaskVerb(ref, task, { asOf: c.req.valid("query").asOf, timeZone }, caller(c.get("key")))), 200);
    })
    .openapi(listUnits, async (c) => c.json((await planRead(c)).units, 200))
    .openapi(getUnit, async (c) => {
      const { plan, unit } = c.req.valid("param");
      return c.json(await deps.store.run(getUnitVerb(plan, unit, caller(c.get("key")))), 200);
    })
    .openapi(listTargets, async (c) => c.json(planTargets(await planRead(c)), 200))
    .openapi(listMilestones, async (c) => c.json(planMilestones(await planRead(c)), 200));
};
