// Marks text inside quotation marks and book-title marks: “5511”工程, 《十三五规划》. Quantities
// there are names, never targets, unless a quotation states a goal in words of its own
// (实现“培育示范企业达到120家”的目标): then its quantities are read like any other.

import { alternation } from "./labels.js";
import { BASELINE_WORDS, COMPARATOR_WORDS, RESULT_VERBS } from "./vocabulary.js";

const PAIRS: Record<string, string> = { "“": "”", "‘": "’", "「": "」", "『": "』", "《": "》", "〈": "〉", '"': '"' };
const OPENERS = /[“‘「『《〈"]/g;
// Titles of documents are names whatever they hold.
const TITLES = "《〈";
// An unclosed quote is ended at the sentence's end, and no quoted name runs longer than
// MAX_QUOTE, so a stray quotation mark cannot hide the rest of a task.
const LIMITS = ["。", ";", ";", "\n"];
const MAX_QUOTE = 80;
// A goal says what is to be reached: a verb of result or change, or a comparator.
const GOAL = new RegExp(
  alternation([...RESULT_VERBS, ...BASELINE_WORDS.up, ...BASELINE_WORDS.down, ...COMPARATOR_WORDS.atLeastAfter.filter((w) => w.length > 1), ...COMPARATOR_WORDS.below, ...COMPARATOR_WORDS.above]),
);

export const quotedMask = (folded: string): Uint8Array => {
  const mask = new Uint8Array(folded.length);
  OPENERS.lastIndex = 0;
  for (let m = OPENERS.exec(folded); m; m = OPENERS.exec(folded)) {
    const open = m.index;
    const window = folded.slice(open + 1, open + 1 + MAX_QUOTE);
    let end = window.indexOf(PAIRS[m[0]]!);
    if (end < 0) end = window.length;
    for (const limit of LIMITS) {
      const at = window.indexOf(limit);
      if (at >= 0 && at < end) end = at;
    }
    if (TITLES.includes(m[0]) || !GOAL.test(window.slice(0, end))) mask.fill(1, open, open + 1 + end + 1);
    end += open + 1;
    OPENERS.lastIndex = end + 1;
  }
  return mask;
};
