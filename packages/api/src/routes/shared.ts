// Parameters, pagination and response helpers shared by the route families.

import { z } from "@hono/zod-openapi";

export const PlanParam = z.object({ plan: z.string().min(1).openapi({ param: { name: "plan", in: "path" }, example: "plan_2dbdcc44f23cf44f" }) });
export const TaskParams = PlanParam.extend({ task: z.string().min(1).openapi({ param: { name: "task", in: "path" }, example: "4" }) });
export const UnitParams = PlanParam.extend({ unit: z.string().min(1).openapi({ param: { name: "unit", in: "path" }, example: "省交通運輸廳" }) });

export const AsOf = z.iso.date().optional().openapi({ description: "ISO date the status is computed for; today by default", example: "2016-07-01" });

export const PageQuery = z.object({
  cursor: z.string().optional().openapi({ description: "The nextCursor of the previous page" }),
  limit: z.coerce.number().int().min(1).max(500).default(100),
});

export const ErrorResponse = z
  .object({
    error: z.object({ code: z.string(), message: z.string(), requestId: z.string(), details: z.record(z.string(), z.unknown()) }),
  })
  .openapi("Error");

export const errors = (...statuses: number[]) =>
  Object.fromEntries(statuses.map((s) => [s, { description: "Error", content: { "application/json": { schema: ErrorResponse } } }]));

/** Cursor pagination over an in-order list: the cursor is the opaque offset of the next item. */
export const page = <T>(items: readonly T[], cursor: string | undefined, limit: number): { items: T[]; nextCursor: string | null } => {
  const start = cursor ? Number(atob(cursor)) || 0 : 0;
  const slice = items.slice(start, start + limit);
  const next = start + limit;
  return { items: slice, nextCursor: next < items.length ? btoa(String(next)) : null };
};

export const Page = <S extends z.ZodType>(item: S) => z.object({ items: z.array(item), nextCursor: z.string().nullable() });

export const today = () => new Date().toISOString().slice(0, 10);
