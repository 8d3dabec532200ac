// The dispatch report (调度通报) of a plan as of a date: summary figures, a table per area, the
// lagging tasks with their lead units, and the units that have not reported for the period due.
// Built once as a neutral document, then rendered as Markdown, HTML or a workbook.

import type { PlanStatus, Status, TaskAssessment } from "../models/status.js";
import type { Reminder } from "../models/reminder.js";
import { toMarkdown } from "./delimited.js";
import { formatQuantity } from "../quantity/format.js";
import type { SheetData } from "../formats/xlsx-write.js";

/** Each status as a dispatch report prints it (正常推进, 逾期未完成…). */
export const STATUS_LABEL: Record<Status, string> = {
  achieved: "已完成",
  "on-track": "正常推进",
  "at-risk": "存在风险",
  behind: "进度滞后",
  overdue: "逾期未完成",
  "not-reported": "未报送",
};
/** The traffic light of 督查督办 systems. */
export const STATUS_LIGHT: Record<Status, "green" | "yellow" | "red" | "grey"> = {
  achieved: "green",
  "on-track": "green",
  "at-risk": "yellow",
  behind: "red",
  overdue: "red",
  "not-reported": "grey",
};

/** A heading and its table, the first row the header. */
export interface ReportSection {
  readonly heading: string;
  readonly rows: string[][];
}

/** A dispatch report before it is rendered: title, subtitle, summary figures and sections of rows. */
export interface ReportDocument {
  readonly title: string;
  readonly subtitle: string;
  readonly summary: readonly (readonly [string, string])[];
  readonly sections: readonly ReportSection[];
}

const percent = (x: number) => `${Math.round(x * 100)}%`;
const progressText = (t: TaskAssessment) =>
  t.targets.map((x) => `${x.text}:${x.actual === null ? "未报" : formatQuantity(x.actual, x.unit)}${x.ratio === null ? "" : `(进度比${x.ratio.toFixed(2)})`}`).join(";");
const taskRow = (t: TaskAssessment) => [t.id, t.title, STATUS_LABEL[t.status], t.lead.join("、"), progressText(t), t.lastPeriod ?? "—"];
const TASK_HEADER = ["序号", "任务", "状态", "牵头单位", "指标进展", "最近报送"];

/**
 * The dispatch report (调度通报) of a plan's status: summary figures, a table per area, the
 * lagging tasks and the units that owe reports for the period due.
 */
export const dispatchReport = (status: PlanStatus, owed: readonly Reminder[]): ReportDocument => {
  const { overall } = status;
  const lagging = status.tasks.filter((t) => overall.lagging.includes(t.id));
  const areas = [...new Set(status.tasks.map((t) => t.area ?? "未分领域"))];
  return {
    title: `${status.title || status.planId}调度通报`,
    subtitle: `截至${status.asOf} · 本期应报:${status.duePeriod ?? "尚无"}`,
    summary: [
      ["任务总数", String(overall.total)],
      ...(Object.keys(STATUS_LABEL) as Status[]).map((s) => [STATUS_LABEL[s], String(overall.counts[s])] as const),
      ["正常推进及已完成占比", percent(overall.shareOnTrack)],
      ["未报送单位", String(owed.length)],
    ],
    sections: [
      ...areas.map((area) => ({
        heading: `${area}(${percent(status.byArea.find((a) => a.key === area)?.shareOnTrack ?? 0)}正常)`,
        rows: [TASK_HEADER, ...status.tasks.filter((t) => (t.area ?? "未分领域") === area).map(taskRow)],
      })),
      { heading: "滞后任务", rows: [TASK_HEADER, ...lagging.map(taskRow)] },
      {
        heading: `本期未报送单位(${status.duePeriod ?? "—"})`,
        rows: [["单位", "应报任务"], ...owed.map((r) => [r.unit, r.tasks.map((t) => `${t.id} ${t.title}`).join(";")])],
      },
    ],
  };
};

/** The report as Markdown: a heading and a table per section. */
export const reportToMarkdown = (doc: ReportDocument): string =>
  [
    `# ${doc.title}`,
    "",
    doc.subtitle,
    "",
    toMarkdown([["项目", "数值"], ...doc.summary.map((r) => [...r])]),
    ...doc.sections.flatMap((s) => [`## ${s.heading}`, "", s.rows.length > 1 ? toMarkdown(s.rows) : "无。\n"]),
  ].join("\n");

const escapeHtml = (text: string) => text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
const LIGHT_BY_LABEL = new Map(Object.entries(STATUS_LABEL).map(([s, label]) => [label, STATUS_LIGHT[s as Status]]));

const htmlTable = (rows: readonly string[][]) => {
  if (rows.length <= 1) return "<p>无。</p>";
  const [head, ...body] = rows;
  const cell = (c: string) => {
    const light = LIGHT_BY_LABEL.get(c);
    return light ? `<td class="light ${light}">${escapeHtml(c)}</td>` : `<td>${escapeHtml(c)}</td>`;
  };
  return `<table><thead><tr>${head!.map((h) => `<th>${escapeHtml(h)}</th>`).join("")}</tr></thead><tbody>${body.map((r) => `<tr>${r.map(cell).join("")}</tr>`).join("")}</tbody></table>`;
};

/** The report as one self-contained HTML page, each status cell coloured by its STATUS_LIGHT. */
export const reportToHtml = (doc: ReportDocument): string => `<!doctype html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>${escapeHtml(doc.title)}</title>
<style>body{font-family:system-ui,"Noto Sans CJK SC",sans-serif;margin:2rem;color:#222}table{border-collapse:collapse;margin:.5rem 0 1.5rem}th,td{border:1px solid #ccc;padding:.3rem .6rem;text-align:left;vertical-align:top}th{background:#f3f3f3}.light.green{background:#dff3e3}.light.yellow{background:#fff4cc}.light.red{background:#fbdcdc}.light.grey{background:#eee}</style>
</head><body><h1>${escapeHtml(doc.title)}</h1><p>${escapeHtml(doc.subtitle)}</p>
${htmlTable([["项目", "数值"], ...doc.summary.map((r) => [...r])])}
${doc.sections.map((s) => `<h2>${escapeHtml(s.heading)}</h2>${htmlTable(s.rows)}`).join("\n")}
</body></html>
`;

/** The report as worksheets for writeXlsx: a summary sheet, then one per section. */
export const reportToSheets = (doc: ReportDocument): SheetData[] => [
  { name: "概况", rows: [[doc.title], [doc.subtitle], [], ["项目", "数值"], ...doc.summary.map((r) => [...r])], widths: [24, 12] },
  ...doc.sections.map((s, i) => ({ name: `${i + 1} ${s.heading}`.slice(0, 31), rows: s.rows, widths: [8, 30, 12, 24, 50, 12] })),
];
