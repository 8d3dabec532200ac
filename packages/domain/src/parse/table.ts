// Task tables flattened into the lines of a text document, found by their header row wherever
// it stands. Pages flatten tables in four ways:
//   a row per line:        cells separated by |, tabs or runs of spaces (Markdown tables too)
//   a cell per line:       | on a line of its own between cells, or at the end of each cell
//   a paragraph per cell:  nothing between cells at all
//   keys and values:       one task, a field per row (工作任务 | … then 责任单位 | …)
// The rows then go through table-rows.ts, like the rows of a spreadsheet.

import type { Finding } from "../models/finding.js";
import { fold, type SourceLine } from "../text/source.js";
import { cellKind, isDeadlineCell } from "./cell-kinds.js";
import { alternation, isAttachmentHeading, isFootnote } from "./labels.js";
import { matchMarker } from "./markers.js";
import { BARE_NUMBER } from "./shapes.js";
import { unmappedTable } from "./notes.js";
import { headerRole, looksLikeHeader, mapColumns, type ColumnMap, type ColumnNames } from "./table-header.js";
import { cellsAfterAnchor, paragraphRows, rowAnchor, rowsToSources, type Cell } from "./table-rows.js";
import type { TaskSource } from "./task.js";
import { HEADER_ENDINGS } from "./vocabulary.js";

export { COLUMN_ROLES, mapColumns, type ColumnNames, type ColumnRole } from "./table-header.js";
export { rowsToSources, type Cell } from "./table-rows.js";

export interface TextTable {
  readonly headerLine: number;
  /** Line numbers the table occupies (header and rows). */
  readonly lines: ReadonlySet<number>;
  readonly sources: TaskSource[];
  /** Where in its header line a table run into that line begins: the text before it is the document's. */
  readonly startsAt?: number;
}

const MAX_HEADER = 200;
// No task table has more columns. Each way of reading a header looks no further than this from its
// line, so that a document of header-like lines costs a bounded look at each, not a scan to its end.
const MAX_COLUMNS = 30;
// A header names a task column, so it holds a word that task columns end with (or a caller's
// name): a cheap first test.
const HEADER_HINT = new RegExp(alternation(HEADER_ENDINGS.task));
// Column names are sometimes spaced out to fill their cell: 项 目 内 容.
const hinted = (text: string): boolean => HEADER_HINT.test(text.replace(/[ \u3000]+/g, ""));

// A line's role as a column name, worked out once: each of the next MAX_COLUMNS lines may ask.
const lineRoles = new WeakMap<SourceLine, ReturnType<typeof headerRole>>();
const lineRole = (line: SourceLine): ReturnType<typeof headerRole> => {
  let role = lineRoles.get(line);
  if (role === undefined) lineRoles.set(line, (role = headerRole(line.text.trim())));
  return role;
};

/** A row split at every space, a run of spaces standing for an empty cell between (2  严守… : no area). */
const singleSpaced = (text: string): string[] => text.split(/([ \u3000]+)/).flatMap((piece, i) => (i % 2 === 0 ? [piece] : piece.length > 1 ? [""] : []));

/** Pieces split at single spaces, a lone character (保 护, a word a page broke) joined to the piece before it. */
const joinFragments = (pieces: readonly string[]): string[] => {
  const out: string[] = [];
  for (const piece of pieces) {
    if (out.length > 0 && /^[\u4E00-\u9FFF]$/.test(piece) && cellKind(piece) !== "status") out[out.length - 1] += piece;
    else out.push(piece);
  }
  return out;
};

/** Splits a line of a row-per-line table into cells: pipes, tabs, or runs of spaces (single spaces when the header needs them). */
const splitRow = (line: SourceLine, expected?: number): { cells: Cell[]; loose: boolean } | null => {
  const text = line.text;
  let parts: string[];
  let loose = false;
  if (text.includes("|")) {
    if (/^[\s|:-]+$/.test(text)) return null;
    parts = text.trim().replace(/^\|/, "").replace(/\|$/, "").split("|");
  } else if (text.includes("\t")) parts = text.split("\t");
  else {
    loose = true;
    parts = text.trim().split(/[ \u3000]{2,}/);
    if (expected !== undefined && parts.length < expected) parts = joinFragments(singleSpaced(text.trim()));
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
  return { cells, loose };
};

/** The number a cell holds alone or opens its text with (1 / 1.…), for cells read one by one. */
const numberIn = (cell: Cell) => rowAnchor([cell], { task: 0 });

/** A line of wrapped task text under a row: it continues the task column. */
const continuation = (line: SourceLine, map: ColumnMap, width: number): Cell[] =>
  Array.from({ length: width }, (_, i) => ({
    text: i === map.task ? line.text.trim() : "",
    line: line.number,
    column: i === map.task ? line.text.length - line.text.trimStart().length + 1 : 1,
  }));

/** Every task table in the lines, in order; a header-like line whose columns it cannot map goes to `notes`. */
export const findTextTables = (lines: readonly SourceLine[], names: ColumnNames = {}, notes: Finding[] = []): TextTable[] => {
  const tables: TextTable[] = [];
  const named = Object.keys(names).length > 0;
  for (let i = 0; i < lines.length; i++) {
    const text = lines[i]!.text;
    // A line too long to be a header may hold a whole table run into it.
    if (text.length > MAX_HEADER) {
      const runIn = (named || hinted(text)) && runInTable(lines, i, names);
      if (runIn && runIn.table.sources.length > 0) tables.push(runIn.table);
      continue;
    }
    if (!named && !hinted(text) && !looksLikeHeader(text)) continue;
    // A header is one short column name, or column names with something between them.
    if (!/[|\t ]/.test(text) && !looksLikeHeader(text.trim()) && !lines[i + 1]?.text.includes("|")) continue;
    // A title above a row of column names between | is no column of a table printed a cell per line.
    if (!text.includes("|") && pipedCells(lines[i + 1]) >= 2) continue;
    // The first way of reading that finds rows: a header with no row under it is no table, and its
    // lines stay the document's text (a plan run into one line is no header, whatever names it holds).
    let table: { table: TextTable; next: number } | null = null;
    let header = false;
    for (const read of READERS) {
      const found = read(lines, i, names);
      header ||= found !== null;
      if (found && found.table.sources.length > 0) {
        table = found;
        break;
      }
    }
    if (!table) {
      const unmapped = header ? null : unmappedHeader(lines[i]!);
      if (unmapped) notes.push(unmappedTable(unmapped, lines[i]!.number));
      continue;
    }
    tables.push(table.table);
    i = table.next - 1;
  }
  return tables;
};

/** How many non-empty cells a line holds between | (0 for no line). */
const pipedCells = (line: SourceLine | undefined): number => (line ? line.text.split("|").filter((c) => c.trim() !== "").length : 0);

/** The cells of a line set out like a table header (three or more short cells between | or tabs, one naming work), if it is one. */
const unmappedHeader = (line: SourceLine): string[] | null => {
  if (!/[|\t]/.test(line.text) || !hinted(line.text)) return null;
  const cells =
    splitRow(line)
      ?.cells.map((c) => c.text)
      .filter((c) => c !== "") ?? [];
  return cells.length >= 3 && cells.every((c) => c.length <= 12) ? cells : null;
};

/**
 * A line of column names and what they map to. Where the names are set apart by single spaces
 * as well as by runs of them, the split that maps more columns wins; a name the page broke at a
 * space (1- 8月实际完成情况) is joined, and a header has no empty names.
 */
const headerRow = (line: SourceLine, names: ColumnNames): { header: { cells: Cell[]; loose: boolean }; map: ColumnMap } | null => {
  const mapped = (cells: Cell[]) =>
    mapColumns(
      cells.map((c) => c.text),
      names,
    );
  const known = (map: ColumnMap | null) => (map === null ? 0 : Object.keys(map).length);
  const wide = splitRow(line, 2);
  const candidates = wide ? [wide] : [];
  if (wide?.loose) {
    const cells = joinBrokenNames(singleSpaced(line.text.trim()).filter((p) => p !== "")).map((text) => ({ text, line: line.number, column: line.text.indexOf(text) + 1 }));
    candidates.push({ cells, loose: true });
  }
  let best: { header: { cells: Cell[]; loose: boolean }; map: ColumnMap } | null = null;
  for (const header of candidates) {
    const map = header.cells.length >= 2 ? mapped(header.cells) : null;
    if (map && known(map) > known(best?.map ?? null)) best = { header, map };
  }
  return best;
};

// A piece of a column name that names nothing alone: digits and dashes (1- of 1- 8月实际完成情况).
const NAME_FRAGMENT = /^[\d\-—~.、]+$/;
const joinBrokenNames = (pieces: readonly string[]): string[] => {
  const out: string[] = [];
  let carry = "";
  for (const piece of pieces) {
    if (NAME_FRAGMENT.test(piece)) carry += piece;
    else {
      out.push(carry + piece);
      carry = "";
    }
  }
  if (carry !== "") out.push(carry);
  return out;
};

/** A table whose header is this one line of column names, then a row per line up to the next heading. */
const rowPerLine = (lines: readonly SourceLine[], at: number, names: ColumnNames): { table: TextTable; next: number } | null => {
  if (!hinted(lines[at]!.text) && Object.keys(names).length === 0) return null;
  const read = headerRow(lines[at]!, names);
  if (!read) return null;
  const { header, map } = read;
  // Column names that go on over the next line (序号 | 重点任务 | / 完成时间 | 责任人 |) make a
  // header broken over lines: a table printed cell by cell, not a row per line.
  const next = lines.slice(at + 1, at + 4).find((l) => l.text.trim() !== "");
  const more = next ? splitRow(next)?.cells.filter((c) => c.text !== "") : undefined;
  if (more && more.length > 0 && more.every((c) => headerRole(c.text) !== null)) return null;
  const width = header.cells.length;
  const taken = new Set([lines[at]!.number]);
  const rows: Cell[][] = [];
  let j = at + 1;
  for (; j < lines.length; j++) {
    const line = lines[j]!;
    if (line.text.trim() === "") continue;
    const split = splitRow(line, width);
    // A heading (一、 (二)) on a line of its own ends the table; in a cell of a row it is the row's section.
    const marker = matchMarker(fold(line.text));
    if (marker && marker.style !== "num" && (!split || split.cells.length < 2)) break;
    taken.add(line.number);
    if (!split) continue;
    const cells = split.cells;
    // A short line without a number is the task text wrapped onto the next line.
    rows.push(cells.length < 2 && rowAnchor(cells, map) === null ? continuation(line, map, width) : cells);
  }
  return { table: { headerLine: lines[at]!.number, lines: taken, sources: rowsToSources(rows, map, width) }, next: j };
};

// A table run into one line has a header and at least this many rows.
const MIN_RUN_IN_ROWS = 2;
const MAX_RUN_IN_NAME = 16;
const RUN_IN_SENTENCE = /[。,;:!?\uFF0C\uFF1B\uFF1A\u3002]/;

/**
 * A whole table run into one line, cells set apart by spaces (序号 工作任务 牵头单位 … 1 推进… 区政府办 …
 * 2 做好… …): the header is the run of column names before the first row's 1, the rows are cut
 * before each next number standing alone, and all is read as a table printed a row per line.
 * Anything before the header (the table's title, the plan's own text) is left to the text.
 */
const runInTable = (lines: readonly SourceLine[], at: number, names: ColumnNames): { table: TextTable; next: number } | null => {
  const line = lines[at]!;
  const text = line.text;
  if (/[|\t]/.test(text)) return null;
  const tokens = [...text.matchAll(/\S+/g)];
  const role = (k: number) => headerRole(tokens[k]![0]) !== null;
  // A column's name is short and no sentence: 序号, 牵头单位, 2015年目标 (never 1.推进政策解读。).
  const named = (k: number) => role(k) || (tokens[k]![0].length <= MAX_RUN_IN_NAME && !RUN_IN_SENTENCE.test(tokens[k]![0]) && !BARE_NUMBER.test(tokens[k]![0]));
  // The header is the run of column names just before the first row's 1, and holds a name with a role.
  const headerBefore = (k: number): number | null => {
    let start = k;
    while (start > 0 && named(start - 1) && k - start < MAX_COLUMNS) start--;
    return k - start >= 2 && tokens.slice(start, k).some((_, i) => role(start + i)) ? start : null;
  };
  const found = tokens.findIndex((t, k) => BARE_NUMBER.exec(t[0])?.[1] === "1" && headerBefore(k) !== null);
  // Where no run of short names stands before a 1 (a name too long, with brackets), the header runs
  // from the first name with a role to the first 1 after it.
  const opening = found < 0 ? tokens.findIndex((_, k) => role(k)) : -1;
  const first = found >= 0 ? found : tokens.findIndex((t, k) => k > opening && BARE_NUMBER.exec(t[0])?.[1] === "1");
  if (first < 0 || (found < 0 && opening < 0)) return null;
  const start = found >= 0 ? headerBefore(found)! : opening;
  // Where each row begins: the next number in turn, alone between spaces.
  const cuts: number[] = [];
  for (let k = first, expected = 1; k < tokens.length; k++) {
    if (BARE_NUMBER.test(tokens[k]![0]) && Number(BARE_NUMBER.exec(tokens[k]![0])![1]) === expected) {
      cuts.push(tokens[k]!.index!);
      expected++;
    }
  }
  if (cuts.length < MIN_RUN_IN_ROWS) return null;
  const bounds = [tokens[start]!.index!, ...cuts, text.length];
  const pieces: SourceLine[] = bounds.slice(0, -1).map((from, k) => ({ number: line.number, text: text.slice(from, bounds[k + 1]).trim() }));
  const read = rowPerLine(pieces, 0, names);
  return read && read.table.sources.length >= MIN_RUN_IN_ROWS ? { table: { ...read.table, lines: new Set([line.number]), startsAt: bounds[0] }, next: at + 1 } : null;
};

/**
 * A table printed a paragraph per cell, with nothing between cells: the header is a run of column
 * names on lines of their own (序号 / 民生实事 / 责任单位 / 完成时限), a name sometimes broken over
 * two lines (责任 / 科室) and a group of dated columns under a name of its own (工作任务安排 /
 * 第二季度). A row runs from its number to the next; a cell may run over several paragraphs (one
 * unit per line), so its cells are aligned to the columns by what they hold (table-rows.ts).
 */
const paragraphPerCell = (lines: readonly SourceLine[], at: number, names: ColumnNames): { table: TextTable; next: number } | null => {
  const read = headerParagraphs(lines, at);
  if (!read || read.header.length < 3) return null;
  const { header } = read;
  const map = mapColumns(
    header.map((c) => c.text),
    names,
  );
  if (!map) return null;
  const width = header.length;
  const taken = new Set(read.lines);
  const rows: Cell[][] = [];
  let j = read.next;
  for (; j < lines.length; j++) {
    const line = lines[j]!;
    const text = line.text.trim();
    if (text === "") continue;
    // An attachment's heading, or the header of the next table, ends this one.
    if (isAttachmentHeading(fold(text)) || (rows.length > 0 && lineRole(line) !== null && startsHeader(lines, j, names))) break;
    const cell: Cell = { text, line: line.number, column: line.text.indexOf(text) + 1 };
    const anchor = numberIn(cell);
    const marker = matchMarker(fold(text));
    const last = lastRowNumber(rows);
    if (!anchor && marker && marker.style !== "num" && marker.style !== "num-paren") {
      // A heading of the document's own ends the table; one followed by the next row's number (or
      // by a 1 that starts the numbering again) is a row of the table naming the area of the rows
      // under it: (一)某某副市长牵头重点工作 over rows 1 and 2.
      const next = lines.slice(j + 1).find((l) => l.text.trim() !== "");
      const following = next && numberIn({ text: next.text.trim(), line: next.number, column: 1 });
      if (!following?.bare || ![1, (last ?? 0) + 1].includes(Number(following.number))) break;
      rows.push([cell]);
      taken.add(line.number);
      continue;
    }
    // A row starts at its number: the first, then each next one, or a 1 after a section's row. In
    // a table without a number column the number opens the task's text (1.妇女…); one that starts
    // the numbering again is read from the rows' cells (a continuation row with its own number).
    const afterSection = rows.length > 0 && numberIn(rows.at(-1)![0]!) === null && rows.at(-1)!.length === 1;
    if (anchor && (anchor.bare || map.number === undefined) && (last === undefined || Number(anchor.number) === last + 1 || (afterSection && Number(anchor.number) === 1))) rows.push([cell]);
    else if (rows.length > 0) rows.at(-1)!.push(cell);
    else break;
    taken.add(line.number);
  }
  if (rows.length === 0) return null;
  const aligned = rows.flatMap((row) => paragraphRows(row, map, width));
  return { table: { headerLine: lines[at]!.number, lines: taken, sources: rowsToSources(aligned, map, width) }, next: j };
};

/** Whether a table's header printed a paragraph per cell starts at line `at`: three or more names that map to columns. */
const startsHeader = (lines: readonly SourceLine[], at: number, names: ColumnNames): boolean => {
  const read = headerParagraphs(lines, at);
  return (
    read !== null &&
    read.header.length >= 3 &&
    mapColumns(
      read.header.map((c) => c.text),
      names,
    ) !== null
  );
};

/** The ways a page flattens a table, tried in turn from a header-like line. */
const READERS: readonly ((lines: readonly SourceLine[], at: number, names: ColumnNames) => { table: TextTable; next: number } | null)[] = [
  (lines, at, names) => rowPerLine(lines, at, names),
  (lines, at, names) => runInTable(lines, at, names),
  (lines, at, names) => cellPerLine(lines, at, names),
  (lines, at, names) => paragraphPerCell(lines, at, names),
  (lines, at, names) => keyValue(lines, at, names),
];

/** The number of the last numbered row read so far, if any. */
const lastRowNumber = (rows: readonly Cell[][]): number | undefined => {
  for (let r = rows.length - 1; r >= 0; r--) {
    const number = numberIn(rows[r]![0]!);
    if (number) return Number(number.number);
  }
  return undefined;
};

/**
 * The column names of a table printed a paragraph per cell, from line `at`: each a line with a
 * role, or two lines that make one (责任 / 科室, 攻坚目标 / 任务); a line naming no role over a
 * dated column (工作任务安排 / 第二季度) names a group of columns, not a column.
 */
const headerParagraphs = (lines: readonly SourceLine[], at: number): { header: Cell[]; lines: number[]; next: number } | null => {
  // The next non-blank line from an index, found as the header is read (most starts fail at once).
  const nonBlankFrom = (j: number): number => {
    while (j < lines.length && lines[j]!.text.trim() === "") j++;
    return j;
  };
  const header: Cell[] = [];
  const used: number[] = [];
  let k = nonBlankFrom(at);
  for (; k < lines.length; k = nonBlankFrom(k + 1)) {
    const line = lines[k]!;
    const text = line.text.trim();
    if (text.includes("|") || BARE_NUMBER.test(text)) break;
    const following = nonBlankFrom(k + 1);
    const next = following < lines.length ? lines[following]!.text.trim() : "";
    // A dated column (第二季度) names itself.
    const alone = lineRole(line) ?? (isDeadlineCell(text) ? "stage" : null);
    // Two lines make one name where the first names nothing alone, or the second is a bare word (任务, 科室).
    if (next !== "" && !next.includes("|") && (alone === null || (alone !== "stage" && next.length <= 2)) && headerRole(text + next) !== null) {
      header.push({ text: text + next, line: line.number, column: 1 });
      used.push(line.number, lines[following]!.number);
      k = following;
    } else if (alone !== null) {
      header.push({ text, line: line.number, column: 1 });
      used.push(line.number);
    } else if (next !== "" && isDeadlineCell(next)) {
      used.push(line.number);
    } else break;
    if (header.length > MAX_COLUMNS) return null;
  }
  return { header, lines: used, next: k };
};

/**
 * A table of one task printed as keys and values, a field per row: 工作任务 | … then 责任单位 | …,
 * 完成时限 | … on the next rows. It reads as a header of the keys over one row of the values.
 */
const keyValue = (lines: readonly SourceLine[], at: number, names: ColumnNames): { table: TextTable; next: number } | null => {
  const keys: Cell[] = [];
  const values: Cell[] = [];
  const taken = new Set<number>();
  let j = at;
  for (; j < lines.length; j++) {
    if (lines[j]!.text.trim() === "") continue;
    const cells = splitRow(lines[j]!)?.cells.filter((c) => c.text !== "");
    if (!cells || cells.length !== 2 || headerRole(cells[0]!.text) === null) break;
    if (keys.length === MAX_COLUMNS) return null;
    keys.push(cells[0]!);
    values.push(cells[1]!);
    taken.add(lines[j]!.number);
  }
  const map = mapColumns(
    keys.map((c) => c.text),
    names,
  );
  if (!map || keys.length < 2) return null;
  return { table: { headerLine: lines[at]!.number, lines: taken, sources: rowsToSources([values], map, keys.length) }, next: j };
};

/**
 * A table printed a cell per line: "|" between cells, on a line of its own or closing each cell.
 * Row breaks are lost, so rows are cut at their numbers: each number takes the cells the header
 * gives a row after it, and cells before it (a merged section cell) open its row.
 */
const cellPerLine = (lines: readonly SourceLine[], at: number, names: ColumnNames): { table: TextTable; next: number } | null => {
  // The header is found among the first cells; only then is the whole table streamed.
  if (headerWidth(streamCells(lines, at, MAX_COLUMNS + 1).cells) < 2) return null;
  const { cells, taken, next } = streamCells(lines, at);
  // The header: column names up to the first number, ending with a known name (a short first
  // cell of the rows, such as a section 规范公开, is not a column name).
  const width = headerWidth(cells);
  if (width < 2) return null;
  const map = mapColumns(
    cells.slice(0, width).map((c) => c.text),
    names,
  );
  if (!map) return null;
  const rows: Cell[][] = [];
  let row: Cell[] = [];
  for (let k = width; k < cells.length; k++) {
    const cell = cells[k]!;
    const anchor = numberIn(cell);
    if (!anchor) {
      if (cell.text !== "") row.push(cell);
      continue;
    }
    // Cells before a number open its row: sections of the columns left of the task (一、 (一)),
    // of which only as many as there are such columns are kept, the nearest ones.
    row = row.slice(Math.max(0, row.length - map.task));
    const after = cellsAfterAnchor(anchor, map, width);
    const tail = cells.slice(k + 1, k + 1 + after);
    // A merged cell shortens a row: the next task's number is never one of this row's cells.
    // Nor is a note under the table (注:…), which ends it.
    const stop = tail.findIndex((c, n) => (n > 0 && numberIn(c)?.number === String(Number(anchor.number) + 1)) || isFootnote(fold(c.text)));
    const own = stop < 0 ? tail : tail.slice(0, stop);
    rows.push([...row, cell, ...own]);
    row = [];
    k += own.length;
  }
  if (row.some((c) => c.text !== "")) rows.push(row);
  return { table: { headerLine: lines[at]!.number, lines: taken, sources: rowsToSources(rows, map, width) }, next };
};

/** How many of the first cells are column names: up to the first number, ending with a known name. */
const headerWidth = (cells: readonly Cell[]): number => {
  let width = 0;
  for (let k = 0; k < Math.min(cells.length, MAX_COLUMNS) && looksLikeHeader(cells[k]!.text) && numberIn(cells[k]!) === null; k++) {
    if (headerRole(cells[k]!.text) !== null) width = k + 1;
  }
  return width;
};

/**
 * The cells of a cell-per-line table from line `at` (no more than `most` of them). Every "|" closes the cell before it (so "| |"
 * holds an empty cell); a cell's text may run over several lines. The table runs while a line
 * holds "|" or one of the next lines does.
 */
const streamCells = (lines: readonly SourceLine[], at: number, most = Infinity): { cells: Cell[]; taken: Set<number>; next: number } => {
  const cells: Cell[] = [];
  const taken = new Set<number>();
  let open: Cell | null = null;
  let j = at;
  for (; j < lines.length && cells.length < most; j++) {
    const line = lines[j]!;
    if (line.text.trim() === "") continue;
    const nextLine = lines.slice(j + 1, j + 4).find((l) => l.text.trim() !== "");
    // The last cell of a page may lack its closing "|".
    const lastCell = nextLine === undefined && cells.length > 0;
    if (!line.text.includes("|") && !nextLine?.text.includes("|") && !lastCell) break;
    taken.add(line.number);
    const pieces = line.text.split("|");
    let from = 0;
    pieces.forEach((piece, k) => {
      if (piece.trim() !== "") {
        const column = from + piece.length - piece.trimStart().length + 1;
        open = open ? { ...open, text: open.text + piece.trim() } : { text: piece.trim(), line: line.number, column };
      }
      from += piece.length + 1;
      if (k < pieces.length - 1) {
        cells.push(open ?? { text: "", line: line.number, column: from });
        open = null;
      }
    });
  }
  if (open) cells.push(open);
  return { cells, taken, next: j };
};
