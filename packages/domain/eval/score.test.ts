// The TypeScript scorer against the reference, score.py: the same figures on what the parser
// makes of every corpus document, and the scorer's less obvious rules on small hand-made plans
// (each checked by hand and against score.py as well).

import { describe, expect, it, vi } from "vitest";
import { documentNames, documentPath, readGold, VARIANTS } from "./corpus.js";
import { get, list, type Json } from "./python.js";
import { readLikeCli } from "./read-like-cli.js";
import { referenceScore } from "./reference.js";
import { normNumber, score, type Scores } from "./score.js";

// Every check starts python3, which takes a good part of a second on a busy machine.
vi.setConfig({ testTimeout: 30_000 });

/** Both scorers print the same figures (the same keys) with the same values. */
const expectAgreement = (gold: Json, out: Json): Scores => {
  const ours = score(gold, out);
  const reference = referenceScore(gold, out);
  expect(Object.keys(ours).sort()).toEqual(Object.keys(reference).sort());
  for (const [key, value] of Object.entries(reference)) {
    const mine = ours[key as keyof Scores]!;
    expect(Math.abs(mine - value), `${key}: ours ${mine}, score.py ${value}`).toBeLessThanOrEqual(1e-4);
  }
  return ours;
};

describe("score agrees with ../shared/corpus/score.py", () => {
  const names = documentNames();

  it("finds the corpus", () => {
    expect(names.length).toBeGreaterThanOrEqual(12);
  });

  for (const name of names) {
    for (const variant of VARIANTS) {
      it(`on the parser's reading of ${name}${variant}`, () => {
        expectAgreement(readGold(name), readLikeCli(documentPath(name, variant)).plan);
      });
    }
    // Shapes the parser does not print today: units, leads and deadlines as plain strings. Both
    // scorers key tasks by number, so a document that prints a number twice (1. under 一、 and
    // again under 二、) cannot score 1 even against itself; the two must still agree.
    it(`on ${name}'s annotation read as an output`, () => {
      const gold = readGold(name);
      const numbers = list(get(gold, "tasks")).map((t) => normNumber(get(t, "number")));
      const scores = expectAgreement(gold, gold);
      if (new Set(numbers).size === numbers.length) expect(scores.tasks_f1).toBe(1);
      else expect(scores.tasks_f1).toBeLessThan(1);
    });
  }
});

// One-task documents: gold fields, and the parser's task as the Plan JSON would have it.
const goldPlan = (...tasks: Record<string, Json>[]): Json => ({ tasks: tasks.map((t) => ({ number: "1", title: "推进改革", units: [], ...t })) });
const outPlan = (...tasks: Record<string, Json>[]): Json => ({ tasks: tasks.map((t) => ({ number: "1", title: "推进改革", units: [], targets: [], milestones: [], ...t })) });

describe("tasks that share a number", () => {
  it("judges the one whose title is closest to gold's; the other costs a false positive", () => {
    const gold = goldPlan({ title: "推进数字政府建设", units: ["市政府办公室"] });
    const out = outPlan({ title: "加强组织领导", units: [{ name: "市委办公室", role: "lead" }] }, { number: "1.", title: "推进数字政府建设", units: [{ name: "市政府办公室", role: "lead" }] });
    const m = expectAgreement(gold, out);
    expect(m.title_exact).toBe(1);
    expect(m.tasks_out).toBe(1);
    expect(m.tasks_f1).toBe(0.6667);
    expect([m.units_p, m.units_r]).toEqual([0.5, 1]);
  });

  it("judges the first when none is closer", () => {
    const gold = goldPlan({ title: "丙", units: ["市财政局"] });
    const out = outPlan({ title: "甲", units: ["市财政局"] }, { title: "乙" });
    expect(expectAgreement(gold, out).units_f1).toBe(1);
  });
});

describe("task numbers", () => {
  it("drop an ASCII opening bracket and trailing brackets, dots and \u3001", () => {
    const gold = goldPlan({ number: "(3)" }, { number: "4\uFF0E" });
    expect(expectAgreement(gold, outPlan({ number: "3." }, { number: "4\u3001" })).tasks_f1).toBe(1);
  });

  it("keep a full-width opening bracket, as the reference does", () => {
    const gold = goldPlan({ number: "\uFF083\uFF09" });
    expect(expectAgreement(gold, outPlan({ number: "3" })).tasks_f1).toBe(0);
  });
});

describe("targets", () => {
  const gold = goldPlan({
    targets: [
      { value: 12000, unit: "个", comparator: ">=" },
      { value: 400, unit: "亩", comparator: ">=", optional: true },
    ],
  });
  const found = (...targets: [number | string, string][]) => outPlan({ targets: targets.map(([value, unit]) => ({ value, unit, comparator: "=" })) });

  it("compare value and unit of measure (个 and 個 are one unit), not the comparator", () => {
    expect(expectAgreement(gold, found([12000, "個"])).targets_f1).toBe(1);
    expect(expectAgreement(gold, found(["1.2e4", "个"])).targets_f1).toBe(1);
  });

  it("neither require nor penalise an optional target, however often it is found", () => {
    expect(expectAgreement(gold, found([12000, "个"], [400, "亩"])).targets_f1).toBe(1);
    expect(expectAgreement(gold, found([12000, "个"], [400, "亩"], [400, "亩"])).targets_f1).toBe(1);
    expect(expectAgreement(gold, found([400, "亩"])).targets_f1).toBe(0);
  });

  it("count any other found target as a false positive", () => {
    const m = expectAgreement(gold, found([12000, "个"], [500, "亩"]));
    expect([m.targets_p, m.targets_r, m.targets_f1]).toEqual([0.5, 1, 0.6667]);
  });

  it("count only where gold has targets or the parser reports some", () => {
    expect(expectAgreement(goldPlan({}), outPlan({})).targets_f1).toBeUndefined();
    expect(expectAgreement(goldPlan({}), found([3, "个"])).targets_f1).toBe(0);
  });

  it("round values to six places: 0.1 + 0.2 is 0.3", () => {
    const tenths = goldPlan({ targets: [{ value: 0.3, unit: "%" }] });
    expect(expectAgreement(tenths, found([0.1 + 0.2, "%"])).targets_f1).toBe(1);
  });
});

describe("the task's deadline", () => {
  const judged = (deadline: Json, found: Json) => expectAgreement(goldPlan({ deadline }), outPlan({ deadline: found })).deadline_acc;

  it("is judged by its date where gold keeps an ISO date", () => {
    expect(judged("2022-10-31", { text: "2022年10月底前", date: "2022-10-31" })).toBe(1);
    expect(judged("2022-10-31", { text: "2022-10-31", date: null })).toBe(0);
    expect(judged("2022-10-31", "2022-10-31")).toBe(1);
  });

  it("is judged by its printed text where gold keeps the phrase", () => {
    expect(judged("年底前", { text: "年底前", date: "2022-12-31" })).toBe(1);
    expect(judged("年底前", { text: null, date: "2022-12-31" })).toBe(0);
    expect(judged("持续推进", "持续推进\u3002")).toBe(1);
  });

  it("counts only where gold has deadlines", () => {
    expect(expectAgreement(goldPlan({}), outPlan({ deadline: { text: "年底前", date: null } })).deadline_acc).toBeUndefined();
  });
});

describe("milestones", () => {
  const gold = goldPlan({ milestones: [{ deadline: "2016-05-31" }] });

  it("are found by date on a milestone or a target of the task", () => {
    expect(expectAgreement(gold, outPlan({ milestones: [{ text: "5月底前完成", deadline: { text: "5月底前", date: "2016-05-31" } }] })).milestone_deadlines).toBe(1);
    expect(expectAgreement(gold, outPlan({ targets: [{ value: 3, unit: "个", deadline: { date: "2016-05-31" } }] })).milestone_deadlines).toBe(1);
    expect(expectAgreement(gold, outPlan({ milestones: [{ deadline: { text: "5月底前", date: null } }] })).milestone_deadlines).toBe(0);
  });
});

describe("units and leads", () => {
  it("take a lead from the units' roles, or else from a list of lead names", () => {
    const gold = goldPlan({ units: ["市财政局", "市商务局"], lead: ["市财政局"] });
    const byRole = outPlan({
      units: [
        { name: "市财政局", role: "lead" },
        { name: "市商务局", role: "support" },
      ],
    });
    const byList = outPlan({ units: ["市财政局", "市商务局"], lead: ["市财政局"] });
    expect(expectAgreement(gold, byRole)).toMatchObject({ units_f1: 1, lead_f1: 1 });
    expect(expectAgreement(gold, byList)).toMatchObject({ units_f1: 1, lead_f1: 1 });
  });

  it("count leads only where gold marks them", () => {
    const m = expectAgreement(goldPlan({ units: ["市财政局"] }), outPlan({ units: [{ name: "市财政局", role: "lead" }] }));
    expect(m.lead_f1).toBeUndefined();
  });
});

describe("text comparison", () => {
  it("folds full-width punctuation and drops whitespace and edge punctuation", () => {
    const gold = goldPlan({ title: "深化改革\uFF08试点\uFF09\uFF1A首批", units: ["市发展改革委\uFF08重点办\uFF09"] });
    const out = outPlan({ title: "\uFF0C深化改革 (试点)\u3000:首批\u3002", units: [{ name: "市发展改革委(重点办)" }] });
    expect(expectAgreement(gold, out)).toMatchObject({ title_exact: 1, units_f1: 1 });
  });

  it("counts a title that begins the other as a prefix match only", () => {
    const m = expectAgreement(goldPlan({ title: "推进改革" }), outPlan({ title: "推进改革,全面提升服务水平" }));
    expect([m.title_exact, m.title_prefix]).toEqual([0, 1]);
  });
});
