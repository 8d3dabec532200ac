// Progress reports: append (idempotent with an Idempotency-Key) and list.

import { createRoute, OpenAPIHono, z } from "@hono/zod-openapi";
import { PlanError, ProgressReport, unitKey } from "@plan/domain";
import { requireRole } from "../auth.js";
import type { AppDeps, AppEnv } from "../env.js";
import { errors, Page, PageQuery, PlanParam } from "./shared.js";

const ProgressBody = z
  .object({
    task: z.string().min(1).openapi({ example: "4" }),
    target: z.number().int().positive().nullable().optional().openapi({ description: "1-based target of the task", example: 5 }),
    milestone: z.number().int().positive().nullable().optional(),
    unit: z.string().min(1).optional().openapi({ description: "The reporting unit; a unit key reports for its own unit", example: "省交通運輸廳" }),
    period: z.string().openapi({ example: "2016-06" }),
    value: z.number().nonnegative().nullable().optional().openapi({ description: "Cumulative value achieved so far", example: 3500 }),
    status: z.enum(["on-track", "at-risk", "behind", "done"]).nullable().optional(),
    note: z.string().max(10_000).optional(),
    evidence: z.array(z.url()).max(20).optional(),
  })
  .strict()
  .openapi("ProgressInput");

const addProgress = createRoute({
  method: "post",
  path: "/plans/{plan}/progress",
  summary: "Report progress (admin, or a unit key for its own unit's tasks)",
  request: {
    params: PlanParam,
    headers: z.object({ "idempotency-key": z.string().min(1).max(200).optional().openapi({ description: "Retries with the same key record once" }) }),
    body: { content: { "application/json": { schema: ProgressBody } }, required: true },
  },
  responses: {
    201: { description: "Recorded", content: { "application/json": { schema: ProgressReport } } },
    200: { description: "Already recorded under this Idempotency-Key", content: { "application/json": { schema: ProgressReport } } },
    ...errors(400, 401, 403, 404, 409, 413, 415, 422),
  },
});

const listProgress = createRoute({
  method: "get",
  path: "/plans/{plan}/progress",
  summary: "Progress reports, oldest first",
  request: { params: PlanParam, query: PageQuery.extend({ task: z.string().optional(), unit: z.string().optional() }) },
  responses: { 200: { description: "A page of reports", content: { "application/json": { schema: Page(ProgressReport) } } }, ...errors(400, 401, 404) },
});

export const progressRoutes = (deps: AppDeps) =>
  new OpenAPIHono<AppEnv>()
    .openapi(addProgress, async (c) => {
      const key = c.get("key");
      requireRole(key, "admin", "unit");
      const body = c.req.valid("json");
      let unit = body.unit;
      if (key.role === "unit") {
        if (unit !== undefined && unitKey(unit) !== unitKey(key.unit ?? "")) {
          throw new PlanError("auth.forbidden", `this key reports for ${key.unit}, not ${unit}`, { unit });
        }
        unit = key.unit ?? undefined;
      }
      if (unit === undefined) throw new PlanError("progress.invalid", "unit: say which unit reports", { field: "unit" });
      const { report, replayed } = await deps.store.recordProgress(
        c.req.valid("param").plan,
        { ...body, unit, reportedBy: key.id },
        key.id,
        c.req.valid("header")["idempotency-key"],
      );
      if (replayed) c.header("Idempotent-Replayed", "true");
      return c.json(report, replayed ? 200 : 201);
    })
    .openapi(listProgress, async (c) => {
      const { cursor, limit, task, unit } = c.req.valid("query");
      return c.json(await deps.store.listProgress(c.req.valid("param").plan, { task, unit }, { cursor, limit }), 200);
    });
