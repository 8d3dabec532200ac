// What an operator sees of the built worker in workerd: one JSON line per request on the
// runtime's stdout (what Workers Logs collects), /metrics on D1 for admin keys, and /docs with
// its reference bundle inside the worker itself.
import type { Readable } from "node:stream";
import { fileURLToPath } from "node:url";
import { openD1Store } from "@plan/store/d1";
import { Miniflare } from "miniflare";
import { afterAll, beforeAll, expect, it } from "vitest";
import { serviceClient } from "@plan/store/testing";

let out = "";
const mf = new Miniflare({
  modules: true,
  scriptPath: fileURLToPath(new URL("../dist/worker.js", import.meta.url)),
  compatibilityDate: "2025-09-01",
  compatibilityFlags: ["nodejs_compat"],
  d1Databases: { DB: "plan-ops" },
  handleRuntimeStdio: (stdout: Readable) => stdout.on("data", (chunk: Buffer) => (out += chunk.toString("utf8"))),
});
afterAll(() => mf.dispose());

const keys = { admin: "", adminId: "", viewer: "" };
beforeAll(async () => {
  const store = serviceClient(await openD1Store(await mf.getD1Database("DB")));
  const admin = await store.insertKey("admin", null, "ops", "test");
  keys.admin = admin.secret;
  keys.adminId = admin.key.id;
  keys.viewer = (await store.insertKey("viewer", null, "viewer", "test")).secret;
});

const get = async (path: string, key?: string) => {
  const res = await mf.dispatchFetch(`http://plan.test${path}`, { headers: key ? { authorization: `Bearer ${key}` } : {} });
  return { status: res.status, headers: res.headers, text: await res.text() };
};
const logged = () =>
  out
    .split("\n")
    .map((l) => l.slice(l.indexOf("{")))
    .filter((l) => l.startsWith('{"time"'))
    .map((l) => JSON.parse(l) as Record<string, unknown>);
const waitFor = async (count: number) => {
  while (logged().length < count) await new Promise((resolve) => setTimeout(resolve, 20));
  return logged();
};

it("logs one JSON line per request without secrets, and serves /metrics on D1 to admin keys", async () => {
  const before = logged().length;
  const asked = [await get("/health"), await get("/plans?token=hunter2", keys.viewer), await get("/plans", "wrong-s3cret"), await get("/metrics", keys.viewer), await get("/metrics", keys.admin)];
  const lines = (await waitFor(before + asked.length)).slice(before);
  expect(lines.map((l) => [l.method, l.path, l.status])).toEqual([
    ["GET", "/health", 200],
    ["GET", "/plans", 200],
    ["GET", "/plans", 401],
    ["GET", "/metrics", 403],
    ["GET", "/metrics", 200],
  ]);
  expect(lines.map((l) => l.requestId)).toEqual(asked.map((r) => r.headers.get("x-request-id")));
  expect(lines.at(-1)!.keyId).toBe(keys.adminId);
  const text = JSON.stringify(lines);
  for (const secret of [keys.admin, keys.viewer, "wrong-s3cret", "hunter2", "Bearer"]) expect(text).not.toContain(secret);
  const metrics = asked.at(-1)!.text;
  expect(metrics).toContain('plan_database_up{engine="d1"} 1');
  expect(metrics).toMatch(/^plan_database_migration_info\{applied="\d{4}_\w+",known="\d{4}_\w+"\} 1$/m);
  expect(metrics).toMatch(/^plan_progress_reports 0$/m);
  expect(metrics).toMatch(/^plan_http_requests_total\{method="GET",route="\/plans",status="2xx"\} \d+$/m);
});

it("serves /docs and its pinned reference bundle from the worker, under the same policy", async () => {
  const page = await get("/docs");
  expect(page.status).toBe(200);
  expect(page.headers.get("content-security-policy")).toContain("script-src 'self'");
  const scripts = [...page.text.matchAll(/<script src="(docs\/assets\/[^"]+)"/g)].map((m) => m[1]!);
  expect(scripts).toHaveLength(2);
  const bundle = await get(`/${scripts[0]}`);
  expect(bundle.status).toBe(200);
  expect(bundle.headers.get("cache-control")).toBe("public, max-age=31536000, immutable");
  expect(bundle.text).toContain("createApiReference");
});
