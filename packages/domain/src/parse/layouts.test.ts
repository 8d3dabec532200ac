// The layouts of ../shared/guide/formats.md, in documents composed for these tests.
import { describe, expect, it } from "vitest";
import { parsePlan } from "./plan.js";
import { FORMS } from "./test-helpers.js";

// Every test runs on the text as copied (ASCII punctuation) and as printed (full-width).
describe.each(FORMS)("layouts %s", (_name, form) => {
  const parse = (text: string) => parsePlan(form(text));
  /** role:name, each name as printed. */
  const roles = (plan: ReturnType<typeof parsePlan>, i = 0) => plan.tasks[i]!.units.map((u) => `${u.role}:${u.name}`);

  describe("layout B: labelled units", () => {
    it("reads lead and responsible sections in one bracket", () => {
      const plan = parse("某市2024年工作要点\n(一)优化营商环境。年内实现90%以上事项“一网通办”。(牵头单位:市行政审批局;责任单位:市直各部门,各县区人民政府)");
      expect(roles(plan)).toEqual(["lead:市行政审批局", "responsible:市直各部门", "responsible:各县区人民政府"]);
    });

    it("reads labelled lines, a deadline field and skips the people", () => {
      const plan = parse(
        [
          "某县2024年重点任务",
          "前言。",
          "3.新增城镇就业1.2万人以上。",
          "牵头单位:县人力资源社会保障局",
          "配合单位:县财政局、县发展改革委",
          "牵头负责领导:张某",
          "完成时限:2024年11月底",
          "4.改造老旧小区8个。",
          "牵头单位:县住房城乡建设局",
        ].join("\n"),
      );
      expect(roles(plan)).toEqual(["lead:县人力资源社会保障局", "support:县财政局", "support:县发展改革委"]);
      expect(plan.tasks[0]!.deadline).toEqual({ text: "2024年11月底", date: "2024-11-30" });
      expect(plan.tasks[0]!.title).toBe("新增城镇就业1.2万人以上");
      expect(plan.tasks[0]!.targets.map((t) => [t.value, t.unit, t.comparator])).toEqual([[12000, "人", ">="]]);
      expect(roles(plan, 1)).toEqual(["lead:县住房城乡建设局"]);
    });

    it("takes a title ended by its labelled line when it has no full stop", () => {
      const plan = parse("2024年要点\n前言。\n1.建设智慧停车平台\n责任单位:市城管局\n");
      expect(plan.tasks[0]!.title).toBe("建设智慧停车平台");
    });
  });

  describe("layout C: inline role verbs", () => {
    it("reads X牵头 and Y按职责分工负责", () => {
      const plan = parse("2024年要点\n前言。\n6.推进千兆网络建设。新建基站800个。(市工业和信息化局牵头,市通信管理办、各区县人民政府按职责分工负责)");
      expect(roles(plan)).toEqual(["lead:市工业和信息化局", "support:市通信管理办", "support:各区县人民政府"]);
    });

    it("reads X负责 as naming X, not as a lead; reads 配合 and 参与", () => {
      expect(roles(parse("2024年要点\n前言。\n1.压缩开办时间。(市市场监管局负责)"))).toEqual(["responsible:市市场监管局"]);
      expect(roles(parse("2024年要点\n前言。\n1.压缩开办时间。(市市场监管局、市税务局负责)"))).toEqual(["responsible:市市场监管局", "responsible:市税务局"]);
      expect(roles(parse("2024年要点\n前言。\n1.压缩开办时间。(市市场监管局牵头,市税务局负责)"))).toEqual(["lead:市市场监管局", "responsible:市税务局"]);
      expect(roles(parse("2024年要点\n前言。\n1.推进工作。(由市财政局牵头,市审计局配合,市税务局参与)"))).toEqual(["lead:市财政局", "support:市审计局", "support:市税务局"]);
    });

    it("strips what a unit does after its role verb: X负责督促落实, X牵头抓总", () => {
      expect(roles(parse("2024年要点\n前言。\n1.推进工作。(市教育局负责督促落实)"))).toEqual(["responsible:市教育局"]);
      expect(roles(parse("2024年要点\n前言。\n1.推进工作。(市发改委牵头抓总,市财政局配合做好资金保障)"))).toEqual(["lead:市发改委", "support:市财政局"]);
      expect(roles(parse("2024年要点\n前言。\n1.推进工作。(各地按职责分工抓好落实)"))).toEqual(["support:各地"]);
    });

    it("reads X会同Y负责 as two units, and 主办/协办 as lead and support", () => {
      expect(roles(parse("2024年要点\n前言。\n1.推进工作。(市发改委会同市财政局负责)"))).toEqual(["responsible:市发改委", "responsible:市财政局"]);
      expect(roles(parse("2024年要点\n前言。\n1.推進工作。(市商務局主辦,市財政局協辦)"))).toEqual(["lead:市商務局", "support:市財政局"]);
    });

    it("takes no bracket of other words for units: (按规定落实到位)", () => {
      expect(roles(parse("2024年要点\n前言。\n1.推进工作(按规定落实到位)。(责任单位:市财政局)"))).toEqual(["responsible:市财政局"]);
    });

    it("leaves brackets without role verbs alone", () => {
      expect(roles(parse("2024年要点\n前言。\n1.支持各县(市、区)开展试点。(责任单位:市发展改革委)"))).toEqual(["responsible:市发展改革委"]);
    });
  });

  describe("layout E: Traditional script with brackets inside a unit name", () => {
    it("keeps 各縣(市、區)人民政府 whole and reads the lead", () => {
      const plan = parse("2024年工作要點\n前言。\n4.提升文化服務水平。新建城市書房20個。(牽頭單位:市文化廣電旅遊局;責任單位:各縣(市、區)人民政府)");
      expect(roles(plan)).toEqual(["lead:市文化廣電旅遊局", `responsible:${form("各縣(市、區)人民政府")}`]);
      expect(plan.tasks[0]!.units[1]!.group).toBe(true);
      expect(plan.tasks[0]!.targets.map((t) => [t.value, t.unit])).toEqual([[20, "個"]]);
    });
  });

  describe("a statement that the first unit listed leads", () => {
    const plans = [
      "2025年要点\n前言。\n1.推进甲。(市财政局、市审计局按职责分工负责,排在第一位的为牵头单位,下同)\n2.推进乙。(市商务局、市财政局负责)",
      "2025年要点\n前言。\n1.推进甲。\n责任单位:市财政局、市审计局(列首位者为牵头单位,下同)\n2.推进乙。\n责任单位:市商务局、市财政局",
      "2025年要点\n各项任务的牵头单位排在首位。\n1.推进甲。(责任单位:市财政局、市审计局)\n2.推进乙。(市商务局、市财政局按职责分工负责)",
      "2025年要点\n前言。\n1.推进甲。(市财政局、市审计局)\n2.推进乙。(市商务局、市财政局)\n注:第一个单位为牵头单位。",
      "2025年要点\n列在任务分工首位的为牵头单位。\n1.推进甲。(市财政局、市审计局)\n2.推进乙。(市商务局、市财政局)",
      "2025年要点\n前言。\n1.推进甲。\n责任单位:市财政局、市审计局(列第一位者为工作牵头单位,下同)\n2.推进乙。\n责任单位:市商务局、市财政局",
    ];
    it.each(plans)("in whatever words it says so, the first unit of each task leads, and the clause keeps its units: %s", (text) => {
      const plan = parse(text);
      expect(roles(plan, 0).map((r) => r.replace(/^(?!lead)\w+:/, "other:"))).toEqual(["lead:市财政局", "other:市审计局"]);
      expect(roles(plan, 1).map((r) => r.replace(/^(?!lead)\w+:/, "other:"))).toEqual(["lead:市商务局", "other:市财政局"]);
    });

    it("holds from the task that says so onward", () => {
      const plan = parse("2025年要点\n前言。\n1.推进甲。(市财政局、市审计局负责)\n2.推进乙。(市商务局、市财政局负责,排名第一的为牵头单位,下同)\n3.推进丙。(市教育局、市财政局负责)");
      expect(plan.tasks.map((t) => t.units.filter((u) => u.role === "lead").map((u) => u.name))).toEqual([[], ["市商务局"], ["市教育局"]]);
    });

    it("holds from the last task too, when that is where it stands, and not for the tasks before it", () => {
      const plan = parse("2025年要点\n前言。\n1.推进甲。(市财政局、市审计局负责)\n2.推进乙。(市商务局、市财政局负责,列在首位的为牵头单位)");
      expect(plan.tasks.map((t) => t.units.filter((u) => u.role === "lead").map((u) => u.name))).toEqual([[], ["市商务局"]]);
    });

    it("is not read into 首个 or 第一 in the text of a task", () => {
      for (const sentence of ["1.由市发改委牵头建设全省首个智慧园区。", "1.打造全省第一个由市发改委牵头的示范区。", "1.市发改委牵头打造首家数字工厂。"]) {
        const plan = parse(`2025年要点\n前言。\n${sentence}(市财政局、市审计局负责)\n2.推进乙。(市商务局、市财政局负责)`);
        expect(roles(plan, 1)).toEqual(["responsible:市商务局", "responsible:市财政局"]);
      }
    });
  });

  describe("a note that the first unit listed leads", () => {
    it("makes the first responsible unit of each task its lead", () => {
      const text = "2025年要点\n前言。(责任单位排在第一位的为牵头单位)\n1.推进甲。(责任单位:市财政局、市审计局)\n2.推进乙。(牵头单位:市商务局;责任单位:市财政局)";
      const plan = parse(text);
      expect(roles(plan, 0)).toEqual(["lead:市财政局", "responsible:市审计局"]);
      expect(roles(plan, 1)).toEqual(["lead:市商务局", "responsible:市财政局"]);
      expect(roles(parse(text.replace("(责任单位排在第一位的为牵头单位)", "")), 0)).toEqual(["responsible:市财政局", "responsible:市审计局"]);
    });
  });
});
