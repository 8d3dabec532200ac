// A separate project using the SDK only through its built .d.ts: the types must survive the build.
import { createClient, PlanApiError, type Api, type PlanStatus } from "@plan/sdk";

const client = createClient({ baseUrl: "http://localhost:8787", apiKey: "plk_x" });

export const use = async (): Promise<number> => {
  const status: PlanStatus = await client.status("plan_1", { asOf: "2016-07-01" });
  const total: number = status.overall.total;
  const report = await client.progress.add("plan_1", { task: "4", target: 5, period: "2016-06", value: 3500 });
  const value: number | null = report.value;
  // @ts-expect-error: a period is a string
  await client.progress.add("plan_1", { task: "4", period: 201606 });
  // The raw client carries every route of the API.
  const res = await client.raw.health.$get();
  const body = await res.json();
  const engine: string = body.engine;
  const overview = await client.overview({ asOf: "2016-07-01", limit: 10 });
  const firstPlan: string | undefined = overview.items[0]?.planId;
  void firstPlan;
  const api: Api | undefined = undefined;
  void api;
  void engine;
  try {
    await client.plans.list();
  } catch (error) {
    if (error instanceof PlanApiError) return error.status;
  }
  return total + (value ?? 0);
};
