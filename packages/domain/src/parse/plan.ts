// parsePlan: a work-plan document (bytes or text) in, a typed Plan out. Never throws on text;
// bytes that are not text in a known encoding raise a DecodeError.

import type { Area } from "../models/area.js";
import type { Deadline } from "../models/deadline.js";
import type { Milestone } from "../models/milestone.js";
import type { Plan } from "../models/plan.js";
import type { Task } from "../models/task.js";
import type { Unit, UnitRef } from "../models/unit.js";
import { decode, type Encoding } from "../text/decode.js";
import { contentHash } from "../text/hash.js";
import { fold, Joined, splitLines, type SourceLine } from "../text/source.js";
import { areasFromHeadings, inferAreas } from "./areas.js";
import { clauseStart, sentenceEnd } from "./clauses.js";
import { readDeclaration } from "./declaration.js";
import { endOfYear, findDeadlines, planYear, type DeadlineMatch } from "./deadlines.js";
import { outline, type OutlineItem } from "./outline.js";
import { findTargets } from "./targets.js";
import { unitClauses } from "./units.js";

export interface ParseOptions {
  /** Overrides encoding detection for byte input. */
  readonly encoding?: Encoding;
  /** Title to use when the document has no title line (the CLI passes the file name). */
  readonly title?: string;
}

const TITLE_LINE = /(要点|要點|方案|计划|計劃|计画|計畫|通知|意见|意見|清单|清單|分工|安排|任务|任務)\s*$/;
const TRAILING_PUNCT = /[\s。.,,;;::、]+$/;

export const parsePlan = (input: string | Uint8Array, options: ParseOptions = {}): Plan => {
  const text = typeof input === "string" ? input.replace(/^\uFEFF/, "") : decode(input, options.encoding);
  const { preamble: preambleLines, items } = outline(splitLines(text));
  const { title, rest } = splitTitle(preambleLines, options.title);
  const preamble = new Joined(rest.map((l) => ({ line: l.number, column: 1, text: l.text.trim() }))).text;
  const year = planYear(fold(`${title}\n${preamble}`));
  const declared = readDeclaration(preamble);

  const tasks = items.filter((item) => item.isTask).map((item) => readTask(item, year));
  const areas = areasOf(items, tasks, declared);
  // Areas list their tasks in document order, so one forward walk names each task's area.
  let next = 0;
  for (const area of areas) {
    for (const number of area.tasks) {
      while (next < tasks.length && tasks[next]!.number !== number) next++;
      if (next < tasks.length) tasks[next++]!.area = area.name;
    }
  }
  return { id: `plan_${contentHash(text)}`, title, year, preamble, declared, areas, tasks, units: unitsOf(tasks) };
};

const splitTitle = (lines: readonly SourceLine[], fallback: string | undefined): { title: string; rest: readonly SourceLine[] } => {
  const first = lines.findIndex((l) => l.text.trim() !== "");
  const candidate = first >= 0 ? lines[first]!.text.trim() : "";
  if (candidate !== "" && candidate.length <= 80 && !candidate.includes("。") && TITLE_LINE.test(candidate)) {
    return { title: candidate, rest: lines.slice(first + 1) };
  }
  return { title: fallback ?? "", rest: lines };
};

const readTask = (item: OutlineItem, year: number | null): Task => {
  const { block } = item;
  const { text, folded } = block;
  const clauses = unitClauses(block);
  const inClause = (at: number) => clauses.some((c) => at >= c.start && at < c.end);

  const firstStop = folded.search(/[。!?]/);
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
  // The task's own deadline: a 完成时限 field, else a deadline phrase in its title, else the plan year's end.
  const field = clauses.find((c) => c.deadline)?.deadline;
  const own = (field && all.find((d) => d.start >= field.start && d.start < field.end)) ?? deadlines.find((d) => d.start < titleEnd);
  const deadline: Deadline = own?.deadline ?? { text: null, date: year === null ? null : endOfYear(year) };
  const found = findTargets(block, { start: 0, end: text.length, skip: clauses, deadlines, taskDeadline: deadline });
  const milestones = milestonesOf(block, deadlines.filter((d) => d.start >= titleEnd), found.map((t) => t.at));

  return {
    number: item.marker.number,
    path: [...item.path],
    title,
    body,
    area: null,
    units: clauses.flatMap((c) => c.units),
    targets: found.map((t) => t.target),
    milestones,
    deadline,
    line: item.line,
    column: item.column,
  };
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
    if (targetOffsets.some((at) => at >= start && at < end)) continue;
    const text = block.text.slice(start, end).replace(TRAILING_PUNCT, "").trim();
    if (text !== "") milestones.push({ text, deadline: d.deadline, ...block.position(start) });
  }
  return milestones;
};

const areasOf = (items: readonly OutlineItem[], tasks: readonly Task[], declared: Plan["declared"]): Area[] => {
  const topHeadings = items.filter((item) => item.depth === 0 && !item.isTask);
  if (topHeadings.length === 0) return inferAreas(declared, tasks);
  const headings: { name: string; tasks: string[] }[] = [];
  let taskIndex = 0;
  for (const item of items) {
    if (item.depth === 0 && !item.isTask) headings.push({ name: headingTitle(item), tasks: [] });
    if (item.isTask) {
      const task = tasks[taskIndex++]!;
      headings.at(-1)?.tasks.push(task.number);
    }
  }
  return areasFromHeadings(headings);
};

const headingTitle = (item: OutlineItem): string => {
  const text = item.block.text;
  const stop = item.block.folded.search(/[。!?]/);
  return (stop < 0 ? text : text.slice(0, stop)).replace(TRAILING_PUNCT, "").trim() || item.marker.label;
};

const unitsOf = (tasks: readonly Task[]): Unit[] => {
  const byName = new Map<string, Unit>();
  const note = (ref: UnitRef, task: string) => {
    let unit = byName.get(ref.name);
    if (!unit) {
      unit = { name: ref.name, group: ref.group, tasks: { lead: [], responsible: [], support: [] } };
      byName.set(ref.name, unit);
    }
    const list = unit.tasks[ref.role];
    if (!list.includes(task)) list.push(task);
  };
  for (const task of tasks) for (const ref of task.units) note(ref, task.number);
  return [...byName.values()];
};
