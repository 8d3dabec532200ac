// The built worker in workerd (Miniflare) with a local D1: every route family and the access rules.
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { openD1Store } from "@plan/store/d1";
import { Miniflare } from "miniflare";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

const seedText = readFileSync(fileURLToPath(new URL("../../../seeds/jiangxi-gannan-soviet-area-2016.zh-Hant.txt", import.meta.url)), "utf8");
const mf = new Miniflare({
  modules: true,
  scriptPath: fileURLToPath(new URL("../dist/worker.js", import.meta.url)),
  compatibilityDate: "2025-09-01",
  compatibilityFlags: ["nodejs_compat"],
  d1Databases: { DB: "plan" },
  bindings: { CORS_ORIGINS: "https://office.example", MAX_BODY_BYTES: String(256 * 1024) },
});
const keys = { admin: "", viewer: "", roads: "" };
let planId = "";

beforeAll(async () => {
  // Keys are made on the same D1 database, from Node, as an operator's script would.
  const store = await openD1Store(await mf.getD1Database("DB"));
  keys.admin = (await store.createKey("admin", null, "admin", "test")).secret;
  keys.viewer = (await store.createKey("viewer", null, "viewer", "test")).secret;
  keys.roads = (await store.createKey("unit", "省交通運輸廳", "roads", "test")).secret;
  await store.close();
});
afterAll(() => mf.dispose());

const call = async (path: string, init: { method?: string; key?: string; body?: unknown; headers?: Record<string, string> } = {}) => {
  const headers: Record<string, string> = { ...(init.key ? { authorization: `Bearer ${init.key}` } : {}), ...(init.body !== undefined ? { "content-type": "application/json" } : {}), ...init.headers };
  const res = await mf.dispatchFetch(`http://plan.test${path}`, { method: init.method ?? "GET", headers, ...(init.body !== undefined ? { body: typeof init.body === "string" ? init.body : JSON.stringify(init.body) } : {}) });
  return { status: res.status, headers: res.headers, text: await res.text() };
};
const json = (r: { text: string }) => JSON.parse(r.text);
const road = { task: "4", target: 5, period: "2016-06", value: 3500 };

describe("the worker on D1", () => {
  it("serves health and the OpenAPI document without a key, and refuses the rest", async () => {
    expect(json(await call("/health"))).toEqual({ status: "ok", engine: "d1" });
    expect(json(await call("/openapi.json")).openapi).toBe("3.1.0");
    const refused = await call("/plans");
    expect(refused.status).toBe(401);
    expect(json(refused)).toMatchObject({ error: { code: "auth.missing", requestId: refused.headers.get("x-request-id") } });
  });

  it("imports the seed with an admin key only", async () => {
    expect((await call("/plans", { method: "POST", key: keys.viewer, body: { text: seedText, name: "seed.txt" } })).status).toBe(403);
    const imported = await call("/plans", { method: "POST", key: keys.admin, body: { text: seedText, name: "seed.txt" } });
    expect(imported.status).toBe(201);
    planId = json(imported).plan.id;
    expect(json(await call(`/plans/${planId}`, { key: keys.viewer })).tasks).toHaveLength(33);
    expect(json(await call(`/plans/${planId}/tasks?limit=5`, { key: keys.viewer })).items).toHaveLength(5);
    expect(json(await call(`/plans/${planId}/units`, { key: keys.viewer })).length).toBeGreaterThan(40);
  });

  it("lets the roads office report on task 4 and not on task 5; records an idempotent POST once", async () => {
    expect((await call(`/plans/${planId}/progress`, { method: "POST", key: keys.roads, body: road })).status).toBe(201);
    expect((await call(`/plans/${planId}/progress`, { method: "POST", key: keys.roads, body: { task: "5", period: "2016-06", status: "on-track" } })).status).toBe(403);
    expect((await call(`/plans/${planId}/progress`, { method: "POST", key: keys.viewer, body: { ...road, unit: "省交通運輸廳" } })).status).toBe(403);
    const body = { ...road, period: "2016-07", value: 4000 };
    const first = await call(`/plans/${planId}/progress`, { method: "POST", key: keys.roads, body, headers: { "idempotency-key": "w-1" } });
    const again = await call(`/plans/${planId}/progress`, { method: "POST", key: keys.roads, body, headers: { "idempotency-key": "w-1" } });
    expect([first.status, again.status]).toEqual([201, 200]);
    expect(json(await call(`/plans/${planId}/progress`, { key: keys.viewer })).items).toHaveLength(2);
  });

  it("answers bad input with 4xx, never 5xx", async () => {
    expect((await call(`/plans/${planId}/progress`, { method: "POST", key: keys.roads, body: "{ nope" })).status).toBe(400);
    expect((await call(`/plans/${planId}/progress`, { method: "POST", key: keys.roads, body: { ...road, value: "x" } })).status).toBe(400);
    expect((await call("/plans", { method: "POST", key: keys.admin, body: { text: "x".repeat(300 * 1024) } })).status).toBe(413);
  });

  it("computes status, the report and reminders", async () => {
    const status = json(await call(`/plans/${planId}/status?asOf=2016-06-30`, { key: keys.viewer }));
    expect(status.tasks[3].targets[4]).toMatchObject({ status: "on-track", actual: 3500 });
    expect((await call(`/plans/${planId}/report?format=md&asOf=2016-07-01`, { key: keys.viewer })).text).toContain("## 滞后任务");
    expect(json(await call(`/plans/${planId}/reminders?asOf=2016-07-01`, { key: keys.viewer })).period).toBe("2016-06");
  });
});
