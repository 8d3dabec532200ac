// How a target bounds its value, read by grammar rather than from a list of phrases: a negation
// turns a word of "below" into a floor (不少于, 不得低于: ≥) and a word of "above" into a ceiling
// (不超过, 不高于: ≤); other words bound by themselves (至少, 控制在, 压缩至), before the number or
// after it (以上, 以内, 左右). Matched on folded text; words come from vocabulary.ts.

import type { Comparator } from "../models/target.js";
import { alternation } from "./labels.js";
import { COMPARATOR_WORDS as W } from "./vocabulary.js";

const NEGATED = `(?:${alternation(W.negations)})`;
// 不超过, 不高于: a ceiling that shortens too.
const NOT_ABOVE = new RegExp(`${NEGATED}\\s*(?:${alternation(W.above)})\\s*$`);
const BEFORE: readonly [RegExp, Comparator][] = [
  [new RegExp(`${NEGATED}\\s*(?:${alternation(W.below)})\\s*$`), ">="],
  [NOT_ABOVE, "<="],
  [new RegExp(`(?:${alternation([...W.atMost])})\\s*$`), "<="],
  [new RegExp(`(?:${alternation([...W.above, ...W.atLeast])})\\s*$`), ">="],
  [new RegExp(`(?:${alternation(W.below)})\\s*$`), "<="],
  [new RegExp(`(?:${alternation(W.about)})\\s*$`), "="],
];
const AFTER: readonly [RegExp, Comparator][] = [
  [new RegExp(`^(?:${alternation(W.atLeastAfter)})`), ">="],
  [new RegExp(`^(?:${alternation(W.atMostAfter)})`), "<="],
  [new RegExp(`^(?:${alternation(W.aboutAfter)})`), "="],
];
// A shortening verb (压缩至, 控制在) bounds a period too: 审批时间压缩至3个月.
const SHORTENS = new RegExp(`(?:${alternation(W.atMost)})\\s*$`);

/** The comparator printed just before a number (`before` is its clause's text up to the number), if any. */
export const comparatorBefore = (before: string): Comparator | undefined => BEFORE.find(([re]) => re.test(before))?.[1];

/** The comparator printed just after a quantity, and how many characters it takes. */
export const comparatorAfter = (after: string): { comparator: Comparator; length: number } | undefined => {
  for (const [re, comparator] of AFTER) {
    const m = re.exec(after);
    if (m) return { comparator, length: m[0].length };
  }
  return undefined;
};

/** Whether the words before a number shorten something to it (压缩至, 控制在, 不超过). */
export const shortensTo = (before: string): boolean => SHORTENS.test(before) || NOT_ABOVE.test(before);
