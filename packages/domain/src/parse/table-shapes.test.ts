// Task tables in the shapes real web pages give when flattened to text, on both punctuation forms.
import { describe, expect, it } from "vitest";
import { parsePlan } from "./plan.js";
import { FORMS, roleAndName } from "./test-helpers.js";

const read = (text: string) =>
  parsePlan(text).tasks.map((t) => ({
    number: t.number,
    title: t.title,
    area: t.area,
    units: t.units.map(roleAndName),
    deadline: t.deadline.text,
  }));

describe.each(FORMS)("task tables %s", (_name, form) => {
  it("reads one cell per line with | on a line of its own, an unlabelled number column and a merged area cell", () => {
    const cells = ["工作任务", "具体要求", "责任科室", "时限要求", "规范公开", "1", "清理规范性文件,公布目录。", "办公室", "年底前"];
    cells.push("2", "编制年度报告。", "各科室", "持续推进", "强化解读", "3", "做好政策解读。", "办公室", "6月底前");
    const text = form(`某局2025年政务公开重点任务清单\n${cells.join("\n|\n")}\n|\n`);
    expect(read(text)).toEqual([
      { number: "1", title: "清理规范性文件", area: "规范公开", units: ["responsible:办公室"], deadline: "年底前" },
      { number: "2", title: "编制年度报告", area: "规范公开", units: ["responsible:各科室"], deadline: "持续推进" },
      { number: "3", title: "做好政策解读", area: "强化解读", units: ["responsible:办公室"], deadline: "6月底前" },
    ]);
  });

  it("reads one cell per line with | closing each cell, and never takes a people column for units", () => {
    const cells = ["序号", "重点工作", "责任领导", "责任单位", "完成时限", "1", "盘活存量土地400 亩,服务项目落地。", "张某", "招商部、安商部", "全年"];
    cells.push("2", "提升园区承载能力。", "李某", "规划建设局", "2025年9月底前");
    const text = form(`2025年开发区重点工作及责任清单\n${cells.map((c) => `${c} |`).join("\n")}\n`);
    expect(read(text)).toEqual([
      { number: "1", title: "盘活存量土地400 亩", area: null, units: ["responsible:招商部", "responsible:安商部"], deadline: "全年" },
      { number: "2", title: "提升园区承载能力", area: null, units: ["responsible:规划建设局"], deadline: "2025年9月底前" },
    ]);
    const plan = parsePlan(text);
    expect(plan.tasks[0]!.targets.map((t) => [t.value, t.unit])).toEqual([[400, "亩"]]);
    expect(plan.tasks[1]!.deadline.date).toBe("2025-09-30");
  });

  it("reads one cell per line whose header ends in columns of progress, yes or no and notes, and rows short of one cell", () => {
    const header = ["序号", "重点任务", "年度目标", "分管领导", "牵头单位", "配合单位", "1-10月推进情况", "1-11月推进情况", "是否达标", "说明"];
    // The task and its goal share one merged cell: every row is a cell short of the header.
    const rows = [
      ["7", "新建口袋公园12个。", "陈立新", "市园林局", "各区政府、市城投集团", "已完成5个。", "已完成9个,完成75%。", "是", ""],
      ["8", "改造老旧小区30个。", "陈立新", "市住建局", "相关街道", "完成招标。", "已开工18个。", "否", "受雨季影响滞后1个月。"],
    ];
    const text = form(`2025年重点民生实事推进情况\n${[...header, ...rows.flat()].map((c) => `${c} |`).join("\n")}\n`);
    expect(read(text).map((t) => [t.number, t.title, t.units])).toEqual([
      ["7", "新建口袋公园12个", ["lead:市园林局", "support:各区政府", "support:市城投集团"]],
      ["8", "改造老旧小区30个", ["lead:市住建局", "support:相关街道"]],
    ]);
    expect(parsePlan(text).tasks.map((t) => t.targets.map((x) => x.value))).toEqual([[12], [30]]);
  });

  it("gives a row short of its unit cell the unit of the merged cell above it, and keeps a note under the table out of the last row", () => {
    const header = ["序号", "指标名称", "预期效果", "完成时限", "牵头负责处室", "备注"];
    const rows = [
      ["1", "新建城市书房数量", "20个", "6月", "公共服务处", ""],
      ["2", "公共文化设施免费开放率", "100%", "12月", "公共服务处", "上年为95%。"],
      // The unit cell of row 2 spans row 3, which keeps its note.
      ["3", "群众满意度", "90%", "12月", "满意度逐年提高。"],
    ];
    const cells = [...header, ...rows.flat(), "注:满意度由第三方测评。"];
    const text = form(`某局2025年重点工作关键指标\n${cells.map((c) => `${c} |`).join("\n")}\n`);
    expect(read(text).map((t) => [t.number, t.title, t.units])).toEqual([
      ["1", "新建城市书房数量", ["lead:公共服务处"]],
      ["2", "公共文化设施免费开放率", ["lead:公共服务处"]],
      ["3", "群众满意度", ["lead:公共服务处"]],
    ]);
  });

  it("reads rows with a section cell, a number inside the task cell, missing leading cells and trailing empty cells", () => {
    const text = form(
      [
        "2025年政务公开工作任务表",
        "工作任务 | 具体要求 | 责任部门 |",
        "一、做好财政信息公开。 | 1.推进预算决算公开。 | 财务科 |",
        "二、做好网站信息公开。 | 2.及时更新网站信息。 | 办公室 |",
        "3.及时反馈网民意见。 | 办公室牵头,各科室配合 | |",
        "注:各科室按季度报送进展。 | | |",
      ].join("\n"),
    );
    expect(read(text)).toEqual([
      { number: "1", title: "推进预算决算公开", area: "做好财政信息公开", units: ["responsible:财务科"], deadline: null },
      { number: "2", title: "及时更新网站信息", area: "做好网站信息公开", units: ["responsible:办公室"], deadline: null },
      { number: "3", title: "及时反馈网民意见", area: "做好网站信息公开", units: ["lead:办公室", "support:各科室"], deadline: null },
    ]);
  });

  it("reads a header whose first column is unlabelled, and a deadline column by its other names", () => {
    const text = form("2025年任务\n|  | 主要任务 | 牵头部门 | 完成时间 |\n|---|---|---|---|\n| 1 | 建成口袋公园12个。 | 市园林局 | 第二季度 |\n| 2 | 新增绿道30公里。 | 市园林局 | 年底前 |\n");
    expect(read(text).map((t) => [t.number, t.title, t.units, t.deadline])).toEqual([
      ["1", "建成口袋公园12个", ["lead:市园林局"], "第二季度"],
      ["2", "新增绿道30公里", ["lead:市园林局"], "年底前"],
    ]);
  });

  it("reads tab-separated rows with a 分管领导 column and a unit cell listing units with spaces", () => {
    const text = form("2025年任务\n序号\t工作内容\t分管领导\t责任单位\n1\t完成老旧小区改造45个。\t王某\t区住建局 区财政局\n");
    expect(read(text)).toEqual([{ number: "1", title: "完成老旧小区改造45个", area: null, units: ["responsible:区住建局", "responsible:区财政局"], deadline: null }]);
  });
});

describe.each(FORMS)("a single-task key/value table %s", (_name, form) => {
  it("reads 工作任务 | … then 责任单位 | … rows as one task", () => {
    const text = form("2025年专项工作方案\n工作任务 | 建成智慧停车平台,新增泊位500个。 |\n牵头单位 | 市城管局 |\n配合单位 | 市公安局、市交通局 |\n完成时限 | 2025年10月底前 |\n");
    expect(read(text)).toEqual([{ number: "1", title: "建成智慧停车平台", area: null, units: ["lead:市城管局", "support:市公安局", "support:市交通局"], deadline: "2025年10月底前" }]);
  });
});

describe.each(FORMS)("rows that are not tasks of their own %s", (_name, form) => {
  it("reads a row naming only a section as the area of the rows below it", () => {
    const text = form("2024年任务\n| 序号 | 工作任务 | 牵头单位 |\n|---|---|---|\n| 一、稳增长 | | |\n| 1 | 推进项目建设。 | 市发改委 |\n| 二、惠民生 | | |\n| 2 | 新增就业1万人。 | 市人社局 |\n");
    expect(read(text).map((t) => [t.number, t.title, t.area])).toEqual([
      ["1", "推进项目建设", "稳增长"],
      ["2", "新增就业1万人", "惠民生"],
    ]);
  });

  it("continues a task with a row that lost its leading cells to merged cells above it", () => {
    const text = form("2024年任务\n序号\t主要任务\t责任单位\t完成时限\n1\t推进项目建设。\t市发改委(牵头)\n市财政局\t2024年6月\n2\t扩大消费。\t市商务局\t年底\n");
    expect(read(text).map((t) => [t.number, t.units, t.deadline])).toEqual([
      ["1", ["lead:市发改委", "responsible:市财政局"], "2024年6月"],
      ["2", ["responsible:市商务局"], "年底"],
    ]);
  });
});

describe.each(FORMS)("more table shapes pages give %s", (_name, form) => {
  it("reads a table printed a paragraph per cell, a cell running over several paragraphs, by what each cell holds", () => {
    const lines = ["某县2016年民生实事", "序号", "民生实事", "责任单位", "完成时限", "1", "建设城区污水管网20公里。", "县水务局", "县住建局", "12月底前"];
    lines.push("2", "新建人行天桥2座。", "县住建局", "9月投入使用", "二、其他事项", "1.做好其他工作。(责任单位:县政府办)");
    const text = form(lines.join("\n\n"));
    expect(read(text)).toEqual([
      { number: "1", title: "建设城区污水管网20公里", area: null, units: ["responsible:县水务局", "responsible:县住建局"], deadline: "12月底前" },
      { number: "2", title: "新建人行天桥2座", area: null, units: ["responsible:县住建局"], deadline: "9月投入使用" },
      { number: "1", title: "做好其他工作", area: "其他事项", units: ["responsible:县政府办"], deadline: null },
    ]);
  });

  it("reads a paragraph-per-cell header with names broken over two lines, people beside units, a dated column under a group name, and a merged row", () => {
    const lines = ["某镇2024年重点工作计划", "序号", "重点工作", "责任", "领导", "责任", "科室", "年度目标", "任务", "工作安排", "第二季度", "完成时限"];
    lines.push("1", "推进水库工程建设", "王某", "水库建设指挥部", "完成大坝主体工程。", "完成移民安置60户。", "2024年12月底前");
    lines.push("2", "建设美丽乡镇", "李某", "乡村振兴办", "创建省级美丽乡镇。", "开工项目5个。", "2024年9月底前", "完成项目验收。", "2024年12月底前");
    const plan = parsePlan(form(lines.join("\n")));
    expect(plan.tasks.map((t) => [t.number, t.title, t.units.map(roleAndName), t.deadline.date, t.milestones.map((m) => `${m.deadline.date} ${m.text}`)])).toEqual([
      ["1", "推进水库工程建设", ["responsible:水库建设指挥部"], "2024-12-31", []],
      ["2", "建设美丽乡镇", ["responsible:乡村振兴办"], "2024-09-30", ["2024-12-31 2024年12月底前:完成项目验收"]],
    ]);
    // The stage under 第二季度 is a target due then.
    expect(plan.tasks[0]!.targets.map((t) => [t.value, t.unit, t.deadline.date])).toEqual([[60, "户", "2024-06-30"]]);
  });

  it("reads header names the lists do not hold by how they end, and a number opening the title column", () => {
    const text = form(
      "2021年民生实事进展情况登记表\n项目名称 | 工作任务 | 计划完成时间 | 牵头单位 |\n1.城市人居环境提升项目 | 新建城市口袋公园2处。 | 11月 | 建设局 |\n2021年12月 | 城投集团 | |\n2.生态公墓建设项目 | 新建公益性墓地15处。 | 10月底 | 民政局 |\n",
    );
    expect(read(text).map((t) => [t.number, t.title, t.units])).toEqual([
      ["1", "城市人居环境提升项目", ["lead:建设局", "lead:城投集团"]],
      ["2", "生态公墓建设项目", ["lead:民政局"]],
    ]);
  });

  it("gives a row that ends before the unit column the units of the merged cell above it", () => {
    const text = form(
      "工作任务 | 具体要求 | 责任部门 |\n一、做好规划公开。 | 1.公开规划纲要。 | 办公室牵头,其他股室配合 |\n2.做好规划归集整理。 |\n二、做好执法公开。 | 3.公开执法信息。 | 执法股 |\n",
    );
    expect(read(text).map((t) => [t.number, t.units])).toEqual([
      ["1", ["lead:办公室", "support:其他股室"]],
      ["2", ["lead:办公室", "support:其他股室"]],
      ["3", ["responsible:执法股"]],
    ]);
  });

  it("keeps the nearest section cells before a number, and the last cell of a page without its closing |", () => {
    // Row 2 ends before the unit column: like any such row, it shares the merged cell above it.
    const cells = [
      "工作任务 |",
      "具体要求 |",
      "责任科室 |",
      "时限要求 |",
      "||",
      "一、抓好主动公开 |",
      "(一)聚焦中心工作 |",
      "1 |",
      "及时公开产业政策。 |",
      "办公室 |",
      "持续推进 |",
      "2 |",
      "深化民生信息公开。",
    ];
    const text = form(`2024年政务公开重点工作任务分工\n${cells.join("\n")}\n`);
    expect(read(text).map((t) => [t.number, t.title, t.area, t.units])).toEqual([
      ["1", "及时公开产业政策", "聚焦中心工作", ["responsible:办公室"]],
      ["2", "深化民生信息公开", "聚焦中心工作", ["responsible:办公室"]],
    ]);
  });
});

describe.each(FORMS)("paragraph-per-cell tables without a number column %s", (_name, form) => {
  // Invented: a goal column whose text opens with its number, two unit columns printed a name per
  // line, the first column (an area, merged) not printed at all.
  const header = ["领域", "主要目标", "主要责任单位", "协同单位"];
  const row = (number: string, goal: string, indicators: string[], units: string[]) => [`${number}.${goal}`, " ", ...indicators, ...units];

  it("starts a row at the number opening the goal, gives the first of the names to the first unit column and the rest to the last, and starts again at 1 after a row's units", () => {
    const lines = ["某市妇女儿童发展规划目标分解", ...header];
    lines.push(...row("1", "提高妇女健康水平。", ["——住院分娩率达到98%以上。"], ["市卫健局", "市医保局", "市人口计生", "市科协", "市妇联"]));
    lines.push(...row("2", "保障妇女平等就业。", [], ["市人社局", "市总工会"]));
    lines.push(...row("1", "女童平等接受教育。", ["——高中阶段毛入学率达到95%。"], ["市教育局", "市团委"]));
    for (const separator of ["\n", "\n\n"]) {
      const plan = parsePlan(form(lines.join(separator)));
      expect(plan.tasks.map((t) => [t.number, t.title, t.units.map(roleAndName), t.targets.map((x) => `${x.comparator}${x.value}${x.unit}`)])).toEqual([
        ["1", "提高妇女健康水平", ["lead:市卫健局", "support:市医保局", "support:市人口计生", "support:市科协", "support:市妇联"], [">=98%"]],
        ["2", "保障妇女平等就业", ["lead:市人社局", "support:市总工会"], []],
        ["1", "女童平等接受教育", ["lead:市教育局", "support:市团委"], ["=95%"]],
      ]);
    }
  });

  it("ends the table at an attachment's heading, and at the header of the next table", () => {
    const first = ["附件1", "某区2023年主要目标分解表", "序号", "预期目标", "责任单位", "1", "地区生产总值增长6%左右", "区发展改革委", "2", "一般公共预算收入增长5%", "区财政局"];
    const second = ["序号", "重点任务", "牵头单位", "配合单位", "1", "建设智慧社区10个。", "区民政局", "各街道"];
    for (const between of [["附件2", "某区2023年重点任务分解表"], []]) {
      const plan = parsePlan(form([...first, ...between, ...second].join("\n\n")));
      expect(plan.tasks.map((t) => [t.number, t.title, t.units.map(roleAndName)])).toEqual([
        ["1", "地区生产总值增长6%左右", ["responsible:区发展改革委"]],
        ["2", "一般公共预算收入增长5%", ["responsible:区财政局"]],
        ["1", "建设智慧社区10个", ["lead:区民政局", "support:各街道"]],
      ]);
    }
  });
});

describe.each(FORMS)("marks and labels in table cells %s", (_name, form) => {
  it("reads a row number carrying a mark the table explains (1*, 2\u25B2), and a labelled line of another level's lead under the units", () => {
    const lines = ["某市2021年省级任务责任分解", "序号", "重点工作任务(标*的为牵头工作)", "责任单位"];
    lines.push("1*", "建设科创走廊。", "市科技局、市发改委");
    lines.push("2\u25B2", "扩大有效投资,完成投资500亿元。", "市发改委", "省牵头单位:省发展改革委");
    lines.push("3", "稳定粮食生产。", "市农业农村局", "市级配合单位:市商务局");
    const plan = parsePlan(form(lines.join("\n\n")));
    expect(plan.tasks.map((t) => [t.number, t.title, t.units.map(roleAndName)])).toEqual([
      ["1", "建设科创走廊", ["responsible:市科技局", "responsible:市发改委"]],
      ["2", "扩大有效投资", ["responsible:市发改委", "lead:省发展改革委"]],
      ["3", "稳定粮食生产", ["responsible:市农业农村局", "support:市商务局"]],
    ]);
  });
});

describe.each(FORMS)("two task-like columns %s", (_name, form) => {
  it("takes the first as the task where its cells are sentences (实事项目 | 工作举措), its steps the task's milestones; else as the area", () => {
    const steps = form(
      "2022年民生实事项目计划表\n序号 | 实事项目 | 工作举措及实施计划 | 责任单位 |\n1 | 新建成公办幼儿园7所,新增公办学位6800个。 | 1.4月底前主体完工。2.8月底前竣工交付。 | 教育局 |\n2 | 新增婴幼儿托位500个,开展癌症筛查1万例以上。 | 1.6月底前新增托位200个。2.9月底前完成全部托位。 | 卫生健康局 |\n",
    );
    const plan = parsePlan(steps);
    expect(plan.tasks.map((t) => [t.number, t.title, t.area, t.targets.filter((x) => x.deadline.date === "2022-12-31").map((x) => `${x.comparator}${x.value}${x.unit}`)])).toEqual([
      ["1", "新建成公办幼儿园7所", null, ["=7所", "=6800个"]],
      ["2", "新增婴幼儿托位500个", null, ["=500个", ">=10000例"]],
    ]);
    expect(plan.tasks[0]!.milestones.map((m) => m.deadline.date)).toEqual(["2022-04-30", "2022-08-31"]);
    // Short cells in the first column name areas, as before.
    const areas = parsePlan(form("2022年重点工作\n序号 | 工作任务 | 具体措施 | 责任单位 |\n1 | 规范公开 | 清理规范性文件,公布目录。 | 办公室 |\n2 | 规范公开 | 公开权责清单。 | 法规科 |\n"));
    expect(areas.tasks.map((t) => [t.title, t.area])).toEqual([
      ["清理规范性文件", "规范公开"],
      ["公开权责清单", "规范公开"],
    ]);
  });
});

describe.each(FORMS)("a table run into one line %s", (_name, form) => {
  it("cuts a table run into one line before each row's number, below its title or after it on the same line", () => {
    const table =
      "序号 工作任务 牵头单位 配合单位 完成时限 1 推进政策解读工作,及时发布解读材料。 区政府办 各部门 2022年12月 2 做好政府信息公开年报 区政府办 各街道 2022年1月 3 加强政务新媒体管理 区委网信办 各部门 长期坚持";
    const expected = [
      ["1", "推进政策解读工作", ["lead:区政府办", "support:各部门"], "2022年12月"],
      ["2", "做好政府信息公开年报", ["lead:区政府办", "support:各街道"], "2022年1月"],
      ["3", "加强政务新媒体管理", ["lead:区委网信办", "support:各部门"], "长期坚持"],
    ];
    // A longer table too: its line is longer than any header.
    const rows = Array.from({ length: 12 }, (_, k) => ` ${k + 4} 做好第${k + 4}项公开工作 区政府办 各部门 2022年12月`).join("");
    expect(parsePlan(form(`2022年政务公开主要任务分解表\n${table}${rows}`)).tasks).toHaveLength(15);
    // …with column names too long or bracketed to look like names, from the first name with a role.
    const long = parsePlan(
      form(
        "签约项目任务分解表 序号 项目名称 总投资(亿元) 牵头单位 配合单位 2015年度工作目标及项目形象进度安排 1 某某新能源项目 12.5 区发改局 区国土局 完成项目备案,开工建设 2 某某物流园项目 8 区商务局 区住建局 完成土地摘牌",
      ),
    );
    expect(long.tasks.map((t) => [t.number, t.title, t.units.map(roleAndName)])).toEqual([
      ["1", "某某新能源项目", ["lead:区发改局", "support:区国土局"]],
      ["2", "某某物流园项目", ["lead:区商务局", "support:区住建局"]],
    ]);
    // …and after the plan's own tasks on the same line, which stay the plan's.
    const after = parsePlan(form(`2022年政务公开工作要点 一、重点工作 1.推进政策解读。(区政府办负责) 2.做好年报。(区司法局负责) 附件 主要任务分解表 ${table}`));
    expect(after.tasks.map((t) => t.id)).toEqual(["一.1", "一.2", "1", "2", "3"]);
    for (const text of [`2022年政务公开主要任务分解表\n${table}`, `2022年政务公开主要任务分解表 ${table}`]) {
      expect(parsePlan(form(text)).tasks.map((t) => [t.number, t.title, t.units.map(roleAndName), t.deadline.text])).toEqual(expected);
    }
  });
});
