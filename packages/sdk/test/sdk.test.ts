// The SDK against a real server started here (the same Node server as apps/server), not mocks.
import { createRequire } from "node:module";
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { startServer, type RunningServer } from "@plan/api/node";
import { openStore } from "@plan/store/node";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createClient, PlanApiError } from "../src/index.js";
import { serviceClient } from "@plan/store/testing";

const seedText = readFileSync(fileURLToPath(new URL("../../../seeds/jiangxi-gannan-soviet-area-2016.zh-Hant.txt", import.meta.url)), "utf8");
const db = join(mkdtempSync(join(tmpdir(), "plan-sdk-")), "plan.db");
let server: RunningServer;
const secrets = { admin: "", viewer: "", roads: "" };
let planId = "";

beforeAll(async () => {
  const store = serviceClient(await openStore(db, {}));
  secrets.admin = (await store.insertKey("admin", null, "admin", "test")).secret;
  secrets.viewer = (await store.insertKey("viewer", null, "viewer", "test")).secret;
  secrets.roads = (await store.insertKey("unit", "省交通运输厅", "roads", "test")).secret;
  await store.close();
  server = await startServer({ port: 0, db, env: {} });
  // What the tests read, made here so that each holds in any order: the seed and two reports on it.
  planId = (await client("admin").plans.import({ text: seedText, name: "seed.txt" })).plan.id;
  for (const [period, value] of [
    ["2016-05", 2000],
    ["2016-06", 3500],
  ] as const)
    await client("roads").progress.add(planId, { task: "4", target: 5, period, value });
});
afterAll(() => server?.stop());

const client = (key: keyof typeof secrets, fetch?: typeof globalThis.fetch) => createClient({ baseUrl: server.url, apiKey: secrets[key], baseDelayMs: 1, ...(fetch ? { fetch } : {}) });
const rejection = (promise: Promise<unknown>) =>
  promise.then(
    () => null,
    (e: unknown) => e as PlanApiError,
  );

describe("createClient", () => {
  it("imports a plan and reads it back, typed", async () => {
    const admin = client("admin");
    expect(await admin.health()).toEqual({ status: "ok", engine: "sqlite" });
    const imported = await admin.plans.import({ text: seedText.replace("2016年是", "2016年為"), name: "new.txt" });
    expect(imported).toMatchObject({ created: true, plan: { tasks: 33 } });
    expect((await admin.plans.get(imported.plan.id)).tasks[3]!.title).toBe("實施農村電網、農村公路升級改造工程");
    expect((await admin.plans.list()).items.map((p) => p.id)).toEqual([planId, imported.plan.id]);
    expect(await admin.plans.import({ text: seedText, name: "seed.txt" })).toMatchObject({ created: false, plan: { id: planId } });
  });

  it("replaces a plan's document and deletes plans, admin only; leaves the store as it found it", async () => {
    const admin = client("admin");
    const text = seedText.replace("2016年是", "2016年即");
    const old = await admin.plans.import({ text, name: "old.txt" });
    await client("roads").progress.add(old.plan.id, { task: "4", target: 5, period: "2016-06", value: 3500 });
    const replaced = await admin.plans.replace(old.plan.id, { text: text.replace("4.實施", "4.推進實施"), name: "corrected.txt" });
    expect(replaced).toMatchObject({ created: true, revisionOf: old.plan.id, carried: 0, notCarried: [{ task: "4", target: 5, reason: "task-gone" }] });
    expect(await rejection(client("roads").plans.delete(replaced.plan.id))).toMatchObject({ status: 403, code: "auth.forbidden" });
    expect(await admin.plans.delete(replaced.plan.id)).toBeUndefined();
    expect(await admin.plans.delete(old.plan.id)).toBeUndefined();
    expect(await rejection(admin.plans.get(old.plan.id))).toMatchObject({ status: 404, code: "plan.not-found" });
  });

  it("reports for a unit's own task, and throws PlanApiError for another's", async () => {
    const roads = client("roads");
    expect(await roads.progress.add(planId, { task: "4", target: 5, period: "2016-06", value: 3500 })).toMatchObject({ unit: "省交通運輸廳", value: 3500 });
    const refused = await rejection(roads.progress.add(planId, { task: "5", period: "2016-06", status: "on-track" }));
    expect(refused).toBeInstanceOf(PlanApiError);
    expect(refused).toMatchObject({ status: 403, code: "progress.unit-not-responsible" });
    expect(refused!.requestId).toMatch(/\S/);
    expect(await rejection(client("viewer").progress.add(planId, { task: "4", target: 5, unit: "省交通運輸廳", period: "2016-06", value: 1 }))).toMatchObject({ status: 403, code: "auth.forbidden" });
    expect(await rejection(createClient({ baseUrl: server.url }).plans.list())).toMatchObject({ status: 401, code: "auth.missing" });
    expect((await client("viewer").status(planId, { asOf: "2016-07-01" })).tasks[3]!.targets[4]).toMatchObject({ status: "on-track" });
    const overview = await client("viewer").overview({ asOf: "2016-07-01" });
    // One target reported, and a task with nothing reported is never on track (task 6's milestone, due at year end, included).
    expect(overview.items.filter((p) => p.planId === planId).map((p) => [p.overall.total, p.overall.counts["on-track"]])).toEqual([[33, 0]]);
  });

  it("retries a write whose answer was lost, and it records once", async () => {
    let attempts = 0;
    // The first answer is lost on the way back (a 503 from a proxy, say): the server did record it.
    const lossy: typeof fetch = async (input, init) => {
      const method = input instanceof Request ? input.method : (init?.method ?? "GET");
      const response = await fetch(input, init);
      if (method === "POST" && attempts++ === 0) return new Response("busy", { status: 503, headers: { "retry-after": "0" } });
      return response;
    };
    const before = (await client("admin").progress.list(planId, { limit: 500 })).items.length;
    const report = await client("roads", lossy).progress.add(planId, { task: "4", target: 5, period: "2016-07", value: 4200 });
    expect(attempts).toBe(2);
    const after = (await client("admin").progress.list(planId, { limit: 500 })).items;
    expect(after).toHaveLength(before + 1);
    expect(after.at(-1)!.id).toBe(report.id);
  });

  it("passes the cursor through: pages walk the list, a bad cursor is a PlanApiError 400", async () => {
    const viewer = client("viewer");
    const all = (await viewer.progress.list(planId, { limit: 500 })).items;
    const walked = [];
    let cursor: string | undefined;
    do {
      const page = await viewer.progress.list(planId, { limit: 1, ...(cursor ? { cursor } : {}) });
      walked.push(...page.items);
      cursor = page.nextCursor ?? undefined;
    } while (cursor !== undefined);
    expect(walked.map((r) => r.id)).toEqual(all.map((r) => r.id));
    expect(all.length).toBeGreaterThan(1);
    for (const bad of ["LTE", "!!!", (await viewer.tasks.list(planId, { limit: 1 })).nextCursor!]) {
      expect(await rejection(viewer.progress.list(planId, { cursor: bad }))).toMatchObject({ status: 400, code: "request.invalid", details: { field: "cursor" } });
    }
    expect(await rejection(viewer.tasks.list(planId, { cursor: "%%%" }))).toMatchObject({ status: 400, code: "request.invalid" });
  });

  it("honours Retry-After on 429 and gives up after its retries", async () => {
    let calls = 0;
    const limited: typeof fetch = async () => {
      calls++;
      return new Response(JSON.stringify({ error: { code: "rate.limited", message: "slow down", requestId: "r1", details: {} } }), { status: 429, headers: { "retry-after": "0" } });
    };
    expect(await rejection(createClient({ baseUrl: server.url, apiKey: "k", fetch: limited, retries: 2 }).health())).toMatchObject({ status: 429, code: "rate.limited", requestId: "r1" });
    expect(calls).toBe(3);
  });

  it("downloads the report", async () => {
    expect(await client("viewer").report(planId, { format: "md", asOf: "2016-07-01" })).toContain("## \u4E09\u3001\u5B58\u5728\u95EE\u9898");
    expect(await client("viewer").report(planId, { format: "xlsx", asOf: "2016-07-01" })).toBeInstanceOf(Uint8Array);
    const docx = await client("viewer").report(planId, { format: "docx", asOf: "2016-07-01", number: "\u8D63\u7763\u529E\u30142016\u301512\u53F7" });
    // A Word file is a zip package: PK.
    expect([...docx.subarray(0, 2)]).toEqual([0x50, 0x4b]);
  });
});

describe("the built .d.ts", () => {
  it("imports progress sheets: every row or none, each problem placed; again, nothing new", async () => {
    // 任务编号,指标/节点,填报期间,累计完成 — the unit is the key's.
    const sheet = (value: string) => new Blob([`\u4EFB\u52A1\u7F16\u53F7,\u6307\u6807/\u8282\u70B9,\u586B\u62A5\u671F\u95F4,\u7D2F\u8BA1\u5B8C\u6210\r\n4,\u6307\u68075,2016-08,${value}\r\n`]);
    const roads = client("roads");
    const refused = await rejection(roads.progress.import(planId, [{ file: sheet("abc"), name: "roads.csv" }]));
    expect(refused).toMatchObject({ status: 422, code: "progress.invalid", details: { errors: [{ file: "roads.csv", row: 2, column: "D", field: "value" }] } });
    expect(await roads.progress.import(planId, [{ file: sheet("4300"), name: "roads.csv" }])).toMatchObject({ recorded: 1, unchanged: 0 });
    expect(await roads.progress.import(planId, [{ file: sheet("4300"), name: "roads.csv" }])).toMatchObject({ recorded: 0, unchanged: 1 });
    expect(await rejection(roads.progress.import(planId, [{ file: sheet("4400"), name: "roads.csv" }]))).toMatchObject({ status: 409, code: "progress.duplicate" });
    expect(await roads.progress.import(planId, [{ file: sheet("4400"), name: "roads.csv" }], { replace: true })).toMatchObject({ recorded: 1, replaced: 1 });
  });

  it("type-checks a consumer project against dist", () => {
    const tsc = createRequire(import.meta.url).resolve("typescript/bin/tsc");
    const result = spawnSync(process.execPath, [tsc, "-p", fileURLToPath(new URL("./consumer/tsconfig.json", import.meta.url))], { encoding: "utf8" });
    expect(result.stdout + result.stderr).toBe("");
    expect(result.status).toBe(0);
  });
});
