// A separate project using the SDK only through its built .d.ts: the types must survive the build.
import { createClient, PlanApiError, type PlanStatus, type paths } from "@plan/sdk";

const client = createClient({ baseUrl: "http://localhost:8787", apiKey: "plk_x" });

export const use = async (): Promise<number> => {
  const status: PlanStatus = await client.status("plan_1", { asOf: "2016-07-01" });
  const total: number = status.overall.total;
  const report = await client.progress.add("plan_1", { task: "4", target: 5, period: "2016-06", value: 3500 });
  const value: number | null = report.value;
  // @ts-expect-error: a period is a string
  await client.progress.add("plan_1", { task: "4", period: 201606 });
  const engine: string = (await client.health()).engine;
  const overview = await client.overview({ asOf: "2016-07-01", limit: 10 });
  const firstPlan: string | undefined = overview.items[0]?.planId;
  void firstPlan;
  // The document's routes, for calls of one's own.
  const route: keyof paths = "/plans/{plan}/reminders";
  void route;
  void engine;
  try {
    await client.plans.list();
  } catch (error) {
    if (error instanceof PlanApiError) return error.status;
  }
  return total + (value ?? 0);
};
