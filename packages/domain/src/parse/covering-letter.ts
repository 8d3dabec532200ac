// A plan is often published inside its covering letter (关于印发…的通知): the letter may number its
// own requests ("1.明确任务,压实责任。…"), then closes with the issuer, the date and a publication
// note before the plan itself begins. The letter's numbered paragraphs are not tasks.

import { fold, type SourceLine } from "../text/source.js";
import { alternation } from "./labels.js";
import { matchMarker } from "./markers.js";
import { ITEM_INSIDE } from "./shapes.js";
import { LETTER_WORDS } from "./vocabulary.js";

// A letter's date, in figures or in words: 2021年1月25日, 二〇二一年一月二十五日.
const LETTER_DATE = "(?:19|20)\\d{2}\\s*年\\s*\\d{1,2}\\s*月\\s*\\d{1,2}\\s*日|[一二〇○零三四五六七八九]{4}年[一二三四五六七八九十]{1,2}月[一二三四五六七八九十]{1,3}日";
// Its publication note: (此件公开发布).
const PUBLICATION_NOTE = `\\(\\s*(?:${alternation(LETTER_WORDS.notes)})[^)]*\\)`;
// How a letter closes: its date alone on a line, or its publication note.
const LETTER_CLOSE = new RegExp(`^\\s*(?:${LETTER_DATE}|${PUBLICATION_NOTE})\\s*$`);

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
const LETTER_CLOSE_INSIDE = new RegExp(`\\s(?:${LETTER_DATE})(?:\\s*${PUBLICATION_NOTE})?(?=\\s)`, "g");
// A letter says what it sends: 关于印发…的通知.
const LETTER_OPENING = new RegExp(alternation(LETTER_WORDS.openings));

/**
 * Where, in a line a page ran its covering letter and its plan into, the letter closes (after its
 * date and publication note), or null: only where a letter opens the line (关于印发…的通知), numbers
 * paragraphs of its own and items follow its close.
 */
const runInLetterEnd = (line: SourceLine): number | null => {
  const folded = fold(line.text);
  for (const close of folded.matchAll(LETTER_CLOSE_INSIDE)) {
    const end = close.index + close[0].length;
    const before = folded.slice(0, close.index);
    if (LETTER_OPENING.test(before) && ITEM_INSIDE.test(before) && ITEM_INSIDE.test(folded.slice(end))) return end;
  }
  return null;
};

/** The first line a covering letter and its plan were run into, and where in it the letter closes; null where none was. */
export const runInLetter = (lines: readonly SourceLine[]): { readonly line: SourceLine; readonly end: number } | null => {
  for (const line of lines) {
    const end = runInLetterEnd(line);
    if (end !== null) return { line, end };
  }
  return null;
};
