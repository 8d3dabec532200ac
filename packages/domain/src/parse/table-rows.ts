// The rows of a task table, whatever produced them (a text page, CSV, a spreadsheet, a Word
// table), aligned to the header and turned into task sources. Real pages merge cells, so a row
// may lack its leading cells (the area of the row above), carry empty trailing cells, put a
// section (一、…) in its first cell, add an unlabelled number column, or print the number inside
// the task cell (1.…). Rows are aligned at their number, the one cell every task row has.

import type { UnitRef } from "../models/unit.js";
import { fold, Joined, trimTrailingPunctuation } from "../text/source.js";
import { matchMarker } from "./markers.js";
import type { ColumnMap } from "./table-header.js";
import type { TaskSource } from "./task.js";
import { unitsInCell } from "./units.js";
import { isFootnote } from "./labels.js";

/** One cell of a table row, where it stands in the file (1-based). */
export interface Cell {
  readonly text: string;
  readonly line: number;
  readonly column: number;
  /** A copy of a merged cell's value (spreadsheets): it does not start a new row. */
  readonly merged?: boolean;
}

const BARE_NUMBER = /^\s*(\d{1,4})\s*[.、]?\s*$/;

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
    if (marker && (marker.style === "num" || marker.style === "num-paren") && folded.slice(marker.end).trim() !== "") {
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

/** The row's cells by header column (undefined where the row has none: a merged cell above it). */
const align = (cells: readonly Cell[], anchor: Anchor | null, map: ColumnMap, width: number): (Cell | undefined)[] => {
  const at = (i: number) => (i >= 0 && i < cells.length ? cells[i] : undefined);
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
    if (!anchor.bare) return j === numbered ? stripNumber(cells[a]!, anchor.textStart) : at(a + j - numbered);
    if (map.number !== undefined) return at(a + j - map.number);
    // A number column the header does not name stands just before the task column.
    return j < map.task ? at(a - (map.task - j)) : at(a + 1 + j - map.task);
  });
};

const stripNumber = (cell: Cell, from: number): Cell => {
  const rest = cell.text.slice(from);
  return { ...cell, text: rest.trim(), column: cell.column + from + (rest.length - rest.trimStart().length) };
};

/** Turns table rows (after the header) into task sources; a row without a number of its own continues the one before. */
export const rowsToSources = (rows: readonly (readonly Cell[])[], map: ColumnMap, width = Math.max(0, ...rows.map((r) => r.length))): TaskSource[] => {
  const sources: TaskSource[] = [];
  const numbered = rows.some((row) => rowAnchor(row, map) !== null);
  let counter = 0;
  let area: Cell | undefined;
  let pending: { columns: Cell[][]; number: string; line: number; column: number; area: Cell | undefined } | null = null;
  const flush = () => {
    if (pending) sources.push(toSource(pending.columns, map, pending.number, pending.line, pending.column, pending.area));
    pending = null;
  };
  for (const row of rows) {
    if (row.every((c) => c.text.trim() === "")) continue;
    if (isFootnote(fold(row.find((c) => c.text.trim() !== "")!.text))) continue;
    const anchor = rowAnchor(row, map);
    // A row that only names a section (| 一、稳增长 | | |) sets the area of the rows below it.
    const filled = row.filter((c) => c.text.trim() !== "");
    if (anchor === null && filled.length === 1 && isSection(filled[0]!.text)) {
      flush();
      area = filled[0];
      continue;
    }
    const cells = align(row, anchor, map, width);
    if (map.area !== undefined && cells[map.area]?.text.trim()) area = cells[map.area];
    const continues = pending !== null && (anchor === null ? numbered : row[anchor.index]!.merged === true);
    if (continues) {
      cells.forEach((cell, i) => {
        if (cell && cell.text.trim() !== "" && !cell.merged && i !== map.area) pending!.columns[i]!.push(cell);
      });
      continue;
    }
    const previous = pending?.columns;
    flush();
    const first = row.find((c) => c.text.trim() !== "")!;
    const number = anchor?.number ?? String(++counter);
    if (anchor) counter = Number(anchor.number) || counter;
    const numberCell = anchor ? row[anchor.index]! : first;
    const columns = cells.map((c) => (c && c.text.trim() !== "" ? [c] : []));
    // A numbered row that ends before the unit and deadline columns shares those cells, merged,
    // with the row above it: 2.做好…工作。 | under a row whose 办公室牵头 cell spans both.
    if (anchor && previous) {
      for (const column of SHARED_COLUMNS) {
        const i = map[column];
        if (i !== undefined && cells[i] === undefined) columns[i] = previous[i] ?? [];
      }
    }
    pending = { columns, number, line: numberCell.line, column: numberCell.column, area };
  }
  flush();
  return sources;
};

const UNIT_COLUMNS = ["lead", "responsible", "support"] as const;
const SHARED_COLUMNS = [...UNIT_COLUMNS, "deadline"] as const;

const toSource = (columns: readonly Cell[][], map: ColumnMap, number: string, line: number, column: number, area: Cell | undefined): TaskSource => {
  // Cells of one column from several rows: task text runs on, while unit lists start a line each.
  const joined = (i: number | undefined, separate = false) => new Joined(i === undefined ? [] : (columns[i] ?? []).map((c) => ({ ...c, text: c.text.trim() })), separate ? () => true : undefined);
  const title = map.title === undefined ? "" : joined(map.title).text;
  // A separate title column goes first, ended with 。 so that it stays the title.
  const pieces = [
    ...(title ? [{ line: columns[map.title!]![0]!.line, column: columns[map.title!]![0]!.column, text: title.replace(/[。.]?$/, "。") }] : []),
    ...(columns[map.task] ?? []).map((c) => ({ ...c, text: c.text.trim() })),
  ];
  const units: UnitRef[] = UNIT_COLUMNS.flatMap((role) => (map[role] === undefined ? [] : unitsInCell(joined(map[role], true), role)));
  return {
    number,
    path: [number],
    line,
    column,
    block: new Joined(pieces),
    area: area ? areaName(area.text) : null,
    units,
    ...(map.deadline === undefined ? {} : { deadlineCell: joined(map.deadline, true) }),
  };
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
