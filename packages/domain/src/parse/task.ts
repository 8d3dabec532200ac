// One task from its text block (and, for tables, unit and deadline cells): title, body, units,
// deadline, targets and milestones.

import type { Deadline } from "../models/deadline.js";
import type { Milestone } from "../models/milestone.js";
import type { Task } from "../models/task.js";
import type { UnitRef } from "../models/unit.js";
import type { Joined } from "../text/source.js";
import { clauseStart, sentenceEnd } from "./clauses.js";
import { endOfYear, findDeadlines, type DeadlineMatch } from "./deadlines.js";
import { inRanges, lowerBound } from "./ranges.js";
import { findTargets } from "./targets.js";
import { unitClauses } from "./units.js";

export interface TaskSource {
  readonly number: string;
  readonly path: readonly string[];
  readonly line: number;
  readonly column: number;
  /** The task's text after its number, lines rejoined. */
  readonly block: Joined;
  /** Area named by the document itself (a top-level heading, a table's area column). */
  readonly area: string | null;
  /** Units given outside the text (table columns). */
  readonly units?: readonly UnitRef[];
  /** A deadline cell of a table. */
  readonly deadlineCell?: Joined;
}

export const TRAILING_PUNCT = /[\s。.,,;;::、]+$/;
const STOP = /[。!?\n]/;

export const readTask = (source: TaskSource, year: number | null): Task => {
  const { block } = source;
  const { text, folded } = block;
  const clauses = unitClauses(block);
  const inClause = (at: number) => inRanges(clauses, at);

  const firstStop = folded.search(STOP);
  const titleEnd = Math.min(firstStop < 0 ? text.length : firstStop, clauses[0]?.start ?? text.length);
  const title = text.slice(0, titleEnd).replace(TRAILING_PUNCT, "").trim();
  const bodyParts: string[] = [];
  let from = titleEnd;
  for (const clause of clauses) {
    if (clause.start > from) bodyParts.push(text.slice(from, clause.start));
    from = Math.max(from, clause.end);
  }
  bodyParts.push(text.slice(from));
  const body = bodyParts.join("").trim().replace(/^[。.!?]+/, "").trim();

  const all = findDeadlines(folded, text, year);
  const deadlines = all.filter((d) => !inClause(d.start));
  const deadline = ownDeadline(source, clauses, all, deadlines, titleEnd, year);
  const found = findTargets(block, { start: 0, end: text.length, skip: clauses, deadlines, taskDeadline: deadline });
  const milestones = milestonesOf(block, deadlines.filter((d) => d.start >= titleEnd), found.map((t) => t.at));

  return {
    id: source.path.join("."),
    number: source.number,
    path: [...source.path],
    title,
    body,
    area: source.area,
    units: [...clauses.flatMap((c) => c.units), ...(source.units ?? [])],
    targets: found.map((t) => t.target),
    milestones,
    deadline,
    line: source.line,
    column: source.column,
  };
};

/** A deadline cell or a 完成时限 field, else a deadline phrase in the title, else the end of the plan year. */
const ownDeadline = (
  source: TaskSource,
  clauses: ReturnType<typeof unitClauses>,
  all: readonly DeadlineMatch[],
  outsideClauses: readonly DeadlineMatch[],
  titleEnd: number,
  year: number | null,
): Deadline => {
  const cell = source.deadlineCell;
  if (cell && cell.text.trim() !== "") {
    return findDeadlines(cell.folded, cell.text, year)[0]?.deadline ?? { text: cell.text.trim(), date: null };
  }
  const field = clauses.find((c) => c.deadline)?.deadline;
  const own = (field && all.find((d) => d.start >= field.start && d.start < field.end)) ?? outsideClauses.find((d) => d.start < titleEnd);
  return own?.deadline ?? { text: null, date: year === null ? null : endOfYear(year) };
};

/** A dated step is a sentence with a deadline phrase that states no target (targets carry their own deadline). */
const milestonesOf = (block: Joined, deadlines: readonly DeadlineMatch[], targetOffsets: readonly number[]): Milestone[] => {
  const milestones: Milestone[] = [];
  let coveredUntil = -1;
  for (const d of deadlines) {
    if (d.start < coveredUntil) continue;
    const start = clauseStart(block.folded, d.start, 0);
    const end = sentenceEnd(block.folded, d.end, block.text.length);
    coveredUntil = end;
    const next = targetOffsets[lowerBound(targetOffsets, start, (at) => at)];
    if (next !== undefined && next < end) continue;
    const text = block.text.slice(start, end).replace(TRAILING_PUNCT, "").trim();
    if (text !== "") milestones.push({ text, deadline: d.deadline, ...block.position(start) });
  }
  return milestones;
};
