import { describe, expect, it } from "vitest";
import { FORMS, oneTask } from "./test-helpers.js";

// Every test runs on the text as copied (ASCII punctuation) and as printed (full-width).
describe.each(FORMS)("targets %s", (_name, form) => {
  const task = (body: string, units = "(责任单位:市财政局)") => oneTask(form(body), form(units));
  const targetsOf = (sentence: string) => task(`推进某项工作。${sentence}`).targets.map(({ value, unit, comparator, ambition }) => ({ value, unit, comparator, ambition }));

  describe("targets: the normalisation table of formats.md", () => {
    it.each([
      ["全年完成脱贫40万人以上。", 400000, "人", ">="],
      ["投入29亿元。", 2900000000, "元", "="],
      ["新建改造线路1.08万公里。", 10800, "公里", "="],
      ["农村自来水普及率达到92%以上。", 92, "%", ">="],
      ["企业开办时间压缩至1个工作日以内。", 1, "工作日", "<="],
      ["新增贷款不少于1000亿元。", 100000000000, "元", ">="],
      ["地区生产总值增长9%左右。", 9, "%", "="],
      ["新增城镇就业2.5万人以上。", 25000, "人", ">="],
      ["年底前实现80%以上政务服务事项“一网通办”。", 80, "%", ">="],
      ["新建城市书房二十个。", 20, "个", "="],
      ["安排 110 亿元发展资金。", 11000000000, "元", "="],
      ["新建绿道 35 公里。", 35, "公里", "="],
      ["全年新建5G基站1500个。", 1500, "个", "="],
      ["新增光伏装机3千瓦。", 3, "千瓦", "="],
      ["新增装机容量120万千瓦。", 1200000, "千瓦", "="],
      ["培训农民3000余人。", 3000, "人", ">="],
      ["减少能耗5千万元。", 50000000, "元", "="],
      ["孕产妇死亡率控制在15/10万以内。", 15, "/10万", "<="],
      ["肺结核发病率下降到 40/10万 以下。", 40, "/10万", "<="],
      ["每千人口执业医师数达到3.2人以上。", 3.2, "人", ">="],
    ])("%s", (sentence, value, unit, comparator) => {
      expect(targetsOf(sentence)).toEqual([{ value, unit, comparator, ambition: "firm" }]);
    });

    it("reads Traditional script and full-width digits", () => {
      const expected = [
        { value: 7000, unit: "公里", comparator: "=", ambition: "firm" },
        { value: 300, unit: "座", comparator: "=", ambition: "firm" },
      ];
      expect(targetsOf("新建、改造農村公路7000公里,改造農村危橋300座。")).toEqual(expected);
      // \uFF17\uFF10\uFF10\uFF10 is 7000 in full-width digits, \uFF13\uFF10\uFF10 is 300.
      const fullWidth = "新建、改造農村公路\uFF17\uFF10\uFF10\uFF10公里\uFF0C改造農村危橋\uFF13\uFF10\uFF10座。";
      expect([...fullWidth].filter((c) => c.codePointAt(0)! >= 0xff10 && c.codePointAt(0)! <= 0xff19)).toHaveLength(7);
      expect(targetsOf(fullWidth)).toEqual(expected);
      expect(targetsOf("新增就业\uFF11\uFF0E\uFF15万人以上。")).toEqual([{ value: 15000, unit: "人", comparator: ">=", ambition: "firm" }]);
    });

    it("marks 力争 / 争取 targets as strive without changing their value", () => {
      expect(targetsOf("力争新增转移农村劳动力30万人。")).toEqual([{ value: 300000, unit: "人", comparator: "=", ambition: "strive" }]);
      expect(targetsOf("爭取上市企業達到30家以上。")).toEqual([{ value: 30, unit: "家", comparator: ">=", ambition: "strive" }]);
    });
  });

  describe("targets: what is not a target", () => {
    it.each([
      ["新擴建110千伏變電站。"],
      ["支持创建国家5A级旅游景区。"],
      ["实施创新驱动“5511”工程和“十百千”工程。"],
      ["编制“十三五”规划。"],
      ["实施第二期学前教育行动计划,认真做好第三批挂职工作。"],
      ["制定2016-2017年工作计划,完成(2022-2024)行动方案。"],
      ["完成25户以上自然村通水泥公路建设,流转6亩以下的土地。"],
      ["抓好千吨级船闸改造,实现三级通航。"],
      ["落实三个着力、四个坚持。"],
      ["对口支援苏区31个县(市、区)。"],
      ["到年底千人口床位数达到全省平均水平。"],
      ["纳入《全国民用运输机场布局规划(2030)年》。"],
    ])("%s", (sentence) => {
      expect(targetsOf(sentence)).toEqual([]);
    });

    // Found by the fuzzer: each gave a target of value Infinity, which the Plan schema refuses.
    it.each([["新建道路" + "9".repeat(400) + "公里。"], ["新建" + "亿".repeat(40) + "个。"], ["增长" + "1".repeat(330) + "%以上。"]])(
      "reads no target from a number past what a double holds: %s",
      (sentence) => {
        expect(targetsOf(sentence)).toEqual([]);
      },
    );

    it("keeps the largest number a double holds: 1e308公里", () => {
      expect(targetsOf(`新建道路1${"0".repeat(308)}公里。`).map((t) => t.value)).toEqual([1e308]);
    });

    it("keeps the count that follows a specification: 110千伏变电站12座", () => {
      expect(targetsOf("新擴建110千伏變電站12座,35千伏變電站22座。").map((t) => t.value)).toEqual([12, 22]);
    });
  });

  describe("targets: comparators by grammar", () => {
    it("reads a count after a comparator that ends in 于 (不少于400个, 不低于30家), and counts of cases (起, 例)", () => {
      expect(task("严打违法犯罪,破获不少于400起食品犯罪案件。").targets.map((t) => `${t.comparator}${t.value}${t.unit}`)).toEqual([">=400起"]);
      expect(task("建设5G基站不少于400个。").targets.map((t) => `${t.comparator}${t.value}${t.unit}`)).toEqual([">=400个"]);
      expect(task("培育示范企业不低于30家。").targets.map((t) => `${t.comparator}${t.value}${t.unit}`)).toEqual([">=30家"]);
      // …while 于 alone before a count still places it: a scope, no target.
      expect(task("在全市范围开展宣传,试点于12个单位推开。").targets).toEqual([]);
    });
    it.each([
      ["PM2.5平均浓度不超过35微克。", "<="],
      ["单位能耗不高于0.5吨标准煤。", "<="],
      ["培训时长不得少于20学时。", ">="],
      ["合格率不得低于95%。", ">="],
      ["新增市场主体超过5000户。", ">="],
      ["空置率低于5%。", "<="],
      ["至少建成3个示范区。", ">="],
      ["综合能耗控制在120万吨以内。", "<="],
    ])("%s", (sentence, comparator) => {
      expect(targetsOf(sentence).map((t) => t.comparator)).toEqual([comparator]);
    });

    it("reads a measure word the lists do not hold after a comparator: 不少于6课时, 2万例以上", () => {
      expect(targetsOf("每名干部年度培训不少于6课时。")).toEqual([{ value: 6, unit: "课时", comparator: ">=", ambition: "firm" }]);
      expect(targetsOf("开展免费体检2万例以上。")).toEqual([{ value: 20000, unit: "例", comparator: ">=", ambition: "firm" }]);
      // So does a verb of result before it; without either an unknown word measures nothing.
      expect(targetsOf("新增墓穴10000穴。")).toEqual([{ value: 10000, unit: "穴", comparator: "=", ambition: "firm" }]);
      expect(targetsOf("课程安排为6课时。")).toEqual([]);
    });
  });

  describe("targets: counts and what they count", () => {
    it("measures a quantity per head or per thousand (300元/人, 4批次/千人以上), never per the words after it", () => {
      const read = (sentence: string) => targetsOf(sentence).map((t) => `${t.comparator}${t.value}${t.unit}`);
      expect(read("城市低保月均达到300元/人。")).toEqual(["=300元/人"]);
      expect(read("食品抽检量达到4批次/千人以上。")).toEqual([">=4批次/千人"]);
      expect(read("完成改造300户/年度计划。")).toEqual(["=300户"]);
    });

    it("takes a count of things that each then get a number (4个指标均实现10%以上增长) as a scope", () => {
      expect(targetsOf("4个结构性指标均实现10%以上增长。").map((t) => `${t.comparator}${t.value}${t.unit}`)).toEqual([">=10%"]);
      expect(targetsOf("3个园区分别新增企业20家。").map((t) => `${t.comparator}${t.value}${t.unit}`)).toEqual(["=20家"]);
      // A count with nothing counted after 都 stays a target.
      expect(targetsOf("新增5个示范县都达到标准。").map((t) => `${t.comparator}${t.value}${t.unit}`)).toEqual(["=5个"]);
    });
    it.each([
      ["新建20个县级示范点。", 20, "个", "="],
      ["覆盖100个村。", 100, "个", "="],
      ["新建两座水库。", 2, "座", "="],
      ["实施12个社区卫生服务中心、96个村卫生室改扩建项目。", 12, "个", "="],
      ["举办5场次以上的招聘会。", 5, "场次", ">="],
      ["扶持100家以上本地企业。", 100, "家", ">="],
      ["实现“培育示范企业达到120家”的目标。", 120, "家", "="],
      ["实现年产值10亿元的目标。", 1000000000, "元", "="],
      ["标准从600元、400元分别提高到650元、450元。", 650, "元", "="],
    ])("%s is a target", (sentence, value, unit, comparator) => {
      expect(targetsOf(sentence)[0]).toEqual({ value, unit, comparator, ambition: "firm" });
    });

    it.each([
      ["在50个村开展试点。"],
      ["落实方案明确的8个方面重点工作。"],
      ["对3个贫困乡和15个贫困村的农户开展结对。"],
      ["调整二套房首付比例。"],
      ["对员工20人(含)以下的商户免收费用。"],
      ["完成25户以上自然村通水泥公路建设。"],
      ["总投资5亿元的项目纳入调度。"],
      ["对年销售额分别超过5亿元、1亿元、5000万元的企业给予奖励。"],
      ["实现县县建成220千伏变电站。"],
      ["截至2019年12月底,全市建成安置点6个,搬迁入住1.8万人。"],
      ["目前已完成搬迁入住18695人。"],
      ["对投资额达到3000万元、1000万元以上的项目予以支持。"],
      ["8年内完成改造。"],
      ["连续五年保持稳定。"],
      ["三年之内全部到位。"],
      ["建立一户一档,配备一套设备。"],
    ])("%s is no target", (sentence) => {
      expect(targetsOf(sentence)).toEqual([]);
    });

    it("lets the verb before a list of counts govern every count of it", () => {
      expect(targetsOf("实施12个社区卫生服务中心、96个村卫生室改扩建项目。").map((t) => t.value)).toEqual([12, 96]);
    });

    it("keeps a period that something is shortened to: 压缩至3个月以内", () => {
      expect(targetsOf("审批时间压缩至3个月以内。")).toEqual([{ value: 3, unit: "月", comparator: "<=", ambition: "firm" }]);
    });

    it("gives each target of a list its own baseline: 从600元、400元分别提高到650元、450元", () => {
      const one = task("提高补助标准。城乡低保标准从600元、400元分别提高到650元、450元。");
      expect(one.targets.map((t) => [t.baseline, t.value, t.unit])).toEqual([
        [600, 650, "元"],
        [400, 450, "元"],
      ]);
    });
  });

  describe("targets: context", () => {
    it("gives each item of a list of quantities its own metric", () => {
      const one = task("推进养老服务。新改扩建5个福利院、20个农村标准化敬老院。");
      expect(one.targets.map((t) => [t.value, t.metric])).toEqual([
        [5, "新改扩建福利院"],
        [20, "农村标准化敬老院"],
      ]);
    });

    it("takes the deadline of the sentence, else the task's", () => {
      const one = task("推进就业。6月底前新增就业1万人。全年新增岗位2万个。");
      expect(one.targets.map((t) => t.deadline)).toEqual([
        { text: "6月底前", date: "2025-06-30" },
        { text: "全年", date: "2025-12-31" },
      ]);
      expect(task("推进就业。新增就业1万人。").targets[0]!.deadline).toEqual({ text: null, date: "2025-12-31" });
    });

    it("locates the number in the source", () => {
      const target = task("推进就业。新增就业1万人。").targets[0]!;
      expect({ line: target.line, column: target.column }).toEqual({ line: 3, column: 12 });
    });

    it("ignores numbers in the responsibility clause", () => {
      expect(task("推进就业。", "(责任单位:第3工作组、12345热线办)").targets).toEqual([]);
    });
  });
});
