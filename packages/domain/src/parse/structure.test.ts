// The outline of real plans: prose sections, numbering carried across sections, web-page debris, bullets.
import { describe, expect, it } from "vitest";
import { parsePlan } from "./plan.js";
import { FORMS, roleAndName } from "./test-helpers.js";

describe.each(FORMS)("structure %s", (_name, form) => {
  it("reads a prose section (一、总体要求 and its paragraph) as no task", () => {
    const text = form(
      "2020年政务公开工作实施方案\n一、总体要求\n2020年全市政务公开工作要以习近平新时代中国特色社会主义思想为指导,全面推进。\n二、主要任务\n1.更新完善权责清单。(责任单位:市委编办)\n2.推进机构职能目录公开。(责任单位:市司法局)\n",
    );
    expect(parsePlan(text).tasks.map((t) => [t.number, t.title, t.area])).toEqual([
      ["1", "更新完善权责清单", "主要任务"],
      ["2", "推进机构职能目录公开", "主要任务"],
    ]);
  });

  it("keeps a top-level item without items under it as a task in a list that names no units (mixed depth)", () => {
    const text = form(
      "2017年为民办实事项目\n一、实施易地扶贫搬迁工程,全年完成5万人搬迁任务。\n二、提高农村低保标准。\n三、建设食品放心工程。\n(一)抽检食品2万批次。\n(二)新建快检室30个。\n四、推进养老服务。\n(一)新建农村幸福院300个。\n",
    );
    expect(parsePlan(text).tasks.map((t) => [t.number, t.title, t.area])).toEqual([
      ["一", "实施易地扶贫搬迁工程", null],
      ["二", "提高农村低保标准", null],
      ["一", "抽检食品2万批次", "建设食品放心工程"],
      ["二", "新建快检室30个", "建设食品放心工程"],
      ["一", "新建农村幸福院300个", "推进养老服务"],
    ]);
  });

  it("keeps the first task of a section that carries on the numbering, after a heading without punctuation", () => {
    const text = form(
      "2016年稳增长政策措施\n一、 提高审批效率\n1. 精简审批手续。(区政务局牵头)\n2. 提高土地审批效率。(区国土分局牵头)\n3. 提高环评审批效率。(区环保局牵头)\n二、 加快推进项目建设\n4. 加强项目谋划储备。(区发改局牵头)\n",
    );
    expect(parsePlan(text).tasks.map((t) => [t.id, t.title])).toEqual([
      ["一.1", "精简审批手续"],
      ["一.2", "提高土地审批效率"],
      ["一.3", "提高环评审批效率"],
      ["二.4", "加强项目谋划储备"],
    ]);
  });

  it("splits a numbered item whose text opens with a year from the item before it", () => {
    const text = form("2025年要点\n1.建成大桥1座。(责任单位:市交通局)\n2.2025年底前完成老旧小区改造。(责任单位:市住建局)\n");
    expect(parsePlan(text).tasks.map((t) => [t.number, t.title])).toEqual([
      ["1", "建成大桥1座"],
      ["2", "2025年底前完成老旧小区改造"],
    ]);
  });

  it("reads preamble sections (指导思想, 基本原则 and the principles under it, 总体目标) as no task", () => {
    const text = form(
      [
        "某市2024年优化营商环境实施方案",
        "一、总体要求",
        "(一)指导思想。以新时代中国特色社会主义思想为指导,全面推进。",
        "(二)基本原则",
        "1.坚持问题导向。聚焦企业反映强烈的问题。",
        "2.坚持系统集成。统筹推进各项改革。",
        "(三)主要目标。到2025年,政务服务事项网上可办率达到98%以上。",
        "二、重点任务",
        "(一)提升审批效率",
        "1.压缩企业开办时间。(责任单位:市市场监管局)",
        "2.推行一网通办。(责任单位:市政务服务局)",
      ].join("\n"),
    );
    expect(parsePlan(text).tasks.map((t) => [t.id, t.title])).toEqual([
      ["二.(一).1", "压缩企业开办时间"],
      ["二.(一).2", "推行一网通办"],
    ]);
  });

  it("keeps an item of a preamble section that names its units", () => {
    const text = form("某县2024年工作要点\n一、工作目标\n1.全年新增就业2000人以上。(责任单位:县人社局)\n二、重点任务\n1.推进甲。(责任单位:县发改局)\n");
    expect(parsePlan(text).tasks.map((t) => t.id)).toEqual(["一.1", "二.1"]);
  });

  it("reads a document run into one line with spaces where its paragraphs ended", () => {
    const text = form(
      "某县人民政府办公室关于印发2022年重点工作责任分解的通知 各镇人民政府: 现印发给你们。 2022年重点工作责任分解 一、县长牵头重点工作 1.全县生产总值增长6%左右。 责任单位:县发改局、县财政局 2.压减一般性支出。 责任单位:县财政局 二、常务副县长牵头重点工作 1.推进依法行政。 责任单位:县司法局",
    );
    expect(parsePlan(text).tasks.map((t) => [t.id, t.title, t.units.map((u) => u.name)])).toEqual([
      ["一.1", "全县生产总值增长6%左右", ["县发改局", "县财政局"]],
      ["一.2", "压减一般性支出", ["县财政局"]],
      ["二.1", "推进依法行政", ["县司法局"]],
    ]);
  });

  it("reads a plan run into one line below its title, or after it and a space, or with headings run into their first item, whatever column names its text holds", () => {
    const body =
      "为深入贯彻落实国家部署,制定本方案。一、总体要求 以习近平新时代中国特色社会主义思想为指导。二、重点任务 (一)开展调查监测。建立清单制度,2023年底前完成首轮调查。(区生态环境局牵头,区卫健局、区农业农村局按职责分工负责) (二)严格源头管控。落实禁止限制措施。(区工信局牵头,各有关单位按职责分工负责) 三、保障措施 (一)加强组织领导。";
    const expected = [
      ["二.(一)", "开展调查监测", "重点任务", ["lead:区生态环境局", "support:区卫健局", "support:区农业农村局"]],
      ["二.(二)", "严格源头管控", "重点任务", ["lead:区工信局", "support:各有关单位"]],
      ["三.(一)", "加强组织领导", "保障措施", []],
    ];
    for (const text of [`某区2023年新污染物治理工作方案\n${body}`, `某区2023年新污染物治理工作方案 ${body}`, `某区2023年新污染物治理工作方案\n${body.replace(/ /g, "")}`]) {
      const plan = parsePlan(form(text));
      expect(plan.title).toBe("某区2023年新污染物治理工作方案");
      expect(plan.tasks.map((t) => [t.id, t.title, t.area, t.units.map(roleAndName)])).toEqual(expected);
    }
  });

  it("reads a whole page run into one line: its title among the page's words, labelled fields run on into the next item", () => {
    const page =
      "首页 > 政务公开 > 政府文件 发布日期:2023-03-20 【打印本页】【关闭窗口】 字号:大 中 小 某区管委会办公室关于印发国企提升发展年行动方案的通知 各部门: 现将方案印发给你们。 某区管委会办公室 2023年3月20日 国企提升发展年行动方案 为推动国企发展,制定本方案。 一、工作目标 区属国企营业收入增长10%以上。 二、主要任务 (一)优化国资布局。2023年6月底前完成2家企业重组。责任单位:区国资局、各区属国企 (二)深化混合所有制改革。年内完成1家企业混改。责任单位:区国资局 【打印本页】【关闭窗口】";
    for (const text of [page, page.replace(/ /g, "")]) {
      const plan = parsePlan(form(text));
      expect(plan.tasks.map((t) => [t.id, t.title, t.units.map(roleAndName)])).toEqual([
        ["二.(一)", "优化国资布局", ["responsible:区国资局", "responsible:各区属国企"]],
        ["二.(二)", "深化混合所有制改革", ["responsible:区国资局"]],
      ]);
    }
    expect(parsePlan(form(page)).title).toBe("某区管委会办公室关于印发国企提升发展年行动方案的通知");
  });

  it("splits a heading run into its first numbered item (一)完善管理制度1.建立…", () => {
    const text = form(
      "某区新污染物治理工作方案\n为加强治理,制定本方案。一、重点任务(一)完善管理制度1.建立调查评估制度。(区生态环境局牵头,区工信局按职责分工负责)2.建立监测制度。(区生态环境局牵头)(二)严格源头管控3.严格准入。(区发改局牵头)",
    );
    expect(parsePlan(text).tasks.map((t) => [t.id, t.title, t.units.map(roleAndName)])).toEqual([
      ["一.(一).1", "建立调查评估制度", ["lead:区生态环境局", "support:区工信局"]],
      ["一.(一).2", "建立监测制度", ["lead:区生态环境局"]],
      ["一.(二).3", "严格准入", ["lead:区发改局"]],
    ]);
  });

  it("splits a heading run into an item that carries the numbering on from the section before (二、B(三)…)", () => {
    const text = form(
      "某县2023年安全生产工作要点\n为做好安全生产工作,制定本要点。一、压实责任(一)落实党政责任。(县安委办负责)(二)落实部门责任。(县应急局负责)二、深化整治(三)开展燃气整治。(县住建局负责)",
    );
    expect(parsePlan(text).tasks.map((t) => [t.id, t.title, t.units.map(roleAndName)])).toEqual([
      ["一.(一)", "落实党政责任", ["responsible:县安委办"]],
      ["一.(二)", "落实部门责任", ["responsible:县应急局"]],
      ["二.(三)", "开展燃气整治", ["responsible:县住建局"]],
    ]);
  });

  it("ends a covering letter run into one line with its plan at the letter's date: its own numbered requests are no tasks", () => {
    const text = form(
      "某区政府办公室关于印发重点工作方案的通知 各单位: 现将方案印发给你们,请做好以下工作:1.高度重视,加强领导。2.抓好落实,按时报送。 某区政府办公室 2023年3月1日 (此件公开发布) 某区2023年重点工作方案 一、重点任务 1.推进老旧小区改造。(责任单位:区住建局) 2.推进数字政府建设。(责任单位:区大数据局)",
    );
    const plan = parsePlan(text);
    expect(plan.tasks.map((t) => [t.id, t.title, t.units.map(roleAndName)])).toEqual([
      ["一.1", "推进老旧小区改造", ["responsible:区住建局"]],
      ["一.2", "推进数字政府建设", ["responsible:区大数据局"]],
    ]);
    expect(plan.title).toBe("某区政府办公室关于印发重点工作方案的通知");
    // A date between items of a plan that no letter opens closes nothing.
    const dated = parsePlan(form("某区工作 为做好工作,制定本方案。 1.推进老旧小区改造,完成时限 2023年6月30日 2.推进数字政府建设。(区大数据局负责)"));
    expect(dated.tasks.map((t) => t.id)).toEqual(["1", "2"]);
  });

  it("keeps the plan whole where a title-like line follows its items, or a footer's words stand inside a sentence", () => {
    const below = parsePlan(form("某区2023年重点工作\n1.推进老旧小区改造。(区住建局负责)\n2.推进数字政府建设。(区大数据局负责)\n附件:民生实事项目责任分工安排\n"));
    expect(below.tasks.map((t) => t.title)).toEqual(["推进老旧小区改造", "推进数字政府建设"]);
    const inside = parsePlan(form("某区工作 为做好工作,制定本方案。 1.加强版权保护,依法保护版权所有人合法权益。(区文旅局负责) 2.推进数字政府建设。(区大数据局负责)"));
    expect(inside.tasks.map((t) => [t.title, t.units.map(roleAndName)])).toEqual([
      ["加强版权保护", ["responsible:区文旅局"]],
      ["推进数字政府建设", ["responsible:区大数据局"]],
    ]);
    // The next number run on after a unit's name begins the next item…
    const glued = parsePlan(form("某区工作要点 为做好工作,制定本要点。 1.推进老旧小区改造。责任单位:区住建局2.推进数字政府建设。责任单位:区大数据局"));
    expect(glued.tasks.map((t) => [t.id, t.units.map(roleAndName)])).toEqual([
      ["1", ["responsible:区住建局"]],
      ["2", ["responsible:区大数据局"]],
    ]);
    // …but a number after a word that refers to a part (第(二)部分, 第2、第3批) begins no item.
    const parts = parsePlan(form("某区工作方案 为做好工作,制定本方案。(一)完成本方案第(二)部分所列任务。(区财政局负责) (二)推进试点工作。(区发改局负责)"));
    expect(parts.tasks.map((t) => [t.id, t.units.map(roleAndName)])).toEqual([
      ["(一)", ["responsible:区财政局"]],
      ["(二)", ["responsible:区发改局"]],
    ]);
    const batches = parsePlan(form("某区工作方案 为做好工作,制定本方案。 1.推进第2、第3批试点工作。(区发改局负责) 2.加强督查。(区督查室负责)"));
    expect(batches.tasks.map((t) => [t.id, t.units.map(roleAndName)])).toEqual([
      ["1", ["responsible:区发改局"]],
      ["2", ["responsible:区督查室"]],
    ]);
  });

  it("leaves out a page's numbered menus above the plan's title and its related links below it", () => {
    const plan = ["某区2021年重点工作任务分工方案", "一、主要任务", "1.优化国资布局。2021年6月底前完成重组整合。(责任单位:区国资局)", "2.深化混合所有制改革。年内完成2家企业混改。(责任单位:区国资局)"];
    const page = ["首页", "工作计划", "政务公开", "1.政府信息公开指南", "2.政府信息公开制度", "当前位置:首页 > 政务公开", ...plan, "相关链接", "1.国务院", "2.省政府", "版权所有:某区人民政府"];
    for (const text of [plan.join("\n"), page.join("\n")]) {
      const read = parsePlan(form(text));
      expect(read.title).toBe("某区2021年重点工作任务分工方案");
      expect(read.tasks.map((t) => [t.id, t.title])).toEqual([
        ["一.1", "优化国资布局"],
        ["一.2", "深化混合所有制改革"],
      ]);
    }
  });

  it("passes over a file's name above a document run into one line, and carries the numbering on under a new heading", () => {
    const text = form(
      "3.某市2024年稳增长政策清单.docx\n某市2024年稳增长政策清单 为推动经济回升向好,提出如下政策清单。 一、扩大有效投资 (一)加快项目建设 1.推进重大项目开工。(责任单位:市发展改革委) 2.加快专项债券发行。(责任单位:市财政局) (二)激发民间投资 3.发布民间投资项目清单。(责任单位:市发展改革委)",
    );
    expect(parsePlan(text).tasks.map((t) => [t.id, t.title, t.units.map((u) => u.name)])).toEqual([
      ["一.(一).1", "推进重大项目开工", ["市发展改革委"]],
      ["一.(一).2", "加快专项债券发行", ["市财政局"]],
      ["一.(二).3", "发布民间投资项目清单", ["市发展改革委"]],
    ]);
  });

  it("ends a run-in unit list at a table's row run on after it: names of places and bare numbers", () => {
    const text = form("2023年民生实事进展 1.新建口袋公园12个。 责任单位:市园林局 配合单位:市财政局,各区政府 龙州 西湖、南湖 合计 年度目标 4 5 3 12 2.新增托位500个。 责任单位:市卫健委");
    expect(parsePlan(text).tasks.map((t) => [t.id, t.units.map((u) => u.name)])).toEqual([
      ["1", ["市园林局", "市财政局", "各区政府"]],
      ["2", ["市卫健委"]],
    ]);
  });

  it("keeps a field line of any name (监督方式:…) out of the units above it, and a phrase of no date in a title (常态化防控) out of the deadline", () => {
    const text = form("2021年工作任务分解\n1.做好安全生产常态化监管工作。\n牵头责任单位:县应急局\n主要协作单位:各街道办事处\n联系方式:0000-1234567\n");
    const task = parsePlan(text).tasks[0]!;
    expect(task.units.map(roleAndName)).toEqual(["lead:县应急局", "support:各街道办事处"]);
    expect(task.deadline).toEqual({ text: null, date: "2021-12-31" });
  });

  it("sets a heading on a line of its own apart from the paragraph under it, and joins a title a page broke", () => {
    const text = form("2017年工作意见\n一、推进重大项目建设\n建立健全领导联系重点项目制度,全年完成投资3亿元。(省发展改革委牵头)\n二、推进\n城乡供水一体化。新建管网120公里。(省水利厅牵头)\n");
    expect(parsePlan(text).tasks.map((t) => t.title)).toEqual(["推进重大项目建设", "推进城乡供水一体化"]);
    // A 1. item's first line broken mid-sentence is joined, whatever its length.
    const wrapped = form("2025年工作要点\n1.推进城乡供水一体化建设和农村\n饮水安全巩固提升工程建设任务,全年新建管网120公里。(责任单位:市水利局)\n");
    expect(parsePlan(wrapped).tasks[0]!.title).toBe("推进城乡供水一体化建设和农村饮水安全巩固提升工程建设任务");
  });

  it("reads X、Y分别牵头 without the adverb in the last name", () => {
    const text = form("2023年工作要点\n1.推进甲。(市科技局、市教育局分别牵头)\n");
    expect(parsePlan(text).tasks[0]!.units.map(roleAndName)).toEqual(["lead:市科技局", "lead:市教育局"]);
  });

  it("ends a title at a colon: 农村危房改造:(1)…", () => {
    expect(parsePlan(form("2016年脱贫攻坚任务\n3.农村危房改造:全年完成改造500户。(责任单位:市住建局)\n")).tasks[0]!.title).toBe("农村危房改造");
  });

  it("ends a heading without 。 at its line: its points (一是…二是…) are its body, not its title", () => {
    const text = form("某县2024年工作要点\n(一)加强组织领导\n一是成立工作专班,定期调度。二是建立台账。(责任单位:县政府办)\n(二)强化督查考核\n一是开展专项督查。(责任单位:县督查室)\n");
    expect(parsePlan(text).tasks.map((t) => [t.title, t.body])).toEqual([
      ["加强组织领导", form("一是成立工作专班,定期调度。二是建立台账。")],
      ["强化督查考核", "一是开展专项督查。"],
    ]);
  });

  it("takes an unnumbered group heading between items as the area of the items after it", () => {
    const text = form("2024年重点工作分工\n经济发展\n1.推进甲。(市发改委牵头)\n2.推进乙。(市商务局牵头)\n社会民生\n3.推进丙。(市教育局牵头)\n");
    expect(parsePlan(text).tasks.map((t) => [t.number, t.body, t.area])).toEqual([
      ["1", "", "经济发展"],
      ["2", "", "经济发展"],
      ["3", "", "社会民生"],
    ]);
  });

  it("passes over web-page debris above the title", () => {
    const text = form("首页 > 政务公开 > 计划总结\n发布时间:2025-03-01\n【字体:大 中 小】 打印\n某县2025年重点工作任务分工方案\n1.推进某项工作。(责任单位:县发改局)\n");
    expect(parsePlan(text).title).toBe(form("某县2025年重点工作任务分工方案"));
    expect(parsePlan(text).tasks).toHaveLength(1);
  });

  it("reads bullets under a heading as one task with a target per bullet", () => {
    const text = form("2025年要点\n1.主要预期目标\n- 地区生产总值增长6%左右\n\u00B7 新增城镇就业1.2万人以上\n(责任单位:市发改委)\n");
    const task = parsePlan(text).tasks[0]!;
    expect(task.title).toBe("主要预期目标");
    expect(task.targets.map((t) => [t.value, t.unit, t.comparator])).toEqual([
      [6, "%", "="],
      [12000, "人", ">="],
    ]);
  });
});

describe.each(FORMS)("an appendix table that repeats the body %s", (_name, form) => {
  it("gives each task once, with the table's units and deadline merged in", () => {
    const text = form(
      [
        "某市2025年优化营商环境实施方案",
        "一、主要任务",
        "1.加大简政放权力度。承接好省下放事项。",
        "2.深化一网通办改革。推进政务服务事项网上办理。(责任单位:市政务服务局)",
        "附件",
        "重点任务责任分工表",
        "序号\t工作任务\t牵头单位\t完成时限",
        "1\t加大简政放权力度\t市审批服务局\t6月底前",
        "2\t深化一网通办改革\t市政务服务局\t年底前",
      ].join("\n"),
    );
    const tasks = parsePlan(text).tasks;
    expect(tasks.map((t) => [t.title, t.units.map((u) => `${u.role}:${u.name}`), t.deadline.text])).toEqual([
      ["加大简政放权力度", ["lead:市审批服务局"], "6月底前"],
      ["深化一网通办改革", ["lead:市政务服务局"], "年底前"],
    ]);
  });
});

describe.each(FORMS)("a covering letter %s", (_name, form) => {
  it("does not read the letter's numbered paragraphs as tasks", () => {
    const text = form(
      [
        "某市人民政府办公室关于印发2021年重点工作任务分工方案的通知",
        "各县区人民政府,市政府各部门:",
        "现将《方案》印发给你们,并就抓好落实通知如下:",
        "1.明确任务,压实责任。各牵头单位要细化工作举措。",
        "2.加强督考,狠抓落实。各牵头单位要于每月28日前报送进展。",
        "某市人民政府办公室",
        "2021年1月25日",
        "(此件公开发布)",
        "2021年重点工作任务分工方案",
        "一、稳定经济增长",
        "1.地区生产总值增长6%左右。(牵头单位:市发改委)",
        "2.固定资产投资增长8%。(牵头单位:市发改委)",
      ].join("\n"),
    );
    const plan = parsePlan(text);
    expect(plan.tasks.map((t) => [t.id, t.title])).toEqual([
      ["一.1", "地区生产总值增长6%左右"],
      ["一.2", "固定资产投资增长8%"],
    ]);
    expect(plan.preamble).toContain("明确任务");
  });
});

describe.each(FORMS)("sub-items sharing one responsibility line %s", (_name, form) => {
  it("gives each sub-item the units of the clause that closes their list on a line of its own", () => {
    const text = form(
      "2017年规划责任分解\n(一)一案三制建设\n1.完善应急预案体系\n(1)加强应急预案管理。\n(2)加强应急预案演练。\n(责任单位:市直各有关单位、各县(市、区)人民政府)\n2.健全应急管理体制\n(1)推进办事机构建设。(责任单位:市应急办)\n(2)完善运行机制。(责任单位:市应急办)\n",
    );
    expect(parsePlan(text).tasks.map((t) => [t.id, t.title, t.units.map((u) => u.name.replace(/[\uFF08\uFF09]/g, (c) => (c === "\uFF08" ? "(" : ")")))])).toEqual([
      ["(一).1.(1)", "加强应急预案管理", ["市直各有关单位", "各县(市、区)人民政府"]],
      ["(一).1.(2)", "加强应急预案演练", ["市直各有关单位", "各县(市、区)人民政府"]],
      ["(一).2.(1)", "推进办事机构建设", ["市应急办"]],
      ["(一).2.(2)", "完善运行机制", ["市应急办"]],
    ]);
  });
});

describe.each(FORMS)("a notice run into one line %s", (_name, form) => {
  it("reads field labels inside a line, passes over people and progress fields, and splits at the next number after a space", () => {
    const text = form(
      "2014年民生实事项目进展情况 1.轨道交通1号线投入试运营。 牵头领导:王某 责任单位:市轨道交通指挥部 项目责任人:李某 实际完成情况:已完成年度目标的55% 2.新辟公交线路10条。 牵头领导:王某 责任单位:市交通委 配合单位:市公安局",
    );
    expect(parsePlan(text).tasks.map((t) => [t.number, t.title, t.units.map((u) => `${u.role}:${u.name}`)])).toEqual([
      ["1", "轨道交通1号线投入试运营", ["responsible:市轨道交通指挥部"]],
      ["2", "新辟公交线路10条", ["responsible:市交通委", "support:市公安局"]],
    ]);
  });
});
