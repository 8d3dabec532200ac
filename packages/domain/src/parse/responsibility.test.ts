// Responsibility as real plans print it, on both ASCII and full-width punctuation.
import { describe, expect, it } from "vitest";
import { parsePlan } from "./plan.js";
import { FORMS, roleAndName } from "./test-helpers.js";

const unitsOf = (text: string) => parsePlan(`2025年重点工作要点\n2025年是关键之年。\n1.推进某项工作。${text}\n`).tasks[0]!;

describe.each(FORMS)("responsibility %s", (_name, form) => {
  const units = (text: string) => unitsOf(form(text)).units.map(roleAndName);

  it("reads compound labels: 牵头责任单位 / 协同责任单位, 主办单位 / 协办单位, Traditional 主辦機關 / 協辦機關", () => {
    expect(units("(牵头责任单位:省发展改革委;协同责任单位:省财政厅、省商务厅等)")).toEqual(["lead:省发展改革委", "support:省财政厅", "support:省商务厅"]);
    expect(units("(主办单位:市商务局;协办单位:市财政局)")).toEqual(["lead:市商务局", "support:市财政局"]);
    expect(units("(主辦機關:經濟部;協辦機關:財政部、勞動部)")).toEqual(["lead:經濟部", "support:財政部", "support:勞動部"]);
  });

  it("reads a division line whose parts carry role verbs: 部门分工:X牵头,Y配合", () => {
    expect(units("\n部门分工:市发展改革委牵头,市财政局、市税务局配合")).toEqual(["lead:市发展改革委", "support:市财政局", "support:市税务局"]);
  });

  it("reads the units that carry the work out as responsible: 实施单位, 执行部门, Traditional 實施單位", () => {
    expect(units("\n实施单位:各市(州)人民政府,省直各部门。")).toEqual(["responsible:各市(州)人民政府", "responsible:省直各部门"]);
    expect(units("(执行部门:市财政局、市税务局)")).toEqual(["responsible:市财政局", "responsible:市税务局"]);
    expect(units("\n實施單位:財政部、勞動部")).toEqual(["responsible:財政部", "responsible:勞動部"]);
  });

  it("splits two labelled groups separated only by spaces", () => {
    expect(units("(牵头单位:市科技局 责任单位:市财政局、市税务局)")).toEqual(["lead:市科技局", "responsible:市财政局", "responsible:市税务局"]);
  });

  it("reads an inline clause where some parts lack a role verb", () => {
    expect(units("(市发展改革委牵头,市财政局、市商务局等部门,市税务局配合)")).toEqual(["lead:市发展改革委", "responsible:市财政局", "responsible:市商务局", "support:市税务局"]);
  });

  it("splits units joined by 及 和 / but keeps names that hold 和", () => {
    expect(units("(责任单位:州委编办及州直相关单位、市财政局和市税务局、省文化和旅游厅、省有关部门和单位)")).toEqual([
      "responsible:州委编办",
      "responsible:州直相关单位",
      "responsible:市财政局",
      "responsible:市税务局",
      "responsible:省文化和旅游厅",
      "responsible:省有关部门和单位",
    ]);
  });

  it("reads a bare unit list in a trailing bracket, trims 等有关部门, and stops at a note after 。", () => {
    expect(units("(市工信局、市财政局等有关部门,各县区人民政府。以下措施均需各县区落实,不再单独列出)")).toEqual(["responsible:市工信局", "responsible:市财政局", "responsible:各县区人民政府"]);
    // A bracket of other words is no unit list.
    expect(units("新建道路5公里(含改造)")).toEqual([]);
  });

  it("takes a deadline inside the clause as the task's deadline, not as a unit", () => {
    const task = unitsOf(form("(州行政审批服务局牵头,州司法局配合,6月底完成)"));
    expect(task.units.map(roleAndName)).toEqual(["lead:州行政审批服务局", "support:州司法局"]);
    expect(task.deadline).toEqual({ text: "6月底完成", date: "2025-06-30" });
  });

  it("gives a unit named in several clauses once, with its strongest role", () => {
    expect(units("(牵头单位:市水利局;配合单位:市财政局)(责任单位:市水利局、市财政局)")).toEqual(["lead:市水利局", "responsible:市财政局"]);
  });

  it("never reads people as units", () => {
    expect(units("\n牵头负责领导:刘某。\n牵头责任单位:省发展改革委。\n协同责任单位:省政府各部门、各直属机构。")).toEqual(["lead:省发展改革委", "support:省政府各部门", "support:各直属机构"]);
  });
});

describe("full-width punctuation", () => {
  it("reports names as printed, with their full-width brackets", () => {
    const task = unitsOf("\uFF08责任单位\uFF1A各县\uFF08市\u3001区\uFF09人民政府\uFF0C市财政局\uFF09");
    expect(task.units.map((u) => [...u.name].map((c) => c.codePointAt(0)!.toString(16)))).toEqual([
      [..."各县\uFF08市\u3001区\uFF09人民政府"].map((c) => c.codePointAt(0)!.toString(16)),
      [..."市财政局"].map((c) => c.codePointAt(0)!.toString(16)),
    ]);
  });

  it("never keeps a trailing full-width colon, semicolon or comma on a title or an area", () => {
    const plan = parsePlan("2025年要点\n\u4e00\u3001\u7a33\u5b9a\u589e\u957f\uFF1A\n1.\u6269\u5927\u6295\u8d44\uFF1B\n\uFF08\u8d23\u4efb\u5355\u4f4d\uFF1A\u5e02\u53d1\u6539\u59d4\uFF09\n");
    expect(plan.tasks[0]!.title).toBe("\u6269\u5927\u6295\u8d44");
    expect(plan.tasks[0]!.area).toBe("\u7a33\u5b9a\u589e\u957f");
  });
});

describe.each(FORMS)("roles printed beside names %s", (_name, form) => {
  it("reads 市发展改革委(牵头) as the lead and strips the mark from the name", () => {
    const task = unitsOf(form("(责任单位:市发展改革委(牵头)、市财政局)"));
    expect(task.units.map(roleAndName)).toEqual(["lead:市发展改革委", "responsible:市财政局"]);
    expect(unitsOf(form("(各县(市、区)人民政府负责落实)")).units.map(roleAndName)).toEqual(["responsible:各县(市、区)人民政府"]);
  });
});

describe.each(FORMS)("a deadline of several phrases inside the clause %s", (_name, form) => {
  it("reads (X分别负责,年内持续推进) as units and the task's deadline", () => {
    const task = unitsOf(form("(市政府各部门分别负责,年内持续推进)"));
    expect([task.units.map(roleAndName), task.deadline]).toEqual([["support:市政府各部门"], { text: "年内持续推进", date: "2025-12-31" }]);
  });
});

describe.each(FORMS)("labelled groups separated by a comma %s", (_name, form) => {
  it("reads (牵头单位:X,配合单位:Y、Z) as two groups", () => {
    expect(unitsOf(form("(牵头单位:市发改委,配合单位:市财政局、市自然资源局)")).units.map(roleAndName)).toEqual(["lead:市发改委", "support:市财政局", "support:市自然资源局"]);
  });
});

describe.each(FORMS)("clauses as other pages print them %s", (_name, form) => {
  it("reads a clause in tortoise-shell brackets and a role verb with a verb after it", () => {
    expect(unitsOf(form("\u3014责任单位:省发展改革委、省市场监管局按职责分工负责\u3015")).units.map(roleAndName)).toEqual(["support:省发展改革委", "support:省市场监管局"]);
    expect(unitsOf(form("(省发展改革委牵头推进,省能源局等省有关部门配合)")).units.map(roleAndName)).toEqual(["lead:省发展改革委", "support:省能源局"]);
  });

  it("splits a list at / and keeps names as printed: 东城、西城片区管理局", () => {
    expect(unitsOf(form("(责任单位:市财政局/市税务局)")).units.map(roleAndName)).toEqual(["responsible:市财政局", "responsible:市税务局"]);
    expect(unitsOf(form("(责任单位:东城、西城片区管理局)")).units.map(roleAndName)).toEqual(["responsible:东城", "responsible:西城片区管理局"]);
  });

  it("reads a label with a word of what the unit does inside it: 牵头督查单位, 配合实施部门", () => {
    expect(unitsOf(form("(牵头督查单位:市发改委、市经信委)")).units.map(roleAndName)).toEqual(["lead:市发改委", "lead:市经信委"]);
    expect(unitsOf(form("\n牵头单位:市水务局\n配合实施部门:市财政局")).units.map(roleAndName)).toEqual(["lead:市水务局", "support:市财政局"]);
  });

  it("reads labels glued to the name before them, as table cells run them together", () => {
    expect(unitsOf(form("\n牵头单位:市发改委配合单位:市财政局、市商务局完成时限:2025年6月底")).units.map(roleAndName)).toEqual(["lead:市发改委", "support:市财政局", "support:市商务局"]);
    expect(unitsOf(form("\n协同责任单位:市财政局")).units.map(roleAndName)).toEqual(["support:市财政局"]);
  });

  it("keeps a note in brackets out of the name before it", () => {
    expect(unitsOf(form("\n责任单位:市经信局、市财政局(列第一位者为牵头单位,下同)")).units.map(roleAndName)).toEqual(["lead:市经信局", "responsible:市财政局"]);
    expect(unitsOf(form("(责任单位:市财政局(含各县区))")).units.map(roleAndName)).toEqual(["responsible:市财政局"]);
  });

  it("reads places named short before the name whose ending they share, then a role verb", () => {
    expect(unitsOf(form("(市机场建设指挥部、东山、西河、南湖县政府负责)")).units.map(roleAndName)).toEqual([
      "responsible:市机场建设指挥部",
      "responsible:东山",
      "responsible:西河",
      "responsible:南湖县政府",
    ]);
    // Short words with no unit at the end are no units.
    expect(unitsOf(form("(东山、西河负责)")).units).toEqual([]);
  });

  it("keeps a list shortened by 、 as one placeholder", () => {
    expect(unitsOf(form("(责任单位:市发改委,各县、市、区政府)")).units.map(roleAndName)).toEqual(["responsible:市发改委", "responsible:各县、市、区政府"]);
    expect(unitsOf(form("(责任单位:市发改委,各乡、镇人民政府)")).units.map(roleAndName)).toEqual(["responsible:市发改委", "responsible:各乡、镇人民政府"]);
    expect(unitsOf(form("(牽頭單位:市財政局;責任單位:各縣、特區、區人民政府,各經濟開發區管委會)")).units.map(roleAndName)).toEqual([
      "lead:市財政局",
      "responsible:各縣、特區、區人民政府",
      "responsible:各經濟開發區管委會",
    ]);
    expect(unitsOf(form("(责任单位:各县、自治县、市、区人民政府)")).units.map(roleAndName)).toEqual(["responsible:各县、自治县、市、区人民政府"]);
    expect(unitsOf(form("(牵头单位:市大数据局;责任单位:市直有关部门、单位)")).units.map(roleAndName)).toEqual(["lead:市大数据局", "responsible:市直有关部门、单位"]);
  });
});

describe.each(FORMS)("responsibility stated in the task's own sentences %s", (_name, form) => {
  const read = (item: string) => {
    const task = parsePlan(form(`2025年重点工作要点\n2025年是关键之年。\n${item}\n`)).tasks[0]!;
    return { title: task.title, units: task.units.map(roleAndName), targets: task.targets.map((t) => `${t.value}${t.unit}`) };
  };

  it("reads the clauses that open a task (X负责,Y配合,…) and titles the task from what follows", () => {
    expect(read("1.市住建局负责,市财政局、市自然资源局配合,推进老旧小区改造120个。")).toEqual({
      title: "推进老旧小区改造120个",
      units: ["responsible:市住建局", "support:市财政局", "support:市自然资源局"],
      targets: ["120个"],
    });
    expect(read("(二)由市民政局牵头,各区政府配合,建设社区养老服务中心10个。")).toEqual({
      title: "建设社区养老服务中心10个",
      units: ["lead:市民政局", "support:各区政府"],
      targets: ["10个"],
    });
  });

  it("reads a sentence of names and a role verb after the task's text (由X、Y共同组织实施。)", () => {
    expect(read("1.村道硬化项目。新建村级公路20公里,共投资400万元。由县交通局、县财政局共同组织实施。")).toEqual({
      title: "村道硬化项目",
      units: ["responsible:县交通局", "responsible:县财政局"],
      targets: ["20公里", "4000000元"],
    });
  });

  it("reads a line under an item's heading that opens with who does the work, a person's charge passed over", () => {
    const plan = parsePlan(
      form(
        "2008年争取国家支持事项分工\n1、设立综合配套改革试验区事宜\n由张某副市长负责,市发改委牵头,相关部门配合,尽快完成实施方案。\n2、大气污染防治研究项目\n由市环保局牵头,市科技局配合,做好项目报批。\n",
      ),
    );
    expect(plan.tasks.map((t) => [t.title, t.units.map(roleAndName)])).toEqual([
      ["设立综合配套改革试验区事宜", ["lead:市发改委", "support:相关部门"]],
      ["大气污染防治研究项目", ["lead:市环保局", "support:市科技局"]],
    ]);
  });

  it("reads a mark before a unit's name (\u25B2, \u2605) as the lead, in a clause and in a table's unit cell", () => {
    expect(read("1.推进数字化改革。(责任单位:\u25B2市发改委、市财政局、各区县)").units).toEqual(["lead:市发改委", "responsible:市财政局", "responsible:各区县"]);
    expect(read("1.推进数字化改革。(责任单位:市财政局、\u2605市发改委)").units).toEqual(["responsible:市财政局", "lead:市发改委"]);
    const table = parsePlan(form("2023年主要目标分解\n序号 | 目标任务 | 责任单位\n1 | 规上工业增加值增长7% | \u25B2经信局、各镇乡(街道)\n")).tasks[0]!;
    expect(table.units.map(roleAndName)).toEqual(["lead:经信局", "responsible:各镇乡(街道)"]);
  });

  it("reads the clauses that close a sentence with who does the work (…,由区住建局负责。 …,区财政局配合。)", () => {
    expect(read("1.加快推进老旧小区改造,完成改造20个,由区住建局负责。")).toEqual({ title: "加快推进老旧小区改造", units: ["responsible:区住建局"], targets: ["20个"] });
    expect(read("1.推进数字政府建设,由区大数据局牵头,区财政局配合。").units).toEqual(["lead:区大数据局", "support:区财政局"]);
    // A list of names closing a sentence states no role: it is the sentence's object.
    expect(read("1.加强协作,由专班负责,对接区住建局、区财政局。").units).toEqual([]);
  });

  it("reads no units from body text whose verbs are no statement of roles", () => {
    expect(read("1.各级政府负责同志要亲自抓,确保按期完成。").units).toEqual([]);
    expect(read("1.落实河长制,全面负责河湖管理。").units).toEqual([]);
    expect(read("1.市场监管局。加强食品安全监管。").units).toEqual([]);
    expect(read("1.推进社会治理。各地区各部门要切实负责。").units).toEqual([]);
    expect(read("1.党委领导、政府负责,推进社会治理现代化。").units).toEqual([]);
  });
});
