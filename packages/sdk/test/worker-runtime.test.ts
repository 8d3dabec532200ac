// The SDK running inside workerd (Miniflare), talking to a real API server on this machine.
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { startServer, type RunningServer } from "@plan/api/node";
import { openStore } from "@plan/store/node";
import { build } from "esbuild";
import { Miniflare } from "miniflare";
import { afterAll, beforeAll, expect, it } from "vitest";
import { serviceClient } from "@plan/store/testing";

const seedText = readFileSync(fileURLToPath(new URL("../../../seeds/jiangxi-gannan-soviet-area-2016.zh-Hant.txt", import.meta.url)), "utf8");
let server: RunningServer;
let mf: Miniflare;

beforeAll(async () => {
  const db = join(mkdtempSync(join(tmpdir(), "plan-sdk-worker-")), "plan.db");
  const store = serviceClient(await openStore(db, {}));
  const admin = (await store.insertKey("admin", null, "admin", "test")).secret;
  const roads = (await store.insertKey("unit", "省交通運輸廳", "roads", "test")).secret;
  await store.close();
  server = await startServer({ port: 0, db, env: {} });
  const sdk = await build({ entryPoints: [fileURLToPath(new URL("../src/index.ts", import.meta.url))], bundle: true, format: "esm", platform: "browser", write: false });
  const worker = `
    import { createClient, PlanApiError } from "./sdk.js";
    export default {
      async fetch(request, env) {
        const admin = createClient({ baseUrl: env.API, apiKey: env.ADMIN });
        const roads = createClient({ baseUrl: env.API, apiKey: env.ROADS });
        const { plan } = await admin.plans.import({ text: await request.text(), name: "seed.txt" });
        const report = await roads.progress.add(plan.id, { task: "4", target: 5, period: "2016-06", value: 3500 });
        const refused = await roads.progress.add(plan.id, { task: "5", period: "2016-06", status: "on-track" }).catch((e) => e);
        return Response.json({ tasks: plan.tasks, value: report.value, refused: { isApiError: refused instanceof PlanApiError, status: refused.status, code: refused.code } });
      },
    };`;
  mf = new Miniflare({
    modules: [
      { type: "ESModule", path: "worker.js", contents: worker },
      { type: "ESModule", path: "sdk.js", contents: sdk.outputFiles[0]!.text },
    ],
    compatibilityDate: "2025-09-01",
    bindings: { API: server.url, ADMIN: admin, ROADS: roads },
  });
});
afterAll(async () => {
  await mf?.dispose();
  await server?.stop();
});

it("works in a Worker: imports, reports, and raises PlanApiError", async () => {
  const res = await mf.dispatchFetch("http://worker.test/", { method: "POST", body: seedText });
  expect(await res.json()).toEqual({ tasks: 33, value: 3500, refused: { isApiError: true, status: 403, code: "progress.unit-not-responsible" } });
});
