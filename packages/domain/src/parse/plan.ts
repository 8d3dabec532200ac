// parsePlan: a work-plan document (bytes or text) in, a typed Plan out. Never throws on text within
// LIMITS (beyond them, a LimitError); bytes that are not text in a known encoding raise a
// DecodeError, and a few bad bytes in otherwise good text become notes.

import type { Area } from "../models/area.js";
import type { Finding } from "../models/finding.js";
import type { Plan } from "../models/plan.js";
import type { Task } from "../models/task.js";
import type { UnitRegistry } from "../models/registry.js";
import { LimitError, LIMITS } from "../limits.js";
import { decodeText, type Encoding } from "../text/decode.js";
import { contentHash } from "../text/hash.js";
import { fold, Joined, splitLines, trimTrailingPunctuation, type SourceLine } from "../text/source.js";
import { mergeRepeatedTasks } from "./appendix.js";
import { areasFromTasks, inferAreas } from "./areas.js";
import { coveringLetterEnd, runInLetter } from "./covering-letter.js";
import { readDeclaration } from "./declaration.js";
import { firstIsLeadStatement, markFirstAsLead } from "./first-is-lead.js";
import { alternation, isFootnote } from "./labels.js";
import { outline, type GroupHeading, type OutlineItem } from "./outline.js";
import { planPeriod } from "./period.js";
import { shareClosingClauses, type SharingItem } from "./sub-items.js";
import { badByteNotes } from "./notes.js";
import { findTextTables, mapColumns, rowsToSources, type Cell, type ColumnNames, type TextTable } from "./table.js";
import { readTask, type TaskNotes, type TaskSource } from "./task.js";
import { unitClauses } from "./units.js";
import { PAGE_DEBRIS, PREAMBLE_SECTIONS } from "./vocabulary.js";
import { MAX_TITLE, MIN_TITLE, pageBounds, TITLE_LINE } from "./page.js";
import { unitDirectory } from "../units/directory.js";
import { createUnitResolver } from "../units/registry.js";

/** How to read a document's text: everything has a default, so a plan reads with none given. */
export interface ParseOptions {
  /** Overrides encoding detection for byte input. */
  readonly encoding?: Encoding;
  /** Refuses byte input with any undecodable byte, instead of reading it with a note per bad run. */
  readonly strict?: boolean;
  /** Title to use when the document has no title line (the CLI passes the file name). */
  readonly title?: string;
  /** Header names of task tables that do not use the usual ones. */
  readonly columns?: ColumnNames;
  /** The user's unit registry: canonical names, aliases, kinds, what groups stand for. */
  readonly units?: UnitRegistry;
}

// Lines a web page puts above a document, matched on folded text.
const PAGE_DEBRIS_LINE = new RegExp(`^(?:${alternation(PAGE_DEBRIS.openers)})|(?:${alternation(PAGE_DEBRIS.endings)})\\s*[)\\]]?\\s*$`);
// A file's name on a line of its own, whatever number opens it: debris, never a task.
const FILE_NAME_LINE = new RegExp(`\\.(?:${alternation(PAGE_DEBRIS.files)})\\s*$`, "i");
// How far down a page the title may stand below such debris.
const TITLE_REACH = 12;
// …and how many words into a line a document run into it may print its title (after the page's debris).
const RUN_IN_TITLE_REACH = 40;
const RUN_IN_TITLE = new RegExp(`\\S{${MIN_TITLE},${MAX_TITLE}}(?=\\s|$)`, "g");

/** The text of a plan file with notes for its bad bytes; throws DecodeError or LimitError. */
export const planText = (input: string | Uint8Array, options: ParseOptions = {}): { text: string; notes: Finding[] } => {
  const decoded = typeof input === "string" ? { text: input.replace(/^\uFEFF/, ""), encoding: "utf-8" as const, bad: [] } : decodeText(input, options);
  checkTextLimits(decoded.text);
  return { text: decoded.text, notes: badByteNotes(decoded.bad, decoded.encoding) };
};

/** Refuses text too long for the parser to promise bounded work, naming the line when one is too long. */
const checkTextLimits = (text: string): void => {
  if (text.length > LIMITS.textChars) throw new LimitError("textChars", `the document has ${text.length.toLocaleString("en-US")} characters`);
  let line = 1;
  for (let start = 0; start <= text.length; line++) {
    const end = text.indexOf("\n", start);
    const stop = end < 0 ? text.length : end;
    if (stop - start > LIMITS.lineChars) throw new LimitError("lineChars", `line ${line} has ${(stop - start).toLocaleString("en-US")} characters`);
    if (end < 0) break;
    start = end + 1;
  }
};

/**
 * The plan in a document's text or bytes: title, year, areas, tasks with their units, targets,
 * milestones and deadlines, and notes where the parser had to guess. Never throws on text within
 * LIMITS; bytes that are no encoding's text raise a DecodeError.
 */
export const parsePlan = (input: string | Uint8Array, options: ParseOptions = {}): Plan => {
  const { text, notes } = planText(input, options);
  const lines = splitLines(text);
  const tables = findTextTables(lines, options.columns, notes);
  // A table run into a line of text (…(县住建局负责) 附件 序号 工作任务 … 1 …) leaves the text before it to the outline.
  const runIn = new Map(tables.flatMap((t) => (t.startsAt !== undefined && t.startsAt > 0 ? [[t.headerLine, t.startsAt] as const] : [])));
  const tableLines = new Set(tables.flatMap((t) => [...t.lines]).filter((n) => !runIn.has(n)));
  const letterEnd = coveringLetterEnd(lines);
  // A letter run into one line with its plan ends inside that line.
  const letterInLine = letterEnd === 0 ? runInLetter(lines) : null;
  const page = pageBounds(lines);
  // Table lines are read as rows, a covering letter's lines are preamble and the page's menus and
  // footer are no part of the plan: the outline sees them as blank, so that its line numbers stay
  // true. Within a line, what it sees is kept in place (blanks before), so that columns stay true too.
  const blank = (l: SourceLine) => tableLines.has(l.number) || l.number <= letterEnd || l.number < page.first || l.number > page.last || FILE_NAME_LINE.test(l.text);
  const seen = (l: SourceLine): SourceLine => {
    if (blank(l)) return { ...l, text: "" };
    const from = letterInLine?.line === l ? letterInLine.end : 0;
    const to = Math.min(runIn.get(l.number) ?? l.text.length, l.number === page.last ? (page.lastEndsAt ?? l.text.length) : l.text.length);
    return from === 0 && to === l.text.length ? l : { ...l, text: " ".repeat(from) + l.text.slice(from, to) };
  };
  const { preamble, items, groups } = outline(lines.map(seen));
  const sources = documentSources(shareClosingClauses(items), tables, groups);
  const firstTask = Math.min(sources[0]?.line ?? Infinity, ...tables.map((t) => t.headerLine));
  // The first task's own line may open with the end of the preamble (a document run into one line),
  // and a letter run into that line with it opens the preamble.
  const letter = letterInLine ? [{ number: letterInLine.line.number, text: letterInLine.line.text.slice(0, letterInLine.end) }] : [];
  const preambleLines = [...lines.filter((l) => l.number <= letterEnd), ...letter, ...preamble.filter((l) => l.number > letterEnd && l.number <= firstTask)];
  return assemblePlan(text, preambleLines, sources, options, notes);
};

/** A plan from the rows of a spreadsheet or CSV file: a header row, the rows below it, any text above it as title and preamble. */
export const parsePlanRows = (rows: readonly (readonly Cell[])[], options: ParseOptions = {}, notes: Finding[] = []): Plan => {
  const headerIndex = rows.findIndex(
    (row) =>
      mapColumns(
        row.map((c) => c.text),
        options.columns,
      ) !== null,
  );
  const above = headerIndex < 0 ? rows : rows.slice(0, headerIndex);
  const lines: SourceLine[] = above.map((row) => ({
    number: row[0]?.line ?? 1,
    text: row
      .filter((c) => !c.merged)
      .map((c) => c.text)
      .filter(Boolean)
      .join(" "),
  }));
  const map =
    headerIndex < 0
      ? null
      : mapColumns(
          rows[headerIndex]!.map((c) => c.text),
          options.columns,
        );
  const sources = map ? rowsToSources(rows.slice(headerIndex + 1), map) : [];
  const text = rows.map((row) => row.map((c) => c.text).join("\t")).join("\n");
  return assemblePlan(text, lines, sources, options, notes);
};

const assemblePlan = (text: string, preambleLines: readonly SourceLine[], sources: readonly TaskSource[], options: ParseOptions, notes: Finding[]): Plan => {
  if (sources.length > LIMITS.tasks) throw new LimitError("tasks", `the document has ${sources.length.toLocaleString("en-US")} tasks`);
  const { title, rest } = splitTitle(preambleLines, options.title);
  const preamble = new Joined(rest.map((l) => ({ line: l.number, column: 1, text: l.text.trim() }))).text;
  // Vocabulary is matched on folded text: full-width punctuation reads as ASCII.
  const [foldedText, foldedPreamble] = [fold(text), fold(preamble)];
  const period = planPeriod(fold(title), foldedPreamble, foldedText);
  const year = period.year;
  const declared = readDeclaration(foldedPreamble);
  const read = sources.map((source) => {
    const pending: TaskNotes[] = [];
    return { task: readTask(source, period, pending), table: source.table, pending };
  });
  const tasks = uniqueIds(mergeRepeatedTasks(read));
  // A task's notes name it by id, which is unique only now ("2~2" for the second task 2).
  for (const { task, pending } of read) for (const write of pending) notes.push(...write(task.id));
  const statement = firstIsLeadStatement(foldedText);
  if (statement !== undefined) {
    const lineStart = foldedText.lastIndexOf("\n", statement) + 1;
    const at = { line: lineAt(foldedText, statement), column: statement - lineStart + 1 };
    markFirstAsLead(tasks, at, isFootnote(foldedText.slice(lineStart, statement + 1)));
  }
  const areas = tasks.some((t) => t.area !== null) ? areasFromTasks(tasks) : inferAreas(declared, tasks);
  if (!tasks.some((t) => t.area !== null)) nameAreas(tasks, areas);
  const units = unitDirectory(tasks, createUnitResolver(options.units));
  return { id: `plan_${contentHash(text)}`, title, year, preamble, cadence: reportingCadence(foldedText), declared, areas, tasks, units, notes };
};

/** The 1-based line of an offset of the text. */
const lineAt = (text: string, offset: number): number => {
  let line = 1;
  for (let at = text.indexOf("\n"); at >= 0 && at < offset; at = text.indexOf("\n", at + 1)) line++;
  return line;
};

// "每季度报送一次进展", "按季度调度": the plan sets its own reporting rhythm; monthly otherwise.
const QUARTERLY = /(?:每季度|每个季度|每季|按季度|逐季)[^。;\n]{0,12}(?:报送|報送|报告|報告|上报|上報|调度|調度|通报|通報|汇报|匯報)/;

const reportingCadence = (text: string): "monthly" | "quarterly" => (QUARTERLY.test(text) ? "quarterly" : "monthly");

/** Names each task's area from the areas' lists of task ids. */
const nameAreas = (tasks: Task[], areas: readonly Area[]) => {
  const areaOf = new Map(areas.flatMap((area) => area.tasks.map((id) => [id, area.name] as const)));
  for (const task of tasks) task.area = areaOf.get(task.id) ?? null;
};

/** A duplicated task number gets "~2", "~3"… on its id so that every task can be named. */
const uniqueIds = (tasks: Task[]): Task[] => {
  const seen = new Map<string, number>();
  for (const task of tasks) {
    const count = (seen.get(task.id) ?? 0) + 1;
    seen.set(task.id, count);
    if (count > 1) task.id = `${task.id}~${count}`;
  }
  return tasks;
};

/**
 * The title is the first title-like line below any web-page debris, or in a document run into one
 * line the first title-like word among its first words; what follows it is the preamble.
 */
const splitTitle = (lines: readonly SourceLine[], fallback: string | undefined): { title: string; rest: readonly SourceLine[] } => {
  let seen = 0;
  for (let i = 0; i < lines.length && seen < TITLE_REACH; i++) {
    const candidate = lines[i]!.text.trim();
    if (candidate === "") continue;
    seen++;
    const folded = fold(candidate);
    if (candidate.length <= MAX_TITLE && PAGE_DEBRIS_LINE.test(folded)) continue;
    if (candidate.length <= MAX_TITLE && !folded.includes("。") && TITLE_LINE.test(folded)) return { title: candidate, rest: lines.slice(i + 1) };
    // A document run into one line (its page's debris too) holds its title among its first words, set apart by spaces.
    const head = [...candidate.matchAll(RUN_IN_TITLE)].slice(0, RUN_IN_TITLE_REACH).find((m) => !m[0].includes("。") && TITLE_LINE.test(fold(m[0])));
    if (head !== undefined) {
      const line = lines[i]!;
      const at = line.text.indexOf(candidate) + head.index! + head[0].length;
      return { title: head[0], rest: [{ number: line.number, text: line.text.slice(at) }, ...lines.slice(i + 1)] };
    }
  }
  return { title: fallback ?? "", rest: lines };
};

/**
 * The tasks of the outline and of the tables in document order, each with the top-level heading
 * it sits under as its area (or the unnumbered group heading above it, where it has no numbered
 * one). A table belongs to the item just above it, which is then a heading. A preamble section
 * (指导思想, 基本原则, 总体目标) and every item under it state no task, unless an item names units.
 */
const documentSources = (items: readonly SharingItem[], tables: readonly TextTable[], groups: readonly GroupHeading[]): TaskSource[] => {
  const owners = new Map<TextTable, OutlineItem>();
  for (const table of tables) {
    const owner = items.filter((i) => i.line < table.headerLine).at(-1);
    // Only a heading-like item (a short line, no sentence) owns the table below it.
    if (!owner || owner.block.text.length > 40 || /[。;]/.test(owner.block.folded)) continue;
    owner.isTask = false;
    owners.set(table, owner);
  }
  const entries = [...items.map((item) => ({ line: item.line, item })), ...tables.map((table) => ({ line: table.headerLine, table })), ...groups.map((group) => ({ line: group.line, group }))].sort(
    (a, b) => a.line - b.line,
  );
  let area: string | null = null;
  let group: string | null = null;
  // The depth of the preamble section being read, if any: items deeper than it are part of it.
  let preambleDepth: number | null = null;
  const sources: TaskSource[] = [];
  // Where the top-level items are headings of tasks, a top-level item with no task under it and
  // no responsibility clause is a prose section (一、总体要求 and its paragraphs), not a task; but in
  // a list whose tasks name no units (25项实事), only one that opens with a heading of its own
  // (三、保障措施 over its paragraph): an item that is a sentence is a task like the others.
  const headed = items.some((i) => i.depth === 0 && !i.isTask);
  const tasksNameUnits = items.some((i) => i.isTask && i.depth > 0 && unitClauses(i.block).length > 0);
  const isProse = (item: OutlineItem) => headed && item.depth === 0 && item.isTask && unitClauses(item.block).length === 0 && (tasksNameUnits || item.opensWithHeading);
  for (const entry of entries) {
    if ("group" in entry) {
      group = entry.group.text;
      continue;
    }
    if ("table" in entry) {
      const owner = owners.get(entry.table);
      const table = tables.indexOf(entry.table);
      const inArea = owner && owner.depth > 0 ? area : owner ? headingTitle(owner) : group;
      for (const s of entry.table.sources) sources.push({ ...s, area: s.area ?? inArea, path: [...(owner?.path ?? []), ...s.path], table });
      continue;
    }
    const { item } = entry;
    if (preambleDepth !== null && item.depth <= preambleDepth) preambleDepth = null;
    if (preambleDepth === null && isPreambleSection(headingTitle(item))) preambleDepth = item.depth;
    if (item.depth === 0 && !item.isTask) area = headingTitle(item);
    if (!item.isTask || isProse(item)) continue;
    if (preambleDepth !== null && unitClauses(item.block).length === 0 && !item.shared) continue;
    const source = { number: item.marker.number, path: item.path, line: item.line, column: item.column, block: item.block, area: item.depth === 0 ? group : area };
    sources.push(item.shared ? { ...source, units: item.shared } : source);
  }
  return sources;
};

const PREAMBLE_SECTION = new RegExp(`^(?:${alternation(PREAMBLE_SECTIONS)})$`);
/** Whether a heading names a section of the preamble: 指导思想, 基本原则, 总体目标. */
const isPreambleSection = (heading: string): boolean => PREAMBLE_SECTION.test(fold(heading).replace(/\s+/g, ""));

const headingTitle = (item: OutlineItem): string => {
  const text = item.block.text;
  const stop = item.block.folded.search(/[。!?\n]/);
  return trimTrailingPunctuation(stop < 0 ? text : text.slice(0, stop)) || item.marker.label;
};
