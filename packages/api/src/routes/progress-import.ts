// POST /plans/{plan}/progress:import: progress sheets (进展情况填报表, .xlsx or .csv) uploaded as
// multipart files, every row recorded or none (the importProgress verb).
//
// The path is the custom-method form (Google AIP-136): a literal ":import" after the collection.
// In a Hono path a ":" starts a parameter, so "progress:import" would route as "progress" plus a
// parameter named "import" matching anything (progressXYZ too). The route is served as a parameter
// constrained by a regular expression to exactly that segment (as sent, or with the colon
// percent-encoded, as encodeURIComponent writes it), and documented in OpenAPI under its literal
// path.

import { createRoute, OpenAPIHono, z } from "@hono/zod-openapi";
import { PlanError, ProgressImportResult } from "@plan/domain";
import { importProgress, type ProgressFile } from "@plan/store";
import type { AppDeps, AppEnv } from "../env.js";
import { caller, errors, named, PlanParam } from "./shared.js";

const Result = named(ProgressImportResult, "ProgressImportResult");

const route = createRoute({
  method: "post",
  path: "/plans/{plan}/progress:import",
  summary: "Import filled-in progress sheets (.xlsx, .csv): every row recorded, or none",
  description:
    "Upload one or more sheets made by `plan template` (or any sheet with its headers: 任务编号, 指标/节点, 责任单位, 填报期间, 累计完成, 完成状态, 进展情况, 佐证材料, 存在问题, 下步计划) " +
    "as multipart fields named `file`. Every row of every file is checked against the plan; any problem fails the whole import with 422 progress.invalid " +
    "and `details.errors[]`, each `{file, sheet, row, column, field, message}`: among them a formula whose value the file does not save (save the file in Excel or WPS first) " +
    "and one figure merged over the rows of several items (each needs its own value). A file beyond one of the limits on input is 413 input.too-large, " +
    "naming the file and the limit (`details.file`, `details.limit`); on a Node server the sheets are read and checked in a worker thread, and reading past " +
    "PLAN_READ_TIMEOUT_MS or PLAN_READ_MEMORY_MB is 413 input.too-large naming readMillis or readMemoryMb. A row identical to a report already recorded is counted `unchanged`; " +
    "a different one for the same item, unit and period is refused (409 progress.duplicate, naming the rows) unless `replace=true`. " +
    "A unit key imports its own unit's rows only (403 auth.forbidden naming the others).",
  request: {
    params: PlanParam,
    query: z.object({
      replace: z.enum(["true", "false"]).optional().openapi({ description: "true: a row different from the report recorded for its item, unit and period replaces it" }),
    }),
    body: {
      content: {
        "multipart/form-data": {
          schema: z.object({
            file: z
              .any()
              .optional()
              .openapi({ type: "array", items: { type: "string", format: "binary" }, description: "One or more sheets, each in a field named file" }),
          }),
        },
      },
      required: true,
    },
  },
  responses: {
    201: { description: "Recorded (every row of every file)", content: { "application/json": { schema: Result } } },
    200: { description: "Nothing new: every row was already recorded as it is", content: { "application/json": { schema: Result } } },
    ...errors(400, 401, 403, 404, 409, 413, 415, 422, 503),
  },
});

// Served as a constrained parameter (see the top of the file); zod-openapi turns {name} into :name.
const SERVED = { ...route, path: "/plans/{plan}/{verb{progress(?::|%3[Aa])import}}", hide: true };

const uploads = async (value: unknown): Promise<ProgressFile[]> => {
  const files = (Array.isArray(value) ? value : value === undefined ? [] : [value]).filter((f): f is File => f instanceof File);
  if (files.length === 0) throw new PlanError("request.invalid", "multipart upload: the sheets go in fields named file", { field: "file" });
  return Promise.all(files.map(async (f) => ({ name: f.name, bytes: new Uint8Array(await f.arrayBuffer()) })));
};

export const progressImportRoutes = (deps: AppDeps) => {
  const app = new OpenAPIHono<AppEnv>();
  app.openAPIRegistry.registerPath(route);
  return app.openapi(SERVED, async (c) => {
    const key = c.get("key");
    if (!(c.req.header("content-type") ?? "").startsWith("multipart/form-data")) {
      throw new PlanError("request.unsupported-type", "send the sheets as multipart/form-data, each in a field named file", { accepted: ["multipart/form-data"] });
    }
    const files = await uploads((await c.req.parseBody({ all: true })).file);
    const result = await deps.store.run(importProgress(c.req.valid("param").plan, files, caller(key), { replace: c.req.valid("query").replace === "true", jobs: deps.jobs }));
    return c.json(result, result.recorded > 0 ? 201 : 200);
  });
};
