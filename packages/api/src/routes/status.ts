// Status and rollups, the dispatch report, reminders.

import { createRoute, OpenAPIHono, z } from "@hono/zod-openapi";
import { dispatchReport, PlanOverview, planOverview, PlanStatus, reminders, reportToHtml, reportToMarkdown, reportToSheets, writeXlsx } from "@plan/domain";
import type { AppDeps, AppEnv } from "../env.js";
import { AsOf, errors, Page, PageQuery, PlanParam, today } from "./shared.js";

const status = createRoute({
  method: "get",
  path: "/plans/{plan}/status",
  summary: "Status as of a date: tasks, and rollups by area and by unit as lead and as support",
  request: { params: PlanParam, query: z.object({ asOf: AsOf }) },
  responses: { 200: { description: "Status", content: { "application/json": { schema: PlanStatus } } }, ...errors(400, 401, 404) },
});

const portfolio = createRoute({
  method: "get",
  path: "/status",
  summary: "Every plan's overall status as of a date, in the order plans were imported: the supervising office's overview",
  request: { query: PageQuery.extend({ asOf: AsOf }) },
  responses: { 200: { description: "A page of plans with their overall rollup", content: { "application/json": { schema: Page(PlanOverview) } } }, ...errors(400, 401) },
});

const report = createRoute({
  method: "get",
  path: "/plans/{plan}/report",
  summary: "The dispatch report (调度通报) as Markdown, HTML or xlsx",
  request: { params: PlanParam, query: z.object({ asOf: AsOf, format: z.enum(["md", "html", "xlsx"]).default("md") }) },
  responses: {
    200: {
      description: "The report",
      content: {
        "text/markdown": { schema: z.string() },
        "text/html": { schema: z.string() },
        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": { schema: z.string().openapi({ format: "binary" }) },
      },
    },
    ...errors(400, 401, 404),
  },
});

const reminderRoute = createRoute({
  method: "get",
  path: "/plans/{plan}/reminders",
  summary: "Which units owe which reports for the period due",
  request: { params: PlanParam, query: z.object({ asOf: AsOf }) },
  responses: { 200: { description: "Reminders", content: { "application/json": { schema: z.any() } } }, ...errors(400, 401, 404) },
});

export const statusRoutes = (deps: AppDeps) =>
  new OpenAPIHono<AppEnv>()
    .openapi(portfolio, async (c) => {
      const { asOf, cursor, limit } = c.req.valid("query");
      const { items, nextCursor } = await deps.store.listPlans({ cursor, limit });
      // Only the page's plans are assessed: the overview of a large store stays one page's work.
      const statuses = new Map((await deps.store.portfolio(asOf ?? today(), items.map((p) => p.id))).map((s) => [s.planId, s]));
      return c.json({ items: items.map((p) => planOverview(statuses.get(p.id)!)), nextCursor }, 200);
    })
    .openapi(status, async (c) => c.json(await deps.store.status(c.req.valid("param").plan, c.req.valid("query").asOf ?? today()), 200))
    .openapi(report, async (c) => {
      const { asOf, format } = c.req.valid("query");
      const state = await deps.store.status(c.req.valid("param").plan, asOf ?? today());
      const doc = dispatchReport(state, reminders(state));
      const name = `report-${state.planId}-${state.asOf}`;
      if (format === "xlsx") {
        return c.body(new Uint8Array(writeXlsx(reportToSheets(doc))) as Uint8Array<ArrayBuffer>, 200, {
          "content-type": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
          "content-disposition": `attachment; filename="${name}.xlsx"`,
        });
      }
      return format === "html"
        ? c.body(reportToHtml(doc), 200, { "content-type": "text/html; charset=utf-8" })
        : c.body(reportToMarkdown(doc), 200, { "content-type": "text/markdown; charset=utf-8" });
    })
    .openapi(reminderRoute, async (c) => {
      const state = await deps.store.status(c.req.valid("param").plan, c.req.valid("query").asOf ?? today());
      return c.json({ asOf: state.asOf, period: state.duePeriod, reminders: reminders(state) }, 200);
    });
