// biome-ignore-all format: the word tables are written as rows of simplified/traditional pairs, several to a line
// The columns of the progress sheet (进展情况填报表) as data: each role, the header the template
// writes, and the other headers people give the same column (in both scripts). The template
// writes from this table and the reader maps a sheet's header row with it, so a header word added
// here is written and read alike. Headers are matched folded (full-width ASCII folded), without
// spaces and without a bracketed remark: 累计完成（万元） and 累计完成(万元) are both 累计完成.

import { cleanName } from "../units/name.js";

/** What a column of the progress sheet holds. */
export type ProgressColumnRole =
  | "task"
  | "title"
  | "item"
  | "itemText"
  | "goal"
  | "expected"
  | "unit"
  | "period"
  | "value"
  | "status"
  | "note"
  | "evidence"
  | "problems"
  | "nextSteps";

/** A column of the sheet: the header the template writes, the headers read as the same column, whether the unit fills it in. */
export interface ProgressColumn {
  readonly role: ProgressColumnRole;
  readonly header: string;
  readonly synonyms: readonly string[];
  /** Filled in by the unit (unlocked in the template); the others are the office's. */
  readonly input: boolean;
  /** Width in characters, for the template. */
  readonly width: number;
  /** The report's field the column fills when read back (the item column: the target or milestone it names); none for the office's columns. */
  readonly field?: "task" | "target" | "unit" | "period" | "value" | "status" | "note" | "evidence";
}

/** The sheet's columns, in the template's order. */
export const PROGRESS_COLUMNS: readonly ProgressColumn[] = [
  { role: "task", header: "任务编号", synonyms: ["任務編號", "任务标识", "任務標識", "任务序号", "任務序號", "任务号", "任務號"], input: false, width: 10, field: "task" },
  { role: "title", header: "任务名称", synonyms: ["任務名稱", "工作任务", "工作任務", "任务", "任務", "重点任务", "重點任務"], input: false, width: 30 },
  { role: "item", header: "指标/节点", synonyms: ["指標/節點", "指标节点", "指標節點", "事项", "事項", "指标或节点", "指標或節點"], input: false, width: 10, field: "target" },
  { role: "itemText", header: "目标任务", synonyms: ["目標任務", "指标内容", "指標內容", "节点内容", "節點內容", "内容", "內容"], input: false, width: 36 },
  { role: "goal", header: "目标值", synonyms: ["目標值", "目标", "目標", "计划目标", "計劃目標"], input: false, width: 14 },
  { role: "expected", header: "截至本期应完成", synonyms: ["截至本期應完成", "序时进度", "序時進度", "本期应完成", "本期應完成", "应完成", "應完成"], input: false, width: 16 },
  { role: "unit", header: "责任单位", synonyms: ["責任單位", "填报单位", "填報單位", "单位", "單位"], input: false, width: 16, field: "unit" },
  { role: "period", header: "填报期间", synonyms: ["填報期間", "期间", "期間", "报告期", "報告期", "填报月份", "填報月份", "月份"], input: false, width: 10, field: "period" },
  { role: "value", header: "累计完成", synonyms: ["累計完成", "累计完成值", "累計完成值", "完成值", "实际完成", "實際完成", "截至本期完成"], input: true, width: 14, field: "value" },
  { role: "status", header: "完成状态", synonyms: ["完成狀態", "状态", "狀態", "推进状态", "推進狀態", "进度状态", "進度狀態"], input: true, width: 12, field: "status" },
  { role: "note", header: "进展情况", synonyms: ["進展情況", "工作进展", "工作進展", "推进情况", "推進情況", "完成情况", "完成情況"], input: true, width: 40, field: "note" },
  { role: "evidence", header: "佐证材料", synonyms: ["佐證材料", "佐证材料链接", "佐證材料鏈接", "佐证", "佐證", "证明材料", "證明材料", "附件链接", "附件鏈接"], input: true, width: 30, field: "evidence" },
  { role: "problems", header: "存在问题", synonyms: ["存在問題", "存在的问题", "存在的問題", "问题", "問題", "困难问题", "困難問題"], input: true, width: 30, field: "note" },
  { role: "nextSteps", header: "下步计划", synonyms: ["下步計劃", "下一步计划", "下一步計劃", "下步打算", "下一步打算", "下步工作", "下步工作计划", "下步工作計劃"], input: true, width: 30, field: "note" },
];

/** The column each report field is read from (the first that fills it; a milestone is named in the item column too). */
export const ROLE_OF_FIELD: Readonly<Record<string, ProgressColumnRole>> = Object.fromEntries([
  ...PROGRESS_COLUMNS.filter((c) => c.field !== undefined)
    .reverse()
    .map((c) => [c.field!, c.role] as const),
  ["milestone", "item"] as const,
]);

/** What the item column says: a target (指标2), a milestone (节点1), or the task itself (任务). */
export const ITEM_WORDS = {
  target: ["指标", "指標", "目标", "目標"],
  milestone: ["节点", "節點", "里程碑"],
  task: ["任务", "任務", "整体", "整體"],
} as const;

/** The statuses a unit may report for a task or milestone without a numeric target, by the words the sheet uses (the first is the template's). */
export const STATUS_WORDS = {
  "on-track": ["正常推进", "正常推進", "按计划推进", "按計劃推進", "正常", "推进中", "推進中"],
  "at-risk": ["存在风险", "存在風險", "有风险", "有風險", "风险", "風險"],
  behind: ["进度滞后", "進度滯後", "滞后", "滯後", "落后", "落後"],
  done: ["已完成", "完成", "已办结", "已辦結", "办结", "辦結"],
} as const;

/** Lines above the header that give the unit or the period for every row: 填报单位：省交通运输厅. */
export const META_LABELS = {
  unit: ["填报单位", "填報單位", "责任单位", "責任單位", "单位", "單位"],
  period: ["填报期间", "填報期間", "报告期", "報告期", "填报月份", "填報月份", "期间", "期間"],
} as const;

/** A header or label as it is matched: without invisible characters (cleanName), folded to ASCII punctuation (NFKC), without spaces and without a bracketed remark. */
export const headerKey = (text: string): string =>
  cleanName(text)
    .normalize("NFKC")
    .replace(/[([\u3010][^)\]\u3011]*[)\]\u3011]/g, "")
    .replace(/[\s*:]/g, "");
