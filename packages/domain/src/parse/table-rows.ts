// The rows of a task table, whatever produced them (a text page, CSV, a spreadsheet, a Word
// table), aligned to the header and turned into task sources. Real pages merge cells, so a row
// may lack its leading cells (the area of the row above), carry empty trailing cells, put a
// section (一、…) in its first cell, add an unlabelled number column, or print the number inside
// the task cell (1.…). Rows are aligned at their number, the one cell every task row has; a row
// whose cells then do not fit their columns (a unit under the deadline, progress under the units)
// is aligned by what its cells hold (align-row.ts).

import type { UnitRef } from "../models/unit.js";
import { fold, Joined, trimTrailingPunctuation } from "../text/source.js";
import { alignByContent, fitOf, splitByContent, type ColumnKind } from "./align-row.js";
import { cellKind, type CellKind } from "./cell-kinds.js";
import { matchMarker } from "./markers.js";
import { BARE_NUMBER, SHORT_NAME } from "./shapes.js";
import { headerRole, type ColumnMap } from "./table-header.js";
import type { TaskSource } from "./task.js";
import { unitsInCell } from "./units.js";
import { endsWithWord, isFootnote } from "./labels.js";
import { SUB_HEADER_ENDINGS } from "./vocabulary.js";

/** One cell of a table row, where it stands in the file (1-based). */
export interface Cell {
  readonly text: string;
  readonly line: number;
  readonly column: number;
  /** A copy of a merged cell's value (spreadsheets): it does not start a new row. */
  readonly merged?: boolean;
}

interface Anchor {
  readonly index: number;
  readonly number: string;
  /** A number in a cell of its own (1), not one that opens the task's text (1.…). */
  readonly bare: boolean;
  /** Where the task's text starts in a numbered cell. */
  readonly textStart: number;
}

/** The cell that numbers a row: a bare number, or a task cell that opens with 1. / (1). */
export const rowAnchor = (cells: readonly Cell[], map: ColumnMap): Anchor | null => {
  // The number stands at or before the task column, give or take the unlabelled number column.
  const reach = Math.min(cells.length, map.task + 2);
  for (let i = 0; i < reach; i++) {
    const folded = fold(cells[i]!.text);
    const bare = BARE_NUMBER.exec(folded);
    if (bare) return { index: i, number: bare[1]!, bare: true, textStart: 0 };
    const marker = matchMarker(folded);
    // A weak number (2021.8, 1.5万) is a date or a decimal in a cell, not the row's number.
    if (marker && !marker.weak && (marker.style === "num" || marker.style === "num-paren") && folded.slice(marker.end).trim() !== "") {
      return { index: i, number: marker.number, bare: false, textStart: marker.end };
    }
  }
  return null;
};

/** The column whose text a number opens (1.…): the title column where it comes first, else the task's. */
const numberedColumn = (map: ColumnMap): number => (map.title !== undefined && map.title < map.task ? map.title : map.task);

/** How many cells a row has after its anchor, by the header. */
export const cellsAfterAnchor = (anchor: Anchor, map: ColumnMap, width: number): number =>
  !anchor.bare ? width - 1 - numberedColumn(map) : map.number !== undefined ? width - 1 - map.number : width - map.task;

/** What each column of the header holds, for aligning rows by content; a column the map does not name holds other things (people, progress). */
const columnKinds = (map: ColumnMap, width: number): ColumnKind[] => {
  const kinds: ColumnKind[] = Array.from({ length: width }, () => "other");
  const set = (i: number | undefined, kind: ColumnKind) => {
    if (i !== undefined && i < width) kinds[i] = kind;
  };
  for (const role of ["area", "title", "goal"] as const) set(map[role], "text");
  for (const stage of map.stages ?? []) set(stage.column, "text");
  for (const role of UNIT_COLUMNS) set(map[role], "units");
  set(map.number, "number");
  set(map.deadline, "deadline");
  set(map.task, "task");
  return kinds;
};

/** Indices of the row's cells by header column, by position: at its number, or right-aligned without one. */
const placeByPosition = (cells: readonly Cell[], anchor: Anchor | null, map: ColumnMap, width: number): (number | undefined)[] => {
  const at = (i: number) => (i >= 0 && i < cells.length ? i : undefined);
  // A row without a number that is short of cells and opens with text lost its leading cells to
  // merged cells above it; one that opens with an empty cell keeps its places. Empty cells at its
  // end are the merged cells' edges, not columns.
  if (anchor === null) {
    let filled = cells.length;
    while (filled > 0 && cells[filled - 1]!.text.trim() === "") filled--;
    const missing = cells[0]?.text.trim() ? Math.max(0, width - filled) : 0;
    return Array.from({ length: width }, (_, j) => at(j - missing));
  }
  const a = anchor.index;
  return Array.from({ length: width }, (_, j) => {
    const numbered = numberedColumn(map);
    if (!anchor.bare) return at(a + j - numbered);
    if (map.number !== undefined) return at(a + j - map.number);
    // A number column the header does not name stands just before the task column.
    return j < map.task ? at(a - (map.task - j)) : at(a + 1 + j - map.task);
  });
};

/**
 * The row's cells by header column (undefined where the row has none: a merged cell above it):
 * by position where every cell then fits its column, else by what the cells hold.
 */
const align = (cells: readonly Cell[], anchor: Anchor | null, map: ColumnMap, width: number): (Cell | undefined)[] => {
  const columns = columnKinds(map, width);
  const kinds: CellKind[] = cells.map((c) => cellKind(c.text));
  const positional = placeByPosition(cells, anchor, map, width);
  // A bare number in a column the header does not name is the row's number, no column's cell.
  const unlabelled = anchor?.bare === true && map.number === undefined ? anchor.index : -1;
  const placed = new Set(positional);
  // Outer sections before the number (一、… | (一)… | 1 |) need no column of their own: the nearest is the area.
  const outerSection = (i: number) => anchor !== null && i < anchor.index && isSection(cells[i]!.text);
  const fits = positional.every((i, j) => i === undefined || fitOf(kinds[i]!, columns[j]!) >= 0) && kinds.every((kind, i) => kind === "empty" || i === unlabelled || placed.has(i) || outerSection(i));
  // A row of far more cells than columns is no row a page gave (a run of cells with no number):
  // it is read by position, and aligning it would cost in proportion to its length times the header's.
  const aligned = !fits && cells.length <= MAX_ALIGNED_CELLS;
  // Empty cells after a row's last text (a page's closing |||) hold no column of their own: by
  // content, the row's texts are placed without them.
  const lastText = kinds.findLastIndex((kind) => kind !== "empty");
  const held = lastText < 0 ? kinds : kinds.slice(0, lastText + 1);
  const byColumn = aligned
    ? byContent(
        held,
        columns,
        unlabelled,
        anchor ? "left" : "right",
        positional.map((i) => (i !== undefined && i < held.length ? i : undefined)),
      )
    : positional.map((i) => (i === undefined ? [] : [i]));
  return byColumn.map((indices) => joinCells(indices.map((i) => (anchor && !anchor.bare && i === anchor.index ? stripNumber(cells[i]!, anchor.textStart) : cells[i]!))));
};

/** Cells that one column takes, as one: their texts joined at a space (empty ones left out). */
const joinCells = (cells: readonly Cell[], separator = " "): Cell | undefined => {
  const own = cells.length === 1 ? cells : cells.filter((c) => c.text.trim() !== "");
  if (own.length <= 1) return own[0];
  return { ...own[0]!, text: own.map((c) => c.text.trim()).join(separator) };
};

/**
 * The cells of a row printed a paragraph per cell (from its number to the next), as the row and
 * the rows that continue it, each cell under its column: a cell per column, empty where none.
 */
export const paragraphRows = (cells: readonly Cell[], map: ColumnMap, width: number): Cell[][] => {
  if (cells.length > MAX_ALIGNED_CELLS) return [[...cells]];
  // A row whose number opens its task's text (1.妇女…) starts at that column: the columns before
  // it (an area's merged cell) are not printed in it, nor in the rows that continue it.
  const from = cells[0] && rowAnchor([cells[0]], { task: 0 })?.bare === false ? numberedColumn(map) : 0;
  const empty: Cell = { text: "", line: cells[0]?.line ?? 0, column: 1 };
  const columns = columnKinds(map, width).slice(from);
  // Paragraphs of one unit column are a name each (the line between them stays); others are one text.
  const join = (indices: number[], column: number) =>
    joinCells(
      indices.map((i) => cells[i]!),
      columns[column] === "units" ? "\n" : " ",
    ) ?? empty;
  return splitByContent(
    namesAmongUnits(
      cells.map((c) => cellKind(c.text)),
      cells,
    ),
    columns,
  ).map((row) => [...Array.from({ length: from }, () => empty), ...row.map(join)]);
};

/**
 * Kinds of a row's paragraphs, a short name between two paragraphs of units taken as units too: a
 * unit column printed a name per line lists short names (省人口计生) among full ones.
 */
const namesAmongUnits = (kinds: readonly CellKind[], cells: readonly Cell[]): CellKind[] =>
  kinds.map((kind, i) => (kind === "prose" && SHORT_NAME.test(fold(cells[i]!.text).trim()) && kinds[i - 1] === "units" && kinds[i + 1] === "units" ? "units" : kind));

/** `alignByContent` over the cells but one (`skip`, or -1 for none), in the row's indices. */
const byContent = (kinds: readonly CellKind[], columns: readonly ColumnKind[], skip: number, stand: "left" | "right", positional: readonly (number | undefined)[]): number[][] => {
  const kept = kinds.map((_, i) => i).filter((i) => i !== skip);
  return alignByContent(
    kept.map((i) => kinds[i]!),
    columns,
    stand,
    positional.map((i) => (i === undefined ? undefined : kept.indexOf(i))),
  ).map((indices) => indices.map((k) => kept[k]!));
};

const MAX_ALIGNED_CELLS = 200;

const stripNumber = (cell: Cell, from: number): Cell => {
  const rest = cell.text.slice(from);
  return { ...cell, text: rest.trim(), column: cell.column + from + (rest.length - rest.trimStart().length) };
};

/** A task being read: its cells by column over its rows, and the dated steps its continuation rows add. */
interface Pending {
  readonly columns: Cell[][];
  /** Steps as the task's text gives them, a line each: 2025年12月底前:完成主体结顶。 */
  readonly steps: Cell[];
  readonly number: string;
  readonly line: number;
  readonly column: number;
  readonly area: Cell | undefined;
}

// An area names a group of tasks in a few words; a cell that runs to a sentence is a task's text.
const AREA_CELL = 20;

/**
 * The map, read again where the area is the first of two task-like columns (实事项目 | 工作举措):
 * where that column's cells are sentences (新建公办幼儿园7所,新增学位6800个。), it is the task and
 * the second says how it is done (the task's body, like a goal column); else it is the area.
 */
const byAreaCells = (rows: readonly (readonly Cell[])[], map: ColumnMap, width: number): ColumnMap => {
  if (!map.areaFromTask || map.area === undefined || map.goal !== undefined) return map;
  // The cells under the area column once each row stands under the header (a merged area is absent from short rows).
  const cells = rows
    .filter((row) => row.some((c) => c.text.trim() !== ""))
    .map((row) => align(row, rowAnchor(row, map), map, width)[map.area!]?.text.trim() ?? "")
    .filter((text) => text !== "");
  const sentences = cells.filter((text) => text.length > AREA_CELL && /[,;。]/.test(fold(text))).length;
  if (cells.length === 0 || sentences * 2 < cells.length) return map;
  const { area, task, areaFromTask: _, ...rest } = map;
  return { ...rest, task: area, goal: task };
};

/** Turns table rows (after the header) into task sources; a row without a number of its own continues the one before. */
export const rowsToSources = (rows: readonly (readonly Cell[])[], header: ColumnMap, width = Math.max(0, ...rows.map((r) => r.length))): TaskSource[] => {
  const map = byAreaCells(rows, header, width);
  const sources: TaskSource[] = [];
  const numbered = rows.some((row) => rowAnchor(row, map) !== null);
  let counter = 0;
  let area: Cell | undefined;
  let pending: Pending | null = null;
  const flush = () => {
    if (pending) sources.push(toSource(pending, map));
    pending = null;
  };
  for (const row of rows) {
    if (row.every((c) => c.text.trim() === "")) continue;
    if (isFootnote(fold(row.find((c) => c.text.trim() !== "")!.text))) continue;
    const anchor = rowAnchor(row, map);
    const filled = row.filter((c) => c.text.trim() !== "");
    // A row that only names a section (| 一、稳增长 | | |) sets the area of the rows below it.
    if (anchor === null && filled.length === 1 && isSection(filled[0]!.text)) {
      flush();
      area = filled[0];
      continue;
    }
    // A row that only names what the rows below it give (| 2024年目标 | | |) is a sub-header, no task;
    // so is, in a numbered table, a first row of short names that hold no data (the header's second
    // line under merged names: | 投资 | 形象进度 | 完成投资 | % |). A first task row that lost its
    // number names a unit, a deadline or a quantity, and stays a task.
    const firstRow = numbered && pending === null && sources.length === 0 && area === undefined;
    if (anchor === null && ((filled.length === 1 && row.length > 1 && isSubHeader(filled[0]!.text)) || (firstRow && filled.every((c) => isColumnName(c.text))))) {
      flush();
      continue;
    }
    const cells = align(row, anchor, map, width);
    if (map.area !== undefined && cells[map.area]?.text.trim()) area = cells[map.area];
    const continues = pending !== null && (anchor === null ? numbered : row[anchor.index]!.merged === true);
    if (continues) {
      const task = pending!;
      // A continuation row with a deadline of its own is a step of the task, due then; the task keeps the first row's.
      const deadline = map.deadline === undefined ? undefined : cells[map.deadline];
      const step = deadline !== undefined && deadline.text.trim() !== "" && !deadline.merged && task.columns[map.deadline!]!.length > 0;
      const words = cells[map.task]?.text.trim();
      if (step) task.steps.push({ ...deadline, text: words ? `${deadline.text.trim()}:${words}` : deadline.text.trim() });
      cells.forEach((cell, i) => {
        if (!cell || cell.text.trim() === "" || cell.merged || i === map.area || (step && (i === map.deadline || i === map.task))) return;
        task.columns[i]!.push(cell);
      });
      continue;
    }
    const previous: Pending | null = pending;
    flush();
    const first = row.find((c) => c.text.trim() !== "")!;
    const number = anchor?.number ?? String(++counter);
    if (anchor) counter = Number(anchor.number) || counter;
    const numberCell = anchor ? row[anchor.index]! : first;
    const columns = cells.map((c) => (c && c.text.trim() !== "" ? [c] : []));
    // A numbered row that ends before the unit and deadline columns shares those cells, merged,
    // with the row above it: 2.做好…工作。 | under a row whose 办公室牵头 cell spans both. So does
    // a row short of cells that holds none for such a column (its note stands after the merged cell).
    const lastFilled = cells.findLastIndex((c) => c !== undefined && c.text.trim() !== "");
    const short = row.length < width;
    if (anchor && previous) {
      for (const column of SHARED_COLUMNS) {
        const i = map[column];
        if (i !== undefined && (i > lastFilled || (short && cells[i] === undefined))) columns[i] = previous.columns[i] ?? [];
      }
    }
    pending = { columns, steps: [], number, line: numberCell.line, column: numberCell.column, area };
  }
  flush();
  return sources;
};

const UNIT_COLUMNS = ["lead", "responsible", "support"] as const;
const BARE_QUANTITY = /^\s*\d[\d,]*(?:\.\d+)?\s*$/;
const SHARED_COLUMNS = [...UNIT_COLUMNS, "deadline"] as const;
// What a unit column holds that names no unit: a status, a date, a number, or a sentence of progress.
const NOT_UNITS: ReadonlySet<CellKind> = new Set(["status", "deadline", "number", "quantity"]);
const SENTENCE = /[。;]/;
const isUnitCell = (cell: Cell): boolean => {
  const kind = cellKind(cell.text);
  return !NOT_UNITS.has(kind) && !((kind === "prose" || kind === "dated") && SENTENCE.test(fold(cell.text)));
};

const toSource = (task: Pending, map: ColumnMap): TaskSource => {
  const { columns } = task;
  const cellsOf = (i: number | undefined) => (i === undefined ? [] : (columns[i] ?? []));
  // Cells of one column from several rows: task text runs on, while unit lists start a line each.
  const joined = (cells: readonly Cell[], separate = false) =>
    new Joined(
      cells.map((c) => ({ ...c, text: c.text.trim() })),
      separate ? () => true : undefined,
    );
  const title = joined(cellsOf(map.title)).text.replace(/[。.]$/, "");
  // A separate title column goes first, ended with 。 so that it stays the title; what the task
  // is to reach (a goal column, the stages under dated headers) follows its text, a line each.
  const goals = [
    ...cellsOf(map.goal).map((c) => ({ ...c, text: c.text.trim() })),
    ...(map.stages ?? []).flatMap(({ column, header }) => cellsOf(column).map((c) => ({ ...c, text: `${header}:${c.text.trim()}` }))),
    // A bare number under a header that prints its measure is that many of it: 投资金额(万元) | 300.
    ...(map.measures ?? []).flatMap(({ column, header, measure }) =>
      cellsOf(column)
        .filter((c) => BARE_QUANTITY.test(fold(c.text)))
        .map((c) => ({ ...c, text: `${header}:${c.text.trim()}${measure}` })),
    ),
    ...task.steps,
  ];
  const pieces = [
    ...(title ? [{ line: cellsOf(map.title)[0]!.line, column: cellsOf(map.title)[0]!.column, text: `${title}。` }] : []),
    ...(map.task === map.title ? [] : cellsOf(map.task).map((c) => ({ ...c, text: c.text.trim() }))),
    ...goals,
  ];
  const goalStart = pieces.length - goals.length;
  const units: UnitRef[] = UNIT_COLUMNS.flatMap((role) => (map[role] === undefined ? [] : unitsInCell(joined(cellsOf(map[role]).filter(isUnitCell), true), role)));
  return {
    number: task.number,
    path: [task.number],
    line: task.line,
    column: task.column,
    block: new Joined(pieces, (_text, i) => i >= goalStart && i > 0),
    area: task.area ? areaName(task.area.text) : null,
    ...(title ? { titleLength: title.length } : {}),
    units,
    ...(map.deadline === undefined ? {} : { deadlineCell: joined(cellsOf(map.deadline), true) }),
  };
};

// A sub-header names a column or a period (2024年目标, 工作任务安排), never a sentence.
const MAX_SUB_HEADER = 16;
const subHeaderEnding = endsWithWord(SUB_HEADER_ENDINGS);
/** A few words without sentence punctuation: what a name is, where a sentence is not. */
const isShort = (folded: string): boolean => folded.length <= MAX_SUB_HEADER && !/[。,;:]/.test(folded);
const isSubHeader = (text: string): boolean => {
  const folded = fold(text).trim();
  return isShort(folded) && (headerRole(folded) !== null || subHeaderEnding(folded) !== null);
};
/** A short name that holds no data (a unit, a date, a figure): a column's name. */
const NAMED_DATA: ReadonlySet<CellKind> = new Set(["units", "deadline", "dated", "quantity", "number", "status"]);
const isColumnName = (text: string): boolean => {
  const folded = fold(text).trim();
  return isShort(folded) && !NAMED_DATA.has(cellKind(folded));
};

const isSection = (text: string): boolean => {
  const marker = matchMarker(fold(text));
  return marker !== null && (marker.style === "cn-dun" || marker.style === "cn-paren");
};

/** An area cell as a name: 一、做好财政信息公开。 → 做好财政信息公开. */
const areaName = (text: string): string | null => {
  const marker = matchMarker(fold(text));
  return trimTrailingPunctuation(marker ? text.slice(marker.end) : text) || null;
};
