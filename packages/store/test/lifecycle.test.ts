// A plan's lifecycle on a real SQLite file: a document replaced (what is carried over and what is
// not, and why), a plan read again with other columns, a plan deleted (everything but the audit log).

import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import Database from "better-sqlite3";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { closeTask, decideExtension, deletePlan, importDocuments, listExtensions, recordProgress, overviewAsOf, replacePlan, requestExtension, setBaseline, supervisionAsOf } from "../src/index.js";
import { openStore } from "../src/node.js";
import { serviceClient, type ServiceClient } from "../src/testing.js";

// The office, as the CLI acts: an admin caller.
const OFFICE = { actor: "test", role: "admin" } as const;

const seedText = readFileSync(fileURLToPath(new URL("../../../seeds/jiangxi-gannan-soviet-area-2016.zh-Hant.txt", import.meta.url)), "utf8");
const TRANSPORT = "\u7701\u4EA4\u901A\u904B\u8F38\u5EF3"; // 省交通運輸廳
const WATER = "\u7701\u6C34\u5229\u5EF3"; // 省水利廳
const EDUCATION = "\u7701\u6559\u80B2\u5EF3"; // 省教育廳
const FINANCE = "\u7701\u8CA1\u653F\u5EF3"; // 省財政廳
const ROAD = "\u8FB2\u6751\u516C\u8DEF"; // 農村公路
const BRIDGE = "\u8FB2\u6751\u5371\u6A4B"; // 農村危橋

// The seed corrected: task 3 struck out, task 4's bridge target changed, 省財政廳 no longer on task 5.
const task3 = /3\.\u589E\u5F37\u57CE\u9109\n[^\n]*\n/; // "3.增強城鄉\n…\n"
const revisedText = seedText
  .replace(task3, "")
  .replace("\u6539\u9020\u8FB2\u6751\u5371\u6A4B300\u5EA7", "\u6539\u9020\u8FB2\u6751\u5371\u6A4B350\u5EA7")
  .replace(`${EDUCATION}\u3001\u7701\u767C\u5C55\u6539\u9769\u59D4\u3001${FINANCE}\u3001`, `${EDUCATION}\u3001\u7701\u767C\u5C55\u6539\u9769\u59D4\u3001`);

const dir = mkdtempSync(join(tmpdir(), "plan-lifecycle-"));
const encode = (text: string) => new TextEncoder().encode(text);
const failure = (promise: Promise<unknown>) =>
  promise.then(
    () => ({ code: "none" }),
    (e: { code: string; message: string }) => e,
  );

/** A store of its own holding the seed with five reports: two carry over, three cannot. */
const seeded = async (name: string) => {
  const file = join(dir, `${name}.db`);
  const store = serviceClient(await openStore(file, {}));
  const [seed] = await store.run(importDocuments([{ bytes: encode(seedText), name: "seed.txt" }], {}, OFFICE));
  const id = seed!.plan.id;
  const report = (unit: string, submission: Record<string, unknown>) => store.run(recordProgress(id, { period: "2016-06", ...submission } as never, { actor: "test", role: "unit", unit }));
  await report(TRANSPORT, { task: "4", target: ROAD, value: 3500 });
  await report(TRANSPORT, { task: "4", target: BRIDGE, value: 100 });
  await report(WATER, { task: "3", status: "on-track" });
  await report(FINANCE, { task: "5", status: "at-risk" });
  await report(EDUCATION, { task: "5", status: "on-track" });
  return { store, id, file };
};

describe("replacing a plan's document", () => {
  let store: ServiceClient;
  let id: string;
  beforeAll(async () => {
    ({ store, id } = await seeded("replace"));
  });
  afterAll(() => store.close());

  it("carries the reports whose task, target and unit are still there, and lists the others with why", async () => {
    expect(revisedText).not.toBe(seedText);
    const result = await store.run(replacePlan(id.slice(0, 12), { bytes: encode(revisedText), name: "seed-corrected.txt" }, {}, OFFICE));
    expect(result).toMatchObject({ created: true, revisionOf: id, carried: 2 });
    expect(result.notCarried.map((n) => [n.task, n.unit, n.period, n.reason])).toEqual([
      ["3", WATER, "2016-06", "task-gone"],
      ["4", TRANSPORT, "2016-06", "target-gone"],
      ["5", FINANCE, "2016-06", "unit-not-responsible"],
    ]);
    const bridge = result.notCarried[1]!;
    expect(bridge).toMatchObject({ value: 100, item: expect.stringContaining(BRIDGE), message: expect.stringContaining("no longer in the task") });
    expect(result.notCarried[0]!.taskTitle).toContain("\u98F2\u6C34\u5B89\u5168"); // 飲水安全

    const carried = (await store.reportsPage(result.plan.id)).items;
    expect(carried.map((r) => [r.task, r.unit, r.value ?? r.status])).toEqual(
      expect.arrayContaining([
        ["4", TRANSPORT, 3500],
        ["5", EDUCATION, "on-track"],
      ]),
    );
    expect(carried).toHaveLength(2);
    // The replaced plan stays, with all five of its reports, marked superseded.
    expect((await store.reportsPage(id)).items).toHaveLength(5);
    const listed = (await store.plansPage()).items;
    expect(listed.map((p) => [p.id, p.supersededBy])).toEqual([
      [id, result.plan.id],
      [result.plan.id, null],
    ]);
    const audit = (await store.auditLog(result.plan.id)).find((e) => e.action === "plan.import");
    expect(audit?.details).toMatchObject({ revisionOf: id, carried: 2, notCarried: 3 });

    // The status of every plan counts the current document only; the replaced one when asked by id.
    expect((await store.statusesOf("2016-07-01")).map((s) => s.planId)).toEqual([result.plan.id]);
    expect((await store.statusesOf("2016-07-01", [id])).map((s) => s.planId)).toEqual([id]);
    expect((await store.run(overviewAsOf({}, { asOf: "2016-07-01", timeZone: "Asia/Shanghai" }, OFFICE))).items.map((o) => o.planId)).toEqual([result.plan.id]);
    // Only the current document can be replaced: the refusal names it.
    expect(await failure(store.run(replacePlan(id, { bytes: encode(`${revisedText}\n\n`), name: "again.txt" }, {}, OFFICE)))).toMatchObject({
      code: "store.conflict",
      message: expect.stringContaining(result.plan.id),
    });
    expect((await store.plansPage()).items).toHaveLength(2);
    // Progress sent to the replaced plan is refused, naming the current one.
    const late = { task: "4", target: 1, unit: TRANSPORT, period: "2016-09", value: 1 };
    expect(await failure(store.run(recordProgress(id, late, { actor: "test", role: "admin" })))).toMatchObject({ code: "store.conflict", message: expect.stringContaining(result.plan.id) });
  });

  it("carries extensions, close-outs and the baselines the office set where their task is still there", async () => {
    const { store: own, id: old, file } = await seeded("replace-office");
    try {
      const office = { actor: "key_admin", role: "admin" as const };
      const asked = await own.run(requestExtension(old, { task: "4", target: ROAD, reason: "\u96E8\u5B63", to: "2017-03-31" }, { actor: "key_roads", role: "unit", unit: TRANSPORT }));
      await own.run(decideExtension(old, asked.id, { decision: "approve" }, office));
      const lost = await own.run(requestExtension(old, { task: "3", reason: "\u7D93\u8CBB", to: "2017-06-30" }, { actor: "key_water", role: "unit", unit: WATER }));
      await own.run(closeTask(old, "5", { note: "\u5DF2\u5B8C\u6210" }, office));
      await own.run(closeTask(old, "3", {}, office));
      await own.run(setBaseline(old, "4", ROAD, 1000, { actor: "key_admin", role: "admin" }));
      await own.run(setBaseline(old, "4", BRIDGE, 10, { actor: "key_admin", role: "admin" }));
      const result = await own.run(replacePlan(old, { bytes: encode(revisedText), name: "corrected.txt" }, {}, OFFICE));
      const now = result.plan.id;
      expect(result.notCarried.filter((n) => n.kind !== "report").map((n) => [n.kind, n.id, n.task, n.reason])).toEqual([
        ["extension", lost.id, "3", "task-gone"],
        ["closure", "3", "3", "task-gone"],
        ["baseline", "4.t6", "4", "target-gone"],
      ]);
      const extensions = await own.run(listExtensions(now, OFFICE));
      expect(extensions.map((e) => [e.task, e.target, e.unit, e.state, e.to])).toEqual([["4", expect.any(Number), TRANSPORT, "approved", "2017-03-31"]]);
      // A carried extension gets an id of the same form as one asked for.
      expect(extensions[0]!.id).toMatch(/^ext_[0-9a-f]{16}$/);
      expect((await own.auditLog(now)).find((e) => e.action === "plan.import")?.details).toMatchObject({ extensions: 1, closures: 1 });
      const supervision = await own.run(supervisionAsOf(now, { asOf: "2016-07-01", timeZone: "Asia/Shanghai" }, OFFICE));
      expect(supervision.closed.map((c) => c.task)).toEqual(["5"]);
      // The office's baseline of the road target is the new plan's too; the others stay the document's (0).
      const db = new Database(file, { readonly: true });
      try {
        const baselines = db.prepare("select task_id as task, baseline from targets where plan_id = ? and baseline != 0").all(now);
        expect(baselines).toEqual([{ task: "4", baseline: 1000 }]);
      } finally {
        db.close();
      }
    } finally {
      await own.close();
    }
  });

  it("refuses to replace a plan it does not hold, before reading the document", async () => {
    expect(await failure(store.run(replacePlan("plan_ffffffff", { bytes: new Uint8Array([0x50, 0x4b]), name: "x.docx" }, {}, OFFICE)))).toMatchObject({
      code: "plan.not-found",
    });
  });
});

describe("reading a stored document again with other columns", () => {
  it("keeps the old reading as history and gives the new one an id of its own", async () => {
    const store = serviceClient(await openStore(join(dir, "columns.db"), {}));
    try {
      const csv = encode("\u7F16\u53F7,\u5DE5\u4F5C\u4EFB\u52A1,\u7275\u5934\u5355\u4F4D,\u622A\u6B62\n1,\u51FA\u53F0\u5B9E\u65BD\u7EC6\u5219,\u7EFC\u5408\u5904,2026\u5E746\u6708\u5E95\u524D\n"); // 编号,工作任务,牵头单位,截止 / 1,出台实施细则,综合处,2026年6月底前
      const [first] = await store.run(importDocuments([{ bytes: csv, name: "tasks.csv" }], {}, OFFICE));
      const id = first!.plan.id;
      expect((await store.loadPlan(id)).tasks[0]!.deadline.text).toBeNull();
      await store.run(recordProgress(id, { task: "1", period: "2026-03", status: "on-track" }, { actor: "test", role: "unit", unit: "\u7EFC\u5408\u5904" }));
      // The same file with the same options is the same plan, replacement or not.
      expect(await store.run(importDocuments([{ bytes: csv, name: "tasks.csv" }], { revises: id }, OFFICE))).toMatchObject([{ created: false, plan: { id } }]);
      const reread = await store.run(replacePlan(id, { bytes: csv, name: "tasks.csv", columns: { deadline: "\u622A\u6B62" } }, {}, OFFICE));
      expect(reread).toMatchObject({ created: true, revisionOf: id, carried: 1, notCarried: [] });
      expect(reread.plan.id).not.toBe(id);
      expect((await store.loadPlan(reread.plan.id)).tasks[0]!.deadline).toEqual({ text: "2026\u5E746\u6708\u5E95\u524D", date: "2026-06-30" });
      expect((await store.loadPlan(id)).tasks[0]!.deadline.text).toBeNull();
      // Again: nothing new.
      const again = await store.run(replacePlan(id, { bytes: csv, name: "tasks.csv", columns: { deadline: "\u622A\u6B62" } }, {}, OFFICE));
      expect(again).toMatchObject({ created: false, plan: { id: reread.plan.id } });
    } finally {
      await store.close();
    }
  });
});

describe("deleting a plan", () => {
  // Every table that holds rows of a plan, as the database itself says: a table added later is checked too.
  const rowsOf = (file: string, id: string) => {
    const db = new Database(file, { readonly: true });
    try {
      const tables = (db.prepare("select name from sqlite_master where type = 'table'").all() as { name: string }[]).map((t) => t.name);
      const withPlan = tables.filter((t) => (db.prepare(`select name from pragma_table_info(?)`).all(t) as { name: string }[]).some((c) => c.name === "plan_id"));
      return Object.fromEntries(withPlan.map((t) => [t, (db.prepare(`select count(*) as n from "${t}" where plan_id = ?`).get(id) as { n: number }).n]));
    } finally {
      db.close();
    }
  };

  it("removes the plan and everything it holds but its audit entries, and records plan.delete", async () => {
    const { store, id, file } = await seeded("delete");
    try {
      const before = rowsOf(file, id);
      expect(before).toMatchObject({ tasks: 33, progress: 5 });
      const auditBefore = (await store.auditLog(id)).length;
      const deleted = await store.run(deletePlan(id.slice(5, 12), { actor: "key_admin", role: "admin" }));
      expect(deleted).toMatchObject({ id, reports: 5, revisionOf: null, relinked: [] });
      const after = rowsOf(file, id);
      expect(Object.entries(after).filter(([table, n]) => table !== "audit" && n > 0)).toEqual([]);
      expect(after.audit).toBe(auditBefore + 1);
      const audit = await store.auditLog();
      expect(audit.filter((e) => e.planId === id)).toHaveLength(auditBefore + 1);
      expect(audit.find((e) => e.action === "plan.delete")).toMatchObject({ actor: "key_admin", entity: id, details: { reports: 5 } });
      expect(await failure(store.loadPlan(id))).toMatchObject({ code: "plan.not-found" });
      expect((await store.plansPage()).items).toEqual([]);
    } finally {
      await store.close();
    }
  });

  it("is seen at once by another process holding the plan parsed (a server beside plan delete)", async () => {
    const { store, id, file } = await seeded("two-processes");
    const other = serviceClient(await openStore(file, {}));
    try {
      expect((await other.loadPlan(id)).id).toBe(id);
      await store.run(deletePlan(id, { actor: "cli:office", role: "admin" }));
      expect(await failure(other.loadPlan(id))).toMatchObject({ code: "plan.not-found" });
    } finally {
      await other.close();
      await store.close();
    }
  });

  it("refuses a unit's and a viewer's key, and deletes nothing", async () => {
    const { store, id } = await seeded("refuse");
    try {
      for (const role of ["unit", "viewer"] as const) {
        expect(await failure(store.run(deletePlan(id, { actor: "key_unit", role })))).toMatchObject({ code: "auth.forbidden", message: expect.stringContaining("only the office") });
      }
      expect((await store.reportsPage(id)).items).toHaveLength(5);
      expect((await store.auditLog()).some((e) => e.action === "plan.delete")).toBe(false);
      expect(await failure(store.run(deletePlan("plan_ffffffff", { actor: "key_admin", role: "admin" })))).toMatchObject({ code: "plan.not-found" });
    } finally {
      await store.close();
    }
  });

  it("keeps a chain of revisions whole: deleting a replaced plan leaves its replacement standing alone", async () => {
    const { store, id } = await seeded("chain");
    try {
      const replaced = await store.run(replacePlan(id, { bytes: encode(revisedText), name: "corrected.txt" }, {}, OFFICE));
      const deleted = await store.run(deletePlan(id, { actor: "key_admin", role: "admin" }));
      expect(deleted.relinked).toEqual([replaced.plan.id]);
      expect((await store.plansPage()).items).toMatchObject([{ id: replaced.plan.id, revisionOf: null, supersededBy: null }]);
      // The carried reports are the replacement's own: they stay.
      expect((await store.reportsPage(replaced.plan.id)).items).toHaveLength(2);
    } finally {
      await store.close();
    }
  });
});
