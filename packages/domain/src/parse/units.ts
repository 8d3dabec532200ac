// Responsibility clauses: (责任单位:A、B、C), (牵头单位:X;配合单位:Y、Z), with their roles.

import type { UnitRef, UnitRole } from "../models/unit.js";
import type { Joined } from "../text/source.js";
import { closingBracket, splitOutside } from "./brackets.js";

const ROLE_WORDS: readonly [RegExp, UnitRole][] = [
  [/^(牵头|牽頭|主办|主辦)/, "lead"],
  [/^(配合|协同|協同|参与|參與|协办|協辦)/, "support"],
  [/^(责任|責任|主责|主責)/, "responsible"],
];
const LABEL = "(?:牵头|牽頭|主办|主辦|责任|責任|主责|主責|配合|协同责任|協同責任|协同|協同|参与|參與|协办|協辦)(?:单位|單位|部门|部門)";
const CLAUSE_START = new RegExp(`\\(\\s*(?=${LABEL}\\s*:)`, "g");
const ROLE_LABEL = new RegExp(`^${LABEL}$`);
// Any "label:" that opens a section: a role, a deadline field, or a person (牵头负责领导:某某).
const SECTION_LABEL = /^\s*([^:、,,()]{1,10}?)\s*:/;
const DEADLINE_LABEL = /^(?:完成时限|完成時限|时限|時限|完成时间|完成時間|时间节点|時間節點|完成期限)$/;

const roleOf = (label: string): UnitRole => ROLE_WORDS.find(([re]) => re.test(label))?.[1] ?? "responsible";

// Placeholders that stand for several units: 有关设区市, 省有关部门和单位, 各县(市、区)人民政府, 市直各部门.
const GROUP = /(^|[省市县縣区區直])(各|有关|有關|相关|相關)|^对口支援|^對口支援|^其他|^其它/;
export const isGroup = (name: string): boolean => GROUP.test(name);

export interface UnitClause {
  /** Offsets of the whole clause, brackets included, in the block. */
  readonly start: number;
  readonly end: number;
  readonly units: UnitRef[];
  /** Offsets of a deadline field's value (完成时限:2025年12月底前), if the clause has one. */
  readonly deadline: { start: number; end: number } | null;
}

/** Finds every bracketed responsibility clause in a task's block. */
export const unitClauses = (block: Joined): UnitClause[] => {
  const folded = block.folded;
  const clauses: UnitClause[] = [];
  CLAUSE_START.lastIndex = 0;
  for (let m = CLAUSE_START.exec(folded); m; m = CLAUSE_START.exec(folded)) {
    const inner = m.index + m[0].length;
    const close = closingBracket(folded, m.index + 1);
    const end = close < 0 ? folded.length : close;
    clauses.push({ start: m.index, end: close < 0 ? end : end + 1, ...sectionsIn(block, inner, end) });
    CLAUSE_START.lastIndex = Math.max(end, inner);
  }
  return clauses;
};

/**
 * The sections of [start, end) of the block, split at ; outside brackets: units of each role
 * (names split at 、 , outside brackets) and the value of a deadline field. Sections with other
 * labels, such as the people in 牵头负责领导:某某, are not units and are passed over.
 */
export const sectionsIn = (
  block: Joined,
  start: number,
  end: number,
  defaultRole: UnitRole = "responsible",
): { units: UnitRef[]; deadline: { start: number; end: number } | null } => {
  const folded = block.folded;
  const units: UnitRef[] = [];
  let deadline: { start: number; end: number } | null = null;
  let role = defaultRole;
  for (const [sectionStart, sectionEnd] of splitOutside(folded, start, end, ";;")) {
    let from = sectionStart;
    const label = SECTION_LABEL.exec(folded.slice(sectionStart, sectionEnd));
    if (label) {
      from += label[0].length;
      const name = label[1]!.trim();
      if (DEADLINE_LABEL.test(name)) {
        deadline = { start: from, end: sectionEnd };
        continue;
      }
      if (!ROLE_LABEL.test(name)) continue;
      role = roleOf(name);
    }
    for (const [s, e] of splitOutside(folded, from, sectionEnd, "、,,")) {
      const span = trimName(block.text, s, e);
      if (!span) continue;
      const name = block.text.slice(span[0], span[1]);
      units.push({ name, role, group: isGroup(name), joined: block.spansBreak(span[0], span[1]), ...block.position(span[0]) });
    }
  }
  return { units, deadline };
};

// A trailing 等 ("and others") and stray punctuation are not part of a name.
const trimName = (text: string, start: number, end: number): [number, number] | null => {
  let s = start;
  let e = end;
  while (s < e && /[\s。.,,、]/.test(text[s]!)) s++;
  while (e > s && /[\s。.,,、]/.test(text[e - 1]!)) e--;
  if (e > s && text[e - 1] === "等" && e - s > 2) e--;
  return e > s ? [s, e] : null;
};
