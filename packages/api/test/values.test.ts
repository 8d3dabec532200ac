// Values as people write them and baselines through the API over a real SQLite file: a unit key
// reports 1.2万, an admin key sets a baseline (a unit key gets 403), bad values are 422 naming the field.
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { openStore } from "@plan/store/node";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createApp } from "../src/index.js";
import { serviceClient, type ServiceClient } from "@plan/store/testing";

const seedText = readFileSync(fileURLToPath(new URL("../../../seeds/jiangxi-gannan-soviet-area-2016.zh-Hant.txt", import.meta.url)), "utf8");
const TRANSPORT = "\u7701\u4EA4\u901A\u904B\u8F38\u5EF3"; // 省交通運輸廳
const ROAD = "\u519C\u6751\u516C\u8DEF"; // 农村公路

let store: ServiceClient;
let app: ReturnType<typeof createApp>;
const keys = { admin: "", roads: "" };
let plan = "";

beforeAll(async () => {
  store = serviceClient(await openStore(join(mkdtempSync(join(tmpdir(), "plan-api-values-")), "plan.db"), {}));
  app = createApp({ store, log: () => {} });
  keys.admin = (await store.insertKey("admin", null, "office", "test")).secret;
  keys.roads = (await store.insertKey("unit", TRANSPORT, "roads", "test")).secret;
  const res = await call("POST", "/plans", keys.admin, { text: seedText, name: "seed.txt" });
  plan = (await res.json()).plan.id;
});
afterAll(() => store.close());

const call = (method: string, path: string, key: string, body?: unknown) =>
  app.request(path, { method, headers: { authorization: `Bearer ${key}`, "content-type": "application/json" }, ...(body === undefined ? {} : { body: JSON.stringify(body) }) });
const roadTarget = async () => {
  const status = await (await call("GET", `/plans/${plan}/status?asOf=2016-07-01`, keys.admin)).json();
  return status.tasks.find((t: { id: string }) => t.id === "4").targets[4];
};

describe("progress values as people write them", () => {
  it.each([
    [5, "1.2\u4E07", "2016-05", 12_000],
    [1, "3000\u4E07\u5143", "2016-04", 30_000_000],
    // Full width: \uFF13\uFF0C\uFF15\uFF10\uFF10 is 3,500.
    [5, "\uFF13\uFF0C\uFF15\uFF10\uFF10", "2016-06", 3500],
    [5, 3600, "2016-03", 3600],
  ])("target %d, value %j is recorded as %d", async (target, value, period, recorded) => {
    const res = await call("POST", `/plans/${plan}/progress`, keys.roads, { task: "4", target, period, value });
    expect(res.status).toBe(201);
    expect((await res.json()).value).toBe(recorded);
  });

  it.each([
    [2, "5\u516C\u91CC", "value.unit-mismatch", /\u516C\u91CC.*\u5EA7/],
    [5, "lots", "value.invalid", /not a quantity/],
  ])("refuses target %d, value %j with 422 %s naming the field", async (target, value, code, message) => {
    const res = await call("POST", `/plans/${plan}/progress`, keys.roads, { task: "4", target, period: "2016-02", value });
    expect(res.status).toBe(422);
    const { error } = await res.json();
    expect(error).toMatchObject({ code, message: expect.stringMatching(message), details: { field: "value" } });
  });
});

describe("PUT /plans/{plan}/tasks/{task}/targets/{target}/baseline", () => {
  const path = () => `/plans/${plan}/tasks/4/targets/${encodeURIComponent(ROAD)}/baseline`;

  it("is the office's alone: a unit key gets 403 and nothing moves", async () => {
    const before = (await roadTarget()).expected;
    const res = await call("PUT", path(), keys.roads, { value: "3000\u516C\u91CC" });
    expect(res.status).toBe(403);
    expect((await res.json()).error.code).toBe("auth.forbidden");
    expect((await roadTarget()).expected).toBe(before);
  });

  it("sets the baseline for an admin key, audited, and status runs from it", async () => {
    const before = (await roadTarget()).expected;
    const res = await call("PUT", path(), keys.admin, { value: "0.3\u4E07" });
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ plan, task: "4", target: 5, unit: "\u516C\u91CC", previous: 0, baseline: 3000 });
    expect((await roadTarget()).expected - before).toBeGreaterThan(1000);
    const audit = (await store.auditLog(plan)).filter((e) => e.action === "target.baseline");
    expect(audit.map((e) => e.details)).toEqual([expect.objectContaining({ previous: 0, baseline: 3000 })]);
  });

  it("answers 422 for a value in another measure, 404 for no such target, 400 for a body it does not know", async () => {
    const mismatch = await call("PUT", `/plans/${plan}/tasks/4/targets/2/baseline`, keys.admin, { value: "5\u516C\u91CC" });
    expect([mismatch.status, (await mismatch.json()).error.code]).toEqual([422, "value.unit-mismatch"]);
    const missing = await call("PUT", `/plans/${plan}/tasks/4/targets/9/baseline`, keys.admin, { value: 1 });
    expect([missing.status, (await missing.json()).error.code]).toEqual([404, "target.not-found"]);
    expect((await call("PUT", `/plans/${plan}/tasks/4/targets/1/baseline`, keys.admin, { value: 1, extra: true })).status).toBe(400);
    expect((await call("PUT", `/plans/${plan}/tasks/4/targets/1/baseline`, keys.admin, {})).status).toBe(400);
  });

  it("is in the OpenAPI document", async () => {
    const doc = await (await app.request("/openapi.json")).json();
    const put = doc.paths["/plans/{plan}/tasks/{task}/targets/{target}/baseline"].put;
    expect(put.requestBody.content["application/json"].schema.$ref).toBe("#/components/schemas/BaselineInput");
    expect(Object.keys(put.responses)).toEqual(expect.arrayContaining(["200", "403", "404", "422"]));
  });
});
