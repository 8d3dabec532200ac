// A target's baseline where the document states one: 由35%提高到40%, 从8个工作日压缩至5个工作日,
// 由10天降低到5天, and lists of them: 从600元、400元分别提高到650元、450元. The first numbers are
// where the targets start from, not targets of their own; a change downwards makes the targets
// limits (<=).

import { alternation } from "./labels.js";
import { BASELINE_WORDS } from "./vocabulary.js";

// The opener may name what the baseline measures before its number (由家庭年人均收入2650元提高到…):
// a few words, no number or stop between. The verb after the number (提高到) is what decides.
const OPENER_REACH = 12;
const OPENER = new RegExp(`(?:${alternation(BASELINE_WORDS.openers)})[^\\d,;。、:]{0,${OPENER_REACH - 2}}$`);
const NOT_OPENER = new RegExp(alternation(BASELINE_WORDS.notOpeners), "g");
/** Words with the characters that only begin other words (从事, 由于) blanked, offsets kept. */
const openersOnly = (words: string): string => words.replace(NOT_OPENER, (w) => "\u3000".repeat(w.length));

/** A metric's words without the opener at their end and what it names (森林覆盖率由, 低保标准由家庭年人均收入); never nothing. */
export const withoutBaselineOpener = (words: string): string => {
  const opener = OPENER.exec(openersOnly(words));
  const metric = opener ? words.slice(0, opener.index).trimEnd() : words;
  return metric === "" ? words : metric;
};
const EACH = `(?:${alternation(BASELINE_WORDS.each)})?`;
const UP = new RegExp(`^\\s*${EACH}\\s*(?:${alternation(BASELINE_WORDS.up)})\\s*(?:${alternation(BASELINE_WORDS.to)})\\s*`);
const DOWN = new RegExp(`^\\s*${EACH}\\s*(?:${alternation(BASELINE_WORDS.down)})\\s*(?:${alternation(BASELINE_WORDS.to)})\\s*`);

/** What a quantity is to a statement of baselines. */
export type BaselineStep =
  /** A baseline of a list that goes on after 、. */
  | { readonly kind: "listed" }
  /** The last baseline: the targets' numbers start at `next` (right after 提高到). */
  | { readonly kind: "leads"; readonly next: number; readonly down: boolean };

/**
 * Whether the quantity at [start, end) of a folded text is a baseline (由X提高到…, 由X、Y分别提高到…):
 * null when it is not. `from` bounds the look back (the start of the quantity's clause);
 * `listing` says a list of baselines is open, so that no opener need stand before this one.
 */
export const baselineStep = (folded: string, start: number, end: number, from: number, listing: boolean): BaselineStep | null => {
  if (!listing && !OPENER.test(openersOnly(folded.slice(Math.max(from, start - OPENER_REACH), start)))) return null;
  const after = folded.slice(end, end + 12);
  if (after.startsWith("、")) return { kind: "listed" };
  const up = UP.exec(after);
  const down = up ? null : DOWN.exec(after);
  const verb = up ?? down;
  return verb ? { kind: "leads", next: end + verb[0].length, down: down !== null } : null;
};
