// pnpm bench (api): requests/s and p99 for reading a plan's tasks, against a bare Hono route
// serving the same JSON from memory in the same process and run; progress writes/s; a page of
// reports with 100 and with 10,000 reports behind it; the SDK's size minified+gzipped.
// autocannon runs in a child process so that the load does not share the server's event loop.
import { execFile } from "node:child_process";
import { promisify } from "node:util";
import { mkdtempSync, readFileSync } from "node:fs";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";
import { serve } from "@hono/node-server";
import { openStore } from "@plan/store/node";
import { build } from "esbuild";
import { Hono } from "hono";
import { startServer } from "../src/node.js";
import { serviceClient } from "@plan/store/testing";

const seedText = readFileSync(fileURLToPath(new URL("../../../seeds/jiangxi-gannan-soviet-area-2016.zh-Hant.txt", import.meta.url)), "utf8");
const autocannon = fileURLToPath(new URL("../node_modules/autocannon/autocannon.js", import.meta.url));
const SECONDS = 5;

const db = join(mkdtempSync(join(tmpdir(), "plan-http-bench-")), "plan.db");
const store = serviceClient(await openStore(db, {}));
const admin = (await store.insertKey("admin", null, "bench", "bench")).secret;
const roads = (await store.insertKey("unit", "省交通運輸廳", "bench", "bench")).secret;
await store.close();
// Each request's log line is made but not written: where an operator's stdout goes is not the app's cost.
const api = await startServer({ port: 0, db, env: {}, log: (line) => void JSON.stringify(line) });
const planId = (
  (await (
    await fetch(`${api.url}/plans`, { method: "POST", headers: { authorization: `Bearer ${admin}`, "content-type": "application/json" }, body: JSON.stringify({ text: seedText, name: "seed.txt" }) })
  ).json()) as { plan: { id: string } }
).plan.id;

// The baseline serves the same page of tasks from memory: what is measured is the cost of the
// app (keys, routing, validation, the store, ETags) over Hono serialising the same JSON.
const samePage = await (await fetch(`${api.url}/plans/${planId}/tasks?limit=20`, { headers: { authorization: `Bearer ${admin}` } })).json();
const bare = new Hono().get("/bare", (c) => c.json(samePage));
const bareServer = await new Promise<ReturnType<typeof serve>>((resolve) => {
  const s = serve({ fetch: bare.fetch, port: 0, hostname: "127.0.0.1" }, () => resolve(s));
});
const bareUrl = `http://127.0.0.1:${(bareServer.address() as AddressInfo).port}/bare`;

// Asynchronous: the servers live in this process and must keep answering while the load runs.
const load = async (url: string, args: string[] = []) => {
  const { stdout: out } = await promisify(execFile)(process.execPath, [autocannon, "-c", "10", "-d", String(SECONDS), "-j", ...args, url], { encoding: "utf8", maxBuffer: 64 * 1024 * 1024 });
  const result = JSON.parse(out) as { requests: { average: number }; latency: { p99: number }; non2xx: number; errors: number };
  return { rps: result.requests.average, p99: result.latency.p99, failed: result.non2xx + result.errors };
};

// Two rounds, alternating, averaged: a machine that slows down during the run then weighs on both.
const readTasks = () => load(`${api.url}/plans/${planId}/tasks?limit=20`, ["-H", `authorization=Bearer ${admin}`]);
const rounds: { bare: Awaited<ReturnType<typeof load>>; tasks: Awaited<ReturnType<typeof load>> }[] = [];
for (let round = 0; round < 2; round++) rounds.push({ bare: await load(bareUrl), tasks: await readTasks() });
const mean = (pick: (r: (typeof rounds)[number]) => Awaited<ReturnType<typeof load>>) => ({
  rps: rounds.reduce((sum, r) => sum + pick(r).rps, 0) / rounds.length,
  p99: Math.max(...rounds.map((r) => pick(r).p99)),
  failed: rounds.reduce((sum, r) => sum + pick(r).failed, 0),
});
const bareResult = mean((r) => r.bare);
const tasks = mean((r) => r.tasks);
const writes = await load(`${api.url}/plans/${planId}/progress`, [
  "-m",
  "POST",
  "-H",
  `authorization=Bearer ${roads}`,
  "-H",
  "content-type=application/json",
  "-b",
  JSON.stringify({ task: "4", target: 5, period: "2016-06", value: 3500 }),
]);

// A page of reports as a plan's history grows: the page is read from the database by keyset
// (the reports before it are not read), so 10,000 reports should cost about what 100 do.
// Two small plans on the same server, written through the store as the CLI would.
const pagesStore = serviceClient(await openStore(db, {}));
const smallPlan = async (n: number) => {
  const text = `某市${2000 + n}年工作要点\n一、重点工作\n1.完成道路建设${n * 10_000}公里。(牵头单位:市交通局;责任单位:市财政局)\n`;
  const res = await fetch(`${api.url}/plans`, {
    method: "POST",
    headers: { authorization: `Bearer ${admin}`, "content-type": "application/json" },
    body: JSON.stringify({ text, name: `small-${n}.txt` }),
  });
  const id = ((await res.json()) as { plan: { id: string } }).plan.id;
  return { id, year: 2000 + n, task: (await pagesStore.loadPlan(id)).tasks[0]!.id };
};
const fewPlan = await smallPlan(1);
const manyPlan = await smallPlan(2);
const reportsFor = async ({ id, year, task }: { id: string; year: number; task: string }, count: number) => {
  for (let i = 0; i < count; i++) await pagesStore.appendReport(id, { task, target: 1, unit: "市交通局", period: `${year}-${String(1 + (i % 12)).padStart(2, "0")}`, value: i }, "bench");
};
await reportsFor(fewPlan, 100);
await reportsFor(manyPlan, 10_000);
await pagesStore.close();
const readPage = async (path: string) => {
  const res = await fetch(`${api.url}${path}`, { headers: { authorization: `Bearer ${admin}` } });
  if (res.status !== 200) throw new Error(`${path}: ${res.status}`);
  return (await res.json()) as { items: unknown[]; nextCursor: string | null };
};
// The cursor of the 50th page of 100 of the long list: a page from deep inside it.
let deepCursor: string | null = null;
for (let i = 0; i < 49; i++) deepCursor = (await readPage(`/plans/${manyPlan.id}/progress?limit=100${deepCursor ? `&cursor=${deepCursor}` : ""}`)).nextCursor;
const pagePaths = {
  few: `/plans/${fewPlan.id}/progress?limit=100`,
  many: `/plans/${manyPlan.id}/progress?limit=100`,
  deep: `/plans/${manyPlan.id}/progress?limit=100&cursor=${deepCursor}`,
};
// Sequential requests, the three lists interleaved so that the machine's drift weighs on each alike.
const PAGE_READS = 400;
const pageTimes = { few: 0, many: 0, deep: 0 };
for (const path of Object.values(pagePaths)) for (let i = 0; i < 50; i++) await readPage(path);
for (let i = 0; i < PAGE_READS; i++) {
  for (const [name, path] of Object.entries(pagePaths) as [keyof typeof pagePaths, string][]) {
    const start = performance.now();
    await readPage(path);
    pageTimes[name] += performance.now() - start;
  }
}
const perPage = (name: keyof typeof pageTimes) => pageTimes[name] / PAGE_READS;

await api.stop();
bareServer.close();

const row = (name: string, r: Awaited<ReturnType<typeof load>>) =>
  `${name.padEnd(40)} ${r.rps.toFixed(0).padStart(7)} req/s   p99 ${String(r.p99).padStart(4)} ms${r.failed ? `   ${r.failed} failed` : ""}`;
console.log(`HTTP, 10 connections, ${SECONDS} s a run (Node, SQLite); reads: mean of 2 alternating rounds, worst p99:`);
console.log(row("bare Hono route, same JSON (baseline)", bareResult));
console.log(row("GET /plans/{plan}/tasks?limit=20", tasks));
console.log(row("POST /plans/{plan}/progress", writes));
const ratio = tasks.rps / bareResult.rps;
console.log(`tasks / bare = ${ratio.toFixed(2)} (aim: ≥ 0.6) ${ratio >= 0.6 ? "✓" : "✗ under the aim"}`);

console.log(`GET /plans/{plan}/progress?limit=100, one request at a time, mean of ${PAGE_READS}:`);
console.log(`  100 reports                 ${perPage("few").toFixed(2).padStart(6)} ms`);
console.log(`  10,000 reports, first page  ${perPage("many").toFixed(2).padStart(6)} ms`);
console.log(`  10,000 reports, 50th page   ${perPage("deep").toFixed(2).padStart(6)} ms`);
const growth = perPage("many") / perPage("few");
console.log(`10,000 / 100 reports = ${growth.toFixed(2)} (flat is 1; aim: ≤ 1.5) ${growth <= 1.5 ? "✓" : "✗ over the aim"}`);

// The SDK as a browser or Worker would load it: bundled, minified, gzipped.
const sdk = await build({
  entryPoints: [fileURLToPath(new URL("../../sdk/src/index.ts", import.meta.url))],
  bundle: true,
  minify: true,
  format: "esm",
  platform: "browser",
  write: false,
});
const bytes = sdk.outputFiles[0]!.contents;
console.log(`@plan/sdk bundled: ${(bytes.length / 1024).toFixed(1)} KiB minified, ${(gzipSync(bytes).length / 1024).toFixed(1)} KiB gzipped`);
