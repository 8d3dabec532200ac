// The conformance suite every engine passes: the same behaviour on SQLite and PostgreSQL.
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { parsePlan, type Plan } from "@plan/domain";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { importProgress } from "../src/index.js";
import type { ServiceClient } from "../src/testing.js";

const seedText = readFileSync(fileURLToPath(new URL("../../../seeds/jiangxi-gannan-soviet-area-2016.zh-Hant.txt", import.meta.url)), "utf8");
const seed = parsePlan(seedText, { title: "江西2016" });
const road = seed.tasks[3]!.targets.findIndex((t) => t.text.includes("農村公路")) + 1;

/**
 * The suite, on a store opened by `open` (a URL's engine, or a D1 binding). `open` gives an empty
 * store on every call: each test starts from one and makes what it needs, so the tests hold in
 * any order and alone.
 */
export const conformance = (engine: string, open: () => Promise<ServiceClient>) =>
  describe(`store conformance: ${engine}`, () => {
    let store: ServiceClient;
    beforeEach(async () => {
      store = await open();
    });
    afterEach(async () => {
      await store?.close();
    });
    const report = (fields: Record<string, unknown>) => ({ task: "4", target: road, unit: "省交通運輸廳", period: "2016-06", value: 3500, ...fields });
    const failure = (promise: Promise<unknown>) =>
      promise.then(
        () => ({ code: "none" }),
        (e: { code: string; message: string }) => e,
      );
    const importSeed = () => store.savePlan(seed, { source: "seed.txt", actor: "test" });
    /** The seed with two reports on the rural-road target of task 4: 3500 km, then 1000 for the same month. */
    const seedWithRoadReports = async () => {
      await importSeed();
      await store.appendReport(seed.id, report({}), "test");
      await store.appendReport(seed.id, report({ value: 1000 }), "test");
    };

    it("imports a plan once: the same document twice is the same plan", async () => {
      const first = await store.savePlan(seed, { source: "seed.txt", actor: "test" });
      expect(first).toMatchObject({ created: true, revisionOf: null, plan: { id: seed.id, tasks: 33, year: 2016 } });
      expect(await store.savePlan(seed, { source: "again.txt", actor: "test" })).toMatchObject({ created: false, plan: { id: seed.id } });
      expect((await store.plansPage()).items.map((p) => p.id)).toEqual([seed.id]);
      expect(await store.loadPlan(seed.id.slice(5, 12))).toEqual(seed);
      expect(await failure(store.loadPlan("plan_ffffffff"))).toMatchObject({ code: "plan.not-found" });
    });

    it("records progress and computes status as of a date", async () => {
      await importSeed();
      await store.appendReport(seed.id, report({}), "test");
      const status = await store.statusOf(seed.id, "2016-07-01");
      expect(status.tasks[3]!.targets[road - 1]).toMatchObject({ status: "on-track", actual: 3500 });
      // A later, lower cumulative figure for the same period replaces it: behind.
      await store.appendReport(seed.id, report({ value: 1000 }), "test");
      expect((await store.statusOf(seed.id, "2016-07-01")).tasks[3]!.targets[road - 1]).toMatchObject({ status: "behind", actual: 1000 });
      expect((await store.reportsPage(seed.id, { task: "4" })).items).toHaveLength(2);
    });

    it("refuses bad reports with a typed error and writes nothing", async () => {
      await seedWithRoadReports();
      const before = (await store.reportsPage(seed.id)).items.length;
      const audit = (await store.auditLog(seed.id)).length;
      const cases: [Record<string, unknown>, string][] = [
        [{ task: "5", target: null, value: null, status: "on-track" }, "progress.unit-not-responsible"],
        [{ task: "99" }, "task.not-found"],
        [{ target: 9 }, "target.not-found"],
        [{ period: "2016-13" }, "progress.invalid"],
        [{ value: -5 }, "progress.invalid"],
      ];
      for (const [fields, code] of cases) expect(await failure(store.appendReport(seed.id, report(fields), "test"))).toMatchObject({ code });
      expect(await failure(store.appendReport("plan_0000", report({}), "test"))).toMatchObject({ code: "plan.not-found" });
      expect((await store.reportsPage(seed.id)).items).toHaveLength(before);
      expect(await store.auditLog(seed.id)).toHaveLength(audit);
    });

    it("keeps an audit entry for every write", async () => {
      await seedWithRoadReports();
      const entries = await store.auditLog(seed.id);
      expect(entries.map((e) => e.action)).toEqual(["plan.import", "progress.add", "progress.add"]);
      expect(entries[1]).toMatchObject({ actor: "test", planId: seed.id, details: { task: "4", target: road, value: 3500 } });
    });

    it("takes the office's decisions once: a return leaves the latest report, an approved extension moves a deadline, a closed task is achieved", async () => {
      await importSeed();
      const reform = "\u7701\u767C\u5C55\u6539\u9769\u59D4"; // 省發展改革委
      await store.appendReport(seed.id, report({ period: "2016-05", value: 800 }), "test");
      const june = await store.appendReport(seed.id, report({}), "test");
      const target = async (asOf: string) => (await store.statusOf(seed.id, asOf)).tasks[3]!.targets[road - 1]!;
      expect((await store.saveReview(seed.id, june.id, { decision: "return", reason: "no evidence" }, "admin")).review).toMatchObject({ state: "returned", reason: "no evidence" });
      expect(await target("2016-07-01")).toMatchObject({ actual: 800, lastPeriod: "2016-05" });
      expect(await target("2016-06-15")).toMatchObject({ actual: 800 });
      expect(await failure(store.saveReview(seed.id, june.id, { decision: "accept" }, "admin"))).toMatchObject({ code: "store.conflict" });
      expect(await failure(store.saveReview(seed.id, "nope", { decision: "accept" }, "admin"))).toMatchObject({ code: "report.not-found" });
      // The unit reports June again: a returned report is no duplicate.
      await store.appendReport(seed.id, report({ value: 3600 }), "test");
      expect(await target("2016-07-01")).toMatchObject({ actual: 3600 });
      expect((await store.reportsPage(seed.id, { task: "4" })).items.map((r) => r.review.state)).toEqual(["submitted", "returned", "submitted"]);

      const asked = await store.insertExtension(seed.id, { task: "28", milestone: 1, unit: reform, reason: "r", to: "2016-09-30" }, "unit");
      expect(asked).toMatchObject({ from: "2016-06-30", state: "requested" });
      await store.saveDecision(seed.id, asked.id, { decision: "approve" }, "admin");
      expect(await failure(store.saveDecision(seed.id, asked.id, { decision: "refuse" }, "admin"))).toMatchObject({ code: "store.conflict" });
      expect(await failure(store.saveDecision(seed.id, "ext_nope", { decision: "refuse" }, "admin"))).toMatchObject({ code: "extension.not-found" });
      const task28 = async () => (await store.statusOf(seed.id, "2016-07-15")).tasks.find((t) => t.id === "28")!;
      expect((await task28()).milestones[0]).toMatchObject({ status: "pending", deadline: "2016-09-30", originalDeadline: "2016-06-30" });

      await store.insertClosure(seed.id, "28", "done", "admin");
      expect(await task28()).toMatchObject({ status: "achieved", closed: { by: "admin" } });
      expect(await failure(store.insertClosure(seed.id, "28", "", "admin"))).toMatchObject({ code: "store.conflict" });
      await store.markReopened(seed.id, "28", "", "admin");
      expect(await failure(store.markReopened(seed.id, "28", "", "admin"))).toMatchObject({ code: "store.conflict" });
      expect((await task28()).closed).toBeNull();
      const actions = (await store.auditLog(seed.id)).map((e) => e.action);
      expect(actions.filter((a) => !a.startsWith("progress.add") && a !== "plan.import")).toEqual(["progress.review", "extension.request", "extension.approve", "task.close", "task.reopen"]);
    });

    it("sets a target's baseline as people write it, audited, and status runs from it", async () => {
      await importSeed();
      const expected = async () => (await store.statusOf(seed.id, "2016-07-01")).tasks[3]!.targets[road - 1]!.expected!;
      const before = await expected();
      expect(await store.saveBaseline(seed.id, "4", road, "0.3\u4E07", "test")).toMatchObject({ task: "4", target: road, previous: 0, baseline: 3000 });
      expect(await store.saveBaseline(seed.id, "4", road, 2000, "test")).toMatchObject({ previous: 3000, baseline: 2000 });
      // From 2000 rather than 0 towards 7000 by the year's end: about 1000 more expected by July.
      expect((await expected()) - before).toBeGreaterThan(900);
      expect(await failure(store.saveBaseline(seed.id, "4", road, "5\u5EA7", "test"))).toMatchObject({ code: "value.unit-mismatch" });
      const audit = (await store.auditLog(seed.id)).filter((e) => e.action === "target.baseline");
      expect(audit.map((e) => [e.details.previous, e.details.baseline])).toEqual([
        [0, 3000],
        [3000, 2000],
      ]);
    });

    it("carries progress into a revised document where tasks and targets still match", async () => {
      const revisedText = seedText.replace("改造農村危橋300座", "改造農村危橋350座").replace("5.加快\n教育事業發展", "5.加快\n教育事業改革發展");
      const revised: Plan = parsePlan(revisedText, { title: "江西2016" });
      await seedWithRoadReports();
      await store.appendReport(seed.id, report({ task: "5", target: null, value: null, status: "at-risk", unit: "省教育廳" }), "test");
      const result = await store.savePlan(revised, { source: "revised.txt", actor: "test" });
      expect(result).toMatchObject({ created: true, revisionOf: seed.id, carried: 2 });
      const carried = (await store.reportsPage(revised.id)).items;
      expect(carried.map((r) => [r.task, r.target, r.value])).toEqual([
        ["4", road, 3500],
        ["4", road, 1000],
      ]);
      expect(carried.every((r) => r.carriedFrom !== null)).toBe(true);
    });

    it("deletes a plan with its reports (the rows cascade), keeps its audit entries, and lists what replaced it", async () => {
      await importSeed();
      await store.appendReport(seed.id, report({ period: "2016-05", value: 2000 }), "test");
      await store.appendReport(seed.id, report({}), "test");
      const revised = parsePlan(seedText.replace("改造農村危橋300座", "改造農村危橋350座"), { title: "江西2016" });
      const replaced = await store.savePlan(revised, { source: "revised.txt", actor: "test", revises: seed.id });
      expect(replaced.notCarried).toEqual([]);
      expect((await store.plansPage()).items.map((p) => [p.id, p.supersededBy])).toEqual([
        [seed.id, revised.id],
        [revised.id, null],
      ]);
      const audit = (await store.auditLog(revised.id)).length;
      expect(await store.erasePlan(revised.id, "test")).toMatchObject({ id: revised.id, reports: 2, relinked: [] });
      expect(await failure(store.loadPlan(revised.id))).toMatchObject({ code: "plan.not-found" });
      expect(await failure(store.reportsPage(revised.id))).toMatchObject({ code: "plan.not-found" });
      expect((await store.statusesOf("2016-07-01")).map((p) => p.planId)).toEqual([seed.id]);
      // The audit log of a deleted plan is read whole: the plan's id no longer resolves.
      expect((await store.auditLog()).filter((e) => e.planId === revised.id).map((e) => e.action)).toEqual([...Array(audit).fill("plan.import"), "plan.delete"]);
      expect((await store.plansPage()).items).toMatchObject([{ id: seed.id, supersededBy: null }]);
      expect((await store.reportsPage(seed.id)).items).toHaveLength(2);
    });

    it("rolls up every plan, and by unit as lead and as support", async () => {
      await seedWithRoadReports();
      await store.savePlan(small(1), { source: "small-1.txt", actor: "test" });
      const all = await store.statusesOf("2016-07-01");
      expect(all.map((s) => s.planId).sort()).toEqual([seed.id, small(1).id].sort());
      const status = all.find((s) => s.planId === seed.id)!;
      expect(status.overall.total).toBe(33);
      expect(status.byUnit.find((u) => u.key === "省交通運輸廳")).toMatchObject({ role: "lead", total: 3 });
      expect(status.byArea.map((a) => a.key)).toEqual(seed.areas.map((a) => a.name));
    });

    it("writes a plan all or nothing", async () => {
      const broken = { ...seed, id: "plan_0123456789abcdef", tasks: [seed.tasks[0]!, seed.tasks[0]!] };
      expect(await failure(store.savePlan(broken, { source: "broken", actor: "test" }))).toMatchObject({ code: "store.conflict" });
      expect((await store.plansPage()).items.map((p) => p.id)).not.toContain(broken.id);
      expect(await failure(store.loadPlan(broken.id))).toMatchObject({ code: "plan.not-found" });
    });

    // On PostgreSQL the client's pool runs these at once, each in its own transaction: the check
    // for an earlier report and the write must not interleave (they once did: 39 of 40 identical
    // pairs were recorded twice, and every row of concurrent identical imports doubled).
    it("records one report per item, unit and period when writes and imports race", async () => {
      await importSeed();
      const periods = Array.from({ length: 8 }, (_, i) => `2016-${String(i + 1).padStart(2, "0")}`);
      // Identical pairs: one recorded, the other the same report again.
      await Promise.all(periods.flatMap((period) => [0, 1].map(() => store.saveReport(seed.id, report({ period, value: 100 }), "test"))));
      // Differing pairs without replace: one recorded, the other refused as a duplicate.
      const differing = await Promise.all(
        periods.flatMap((period) => [1, 2].map((n) => failure(store.saveReport(seed.id, report({ period, unit: "\u7701\u7535\u529B\u516C\u53F8", value: n }), "test")))),
      );
      expect(differing.filter((f) => f.code === "none")).toHaveLength(periods.length);
      expect(differing.filter((f) => f.code === "progress.duplicate")).toHaveLength(periods.length);
      // Identical imports of the same rows: each row recorded once.
      const csv = [
        "\u4EFB\u52A1\u7F16\u53F7,\u6307\u6807/\u8282\u70B9,\u8D23\u4EFB\u5355\u4F4D,\u586B\u62A5\u671F\u95F4,\u7D2F\u8BA1\u5B8C\u6210",
        ...periods.map((p) => `4,\u6307\u6807${road},\u7701\u80FD\u6E90\u5C40,${p},7`),
      ].join("\r\n");
      const imported = await Promise.all([0, 1, 2, 3].map(() => store.run(importProgress(seed.id, [{ name: "inbox.csv", bytes: new TextEncoder().encode(csv) }], { actor: "test", role: "admin" }))));
      expect(imported.reduce((sum, r) => sum + r.recorded, 0)).toBe(periods.length);
      const reports = (await store.reportsPage(seed.id, { task: "4" }, { limit: 500 })).items;
      const slots = reports.map((r) => `${r.target}|${r.unit}|${r.period}`);
      expect(slots).toHaveLength(periods.length * 3);
      expect(new Set(slots).size).toBe(slots.length);
    });

    it("records an idempotent report once, and refuses the key for another report", async () => {
      await seedWithRoadReports();
      const before = (await store.reportsPage(seed.id)).items.length;
      const first = await store.saveReport(seed.id, report({ period: "2016-07", value: 4000 }), "key_a", "idem-1");
      const again = await store.saveReport(seed.id, report({ period: "2016-07", value: 4000 }), "key_a", "idem-1");
      expect(first.replayed).toBe(false);
      expect(again).toEqual({ report: first.report, replayed: true });
      expect((await store.reportsPage(seed.id)).items).toHaveLength(before + 1);
      expect(await failure(store.saveReport(seed.id, report({ period: "2016-07", value: 4100 }), "key_a", "idem-1"))).toMatchObject({ code: "store.conflict" });
      // Another actor's key of the same name is another key (for another month: the same report
      // for the same month would be the one recorded, whoever sends it).
      expect((await store.saveReport(seed.id, report({ period: "2016-08", value: 4000 }), "key_b", "idem-1")).replayed).toBe(false);
    });

    it("makes the first admin key once, however many calls race for it, and never again", async () => {
      const tries = await Promise.allSettled(Array.from({ length: 8 }, (_, i) => store.insertFirstKey(`first admin ${i}`, "bootstrap")));
      const made = tries.flatMap((t) => (t.status === "fulfilled" ? [t.value] : []));
      expect(made).toHaveLength(1);
      for (const t of tries) if (t.status === "rejected") expect(t.reason).toMatchObject({ code: "store.conflict" });
      const { key, secret } = made[0]!;
      expect(key).toMatchObject({ role: "admin", unit: null, revokedAt: null });
      expect(await store.keyBySecret(secret)).toEqual(key);
      expect(await store.allKeys()).toEqual([key]);
      expect((await store.auditLog()).filter((e) => e.action === "key.bootstrap").map((e) => [e.entity, e.actor])).toEqual([[key.id, "bootstrap"]]);
      // A revoked key still counts: bootstrapping cannot be reopened by revoking every key.
      expect(await store.markRevoked(key.id, "admin")).toBe(true);
      expect(await failure(store.insertFirstKey("again", "bootstrap"))).toMatchObject({ code: "store.conflict" });
      expect(await store.allKeys()).toHaveLength(1);
      expect((await store.auditLog()).filter((e) => e.action === "key.bootstrap")).toHaveLength(1);
    });

    it("creates API keys whose secret is shown once, authenticates and revokes them", async () => {
      const { key, secret } = await store.insertKey("unit", "省交通運輸廳", "roads office", "admin");
      expect(secret).toMatch(/^plk_[0-9a-f]{48}$/);
      expect(await store.keyBySecret(secret)).toEqual(key);
      expect(await store.keyBySecret(`${secret}x`)).toBeNull();
      expect(JSON.stringify(await store.allKeys())).not.toContain(secret);
      expect(await store.markRevoked(key.id, "admin")).toBe(true);
      expect(await store.keyBySecret(secret)).toBeNull();
      expect((await store.auditLog()).filter((e) => e.entity === key.id).map((e) => e.action)).toEqual(["key.create", "key.revoke"]);
    });

    // Lists read one page from the database (keyset pagination); these walk them page by page.
    const small = (n: number) =>
      parsePlan(`某市${2000 + n}年工作要点\n一、重点工作\n1.完成道路建设${n}公里。(牵头单位:市交通局;责任单位:市财政局)\n2.新建学校${n}所。(责任单位:市教育局)\n`, { title: `small-${n}` });
    const walk = async <T>(read: (cursor: string | undefined) => Promise<{ items: T[]; nextCursor: string | null }>, from?: string): Promise<T[][]> => {
      const pages: T[][] = [];
      let cursor = from;
      do {
        const page = await read(cursor);
        pages.push(page.items);
        cursor = page.nextCursor ?? undefined;
      } while (cursor !== undefined && pages.length < 1000);
      return pages;
    };
    const inOrder = (keys: [string, string][]) => keys.every((k, i) => i === 0 || keys[i - 1]![0] < k[0] || (keys[i - 1]![0] === k[0] && keys[i - 1]![1] < k[1]));
    const smallPlan = small(6);
    /** The small plan with twelve reports over its two tasks and three units; returns them as reported. */
    const smallPlanWithReports = async () => {
      await store.savePlan(smallPlan, { source: "small-6.txt", actor: "test" });
      const [t1, t2] = smallPlan.tasks.map((t) => t.id) as [string, string];
      const units = [
        [t1, "市交通局"],
        [t1, "市财政局"],
        [t2, "市教育局"],
      ] as const;
      const reported: { id: string; reportedAt: string }[] = [];
      for (let i = 0; i < 12; i++) {
        const [task, unit] = units[i % 3]!;
        reported.push(await store.appendReport(smallPlan.id, { task, target: 1, unit, period: `2006-${String(1 + (i % 12)).padStart(2, "0")}`, value: i }, "test"));
      }
      return reported;
    };
    // Reports made within the same millisecond are ordered by id: the order a walk must give.
    const oldestFirst = (reports: readonly { id: string; reportedAt: string }[]) =>
      [...reports].sort((a, b) => (a.reportedAt === b.reportedAt ? (a.id < b.id ? -1 : 1) : a.reportedAt < b.reportedAt ? -1 : 1)).map((r) => r.id);

    it("pages through every plan exactly once, oldest import first", async () => {
      for (let n = 1; n <= 6; n++) await store.savePlan(small(n), { source: `small-${n}.txt`, actor: "test" });
      const all = (await store.plansPage({ limit: 500 })).items;
      expect(all.map((p) => p.id)).toEqual(expect.arrayContaining([1, 2, 3, 4, 5, 6].map((n) => small(n).id)));
      expect(inOrder(all.map((p) => [p.importedAt, p.id]))).toBe(true);
      expect(all.find((p) => p.id === smallPlan.id)).toMatchObject({ tasks: 2, year: 2006, source: "small-6.txt" });
      const pages = await walk((cursor) => store.plansPage({ cursor, limit: 2 }));
      expect(pages.map((p) => p.length)).toEqual(Array.from({ length: Math.ceil(all.length / 2) }, (_, i) => Math.min(2, all.length - 2 * i)));
      expect(pages.flat()).toEqual(all);
      // A page that ends the list exactly says so: no cursor to an empty page.
      expect(await store.plansPage({ limit: all.length })).toEqual({ items: all, nextCursor: null });
      expect((await store.plansPage()).items).toEqual(all);
    });

    it("pages a plan's reports oldest first, with and without the task and unit filters", async () => {
      const reported = await smallPlanWithReports();
      const [t1, t2] = smallPlan.tasks.map((t) => t.id) as [string, string];
      const cases: [Record<string, string>, number][] = [
        [{}, 12],
        [{ task: t1 }, 8],
        [{ unit: "市财政局" }, 4],
        [{ task: t1, unit: "市交通局" }, 4],
        [{ task: t2, unit: "市交通局" }, 0],
      ];
      for (const [filter, count] of cases) {
        const all = (await store.reportsPage(smallPlan.id, filter, { limit: 500 })).items;
        expect(all, JSON.stringify(filter)).toHaveLength(count);
        expect(all.every((r) => (filter.task === undefined || r.task === filter.task) && (filter.unit === undefined || r.unit === filter.unit))).toBe(true);
        expect(inOrder(all.map((r) => [r.reportedAt, r.id]))).toBe(true);
        const pages = await walk((cursor) => store.reportsPage(smallPlan.id, filter, { cursor, limit: 3 }));
        expect(pages.every((p) => p.length <= 3)).toBe(true);
        expect(
          pages.flat().map((r) => r.id),
          JSON.stringify(filter),
        ).toEqual(all.map((r) => r.id));
      }
      expect((await store.reportsPage(smallPlan.id)).items.map((r) => r.id)).toEqual(oldestFirst(reported));
    });

    it("keeps a walk right when reports are appended between its pages", async () => {
      const reported = await smallPlanWithReports();
      const first = await store.reportsPage(smallPlan.id, {}, { limit: 5 });
      const added: { id: string; reportedAt: string }[] = [];
      for (const value of [20, 21]) added.push(await store.appendReport(smallPlan.id, { task: smallPlan.tasks[1]!.id, target: 1, unit: "市教育局", period: "2006-12", value }, "test"));
      const rest = (await walk((cursor) => store.reportsPage(smallPlan.id, {}, { cursor, limit: 5 }), first.nextCursor!)).flat();
      expect([...first.items, ...rest].map((r) => r.id)).toEqual(oldestFirst([...reported, ...added]));
    });

    it("refuses malformed, foreign and tampered cursors, and limits out of range, with request.invalid", async () => {
      await seedWithRoadReports();
      await smallPlanWithReports();
      const base64url = (value: unknown) => btoa(JSON.stringify(value)).replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "");
      const plansCursor = (await store.plansPage({ limit: 1 })).nextCursor!;
      const reportsCursor = (await store.reportsPage(smallPlan.id, {}, { limit: 1 })).nextCursor!;
      const seedCursor = (await store.reportsPage(seed.id, {}, { limit: 1 })).nextCursor!;
      expect([plansCursor, reportsCursor, seedCursor].every((c) => /^[A-Za-z0-9_-]+$/.test(c))).toBe(true);
      const malformed = [
        "!!!",
        "%%%",
        btoa("-1"),
        "LTE",
        "q83vEjRWeJA",
        "aGVsbG8",
        "x".repeat(5000),
        `${plansCursor}=`,
        base64url(["plans", 5, "plan_x"]),
        base64url(["plans", "2020-01-01T00:00:00.000Z"]),
        base64url(["plans", "", ""]),
        base64url({ list: "plans" }),
        base64url([-1]),
      ];
      // Thunks: a refusal made before it is awaited would be an unhandled rejection meanwhile.
      const refusals: [string, () => Promise<unknown>][] = [
        ...malformed.map((cursor): [string, () => Promise<unknown>] => [cursor, () => store.plansPage({ cursor })]),
        ...malformed.map((cursor): [string, () => Promise<unknown>] => [cursor, () => store.reportsPage(smallPlan.id, {}, { cursor })]),
        ["a report cursor for the plan list", () => store.plansPage({ cursor: reportsCursor })],
        ["a plan-list cursor for reports", () => store.reportsPage(smallPlan.id, {}, { cursor: plansCursor })],
        ["another plan's report cursor", () => store.reportsPage(smallPlan.id, {}, { cursor: seedCursor })],
      ];
      for (const [what, refused] of refusals) {
        expect(await failure(refused()), what).toMatchObject({ code: "request.invalid", message: expect.stringMatching(/^cursor: /), details: { field: "cursor" } });
      }
      for (const limit of [0, -1, 1.5, 501, Number.NaN]) {
        expect(await failure(store.plansPage({ limit })), String(limit)).toMatchObject({ code: "request.invalid", details: { field: "limit" } });
        expect(await failure(store.reportsPage(smallPlan.id, {}, { limit })), String(limit)).toMatchObject({ code: "request.invalid", details: { field: "limit" } });
      }
      // Its own cursors still read on.
      expect((await store.reportsPage(smallPlan.id, {}, { cursor: reportsCursor, limit: 1 })).items).toHaveLength(1);
    });
  });
