// Who is responsible for a task, in the three ways plans print it:
//   A/B  bracketed labelled clauses: (责任单位:A、B), (牵头单位:X;配合单位:Y、Z)
//   B    labelled lines:             牵头单位:X  /  配合单位:Y、Z  /  完成时限:…
//   C    inline role verbs:          (X牵头,Y、Z按职责分工负责), (X负责)

import type { UnitRef, UnitRole } from "../models/unit.js";
import type { Joined } from "../text/source.js";
import { closingBracket, splitOutside } from "./brackets.js";
import { inRanges } from "./ranges.js";
import { DEADLINE_LABEL, OTHER_LABEL, ROLE_LABEL, ROLE_LABEL_SOURCE, roleOf } from "./labels.js";

const BRACKETED_LABEL = new RegExp(`\\(\\s*(?=${ROLE_LABEL_SOURCE}\\s*:)`, "g");
const LINE_LABEL = new RegExp(`(?:^|\\n)\\s*(?=(?:${ROLE_LABEL_SOURCE}|${DEADLINE_LABEL.source.slice(1, -1)}|${OTHER_LABEL.source.slice(1, -1)})\\s*:)`, "g");
// Any "label:" that opens a section: a role, a deadline field, or a person (牵头负责领导:某某).
const SECTION_LABEL = /^\s*([^:、,,()]{1,10}?)\s*:/;

// Role verbs after unit names (layout C). "X负责" alone makes X the lead.
const LEAD_VERB = /(?:牵头负责|牽頭負責|牵头|牽頭)$/;
const SUPPORT_VERB =
  /(?:按职责分工负责|按職責分工負責|按职责分工落实|按職責分工落實|按职责负责|按職責負責|分工负责|分工負責|分别负责|分別負責|共同负责|共同負責|配合|参与|參與|协同|協同|协助|協助|协办|協辦)$/;
const RESPONSIBLE_VERB = /(?:具体负责|具體負責|负责|負責|承担|承擔|落实|落實)$/;

// Placeholders that stand for several units: 有关设区市, 省有关部门和单位, 各县(市、区)人民政府, 市直各部门.
const GROUP = /(^|[省市县縣区區直])(各|有关|有關|相关|相關)|^对口支援|^對口支援|^其他|^其它/;
export const isGroup = (name: string): boolean => GROUP.test(name);

export interface UnitClause {
  /** Offsets of the whole clause (brackets included) in the block. */
  readonly start: number;
  readonly end: number;
  readonly units: UnitRef[];
  /** Offsets of a deadline field's value (完成时限:2025年12月底前), if the clause has one. */
  readonly deadline: { start: number; end: number } | null;
}

/** Every responsibility clause of a task's block, in order. */
export const unitClauses = (block: Joined): UnitClause[] => {
  const folded = block.folded;
  const clauses: UnitClause[] = [];
  BRACKETED_LABEL.lastIndex = 0;
  for (let m = BRACKETED_LABEL.exec(folded); m; m = BRACKETED_LABEL.exec(folded)) {
    const inner = m.index + m[0].length;
    const close = closingBracket(folded, m.index + 1);
    const end = close < 0 ? folded.length : close;
    clauses.push({ start: m.index, end: close < 0 ? end : end + 1, ...sectionsIn(block, inner, end) });
    BRACKETED_LABEL.lastIndex = Math.max(end, inner);
  }
  // Bracketed clauses come in order and do not overlap.
  const inside = (at: number) => inRanges(clauses, at);
  LINE_LABEL.lastIndex = 0;
  const lineClauses: UnitClause[] = [];
  for (let m = LINE_LABEL.exec(folded); m; m = LINE_LABEL.exec(folded)) {
    const start = m.index + m[0].length;
    if (inside(start)) continue;
    const lineEnd = folded.indexOf("\n", start);
    const end = lineEnd < 0 ? folded.length : lineEnd;
    lineClauses.push({ start, end, ...sectionsIn(block, start, end) });
    LINE_LABEL.lastIndex = Math.max(end, start + 1);
  }
  const taken = [...clauses, ...lineClauses].sort((a, b) => a.start - b.start);
  return [...taken, ...inlineRoleClauses(block, (at) => inRanges(taken, at))].sort((a, b) => a.start - b.start);
};

/**
 * Sections of [start, end), split at ; outside brackets: units of each role (names split at
 * 、 , outside brackets) and the value of a deadline field. Sections with other labels, such
 * as the people of 牵头负责领导:某某, are passed over.
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
      const name = label[1]!.trim();
      if (DEADLINE_LABEL.test(name)) {
        deadline = { start: from + label[0].length, end: sectionEnd };
        continue;
      }
      // People (牵头负责领导:某某) and labels we do not know are not units.
      if (!ROLE_LABEL.test(name)) continue;
      role = roleOf(name);
      from += label[0].length;
    }
    units.push(...namesIn(block, from, sectionEnd, role));
  }
  return { units, deadline };
};

/** Unit names in [start, end), split at 、 , (or the given separators) outside brackets. */
export const namesIn = (block: Joined, start: number, end: number, role: UnitRole, separators = "、,,"): UnitRef[] =>
  splitOutside(block.folded, start, end, separators).flatMap(([s, e]) => {
    const span = trimName(block.text, s, e);
    if (!span) return [];
    const name = block.text.slice(span[0], span[1]);
    // `unit` is settled once the whole plan is read (see units/directory.ts).
    return [{ name, unit: name, role, group: isGroup(name), joined: block.spansBreak(span[0], span[1]), ...block.position(span[0]) }];
  });

/** Bracketed clauses in which every part ends with a role verb: (X牵头,Y按职责分工负责), (X负责). */
const inlineRoleClauses = (block: Joined, taken: (at: number) => boolean): UnitClause[] => {
  const folded = block.folded;
  const clauses: UnitClause[] = [];
  // Top-level brackets only: after each, carry on past its close, so nesting costs nothing.
  for (let open = folded.indexOf("("), close = 0; open >= 0; open = folded.indexOf("(", close + 1)) {
    close = closingBracket(folded, open + 1);
    if (close < 0) break;
    if (taken(open)) continue;
    const parts = splitOutside(folded, open + 1, close, ",,;;");
    const roles = parts.map(([s, e]) => {
      const part = folded.slice(s, e).trim();
      return LEAD_VERB.exec(part) ?? SUPPORT_VERB.exec(part) ?? RESPONSIBLE_VERB.exec(part);
    });
    if (roles.some((r) => r === null)) continue;
    const hasLead = parts.some(([s, e]) => LEAD_VERB.test(folded.slice(s, e).trim()));
    const units = parts.flatMap(([s, e], i) => {
      const part = folded.slice(s, e).trim();
      const verb = roles[i]![0];
      const role: UnitRole = LEAD_VERB.test(part) ? "lead" : SUPPORT_VERB.test(part) ? "support" : hasLead ? "responsible" : "lead";
      const partEnd = s + folded.slice(s, e).trimEnd().length - verb.length;
      return namesIn(block, s, partEnd, role);
    });
    if (units.length > 0) clauses.push({ start: open, end: close + 1, units, deadline: null });
  }
  return clauses;
};

// A trailing 等 ("and others"), a leading 由 ("by") and stray punctuation are not part of a name.
const trimName = (text: string, start: number, end: number): [number, number] | null => {
  let s = start;
  let e = end;
  while (s < e && /[\s。.,,、]/.test(text[s]!)) s++;
  while (e > s && /[\s。.,,、]/.test(text[e - 1]!)) e--;
  if (e - s > 2 && text[s] === "由") s++;
  if (e - s > 2 && text[e - 1] === "等") e--;
  return e > s ? [s, e] : null;
};
