import { describe, expect, it } from "vitest";
import { inferAreas, splitInOrder } from "./areas.js";
import { FORMS } from "./test-helpers.js";

describe("splitInOrder", () => {
  it("cuts where the scores change and keeps every run non-empty", () => {
    const scores = [
      [1, 0, 0],
      [0, 0, 0],
      [0, 1, 0],
      [0, 1, 0],
      [0, 0, 1],
    ];
    expect(splitInOrder(scores, 3)).toEqual([0, 2, 4, 5]);
    expect(splitInOrder([[0], [0]], 3).length).toBe(4);
  });
});

// Every test runs on the text as copied (ASCII punctuation) and as printed (full-width).
describe.each(FORMS)("inferAreas %s", (_name, form) => {
  const task = (id: string, title: string, body = "") => ({ id, title: form(title), body: form(body) });
  it("assigns tasks in order by the themes of the declared area names, guarantees last", () => {
    const tasks = [
      task("1", "加大精准扶贫力度", "全年完成脱贫。"),
      task("2", "提高住房保障水平", "实施棚户区改造。"),
      task("3", "推动工业发展升级", "发展战略性新兴产业。"),
      task("4", "做大做强旅游业", "发展红色旅游产业。"),
      task("5", "加快推进铁路建设", "加快客专建设。"),
      task("6", "加强组织实施", "健全协调机制。"),
    ];
    const areas = inferAreas({ areas: ["精准扶贫", "产业发展", "基础设施"], tasks: 5, guarantees: 1 }, tasks);
    expect(areas.map((a) => [a.name, a.kind, a.tasks, a.inferred])).toEqual([
      ["精准扶贫", "focus", ["1", "2"], true],
      ["产业发展", "focus", ["3", "4"], true],
      ["基础设施", "focus", ["5"], true],
      ["保障", "guarantee", ["6"], true],
    ]);
  });

  it("places tasks by the theme words of the area names alone, when no title echoes a name", () => {
    // No title shares a character with 社会事业 or 基础设施: only the topic table (topics.ts) links
    // 学校/教育 to the first and 铁路, 电网, 机场 to the second.
    const tasks = [task("1", "办好学校教育"), task("2", "修通铁路干线"), task("3", "改造农村电网"), task("4", "新建支线机场")];
    const areas = inferAreas({ areas: ["社会事业", "基础设施"], tasks: 4, guarantees: null }, tasks);
    expect(areas.map((a) => [a.name, a.tasks])).toEqual([
      ["社会事业", ["1"]],
      ["基础设施", ["2", "3", "4"]],
    ]);
  });

  it("gives no areas when none are declared", () => {
    expect(inferAreas({ areas: null, tasks: 3, guarantees: null }, [task("1", "x")])).toEqual([]);
  });
});
