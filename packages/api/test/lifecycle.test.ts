// A plan's lifecycle through the API over a real SQLite file: a document replaced (PUT
// /plans/{plan}/document, POST /plans?revises=) and a plan deleted (DELETE /plans/{plan}, admin only).
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
const WATER = "\u7701\u6C34\u5229\u5EF3"; // 省水利廳
const ROAD = "\u8FB2\u6751\u516C\u8DEF"; // 農村公路
// Task 3 ("3.增強城鄉…") and its line, struck out of a copy.
const TASK_3 = /3\.\u589E\u5F37\u57CE\u9109\n[^\n]*\n/;

let store: ServiceClient;
let app: ReturnType<typeof createApp>;
const keys = { admin: "", roads: "", water: "", viewer: "" };

beforeAll(async () => {
  store = serviceClient(await openStore(join(mkdtempSync(join(tmpdir(), "plan-api-lifecycle-")), "plan.db"), {}));
  app = createApp({ store, log: () => {} });
  keys.admin = (await store.insertKey("admin", null, "admin", "test")).secret;
  keys.roads = (await store.insertKey("unit", TRANSPORT, "roads", "test")).secret;
  keys.water = (await store.insertKey("unit", WATER, "water", "test")).secret;
  keys.viewer = (await store.insertKey("viewer", null, "viewer", "test")).secret;
});
afterAll(() => store.close());

const call = (method: string, path: string, key: string, body?: unknown) =>
  app.request(path, {
    method,
    headers: { authorization: `Bearer ${key}`, ...(body === undefined ? {} : { "content-type": "application/json" }) },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });

/** A plan of its own (the seed made distinct by `mark`) with a report on task 3 and one on task 4. */
const seeded = async (mark: string) => {
  const text = seedText.replace("2016\u5E74\u662F", `2016\u5E74${mark}`);
  const res = await call("POST", "/plans", keys.admin, { text, name: `${mark}.txt` });
  expect(res.status).toBe(201);
  const id = ((await res.json()) as { plan: { id: string } }).plan.id;
  expect((await call("POST", `/plans/${id}/progress`, keys.water, { task: "3", period: "2016-06", status: "on-track" })).status).toBe(201);
  expect((await call("POST", `/plans/${id}/progress`, keys.roads, { task: "4", target: ROAD, period: "2016-06", value: 3500 })).status).toBe(201);
  return { id, text };
};

describe("replacing a plan's document", () => {
  it("PUT /plans/{plan}/document carries what fits and lists what does not; the old plan stays, superseded", async () => {
    const { id, text } = await seeded("\u70BA");
    const edited = text.replace(TASK_3, "");
    expect((await call("PUT", `/plans/${id}/document`, keys.roads, { text: edited, name: "edited.txt" })).status).toBe(403);
    const res = await call("PUT", `/plans/${id.slice(0, 10)}/document`, keys.admin, { text: edited, name: "edited.txt" });
    expect(res.status).toBe(201);
    const body = (await res.json()) as { plan: { id: string }; revisionOf: string; carried: number; notCarried: { task: string; unit: string; period: string; reason: string; message: string }[] };
    expect(body).toMatchObject({
      revisionOf: id,
      carried: 1,
      notCarried: [{ task: "3", unit: WATER, period: "2016-06", reason: "task-gone", message: expect.stringContaining("no longer in the document") }],
    });
    const plans = (await (await call("GET", "/plans?limit=100", keys.viewer)).json()) as { items: { id: string; supersededBy: string | null }[] };
    expect(plans.items.find((p) => p.id === id)?.supersededBy).toBe(body.plan.id);
    expect(plans.items.find((p) => p.id === body.plan.id)?.supersededBy).toBeNull();
    // The same document again: nothing replaced.
    const again = await call("PUT", `/plans/${id}/document`, keys.admin, { text: edited, name: "edited.txt" });
    expect(again.status).toBe(200);
    expect(await again.json()).toMatchObject({ created: false, plan: { id: body.plan.id }, notCarried: [] });
    expect((await call("PUT", "/plans/plan_ffffffff/document", keys.admin, { text: edited })).status).toBe(404);
  });

  it("POST /plans?revises= does the same", async () => {
    const { id, text } = await seeded("\u4E43");
    const res = await call("POST", `/plans?revises=${id}`, keys.admin, { text: text.replace(TASK_3, ""), name: "edited.txt" });
    expect(res.status).toBe(201);
    expect(await res.json()).toMatchObject({ revisionOf: id, carried: 1, notCarried: [{ task: "3", reason: "task-gone" }] });
  });
});

describe("DELETE /plans/{plan}", () => {
  it("refuses unit and viewer keys with 403 and deletes nothing", async () => {
    const { id } = await seeded("\u5373");
    for (const key of [keys.roads, keys.viewer]) {
      const res = await call("DELETE", `/plans/${id}`, key);
      expect(res.status).toBe(403);
      expect(await res.json()).toMatchObject({ error: { code: "auth.forbidden" } });
    }
    expect((await call("GET", `/plans/${id}`, keys.viewer)).status).toBe(200);
  });

  it("deletes with an admin key: 204, then the plan and its reports are gone and the audit log keeps them", async () => {
    const { id } = await seeded("\u4E43\u662F");
    const res = await call("DELETE", `/plans/${id}`, keys.admin);
    expect(res.status).toBe(204);
    expect(await res.text()).toBe("");
    for (const path of [`/plans/${id}`, `/plans/${id}/progress`, `/plans/${id}/status?asOf=2016-07-01`]) {
      const gone = await call("GET", path, keys.viewer);
      expect(gone.status, path).toBe(404);
      expect(await gone.json()).toMatchObject({ error: { code: "plan.not-found" } });
    }
    expect((await call("DELETE", `/plans/${id}`, keys.admin)).status).toBe(404);
    const audit = await store.auditLog();
    expect(audit.filter((e) => e.planId === id).map((e) => e.action)).toEqual(["plan.import", "progress.add", "progress.add", "plan.delete"]);
  });
});
