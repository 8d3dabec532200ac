// ?unit= on the status and reminders routes: one unit's tasks (as lead or support) and what it
// owes, the unit in any printing of its name; a unit the plan does not name is 404 unit.not-found;
// before the plan's first period is due, the reminders say so in a field.
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { PlanStatus, Reminders } from "@plan/domain";
import { openStore } from "@plan/store/node";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createApp } from "../src/index.js";
import { serviceClient, type ServiceClient } from "@plan/store/testing";

const seed = readFileSync(fileURLToPath(new URL("../../../seeds/jiangxi-gannan-soviet-area-2016.zh-Hant.txt", import.meta.url)), "utf8");
const UNIT = "\u7701\u4EA4\u901A\u904B\u8F38\u5EF3"; // 省交通運輸廳, as the seed prints it
const UNIT_SIMPLIFIED = "\u7701\u4EA4\u901A\u8FD0\u8F93\u5385"; // 省交通运输厅
let store: ServiceClient;
let app: ReturnType<typeof createApp>;
let secret = "";
let planId = "";

beforeAll(async () => {
  store = serviceClient(await openStore(join(mkdtempSync(join(tmpdir(), "plan-api-unit-")), "plan.db"), {}));
  secret = (await store.insertKey("viewer", null, "test", "test")).secret;
  const admin = (await store.insertKey("admin", null, "admin", "test")).secret;
  app = createApp({ store });
  const res = await app.request("/plans", {
    method: "POST",
    headers: { authorization: `Bearer ${admin}`, "content-type": "application/json" },
    body: JSON.stringify({ text: seed, name: "seed.txt" }),
  });
  planId = ((await res.json()) as { plan: { id: string } }).plan.id;
});
afterAll(() => store.close());

const get = async (path: string) => {
  const res = await app.request(path, { headers: { authorization: `Bearer ${secret}` } });
  return { status: res.status, body: (await res.json()) as unknown };
};
const q = encodeURIComponent;

describe("GET /plans/{plan}/status?unit=", () => {
  it("answers with the tasks the unit leads or supports, rolled up again, whichever printing names it", async () => {
    const all = PlanStatus.parse((await get(`/plans/${planId}/status?asOf=2016-07-05`)).body);
    const mine = await get(`/plans/${planId}/status?asOf=2016-07-05&unit=${q(UNIT_SIMPLIFIED)}`);
    expect(mine.status).toBe(200);
    const status = PlanStatus.parse(mine.body);
    const expected = all.tasks.filter((t) => t.lead.includes(UNIT) || t.support.includes(UNIT));
    expect(status.tasks.map((t) => t.id)).toEqual(expected.map((t) => t.id));
    expect(status.tasks.length).toBeLessThan(all.tasks.length);
    expect(status.overall.total).toBe(expected.length);
    expect(status.byUnit.map((r) => r.key)).toEqual([UNIT]);
  });

  it("is 404 unit.not-found for a unit the plan does not name", async () => {
    const res = await get(`/plans/${planId}/status?unit=${q("\u706B\u661F\u5C40")}`);
    expect([res.status, (res.body as { error: { code: string } }).error.code]).toEqual([404, "unit.not-found"]);
  });
});

describe("GET /plans/{plan}/reminders?unit=", () => {
  it("answers with what that unit owes, and names it", async () => {
    const all = Reminders.parse((await get(`/plans/${planId}/reminders?asOf=2016-07-05`)).body);
    const res = await get(`/plans/${planId}/reminders?asOf=2016-07-05&unit=${q(UNIT_SIMPLIFIED)}`);
    expect(res.status).toBe(200);
    const mine = Reminders.parse(res.body);
    expect(all.reminders.length).toBeGreaterThan(1);
    expect(mine).toMatchObject({ unit: UNIT, period: "2016-06", notYetDue: null });
    expect(mine.reminders).toEqual(all.reminders.filter((r) => r.unit === UNIT));
  });

  it("is 404 unit.not-found for a unit the plan does not name", async () => {
    const res = await get(`/plans/${planId}/reminders?unit=${q("\u706B\u661F\u5C40")}`);
    expect([res.status, (res.body as { error: { code: string } }).error.code]).toEqual([404, "unit.not-found"]);
  });

  it("says in notYetDue, before the first period is due, that nothing is and when the first reports are", async () => {
    const res = await get(`/plans/${planId}/reminders?asOf=2016-01-15`);
    expect(res).toEqual({ status: 200, body: { asOf: "2016-01-15", period: null, unit: null, notYetDue: { period: "2016-01", dueOn: "2016-01-31" }, reminders: [] } });
  });
});
