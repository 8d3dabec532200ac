// Where a plan stands on the web page it was copied from: below the site's menus and their
// numbered lists of links (1.政府信息公开指南 2.…), above the page's footer (相关链接, 版权所有). A
// numbered line outside is the page's, never a task.

import { fold, type SourceLine } from "../text/source.js";
import { alternation } from "./labels.js";
import { matchMarker } from "./markers.js";
import { ITEM_INSIDE } from "./shapes.js";
import { PAGE_DEBRIS, TITLE_ENDINGS } from "./vocabulary.js";

/** A line that reads as a plan's title: it ends like one (…工作方案, …要点》). */
export const TITLE_LINE = new RegExp(`(?:${alternation(TITLE_ENDINGS)})\\s*[》」』”]?\\s*$`);
const FOOTER = new RegExp(`^\\s*(?:${alternation(PAGE_DEBRIS.footers)})`, "i");
// …set apart from the words around it (by a space, a bracket or the line's ends), never inside a sentence (依法保护版权所有人…).
const FOOTER_INSIDE = new RegExp(`(?:(?<=^|\\s)|[【\\[(])(?:${alternation(PAGE_DEBRIS.footersInside)})(?=$|[\\s】\\]):])`, "gi");
// A menu entry may end like a title (工作计划); a plan's title names more, in a line at most so long.
export const MIN_TITLE = 8;
export const MAX_TITLE = 80;

// How far down a page its menus reach, in lines with text.
const MENU_REACH = 40;
// A menu's link is a few words: no sentence, no clause.
const MAX_LINK = 20;
const isLink = (folded: string): boolean => folded.length <= MAX_LINK && !/[。,;:()]/.test(folded);

const isTitle = (folded: string): boolean => folded.length >= MIN_TITLE && folded.length <= MAX_TITLE && !folded.includes("。") && matchMarker(folded) === null && TITLE_LINE.test(folded);

/**
 * The first and last line numbers of the document on its page: from its title where a menu's
 * numbered links (a few words each) stand above it, to the line before the page's footer; and where the
 * footer runs on in the plan's last line (a page run into one line), where in that line it starts.
 */
export const pageBounds = (lines: readonly SourceLine[]): { first: number; last: number; lastEndsAt?: number } => {
  let first = 1;
  let numberedAbove = false;
  let seen = 0;
  for (const line of lines) {
    const folded = fold(line.text).trim();
    if (folded === "") continue;
    if (++seen > MENU_REACH) break;
    if (isTitle(folded)) {
      if (numberedAbove) first = line.number;
      break;
    }
    if (matchMarker(folded) !== null) {
      // A numbered line that reads as a task (a sentence, a clause) is the plan's: it has begun.
      if (!isLink(folded)) break;
      numberedAbove = true;
    }
  }
  let numbered = false;
  for (const line of lines) {
    if (line.number < first) continue;
    const folded = fold(line.text);
    if (numbered && FOOTER.test(folded)) return { first, last: line.number - 1 };
    if (matchMarker(folded) !== null) numbered = true;
    // A footer run on after the plan's text: after its items, on the same line or above (a
    // toolbar above the plan, 【打印本页】, ends nothing).
    for (const inside of folded.matchAll(FOOTER_INSIDE)) {
      if (numbered || ITEM_INSIDE.test(folded.slice(0, inside.index))) return { first, last: line.number, lastEndsAt: inside.index };
    }
  }
  return { first, last: Number.POSITIVE_INFINITY };
};
