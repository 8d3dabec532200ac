// Status and rollups, the 通报, reminders.

import { createRoute, OpenAPIHono, z } from "@hono/zod-openapi";
import { BULLETIN_FORMATS, BULLETIN_MEDIA_TYPES, PlanOverview, PlanStatus, Reminders } from "@plan/domain";
import { bulletinAsOf, overviewAsOf, remindersAsOf, statusAsOf } from "@plan/store";
import type { AppDeps, AppEnv } from "../env.js";
import { AsOf, caller, errors, named, Page, PageQuery, PlanParam } from "./shared.js";

// A unit in any printing of its name; one the plan does not name is a 404 (unit.not-found).
const UnitFilter = (description: string) => z.string().trim().min(1).max(200).optional().openapi({ description, example: "省交通运输厅" });

const status = createRoute({
  method: "get",
  path: "/plans/{plan}/status",
  summary: "Status as of a date: tasks, and rollups by area and by unit as lead and as support; with unit, that unit's tasks only",
  request: { params: PlanParam, query: z.object({ asOf: AsOf, unit: UnitFilter("Only the tasks this unit leads or supports, rolled up again") }) },
  responses: { 200: { description: "Status", content: { "application/json": { schema: named(PlanStatus, "PlanStatus") } } }, ...errors(400, 401, 404) },
});

const portfolio = createRoute({
  method: "get",
  path: "/status",
  summary: "Every plan's overall status as of a date, in the order plans were imported: the supervising office's overview",
  request: { query: PageQuery.extend({ asOf: AsOf }) },
  responses: { 200: { description: "A page of plans with their overall rollup", content: { "application/json": { schema: Page(named(PlanOverview, "PlanOverview")) } } }, ...errors(400, 401) },
});

const bulletinRoute = createRoute({
  method: "get",
  path: "/plans/{plan}/report",
  summary: "The 通报 as Word (docx), Excel (xlsx), HTML, Markdown or its figures as JSON",
  description:
    "On a Node server the 通报 is rendered in a worker thread, under the deadline and heap cap of PLAN_READ_TIMEOUT_MS and PLAN_READ_MEMORY_MB: " +
    "past either it is refused with 422 output.too-large naming the limit (`details.limit`, `details.max`), and the server answers other requests meanwhile. " +
    "HTML and Markdown need far less than Word and Excel.",
  request: {
    params: PlanParam,
    query: z.object({
      asOf: AsOf,
      format: z.enum(BULLETIN_FORMATS).default("md"),
      number: z.string().trim().max(100).optional().openapi({ description: "The document number on the 文号 line", example: "赣督办\u30142016\u301512号" }),
      issuer: z.string().trim().max(100).optional().openapi({ description: "The issuing office" }),
      date: AsOf.openapi({ description: "The date of issue (default: the as-of date)" }),
    }),
  },
  responses: {
    200: {
      description: "The report, with a Content-Disposition file name report-<plan>-<as of>.<format>",
      content: {
        [BULLETIN_MEDIA_TYPES.docx]: { schema: z.string().openapi({ format: "binary" }) },
        [BULLETIN_MEDIA_TYPES.xlsx]: { schema: z.string().openapi({ format: "binary" }) },
        "text/html": { schema: z.string() },
        "text/markdown": { schema: z.string() },
        "application/json": { schema: z.object({}).passthrough().openapi({ description: "The bulletin: summary figures, areas, ranking, named tasks, narrative" }) },
      },
    },
    ...errors(400, 401, 404, 422, 503),
  },
});

const reminderRoute = createRoute({
  method: "get",
  path: "/plans/{plan}/reminders",
  summary: "Which units owe which reports for the period due; before the first period is due, none and notYetDue says when",
  request: { params: PlanParam, query: z.object({ asOf: AsOf, unit: UnitFilter("Only what this unit owes") }) },
  responses: { 200: { description: "Reminders", content: { "application/json": { schema: named(Reminders, "Reminders") } } }, ...errors(400, 401, 404) },
});

export const statusRoutes = (deps: AppDeps) => {
  const timeZone = deps.timeZone;
  return new OpenAPIHono<AppEnv>()
    .openapi(portfolio, async (c) => {
      const { asOf, cursor, limit } = c.req.valid("query");
      return c.json(await deps.store.run(overviewAsOf({ cursor, limit }, { asOf, timeZone }, caller(c.get("key")))), 200);
    })
    .openapi(status, async (c) => {
      const { asOf, unit } = c.req.valid("query");
      return c.json(await deps.store.run(statusAsOf(c.req.valid("param").plan, { asOf, timeZone }, unit, caller(c.get("key")))), 200);
    })
    .openapi(bulletinRoute, async (c) => {
      const { asOf, format, number, issuer, date } = c.req.valid("query");
      const { body, mediaType, fileName } = await deps.store.run(
        bulletinAsOf(c.req.valid("param").plan, format, { asOf, timeZone }, { number, issuer, date }, caller(c.get("key")), { jobs: deps.jobs }),
      );
      // Word and Excel are saved; HTML, Markdown and JSON open in place, under the same kind of name.
      const headers = { "content-type": mediaType, "content-disposition": `${typeof body === "string" ? "inline" : "attachment"}; filename="${fileName}"` };
      return c.body(typeof body === "string" ? body : (new Uint8Array(body) as Uint8Array<ArrayBuffer>), 200, headers);
    })
    .openapi(reminderRoute, async (c) => {
      const { asOf, unit } = c.req.valid("query");
      return c.json(await deps.store.run(remindersAsOf(c.req.valid("param").plan, { asOf, timeZone }, unit, caller(c.get("key")))), 200);
    });
};
