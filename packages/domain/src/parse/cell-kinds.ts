// What a table cell holds, judged by its text alone: a bare number, units (with the people and
// phone numbers printed beside them), people, a lone short word, a deadline, a quantity, a status
// (是/否, 已完成), prose with dates in it (a schedule: 1、7月1日投入试运营 2、…) or other prose. Rows whose cells do not fall under their header are aligned by these kinds (align-row.ts).

import { fold } from "../text/source.js";
import { splitOutside } from "./brackets.js";
import { memo } from "./memo.js";
import { BARE_NUMBER, SHORT_WORD, YEAR_ALONE, YEARS_FROM_TO } from "./shapes.js";
import { findDeadlines } from "./deadlines.js";
import { alternation, ROLE_LABEL_SOURCE } from "./labels.js";
import { looksLikePerson, looksLikeUnitName, withoutEtcetera } from "./units.js";
import { ROLE_VERBS, STATUS_CELLS } from "./vocabulary.js";

export type CellKind = "empty" | "number" | "units" | "people" | "word" | "deadline" | "quantity" | "status" | "dated" | "prose";

const STATUS = new RegExp(`^(?:${alternation(STATUS_CELLS)})$`);
const QUANTITY = /^\d[\d,.]*\s*[万萬亿億千百]?[^\d\s]{0,4}$/;
// A cell lists names at these (outside brackets); a label (牵头单位:) and a role (牵头, (配合)) around a name are not part of it.
const SEPARATORS = "、,;/ \t\n";
const LABEL = new RegExp(`^(?:${ROLE_LABEL_SOURCE})\\s*:`);
const ROLE = new RegExp(`\\(?(?:${alternation(ROLE_VERBS.map(([w]) => w))})\\)?$`);
const ANY_YEAR = 2000;
// A deadline cell holds a deadline phrase and at most a few words after it (9月投入使用).
const DEADLINE_TAIL = 4;

/** The names a cell lists, without labels and roles. */
const namesOf = (folded: string): string[] =>
  splitOutside(folded, 0, folded.length, SEPARATORS)
    .map(([s, e]) => withoutEtcetera(withoutRole(folded.slice(s, e).replace(LABEL, ""))))
    .filter((p) => p !== "");

/** A name without the role printed after it (办公室牵头, 市发改委(牵头), 基层处等按职责分工落实), where what is left is a unit's name. */
const withoutRole = (piece: string): string => {
  const bare = piece.replace(ROLE, "");
  return bare !== piece && looksLikeUnitName(withoutEtcetera(bare)) ? bare : piece;
};

/** A cell that holds only a deadline: 12月底前, 2016年6月, 全年, 9月投入使用. */
export const isDeadlineCell = (text: string): boolean => {
  const folded = fold(text).trim();
  const found = findDeadlines(folded, folded, null);
  return found.length > 0 && found[0]!.start === 0 && folded.length - found.at(-1)!.end <= DEADLINE_TAIL;
};

/** What a cell holds. */
export const cellKind = (text: string): CellKind => kindOf(text);
const kindOf = memo((text: string): CellKind => {
  const folded = fold(text).trim();
  if (folded === "") return "empty";
  // A year alone (建设时间 | 2024), or years from and to (起止年限 | 2022-2023), dates: it numbers nothing.
  if (YEAR_ALONE.test(folded) || YEARS_FROM_TO.test(folded)) return "deadline";
  if (BARE_NUMBER.test(folded)) return "number";
  if (STATUS.test(folded)) return "status";
  if (isDeadlineCell(folded)) return "deadline";
  if (QUANTITY.test(folded)) return "quantity";
  const pieces = namesOf(folded);
  const units = pieces.filter(looksLikeUnitName).length;
  const people = pieces.filter((p) => !looksLikeUnitName(p) && looksLikePerson(p)).length;
  if (units > 0 && units + people === pieces.length) return "units";
  // A lone short word (张某, 保障, 红线) may be a name or a fragment of text; several names, or a
  // name with a post or a phone number, are people.
  if (units === 0 && people === pieces.length) return people === 1 && SHORT_WORD.test(pieces[0]!) ? "word" : "people";
  // A name a page broke at a space (节能与综合 利用司) is one unit.
  if (/\s/.test(folded) && namesOf(folded.replace(/\s+/g, "")).every(looksLikeUnitName)) return "units";
  // Any year will do to ask whether the text holds a date: the answer is not kept.
  return findDeadlines(folded, folded, ANY_YEAR).some((d) => d.deadline.date !== null) ? "dated" : "prose";
});
