// The conformance suite every engine passes: the same behaviour on SQLite and PostgreSQL.
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { parsePlan, type Plan } from "@plan/domain";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { PlanStoreClient } from "../src/index.js";

const seedText = readFileSync(fileURLToPath(new URL("../../../seeds/jiangxi-gannan-soviet-area-2016.zh-Hant.txt", import.meta.url)), "utf8");
const seed = parsePlan(seedText, { title: "江西2016" });
const road = seed.tasks[3]!.targets.findIndex((t) => t.text.includes("農村公路")) + 1;

/** The suite, on a store opened by `open` (a URL's engine, or a D1 binding). */
export const conformance = (engine: string, open: () => Promise<PlanStoreClient>) =>
  describe(`store conformance: ${engine}`, () => {
    let store: PlanStoreClient;
    beforeAll(async () => {
      store = await open();
    });
    afterAll(async () => {
      await store?.close();
    });
    const report = (fields: Record<string, unknown>) => ({ task: "4", target: road, unit: "省交通運輸廳", period: "2016-06", value: 3500, ...fields });
    const failure = (promise: Promise<unknown>) => promise.then(() => ({ code: "none" }), (e: { code: string; message: string }) => e);

    it("imports a plan once: the same document twice is the same plan", async () => {
      const first = await store.importPlan(seed, { source: "seed.txt", actor: "test" });
      expect(first).toMatchObject({ created: true, revisionOf: null, plan: { id: seed.id, tasks: 33, year: 2016 } });
      expect(await store.importPlan(seed, { source: "again.txt", actor: "test" })).toMatchObject({ created: false, plan: { id: seed.id } });
      expect((await store.listPlans()).map((p) => p.id)).toEqual([seed.id]);
      expect(await store.getPlan(seed.id.slice(5, 12))).toEqual(seed);
      expect(await failure(store.getPlan("plan_ffffffff"))).toMatchObject({ code: "plan.not-found" });
    });

    it("records progress and computes status as of a date", async () => {
      await store.addProgress(seed.id, report({}), "test");
      const status = await store.status(seed.id, "2016-07-01");
      expect(status.tasks[3]!.targets[road - 1]).toMatchObject({ status: "on-track", actual: 3500 });
      // A later, lower cumulative figure for the same period replaces it: behind.
      await store.addProgress(seed.id, report({ value: 1000 }), "test");
      expect((await store.status(seed.id, "2016-07-01")).tasks[3]!.targets[road - 1]).toMatchObject({ status: "behind", actual: 1000 });
      expect(await store.listProgress(seed.id, { task: "4" })).toHaveLength(2);
    });

    it("refuses bad reports with a typed error and writes nothing", async () => {
      const before = (await store.listProgress(seed.id)).length;
      const audit = (await store.audit(seed.id)).length;
      const cases: [Record<string, unknown>, string][] = [
        [{ task: "5", target: null, value: null, status: "on-track" }, "progress.unit-not-responsible"],
        [{ task: "99" }, "task.not-found"],
        [{ target: 9 }, "target.not-found"],
        [{ period: "2016-13" }, "progress.invalid"],
        [{ value: -5 }, "progress.invalid"],
      ];
      for (const [fields, code] of cases) expect(await failure(store.addProgress(seed.id, report(fields), "test"))).toMatchObject({ code });
      expect(await failure(store.addProgress("plan_0000", report({}), "test"))).toMatchObject({ code: "plan.not-found" });
      expect(await store.listProgress(seed.id)).toHaveLength(before);
      expect(await store.audit(seed.id)).toHaveLength(audit);
    });

    it("keeps an audit entry for every write", async () => {
      const entries = await store.audit(seed.id);
      expect(entries.map((e) => e.action)).toEqual(["plan.import", "progress.add", "progress.add"]);
      expect(entries[1]).toMatchObject({ actor: "test", planId: seed.id, details: { task: "4", target: road, value: 3500 } });
    });

    it("carries progress into a revised document where tasks and targets still match", async () => {
      const revisedText = seedText.replace("改造農村危橋300座", "改造農村危橋350座").replace("5.加快\n教育事業發展", "5.加快\n教育事業改革發展");
      const revised: Plan = parsePlan(revisedText, { title: "江西2016" });
      await store.addProgress(seed.id, report({ task: "5", target: null, value: null, status: "at-risk", unit: "省教育廳" }), "test");
      const result = await store.importPlan(revised, { source: "revised.txt", actor: "test" });
      expect(result).toMatchObject({ created: true, revisionOf: seed.id, carried: 2 });
      const carried = await store.listProgress(revised.id);
      expect(carried.map((r) => [r.task, r.target, r.value])).toEqual([
        ["4", road, 3500],
        ["4", road, 1000],
      ]);
      expect(carried.every((r) => r.carriedFrom !== null)).toBe(true);
    });

    it("rolls up every plan, and by unit as lead and as support", async () => {
      const all = await store.portfolio("2016-07-01");
      expect(all.map((s) => s.planId).sort()).toEqual((await store.listPlans()).map((p) => p.id).sort());
      const status = all.find((s) => s.planId === seed.id)!;
      expect(status.overall.total).toBe(33);
      expect(status.byUnit.find((u) => u.key === "省交通運輸廳")).toMatchObject({ role: "lead", total: 3 });
      expect(status.byArea.map((a) => a.key)).toEqual(seed.areas.map((a) => a.name));
    });

    it("writes a plan all or nothing", async () => {
      const broken = { ...seed, id: "plan_0123456789abcdef", tasks: [seed.tasks[0]!, seed.tasks[0]!] };
      expect(await failure(store.importPlan(broken, { source: "broken", actor: "test" }))).toMatchObject({ code: "store.conflict" });
      expect((await store.listPlans()).map((p) => p.id)).not.toContain(broken.id);
      expect(await failure(store.getPlan(broken.id))).toMatchObject({ code: "plan.not-found" });
    });
  
    it("records an idempotent report once, and refuses the key for another report", async () => {
      const before = (await store.listProgress(seed.id)).length;
      const first = await store.recordProgress(seed.id, report({ period: "2016-07", value: 4000 }), "key_a", "idem-1");
      const again = await store.recordProgress(seed.id, report({ period: "2016-07", value: 4000 }), "key_a", "idem-1");
      expect(first.replayed).toBe(false);
      expect(again).toEqual({ report: first.report, replayed: true });
      expect(await store.listProgress(seed.id)).toHaveLength(before + 1);
      expect(await failure(store.recordProgress(seed.id, report({ period: "2016-07", value: 4100 }), "key_a", "idem-1"))).toMatchObject({ code: "store.conflict" });
      // Another actor's key of the same name is another key.
      expect((await store.recordProgress(seed.id, report({ period: "2016-07", value: 4000 }), "key_b", "idem-1")).replayed).toBe(false);
    });

    it("creates API keys whose secret is shown once, authenticates and revokes them", async () => {
      const { key, secret } = await store.createKey("unit", "省交通運輸廳", "roads office", "admin");
      expect(secret).toMatch(/^plk_[0-9a-f]{48}$/);
      expect(await store.authenticate(secret)).toEqual(key);
      expect(await store.authenticate(`${secret}x`)).toBeNull();
      expect(JSON.stringify(await store.listKeys())).not.toContain(secret);
      expect(await store.revokeKey(key.id, "admin")).toBe(true);
      expect(await store.authenticate(secret)).toBeNull();
      expect((await store.audit()).filter((e) => e.entity === key.id).map((e) => e.action)).toEqual(["key.create", "key.revoke"]);
    });
  });
