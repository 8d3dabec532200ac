// The words of a 催办单, as data: the renderings (Markdown, Word, chat) read them from here.

import type { NoticeItem } from "./notice.js";

/** The fixed words of a 催办单 and its chat message. */
export const NOTICE_WORDS = {
  title: "催办单",
  columns: ["序号", "任务", "未报事项", "时限", "说明"],
  overdue: "已逾期",
  noDeadline: "—",
  lastReported: (period: string | null) => (period === null ? "从未报送" : `最近报送\uFF1A${periodLabel(period)}`),
  more: (n: number) => `另有${n}项未列出`,
  moreTasks: (n: number) => `……另有${n}项任务\uFF0C详见催办单`,
  greeting: (unit: string) => `${unit}\uFF1A`,
  body: (plan: string, asOf: string, period: string, tasks: number, overdue: number) =>
    `按照\u300A${plan}\u300B调度安排\uFF0C截至${dateLabel(asOf)}\uFF0C贵单位承担的以下${tasks}项任务尚未报送${periodLabel(period)}进展情况${overdue > 0 ? `\uFF0C其中${overdue}项已逾期` : ""}\u3002`,
  replyBy: (date: string) => `请于${dateLabel(date)}前报送进展情况\uFF08含完成数值\u3001进展说明及佐证材料\uFF09\uFF1B确有困难的\uFF0C请书面说明原因\u3002`,
  signature: (office: string | null, asOf: string) => [office ?? "", dateLabel(asOf)].filter((line) => line !== ""),
} as const;

/** What each kind of item is called in a notice. */
export const ITEM_KIND_LABEL: Record<NoticeItem["kind"], string> = { target: "指标", milestone: "节点", task: "任务整体进展情况" };

/** An item as a notice lists it: 指标\uFF1A<text>, 节点\uFF1A<text>, or for the task itself just what is owed (its title is beside it). */
export const itemLabel = (item: NoticeItem): string => (item.kind === "task" ? ITEM_KIND_LABEL.task : `${ITEM_KIND_LABEL[item.kind]}\uFF1A${item.text}`);

const QUARTERS = ["一", "二", "三", "四"];

/** A period as a notice writes it: 2016-06 → 2016年6月, 2016-Q2 → 2016年第二季度. */
export const periodLabel = (period: string): string => {
  const m = /^(\d{4})-(?:(\d{2})|Q([1-4]))$/.exec(period);
  if (!m) return period;
  return m[2] ? `${m[1]}年${Number(m[2])}月` : `${m[1]}年第${QUARTERS[Number(m[3]) - 1]}季度`;
};

/** A date as a notice writes it: 2016-07-05 → 2016年7月5日. */
export const dateLabel = (date: string): string => {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  return m ? `${m[1]}年${Number(m[2])}月${Number(m[3])}日` : date;
};
