// A task's title: its heading as printed (the text before the first 。), or where it has none its
// first clause (up to the first , ; or 。), running on past a clause that only states a purpose or
// a means (为…, 按照…, 以…为目标). Punctuation inside quotes and brackets does not end it.

import { alternation } from "./labels.js";
import { ACTION_VERBS, PURPOSE_FRAMES, PURPOSE_NOUN_OPENERS, PURPOSE_OPENERS } from "./vocabulary.js";

// A colon ends a heading too: 农村危房改造:(1)….
const CLAUSE_STOP = new Set([..."。,;:!?\n"].map((c) => c.charCodeAt(0)));
const OPENERS = new Set([..."([【〔“‘《"].map((c) => c.charCodeAt(0)));
const CLOSERS = new Set([...")]】〕”’》"].map((c) => c.charCodeAt(0)));
const SENTENCE_STOP = "。!?\n";

/** Offset in `folded` where the title ends (exclusive), at most `limit`. */
export const titleEnd = (folded: string, limit: number): number => {
  const first = clauseStop(folded, 0, limit);
  if (first >= limit || SENTENCE_STOP.includes(folded[first]!) || !isPurpose(folded.slice(0, first))) return first;
  return clauseStop(folded, first + 1, limit);
};

const clauseStop = (folded: string, from: number, limit: number): number => {
  let depth = 0;
  for (let i = from; i < limit; i++) {
    const code = folded.charCodeAt(i);
    if (OPENERS.has(code)) depth++;
    else if (CLOSERS.has(code)) depth = Math.max(0, depth - 1);
    // A line break always ends a title, even inside an unclosed bracket.
    else if (code === 10 || (depth === 0 && CLAUSE_STOP.has(code))) return i;
  }
  return limit;
};

// The object of a noun opener takes at least this many characters before a verb can act on its own.
const MIN_OBJECT = 2;
const NOUN_OPENER = new RegExp(`^(?:${alternation(PURPOSE_NOUN_OPENERS)})`);
const ACTION_VERB = new RegExp(alternation(ACTION_VERBS));

/** Whether an opener's clause acts itself: a verb of action after its object (聚焦重点领域编制…). */
const actsItself = (clause: string): boolean => {
  const opener = NOUN_OPENER.exec(clause);
  return opener !== null && ACTION_VERB.test(clause.slice(opener[0].length + MIN_OBJECT));
};

const isPurpose = (clause: string): boolean =>
  (PURPOSE_OPENERS.some((w) => clause.startsWith(w)) && !actsItself(clause)) ||
  PURPOSE_FRAMES.some(({ opener, closers }) => clause.startsWith(opener) && closers.some((w) => clause.includes(w, opener.length)));
