// A target's baseline, set by the office: PUT /plans/{plan}/tasks/{task}/targets/{target}/baseline.

import { createRoute, OpenAPIHono, z } from "@hono/zod-openapi";
import { BaselineChange } from "@plan/domain";
import { setBaseline } from "@plan/store";
import type { AppDeps, AppEnv } from "../env.js";
import { caller, errors, named, TaskParams } from "./shared.js";

const TargetParams = TaskParams.extend({
  target: z
    .string()
    .min(1)
    .openapi({ param: { name: "target", in: "path" }, description: "The target's 1-based number in its task, or words of its text that match it alone", example: "1" }),
});

// The value as people write it is read by the domain against the target's unit, so a malformed
// one is the same 422 (value.invalid, value.unit-mismatch) as on the CLI.
const BaselineBody = z
  .strictObject({
    value: z.union([z.number(), z.string().min(1).max(100)]).openapi({
      description: "The baseline: a number in the target's unit, or as people write it (30%, 1.2万公里, 3000万元)",
      example: "1.2万",
    }),
  })
  .openapi("BaselineInput");

const putBaseline = createRoute({
  method: "put",
  path: "/plans/{plan}/tasks/{task}/targets/{target}/baseline",
  summary: "Set a target's baseline, where status measures its progress from (admin); audited as target.baseline",
  request: { params: TargetParams, body: { content: { "application/json": { schema: BaselineBody } }, required: true } },
  responses: {
    200: { description: "The baseline before and after, in the target's unit", content: { "application/json": { schema: named(BaselineChange, "BaselineChange") } } },
    ...errors(400, 401, 403, 404, 413, 415, 422),
  },
});

export const baselineRoutes = (deps: AppDeps) =>
  new OpenAPIHono<AppEnv>().openapi(putBaseline, async (c) => {
    const key = c.get("key");
    const { plan, task, target } = c.req.valid("param");
    return c.json(await deps.store.run(setBaseline(plan, task, target, c.req.valid("json").value, caller(key))), 200);
  });
