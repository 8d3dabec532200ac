import { createRoute, OpenAPIHono, z } from "@hono/zod-openapi";
import type { AppDeps, AppEnv } from "../env.js";

const health = createRoute({
  method: "get",
  path: "/health",
  summary: "Liveness and the database engine",
  responses: { 200: { description: "OK", content: { "application/json": { schema: z.object({ status: z.literal("ok"), engine: z.string() }) } } } },
});

export const healthRoutes = (deps: AppDeps) => new OpenAPIHono<AppEnv>().openapi(health, (c) => c.json({ status: "ok" as const, engine: deps.store.target.engine }, 200));
