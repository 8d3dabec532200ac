// The SDK against a real server: a value as people write it, and a baseline set by the office.
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { type RunningServer, startServer } from "@plan/api/node";
import { openStore } from "@plan/store/node";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createClient, type PlanApiError } from "../src/index.js";
import { serviceClient } from "@plan/store/testing";

const seedText = readFileSync(fileURLToPath(new URL("../../../seeds/jiangxi-gannan-soviet-area-2016.zh-Hant.txt", import.meta.url)), "utf8");
const db = join(mkdtempSync(join(tmpdir(), "plan-sdk-values-")), "plan.db");
let server: RunningServer;
const secrets = { admin: "", roads: "" };
let planId = "";
const client = (key: keyof typeof secrets) => createClient({ baseUrl: server.url, apiKey: secrets[key], baseDelayMs: 1 });

beforeAll(async () => {
  const store = serviceClient(await openStore(db, {}));
  secrets.admin = (await store.insertKey("admin", null, "admin", "test")).secret;
  secrets.roads = (await store.insertKey("unit", "\u7701\u4EA4\u901A\u8FD0\u8F93\u5385", "roads", "test")).secret; // 省交通运输厅
  await store.close();
  server = await startServer({ port: 0, db, env: {} });
  planId = (await client("admin").plans.import({ text: seedText, name: "seed.txt" })).plan.id;
});
afterAll(() => server?.stop());

describe("values and baselines through the SDK", () => {
  it("reports a value as people write it, recorded in the target's unit", async () => {
    const report = await client("roads").progress.add(planId, { task: "4", target: 5, period: "2016-05", value: "1.2\u4E07\u516C\u91CC" });
    expect(report.value).toBe(12_000);
  });

  it("sets a baseline as the office, refused to a unit key with auth.forbidden", async () => {
    const refused = await client("roads")
      .baselines.set(planId, "4", 5, "3000")
      .catch((e: unknown) => e as PlanApiError);
    expect(refused).toMatchObject({ code: "auth.forbidden", status: 403 });
    const change = await client("admin").baselines.set(planId, "4", 5, "0.3\u4E07");
    expect(change).toMatchObject({ task: "4", target: 5, unit: "\u516C\u91CC", previous: 0, baseline: 3000 });
  });
});
