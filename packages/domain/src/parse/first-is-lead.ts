// Many plans say once, in whatever words, that the first unit listed leads ("排在第一位的为牵头
// 单位", "列首位者为牵头单位,下同", "牵头单位排在首位"): in a preamble, a note, or inside a task's
// own clause. From there on, the first unit of each task without a marked lead leads, whatever
// role its list gave it (按职责分工负责 included).

import type { Task } from "../models/task.js";
import { alternation } from "./labels.js";
import { FIRST_LISTED, LEAD_WORDS, UNIT_NOUNS } from "./vocabulary.js";

const W = FIRST_LISTED;
const LEAD = alternation(LEAD_WORDS);
const NOUN = alternation(UNIT_NOUNS);
// 排在第一位的为牵头单位, 列在任务分工首位的为牵头单位, 第一个单位为牵头单位 / 牵头单位排在首位.
const STATEMENT = new RegExp(
  `(?:(?:${alternation(W.stands)})[^。;,\\n]{0,6}?)?(?:${alternation(W.first)})(?:${alternation(W.what)})?(?:${alternation(W.copulas)})[^。;,\\n]{0,2}?(?:${LEAD})` +
    `|(?:${LEAD})(?:${NOUN})(?:${alternation([...W.copulas, ...W.stands])})[^。;,\\n]{0,4}?(?:${alternation(W.first)})`,
);

/** Whether a (folded) text states that the first unit listed leads. */
export const statesFirstIsLead = (folded: string): boolean => STATEMENT.test(folded);

/** The offset of the first statement in a folded text, if it has one. */
export const firstIsLeadStatement = (folded: string): number | undefined => STATEMENT.exec(folded)?.index;

/**
 * Makes the first unit of each task without a lead its lead, from the task in which the document
 * first says so (the task begun last before `at`) to the end; a statement above the tasks, or in a
 * note below them (注:…, `inNote`), covers all.
 */
export const markFirstAsLead = (tasks: readonly Task[], at: { line: number; column: number }, inNote: boolean): void => {
  const from = inNote ? -1 : tasks.findLastIndex((t) => t.line < at.line || (t.line === at.line && t.column <= at.column));
  const covered = from < 0 ? tasks : tasks.slice(from);
  for (const task of covered) {
    if (task.units.some((u) => u.role === "lead")) continue;
    const first = task.units[0];
    if (first) first.role = "lead";
  }
};
