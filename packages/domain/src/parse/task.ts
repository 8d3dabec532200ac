// One task from its text block (and, for tables, unit and deadline cells): title, body, units,
// deadline, targets and milestones.

import type { Deadline } from "../models/deadline.js";
import type { Finding } from "../models/finding.js";
import type { Milestone } from "../models/milestone.js";
import type { Task } from "../models/task.js";
import type { UnitRef } from "../models/unit.js";
import { trimTrailingPunctuation, type Joined } from "../text/source.js";
import { clauseEnd, clauseStart, sentenceEnd } from "./clauses.js";
import { endOfYear, findDeadlines, type DeadlineMatch } from "./deadlines.js";
import { unreadClauses } from "./notes.js";
import type { PlanPeriod } from "./period.js";
import { inRanges, lowerBound } from "./ranges.js";
import { YEAR_ALONE, YEAR_WORD, YEARS_FROM_TO } from "./shapes.js";
import { findTargets } from "./targets.js";
import { titleEnd as findTitleEnd } from "./title.js";
import { type UnitClause, uniqueUnits, unitClauses } from "./units.js";

export interface TaskSource {
  readonly number: string;
  readonly path: readonly string[];
  readonly line: number;
  readonly column: number;
  /** The task's text after its number, lines rejoined. */
  readonly block: Joined;
  /** Area named by the document itself (a top-level heading, a table's area column). */
  readonly area: string | null;
  /** How long the title at the block's start is, where a table's title column gives it whole. */
  readonly titleLength?: number;
  /** Units given outside the text (table columns). */
  readonly units?: readonly UnitRef[];
  /** A deadline cell of a table. */
  readonly deadlineCell?: Joined;
  /** Which table of the document the task is a row of (0, 1, …); none for a task of the text. */
  readonly table?: number;
}

/** Notes on one task, written once its id is known: a repeated number gets its "~2" only when every task is read. */
export type TaskNotes = (id: string) => Finding[];

/** One task from its source, dated by the plan's period; what could not be read goes to `notes`. */
export const readTask = (source: TaskSource, period: PlanPeriod, notes: TaskNotes[] = []): Task => {
  const { year } = period;
  const { block } = source;
  const { text, folded } = block;
  const clauses = unitClauses(block);
  const inClause = (at: number) => inRanges(clauses, at);

  // A task that opens with who does it (X负责,Y配合,加强…) is titled from what follows.
  const titleStart = source.titleLength === undefined ? openingClauseEnd(folded, clauses) : 0;
  const nextClause = clauses.find((c) => c.start >= titleStart)?.start ?? text.length;
  const titleEnd = source.titleLength ?? titleStart + findTitleEnd(folded.slice(titleStart), nextClause - titleStart);
  const title = trimTrailingPunctuation(text.slice(titleStart, titleEnd));
  const bodyParts: string[] = [];
  let from = titleEnd;
  for (const clause of clauses) {
    if (clause.start > from) bodyParts.push(text.slice(from, clause.start));
    from = Math.max(from, clause.end);
  }
  bodyParts.push(text.slice(from));
  // A heading (ended by 。) is left out of the body; a first clause stays, as the start of its sentence.
  const headed = titleEnd < text.length && "。!?\n".includes(folded[titleEnd]!);
  const body = (headed ? bodyParts.join("") : text.slice(titleStart, titleEnd) + bodyParts.join(""))
    .trim()
    .replace(/^[。.!?]+/, "")
    .trim();

  const all = findDeadlines(folded, text, year);
  const deadlines = all.filter((d) => !inClause(d.start));
  // Its own deadline, else a deadline phrase in its title, else the end of the plan's period.
  const span = deadlineSpan(source, clauses);
  // A phrase of no date in the title (常态化防控) dates nothing, nor does a year alone (按2017年标准):
  // only a deadline (年底前, 6月底前) is the task's.
  const deadline = ownDeadline(span, year) ?? deadlines.find((d) => d.start < titleEnd && !d.ongoing && !YEAR_WORD.test(d.deadline.text ?? ""))?.deadline ?? { text: null, date: period.due };
  const found = findTargets(block, { start: 0, end: text.length, skip: clauses, deadlines, taskDeadline: deadline });
  // A deadline in the title is the task's own; the dated steps come after the title, and in the table's cells.
  const milestones = [
    ...milestonesOf(
      block,
      deadlines.filter((d) => d.start >= titleEnd),
      found.map((t) => t.at),
    ),
    ...scheduleOf(span, year),
  ];

  notes.push((id) => unreadClauses(block, id, inClause));

  return {
    id: source.path.join("."),
    number: source.number,
    path: [...source.path],
    title,
    body,
    area: source.area,
    units: uniqueUnits([...clauses.flatMap((c) => c.units), ...(source.units ?? [])]),
    targets: found.map((t) => t.target),
    milestones,
    deadline,
    line: source.line,
    column: source.column,
  };
};

const AFTER_CLAUSE = new Set([..." \t,;:。"].map((c) => c.charCodeAt(0)));
/** Where the text after a responsibility clause that opens the task starts (0 where none opens it). */
const openingClauseEnd = (folded: string, clauses: readonly UnitClause[]): number => {
  const first = clauses[0];
  if (first === undefined || folded.slice(0, first.start).trim() !== "") return 0;
  let at = first.end;
  while (at < folded.length && AFTER_CLAUSE.has(folded.charCodeAt(at))) at++;
  return at < folded.length ? at : 0;
};

/** Where a task prints its own deadline: a deadline cell, a 完成时限 field, or a deadline inside the responsibility clause (…,9月底完成). */
interface DeadlineSpan {
  readonly joined: Joined;
  readonly start: number;
  readonly end: number;
}

const deadlineSpan = (source: TaskSource, clauses: ReturnType<typeof unitClauses>): DeadlineSpan | null => {
  const cell = source.deadlineCell;
  if (cell && cell.text.trim() !== "") return { joined: cell, start: 0, end: cell.text.length };
  const field = clauses.find((c) => c.deadline)?.deadline;
  if (!field || trimTrailingPunctuation(source.block.text.slice(field.start, field.end)) === "") return null;
  return { joined: source.block, ...field };
};

const datesIn = ({ joined, start, end }: DeadlineSpan, year: number | null): DeadlineMatch[] =>
  findDeadlines(joined.folded.slice(start, end), joined.text.slice(start, end), year)
    .filter((d) => d.deadline.date !== null)
    .map((d) => ({ ...d, start: d.start + start, end: d.end + start }));

/**
 * The deadline the task prints for itself, with its date where one follows. One that lists several
 * dated steps (1.2021年8月 2.2021年12月; 6月底前完成方案,12月底前全面完成) is a schedule: the task is
 * due at its last date.
 */
const ownDeadline = (span: DeadlineSpan | null, year: number | null): Deadline | null => {
  if (!span) return null;
  const text = trimTrailingPunctuation(span.joined.text.slice(span.start, span.end));
  const dates = datesIn(span, year);
  if (dates.length > 1)
    return {
      text,
      date: dates
        .map((d) => d.deadline.date!)
        .sort()
        .at(-1)!,
    };
  return printedDeadline(span.joined.text.slice(span.start, span.end), span.joined.folded.slice(span.start, span.end), year);
};

/** The steps of a deadline that lists several dates, each a milestone: its clause, dated. */
const scheduleOf = (span: DeadlineSpan | null, year: number | null): Milestone[] => {
  if (!span) return [];
  const dates = datesIn(span, year);
  if (dates.length < 2) return [];
  const { joined } = span;
  return dates.map((d) => {
    const start = clauseStart(joined.folded, d.start, span.start);
    const end = clauseEnd(joined.folded, d.end, span.end);
    return { text: trimTrailingPunctuation(joined.text.slice(start, end)) || d.deadline.text!, deadline: d.deadline, ...joined.position(d.start) };
  });
};

const printedDeadline = (text: string, folded: string, year: number | null): Deadline => {
  const printed = trimTrailingPunctuation(text);
  // A year alone in a deadline cell or field (2024) is due at its end; years from and to
  // (2022-2023: the years the work runs over), at the last one's end.
  const years = YEARS_FROM_TO.exec(trimTrailingPunctuation(folded));
  const date =
    findDeadlines(folded, text, year).find((d) => d.deadline.date !== null)?.deadline.date ?? (YEAR_ALONE.test(printed) ? endOfYear(Number(printed)) : years ? endOfYear(Number(years[2])) : null);
  return { text: printed, date };
};

/**
 * A dated step is a sentence with a deadline phrase that states no target (targets carry their own
 * deadline); 持续推进 and 常态化 mark no step.
 */
const milestonesOf = (block: Joined, deadlines: readonly DeadlineMatch[], targetOffsets: readonly number[]): Milestone[] => {
  const milestones: Milestone[] = [];
  let coveredUntil = -1;
  const dated = deadlines.filter((d) => !d.ongoing);
  for (const [k, d] of dated.entries()) {
    if (d.start < coveredUntil) continue;
    const start = Math.max(clauseStart(block.folded, d.start, 0), coveredUntil);
    let end = sentenceEnd(block.folded, d.end, block.text.length);
    // Steps listed in one sentence (6月底前下达60%、9月底前下达80%、11月底前全部到位) are a
    // milestone each, cut where the next opens after a 、 or a comma.
    const following = dated[k + 1];
    if (following && following.start < end) {
      const cut = Math.max(block.folded.lastIndexOf("、", following.start), block.folded.lastIndexOf(",", following.start));
      if (cut >= d.end) end = cut + 1;
    }
    coveredUntil = end;
    const next = targetOffsets[lowerBound(targetOffsets, start, (at) => at)];
    if (next !== undefined && next < end) continue;
    const text = trimTrailingPunctuation(block.text.slice(start, end));
    if (text !== "") milestones.push({ text, deadline: d.deadline, ...block.position(start) });
  }
  return milestones;
};
