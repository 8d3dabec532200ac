// A plan is often published inside its covering letter (关于印发…的通知): the letter may number its
// own requests ("1.明确任务,压实责任。…"), then closes with the issuer, the date and a publication
// note before the plan itself begins. The letter's numbered paragraphs are not tasks.

import { fold, type SourceLine } from "../text/source.js";
import { matchMarker } from "./markers.js";

// How a letter closes: its date alone on a line (2021年1月25日), or its publication note.
const LETTER_CLOSE =
  /^\s*(?:(?:19|20)\d{2}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日|[一二〇○零三四五六七八九]{4}年[一二三四五六七八九十]{1,2}月[一二三四五六七八九十]{1,3}日|\(\s*此件(?:公开发布|公開發布|主动公开|主動公開|不公开|不公開)[^)]*\))\s*$/;

/** The number of the line that closes a covering letter with numbered paragraphs, or 0 when there is none. */
export const coveringLetterEnd = (lines: readonly SourceLine[]): number => {
  let numberedBefore = false;
  for (let i = 0; i < lines.length; i++) {
    const folded = fold(lines[i]!.text);
    if (LETTER_CLOSE.test(folded)) {
      // Only a close with numbered paragraphs above it and numbered items after it sets a letter apart.
      if (!numberedBefore) return 0;
      const after = lines.slice(i + 1).some((l) => matchMarker(fold(l.text)) !== null);
      return after ? lines[i]!.number : 0;
    }
    if (matchMarker(folded) !== null) numberedBefore = true;
  }
  return 0;
};

// The same close inside a page run into one line: set apart by spaces, with the plan after it.
const LETTER_CLOSE_INSIDE =
  /\s(?:(?:19|20)\d{2}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日|[一二〇○零三四五六七八九]{4}年[一二三四五六七八九十]{1,2}月[一二三四五六七八九十]{1,3}日)(?:\s*\(\s*此件[^)]{2,8}\))?(?=\s)/g;
// A numbered paragraph begun inside such a line: 1. or (一) after a stop or a space.
const NUMBERED_INSIDE = /(?:^|[。;\s])(?:\d{1,2}[.、]|\([一二三四五六七八九十]{1,2}\)|[一二三四五六七八九十]{1,2}、)\S/;

/**
 * Where, in a line a page ran its covering letter and its plan into, the letter closes (after its
 * date and publication note), or null: only where the letter numbers paragraphs of its own and items follow.
 */
export const runInLetterEnd = (line: SourceLine): number | null => {
  const folded = fold(line.text);
  for (const close of folded.matchAll(LETTER_CLOSE_INSIDE)) {
    const end = close.index + close[0].length;
    if (NUMBERED_INSIDE.test(folded.slice(0, close.index)) && NUMBERED_INSIDE.test(folded.slice(end))) return end;
  }
  return null;
};
