// The SDK in a real browser: Debian's Chromium, driven by playwright-core, loads a page from one
// origin that talks to a real API server on another. So CORS is tested as a browser enforces it,
// and the page is an intranet site over plain http (not a secure context), as many offices run.
import { mkdtempSync, readFileSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { startServer, type RunningServer } from "@plan/api/node";
import { openStore } from "@plan/store/node";
import { build } from "esbuild";
import { chromium, type Browser } from "playwright-core";
import { afterAll, beforeAll, expect, it } from "vitest";
import { createClient } from "../src/index.js";
import { serviceClient } from "@plan/store/testing";

const seedText = readFileSync(fileURLToPath(new URL("../../../seeds/jiangxi-gannan-soviet-area-2016.zh-Hant.txt", import.meta.url)), "utf8");
// .ci/run installs Debian's chromium; CHROMIUM points elsewhere on machines that keep it elsewhere.
const executablePath = process.env["CHROMIUM"] ?? "/usr/bin/chromium";
const db = join(mkdtempSync(join(tmpdir(), "plan-sdk-browser-")), "plan.db");
const keys = { admin: "", viewer: "", roads: "" };
let pages: Server;
let api: RunningServer;
let browser: Browser;
let pagePort = 0;
let apiPort = 0;
let planId = "";

beforeAll(async () => {
  const store = serviceClient(await openStore(db, {}));
  keys.admin = (await store.insertKey("admin", null, "admin", "test")).secret;
  keys.viewer = (await store.insertKey("viewer", null, "viewer", "test")).secret;
  keys.roads = (await store.insertKey("unit", "省交通運輸廳", "roads", "test")).secret;
  await store.close();

  // The page's server: an empty page and the SDK bundled as a browser would load it.
  const sdk = (await build({ entryPoints: [fileURLToPath(new URL("../src/index.ts", import.meta.url))], bundle: true, format: "esm", platform: "browser", write: false })).outputFiles[0]!.text;
  pages = createServer((req, res) => {
    if (req.url === "/sdk.js") res.writeHead(200, { "content-type": "text/javascript" }).end(sdk);
    else res.writeHead(200, { "content-type": "text/html; charset=utf-8" }).end("<!doctype html><title>督查</title>");
  });
  await new Promise<void>((resolve) => pages.listen(0, "127.0.0.1", resolve));
  pagePort = (pages.address() as AddressInfo).port;

  api = await startServer({ port: 0, db, env: {}, corsOrigins: [`http://office.test:${pagePort}`] });
  apiPort = Number(new URL(api.url).port);
  // The seed is there before any test, so that each holds in any order (the page's upload of it finds it).
  planId = (await createClient({ baseUrl: api.url, apiKey: keys.admin }).plans.import({ text: seedText, name: "seed.txt" })).plan.id;
  browser = await chromium.launch({
    executablePath,
    // The flags Chromium needs on a machine without internet (see the machine notes); the names
    // resolve to this machine so that page and API are different origins.
    args: [
      "--no-sandbox",
      "--disable-gpu",
      "--disable-quic",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
      "--host-resolver-rules=MAP office.test 127.0.0.1, MAP elsewhere.test 127.0.0.1, MAP api.test 127.0.0.1",
    ],
  });
}, 60_000);
afterAll(async () => {
  await browser?.close();
  await api?.stop();
  pages?.close();
});

/** Runs `script` in a page loaded from http://`host`, with the SDK imported as `sdk` and `args` given. */
const inPage = async <T>(host: string, script: string, args: Record<string, unknown>): Promise<T> => {
  const page = await browser.newPage();
  try {
    await page.goto(`http://${host}:${pagePort}/`);
    // A string, not a function: the test runner rewrites import() in the functions it compiles.
    return (await page.evaluate(`(async () => {
      const sdk = await import(location.origin + "/sdk.js");
      const args = ${JSON.stringify(args)};
      ${script}
    })()`)) as T;
  } finally {
    await page.close();
  }
};

it("imports, reports and reads from a page of an allowed origin, with typed errors", async () => {
  const result = await inPage<Record<string, unknown>>(
    "office.test",
    `
    const { createClient, PlanApiError } = sdk;
    const client = (apiKey) => createClient({ baseUrl: args.api, apiKey });
    const caught = (promise) => promise.then(() => null, (e) => ({ isApiError: e instanceof PlanApiError, status: e.status, code: e.code, requestId: e.requestId }));
    // A clerk picks the document with a file input: here the same File, built in the page.
    const { plan } = await client(args.keys.admin).plans.upload(new File([args.seed], "江西.txt"), "江西.txt");
    const roads = client(args.keys.roads);
    const report = await roads.progress.add(plan.id, { task: "4", target: 5, period: "2016-06", value: 3500 });
    // The same write sent twice under one key, as a retry after a lost response would.
    const send = () => fetch(args.api + "/plans/" + plan.id + "/progress", {
      method: "POST",
      headers: { authorization: "Bearer " + args.keys.roads, "content-type": "application/json", "idempotency-key": "browser-1" },
      body: JSON.stringify({ task: "4", target: 5, period: "2016-07", value: 4000 }),
    });
    const first = await send();
    const second = await send();
    const page = await client(args.keys.viewer).tasks.list(plan.id, { limit: 20 });
    return {
      secureContext: isSecureContext,
      tasks: plan.tasks,
      value: report.value,
      otherTask: await caught(roads.progress.add(plan.id, { task: "5", period: "2016-06", status: "on-track" })),
      viewerWrite: await caught(client(args.keys.viewer).progress.add(plan.id, { task: "4", target: 5, unit: "省交通運輸廳", period: "2016-06", value: 1 })),
      noKey: await caught(createClient({ baseUrl: args.api }).plans.list()),
      retried: [first.status, second.status, second.headers.get("idempotent-replayed"), (await first.json()).id === (await second.json()).id],
      listed: page.items.length,
      etag: (await fetch(args.api + "/plans/" + plan.id + "/units", { headers: { authorization: "Bearer " + args.keys.viewer } })).headers.get("etag"),
    };
    `,
    { api: `http://api.test:${apiPort}`, keys, seed: seedText },
  );
  expect(result).toEqual({
    // No randomUUID outside a secure context: the SDK's idempotency keys must still be made.
    secureContext: false,
    tasks: 33,
    value: 3500,
    otherTask: { isApiError: true, status: 403, code: "progress.unit-not-responsible", requestId: expect.stringMatching(/\S/) },
    viewerWrite: { isApiError: true, status: 403, code: "auth.forbidden", requestId: expect.stringMatching(/\S/) },
    noKey: { isApiError: true, status: 401, code: "auth.missing", requestId: expect.stringMatching(/\S/) },
    retried: [201, 200, "true", true],
    listed: 20,
    // Exposed by CORS, so a page can revalidate what it has.
    etag: expect.stringMatching(/^W\/"plan_/),
  });
});

it("gets nothing through from a page of another origin: the browser stops it, nothing is recorded", async () => {
  const store = serviceClient(await openStore(db, {}));
  const before = (await store.reportsPage(planId)).items.length;
  const result = await inPage<{ name: string; isApiError: boolean }>(
    "elsewhere.test",
    `
    const roads = sdk.createClient({ baseUrl: args.api, apiKey: args.key, retries: 0 });
    return roads.progress.add(args.plan, { task: "4", target: 5, period: "2016-08", value: 4500 })
      .then(() => ({ name: "recorded", isApiError: false }), (e) => ({ name: e.name, isApiError: e instanceof sdk.PlanApiError }));
    `,
    { api: `http://api.test:${apiPort}`, key: keys.roads, plan: planId },
  );
  expect(result).toEqual({ name: "TypeError", isApiError: false });
  expect((await store.reportsPage(planId)).items).toHaveLength(before);
  await store.close();
});
