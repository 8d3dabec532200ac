// Task tables (任务分解表): the same columns whether they arrive flattened into text, as CSV,
// as a spreadsheet or as a table in a Word document. Headers are recognised by name; a caller
// can name the columns when a table uses other headers.

import type { UnitRef, UnitRole } from "../models/unit.js";
import { Joined } from "../text/source.js";
import { matchMarker } from "./markers.js";
import type { TaskSource } from "./task.js";
import { namesIn } from "./units.js";
import { fold, type SourceLine } from "../text/source.js";

export type ColumnRole = "number" | "area" | "title" | "task" | "lead" | "responsible" | "support" | "deadline";

export const COLUMN_ROLES: readonly ColumnRole[] = ["number", "area", "title", "task", "lead", "responsible", "support", "deadline"];

const HEADERS: Record<ColumnRole, RegExp> = {
  number: /^(?:序号|序號|编号|編號|序|任务编号|任務編號|no\.?|#)$/i,
  area: /^(?:领域|領域|类别|類別|重点领域|重點領域|板块|板塊|工作类别|工作類別|方面)$/,
  title: /^(?:任务名称|任務名稱|标题|標題|事项|事項|工作事项|工作事項|项目名称|項目名稱)$/,
  task: /^(?:工作任务|工作任務|主要任务|主要任務|重点任务|重點任務|具体任务|具體任務|任务内容|任務內容|工作内容|工作內容|任务|任務|工作措施|主要措施|重点工作|重點工作|具体措施|具體措施|任务举措|任務舉措|目标任务|目標任務)$/,
  lead: /^(?:牵头单位|牽頭單位|牵头部门|牽頭部門|主办单位|主辦單位)$/,
  responsible: /^(?:责任单位|責任單位|责任部门|責任部門|主责单位|主責單位|承办单位|承辦單位)$/,
  support: /^(?:配合单位|配合單位|协同单位|協同單位|参与单位|參與單位|协办单位|協辦單位|配合部门|配合部門)$/,
  deadline: /^(?:完成时限|完成時限|时限|時限|完成时间|完成時間|时间节点|時間節點|完成期限|时间要求|時間要求)$/,
};

/** Which column holds what; `task` is required. */
export type ColumnMap = Partial<Record<ColumnRole, number>> & { task: number };

/** Header names to look for, overriding the usual ones: { task: "工作内容", lead: "主责单位" }. */
export type ColumnNames = Partial<Record<ColumnRole, string>>;

export interface Cell {
  readonly text: string;
  readonly line: number;
  readonly column: number;
  /** A copy of a merged cell's value (spreadsheets): it does not start a new row. */
  readonly merged?: boolean;
}

const normalise = (header: string) => fold(header).replace(/\s+/g, "");

/** Maps a header row to column roles; null unless it names a task column and one other known column. */
export const mapColumns = (headers: readonly string[], names: ColumnNames = {}): ColumnMap | null => {
  const map: Partial<Record<ColumnRole, number>> = {};
  headers.forEach((raw, i) => {
    const header = normalise(raw);
    if (header === "") return;
    for (const role of COLUMN_ROLES) {
      if (map[role] !== undefined) continue;
      const wanted = names[role];
      const matches = wanted !== undefined ? header === normalise(wanted) : header.split(/[/、]/).some((part) => HEADERS[role].test(part));
      if (matches) {
        map[role] = i;
        return;
      }
    }
  });
  if (map.task === undefined && map.title !== undefined) {
    map.task = map.title;
    delete map.title;
  }
  const known = Object.keys(map).length;
  return map.task !== undefined && known >= 2 ? (map as ColumnMap) : null;
};

/** Turns table rows (after the header) into task sources; a row without a number continues the one before. */
export const rowsToSources = (rows: readonly (readonly Cell[])[], map: ColumnMap): TaskSource[] => {
  const sources: TaskSource[] = [];
  let counter = 0;
  let pending: { cells: Cell[][]; number: string; line: number; column: number } | null = null;
  const flush = () => {
    if (pending) sources.push(toSource(pending.cells, map, pending.number, pending.line, pending.column));
    pending = null;
  };
  for (const row of rows) {
    if (row.every((c) => c.text.trim() === "")) continue;
    const numberCell = map.number === undefined ? undefined : row[map.number];
    const number = numberCell?.text.trim().replace(/[.、.]$/, "") ?? "";
    const continues = map.number !== undefined && (number === "" || numberCell?.merged === true) && pending !== null;
    if (continues) {
      row.forEach((cell, i) => pending!.cells[i]?.push(cell));
      continue;
    }
    flush();
    const first = row.find((c) => c.text.trim() !== "")!;
    pending = {
      cells: row.map((c) => [c]),
      number: number || String(++counter),
      line: numberCell?.line ?? first.line,
      column: numberCell?.column ?? first.column,
    };
    if (number) counter = Number(number) || counter;
  }
  flush();
  return sources;
};

const ROLE_COLUMNS: readonly [ColumnRole, UnitRole][] = [
  ["lead", "lead"],
  ["responsible", "responsible"],
  ["support", "support"],
];

const toSource = (cells: readonly Cell[][], map: ColumnMap, number: string, line: number, column: number): TaskSource => {
  const joined = (i: number | undefined) => new Joined(i === undefined ? [] : (cells[i] ?? []).map((c) => ({ ...c, text: c.text.trim() })));
  const title = map.title === undefined ? "" : joined(map.title).text;
  const taskCells = cells[map.task] ?? [];
  // A separate title column goes first, ended with 。 so that it stays the title.
  const pieces = [
    ...(title ? [{ line: cells[map.title!]![0]!.line, column: cells[map.title!]![0]!.column, text: title.replace(/[。.]?$/, "。") }] : []),
    ...taskCells.map((c) => ({ ...c, text: c.text.trim() })),
  ];
  const units: UnitRef[] = ROLE_COLUMNS.flatMap(([col, role]) => {
    const cell = joined(map[col]);
    // A cell may list its units on separate lines or with spaces between them.
    return namesIn(cell, 0, cell.text.length, role, "、,,;; \n");
  });
  const area = map.area === undefined ? "" : joined(map.area).text;
  return {
    number,
    path: [number],
    line,
    column,
    block: new Joined(pieces),
    area: area || null,
    units,
    ...(map.deadline === undefined ? {} : { deadlineCell: joined(map.deadline) }),
  };
};

/** Splits a line of a flattened table into cells: tabs, pipes (Markdown), or runs of spaces. */
export const splitRow = (line: SourceLine, expected?: number): Cell[] | null => {
  const text = line.text;
  let parts: string[];
  if (text.includes("\t")) parts = text.split("\t");
  else if (/^\s*\|/.test(text)) {
    if (/^[\s|:\-]+$/.test(text)) return null;
    parts = text.trim().replace(/^\||\|$/g, "").split("|");
  } else {
    parts = text.trim().split(/[ \u3000]{2,}/);
    if (expected !== undefined && parts.length < expected) parts = text.trim().split(/[ \u3000]+/);
  }
  const cells: Cell[] = [];
  let offset = 0;
  for (const part of parts) {
    const at = text.indexOf(part, offset);
    const start = at < 0 ? offset : at;
    const lead = part.length - part.trimStart().length;
    cells.push({ text: part.trim(), line: line.number, column: start + lead + 1 });
    offset = start + part.length;
  }
  return cells;
};

/** Fits a row to the header: extra cells belong to the task column (its text may hold spaces). */
const fit = (cells: Cell[], map: ColumnMap, width: number): Cell[] => {
  if (cells.length <= width) return cells;
  const extra = cells.length - width;
  const taskCells = cells.slice(map.task, map.task + extra + 1);
  const merged: Cell = { ...taskCells[0]!, text: taskCells.map((c) => c.text).join(" ") };
  return [...cells.slice(0, map.task), merged, ...cells.slice(map.task + extra + 1)];
};

const continuation = (line: SourceLine, map: ColumnMap, width: number): Cell[] =>
  Array.from({ length: width }, (_, i) => ({
    text: i === map.task ? line.text.trim() : "",
    line: line.number,
    column: i === map.task ? line.text.length - line.text.trimStart().length + 1 : 1,
  }));

export interface TextTable {
  readonly headerLine: number;
  /** Line numbers the table occupies (header and rows). */
  readonly lines: ReadonlySet<number>;
  readonly sources: TaskSource[];
}

const MAX_HEADER = 200;

/** Tables flattened into the lines of a text document: a header line, then rows up to the next numbered heading. */
export const findTextTables = (lines: readonly SourceLine[], names: ColumnNames = {}): TextTable[] => {
  const tables: TextTable[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    // A header is a short line of column names; cheap tests first: it names a task column, so it
    // holds 任务/任務/工作/措施/事项 (or a caller's name).
    if (line.text.length > MAX_HEADER) continue;
    if (!/任[务務]|工作|措施|事[项項]|内容|內容/.test(line.text) && Object.keys(names).length === 0) continue;
    const header = splitRow(line, 2);
    if (!header || header.length < 2) continue;
    const map = mapColumns(header.map((c) => c.text), names);
    if (!map) continue;
    const taken = new Set([lines[i]!.number]);
    const rows: Cell[][] = [];
    let j = i + 1;
    for (; j < lines.length; j++) {
      const line = lines[j]!;
      if (line.text.trim() === "") continue;
      // A heading (一、 (二)) ends the table; rows may be numbered 1. 2. themselves.
      const marker = matchMarker(fold(line.text));
      if (marker && marker.style !== "num") break;
      taken.add(line.number);
      const cells = splitRow(line, header.length);
      if (!cells) continue;
      const numbered = map.number === undefined || /^\d+[.、.]?$/.test(cells[map.number]?.text ?? "");
      // A short line without a number is the task text wrapped onto the next line.
      rows.push(cells.length < header.length && !numbered ? continuation(line, map, header.length) : fit(cells, map, header.length));
    }
    tables.push({ headerLine: lines[i]!.number, lines: taken, sources: rowsToSources(rows, map) });
    i = j - 1;
  }
  return tables;
};
