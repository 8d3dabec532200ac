// Progress reports: append (idempotent with an Idempotency-Key) and list.

import { createRoute, OpenAPIHono, z } from "@hono/zod-openapi";
import { PERIOD_PATTERN, ProgressReport, ProgressSubmission } from "@plan/domain";
import { listProgress as listProgressVerb, recordProgress } from "@plan/store";
import type { AppDeps, AppEnv } from "../env.js";
import { caller, errors, named, Page, PageQuery, PlanParam } from "./shared.js";

// The domain's submission, strict (an unknown field is a 400 naming it), under its own name. The
// period's form is left to the domain's check, so that a malformed one is the same 422
// progress.invalid here as in every front end.
// `replace` is the caller's choice, not part of the report: a second, different report for the
// same item, unit and period is refused (409 progress.duplicate) unless it is true.
const ProgressBody = z
  .strictObject({
    ...ProgressSubmission.shape,
    period: z.string().openapi({ pattern: PERIOD_PATTERN.source, example: "2016-06" }),
    replace: z.boolean().optional().openapi({ description: "true: replace the report already recorded for the same item, unit and period (refused with 409 otherwise)" }),
  })
  .openapi("ProgressInput", {
    example: { task: "4", target: 5, period: "2016-06", value: 3500, note: "", evidence: [] },
  });
const Report = named(ProgressReport, "ProgressReport");

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
    201: { description: "Recorded", content: { "application/json": { schema: Report } } },
    200: { description: "Already recorded: under this Idempotency-Key, or the same report for its item, unit and period", content: { "application/json": { schema: Report } } },
    ...errors(400, 401, 403, 404, 409, 413, 415, 422),
  },
});

const listProgress = createRoute({
  method: "get",
  path: "/plans/{plan}/progress",
  summary: "Progress reports, oldest first",
  request: { params: PlanParam, query: PageQuery.extend({ task: z.string().optional(), unit: z.string().optional() }) },
  responses: { 200: { description: "A page of reports", content: { "application/json": { schema: Page(Report) } } }, ...errors(400, 401, 404) },
});

export const progressRoutes = (deps: AppDeps) =>
  new OpenAPIHono<AppEnv>()
    .openapi(addProgress, async (c) => {
      const key = c.get("key");
      const { replace, ...submission } = c.req.valid("json");
      const { report, replayed } = await deps.store.run(recordProgress(c.req.valid("param").plan, submission, caller(key), c.req.valid("header")["idempotency-key"], { replace }));
      if (replayed) c.header("Idempotent-Replayed", "true");
      return c.json(report, replayed ? 200 : 201);
    })
    .openapi(listProgress, async (c) => {
      const { cursor, limit, task, unit } = c.req.valid("query");
      return c.json(await deps.store.run(listProgressVerb(c.req.valid("param").plan, { task, unit }, { cursor, limit }, caller(c.get("key")))), 200);
    });
