// A task often lists its measures as sub-items and names who is responsible once, on a line of
// its own after the last of them:
//   1.完善应急预案体系
//   (1)加强应急预案管理…  (2)推进…  (3)加强演练…
//   (责任单位:市直各有关单位、各县(市、区)人民政府)
// The responsibility is the item's, not the last measure's: the item is the task and its
// sub-items are its text.

import { Joined } from "../text/source.js";
import type { OutlineItem } from "./outline.js";
import { unitClauses } from "./units.js";

/** The outline with such items made tasks, their sub-items folded into their text. */
export const foldSubItems = (items: readonly OutlineItem[]): OutlineItem[] => {
  const out: OutlineItem[] = [];
  for (let i = 0; i < items.length; i++) {
    const item = items[i]!;
    let end = i + 1;
    while (end < items.length && items[end]!.depth > item.depth) end++;
    const children = items.slice(i + 1, end);
    // One sub-item with a clause is a task of its own; a list of measures shares the clause.
    if (item.isTask || children.length < 2 || !sharesClosingClause(item, children)) {
      out.push(item);
      continue;
    }
    const block = Joined.concat([item.block, ...children.map((c) => Joined.concat([labelOf(c), c.block], ""))]);
    out.push({ ...item, block, isTask: true });
    i = end - 1;
  }
  return out;
};

/** Only the last sub-item names units, and it does so in a clause that opens a line of its own. */
const sharesClosingClause = (item: OutlineItem, children: readonly OutlineItem[]): boolean => {
  if (children.some((c) => c.depth !== item.depth + 1 || !c.isTask) || unitClauses(item.block).length > 0) return false;
  if (children.slice(0, -1).some((c) => unitClauses(c.block).length > 0)) return false;
  const last = children.at(-1)!.block;
  const clauses = unitClauses(last);
  if (clauses.length !== 1 || clauses[0]!.end < last.text.trimEnd().length - 1) return false;
  const start = clauses[0]!.start;
  return start > 0 && last.position(start).line !== last.position(start - 1).line;
};

const labelOf = (item: OutlineItem): Joined => new Joined([{ line: item.line, column: item.column, text: item.marker.label }]);
