// The office's supervision verbs on a real SQLite file: review and return, extensions, close-out;
// who may do each, the audit log, and each decision taken once.

import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { parsePlan } from "@plan/domain";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  type Caller,
  closeTask,
  decideExtension,
  listExtensions,
  listProgress,
  planAudit,
  recordProgress,
  reopenTask,
  requestExtension,
  reviewReport,
  statusAsOf,
  supervisionAsOf,
} from "../src/index.js";
import { openStore } from "../src/node.js";
import { serviceClient, type ServiceClient } from "../src/testing.js";

// The office, as the CLI acts: an admin caller.
const OFFICE = { actor: "test", role: "admin" } as const;

const seedBytes = readFileSync(fileURLToPath(new URL("../../../seeds/jiangxi-gannan-soviet-area-2016.zh-Hant.txt", import.meta.url)));
const TRANSPORT = "\u7701\u4EA4\u901A\u904B\u8F38\u5EF3"; // 省交通運輸廳
const REFORM = "\u7701\u767C\u5C55\u6539\u9769\u59D4"; // 省發展改革委
const ROAD = 5; // task 4's rural-road target

const office: Caller = { actor: "key_admin", role: "admin" };
const roads: Caller = { actor: "key_roads", role: "unit", unit: TRANSPORT };
const reform: Caller = { actor: "key_reform", role: "unit", unit: REFORM };
const viewer: Caller = { actor: "key_viewer", role: "viewer" };
const tz = "Asia/Shanghai";

let store: ServiceClient;
let planId: string;

/** A fresh plan each time (the seed under a title of its own), so that each test holds alone and in any order. */
let variant = 0;
const freshPlan = async (): Promise<string> => {
  // Another text (a plan's id is its text's hash) under another title (or it would revise the last).
  const text = `${new TextDecoder().decode(seedBytes)}\n${"\u3000".repeat(++variant)}`;
  const plan = parsePlan(text, { title: `seed ${variant}` });
  return (await store.savePlan(plan, { source: `seed-${variant}.txt`, actor: "test" })).plan.id;
};
const report = (plan: string, period: string, value: number) => store.run(recordProgress(plan, { task: "4", target: ROAD, period, value }, { actor: "key_roads", role: "unit", unit: TRANSPORT }));
const roadTarget = async (plan: string, asOf: string) => (await store.run(statusAsOf(plan, { asOf, timeZone: tz }, undefined, OFFICE))).tasks.find((t) => t.id === "4")!.targets[ROAD - 1]!;
const task = async (plan: string, id: string, asOf: string) => (await store.run(statusAsOf(plan, { asOf, timeZone: tz }, undefined, OFFICE))).tasks.find((t) => t.id === id)!;
const actions = async (plan: string) => (await store.run(planAudit(plan, OFFICE))).map((e) => [e.action, e.actor, e.entity]);

beforeAll(async () => {
  store = serviceClient(await openStore(join(mkdtempSync(join(tmpdir(), "plan-supervision-")), "plan.db"), {}));
  planId = await freshPlan();
});
afterAll(() => store.close());

describe("reviewReport", () => {
  it("lets only the office review, and a return needs a reason", async () => {
    const { report: june } = await report(planId, "2016-06", 3500);
    for (const caller of [roads, viewer]) await expect(store.run(reviewReport(planId, june.id, { decision: "accept" }, caller))).rejects.toMatchObject({ code: "auth.forbidden" });
    await expect(store.run(reviewReport(planId, june.id, { decision: "return" }, office))).rejects.toMatchObject({ code: "request.invalid", details: { field: "reason" } });
    await expect(store.run(reviewReport(planId, june.id, { decision: "return", reason: "   " }, office))).rejects.toMatchObject({ code: "request.invalid" });
    await expect(store.run(reviewReport(planId, "no-such-report", { decision: "accept" }, office))).rejects.toMatchObject({ code: "report.not-found" });
    expect((await store.run(listProgress(planId, {}, {}, OFFICE))).items.find((r) => r.id === june.id)!.review).toEqual({ state: "submitted", reason: null, by: null, at: null });
  });

  it("takes a returned report out of status (the one before it counts again), leaves status alone on accepting, and decides once", async () => {
    const plan = await freshPlan();
    const { report: may } = await report(plan, "2016-05", 800);
    const { report: june } = await report(plan, "2016-06", 3500);
    expect(await roadTarget(plan, "2016-07-01")).toMatchObject({ status: "on-track", actual: 3500 });

    const accepted = await store.run(reviewReport(plan, may.id, { decision: "accept" }, office));
    expect(accepted.review).toMatchObject({ state: "accepted", by: "key_admin" });
    expect(await roadTarget(plan, "2016-07-01")).toMatchObject({ status: "on-track", actual: 3500 });

    const returned = await store.run(reviewReport(plan, june.id, { decision: "return", reason: "\u7F3A\u5C11\u4F50\u8BC1\u6750\u6599" }, office));
    expect(returned.review).toMatchObject({ state: "returned", reason: "\u7F3A\u5C11\u4F50\u8BC1\u6750\u6599", by: "key_admin" });
    // May's 800 stands again; June is owed anew.
    expect(await roadTarget(plan, "2016-07-01")).toMatchObject({ status: "not-reported", actual: 800, lastPeriod: "2016-05" });
    // As of a past date too (read from the history, not progress_latest).
    expect(await roadTarget(plan, "2016-06-15")).toMatchObject({ actual: 800 });

    for (const decision of [{ decision: "accept" as const }, { decision: "return" as const, reason: "again" }]) {
      await expect(store.run(reviewReport(plan, june.id, decision, office))).rejects.toMatchObject({ code: "store.conflict" });
    }
    // The unit sees why, with the report.
    const listed = (await store.run(listProgress(plan, {}, {}, OFFICE))).items.find((r) => r.id === june.id)!;
    expect(listed.review).toMatchObject({ state: "returned", reason: "\u7F3A\u5C11\u4F50\u8BC1\u6750\u6599" });

    // Sent again unchanged, the returned report is refused with the office's reason.
    await expect(report(plan, "2016-06", 3500)).rejects.toMatchObject({ code: "progress.duplicate", message: expect.stringContaining("\u7F3A\u5C11\u4F50\u8BC1\u6750\u6599") });
    // A returned report is no duplicate: the unit reports June again, without replacing anything.
    const { report: again } = await report(plan, "2016-06", 3600);
    expect(again.review.state).toBe("submitted");
    expect(await roadTarget(plan, "2016-07-01")).toMatchObject({ status: "on-track", actual: 3600 });

    expect((await actions(plan)).filter(([action]) => action === "progress.review")).toEqual([
      ["progress.review", "key_admin", may.id],
      ["progress.review", "key_admin", june.id],
    ]);
    const supervision = await store.run(supervisionAsOf(plan, { asOf: "2016-07-01", timeZone: tz }, OFFICE));
    expect(supervision.returned).toEqual([
      { reportId: june.id, task: "4", title: expect.any(String), unit: TRANSPORT, period: "2016-06", reason: "\u7F3A\u5C11\u4F50\u8BC1\u6750\u6599", at: returned.review.at },
    ]);
    expect((await store.run(supervisionAsOf(plan, { asOf: "2016-05-20", timeZone: tz }, OFFICE))).returned).toEqual([]);
  });
});

describe("extensions", () => {
  const milestone = { task: "28", milestone: 1, reason: "\u7B49\u5F85\u7701\u59D4\u5BA1\u5B9A", to: "2016-09-30" };

  it("lets a unit ask only for a task it answers for, and the office on a unit's behalf", async () => {
    await expect(store.run(requestExtension(planId, { ...milestone }, roads))).rejects.toMatchObject({ code: "auth.forbidden" });
    await expect(store.run(requestExtension(planId, { ...milestone, unit: REFORM }, roads))).rejects.toMatchObject({ code: "auth.forbidden" });
    await expect(store.run(requestExtension(planId, { ...milestone }, viewer))).rejects.toMatchObject({ code: "auth.forbidden" });
    await expect(store.run(requestExtension(planId, { ...milestone, unit: TRANSPORT }, office))).rejects.toMatchObject({ code: "progress.unit-not-responsible" });
    await expect(store.run(requestExtension(planId, { ...milestone }, office))).rejects.toMatchObject({ code: "request.invalid", details: { field: "unit" } });
    await expect(store.run(requestExtension(planId, { ...milestone, to: "2016-06-01" }, reform))).rejects.toMatchObject({ code: "request.invalid", details: { field: "to" } });
    await expect(store.run(requestExtension(planId, { ...milestone, to: "2016-02-30" }, reform))).rejects.toMatchObject({ code: "request.invalid" });
    await expect(store.run(requestExtension(planId, { ...milestone, reason: "" }, reform))).rejects.toMatchObject({ code: "request.invalid", details: { field: "reason" } });
    await expect(store.run(requestExtension(planId, { ...milestone, milestone: 9 }, reform))).rejects.toMatchObject({ code: "milestone.not-found" });
    const byOffice = await store.run(requestExtension(planId, { task: "4", target: "\u8FB2\u6751\u516C\u8DEF", unit: "\u7701\u4EA4\u901A\u8FD0\u8F93\u5385", reason: "r", to: "2017-03-31" }, office));
    expect(byOffice).toMatchObject({ task: "4", target: ROAD, milestone: null, unit: TRANSPORT, from: "2016-12-31", to: "2017-03-31", state: "requested", requestedBy: "key_admin" });
    // One request per deadline at a time.
    await expect(store.run(requestExtension(planId, { task: "4", target: ROAD, reason: "r", to: "2017-06-30" }, roads))).rejects.toMatchObject({ code: "store.conflict" });
  });

  it("moves the deadline once approved, keeps both dates, decides once, and refuses without moving anything", async () => {
    const plan = await freshPlan();
    const before = await task(plan, "28", "2016-07-15");
    expect(before).toMatchObject({ status: "overdue", milestones: [{ status: "overdue", deadline: "2016-06-30" }] });

    const asked = await store.run(requestExtension(plan, milestone, reform));
    expect(asked).toMatchObject({ unit: REFORM, milestone: 1, from: "2016-06-30", to: "2016-09-30", state: "requested", requestedBy: "key_reform" });
    // Asked is not granted.
    expect((await task(plan, "28", "2016-07-15")).status).toBe("overdue");

    for (const caller of [reform, viewer]) await expect(store.run(decideExtension(plan, asked.id, { decision: "approve" }, caller))).rejects.toMatchObject({ code: "auth.forbidden" });
    await expect(store.run(decideExtension(plan, "ext_nope", { decision: "approve" }, office))).rejects.toMatchObject({ code: "extension.not-found" });
    await expect(store.run(decideExtension(plan, asked.id, { decision: "maybe" } as never, office))).rejects.toMatchObject({ code: "request.invalid" });

    const approved = await store.run(decideExtension(plan, asked.id, { decision: "approve", note: "\u540C\u610F" }, office));
    expect(approved).toMatchObject({ state: "approved", decidedBy: "key_admin", note: "\u540C\u610F", from: "2016-06-30", to: "2016-09-30" });
    await expect(store.run(decideExtension(plan, asked.id, { decision: "refuse" }, office))).rejects.toMatchObject({ code: "store.conflict" });
    const after = await task(plan, "28", "2016-07-15");
    expect(after.milestones[0]).toMatchObject({ status: "pending", deadline: "2016-09-30", originalDeadline: "2016-06-30" });
    expect(after.status).toBe("not-reported");

    // A later request replaces the moved date, not the document's; a refused one moves nothing.
    const later = await store.run(requestExtension(plan, { ...milestone, to: "2016-12-31" }, reform));
    expect(later.from).toBe("2016-09-30");
    expect((await store.run(decideExtension(plan, later.id, { decision: "refuse", note: "\u4E0D\u540C\u610F" }, office))).state).toBe("refused");
    expect((await task(plan, "28", "2016-10-15")).milestones[0]).toMatchObject({ status: "overdue", deadline: "2016-09-30" });

    expect((await store.run(listExtensions(plan, OFFICE))).map((e) => [e.id, e.state])).toEqual([
      [asked.id, "approved"],
      [later.id, "refused"],
    ]);
    expect((await actions(plan)).filter(([action]) => action!.startsWith("extension."))).toEqual([
      ["extension.request", "key_reform", asked.id],
      ["extension.approve", "key_admin", asked.id],
      ["extension.request", "key_reform", later.id],
      ["extension.refuse", "key_admin", later.id],
    ]);
    const { extensions } = await store.run(supervisionAsOf(plan, { asOf: "2016-07-15", timeZone: tz }, OFFICE));
    expect(extensions.map((e) => [e.item, e.from, e.to, e.state, e.unit])).toEqual([
      ["milestone 1", "2016-06-30", "2016-09-30", "approved", REFORM],
      ["milestone 1", "2016-09-30", "2016-12-31", "refused", REFORM],
    ]);
  });
});

describe("close-out", () => {
  it("closes a task for the office only: achieved, closed once, reopened, closed again; every step in the audit log", async () => {
    const plan = await freshPlan();
    expect((await task(plan, "28", "2016-07-15")).status).toBe("overdue");
    for (const caller of [reform, viewer]) await expect(store.run(closeTask(plan, "28", {}, caller))).rejects.toMatchObject({ code: "auth.forbidden" });
    await expect(store.run(closeTask(plan, "99", {}, office))).rejects.toMatchObject({ code: "task.not-found" });
    await expect(store.run(reopenTask(plan, "28", {}, office))).rejects.toMatchObject({ code: "store.conflict" });

    const closed = await store.run(closeTask(plan, "28", { note: "\u5DF2\u5B8C\u6210" }, office));
    expect(closed).toMatchObject({ task: "28", closedBy: "key_admin", reopenedAt: null, note: "\u5DF2\u5B8C\u6210" });
    expect(await task(plan, "28", "2016-07-15")).toMatchObject({ status: "achieved", closed: { at: closed.closedAt, by: "key_admin" } });
    await expect(store.run(closeTask(plan, "28", {}, office))).rejects.toMatchObject({ code: "store.conflict" });
    expect((await store.run(supervisionAsOf(plan, { asOf: "2016-07-15", timeZone: tz }, OFFICE))).closed).toEqual([{ task: "28", title: expect.any(String), at: closed.closedAt, by: "key_admin" }]);

    await expect(store.run(reopenTask(plan, "28", {}, reform))).rejects.toMatchObject({ code: "auth.forbidden" });
    expect(await store.run(reopenTask(plan, "28", { note: "\u590D\u67E5" }, office))).toMatchObject({ reopenedBy: "key_admin" });
    expect(await task(plan, "28", "2016-07-15")).toMatchObject({ status: "overdue", closed: null });
    expect((await store.run(supervisionAsOf(plan, { asOf: "2016-07-15", timeZone: tz }, OFFICE))).closed).toEqual([]);
    expect(await store.run(closeTask(plan, "28", {}, office))).toMatchObject({ reopenedAt: null });
    expect((await task(plan, "28", "2016-07-15")).status).toBe("achieved");

    expect((await actions(plan)).filter(([action]) => action!.startsWith("task."))).toEqual([
      ["task.close", "key_admin", "28"],
      ["task.reopen", "key_admin", "28"],
      ["task.close", "key_admin", "28"],
    ]);
  });
});
