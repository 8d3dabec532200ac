// Who is responsible for a task, in the ways plans print it:
//   labelled brackets:  (责任单位:A、B), (牵头单位:X;配合单位:Y、Z), (牵头单位:X 责任单位:Y)
//   labelled lines:     牵头单位:X  /  协同责任单位:Y、Z  /  完成时限:…  /  部门分工:X牵头,Y配合
//   inline role verbs:  (X牵头,Y、Z等部门,W配合), (X负责督促落实), (X会同Y负责), (X牵头,9月底完成)
//   a bare unit list:   a trailing (市工信局、市财政局等有关部门) with no role word at all
// Words come from vocabulary.ts; everything is matched on folded text, names are cut from the printed text.

import type { UnitRef, UnitRole } from "../models/unit.js";
import { fold, type Joined } from "../text/source.js";
import { closingBracket, splitOutside } from "./brackets.js";
import { findDeadlines } from "./deadlines.js";
import { inRanges } from "./ranges.js";
import { alternation, ANY_LABEL_SOURCE, atEnd, endsWithWord, DEADLINE_LABEL, ROLE_LABEL, ROLE_LABEL_SOURCE, roleOf } from "./labels.js";
import { statesFirstIsLead } from "./first-is-lead.js";
import { SHORT_WORD } from "./shapes.js";
import {
  BODIES,
  DEADLINE_LABELS,
  ETCETERA,
  NOTE_PHRASES,
  BY_WHOM,
  LEAD_MARKS,
  MODAL_WORDS,
  PEOPLE_ENDINGS,
  ROLE_ADVERBS,
  GROUP_WORDS,
  PERSON_TITLES,
  NOT_UNIT_OPENERS,
  ROLE_LABEL_WORDS,
  ROLE_VERBS,
  UNIT_CONJUNCTIONS,
  UNIT_ENDINGS,
  UNIT_NOUNS,
} from "./vocabulary.js";

// A bracket of fields: it opens with a role label, or with another field (责任领导:某某;牵头单位:X),
// and runs to its closing bracket, which is no part of the last unit's name.
const BRACKETED_LABEL = new RegExp(`\\(\\s*(?=${ANY_LABEL_SOURCE}\\s*:)`, "g");
// A field label opens a line, or follows a sentence or a space inside one (…运营。 责任单位:…).
const LINE_LABEL = new RegExp(`(?:^|\\n|[。;]|\\s)\\s*(?=${ANY_LABEL_SOURCE}\\s*:)`, "g");
// Any "label:" that opens a section: a role, a deadline field, or a person (牵头负责领导:某某).
const SECTION_LABEL = /^\s*([^:、,()]{1,14}?)\s*:/;
const LABEL_REACH = 24;
// Two labelled groups in one bracket separated only by spaces or a comma: (牵头单位:X 责任单位:Y), (牵头单位:X,配合单位:Y).
const SPACED_LABEL = new RegExp(`[\\s,]+(?=${ANY_LABEL_SOURCE}\\s*:)`, "g");
// …or glued to the name before it, as a table cell runs them together: 牵头单位:市发改委配合单位:市财政局.
const GLUED_LABEL = new RegExp(`(?:${ROLE_LABEL_SOURCE}|${alternation(DEADLINE_LABELS)})\\s*:`, "g");

const VERBS = ROLE_VERBS.map(([w]) => w);
const ROLE_VERB = new RegExp(alternation(VERBS), "g");
const ANY_ROLE_VERB = new RegExp(alternation(VERBS));
// What may follow a role verb and still end the part: a few words of what the unit does
// (X牵头推进, X负责督促落实, Y按职责分工抓好落实), never another name or list.
const MAX_VERB_TAIL = 8;
const ADVERB_AT_END = new RegExp(`(?:${alternation(ROLE_ADVERBS)})$`);
const ADVERB_REACH = Math.max(...ROLE_ADVERBS.map((w) => w.length));
const TAIL_BREAK = /[、,;:()\s的]/;
const verbRole = new Map(ROLE_VERBS);
// A role printed after a name: 市发展改革委(牵头), 市财政局(配合单位).
const roleAfterName = atEnd(`\\(\\s*(${alternation([...ROLE_VERBS.map(([w]) => w), ...Object.values(ROLE_LABEL_WORDS).flat()])})\\s*(?:${alternation(UNIT_NOUNS)})?\\s*\\)`, 24);

const LEAD_MARK = new Set(LEAD_MARKS.map((m) => m.charCodeAt(0)));
const CLOSE_PAREN = ")".charCodeAt(0);
const OPEN_PAREN = "(".charCodeAt(0);
const etceteraAtEnd = endsWithWord(ETCETERA);
const ETC_REACH = Math.max(...ETCETERA.map((w) => w.length));
const unitEndingAtEnd = endsWithWord(UNIT_ENDINGS);
const endsLikeUnit = (name: string) => unitEndingAtEnd(name) !== null;
const CONJUNCTIONS = [...UNIT_CONJUNCTIONS].sort((a, b) => b.length - a.length);
// What each UTF-16 code is to the name splitter, one array read per character.
const OPENS = 1;
const CLOSES = 2;
const CONJUNCTION_START = 4;
const SPACE = 8;
const CHAR_CLASS = new Uint8Array(65536);
for (const c of "([【〔") CHAR_CLASS[c.charCodeAt(0)]! |= OPENS;
for (const c of ")]】〕") CHAR_CLASS[c.charCodeAt(0)]! |= CLOSES;
for (const w of CONJUNCTIONS) CHAR_CLASS[w.charCodeAt(0)]! |= CONJUNCTION_START;
for (const c of " \t\n") CHAR_CLASS[c.charCodeAt(0)]! |= SPACE;
/** A name without the 等 / 等有关部门 ("and the others") after it. */
export const withoutEtcetera = (name: string) => name.slice(0, name.length - (etceteraAtEnd(name)?.[0].length ?? 0));
const BARE_NOUN = new RegExp(`^(?:${alternation(UNIT_NOUNS)})$`);
const BARE_BODY = new RegExp(`^(?:${alternation(BODIES)})$`);
const NOT_A_UNIT = new RegExp(`^(?:${alternation(NOT_UNIT_OPENERS)})`);
const GROUP = new RegExp(`(?:^|[${GROUP_WORDS.levels}])(?:${alternation(GROUP_WORDS.words)})|^(?:${alternation(GROUP_WORDS.openers)})`);
export const isGroup = (name: string): boolean => GROUP.test(name);

// When a unit is named twice in one task, it keeps the strongest role it was given.
const STRENGTH: Record<UnitRole, number> = { lead: 3, responsible: 2, support: 1 };

export interface UnitClause {
  /** Offsets of the whole clause (brackets included) in the block. */
  readonly start: number;
  readonly end: number;
  readonly units: UnitRef[];
  /** Offsets of the task's own deadline inside the clause (完成时限:2025年12月底前, …,9月底完成), if it has one. */
  readonly deadline: { start: number; end: number } | null;
}

// The outline asks of headings and sub-items whether they carry a clause, then the task reads
// them: each block is read once.
const read = new WeakMap<Joined, UnitClause[]>();

/** Every responsibility clause of a task's block, in order. */
export const unitClauses = (block: Joined): UnitClause[] => {
  let clauses = read.get(block);
  if (!clauses) read.set(block, (clauses = readClauses(block)));
  return clauses;
};

const readClauses = (block: Joined): UnitClause[] => {
  const folded = block.folded;
  // Labelled clauses need a colon; most blocks of body text hold none.
  const labelled = folded.includes(":");
  const clauses: UnitClause[] = [];
  BRACKETED_LABEL.lastIndex = labelled ? 0 : folded.length;
  for (let m = BRACKETED_LABEL.exec(folded); m; m = BRACKETED_LABEL.exec(folded)) {
    const inner = m.index + m[0].length;
    const close = closingBracket(folded, m.index + 1);
    const end = close < 0 ? folded.length : close;
    clauses.push({ start: m.index, end: close < 0 ? end : end + 1, ...sectionsIn(block, inner, end) });
    BRACKETED_LABEL.lastIndex = Math.max(end, inner);
  }
  // Bracketed clauses come in order and do not overlap.
  const inside = (at: number) => inRanges(clauses, at);
  LINE_LABEL.lastIndex = labelled ? 0 : folded.length;
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
  const bracketed = [...taken, ...unlabelledClauses(block, (at) => inRanges(taken, at))].sort((a, b) => a.start - b.start);
  return [...bracketed, ...sentenceClauses(block, (start, end) => bracketed.some((c) => c.start < end && start < c.end))].sort((a, b) => a.start - b.start);
};

/** Units of a task, each once, with the strongest role it is given anywhere in the task. */
export const uniqueUnits = (units: readonly UnitRef[]): UnitRef[] => {
  const byName = new Map<string, UnitRef>();
  for (const unit of units) {
    const seen = byName.get(unit.name);
    if (!seen) byName.set(unit.name, unit);
    else if (STRENGTH[unit.role] > STRENGTH[seen.role]) byName.set(unit.name, { ...seen, role: unit.role });
  }
  return [...byName.values()];
};

/**
 * Sections of [start, end), split at ; outside brackets and before a label that follows spaces:
 * units of each role and the task's deadline. A sentence after 。 that opens with no label is a
 * note (以下政策措施均需…), not units. Sections with other labels (people: 牵头负责领导:某某) are passed over.
 */
const sectionsIn = (block: Joined, start: number, end: number, unlabelled: UnitRole = "responsible", atSpaces = false): { units: UnitRef[]; deadline: { start: number; end: number } | null } => {
  const folded = block.folded;
  const units: UnitRef[] = [];
  let deadline: { start: number; end: number } | null = null;
  let afterStop = false;
  // In a table cell a line of its own is a section too (省牵头单位:… under the cell's names).
  for (const [sectionStart, sectionEnd] of sections(folded, start, end, atSpaces ? ";。\n" : ";。")) {
    const stopped = afterStop;
    afterStop = folded[sectionEnd] === "。";
    let from = sectionStart;
    // Units listed before any label are responsible.
    let roles: UnitRole[] = [unlabelled];
    // A label is short: read the section's first characters only.
    const label = SECTION_LABEL.exec(folded.slice(sectionStart, Math.min(sectionEnd, sectionStart + LABEL_REACH)));
    if (label) {
      const name = label[1]!.trim();
      if (DEADLINE_LABEL.test(name)) {
        deadline ??= { start: from + label[0].length, end: sectionEnd };
        continue;
      }
      // People (牵头负责领导:某某) and labels we do not know are not units.
      if (!ROLE_LABEL.test(name)) continue;
      roles = name.split("/").map(roleOf);
      from += label[0].length;
    } else if (stopped) continue;
    // 主办单位/协办单位:X/Y gives each side of the / its own role.
    const end = atSpaces ? sectionEnd : namesEnd(folded, from, sectionEnd);
    const sides = roles.length > 1 ? splitOutside(folded, from, end, "/") : [[from, end] as [number, number]];
    sides.forEach(([s, e], i) => {
      const parts = readParts(block, s, e, roles[Math.min(i, roles.length - 1)]!, atSpaces);
      units.push(...parts.units);
      deadline ??= parts.deadline;
    });
  }
  return { units, deadline };
};

/**
 * Where the names of a labelled section end: at a space after a unit's name that something other
 * than a unit's name follows (a line run on into a table: 各区政府 鄞州 海曙 合计 2 5).
 */
const namesEnd = (folded: string, start: number, end: number): number => {
  // Spaces searched within the section only, with bounded windows on either side of each, so
  // that a long line costs one pass.
  const section = folded.slice(start, end);
  for (let at = section.indexOf(" "); at >= 0; at = section.indexOf(" ", at + 1)) {
    const next = /^\s*([^\s,、;]*)/.exec(section.slice(at, at + NAME_WINDOW))![1]!;
    const before = section.slice(Math.max(0, at - NAME_WINDOW), at).trim();
    // The name before the space: a unit (市公安局) or a placeholder (各区政府).
    const last = before.slice(Math.max(before.lastIndexOf("、"), before.lastIndexOf(","), before.lastIndexOf(":")) + 1);
    // What follows is no unit's name, or a run of words and bare numbers (鄞州 海曙 合计 2 5): a table's row.
    const stray = !looksLikeUnit(next) || BARE_NUMBER_AHEAD.test(section.slice(at, at + NAME_WINDOW));
    if (next !== "" && (endsLikeUnit(before) || looksLikeUnit(last)) && stray && !CELL_LABEL.test(next)) return start + at;
  }
  return end;
};
const NAME_WINDOW = 48;
const BARE_NUMBER_AHEAD = /\s\d+(?=\s|$)/;

/** [start, end) split at ; and 。 outside brackets, and where a second label follows spaces or a unit's name. */
const sections = (folded: string, start: number, end: number, stops = ";。"): [number, number][] =>
  splitOutside(folded, start, end, stops).flatMap(([s, e]) => {
    // Searched within the section only, so that a long block costs one pass; and only where a
    // second label could stand (a second colon), since most sections have one label or none.
    const section = folded.slice(s, e);
    const colon = section.indexOf(":");
    if (colon < 0 || section.indexOf(":", colon + 1) < 0) return [[s, e]];
    const cuts: [number, number][] = [];
    SPACED_LABEL.lastIndex = 0;
    for (let m = SPACED_LABEL.exec(section); m; m = SPACED_LABEL.exec(section)) cuts.push([m.index, m.index + m[0].length]);
    const spaced = new Set(cuts.map(([, to]) => to));
    GLUED_LABEL.lastIndex = 0;
    for (let m = GLUED_LABEL.exec(section); m; m = GLUED_LABEL.exec(section)) {
      if (m.index > 0 && !spaced.has(m.index) && endsLikeUnit(section.slice(Math.max(0, m.index - NAME_WINDOW), m.index))) cuts.push([m.index, m.index]);
    }
    cuts.sort((a, b) => a[0] - b[0]);
    const spans: [number, number][] = [];
    let from = s;
    for (const [cut, next] of cuts) {
      if (s + cut > from) spans.push([from, s + cut]);
      from = s + next;
    }
    spans.push([from, e]);
    return spans;
  });

type PartKind = "verb" | "deadline" | "units" | "note" | "other";

interface Part {
  readonly kind: PartKind;
  readonly start: number;
  readonly end: number;
  /** Where the names end (before a role verb). */
  readonly namesEnd: number;
  readonly role: UnitRole | null;
}

/**
 * A comma-separated part of a responsibility clause: X、Y牵头 / 9月底完成 / Y、Z等部门 / a note
 * (排在第一位的为牵头单位, 下同) / anything else. Whether its names look like units is judged only
 * where it decides (`judgeNames`): in a labelled section every part names units anyway.
 */
const classify = (block: Joined, start: number, end: number, judgeNames = true): Part => {
  const folded = block.folded;
  const text = folded.slice(start, end).trim();
  const lead = folded.slice(start, end).length - folded.slice(start, end).trimStart().length;
  if (isNote(outsideBrackets(text))) return { kind: "note", start, end, namesEnd: start, role: null };
  const verb = roleVerbIn(text);
  if (verb) {
    // An adverb before the verb is not part of the last name: X、Y分别牵头, X共同负责.
    const adverb = ADVERB_AT_END.exec(text.slice(Math.max(0, verb.at - ADVERB_REACH), verb.at));
    const namesEnd = start + lead + verb.at - (adverb?.[0].length ?? 0);
    return { kind: !judgeNames || namesBeforeRoleVerb(folded, nameSpans(block, start, namesEnd)) ? "verb" : "other", start, end, namesEnd, role: verbRole.get(verb.word)! };
  }
  if (isDeadlinePart(text)) return { kind: "deadline", start, end, namesEnd: start, role: null };
  if (!judgeNames) return { kind: "units", start, end, namesEnd: end, role: null };
  const names = nameSpans(block, start, end);
  const unitLike = names.length > 0 && names.every(([s, e]) => looksLikeUnit(folded.slice(s, e)));
  return { kind: unitLike ? "units" : "other", start, end, namesEnd: end, role: null };
};

/**
 * Whether the names before a role verb are units: each looks like one, or, in a list shortened to
 * the ending its last name gives them all (哈尔滨、黑河、绥芬河市政府负责), is a short name of a place.
 */
const namesBeforeRoleVerb = (folded: string, spans: readonly (readonly [number, number])[]): boolean => {
  const names = spans.map(([s, e]) => folded.slice(s, e).trim());
  return names.length > 0 && looksLikeUnit(names.at(-1)!) && names.every((name) => looksLikeUnit(name) || SHORT_PLACE.test(name));
};
// 黑河, 绥芬河, 东城: a place named short in such a list.
const SHORT_PLACE = /^[\u4E00-\u9FFF]{2,4}$/;

/**
 * The role verb that ends a part's names: the first one after some names that only a few words
 * of what the unit does follow (X牵头负责, X负责督促落实), with no other unit's name among them.
 */
const roleVerbIn = (text: string): { at: number; word: string } | null => {
  ROLE_VERB.lastIndex = 0;
  for (let m = ROLE_VERB.exec(text); m; m = ROLE_VERB.exec(text)) {
    const after = m.index + m[0].length;
    const tail = text.length - after <= MAX_VERB_TAIL ? text.slice(after) : null;
    if (m.index > 0 && tail !== null && !TAIL_BREAK.test(tail) && !namesBeforeVerb(tail)) return { at: m.index, word: m[0] };
    // Try the next start: 牵头 inside 牵头负责 is matched from 牵头负责 already.
    ROLE_VERB.lastIndex = m.index + 1;
  }
  return null;
};

/** Whether a tail after a role verb holds a name with a verb of its own (协同 in 长三角协同办负责). */
const namesBeforeVerb = (tail: string): boolean => {
  const verb = ANY_ROLE_VERB.exec(tail);
  return verb !== null && verb.index > 0 && endsLikeUnit(tail.slice(0, verb.index));
};

// 下同 ("the same below") and what opens a condition or an example (如…, 注…) are notes, not names.
const NOTE_WORDS = new RegExp(alternation(NOTE_PHRASES));
/** The text without what its brackets hold: a note in brackets after a name is the name's, not the part's. */
const outsideBrackets = (folded: string): string => {
  if (!folded.includes("(")) return folded;
  let out = "";
  let depth = 0;
  for (const ch of folded) {
    if (ch === "(") depth++;
    else if (ch === ")") depth = Math.max(0, depth - 1);
    else if (depth === 0) out += ch;
  }
  return out;
};

/** A part of a clause, or a bracket after a name, that is a note: the first unit leads, 下同, 注…. */
const isNote = (folded: string): boolean => statesFirstIsLead(folded) || NOTE_WORDS.test(folded) || NOT_A_UNIT.test(folded.trim());

// 9月底完成, 6月底前, 年底前完成, 长期坚持, 年内持续推进: a part that is only deadline phrases (and a
// verb of finishing after each).
const MAX_DEADLINE_PART = 20;
const FINISH = /^(?:前|以前|之前)?(?:完成|办结|辦結|落实|落實|到位|实现|實現|出台|建成)?$/;
const isDeadlinePart = (text: string): boolean => {
  if (text.length > MAX_DEADLINE_PART) return false;
  const found = findDeadlines(text, text, null);
  if (found.length === 0 || found[0]!.start !== 0) return false;
  return found.every((d, i) => FINISH.test(text.slice(d.end, found[i + 1]?.start ?? text.length).trim()));
};

/** Whether a (printed) text reads as one unit's name: 市财政局, 各区县人民政府. */
export const looksLikeUnitName = (text: string): boolean => looksLikeUnit(fold(text));

const looksLikeUnit = (folded: string): boolean => {
  const trimmed = folded.trim();
  const name = trimmed.slice(0, trimmed.length - (roleAfterName(trimmed)?.[0].length ?? 0));
  // A name in brackets after a name is its other name: 省发展改革委(苏区办).
  const bare = name.endsWith(")") && name.lastIndexOf("(") > 0 ? name.slice(0, name.lastIndexOf("(")) : name;
  return name.length >= 2 && name.length <= 40 && !NOT_A_UNIT.test(name) && !/\d/.test(name) && (isGroup(name) || endsLikeUnit(name) || endsLikeUnit(bare));
};

/** Units and a deadline from the comma-separated parts of [start, end), each part's role from its verb or else `role`. */
const readParts = (block: Joined, start: number, end: number, role: UnitRole, atSpaces = false): { units: UnitRef[]; deadline: { start: number; end: number } | null } => {
  const units: UnitRef[] = [];
  let deadline: { start: number; end: number } | null = null;
  for (const [s, e] of splitOutside(block.folded, start, end, ",")) {
    const part = classify(block, s, e, false);
    if (part.kind === "deadline") deadline ??= { start: s, end: e };
    else if (part.kind !== "note") units.push(...namesIn(block, s, part.namesEnd, part.role ?? role, atSpaces));
  }
  return { units, deadline };
};

/** Units in a table cell of one role: listed with 、 , ; spaces or line breaks; role verbs inside (X牵头,Y配合) give roles. */
export const unitsInCell = (cell: Joined, role: UnitRole): UnitRef[] => {
  // A cell may label its units itself (牵头单位:X 配合单位:Y); people and phone numbers beside them are left out.
  const units = CELL_LABEL.test(cell.folded)
    ? sectionsIn(cell, 0, cell.folded.length, role, true).units
    : splitOutside(cell.folded, 0, cell.folded.length, ",;\n").flatMap(([s, e]) => {
        const part = classify(cell, s, e, false);
        if (part.kind === "deadline" || part.kind === "note") return [];
        return namesIn(cell, s, part.namesEnd, part.role ?? role, true);
      });
  // A bare name of two or three characters is a person's only beside a unit's name (市城管局 张某).
  const beside = units.some((u) => looksLikeUnitName(u.name));
  return uniqueUnits(units.filter((u) => !(beside ? looksLikePerson(u.name) : looksLikeContact(u.name))));
};
const CELL_LABEL = new RegExp(`${ROLE_LABEL_SOURCE}\\s*:`);

// Posts and phone numbers name people: 张某, 李某局长, 13800000000.
const PHONE = /^[\d()-]{7,}$/;
const TITLE = new RegExp(`(?:${alternation(PERSON_TITLES)})$`);

/** Whether a name printed among units is a person's: a name of two or three characters that no unit ends so, a post, a phone number. */
export const looksLikePerson = (name: string): boolean => looksLikeContact(name) || (!looksLikeUnitName(name) && SHORT_WORD.test(fold(name).trim()));

/** Whether a name printed among units is a post or a phone number: 李某局长, 13800000000. */
const looksLikeContact = (name: string): boolean => {
  const folded = fold(name).trim();
  return PHONE.test(folded) || (!looksLikeUnit(folded) && TITLE.test(folded));
};

// What separates the names of a list: 市财政局、市税务局, 市财政局/市税务局.
const NAME_SEPARATORS = "、,/";

/** Unit names in [start, end): split at 、 , / outside brackets, and at 及/和/会同 between two unit names. */
const namesIn = (block: Joined, start: number, end: number, role: UnitRole, atSpaces = false): UnitRef[] =>
  nameSpans(block, start, end, NAME_SEPARATORS, atSpaces).flatMap(([s, e]) => unitRef(block, s, e, role) ?? []);

/** The unit a name's span names, or null where a role mark stands alone (市财政局、(牵头)): no name before it. */
const unitRef = (block: Joined, printedStart: number, printedEnd: number, listRole: UnitRole): UnitRef | null => {
  const leadMark = LEAD_MARK.has(block.folded.charCodeAt(printedStart));
  const start = leadMark ? printedStart + 1 : printedStart;
  const nameEnd = withoutNote(block.folded, start, printedEnd);
  // Only a name that ends with a bracket can carry a role mark.
  const marked = block.folded.charCodeAt(nameEnd - 1) === CLOSE_PAREN ? roleAfterName(block.folded.slice(start, nameEnd)) : null;
  const end = marked ? nameEnd - marked[0].length : nameEnd;
  // The span starts at what trimName left, never an edge: a name is there whenever it ends after it.
  if (end <= start) return null;
  const role = marked ? (verbRole.get(marked[1]!) ?? roleOf(marked[1]!)) : leadMark ? "lead" : listRole;
  const name = block.text.slice(start, end).trimEnd();
  // `unit` is settled once the whole plan is read (see units/directory.ts).
  return { name, unit: name, role, group: isGroup(name), joined: block.spansBreak(start, end), ...block.position(start) };
};

/** The end of a name without a note in brackets after it: 市经信局(列第一位者为牵头单位,下同). */
const withoutNote = (folded: string, start: number, end: number): number => {
  if (folded.charCodeAt(end - 1) !== CLOSE_PAREN) return end;
  let depth = 0;
  for (let i = end - 1; i > start; i--) {
    const code = folded.charCodeAt(i);
    if (code === CLOSE_PAREN) depth++;
    else if (code === OPEN_PAREN && --depth === 0) return isNote(folded.slice(i + 1, end - 1)) ? withoutNote(folded, start, i) : end;
  }
  return end;
};

const nameSpans = (block: Joined, start: number, end: number, separators = NAME_SEPARATORS, atSpaces = false): [number, number][] => {
  // Plain loops: this runs for every list of every clause.
  const spans: [number, number][] = [];
  for (const [s, e] of rejoinFragments(block.folded, splitOutside(block.folded, start, end, separators))) {
    for (const [ns, ne] of splitConjunctions(block.folded, s, e, atSpaces)) {
      const span = trimName(block.folded, ns, ne);
      if (span) spans.push(span);
    }
  }
  return spans;
};

/**
 * A list shortened by the 、 that joins its levels is one placeholder, not several units:
 * 各县、市、区政府 (a piece of one character joins both its neighbours), 各乡、镇人民政府 (a group
 * word and one level joins the level after it), 市直有关部门、单位 (a bare 单位 or 部门 joins the
 * piece before it).
 */
const rejoinFragments = (folded: string, pieces: [number, number][]): [number, number][] => {
  const out: [number, number][] = [];
  for (let k = 0; k < pieces.length; k++) {
    const [s, e] = pieces[k]!;
    const text = folded.slice(s, e).trim();
    const previous = out.at(-1);
    if (previous && text.length === 1 && k + 1 < pieces.length) {
      previous[1] = pieces[++k]![1];
    } else if (previous && BARE_NOUN.test(text)) {
      previous[1] = e;
    } else if (GROUP_OF_LEVEL.test(text)) {
      // 各縣、特區、區人民政府: short levels run on to the piece that names what they all have.
      const piece = (j: number) => folded.slice(...pieces[j]!).trim();
      let j = k + 1;
      while (j < pieces.length && SHORT_LEVEL.test(piece(j))) j++;
      if (j < pieces.length && LEVEL_FIRST.test(piece(j)) && piece(j).length > 1) {
        out.push([s, pieces[j]![1]]);
        k = j;
      } else out.push([s, e]);
    } else out.push([s, e]);
  }
  return out;
};
const LEVELS = `${GROUP_WORDS.levels}${GROUP_WORDS.below}`;
// 各乡, 有关县: a group word and one level, which alone names no unit.
const GROUP_OF_LEVEL = new RegExp(`^(?:${alternation(GROUP_WORDS.words)})[${LEVELS}]$`);
const LEVEL_FIRST = new RegExp(`^[${LEVELS}]`);
// 市, 特区, 自治县: a level, perhaps with a word of its kind, in a shortened list.
const SHORT_LEVEL = new RegExp(`^[\u4E00-\u9FFF]{0,2}[${LEVELS}]$`);

/**
 * 州委编办及州直相关单位 is two units; 省文化和旅游厅 and 省有关部门和单位 are one. Conjunctions
 * inside brackets are left alone. With `atSpaces` (table cells), a space after a unit's or a
 * person's name splits too, while a space inside a name (规划建 设局, a line break of the PDF) does not.
 */
const splitConjunctions = (folded: string, start: number, end: number, atSpaces: boolean): [number, number][] => {
  const spans: [number, number][] = [];
  let from = start;
  let depth = 0;
  for (let i = start; i < end; i++) {
    // Hot loop over every character of every name: compare UTF-16 codes.
    const kind = CHAR_CLASS[folded.charCodeAt(i)]!;
    if (kind === 0 && depth === 0) continue;
    if (kind & OPENS) depth++;
    else if (kind & CLOSES) depth = Math.max(0, depth - 1);
    if (depth > 0) continue;
    if (atSpaces && kind & SPACE) {
      let run = i + 1;
      while (run < end && /\s/.test(folded[run]!)) run++;
      const left = folded.slice(from, i).trim();
      if ((endsLikeUnit(left) || looksLikePerson(left)) && folded.slice(run, end).trim() !== "") {
        spans.push([from, i]);
        from = run;
      }
      i = run - 1;
      continue;
    }
    if (!(kind & CONJUNCTION_START)) continue;
    const conjunction = CONJUNCTIONS.find((w) => folded.startsWith(w, i));
    if (!conjunction) continue;
    const left = folded.slice(from, i).trim();
    const right = folded.slice(i + conjunction.length, end).trim();
    if (left.length >= 2 && endsLikeUnit(left) && right.length >= 2 && !BARE_NOUN.test(withoutEtcetera(right)) && !BARE_BODY.test(withoutEtcetera(right))) {
      spans.push([from, i]);
      from = i + conjunction.length;
    }
    i += conjunction.length - 1;
  }
  spans.push([from, end]);
  return spans;
};

/**
 * Top-level brackets without a label that still name units: parts with role verbs
 * (X牵头,Y、Z等部门,W配合) where every other part is a unit list or a deadline, or the task's
 * trailing bracket when it holds only unit names. A note after 。 inside the bracket is not read.
 */
const unlabelledClauses = (block: Joined, taken: (at: number) => boolean): UnitClause[] => {
  const folded = block.folded;
  const clauses: UnitClause[] = [];
  // Top-level brackets only: after each, carry on past its close, so nesting costs nothing.
  for (let open = folded.indexOf("("), close = 0; open >= 0; open = folded.indexOf("(", close + 1)) {
    close = closingBracket(folded, open + 1);
    if (close < 0) break;
    if (taken(open)) continue;
    const stop = splitOutside(folded, open + 1, close, "。")[0]![1];
    const parts = splitOutside(folded, open + 1, stop, ",;").map(([s, e]) => classify(block, s, e));
    if (parts.some((p) => p.kind === "other")) continue;
    const hasVerb = parts.some((p) => p.kind === "verb");
    const trailing = endsItsLine(folded, close + 1);
    if (!hasVerb && !(trailing && parts.some((p) => p.kind === "units"))) continue;
    // A role verb gives its role to the names before it; X负责 alone names X, it marks no lead.
    const units = parts.flatMap((p) => (p.kind === "deadline" || p.kind === "note" ? [] : namesIn(block, p.start, p.namesEnd, p.role ?? "responsible")));
    const deadlinePart = parts.find((p) => p.kind === "deadline");
    if (units.length > 0) clauses.push({ start: open, end: close + 1, units, deadline: deadlinePart ? { start: deadlinePart.start, end: deadlinePart.end } : null });
  }
  return clauses;
};

/**
 * Responsibility stated in the task's own sentences, without brackets or labels: the clauses that
 * open it or a line of it (X负责,Y配合,加强…), a whole sentence of names and role verbs
 * (由X、Y共同组织实施。), or the clauses that close a sentence (…,由区住建局负责。).
 * Each part must name units, and only units, before a role verb that ends it (or be a list of units
 * beside one), so body text (推进…, 落实…) never reads as names; a person's charge before them is passed over.
 */
const ROLE_ONLY = new RegExp(`^(?:${alternation(ROLE_ADVERBS)})?(?:${alternation(VERBS)})$`);
const sentenceClauses = (block: Joined, overlaps: (start: number, end: number) => boolean): UnitClause[] => {
  const folded = block.folded;
  // Most sentences name no unit: a quick look for a role verb spares classifying their parts.
  if (!ANY_ROLE_VERB.test(folded)) return [];
  const clauses: UnitClause[] = [];
  // Outside brackets a part states roles only when its role verb ends it (X负责, not 各级政府负责同志要亲自抓)
  // and it names units and nothing else (not 各地区各部门要切实负责, 党委领导、政府负责).
  const stated = (p: Part) => ((p.kind === "verb" && ROLE_ONLY.test(folded.slice(p.namesEnd, p.end).trim())) || p.kind === "units") && namesOnly(block, p);
  // Sentences, each line's first one marked: a line may open with who does the work (由某副市长负责,市发改委牵头,…).
  const sentences = splitOutside(folded, 0, folded.length, "\n").flatMap(([ls, le]) => splitOutside(folded, ls, le, "。").map(([s, e], i) => ({ s, e, opens: i === 0 })));
  for (const { s, e, opens } of sentences) {
    if (!ANY_ROLE_VERB.test(folded.slice(s, e))) continue;
    // Parts are classified as they are asked for, from either end: most sentences stop at once.
    const spans = splitOutside(folded, s, e, ",;").filter(([ps, pe]) => folded.slice(ps, pe).trim() !== "");
    const classified: Part[] = [];
    const part = (k: number): Part => (classified[k] ??= classify(block, spans[k]![0], spans[k]![1]));
    const run = (a: number, b: number): Part[] => Array.from({ length: b - a }, (_, i) => part(a + i));
    // A person's part first (由某副市长负责) names no unit: the statement may follow it.
    const from = opens && spans.length > 0 && statesPerson(folded, part(0)) ? 1 : 0;
    let opening = from;
    if (opens) while (opening < spans.length && stated(part(opening))) opening++;
    // The clauses that open a line; a sentence that states nothing else; or the clauses that close
    // a sentence after its text (…,由区住建局负责。 …,区财政局配合。).
    const leads = opens && opening > from;
    let trailing = spans.length;
    if (!leads) while (trailing > 0 && stated(part(trailing - 1))) trailing--;
    const stating = leads ? run(from, opening) : run(trailing, spans.length);
    // A statement ends at a role verb: names alone (a title that is a unit's name) state nothing,
    // and names closing a sentence (…,区住建局、区财政局。) are a list, not a statement.
    const lastVerb = stating.findLastIndex((p) => p.kind === "verb");
    if (lastVerb < 0 || (!leads && lastVerb < stating.length - 1)) continue;
    const statement = stating.slice(0, lastVerb + 1);
    const start = statement[0]!.start;
    const end = statement.at(-1)!.end;
    if (overlaps(start, end)) continue;
    const units = statement.flatMap((p) => namesIn(block, p.start, p.namesEnd, p.role ?? "responsible"));
    if (units.length > 0) clauses.push({ start, end, units, deadline: null });
  }
  return clauses;
};

const MODAL = new RegExp(alternation(MODAL_WORDS));
const BY_WHOM_AT_START = new RegExp(`^(?:${alternation(BY_WHOM)})`);
const PEOPLE_AT_END = endsWithWord(PEOPLE_ENDINGS);
/** Whether every name of a part is a unit's: no modal word in it (各部门要切实…), no people (党委领导). */
const namesOnly = (block: Joined, part: Part): boolean =>
  nameSpans(block, part.start, part.namesEnd).every(([s, e]) => {
    const name = block.folded.slice(s, e).trim().replace(BY_WHOM_AT_START, "");
    return !MODAL.test(name) && PEOPLE_AT_END(name) === null;
  });

/** Whether a part says which person is in charge (由杨某副市长负责): a post before its role verb. */
const statesPerson = (folded: string, part: Part): boolean =>
  part.kind === "other" && part.role !== null && looksLikeContact(folded.slice(part.start, part.namesEnd).trim().replace(BY_WHOM_AT_START, ""));

const TRAILING = new Set([..." \t。.;,"].map((c) => c.charCodeAt(0)));
/** Whether only punctuation stands between `from` and the end of its line (or of the block). */
const endsItsLine = (folded: string, from: number): boolean => {
  let i = from;
  while (i < folded.length && TRAILING.has(folded.charCodeAt(i))) i++;
  return i === folded.length || folded.charCodeAt(i) === 10;
};

// A trailing 等 / 等有关部门 ("and others"), a leading 由 ("by"), stray punctuation, white space of
// every kind (what String#trim removes: a page's no-break space \u00A0 too) and the invisible
// characters cleanName drops (zero-width spaces and joiners, a word joiner) are not part of a name:
// a name of nothing else is none.
const WHITE_SPACE = "\t\n\v\f\r \u00A0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200A\u2028\u2029\u202F\u205F\u3000\uFEFF";
const INVISIBLE = "\u200B\u200C\u200D\u2060";
const EDGE = new Set([...`${WHITE_SPACE}${INVISIBLE}。.,、:;/`].map((c) => c.charCodeAt(0)));
const trimName = (folded: string, start: number, end: number): [number, number] | null => {
  let s = start;
  let e = end;
  while (s < e && EDGE.has(folded.charCodeAt(s))) s++;
  while (e > s && EDGE.has(folded.charCodeAt(e - 1))) e--;
  const by = BY_WHOM.find((w) => folded.startsWith(w, s));
  if (by !== undefined && e - s > by.length + 1) s += by.length;
  const etc = etceteraAtEnd(folded.slice(Math.max(s, e - ETC_REACH), e));
  if (etc && e - s - etc[0].length >= 2) e -= etc[0].length;
  return e > s ? [s, e] : null;
};
