// Table rows aligned by what their cells hold, in invented tables of the shapes real pages give,
// on both punctuation forms.
import { describe, expect, it } from "vitest";
import { alignByContent } from "./align-row.js";
import { cellKind } from "./cell-kinds.js";
import { parsePlan } from "./plan.js";
import { FORMS, roleAndName } from "./test-helpers.js";

const read = (text: string) =>
  parsePlan(text).tasks.map((t) => ({
    number: t.number,
    title: t.title,
    units: t.units.map(roleAndName),
    deadline: t.deadline.date,
    targets: t.targets.map((x) => `${x.comparator}${x.value}${x.unit}`),
    milestones: t.milestones.map((m) => `${m.deadline.date} ${m.text}`),
  }));

describe.each(FORMS)("cell kinds %s", (_name, form) => {
  it.each([
    ["", "empty"],
    ["12", "number"],
    ["3.", "number"],
    ["市住建局", "units"],
    ["市城管局 张某", "units"],
    ["办公室牵头,各科室配合", "units"],
    ["牵头单位:市发改委 配合单位:市财政局", "units"],
    ["市应急局、市卫健委等按职责分工落实", "units"],
    ["张某", "word"],
    ["张某、李某", "people"],
    ["王某某 13800000000", "people"],
    ["2025年6月底前", "deadline"],
    ["9月投入使用", "deadline"],
    ["2022-2023", "deadline"],
    ["2022年—2024年", "deadline"],
    ["45个", "quantity"],
    ["是", "status"],
    ["已完成", "status"],
    ["1、7月1日投入试运营 2、12月底完成验收", "dated"],
    ["已完成年度目标的80%,正在推进二期工程。", "prose"],
  ])("%s is %s", (text, kind) => {
    expect(cellKind(form(text))).toBe(kind);
  });
});

describe("aligning by content", () => {
  it("puts each cell under the column its kind fits, skipping merged columns", () => {
    // number | task | lead | support | deadline, over: number, task, unit, deadline.
    expect(alignByContent(["number", "prose", "units", "deadline"], ["number", "task", "units", "units", "deadline"], "left")).toEqual([[0], [1], [2], [], [3]]);
    // A continuation row's unit and deadline stand right: under the last unit column.
    expect(alignByContent(["units", "deadline"], ["number", "task", "units", "units", "deadline"], "right")).toEqual([[], [], [], [0], [1]]);
  });

  it("joins text split at spaces into its column, and puts progress and 是/否 under other columns", () => {
    expect(alignByContent(["number", "prose", "prose", "units", "deadline"], ["number", "task", "units", "deadline"], "left")).toEqual([[0], [1, 2], [3], [4]]);
    expect(alignByContent(["number", "prose", "status"], ["number", "task", "units", "other"], "left")).toEqual([[0], [1], [], [2]]);
  });
});

describe.each(FORMS)("tables aligned by content %s", (_name, form) => {
  it("reads a header with one more name than the rows have cells (two columns over one merged cell)", () => {
    const text = form(
      "2025年重点任务分解表\n序号 | 工作任务 | 牵头单位 | 配合单位 | 完成时限 |\n1 | 新建停车场3处。 | 市城管局 | 2025年6月底前 |\n2 | 改造老旧小区20个。 | 市住建局 | 市财政局 | 2025年11月底前 |\n",
    );
    expect(read(text).map((t) => [t.number, t.units, t.deadline])).toEqual([
      ["1", ["lead:市城管局"], "2025-06-30"],
      ["2", ["lead:市住建局", "support:市财政局"], "2025-11-30"],
    ]);
  });

  it("continues a task with a row without a number, merged cells on either side, whose own deadline is a milestone", () => {
    const text = form(
      "2025年民生实事\n序号 | 工作任务 | 责任单位 | 完成时限 |\n1 | 开工建设养老中心。 | 市民政局 | 2025年6月底前 |\n | 完成主体结顶。 | | 2025年12月底前 |\n2 | 新增托位500个。 | 市卫健委 | 年底前 |\n",
    );
    expect(read(text)).toEqual([
      {
        number: "1",
        title: "开工建设养老中心",
        units: ["responsible:市民政局"],
        deadline: "2025-06-30",
        targets: [],
        milestones: ["2025-12-31 2025年12月底前:完成主体结顶"],
      },
      { number: "2", title: "新增托位500个", units: ["responsible:市卫健委"], deadline: "2025-12-31", targets: ["=500个"], milestones: [] },
    ]);
  });

  it("reads a continuation row that keeps only a deadline and a unit, in the columns they fit", () => {
    const text = form("2021年民生实事进展情况\n项目名称 | 工作任务 | 计划完成时间 | 牵头单位 |\n1.城市提升项目 | 新建口袋公园2处。 | 11月 | 建设局 |\n2021.8 | 城投集团 | ||\n");
    expect(read(text)).toEqual([{ number: "1", title: "城市提升项目", units: ["lead:建设局", "lead:城投集团"], deadline: "2021-11-30", targets: ["=2处"], milestones: ["2021-08-31 2021.8"] }]);
  });

  it("passes over a sub-header row (2024年目标 | | |)", () => {
    const text = form("2024年任务清单\n序号 | 工作任务 | 责任单位 | 完成时限 |\n2024年目标 | | | |\n1 | 新建公厕20座。 | 市城管局 | 年底前 |\n");
    expect(read(text).map((t) => [t.number, t.title, t.milestones])).toEqual([["1", "新建公厕20座", []]]);
  });

  it("passes over the header's second line under merged names (| 投资 | 形象进度 | % |) before the first numbered row", () => {
    const header = "序号 | 项目名称 | 总投资 | 计划投资 | 计划进度 | 建设阶段 | 责任单位 |";
    const second = "投资 | 形象进度 | 完成 投资 | % |";
    const rows = ["1 | 中小学护眼灯光工程 | 1800 | 1800 | 建成 | 100 | 县教育局 |", "2 | 敬老院电梯加装工程 | 600 | 600 | 完成加装 | 55.6 | 县民政局 |"];
    for (const text of [`2022年民生实事项目\n${header}\n${second}\n${rows.join("\n")}\n`, `2022年民生实事项目\n${[header, second, ...rows].join("\n").replaceAll(" | ", " |\n")}\n`]) {
      expect(read(form(text)).map((t) => [t.number, t.title, t.units])).toEqual([
        ["1", "中小学护眼灯光工程", ["responsible:县教育局"]],
        ["2", "敬老院电梯加装工程", ["responsible:县民政局"]],
      ]);
    }
  });

  it("reads section headings between the rows of a table printed a paragraph per cell as the areas of the rows under them", () => {
    const header = "2021年重点工作责任分解\n序号\n重点工作任务\n责任单位\n";
    const continued = `${header}(一)王某副市长牵头重点工作\n1\n加强粮食保障,确保产量在120亿斤以上。\n市农业农村局、市商务局\n(二)李某副市长牵头重点工作\n2\n深入实施消费新政。\n市商务局\n3\n推进数字化改革。\n市数据资源局\n`;
    const restarted = `${header}一、稳增长\n1\n加强粮食保障,确保产量在120亿斤以上。\n市农业农村局、市商务局\n二、促改革\n1\n深入实施消费新政。\n市商务局\n2\n推进数字化改革。\n市数据资源局\n`;
    for (const [text, numbers] of [
      [continued, ["1", "2", "3"]],
      [restarted, ["1", "1", "2"]],
    ] as const) {
      const plan = parsePlan(form(text));
      expect(plan.tasks.map((t) => [t.number, t.title, t.units.map(roleAndName)])).toEqual([
        [numbers[0], "加强粮食保障", ["responsible:市农业农村局", "responsible:市商务局"]],
        [numbers[1], "深入实施消费新政", ["responsible:市商务局"]],
        [numbers[2], "推进数字化改革", ["responsible:市数据资源局"]],
      ]);
      expect(new Set(plan.tasks.map((t) => t.area)).size).toBe(2);
    }
  });

  it("reads a column name followed by a remark in brackets (重点工作任务(2项配合工作)) as the name", () => {
    const header = ["序号", "重点工作任务(杭州市2项配合工作)", "责任单位"];
    const rows = [
      ["1", "加强粮食和重要农产品保障", "市农业农村局"],
      ["2", "推进数字化改革", "市数据资源局"],
    ];
    const piped = `2021年任务分解\n${[header, ...rows].map((r) => `${r.join(" | ")} |`).join("\n")}\n`;
    const perLine = `2021年任务分解\n${[header, ...rows].flat().join("\n")}\n`;
    for (const text of [piped, perLine]) {
      expect(read(form(text)).map((t) => [t.number, t.title, t.units])).toEqual([
        ["1", "加强粮食和重要农产品保障", ["responsible:市农业农村局"]],
        ["2", "推进数字化改革", ["responsible:市数据资源局"]],
      ]);
    }
  });

  it("keeps a first task row that lost its number: it names a unit and a deadline", () => {
    const text = form(
      "2022年民生实事项目\n序号 | 项目名称 | 建设内容 | 责任单位 | 完成时限 |\n| 中小学护眼灯光工程 | 改造教室灯光 | 县教育局 | 2022年底 |\n2 | 敬老院电梯加装工程 | 加装电梯10台 | 县民政局 | 2022年底 |\n",
    );
    expect(read(text).map((t) => [t.title, t.units])).toEqual([
      ["中小学护眼灯光工程", ["responsible:县教育局"]],
      ["敬老院电梯加装工程", ["responsible:县民政局"]],
    ]);
  });

  it("never takes progress or 是/否 for units, and keeps the unit of 责任单位及责任人 without the person", () => {
    const text = form(
      "2025年重点工作台账\n序号 | 工作任务 | 责任单位及责任人 | 进展情况 | 是否完成 |\n1 | 建成智慧停车平台。 | 市城管局 张某 | 已完成平台招标,正在建设。 | 否 |\n2 | 新增绿道30公里。 | 市园林局 李某某 13800000000 | 已完成 |\n",
    );
    expect(read(text).map((t) => [t.number, t.units])).toEqual([
      ["1", ["responsible:市城管局"]],
      ["2", ["responsible:市园林局"]],
    ]);
  });

  it("reads a goal column for targets and its dated stages as milestones, the task column for the title", () => {
    const text = form("2025年重点任务\n序号 | 重点任务 | 年度目标 | 责任单位 |\n1 | 推进老旧小区改造 | 完成改造120个小区,惠及居民1.2万户;第三季度完成60%以上 | 市住建局 |\n");
    expect(read(text)).toEqual([
      {
        number: "1",
        title: "推进老旧小区改造",
        units: ["responsible:市住建局"],
        deadline: "2025-12-31",
        targets: ["=120个", "=12000户", ">=60%"],
        milestones: [],
      },
    ]);
    expect(parsePlan(text).tasks[0]!.targets[2]!.deadline.date).toBe("2025-09-30");
  });

  it("reads columns headed by dates (第一季度 | 第二季度) as the task's stages", () => {
    const text = form("2025年工作台账\n序号 | 工作任务 | 责任单位 | 第一季度 | 第二季度 |\n1 | 推进雨污分流。 | 市水务局 | 完成方案编制 | 完成改造管网20公里 |\n");
    const task = parsePlan(text).tasks[0]!;
    expect(task.milestones.map((m) => m.deadline.date)).toEqual(["2025-03-31"]);
    expect(task.targets.map((t) => [t.value, t.unit, t.deadline.date])).toEqual([[20, "公里", "2025-06-30"]]);
  });

  it("reads units labelled inside a cell, glued to the next label, and people and phones beside units in a table flattened with single spaces", () => {
    const labelled = form("2025年任务\n序号 | 工作任务 | 责任单位 | 完成时限 |\n1 | 建设停车场。 | 牵头单位:市城管局配合单位:市公安局 | 年底前 |\n");
    expect(read(labelled)[0]!.units).toEqual(["lead:市城管局", "support:市公安局"]);
    const spaced = form("2025年民生实事\n序号 工作任务 责任单位 完成时限\n1 新建公厕20座 市城管局 张三 13800000000 2025年10月底前\n");
    expect(read(spaced).map((t) => [t.title, t.units, t.deadline])).toEqual([["新建公厕20座", ["responsible:市城管局"], "2025-10-31"]]);
  });

  it("reads bare numbers under a header that prints their measure, a year alone as a deadline, and header names with brackets", () => {
    const cells = ["序号", "项目名称", "建设地点", "建设时间", "年度投资金额 (万元)", "责任单位", "1", "中小学运动场改造项目", "相关镇(街道)", "2024", "300", "教体局"];
    const text = form(`某县2024年民生实事项目清单\n${cells.map((c) => `${c} |`).join("\n")}\n`);
    const task = parsePlan(text).tasks[0]!;
    expect([task.title, task.units.map(roleAndName), task.deadline]).toEqual(["中小学运动场改造项目", ["responsible:教体局"], { text: "2024", date: "2024-12-31" }]);
    expect(task.targets.map((t) => [t.value, t.unit])).toEqual([[3000000, "元"]]);
  });

  it("reads years from and to under a 起止年限 column as the task's deadline, due at the last year's end", () => {
    // Two shapes: a row per line with its cells set apart by |, and a cell per line closed by |.
    const header = ["序号", "项目名称", "建设内容", "总投资", "建设起止年限", "责任单位"];
    const rows = [
      ["1", "甲工程", "建设教室10间", "1800", "2022", "县教育局"],
      ["2", "乙工程", "拆翻建一幢四层教学楼,共18个教室", "3685", "2022-2023", "县教育局"],
      ["3", "丙工程", "新建道路5公里", "300", "2022年—2024年", "县交通局"],
    ];
    const title = "某县2022年民生实事项目计划表\n";
    const piped = `${title}${[header, ...rows].map((r) => r.join(" | ")).join("\n")}\n`;
    const perLine = `${title}${[header, ...rows]
      .flat()
      .map((c) => `${c} |`)
      .join("\n")}\n`;
    for (const text of [piped, perLine]) {
      const tasks = parsePlan(form(text)).tasks;
      expect(tasks.map((t) => [t.number, t.deadline])).toEqual([
        ["1", { text: "2022", date: "2022-12-31" }],
        ["2", { text: "2022-2023", date: "2023-12-31" }],
        ["3", { text: form("2022年—2024年"), date: "2024-12-31" }],
      ]);
    }
  });

  it("reads a header whose names are spaced out (项 目 内 容) below a list of attachments, whose numbers are no tasks", () => {
    const text = form(
      "关于2023年民生实事完成情况的通报\n附件:1.2023年度省级民生实事完成情况\n2.2023年度本级民生实事完成情况\n序号 | 项 目 内 容 | 完成情况 | 责任单位 | 责任人 |\n1 | 新增托位800个 | 已完成。 | 市卫健局 | 张某 |\n2 | 新建公厕20座 | 已完成。 | 市城管局 | 李某 |\n",
    );
    expect(read(text).map((t) => [t.number, t.title, t.units])).toEqual([
      ["1", "新增托位800个", ["responsible:市卫健局"]],
      ["2", "新建公厕20座", ["responsible:市城管局"]],
    ]);
  });

  it("keeps progress printed a paragraph per cell in its own column, out of the task's targets", () => {
    const lines = ["2022年民生实事项目进度表", "序号", "项目内容", "当前进度", "牵头单位", "备注", "1", "新建城市书房8处。", "75%(两处进度滞后)", "县文旅局", "县民生实事"];
    lines.push("2", "改造农村公路40公里。", "90%", "县交通局", "市民生实事");
    const plan = parsePlan(form(lines.join("\n\n")));
    expect(plan.tasks.map((t) => [t.number, t.title, t.units.map(roleAndName), t.targets.map((x) => `${x.value}${x.unit}`)])).toEqual([
      ["1", "新建城市书房8处", ["lead:县文旅局"], ["8处"]],
      ["2", "改造农村公路40公里", ["lead:县交通局"], ["40公里"]],
    ]);
  });

  it("reads headers by how they end (指标名称, 预期效果, 牵头负责司局) and a unit's name broken at a space", () => {
    const cells = ["序号", "指标名称", "预期效果", "完成时限", "牵头负责司局", "1", "新认定智能工厂数量", "120家", "9月", "产业协同 发展司"];
    const plan = parsePlan(form(`自2019年起,本厅每年公开重点指标。2021年,继续公开。\n${cells.map((c) => `${c} |`).join("\n")}\n`));
    const task = plan.tasks[0]!;
    expect([plan.year, task.title, task.units.map(roleAndName), task.deadline.date]).toEqual([2021, "新认定智能工厂数量", ["lead:产业协同 发展司"], "2021-09-30"]);
    expect(task.targets.map((t) => [t.value, t.unit])).toEqual([[120, "家"]]);
  });

  it("reads a table flattened with single spaces: words broken at a space, a run of spaces for an empty cell, a second task column read for targets", () => {
    const text = form(
      [
        "防汛抗旱主要任务分解表",
        "序号 类别 主要任务 细化措施 牵头单位 参与单位 责任单位",
        "1 提升防灾减灾能 力 加固病险水库 到2025年,完成病险水库除险加固36座以上。 市水务局 市财政局、市应急管理局等 各县(市、区)党委和人民政府,开发区党工委和管委会",
        "2  完善监测 预警发布 体系 到2025年,预警信息覆盖率达到98%以上。 市应急管理局 市气象局 各县(市、区)党委和人民政府",
      ].join("\n"),
    );
    expect(read(text).map((t) => [t.number, t.title, t.units, t.targets, t.milestones.length])).toEqual([
      ["1", "加固病险水库", ["lead:市水务局", "responsible:各县(市、区)党委和人民政府", "responsible:开发区党工委和管委会", "support:市财政局", "support:市应急管理局"], [">=36座"], 0],
      ["2", "完善监测 预警发布 体系", ["lead:市应急管理局", "responsible:各县(市、区)党委和人民政府", "support:市气象局"], [">=98%"], 0],
    ]);
    expect(parsePlan(text).tasks[0]!.area).toBe("提升防灾减灾能力");
  });

  it("reads a header broken over lines above rows printed a cell per line, a numbered list of progress inside a cell", () => {
    const text = form(
      "经开区2022年重点任务进展情况\n序号 | 重点任务 |\n完成时间 | 责任人 | 责任部门 | 进展情况 |\n7 |\n完善园区路网,开工建设纬三路。 |\n10月底前具备通车条件;12月底前建设完成。 |\n王某 李某 |\n规划建设局 |\n1、纬三路已建成通车。 2、管道已铺设完成60%。 |\n",
    );
    const task = parsePlan(text).tasks;
    expect(task.map((t) => [t.number, t.title, t.units.map(roleAndName), t.deadline.date, t.targets.length])).toEqual([["7", "完善园区路网", ["responsible:规划建设局"], "2022-12-31", 0]]);
  });

  it("reads a header set apart by single spaces with a name broken at a space, and a title column whole", () => {
    const text = form(
      [
        "2019年1-6月民生实事完成情况表",
        "序号 民生实事项目名称 责任单位 目标任务 1- 6月实际完成情况   完成率% 备注",
        "1 教育惠民:新建公办幼儿园 教育局 3所 2 67% 两所已完工",
        "2 新增城镇就业   人社局 6000人 4100 68%",
      ].join("\n"),
    );
    expect(read(text).map((t) => [t.number, t.title, t.units, t.targets])).toEqual([
      ["1", form("教育惠民:新建公办幼儿园"), ["responsible:教育局"], ["=3所"]],
      ["2", "新增城镇就业", ["responsible:人社局"], ["=6000人"]],
    ]);
  });

  it("reads a one-task key/value table with keys ending in : and a stage field", () => {
    const text = form(
      "某区2025年重点工作推进表\n重点工作: | 27.推进雨污管道分流改造,完成改造管网50公里。 |\n牵头单位: | 区水务局 |\n配合单位: | 各街道办事处 |\n进度安排: | 第一季度:完成方案编制;第二季度:完成改造任务的40%以上;第四季度:全面完成 |\n",
    );
    const task = parsePlan(text).tasks[0]!;
    expect([task.number, task.title, task.units.map(roleAndName)]).toEqual(["27", "推进雨污管道分流改造", ["lead:区水务局", "support:各街道办事处"]]);
    expect(task.milestones.map((m) => m.deadline.date)).toEqual(["2025-03-31", "2025-12-31"]);
    expect(task.targets.map((t) => [t.value, t.unit, t.deadline.date])).toEqual([
      [50, "公里", "2025-12-31"],
      [40, "%", "2025-06-30"],
    ]);
  });
});

describe.each(FORMS)("progress tables with rows that continue a task %s", (_name, form) => {
  it("puts a continuation row's progress in the progress column, whatever empty cells close it", () => {
    const text = form(
      "2022年民生实事项目进展情况表\n序号 | 项目内容 | 进展情况 | 责任单位 |\n2 | 新建成照护驿站7家。 | 新建照护驿站13家。 | 卫生健康局 |\n新增照护托位500个。 | 新增照护托位600个。 | ||\n开展癌症筛查1万例以上。 | 开展癌症筛查10111例。 | |\n",
    );
    expect(read(text).map((t) => [t.number, t.title, t.units, t.targets])).toEqual([["2", "新建成照护驿站7家", ["responsible:卫生健康局"], ["=7家", "=500个", ">=10000例"]]]);
  });
});
