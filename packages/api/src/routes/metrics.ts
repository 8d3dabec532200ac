// GET /metrics: what an operator's Prometheus scrapes. Request counts by route and status class,
// latency histograms, and the database's state (engine, reachable, migration, how many plans and
// reports). Admin keys only: volumes and usage are not for the public; /health stays open.

import { createRoute, OpenAPIHono, z } from "@hono/zod-openapi";
import { databaseState, MIGRATIONS } from "@plan/store";
import type { AppDeps, AppEnv, DatabaseState } from "../env.js";
import { labelValue, type RequestMetrics } from "../metrics/registry.js";
import { caller, errors } from "./shared.js";

const metrics = createRoute({
  method: "get",
  path: "/metrics",
  summary: "Counters for operators, in Prometheus text format (admin keys)",
  description:
    "Requests by method, route pattern and status class; latency histograms by route; the database engine, whether it answers, its last migration, and how many plans and progress reports it holds. Counts are kept per process (per isolate on Workers).",
  responses: { 200: { description: "Prometheus text exposition format 0.0.4", content: { "text/plain": { schema: z.string() } } }, ...errors(401, 403) },
});

const gauge = (name: string, help: string, samples: readonly string[]) => [`# HELP ${name} ${help}`, `# TYPE ${name} gauge`, ...samples];

export const databaseText = (state: DatabaseState): string => {
  const lines = [
    ...gauge("plan_database_up", "Whether the database answered a query just now.", [`plan_database_up{engine="${state.engine}"} ${state.reachable ? 1 : 0}`]),
    ...gauge(
      "plan_database_migration_info",
      "The last migration applied to the database, and the last one this build knows.",
      state.migration === null ? [] : [`plan_database_migration_info{applied="${labelValue(state.migration)}",known="${labelValue(MIGRATIONS.at(-1) ?? "")}"} 1`],
    ),
    ...gauge("plan_plans", "Plans stored, every revision counted.", state.plans === null ? [] : [`plan_plans ${state.plans}`]),
    ...gauge("plan_progress_reports", "Progress reports stored.", state.reports === null ? [] : [`plan_progress_reports ${state.reports}`]),
  ];
  return `${lines.join("\n")}\n`;
};

export const metricsRoutes = (deps: AppDeps, registry: RequestMetrics) =>
  new OpenAPIHono<AppEnv>().openapi(metrics, async (c) => {
    const state = await deps.store.run(databaseState(caller(c.get("key"))));
    c.header("Cache-Control", "no-store");
    return c.text(registry.text() + databaseText(state), 200, { "Content-Type": "text/plain; version=0.0.4; charset=utf-8" });
  });
