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
