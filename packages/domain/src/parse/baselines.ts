// A target's baseline where the document states one: 由35%提高到40%, 从8个工作日压缩至5个工作日,
// 由10天降低到5天. The first number is where the target starts from, not a target of its own; a
// change downwards makes the target a limit (<=).

import { alternation } from "./labels.js";
import { BASELINE_WORDS } from "./vocabulary.js";

const OPENER = new RegExp(`(?:${alternation(BASELINE_WORDS.openers)})\\s*$`);
/** The opener at the end of a metric's words (森林覆盖率由), to be dropped from the metric. */
export const BASELINE_OPENER_END = OPENER;
const UP = new RegExp(`^\\s*(?:${alternation(BASELINE_WORDS.up)})\\s*(?:${alternation(BASELINE_WORDS.to)})\\s*`);
const DOWN = new RegExp(`^\\s*(?:${alternation(BASELINE_WORDS.down)})\\s*(?:${alternation(BASELINE_WORDS.to)})\\s*`);

/** A number read as a baseline: where the target's number must start, and which way the target moves. */
export interface BaselineLead {
  /** Offset in the folded text where the target's number starts (right after 提高到). */
  readonly next: number;
  readonly down: boolean;
}

/**
 * Whether the quantity at [start, end) of a folded text is a baseline (由X提高到…): null when it
 * is not. `from` bounds the look back (the start of the quantity's clause).
 */
export const baselineLead = (folded: string, start: number, end: number, from: number): BaselineLead | null => {
  if (!OPENER.test(folded.slice(Math.max(from, start - 4), start))) return null;
  const after = folded.slice(end, end + 8);
  const up = UP.exec(after);
  const down = up ? null : DOWN.exec(after);
  const verb = up ?? down;
  return verb ? { next: end + verb[0].length, down: down !== null } : null;
};
