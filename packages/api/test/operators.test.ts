// What operators see: one JSON line per request through the injected log sink (no secret in it),
// and GET /metrics for an admin key, over a real SQLite file.
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { MIGRATIONS } from "@plan/store";
import { openStore } from "@plan/store/node";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createApp, type RequestLogLine } from "../src/index.js";
import { serviceClient, type ServiceClient } from "@plan/store/testing";

const seedText = readFileSync(fileURLToPath(new URL("../../../seeds/jiangxi-gannan-soviet-area-2016.zh-Hant.txt", import.meta.url)), "utf8");
const lines: RequestLogLine[] = [];
const keys = { admin: "", adminId: "", viewer: "" };
let store: ServiceClient;
let app: ReturnType<typeof createApp>;

beforeAll(async () => {
  store = serviceClient(await openStore(join(mkdtempSync(join(tmpdir(), "plan-ops-")), "plan.db"), {}));
  const admin = await store.insertKey("admin", null, "ops", "test");
  keys.admin = admin.secret;
  keys.adminId = admin.key.id;
  keys.viewer = (await store.insertKey("viewer", null, "viewer", "test")).secret;
  app = createApp({ store, log: (line) => lines.push(line) });
});
afterAll(() => store.close());

const call = (path: string, init: RequestInit & { key?: string } = {}) =>
  app.request(path, { ...init, headers: { ...(init.key ? { authorization: `Bearer ${init.key}` } : {}), ...(init.headers as Record<string, string>) } });

describe("the request log", () => {
  it("writes one line per request, with its id, status, size and key id, and no secret", async () => {
    lines.length = 0;
    const responses = [
      await call("/health"),
      await call("/plans?cursor=c2VjcmV0&token=hunter2", { key: keys.admin }),
      await call("/plans", { key: "not-a-key-s3cr3t" }),
      await call("/plans", { headers: { "x-api-key": keys.viewer } }),
      await call("/nowhere", { key: keys.viewer }),
      await call("/plans", { method: "POST", key: keys.admin, headers: { "content-type": "application/json" }, body: JSON.stringify({ text: seedText, name: "seed.txt" }) }),
    ];
    const bodies = await Promise.all(responses.map(async (r) => new Uint8Array(await r.arrayBuffer()).byteLength));
    expect(lines).toHaveLength(responses.length);
    lines.forEach((line, i) => {
      expect(line.requestId).toBe(responses[i]!.headers.get("x-request-id"));
      expect(line.status).toBe(responses[i]!.status);
      expect(line.bytes).toBe(bodies[i]);
      expect(Number.isNaN(Date.parse(line.time))).toBe(false);
      expect(line.durationMs).toBeGreaterThanOrEqual(0);
      expect(Object.keys(line).sort()).toEqual(["bytes", "durationMs", "keyId", "method", "path", "requestId", "route", "status", "time"]);
    });
    expect(lines.map((l) => [l.method, l.path, l.route, l.status, l.keyId])).toEqual([
      ["GET", "/health", "/health", 200, null],
      ["GET", "/plans", "/plans", 400, keys.adminId],
      ["GET", "/plans", "/plans", 401, null],
      ["GET", "/plans", "/plans", 200, expect.stringMatching(/^key_/)],
      ["GET", "/nowhere", null, 404, expect.stringMatching(/^key_/)],
      ["POST", "/plans", "/plans", 201, keys.adminId],
    ]);
    const text = JSON.stringify(lines);
    for (const secret of [keys.admin, keys.viewer, "not-a-key-s3cr3t", "hunter2", "c2VjcmV0", "Bearer"]) expect(text).not.toContain(secret);
  });

  it("gives responses without a length one (the size it logs)", async () => {
    lines.length = 0;
    const res = await call("/openapi.json");
    const length = Number(res.headers.get("content-length"));
    expect(length).toBe(new Uint8Array(await res.arrayBuffer()).byteLength);
    expect(lines.map((l) => l.bytes)).toEqual([length]);
  });

  it("still answers when the log sink throws", async () => {
    const failing = createApp({
      store,
      log: () => {
        throw new Error("disk full");
      },
    });
    expect((await failing.request("/health")).status).toBe(200);
  });
});

describe("GET /metrics", () => {
  const scrape = async () => {
    const res = await call("/metrics", { key: keys.admin });
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe("text/plain; version=0.0.4; charset=utf-8");
    return res.text();
  };
  const sample = (text: string, name: string) => {
    const line = text.split("\n").find((l) => l.startsWith(`${name} `));
    return line === undefined ? undefined : Number(line.slice(name.length + 1));
  };

  it("is for admin keys only", async () => {
    expect((await call("/metrics")).status).toBe(401);
    expect((await call("/metrics", { key: keys.viewer })).status).toBe(403);
    expect((await call("/health")).status).toBe(200);
  });

  it("counts requests by route and status class, with a latency histogram", async () => {
    const before = await scrape();
    const twoXX = 'plan_http_requests_total{method="GET",route="/plans",status="2xx"}';
    const fourXX = 'plan_http_requests_total{method="GET",route="/plans",status="4xx"}';
    await call("/plans", { key: keys.viewer });
    await call("/plans", { key: keys.viewer });
    await call("/plans");
    await call("/plans/plan_nothere/status", { key: keys.viewer });
    const after = await scrape();
    expect((sample(after, twoXX) ?? 0) - (sample(before, twoXX) ?? 0)).toBe(2);
    expect((sample(after, fourXX) ?? 0) - (sample(before, fourXX) ?? 0)).toBe(1);
    expect(sample(after, 'plan_http_requests_total{method="GET",route="/plans/:plan/status",status="4xx"}')).toBeGreaterThanOrEqual(1);
    // Every request to /plans sits in the +Inf bucket; the buckets never decrease.
    const route = 'route="/plans"';
    const buckets = after
      .split("\n")
      .filter((l) => l.startsWith(`plan_http_request_duration_seconds_bucket{${route},`))
      .map((l) => Number(l.split(" ")[1]));
    expect(buckets.length).toBeGreaterThan(5);
    expect([...buckets].sort((a, b) => a - b)).toEqual(buckets);
    expect(buckets.at(-1)).toBe(sample(after, `plan_http_request_duration_seconds_count{${route}}`));
    // Paths never become labels: a label per plan id would grow without bound.
    expect(after).not.toContain("plan_nothere");
  });

  it("tells the database's engine, reachability, migration and contents", async () => {
    // A plan of its own, so there are contents to count whatever ran before.
    const imported = await call("/plans", {
      method: "POST",
      key: keys.admin,
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ text: seedText.replace("2016年是", "2016年即"), name: "metrics.txt" }),
    });
    expect([200, 201]).toContain(imported.status);
    const text = await scrape();
    expect(sample(text, 'plan_database_up{engine="sqlite"}')).toBe(1);
    expect(sample(text, `plan_database_migration_info{applied="${MIGRATIONS.at(-1)}",known="${MIGRATIONS.at(-1)}"}`)).toBe(1);
    expect(sample(text, "plan_plans")).toBe((await store.plansPage()).items.length);
    const plan = (await store.plansPage()).items[0]!;
    expect(sample(text, "plan_progress_reports")).toBe((await store.reportsPage(plan.id)).items.length);
    expect(text).toMatch(/^# TYPE plan_http_requests_total counter$/m);
    expect(text).toMatch(/^# TYPE plan_http_request_duration_seconds histogram$/m);
  });
});
