// The office's supervision through the API over a real SQLite file: a unit key acts on its own
// tasks only (403 elsewhere), an admin key decides; every route in the OpenAPI document.
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
const REASON = "\u7F3A\u5C11\u4F50\u8BC1\u6750\u6599"; // 缺少佐证材料

let store: ServiceClient;
let app: ReturnType<typeof createApp>;
const keys = { admin: "", roads: "", viewer: "" };

beforeAll(async () => {
  store = serviceClient(await openStore(join(mkdtempSync(join(tmpdir(), "plan-api-supervision-")), "plan.db"), {}));
  app = createApp({ store, log: () => {} });
  keys.admin = (await store.insertKey("admin", null, "office", "test")).secret;
  keys.roads = (await store.insertKey("unit", TRANSPORT, "roads", "test")).secret;
  keys.viewer = (await store.insertKey("viewer", null, "viewer", "test")).secret;
});
afterAll(() => store.close());

const call = (path: string, key: string, body?: unknown) =>
  app.request(
    path,
    body === undefined
      ? { headers: { authorization: `Bearer ${key}` } }
      : { method: "POST", headers: { authorization: `Bearer ${key}`, "content-type": "application/json" }, body: JSON.stringify(body) },
  );

/** A plan of its own for each test (the seed with a different last line), so that each holds alone and in any order. */
let variant = 0;
const freshPlan = async (): Promise<string> => {
  const res = await call("/plans", keys.admin, { text: `${seedText}\n${"\u3000".repeat(++variant)}`, name: `seed-${variant}.txt` });
  expect(res.status).toBe(201);
  return (await res.json()).plan.id;
};
const task = async (plan: string, id: string, asOf: string) => {
  const status = await (await call(`/plans/${plan}/status?asOf=${asOf}`, keys.viewer)).json();
  return status.tasks.find((t: { id: string }) => t.id === id);
};

describe("review over the API", () => {
  it("lets the admin return one report and accept another; a unit or viewer key gets 403; the unit reads why", async () => {
    const plan = await freshPlan();
    const may = await (await call(`/plans/${plan}/progress`, keys.roads, { task: "4", target: 5, period: "2016-05", value: 800 })).json();
    const june = await (await call(`/plans/${plan}/progress`, keys.roads, { task: "4", target: 5, period: "2016-06", value: 3500 })).json();
    expect(june.review).toEqual({ state: "submitted", reason: null, by: null, at: null });

    for (const key of [keys.roads, keys.viewer]) {
      const res = await call(`/plans/${plan}/progress/${june.id}/review`, key, { decision: "accept" });
      expect(res.status).toBe(403);
      expect((await res.json()).error.code).toBe("auth.forbidden");
    }
    const noReason = await call(`/plans/${plan}/progress/${june.id}/review`, keys.admin, { decision: "return" });
    expect([noReason.status, (await noReason.json()).error.code]).toEqual([400, "request.invalid"]);
    expect((await call(`/plans/${plan}/progress/nope/review`, keys.admin, { decision: "accept" })).status).toBe(404);
    expect((await call(`/plans/${plan}/progress/${june.id}/review`, keys.admin, { decision: "maybe" })).status).toBe(400);

    const returned = await call(`/plans/${plan}/progress/${june.id}/review`, keys.admin, { decision: "return", reason: REASON });
    expect(returned.status).toBe(200);
    expect((await returned.json()).review).toMatchObject({ state: "returned", reason: REASON });
    expect((await call(`/plans/${plan}/progress/${may.id}/review`, keys.admin, { decision: "accept" })).status).toBe(200);
    expect((await call(`/plans/${plan}/progress/${june.id}/review`, keys.admin, { decision: "accept" })).status).toBe(409);

    const listed = await (await call(`/plans/${plan}/progress?unit=${encodeURIComponent(TRANSPORT)}`, keys.roads)).json();
    expect(listed.items.map((r: { id: string; review: { state: string; reason: string | null } }) => [r.id, r.review.state, r.review.reason])).toEqual([
      [may.id, "accepted", null],
      [june.id, "returned", REASON],
    ]);
    expect((await task(plan, "4", "2016-07-01")).targets[4]).toMatchObject({ actual: 800, status: "not-reported" });
    const supervision = await (await call(`/plans/${plan}/supervision?asOf=2016-07-01`, keys.viewer)).json();
    expect(supervision.returned).toMatchObject([{ reportId: june.id, reason: REASON, unit: TRANSPORT }]);
  });
});

describe("extensions over the API", () => {
  it("lets a unit key ask for its own tasks only, the admin approve once, and status move with it", async () => {
    const plan = await freshPlan();
    // Task 28 is not the roads office's: 403.
    const elsewhere = await call(`/plans/${plan}/extensions`, keys.roads, { task: "28", milestone: 1, reason: "r", to: "2016-09-30" });
    expect([elsewhere.status, (await elsewhere.json()).error.code]).toEqual([403, "auth.forbidden"]);
    expect((await call(`/plans/${plan}/extensions`, keys.viewer, { task: "4", target: 5, reason: "r", to: "2017-06-30" })).status).toBe(403);
    expect((await call(`/plans/${plan}/extensions`, keys.roads, { task: "4", target: 5, reason: "r", to: "2017-06-30", colour: "red" })).status).toBe(400);

    await call(`/plans/${plan}/progress`, keys.roads, { task: "4", target: 5, period: "2016-06", value: 2800 });
    expect((await task(plan, "4", "2016-07-01")).targets[4]).toMatchObject({ status: "at-risk", deadline: "2016-12-31" });

    const asked = await call(`/plans/${plan}/extensions`, keys.roads, { task: "4", target: "\u8FB2\u6751\u516C\u8DEF", reason: "\u6C5B\u671F\u505C\u5DE5", to: "2017-06-30" });
    expect(asked.status).toBe(201);
    const extension = await asked.json();
    expect(extension).toMatchObject({ task: "4", target: 5, unit: TRANSPORT, from: "2016-12-31", to: "2017-06-30", state: "requested" });

    const byUnit = await call(`/plans/${plan}/extensions/${extension.id}/decision`, keys.roads, { decision: "approve" });
    expect(byUnit.status).toBe(403);
    expect((await call(`/plans/${plan}/extensions/ext_nope/decision`, keys.admin, { decision: "approve" })).status).toBe(404);
    const approved = await call(`/plans/${plan}/extensions/${extension.id}/decision`, keys.admin, { decision: "approve", note: "\u540C\u610F" });
    expect(approved.status).toBe(200);
    expect(await approved.json()).toMatchObject({ state: "approved", note: "\u540C\u610F" });
    expect((await call(`/plans/${plan}/extensions/${extension.id}/decision`, keys.admin, { decision: "refuse" })).status).toBe(409);

    expect((await task(plan, "4", "2016-07-01")).targets[4]).toMatchObject({ status: "on-track", deadline: "2017-06-30", originalDeadline: "2016-12-31" });
    const list = await (await call(`/plans/${plan}/extensions`, keys.roads)).json();
    expect(list.map((e: { id: string; state: string }) => [e.id, e.state])).toEqual([[extension.id, "approved"]]);
  });
});

describe("close-out and the audit log over the API", () => {
  it("lets only the admin close and reopen a task, and shows every step with who and when", async () => {
    const plan = await freshPlan();
    expect((await call(`/plans/${plan}/tasks/4/close`, keys.roads, {})).status).toBe(403);
    const closed = await call(`/plans/${plan}/tasks/4/close`, keys.admin, { note: "\u529E\u7ED3" });
    expect(closed.status).toBe(200);
    expect(await closed.json()).toMatchObject({ task: "4", note: "\u529E\u7ED3", reopenedAt: null });
    expect(await task(plan, "4", "2016-07-01")).toMatchObject({ status: "achieved", closed: { by: expect.stringMatching(/^key_/) } });
    expect((await call(`/plans/${plan}/tasks/4/close`, keys.admin, {})).status).toBe(409);
    // Without a body too.
    const reopened = await app.request(`/plans/${plan}/tasks/4/reopen`, { method: "POST", headers: { authorization: `Bearer ${keys.admin}` } });
    expect(reopened.status).toBe(200);
    expect((await task(plan, "4", "2016-07-01")).closed).toBeNull();

    const audit = await call(`/plans/${plan}/audit`, keys.admin);
    expect(audit.status).toBe(200);
    const actions = (await audit.json()).map((e: { action: string; actor: string; at: string }) => [e.action, e.actor.startsWith("key_"), typeof e.at]);
    expect(actions).toEqual([
      ["plan.import", true, "string"],
      ["task.close", true, "string"],
      ["task.reopen", true, "string"],
    ]);
  });

  it("documents every route with named schemas", async () => {
    const doc = await (await app.request("/openapi.json")).json();
    for (const path of [
      "/plans/{plan}/progress/{report}/review",
      "/plans/{plan}/extensions",
      "/plans/{plan}/extensions/{extension}/decision",
      "/plans/{plan}/tasks/{task}/close",
      "/plans/{plan}/tasks/{task}/reopen",
      "/plans/{plan}/audit",
      "/plans/{plan}/supervision",
    ]) {
      expect(doc.paths[path], path).toBeDefined();
    }
    for (const schema of ["ReviewDecision", "ExtensionRequest", "ExtensionDecision", "Extension", "TaskClosure", "AuditEntry", "Supervision"])
      expect(doc.components.schemas[schema], schema).toBeDefined();
  });
});
