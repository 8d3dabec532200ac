// The 通报's figures, built once in the domain: 完成率 and 序时进度 as defined in
// src/bulletin/figures.ts, the counts, the ranking order, the named tasks, the office's record
// and the narrative written from them.
import { describe, expect, it } from "vitest";
import { planSpan, targetCompletion, timeElapsed } from "../src/bulletin/figures.js";
import { rankUnits } from "../src/bulletin/ranking.js";
import { bulletin, NO_SUPERVISION, type PlanStatus, type Rollup, reminders, type TargetAssessment } from "../src/index.js";
import { AS_OF, seedStatus, seedSupervision } from "./bulletin-seed.js";

const doc = bulletin(seedStatus, reminders(seedStatus), seedSupervision, { number: "\u8D63\u7763\u529E\u30142016\u301512\u53F7", issuer: "\u7701\u653F\u5E9C\u7763\u67E5\u5BA4" });

describe("the bulletin's figures", () => {
  it("gives 完成率 as the mean over numeric targets of progress made ÷ full progress, a returned report counting for nothing", () => {
    // The seed's 14 targets by hand: task 4's fourth (5,400 km reported, then returned) counts 0.
    const shares = [250 / 400, 12 / 29, 6 / 12, 11 / 22, 0, 1000 / 7000, 150 / 300, 10 / 30, 15 / 30, 3 / 5, 10 / 20, 250 / 400, 200 / 1000, 20 / 30];
    expect(doc.summary.targets).toBe(14);
    expect(doc.summary.completion).toBeCloseTo(shares.reduce((a, b) => a + b) / 14, 10);
  });

  it("caps each target at 100 %, runs it from its baseline, and counts a limit only once met", () => {
    const t = (over: Partial<TargetAssessment>): TargetAssessment => ({
      index: 1,
      text: "",
      value: 100,
      unit: "",
      comparator: ">=",
      status: "on-track",
      baseline: 0,
      expected: null,
      actual: null,
      ratio: null,
      lastPeriod: null,
      deadline: null,
      originalDeadline: null,
      ...over,
    });
    expect(targetCompletion(t({ actual: 250 }))).toBe(1);
    expect(targetCompletion(t({ actual: 60, baseline: 40 }))).toBeCloseTo(20 / 60);
    expect(targetCompletion(t({ actual: null }))).toBe(0);
    expect(targetCompletion(t({ comparator: "<=", value: 3, actual: 5 }))).toBe(0);
    expect(targetCompletion(t({ comparator: "<=", value: 3, actual: 2, status: "achieved" }))).toBe(1);
  });

  it("counts each target of a task the office closed (办结) as 100 %", () => {
    const closedAt = { at: "2016-06-30T00:00:00.000Z", by: "key_admin" };
    const closed = { ...seedStatus, tasks: seedStatus.tasks.map((t) => (t.id === "4" ? { ...t, closed: closedAt } : t)) };
    const withClosed = bulletin(closed, [], NO_SUPERVISION);
    expect(withClosed.areas.flatMap((a) => a.tasks).find((t) => t.id === "4")?.completion).toBe(1);
    expect(withClosed.summary.completion).toBeGreaterThan(doc.summary.completion);
  });

  it("gives 序时进度 as the share of the plan's days passed, the as-of day included", () => {
    expect(planSpan(seedStatus)).toEqual({ start: "2016-01-01", end: "2016-12-31" });
    // 1 July 2016 is day 183 of 366.
    expect(doc.summary.timeElapsed).toBe(183 / 366);
    expect(timeElapsed({ start: "2016-01-01", end: "2016-12-31" }, "2016-12-31")).toBe(1);
    expect(timeElapsed({ start: "2016-01-01", end: "2016-12-31" }, "2015-12-01")).toBe(0);
  });

  it("counts tasks by status and by area, as status has them", () => {
    expect(doc.asOf).toBe(AS_OF);
    expect(doc.summary.counts).toEqual(seedStatus.overall.counts);
    expect(doc.summary.counts).toEqual({ achieved: 1, "on-track": 23, "at-risk": 1, behind: 3, overdue: 1, "not-reported": 4 });
    expect(doc.areas.map((a) => [a.name, a.tasks.length])).toEqual(seedStatus.byArea.map((a) => [a.key, a.total]));
    expect(doc.summary.tasksAchieved).toBe(1 / 33);
  });

  it("names the overdue tasks, then the behind ones, with their lead units", () => {
    expect(doc.named.map((t) => [t.id, t.status])).toEqual([
      ["28", "overdue"],
      ["4", "behind"],
      ["13", "behind"],
      ["32", "behind"],
    ]);
    expect(doc.named[0]!.lead).toEqual(["\u8D1B\u5DDE\u5E02", "\u5409\u5B89\u5E02", "\u64AB\u5DDE\u5E02", "\u7701\u59D4\u7D44\u7E54\u90E8", "\u7701\u767C\u5C55\u6539\u9769\u59D4"]);
  });

  it("lists the reports returned and only the extensions approved", () => {
    expect(doc.returned.map((r) => r.reportId)).toEqual(["r5"]);
    expect(doc.extensions.map((e) => e.id)).toEqual(["e1"]);
    expect(doc.number).toBe("\u8D63\u7763\u529E\u30142016\u301512\u53F7");
  });

  it("writes the narrative from the figures", () => {
    expect(doc.narrative.overall).toContain(
      "14\u9879\u91CF\u5316\u6307\u6807\u5E73\u5747\u5B8C\u6210\u738743.6%\uFF0C\u5E8F\u65F6\u8FDB\u5EA650%\uFF0C\u6162\u4E8E\u5E8F\u65F6\u8FDB\u5EA66.4\u4E2A\u767E\u5206\u70B9",
    );
    expect(doc.narrative.problems).toMatch(/^4项任务进度滞后或逾期未完成/);
    expect(doc.narrative.problems).toContain("1\u4EFD\u8FDB\u5C55\u62A5\u544A\u4E0D\u7B26\u5408\u8981\u6C42\u88AB\u9000\u56DE");
    const calm = bulletin({ ...seedStatus, tasks: seedStatus.tasks.filter((t) => t.status === "on-track") }, [], NO_SUPERVISION);
    expect(calm.narrative.problems).toBe("\u5404\u9879\u4EFB\u52A1\u5747\u6309\u5E8F\u65F6\u63A8\u8FDB\uFF0C\u672A\u53D1\u73B0\u7A81\u51FA\u95EE\u9898\u3002");
  });
});

describe("the ranking of lead units", () => {
  const unit = (key: string, onTime: number, late: number, notReported: number): Rollup => ({
    key,
    role: "lead",
    total: onTime + late + notReported,
    counts: { achieved: 0, "on-track": onTime, "at-risk": 0, behind: late, overdue: 0, "not-reported": notReported },
    shareOnTrack: 0,
    lagging: [],
  });
  const ranked = (units: Rollup[]) => rankUnits({ ...seedStatus, byUnit: units } as PlanStatus);

  it("orders by share on time, then fewer not reported, then fewer late, then by name in pinyin; equals share a rank", () => {
    // 财 (cai) before 教 (jiao) in pinyin, though not in code points.
    const order = ranked([unit("\u7701\u6559\u80B2\u5385", 1, 1, 0), unit("B", 1, 0, 1), unit("A", 2, 0, 0), unit("D", 2, 2, 0), unit("\u7701\u8D22\u653F\u5385", 1, 1, 0)]);
    expect(order.map((u) => [u.rank, u.unit])).toEqual([
      [1, "A"],
      [2, "\u7701\u8D22\u653F\u5385"],
      [2, "\u7701\u6559\u80B2\u5385"],
      [4, "D"],
      [5, "B"],
    ]);
  });

  it("ranks the seed's units in that order, supporting roles left out", () => {
    const key = (u: (typeof doc.ranking)[number]) => [-u.share, u.notReported, u.late];
    for (let i = 1; i < doc.ranking.length; i++) {
      const [a, b] = [key(doc.ranking[i - 1]!), key(doc.ranking[i]!)];
      expect(a[0]! < b[0]! || (a[0] === b[0] && (a[1]! < b[1]! || (a[1] === b[1] && a[2]! <= b[2]!))), `${doc.ranking[i - 1]!.unit} before ${doc.ranking[i]!.unit}`).toBe(true);
    }
    expect(doc.ranking.length).toBe(seedStatus.byUnit.filter((u) => u.role === "lead").length);
  });
});
