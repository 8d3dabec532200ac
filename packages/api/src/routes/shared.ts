// Parameters, pagination and response helpers shared by the route families.

import { z } from "@hono/zod-openapi";
import { type ApiKey, type Caller, DEFAULT_PAGE_LIMIT, MAX_PAGE_LIMIT } from "@plan/store";

export const PlanParam = z.object({
  plan: z
    .string()
    .min(1)
    .openapi({ param: { name: "plan", in: "path" }, example: "plan_2dbdcc44f23cf44f" }),
});
export const TaskParams = PlanParam.extend({
  task: z
    .string()
    .min(1)
    .openapi({ param: { name: "task", in: "path" }, example: "4" }),
});
export const UnitParams = PlanParam.extend({
  unit: z
    .string()
    .min(1)
    .openapi({ param: { name: "unit", in: "path" }, example: "省交通運輸廳" }),
});

export const AsOf = z.iso.date().optional().openapi({ description: "ISO date the status is computed for; today by default", example: "2016-07-01" });

// Pages come from the store, which checks the cursor: one it did not give out is a 400 naming it.
export const PageQuery = z.object({
  cursor: z.string().optional().openapi({ description: "The nextCursor of the previous page, as it came; absent for the first page" }),
  limit: z.coerce.number().int().min(1).max(MAX_PAGE_LIMIT).default(DEFAULT_PAGE_LIMIT),
});

export const ErrorResponse = z
  .object({
    error: z.object({ code: z.string(), title: z.string(), message: z.string(), requestId: z.string(), details: z.record(z.string(), z.unknown()) }),
  })
  .openapi("Error");

export const errors = (...statuses: number[]) => Object.fromEntries(statuses.map((s) => [s, { description: "Error", content: { "application/json": { schema: ErrorResponse } } }]));

export { Page } from "@plan/domain";

/** A domain object schema under a name of its own in the OpenAPI document (a component). */
export const named = <S extends z.ZodRawShape>(schema: { shape: S }, name: string) => z.object(schema.shape).openapi(name);

/** Who calls a verb, from the request's key: the verb decides what that key may do. */
export const caller = (key: ApiKey): Caller => ({ actor: key.id, role: key.role, unit: key.unit });
