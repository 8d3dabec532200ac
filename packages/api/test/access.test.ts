// Who may do what, over HTTP: every route of the OpenAPI document, as every kind of caller.
// Decisions are the verbs' (the store's access table): a route that lets a caller through reaches
// its verb, and what the verb then refuses for want of a thing (a plan, a task, a report that does
// not exist) is a 404 or 4xx of its own, never the 403 of a caller who may not act. Requests name
// things that do not exist where they would write, so that the matrix changes nothing and runs in
// any order.
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { importDocuments, type PlanStoreClient } from "@plan/store";
import { openStore } from "@plan/store/node";
import { serviceClient } from "@plan/store/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createApp } from "../src/index.js";

const ROLES = ["admin", "unit of the task", "other unit", "viewer", "revoked", "none"] as const;
type Role = (typeof ROLES)[number];
type Expected = Record<Role, number>;

// What each kind of route answers, by caller. Callers a verb lets through get the verb's own
// answer to the request below (200 for a read; 404 or 4xx for a write naming nothing that exists).
const read: Expected = { admin: 200, "unit of the task": 200, "other unit": 200, viewer: 200, revoked: 401, none: 401 };
const office = (allowed: number): Expected => ({ admin: allowed, "unit of the task": 403, "other unit": 403, viewer: 403, revoked: 401, none: 401 });
const open: Expected = { admin: 200, "unit of the task": 200, "other unit": 200, viewer: 200, revoked: 200, none: 200 };

const TASK = "4"; // the task 省交通運輸廳 answers for
const OWN = "\u7701\u4EA4\u901A\u904B\u8F38\u5EF3"; // 省交通運輸廳
const OTHER = "\u7701\u6559\u80B2\u5EF3"; // 省教育廳, a unit of the plan with no part in task 4

interface Call {
  readonly path: (plan: string) => string;
  readonly body?: unknown;
  readonly form?: () => FormData;
  readonly expected: Expected;
}

const sheet = () => {
  const form = new FormData();
  form.append("file", new File(["not a progress sheet"], "inbox.csv", { type: "text/csv" }));
  return form;
};

// Every route of the OpenAPI document, "METHOD /path" as the document names it.
const MATRIX: Record<string, Call> = {
  "GET /health": { path: () => "/health", expected: open },
  "GET /plans": { path: () => "/plans", expected: read },
  "POST /plans": { path: () => "/plans", body: { text: "no numbered task here", name: "empty.txt" }, expected: office(422) },
  "GET /plans/{plan}": { path: (p) => `/plans/${p}`, expected: read },
  "DELETE /plans/{plan}": { path: () => "/plans/plan_ffffffffffffffff", expected: office(404) },
  "PUT /plans/{plan}/document": { path: () => "/plans/plan_ffffffffffffffff/document", body: { text: "1.task", name: "x.txt" }, expected: office(404) },
  "GET /plans/{plan}/validate": { path: (p) => `/plans/${p}/validate`, expected: read },
  "GET /plans/{plan}/tasks": { path: (p) => `/plans/${p}/tasks`, expected: read },
  "GET /plans/{plan}/tasks/{task}": { path: (p) => `/plans/${p}/tasks/${TASK}`, expected: read },
  "GET /plans/{plan}/units": { path: (p) => `/plans/${p}/units`, expected: read },
  "GET /plans/{plan}/units/{unit}": { path: (p) => `/plans/${p}/units/${encodeURIComponent(OWN)}`, expected: read },
  "GET /plans/{plan}/targets": { path: (p) => `/plans/${p}/targets`, expected: read },
  "GET /plans/{plan}/milestones": { path: (p) => `/plans/${p}/milestones`, expected: read },
  "GET /plans/{plan}/status": { path: (p) => `/plans/${p}/status?asOf=2016-07-01`, expected: read },
  "GET /status": { path: () => "/status?asOf=2016-07-01", expected: read },
  "GET /plans/{plan}/report": { path: (p) => `/plans/${p}/report?asOf=2016-07-01&format=md`, expected: read },
  "GET /plans/{plan}/reminders": { path: (p) => `/plans/${p}/reminders?asOf=2016-07-01`, expected: read },
  "GET /plans/{plan}/progress": { path: (p) => `/plans/${p}/progress`, expected: read },
  "GET /plans/{plan}/extensions": { path: (p) => `/plans/${p}/extensions`, expected: read },
  "GET /plans/{plan}/audit": { path: (p) => `/plans/${p}/audit`, expected: read },
  "GET /plans/{plan}/supervision": { path: (p) => `/plans/${p}/supervision?asOf=2016-07-01`, expected: read },
  // A report with a value that is no number: refused as invalid by whoever may report, and for
  // want of the right by a viewer or a unit that does not answer for the task. The office must
  // say which unit reports.
  "POST /plans/{plan}/progress": {
    path: (p) => `/plans/${p}/progress`,
    body: { task: TASK, target: 5, period: "2016-06", value: "many" },
    expected: { admin: 422, "unit of the task": 422, "other unit": 403, viewer: 403, revoked: 401, none: 401 },
  },
  "POST /plans/{plan}/progress:import": {
    path: (p) => `/plans/${p}/progress:import`,
    form: sheet,
    expected: { admin: 422, "unit of the task": 422, "other unit": 422, viewer: 403, revoked: 401, none: 401 },
  },
  "POST /plans/{plan}/extensions": {
    path: (p) => `/plans/${p}/extensions`,
    body: { task: TASK, target: 99, reason: "\u6C5B\u671F", to: "2017-06-30" },
    expected: { admin: 404, "unit of the task": 404, "other unit": 403, viewer: 403, revoked: 401, none: 401 },
  },
  "POST /plans/{plan}/progress/{report}/review": { path: (p) => `/plans/${p}/progress/report_nope/review`, body: { decision: "accept" }, expected: office(404) },
  "POST /plans/{plan}/extensions/{extension}/decision": { path: (p) => `/plans/${p}/extensions/ext_nope/decision`, body: { decision: "approve" }, expected: office(404) },
  "POST /plans/{plan}/tasks/{task}/close": { path: (p) => `/plans/${p}/tasks/999/close`, body: {}, expected: office(404) },
  "POST /plans/{plan}/tasks/{task}/reopen": { path: (p) => `/plans/${p}/tasks/999/reopen`, body: {}, expected: office(404) },
  "PUT /plans/{plan}/tasks/{task}/targets/{target}/baseline": { path: (p) => `/plans/${p}/tasks/999/targets/1/baseline`, body: { value: 1 }, expected: office(404) },
  "POST /plans/{plan}/reminders:send": { path: () => "/plans/plan_ffffffffffffffff/reminders:send", body: { webhook: "https://robot.example/hook" }, expected: office(404) },
  // A viewer key labelled for the matrix: the one write the office's row makes.
  "POST /keys": { path: () => "/keys", body: { role: "viewer", label: "access matrix" }, expected: office(201) },
  "GET /keys": { path: () => "/keys", expected: office(200) },
  "DELETE /keys/{id}": { path: () => "/keys/key_nope", expected: office(404) },
  "GET /metrics": { path: () => "/metrics", expected: office(200) },
};

let store: PlanStoreClient;
let app: ReturnType<typeof createApp>;
let plan = "";
const secrets = {} as Record<Role, string | undefined>;

beforeAll(async () => {
  store = await openStore(join(mkdtempSync(join(tmpdir(), "plan-api-access-")), "plan.db"), {});
  app = createApp({ store, maxBodyBytes: 256 * 1024 });
  const seed = readFileSync(fileURLToPath(new URL("../../../seeds/jiangxi-gannan-soviet-area-2016.zh-Hant.txt", import.meta.url)));
  const [imported] = await store.run(importDocuments([{ bytes: seed, name: "seed.txt" }], {}, { actor: "test", role: "admin" }));
  plan = imported!.plan.id;
  const service = serviceClient(store);
  secrets.admin = (await service.insertKey("admin", null, "admin", "test")).secret;
  secrets["unit of the task"] = (await service.insertKey("unit", OWN, "roads", "test")).secret;
  secrets["other unit"] = (await service.insertKey("unit", OTHER, "schools", "test")).secret;
  secrets.viewer = (await service.insertKey("viewer", null, "viewer", "test")).secret;
  const revoked = await service.insertKey("admin", null, "revoked", "test");
  await service.markRevoked(revoked.key.id, "test");
  secrets.revoked = revoked.secret;
});
afterAll(() => store.close());

const request = (method: string, call: Call, role: Role) => {
  const headers: Record<string, string> = {};
  const secret = secrets[role];
  if (secret !== undefined) headers.authorization = `Bearer ${secret}`;
  let body: BodyInit | undefined;
  if (call.form) body = call.form();
  else if (call.body !== undefined) {
    headers["content-type"] = "application/json";
    body = JSON.stringify(call.body);
  }
  return app.request(call.path(plan), { method, headers, ...(body === undefined ? {} : { body }) });
};

describe("access by route and caller", () => {
  it("has an entry for every route the API documents", async () => {
    const document = (await (await app.request("/openapi.json")).json()) as { paths: Record<string, Record<string, unknown>> };
    const routes = Object.entries(document.paths).flatMap(([path, methods]) => Object.keys(methods).map((method) => `${method.toUpperCase()} ${path}`));
    expect(routes.filter((r) => !(r in MATRIX) && r !== "POST /bootstrap")).toEqual([]);
    expect(Object.keys(MATRIX).filter((r) => !routes.includes(r))).toEqual([]);
  });

  for (const [route, call] of Object.entries(MATRIX)) {
    const method = route.split(" ")[0]!;
    it(`${route}`, async () => {
      const got = {} as Record<Role, number>;
      for (const role of ROLES) got[role] = (await request(method, call, role)).status;
      expect(got).toEqual(call.expected);
    });
  }
});
