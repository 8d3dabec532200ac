// The 通报's layout, once for every renderer: its sections in order, each a heading and blocks —
// paragraphs, tables of typed cells, charts. HTML, Markdown and Word walk these blocks; Excel puts
// the same tables on sheets. A cell carries its text, and its number and status light where it has
// one, so a workbook stores numbers and each format colours the same cells.

import { areaChart, type BarChart, rankingChart } from "./bar-chart.js";
import type { Bulletin, BulletinArea } from "./model.js";
import { dateLabel, periodLabel } from "../reminder-notice/words.js";
import { percent } from "./percent.js";
import { type Light, STATUS_LABEL, STATUS_LIGHT, STATUS_ORDER } from "./status-light.js";
import { extensionItem } from "./supervision.js";

/** One cell: its text as printed, and for figures the number behind it and how it reads. */
export interface BulletinCell {
  readonly text: string;
  readonly number?: number;
  /** count: a whole number; share: 0–1 printed as a percentage. */
  readonly kind?: "count" | "share";
  readonly light?: Light;
}

/** A table: a name (for a sheet or an id), its columns with widths in characters, its rows. */
export interface BulletinTable {
  readonly name: string;
  readonly columns: readonly { readonly title: string; readonly width: number }[];
  readonly rows: readonly (readonly BulletinCell[])[];
}

/** A block of a section. */
export type BulletinBlock =
  | { readonly kind: "paragraph"; readonly text: string }
  | { readonly kind: "subheading"; readonly text: string }
  | { readonly kind: "table"; readonly table: BulletinTable }
  | { readonly kind: "chart"; readonly id: string; readonly chart: BarChart };

/** A numbered section: 一、总体情况 … */
export interface BulletinSection {
  readonly heading: string;
  readonly blocks: readonly BulletinBlock[];
}

const text = (t: string | null | undefined): BulletinCell => ({ text: t === null || t === undefined || t === "" ? "\u2014" : t });
const count = (n: number, light?: Light): BulletinCell => ({ text: String(n), number: n, kind: "count", ...(light ? { light } : {}) });
const share = (x: number | null): BulletinCell => (x === null ? text(null) : { text: percent(x), number: x, kind: "share" });
const day = (iso: string | null | undefined) => (iso ? iso.slice(0, 10) : null);

/** The headline figures as a two-column table. */
export const summaryTable = (b: Bulletin): BulletinTable => ({
  name: "总体情况",
  columns: [
    { title: "项目", width: 22 },
    { title: "数值", width: 12 },
  ],
  rows: [
    [text("任务总数"), count(b.summary.tasks)],
    ...STATUS_ORDER.map((s) => [{ text: STATUS_LABEL[s], light: STATUS_LIGHT[s] }, count(b.summary.counts[s], STATUS_LIGHT[s])]),
    [text("完成率\uFF08量化指标平均\uFF09"), share(b.summary.completion)],
    [text("序时进度"), share(b.summary.timeElapsed)],
    [text("任务完成率"), share(b.summary.tasks === 0 ? null : b.summary.tasksAchieved)],
    [text("本期未报送单位"), count(b.summary.unitsOwing)],
    [text("已办结任务"), count(b.summary.closed)],
  ],
});

/** The tasks of one area with their status lights. */
export const areaTable = (area: BulletinArea): BulletinTable => ({
  name: area.name,
  columns: [
    { title: "序号", width: 6 },
    { title: "任务", width: 18 },
    { title: "状态", width: 9 },
    { title: "完成率", width: 8 },
    { title: "牵头单位", width: 28 },
    { title: "指标进展", width: 37 },
    { title: "最近报送", width: 11 },
    { title: "完成时限", width: 15 },
  ],
  rows: area.tasks.map((t) => [
    text(t.id),
    text(t.title),
    { text: t.statusLabel, light: t.light },
    share(t.completion),
    text(t.lead.join("\u3001")),
    text(t.progress),
    text(t.lastPeriod),
    text(t.deadline),
  ]),
});

/** The lead units in ranking order. */
export const rankingTable = (b: Bulletin): BulletinTable => ({
  name: "单位排名",
  columns: [
    { title: "名次", width: 6 },
    { title: "牵头单位", width: 26 },
    { title: "牵头任务", width: 9 },
    { title: "按期推进", width: 9 },
    { title: "滞后", width: 7 },
    { title: "未报送", width: 8 },
    { title: "按期率", width: 9 },
  ],
  rows: b.ranking.map((u) => [
    count(u.rank),
    text(u.unit),
    count(u.tasks),
    count(u.onTime, u.onTime > 0 ? "green" : undefined),
    count(u.late, u.late > 0 ? "red" : undefined),
    count(u.notReported, u.notReported > 0 ? "grey" : undefined),
    share(u.share),
  ]),
});

/** The late and overdue tasks, named with their lead units. */
export const namedTable = (b: Bulletin): BulletinTable => ({
  name: "点名任务",
  columns: [
    { title: "序号", width: 6 },
    { title: "任务", width: 24 },
    { title: "状态", width: 10 },
    { title: "牵头单位", width: 26 },
    { title: "完成时限", width: 14 },
    { title: "指标进展", width: 44 },
  ],
  rows: b.named.map((t) => [text(t.id), text(t.title), { text: t.statusLabel, light: STATUS_LIGHT[t.status] }, text(t.lead.join("\u3001")), text(t.deadline), text(t.progress)]),
});

/** Reports returned to their units, and why. */
export const returnedTable = (b: Bulletin): BulletinTable => ({
  name: "退回报告",
  columns: [
    { title: "任务", width: 28 },
    { title: "报送单位", width: 18 },
    { title: "期次", width: 10 },
    { title: "退回原因", width: 36 },
    { title: "退回日期", width: 13 },
  ],
  rows: b.returned.map((r) => [text(`${r.task} ${r.title}`), text(r.unit), text(r.period), text(r.reason), text(day(r.at))]),
});

/** Extensions the office approved. */
export const extensionTable = (b: Bulletin): BulletinTable => ({
  name: "延期事项",
  columns: [
    { title: "任务", width: 26 },
    { title: "申请单位", width: 18 },
    { title: "事项", width: 10 },
    { title: "原时限", width: 13 },
    { title: "延至", width: 13 },
    { title: "延期理由", width: 30 },
  ],
  rows: b.extensions.map((e) => [text(`${e.task} ${e.title}`), text(e.unit), text(extensionItem(e.item)), text(e.from), text(e.to), text(e.reason)]),
});

const NONE = "本期无\u3002";
const tableOrNone = (table: BulletinTable): BulletinBlock => (table.rows.length > 0 ? { kind: "table", table } : { kind: "paragraph", text: NONE });

/** The bulletin's sections in order: 总体情况, 单位排名, 存在问题, 延期事项, 下步要求. */
export const bulletinSections = (b: Bulletin): BulletinSection[] => [
  {
    heading: "一\u3001总体情况",
    blocks: [
      { kind: "paragraph", text: b.narrative.overall },
      { kind: "table", table: summaryTable(b) },
      { kind: "chart", id: "chart-areas", chart: areaChart(b) },
      ...b.areas.flatMap((a, i): BulletinBlock[] => [
        { kind: "subheading", text: `\uFF08${i + 1}\uFF09${a.name}` },
        { kind: "table", table: areaTable(a) },
      ]),
    ],
  },
  {
    heading: "二\u3001牵头单位排名",
    blocks: [
      {
        kind: "paragraph",
        text: "按牵头任务按期推进\uFF08含已完成\uFF09比例由高到低排列\uFF1B比例相同的\uFF0C未报送任务少者在前\uFF0C再按滞后任务少者在前\uFF1B仍相同的并列\uFF0C按单位名称排序\u3002",
      },
      tableOrNone(rankingTable(b)),
      ...(b.ranking.length > 0 ? [{ kind: "chart", id: "chart-ranking", chart: rankingChart(b) } as const] : []),
    ],
  },
  {
    heading: "三\u3001存在问题",
    blocks: [
      { kind: "paragraph", text: b.narrative.problems },
      { kind: "subheading", text: "\uFF08一\uFF09进度滞后和逾期未完成任务\uFF08点名\uFF09" },
      tableOrNone(namedTable(b)),
      { kind: "subheading", text: "\uFF08二\uFF09退回的进展报告" },
      tableOrNone(returnedTable(b)),
    ],
  },
  { heading: "四\u3001延期事项", blocks: [tableOrNone(extensionTable(b))] },
  { heading: "五\u3001下步要求", blocks: [{ kind: "paragraph", text: b.narrative.next }] },
];

/** The 文号 line: number, issuer and date (2016年7月1日), as far as they are given. */
export const numberLine = (b: Bulletin): string => [b.number, b.issuer, dateLabel(b.date)].filter(Boolean).join("\u3000");

/** The line under the title: the date the figures are as of and the period due. */
export const asOfLine = (b: Bulletin): string => `\uFF08数据截至${dateLabel(b.asOf)}${b.period ? `\uFF0C本期应报${periodLabel(b.period)}` : ""}\uFF09`;
