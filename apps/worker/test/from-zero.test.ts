// An operator's first hour, as the README's "Cloudflare Workers" section tells it, on an empty
// local D1: wrangler applies the migrations, the built worker runs in workerd with a bootstrap
// secret, the first admin key is made once, a plan is imported, a unit key made, progress
// reported with it, and the first report read — all over HTTP, as curl would.
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import type { D1Like } from "@plan/store/d1";
import { Miniflare } from "miniflare";
import { afterAll, beforeAll, expect, it } from "vitest";
import { DATABASE_ID, d1PersistOf, wrangler } from "./wrangler.js";

const BOOTSTRAP_SECRET = "a-long-random-string-only-the-operator-knows";
const seedFile = fileURLToPath(new URL("../../../seeds/jiangxi-gannan-soviet-area-2016.zh-Hant.txt", import.meta.url));
const state = mkdtempSync(join(tmpdir(), "plan-from-zero-"));
let mf: Miniflare;
let url: URL;

beforeAll(async () => {
  // README step "migrate", against the local database instead of --remote.
  const applied = await wrangler(["d1", "migrations", "apply", "plan", "--local", "--persist-to", state]);
  expect(applied.code, applied.output).toBe(0);
  mf = new Miniflare({
    modules: true,
    scriptPath: fileURLToPath(new URL("../dist/worker.js", import.meta.url)),
    compatibilityDate: "2025-09-01",
    compatibilityFlags: ["nodejs_compat"],
    d1Databases: { DB: DATABASE_ID },
    d1Persist: d1PersistOf(state),
    bindings: { CORS_ORIGINS: "", BOOTSTRAP_SECRET },
    host: "127.0.0.1",
    port: 0,
  });
  url = await mf.ready;
});
afterAll(() => mf?.dispose());

const api = (path: string, init: RequestInit & { key?: string } = {}) =>
  fetch(new URL(path, url), { ...init, headers: { ...(init.key ? { authorization: `Bearer ${init.key}` } : {}), ...(init.headers as Record<string, string>) } });
const json = async <T>(res: Response, status: number): Promise<T> => {
  const text = await res.text();
  expect(res.status, text).toBe(status);
  return JSON.parse(text) as T;
};

it("goes from an empty D1 to the first report, and bootstraps only once", async () => {
  expect((await api("/plans")).status).toBe(401);
  expect((await api("/bootstrap", { method: "POST", key: "not-the-secret" })).status).toBe(401);

  const admin = await json<{ key: { id: string; role: string }; secret: string }>(await api("/bootstrap", { method: "POST", key: BOOTSTRAP_SECRET }), 201);
  expect(admin.key.role).toBe("admin");

  const form = new FormData();
  form.append("file", new Blob([readFileSync(seedFile)], { type: "text/plain" }), "jiangxi-gannan-soviet-area-2016.zh-Hant.txt");
  const imported = await json<{ plan: { id: string; tasks: number } }>(await api("/plans", { method: "POST", key: admin.secret, body: form }), 201);
  expect(imported.plan.tasks).toBe(33);
  const plan = imported.plan.id;

  const roads = await json<{ key: { role: string; unit: string }; secret: string }>(
    await api("/keys", { method: "POST", key: admin.secret, headers: { "content-type": "application/json" }, body: JSON.stringify({ role: "unit", unit: "省交通運輸廳", label: "roads office" }) }),
    201,
  );
  expect(roads.key).toMatchObject({ role: "unit", unit: "省交通運輸廳" });

  const report = await json<{ unit: string; value: number }>(
    await api(`/plans/${plan}/progress`, {
      method: "POST",
      key: roads.secret,
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ task: "4", target: 5, period: "2016-06", value: 3500 }),
    }),
    201,
  );
  expect(report).toMatchObject({ unit: "省交通運輸廳", value: 3500 });

  const md = await api(`/plans/${plan}/report?format=md&asOf=2016-07-01`, { key: roads.secret });
  const text = await md.text();
  expect(md.status, text).toBe(200);
  expect(md.headers.get("content-type")).toContain("text/markdown");
  expect(text).toContain("省交通運輸廳");

  // Refused for good; only the secret's holder learns why (409), anyone else nothing (401).
  for (const [secret, status, code] of [
    [BOOTSTRAP_SECRET, 409, "store.conflict"],
    ["not-the-secret", 401, "auth.invalid"],
  ] as const) {
    const again = await json<{ error: { code: string } }>(await api("/bootstrap", { method: "POST", key: secret }), status);
    expect(again.error.code).toBe(code);
  }
  const d1 = (await mf.getD1Database("DB")) as unknown as D1Like;
  const read = async (sql: string) => (await d1.prepare(sql).bind().all()).results ?? [];
  expect(await read("select role, unit from api_keys order by created_at")).toEqual([
    { role: "admin", unit: null },
    { role: "unit", unit: "省交通運輸廳" },
  ]);
  expect(await read("select action, actor from audit where action like 'key.%' order by at")).toEqual([
    { action: "key.bootstrap", actor: "bootstrap" },
    { action: "key.create", actor: admin.key.id },
  ]);
  // The app found the migrations wrangler applied and ran none of its own.
  expect((await read("select name from kysely_migration")).length).toBe((await read("select name from d1_migrations")).length);
});
