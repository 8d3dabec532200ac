// The header row of a task table (任务分解表): which column holds what, by the names in
// vocabulary.ts. A caller can name the columns when a table uses other headers.

import { fold } from "../text/source.js";
import { isDeadlineCell } from "./cell-kinds.js";
import { measureAt } from "./measures.js";
import { memo } from "./memo.js";
import { alternation, DEADLINE_LABEL, endsWithWord, OTHER_LABEL, ROLE_LABEL, roleOf } from "./labels.js";
import { HEADER_ENDINGS, HEADER_WORDS, YES_NO_OPENERS } from "./vocabulary.js";

/** What a column of a task table holds; `goal` is what the task is to reach (年度目标, 进度安排), read for targets and steps. */
export type ColumnRole = "number" | "area" | "title" | "task" | "goal" | "lead" | "responsible" | "support" | "deadline";

/** Every column role, in the order a task table usually prints them. */
export const COLUMN_ROLES: readonly ColumnRole[] = ["number", "area", "title", "task", "goal", "lead", "responsible", "support", "deadline"];

/**
 * Which column holds what; `task` is required. `stages` are columns headed by a date (第一季度,
 * 6月底前): each cell is a step due then.
 */
export type ColumnMap = Partial<Record<ColumnRole, number>> & {
  task: number;
  stages?: readonly { column: number; header: string }[];
  /** Columns of bare numbers in the measure their header prints: 年度投资金额(万元). */
  measures?: readonly { column: number; header: string; measure: string }[];
  /** The area is the first of two task-like columns: the rows' cells say whether it is one (see rowsToSources). */
  areaFromTask?: true;
};

/** Header names to look for, overriding the usual ones: { task: "工作内容", lead: "主责处室" }. */
export type ColumnNames = Partial<Record<ColumnRole, string>>;

const MAX_NAME = 24;
// A key of a key/value table ends with a colon: 牵头单位:.
const normalise = (header: string) => fold(header).replace(/\s+/g, "").replace(/:$/, "").toLowerCase();

const WORDS = new Map<string, ColumnRole>((["number", "area", "title", "task", "goal"] as const).flatMap((role) => HEADER_WORDS[role].map((w) => [normalise(w), role] as const)));
const TRAILING_REMARK = /\([^()]*\)$/;
// A header naming two things names its first: 责任单位及责任人, 牵头单位/配合单位.
const PARTS = /[/、及和与與]/;

/**
 * What a header names: a column role, "other" for people, notes and progress (责任领导, 进展情况:
 * never units, never targets), or null for a name we do not know. 责任单位/配合单位 takes its first part's role.
 */
export const headerRole = (raw: string): ColumnRole | "other" | null => roleOfHeader(raw);
const roleOfHeader = memo((raw: string): ColumnRole | "other" | null => {
  const header = normalise(raw).replace(/^[|]+|[|]+$/g, "");
  if (header === "") return null;
  // A remark in brackets after the name (重点工作任务(杭州市2项配合工作), 投资(万元)) names nothing.
  const bare = header.replace(TRAILING_REMARK, "");
  if (bare !== header && bare !== "") {
    const role = roleOfHeader(bare);
    if (role !== null) return role;
  }
  // The whole name, then each of its parts; a part naming a role outweighs one naming people.
  let people = false;
  for (const part of [header, ...header.split(PARTS)]) {
    const word = WORDS.get(part);
    if (word) return word;
    if (DEADLINE_LABEL.test(part)) return "deadline";
    if (ROLE_LABEL.test(part)) return roleOf(part);
    people ||= OTHER_LABEL.test(part);
  }
  if (people || YES_NO.test(header)) return "other";
  // A name the lists do not hold, by how it ends: 计划完成时间, 民生实事, 实事项目.
  if (header.length <= MAX_NAME / 2) {
    if (deadlineEnding(header)) return "deadline";
    if (goalEnding(header)) return "goal";
    if (taskEnding(header)) return "task";
    if (titleEnding(header)) return "title";
  }
  return null;
});

const YES_NO = new RegExp(`^(?:${alternation(YES_NO_OPENERS)})`);
const deadlineEnding = endsWithWord(HEADER_ENDINGS.deadline);
const goalEnding = endsWithWord(HEADER_ENDINGS.goal);
const taskEnding = endsWithWord(HEADER_ENDINGS.task);
const titleEnding = endsWithWord(HEADER_ENDINGS.title);

/**
 * Maps a header row to column roles; null unless it names a task column and one other known
 * column. Where two columns are task-like (工作任务 | 具体要求), the first, wider-grained one is the area.
 */
export const mapColumns = (headers: readonly string[], names: ColumnNames = {}): ColumnMap | null => {
  const map: Partial<Record<ColumnRole, number>> = {};
  let areaFromTask = false;
  const stages: { column: number; header: string }[] = [];
  const measures: { column: number; header: string; measure: string }[] = [];
  const wanted = new Map(Object.entries(names).map(([role, name]) => [normalise(name!), role as ColumnRole]));
  headers.forEach((raw, i) => {
    // A caller's name for a role replaces the usual names of that role; other roles keep theirs.
    const usual = headerRole(raw);
    const role = wanted.get(normalise(raw)) ?? (usual !== null && usual !== "other" && names[usual] !== undefined ? null : usual);
    if (role === null && raw.trim() !== "" && isDeadlineCell(raw)) stages.push({ column: i, header: raw.trim() });
    const measure = role === null || role === "goal" ? headerMeasure(raw) : null;
    if (measure) measures.push({ column: i, header: raw.trim().replace(/\s*[(\uFF08][^()\uFF08\uFF09]*[)\uFF09]$/, ""), measure });
    if (role === null || role === "other") return;
    // Of two task-like columns, the first is the area (工作任务 | 具体要求); where the table has an
    // area already, the second says what the task is to reach (主要任务 | 细化措施).
    if (role === "task" && map.task !== undefined) {
      if (map.area === undefined) {
        [map.area, map.task] = [map.task, i];
        areaFromTask = true;
      } else map.goal ??= i;
      return;
    }
    map[role] ??= i;
  });
  // Without a task column, the title column names the work (and stays its title, whole), else the goal column.
  if (map.task === undefined && map.title !== undefined) map.task = map.title;
  if (map.task === undefined && map.goal !== undefined) {
    map.task = map.goal;
    delete map.goal;
  }
  const known = new Set(Object.values(map)).size + stages.length;
  if (map.task === undefined || known < 2) return null;
  return {
    ...(map as ColumnMap),
    ...(stages.length > 0 ? { stages } : {}),
    ...(measures.length > 0 ? { measures } : {}),
    ...(areaFromTask && map.area !== undefined ? { areaFromTask: true as const } : {}),
  };
};

/** True when a cell could be a column name: a known one, or a short word with no digits or sentence punctuation. */
export const looksLikeHeader = (text: string): boolean => {
  // No column name is long: a paragraph is passed over before it is normalised.
  if (text.length > MAX_NAME) return false;
  const folded = normalise(text).replace(MEASURE_IN_BRACKETS, "");
  return headerRole(text) !== null || (folded.length > 0 && folded.length <= 6 && !/[\d,.;:。、()]/.test(folded));
};

// A column's unit of measure, printed in brackets after its name: 年度投资金额(万元), 新增面积(亩).
const MEASURE_IN_BRACKETS = /\(\s*([^()]{1,6})\s*\)$/;

/** The unit of measure a header prints for its column's numbers (万元 in 投资金额(万元)), if any. */
export const headerMeasure = (raw: string): string | null => {
  const m = MEASURE_IN_BRACKETS.exec(normalise(raw));
  if (!m) return null;
  const word = m[1]!;
  const bare = word.replace(/^[十百千万萬亿億]+/, "");
  return bare !== "" && measureAt(bare, 0)?.printed === bare ? word : null;
};
