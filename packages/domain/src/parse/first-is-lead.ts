// Many plans say once, in whatever words, that the first unit listed leads ("排在第一位的为牵头
// 单位", "列首位者为牵头单位,下同", "牵头单位排在首位"): in a preamble, a note, or inside the
// first task's own clause. From there on, the first unit of each task without a marked lead leads,
// whatever role its list gave it (按职责分工负责 included).

import type { Task } from "../models/task.js";
import { alternation } from "./labels.js";
import { FIRST_LISTED_WORDS, LEAD_WORDS } from "./vocabulary.js";

// Within a clause: the first-listed words, then a lead word (首位的为牵头单位), or the other way round.
const FIRST = alternation(FIRST_LISTED_WORDS);
const LEAD = alternation(LEAD_WORDS);
const STATEMENT = new RegExp(`(?:${FIRST})[^。;,\\n]{0,12}?(?:${LEAD})|(?:${LEAD})[^。;,\\n]{0,10}?(?:${FIRST})`);
const STATEMENTS = new RegExp(STATEMENT.source, "g");

/** Whether a (folded) text states that the first unit listed leads. */
export const statesFirstIsLead = (folded: string): boolean => STATEMENT.test(folded);

/** Offsets of the statements in a folded text, in order. */
export const firstIsLeadStatements = (folded: string): number[] => [...folded.matchAll(STATEMENTS)].map((m) => m.index);

/**
 * Makes the first unit of each task without a lead its lead, from the task in which the document
 * first says so (`line`) to the end; a statement below the last task (a note under a table) covers all.
 */
export const markFirstAsLead = (tasks: readonly Task[], line: number): void => {
  const from = tasks.findLastIndex((t) => t.line <= line);
  const covered = from < 0 || from === tasks.length - 1 ? tasks : tasks.slice(from);
  for (const task of covered) {
    if (task.units.some((u) => u.role === "lead")) continue;
    const first = task.units[0];
    if (first) first.role = "lead";
  }
};
