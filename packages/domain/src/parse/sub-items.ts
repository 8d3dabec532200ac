// A task often lists its measures as sub-items and names who is responsible once, on a line of
// its own after the last of them:
//   1.完善应急预案体系
//   (1)加强应急预案管理…  (2)推进…  (3)加强演练…
//   (责任单位:市直各有关单位、各县(市、区)人民政府)
// The sub-items are the tasks, as everywhere (the items with nothing numbered under them), and the
// closing clause is every one's: each sub-item is given the units it names.

import type { UnitRef } from "../models/unit.js";
import type { OutlineItem } from "./outline.js";
import { unitClauses } from "./units.js";

/** An outline item, with the units a closing clause gives it besides its own. */
export type SharingItem = OutlineItem & { readonly shared?: readonly UnitRef[] };

/** The outline with the units of a clause that closes a list of sub-items given to each of them. */
export const shareClosingClauses = (items: readonly OutlineItem[]): SharingItem[] => {
  const out: SharingItem[] = [...items];
  for (let i = 0; i < items.length; i++) {
    const item = items[i]!;
    let end = i + 1;
    while (end < items.length && items[end]!.depth > item.depth) end++;
    const children = items.slice(i + 1, end);
    // One sub-item with a clause is a task with its own units; a list of measures shares the clause.
    if (item.isTask || children.length < 2 || !sharesClosingClause(item, children)) continue;
    const units = unitClauses(children.at(-1)!.block)[0]!.units;
    for (let k = i + 1; k < end - 1; k++) out[k] = { ...items[k]!, shared: units };
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
