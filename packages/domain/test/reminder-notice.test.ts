// The 催办单: reminders that say when nothing is due yet, one unit's share, and the notice built
// from them (overdue first, deadlines, reply-by date, office) in Markdown and as a chat message.
import { describe, expect, it } from "vitest";
import { parsePlan, planStatus, reminderList, reminderNoticeChat, reminderNoticeMarkdown, reminderNotices, statusForUnit } from "../src/index.js";

const plan = parsePlan(
  [
    "2016年工作要点",
    "1.实施农村公路工程。新建农村公路7000公里,9月底前改造危桥300座。(牵头单位:省交通运输厅;配合单位:省财政厅)",
    "2.压缩审批时间。3月底前企业开办时间压缩至3个工作日以内。(责任单位:省市场监管局、省交通运输厅)",
    "3.出台工作计划。第二季度制定出台对口支援工作计划。(责任单位:省发展改革委)",
    "4.加强组织实施。(责任单位:有关设区市、省交通运输厅)",
  ].join("\n"),
);
const start = "2016-01-01";
const quarterly = { ...plan, cadence: "quarterly" as const };
const statusOn = (asOf: string, p = plan) => planStatus(p, [], { asOf });
const july = statusOn("2016-07-05");
const TRANSPORT = "省交通运输厅";

describe("reminders before the plan's first period is due", () => {
  it("owe nothing and say when the first reports fall due", () => {
    expect(reminderList(statusOn("2016-01-05"), { start })).toEqual({ asOf: "2016-01-05", period: null, unit: null, notYetDue: { period: "2016-01", dueOn: "2016-01-31" }, reminders: [] });
    expect(reminderList(statusOn("2015-11-20"), { start }).notYetDue).toEqual({ period: "2016-01", dueOn: "2016-01-31" });
    expect(reminderList(statusOn("2016-02-10", quarterly), { start })).toMatchObject({ period: null, notYetDue: { period: "2016-Q1", dueOn: "2016-03-31" }, reminders: [] });
  });

  it("owe the first period's reports from its last day", () => {
    const due = reminderList(statusOn("2016-01-31"), { start });
    expect(due).toMatchObject({ period: "2016-01", notYetDue: null });
    expect(due.reminders.length).toBeGreaterThan(0);
  });

  it("make no notices", () => {
    const early = statusOn("2016-01-05");
    expect(reminderNotices(early, reminderList(early, { start }))).toEqual([]);
  });
});

describe("one unit's reminders and status", () => {
  it("keep only what that unit owes", () => {
    const all = reminderList(july, { start });
    const mine = reminderList(july, { start, unit: TRANSPORT });
    expect(all.reminders.map((r) => r.unit)).toEqual(expect.arrayContaining([TRANSPORT, "省市场监管局", "有关设区市"]));
    expect(mine.unit).toBe(TRANSPORT);
    expect(mine.reminders.map((r) => r.unit)).toEqual([TRANSPORT]);
    expect(mine.reminders[0]!.tasks.map((t) => t.id)).toEqual(["1", "2", "4"]);
  });

  it("owe a report on an overdue target not reported since, as on one never reported", () => {
    const owed = reminderList(july, { start, unit: "省市场监管局" }).reminders[0]!;
    expect(owed.tasks).toEqual([{ id: "2", title: "压缩审批时间", lastPeriod: null, items: ["target 1: 3月底前企业开办时间压缩至3个工作日以内"] }]);
  });

  it("cut the status to the tasks the unit leads or supports, counted again", () => {
    const finance = statusForUnit(july, "省财政厅");
    expect(finance.tasks.map((t) => t.id)).toEqual(["1"]);
    expect(finance.overall).toMatchObject({ total: 1, lagging: ["1"] });
    expect(finance.byUnit.map((r) => [r.key, r.role])).toEqual([["省财政厅", "support"]]);
    expect(statusForUnit(july, TRANSPORT).tasks.map((t) => t.id)).toEqual(["1", "2", "4"]);
  });
});

describe("the 催办单", () => {
  const notices = reminderNotices(july, reminderList(july, { start }), { office: "省政府督查室" });
  const transport = notices.find((n) => n.unit === TRANSPORT)!;

  it("is one per unit that owes, addressed to it, for the plan and the period due", () => {
    expect(notices.map((n) => n.unit).sort()).toEqual(
      reminderList(july, { start })
        .reminders.map((r) => r.unit)
        .sort(),
    );
    expect(transport).toMatchObject({ plan: { id: plan.id, title: "2016年工作要点" }, period: "2016-06", asOf: "2016-07-05", office: "省政府督查室" });
  });

  it("lists overdue tasks first, each with the items owed and their deadlines", () => {
    expect(transport.tasks.map((t) => [t.id, t.overdue])).toEqual([
      ["2", true],
      ["1", false],
      ["4", false],
    ]);
    expect(transport.tasks[1]!.items).toEqual([
      { kind: "target", text: "新建农村公路7000公里", deadline: "2016-09-30", overdue: false },
      { kind: "target", text: "9月底前改造危桥300座", deadline: "2016-09-30", overdue: false },
    ]);
    expect(transport.tasks[2]!.items).toEqual([{ kind: "task", text: "加强组织实施", deadline: "2016-12-31", overdue: false }]);
    // A task whose only item is a milestone owes the milestone.
    expect(notices.find((n) => n.unit === "省发展改革委")!.tasks[0]!.items).toEqual([{ kind: "milestone", text: "第二季度制定出台对口支援工作计划", deadline: "2016-06-30", overdue: true }]);
  });

  it("gives five days to reply unless the office sets a date, and refuses one before the notice", () => {
    expect(transport.replyBy).toBe("2016-07-10");
    const owed = reminderList(july, { start, unit: TRANSPORT });
    expect(reminderNotices(july, owed, { replyBy: "2016-07-15" })[0]).toMatchObject({ replyBy: "2016-07-15", office: null });
    expect(() => reminderNotices(july, owed, { replyBy: "2016-07-01" })).toThrow(/replyBy: 2016-07-01 is before/);
    expect(() => reminderNotices(july, owed, { replyBy: "2016-07-32" })).toThrow(/replyBy/);
  });

  it("reads as Markdown: addressee, the period, a row per item with its deadline, the reply-by date, the office", () => {
    const md = reminderNoticeMarkdown(transport);
    expect(md.startsWith("# \u50AC\u529E\u5355\uFF082016\u5E746\u6708\uFF09\n")).toBe(true); // # 催办单（2016年6月）
    expect(md).toContain(`**${TRANSPORT}\uFF1A**`);
    expect(md).toContain("\u5176\u4E2D1\u9879\u5DF2\u903E\u671F"); // 其中1项已逾期
    const rows = md.split("\n").filter((l) => l.startsWith("| "));
    expect(rows[1]).toBe(
      "| 2 | \u538B\u7F29\u5BA1\u6279\u65F6\u95F4 | \u6307\u6807\uFF1A3\u6708\u5E95\u524D\u4F01\u4E1A\u5F00\u529E\u65F6\u95F4\u538B\u7F29\u81F33\u4E2A\u5DE5\u4F5C\u65E5\u4EE5\u5185 | 2016-03-31 | \u5DF2\u903E\u671F\uFF1B\u4ECE\u672A\u62A5\u9001 |",
    );
    expect(rows).toHaveLength(5);
    // The task itself owed: its title is beside it, not repeated.
    expect(rows[4]).toBe("| 4 | \u52A0\u5F3A\u7EC4\u7EC7\u5B9E\u65BD | \u4EFB\u52A1\u6574\u4F53\u8FDB\u5C55\u60C5\u51B5 | 2016-12-31 | \u4ECE\u672A\u62A5\u9001 |");
    expect(md).toContain("\u8BF7\u4E8E2016\u5E747\u670810\u65E5\u524D\u62A5\u9001"); // 请于2016年7月10日前报送
    expect(md.trimEnd().endsWith("\u7701\u653F\u5E9C\u7763\u67E5\u5BA4  \n2016\u5E747\u67085\u65E5")).toBe(true);
  });

  it("fits a chat robot's size, counting the tasks left out", () => {
    const many = parsePlan(`2016年工作要点\n${Array.from({ length: 60 }, (_, i) => `${i + 1}.推进第${i + 1}项重点工作。新建道路${i + 1}公里。(牵头单位:市交通局)`).join("\n")}\n`);
    const status = statusOn("2016-07-05", many);
    const [notice] = reminderNotices(status, reminderList(status, { start }));
    const chat = reminderNoticeChat(notice!, 4000);
    expect(new TextEncoder().encode(chat).length).toBeLessThanOrEqual(4000);
    const listed = chat.split("\n").filter((l) => /^\d+\. \*\*/.test(l)).length;
    expect(listed).toBeGreaterThan(5);
    expect(listed).toBeLessThan(60);
    expect(chat).toContain(`\u53E6\u6709${60 - listed}\u9879\u4EFB\u52A1`); // 另有N项任务
    expect(
      reminderNoticeChat(notice!, 100_000)
        .split("\n")
        .filter((l) => /^\d+\. \*\*/.test(l)),
    ).toHaveLength(60);
  });
});
