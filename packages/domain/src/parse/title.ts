// A task's title: its heading as printed (the text before the first 。), or where it has none its
// first clause (up to the first , ; or 。), running on past a clause that only states a purpose or
// a means (为…, 按照…, 以…为目标). Punctuation inside quotes and brackets does not end it.

import { alternation } from "./labels.js";
import { PURPOSE_ADVERBS, PURPOSE_FRAMES, PURPOSE_OPENERS } from "./vocabulary.js";

// A colon ends a heading too: 农村危房改造:(1)….
const CLAUSE_STOP = new Set([..."。,;:!?\n"].map((c) => c.charCodeAt(0)));
const OPENERS = new Set([..."([【〔“‘《"].map((c) => c.charCodeAt(0)));
const CLOSERS = new Set([...")]】〕”’》"].map((c) => c.charCodeAt(0)));
const SENTENCE_STOP = "。!?\n";

/** Offset in `folded` where the title ends (exclusive), at most `limit`. */
export const titleEnd = (folded: string, limit: number): number => {
  let start = 0;
  let end = clauseStop(folded, 0, limit);
  // Past each clause of purpose in turn (在…领导下,以…为指导,全面贯彻…), a few at most.
  for (let runs = 0; runs < MAX_PURPOSES && end < limit && !SENTENCE_STOP.includes(folded[end]!) && isPurpose(folded.slice(start, end)); runs++) {
    start = end + 1;
    end = clauseStop(folded, start, limit);
  }
  return end;
};
const MAX_PURPOSES = 3;

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

// An adverb may stand before the opener: 广泛运用…, 充分利用….
const ADVERB = new RegExp(`^(?:${alternation(PURPOSE_ADVERBS)})`);

const isPurpose = (printed: string): boolean => {
  const clause = printed.replace(ADVERB, "");
  return PURPOSE_OPENERS.some((w) => clause.startsWith(w)) || PURPOSE_FRAMES.some(({ opener, closers }) => clause.startsWith(opener) && closers.some((w) => clause.includes(w, opener.length)));
};
