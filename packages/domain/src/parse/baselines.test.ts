import { describe, expect, it } from "vitest";
import { FORMS, oneTask } from "./test-helpers.js";

// Every case runs on the text as copied (ASCII punctuation) and as printed (full-width).
describe.each(FORMS)("baselines %s", (_name, form) => {
  const targetsOf = (sentence: string) =>
    oneTask(form(`推进某项工作。${sentence}`), form("(责任单位:市财政局)")).targets.map(({ metric, value, unit, comparator, baseline }) => ({ metric, value, unit, comparator, baseline }));

  it.each([
    ["森林覆盖率由35%提高到40%。", { metric: "森林覆盖率", value: 40, unit: "%", comparator: "=", baseline: 35 }],
    ["城镇化率从58%提升至62%以上。", { metric: "城镇化率", value: 62, unit: "%", comparator: ">=", baseline: 58 }],
    ["公共图书馆从120座增加到150座。", { metric: "公共图书馆", value: 150, unit: "座", comparator: "=", baseline: 120 }],
    ["贫困发生率由3.5%下降到1%。", { metric: "贫困发生率", value: 1, unit: "%", comparator: "<=", baseline: 3.5 }],
    ["审批时限由8个工作日降低到5个工作日。", { metric: "审批时限", value: 5, unit: "工作日", comparator: "<=", baseline: 8 }],
    ["开办时间由10个工作日压缩至3个工作日。", { metric: "开办时间", value: 3, unit: "工作日", comparator: "<=", baseline: 10 }],
    ["农村公路里程由1.2万公里增加到1.5万公里。", { metric: "农村公路里程", value: 15000, unit: "公里", comparator: "=", baseline: 12000 }],
    // The opener may name what the baseline measures before its number.
    ["低保标准由家庭年人均收入2650元提高到3000元。", { metric: "低保标准", value: 3000, unit: "元", comparator: "=", baseline: 2650 }],
  ])("%s", (sentence, target) => {
    expect(targetsOf(sentence)).toEqual([target]);
  });

  it("reads full-width digits and percent signs in the baseline", () => {
    // \uFF13\uFF15\uFF05 is 35% in full width, \uFF14\uFF10\uFF05 is 40%.
    expect(targetsOf("森林覆盖率由\uFF13\uFF15\uFF05提高到\uFF14\uFF10\uFF05。")).toEqual([{ metric: "森林覆盖率", value: 40, unit: "%", comparator: "=", baseline: 35 }]);
  });

  it.each([
    // No opener: two targets, neither with a baseline.
    ["新建公路100公里,改造桥梁20座。", [100, 20]],
    // A number that leads to one in another measure is not its baseline.
    ["由3个县提高到40%。", [40]],
    // An opener before another number, or past a stop, opens nothing here.
    ["由部门牵头,培训1200人提高到1500人。", [1200, 1500]],
    // 从事 and 由于 open no baseline.
    ["从事养殖业农户收入3000元提高到5000元。", [3000, 5000]],
  ])("gives no baseline where the document states none: %s", (sentence, values) => {
    const targets = targetsOf(sentence);
    expect(targets.map((t) => t.value)).toEqual(values);
    for (const t of targets) expect(t.baseline).toBeNull();
  });
});
