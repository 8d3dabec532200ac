// Targets and deadlines as real plans print them, on both punctuation forms.
import { describe, expect, it } from "vitest";
import { parsePlan } from "./plan.js";
import { FORMS } from "./test-helpers.js";

const task = (text: string, title = "2025年重点工作要点") => parsePlan(`${title}\n${text}\n`).tasks[0]!;
const targets = (text: string) => task(text).targets.map((t) => `${t.comparator}${t.value}${t.unit}`);

describe.each(FORMS)("targets %s", (_name, form) => {
  it("reads time limits followed by a verb, a space before the measure, thousands separators, 约 and more measures", () => {
    expect(targets(form("1.压缩审批时间。环评报告书14个工作日内、登记表3个工作日内完成审批。(责任单位:市环保局)"))).toEqual(["<=14工作日", "<=3工作日"]);
    expect(targets(form("1.盘活存量土地400 亩,新增学位1,200个。(责任单位:市自然资源局)"))).toEqual(["=400亩", "=1200个"]);
    expect(targets(form("1.培训约300人次,办理案件50件,举办活动12场。(责任单位:市司法局)"))).toEqual(["=300人次", "=50件", "=12场"]);
  });

  it("does not read a quantity inside a bracketed condition as a target", () => {
    expect(targets(form("1.提高土地审批效率。6亩以下(不含6亩)的土地转让手续即时办理。(区国土分局牵头)"))).toEqual([]);
  });
});

describe.each(FORMS)("deadlines %s", (_name, form) => {
  it("keeps a deadline field as printed, with its date", () => {
    expect(task(form("1.出台实施方案。\n责任单位:市发改委\n完成时限:第二季前")).deadline).toEqual({ text: "第二季前", date: "2025-06-30" });
    expect(task(form("1.出台实施方案。\n责任单位:市发改委\n完成时限:长期坚持")).deadline).toEqual({ text: "长期坚持", date: null });
    expect(task(form("1.出台实施方案。\n责任单位:市发改委\n完成时限:6月底前完成")).deadline).toEqual({ text: "6月底前完成", date: "2025-06-30" });
  });

  it("reads a deadline field that lists several dated steps as a schedule: due at its last date, each step a milestone", () => {
    const t = task(form("1.推进雨污分流改造。\n责任单位:市水务局\n时间节点:6月底前完成方案编制,2025年第三季度开工,12月底前全面完成"));
    expect(t.deadline).toEqual({ text: form("6月底前完成方案编制,2025年第三季度开工,12月底前全面完成"), date: "2025-12-31" });
    expect(t.milestones.map((m) => [m.deadline.date, m.text])).toEqual([
      ["2025-06-30", "6月底前完成方案编制"],
      ["2025-09-30", "2025年第三季度开工"],
      ["2025-12-31", "12月底前全面完成"],
    ]);
  });

  it("makes a dated step in the body a milestone, not the task's deadline", () => {
    const t = task(form("1.精简审批手续。加快建立中介超市,5月底前实现上线运行。(区政务局牵头)"));
    expect(t.deadline).toEqual({ text: null, date: "2025-12-31" });
    expect(t.milestones.map((m) => m.deadline.date)).toEqual(["2025-05-31"]);
  });

  it("makes each step of a list of dated steps in one sentence a milestone of its own", () => {
    const t = task(form("1.加快资金拨付。专项资金于6月底前下达一半、9月底前完成审核、11月底前全部下达到位。(责任单位:市财政局)"));
    expect(t.milestones.map((m) => [m.deadline.date, m.text])).toEqual([
      ["2025-06-30", form("专项资金于6月底前下达一半")],
      ["2025-09-30", "9月底前完成审核"],
      ["2025-11-30", "11月底前全部下达到位"],
    ]);
  });

  it("makes a year-only step a milestone at that year's end: 到2027年, 力争到2030年", () => {
    const t = task(form("1.推进数字政府建设。到2027年,建成一体化政务服务平台;力争到2030年,全面实现数字化转型。(责任单位:市大数据局)"));
    expect(t.milestones.map((m) => m.deadline.date)).toEqual(["2027-12-31", "2030-12-31"]);
  });

  it("is due at the end of the plan's period: the year, or the last year of a multi-year plan", () => {
    expect(task(form("1.推进某项工作。(责任单位:市发改委)"), "某市2023\u20142025年行动方案").deadline).toEqual({ text: null, date: "2025-12-31" });
  });

  it("takes the year from a document number or a ROC year, and never from a date in the covering letter", () => {
    const numbered = parsePlan(form("关于印发稳增长措施的通知\n昆政发\u30142016\u301513号\n1.精简手续。5月底前上线运行。(区政务局牵头)\n"));
    expect(numbered.year).toBe(2016);
    expect(numbered.tasks[0]!.milestones[0]!.deadline.date).toBe("2016-05-31");
    expect(parsePlan(form("民國114年施政計畫\n1.推動數位轉型。(主辦機關:數位部)\n")).tasks[0]!.deadline.date).toBe("2025-12-31");
    // With no year in words, the date a page gives in numbers (发文日期 | 2022-07-14) dates the plan.
    const page = parsePlan(form("发布单位 | 区政府 | 发文日期 | 2022-07-14 |\n民生实事项目\n1.新建幼儿园3所,8月底前竣工。(责任单位:教育局)\n"));
    expect(page.tasks[0]!.milestones.map((m) => m.deadline.date)).toEqual(["2022-08-31"]);
    const letter = parsePlan(form("某区2023年重点工作分工方案\n区政府\n2023年3月28日\n1.推进某项工作。(责任单位:区发改局)\n"));
    expect(letter.tasks[0]!.deadline).toEqual({ text: null, date: "2023-12-31" });
    expect(letter.tasks[0]!.milestones).toEqual([]);
  });
});

describe.each(FORMS)("more targets and titles %s", (_name, form) => {
  it("reads the terms of a policy as no target: a cap, a subsidy rate, a claim, a tax rate", () => {
    for (const text of [
      "1.支持企业技术改造,单个项目补助最高200万元。(责任单位:市工信局)",
      "1.支持企业技术改造,补助金额最高不超过50万元。(责任单位:市工信局)",
      "1.帮扶农户,每户补助3万元。(责任单位:市农业农村局)",
      "1.支持创业,符合条件的个人可申请最高20万元创业担保贷款。(责任单位:市人社局)",
      "1.减轻负担,小规模纳税人征收率降为1%。(责任单位:市税务局)",
      "1.稳定就业,对吸纳就业达到职工总数25%的企业给予奖励。(责任单位:市人社局)",
      "1.支持投资,对总投资5000万元以上、补足短板的重大项目,按照设备投资额的10%给予支持。(责任单位:市工信局)",
      "1.支持技改,竣工投产后依照软硬件投资额的20%,给予一次性奖励。(责任单位:市工信局)",
    ]) {
      expect(targets(form(text))).toEqual([]);
    }
    // A budget or a loan issued is an outcome: no terms, no claim, none just before the number.
    expect(targets(form("1.支持创业,全年发放创业担保贷款10亿元。(责任单位:市人社局)"))).toEqual(["=1000000000元"]);
    expect(targets(form("1.落实惠农政策,按时足额发放惠农补贴资金2亿元。(责任单位:市农业农村局)"))).toEqual(["=200000000元"]);
    // A share of a task to be done by a time, and a clause opened by 对照, are no terms.
    expect(targets(form("1.推进改造,按时完成年度任务的60%以上。(责任单位:市住建局)"))).toEqual([">=60%"]);
    expect(targets(form("1.对照年度目标,新建5G基站1500个。(责任单位:市工信局)"))).toEqual(["=1500个"]);
    // A rate of an outcome that only ends like a fee rate (消费率) is a target; a fee rate is not.
    expect(targets(form("1.扩大内需,居民消费率达到42%。(责任单位:市商务局)"))).toEqual(["=42%"]);
    expect(targets(form("1.减轻负担,失业保险费率降至1%。(责任单位:市人社局)"))).toEqual([]);
  });

  it("runs a title past a clause that only names its focus (围绕…, 针对…, 结合…)", () => {
    expect(task(form("1.围绕全市中心工作,做好政策解读。(责任单位:市政府办)")).title).toBe(form("围绕全市中心工作,做好政策解读"));
    expect(task(form("1.针对政策落实中的突出问题,开展专项督查。(责任单位:市督查室)")).title).toBe(form("针对政策落实中的突出问题,开展专项督查"));
    expect(task(form("1.围绕打造一流营商环境,推进审批改革。(责任单位:市政务办)")).title).toBe(form("围绕打造一流营商环境,推进审批改革"));
    // …past several such clauses in turn, and past an opener with an adverb before it.
    expect(task(form("1.在市委坚强领导下,以新发展理念为指导,全面完成年度任务。(责任单位:市政府办)")).title).toBe(form("在市委坚强领导下,以新发展理念为指导,全面完成年度任务"));
    expect(task(form("1.广泛运用信息技术,做强装备制造业。(责任单位:市工信局)")).title).toBe(form("广泛运用信息技术,做强装备制造业"));
    // …and past the occasion it seizes (抓住…机遇).
    expect(task(form("1.抓住国家加快铁路建设机遇,两年投资530亿元。(责任单位:省发改委)")).title).toBe(form("抓住国家加快铁路建设机遇,两年投资530亿元"));
  });

  it("runs a title past 按…要求, and makes no milestone of 持续推进", () => {
    const t = task(form("1.按上级考核要求,每年至少更新一次数据集。持续推进数据开放。(责任单位:市大数据局)"));
    expect(t.title).toBe(form("按上级考核要求,每年至少更新一次数据集"));
    expect(t.milestones).toEqual([]);
  });
});
