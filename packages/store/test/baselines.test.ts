// Baselines on a real SQLite file: read from the document (由X提高到Y), set by the office (an
// admin only), audited, and the point status runs from.

import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { importDocuments, recordProgress, setBaseline, statusAsOf } from "../src/index.js";
import { openStore } from "../src/node.js";
import { serviceClient, type ServiceClient } from "../src/testing.js";

// The office, as the CLI acts: an admin caller.
const OFFICE = { actor: "test", role: "admin" } as const;

// 森林覆盖率由30%提高到40% (a baseline in the document), 新建公路100公里 (none), written with
// full-width punctuation as offices print it.
const PLAN = [
  "2016\u5E74\u5DE5\u4F5C\u8981\u70B9",
  "1.\u63D0\u9AD8\u68EE\u6797\u8986\u76D6\u7387\u3002\u5E74\u5E95\u524D\u68EE\u6797\u8986\u76D6\u7387\u753130%\u63D0\u9AD8\u523040%\u3002\uFF08\u8D23\u4EFB\u5355\u4F4D\uFF1A\u5E02\u6797\u4E1A\u5C40\uFF09",
  "2.\u5EFA\u8BBE\u519C\u6751\u516C\u8DEF\u3002\u5E74\u5E95\u524D\u65B0\u5EFA\u519C\u6751\u516C\u8DEF100\u516C\u91CC\u3002\uFF08\u8D23\u4EFB\u5355\u4F4D\uFF1A\u5E02\u4EA4\u901A\u5C40\uFF09",
].join("\n");
const FORESTRY = "\u5E02\u6797\u4E1A\u5C40"; // 市林业局
const ADMIN = { actor: "key_admin", role: "admin" } as const;

let store: ServiceClient;
let planId: string;

const roadTarget = async () => (await store.run(statusAsOf(planId, { asOf: "2016-07-01", timeZone: "Asia/Shanghai" }, undefined, OFFICE))).tasks.find((t) => t.id === "2")!.targets[0]!;
const forestTarget = async () => (await store.run(statusAsOf(planId, { asOf: "2016-07-01", timeZone: "Asia/Shanghai" }, undefined, OFFICE))).tasks.find((t) => t.id === "1")!.targets[0]!;

beforeAll(async () => {
  store = serviceClient(await openStore(join(mkdtempSync(join(tmpdir(), "plan-baselines-")), "plan.db"), {}));
  const [result] = await store.run(importDocuments([{ bytes: new TextEncoder().encode(PLAN), name: "forest.txt" }], {}, OFFICE));
  planId = result!.plan.id;
  await store.run(recordProgress(planId, { task: "1", period: "2016-06", value: "35%" }, { actor: "key_unit", role: "unit", unit: FORESTRY }));
});
afterAll(() => store.close());

describe("baselines from the document", () => {
  it("keeps the baseline the document gives, and status runs from it", async () => {
    const plan = await store.loadPlan(planId);
    expect(plan.tasks[0]!.targets.map((t) => [t.value, t.unit, t.baseline])).toEqual([[40, "%", 30]]);
    expect(plan.tasks[1]!.targets[0]!.baseline).toBeNull();
    // Half a year from 30 % towards 40 %: about 35 % expected, not 20 %.
    const forest = await forestTarget();
    expect(forest.expected).toBeGreaterThan(34);
    expect(forest.expected).toBeLessThan(36);
  });
});

describe("setBaseline", () => {
  it("refuses anyone but the office", async () => {
    for (const role of ["unit", "viewer"] as const) {
      await expect(store.run(setBaseline(planId, "2", 1, 40, { actor: "key_x", role }))).rejects.toMatchObject({ code: "auth.forbidden", message: expect.stringContaining("only the office") });
    }
  });

  it("sets a baseline written as people write it, audits the change, and status moves with it", async () => {
    const before = (await roadTarget()).expected!;
    const change = await store.run(setBaseline(planId, "2", "\u519C\u6751\u516C\u8DEF", "40\u516C\u91CC", ADMIN));
    expect(change).toMatchObject({ plan: planId, task: "2", target: 1, unit: "\u516C\u91CC", previous: 0, baseline: 40 });
    const after = (await roadTarget()).expected!;
    // From 40 rather than 0 towards 100: the expected figure is higher by about half of 40.
    expect(after).toBeGreaterThan(before + 15);

    const again = await store.run(setBaseline(planId, "2", 1, "\uFF15\uFF10", ADMIN));
    expect(again).toMatchObject({ previous: 40, baseline: 50 });
    const entries = (await store.auditLog(planId)).filter((e) => e.action === "target.baseline");
    expect(entries.map((e) => [e.actor, e.entity, e.details.previous, e.details.baseline])).toEqual([
      ["key_admin", "2.t1", 0, 40],
      ["key_admin", "2.t1", 40, 50],
    ]);
  });

  it("refuses a value in another measure, or no number, naming the field, and changes nothing", async () => {
    const before = (await roadTarget()).expected;
    await expect(store.run(setBaseline(planId, "2", 1, "5\u5EA7", ADMIN))).rejects.toMatchObject({
      code: "value.unit-mismatch",
      message: expect.stringMatching(/\u5EA7.*\u516C\u91CC/),
      details: { field: "value" },
    });
    await expect(store.run(setBaseline(planId, "2", 1, "lots", ADMIN))).rejects.toMatchObject({ code: "value.invalid", details: { field: "value" } });
    await expect(store.run(setBaseline(planId, "2", 3, 1, ADMIN))).rejects.toMatchObject({ code: "target.not-found" });
    await expect(store.run(setBaseline(planId, "9", 1, 1, ADMIN))).rejects.toMatchObject({ code: "task.not-found" });
    expect((await roadTarget()).expected).toBe(before);
  });
});
