// Field labels of work plans, compiled from the vocabulary: unit roles (牵头单位, 牵头责任单位,
// 主辦機關…), division clauses (部门分工), deadline fields (完成时限) and people (牵头负责领导).
// One set of matchers for bracketed clauses, labelled lines and table headers.

import type { UnitRole } from "../models/unit.js";
import {
  ATTACHMENT_LABELS,
  BY_WHOM,
  DEADLINE_LABELS,
  DIVISION_LABELS,
  LABEL_LEVELS,
  LEVEL_SUFFIX,
  NOTE_LABELS,
  OTHER_LABELS,
  PEOPLE_ENDINGS,
  ROLE_LABEL_WORDS,
  ROLE_VERBS,
  UNIT_NOUNS,
} from "./vocabulary.js";

const ROLES: readonly UnitRole[] = ["lead", "support", "responsible"];
const escapeRegExp = (word: string) => word.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
/** An alternation, longest word first so that 牵头责任 wins over 牵头. */
export const alternation = (words: readonly string[]): string =>
  [...new Set(words)]
    .sort((a, b) => b.length - a.length)
    .map(escapeRegExp)
    .join("|");

/**
 * A test for a pattern that must end a text, run on the text's last `reach` characters only: an
 * end-anchored regular expression would otherwise be tried at every position of a long text.
 */
export const atEnd = (source: string, reach: number): ((text: string) => RegExpExecArray | null) => {
  const re = new RegExp(`(?:${source})$`);
  return (text) => re.exec(text.length > reach ? text.slice(-reach) : text);
};
const longest = (words: readonly string[]) => Math.max(...words.map((w) => w.length));
/** `atEnd` for a list of words. */
export const endsWithWord = (words: readonly string[]) => atEnd(alternation(words), longest(words));

const ROLE_WORD = new RegExp(`(?:${alternation(ROLES.flatMap((r) => ROLE_LABEL_WORDS[r]))})`);
const roleWordOf = new Map(ROLES.flatMap((role) => ROLE_LABEL_WORDS[role].map((w) => [w, role] as const)));

/** 牵头单位, 责任部门, 协同责任单位, 主辦機關; also 主办单位/协办单位 (one label naming two roles). */
// A role word and what it names, perhaps with a word of what the unit does between them:
// 牵头单位, 牵头督查单位, 配合实施部门.
// A level before it says whose unit it names: 省牵头单位 (the province's lead), 市级配合单位.
const ONE_ROLE_LABEL = `(?:(?:${alternation(LABEL_LEVELS)})(?:${alternation(LEVEL_SUFFIX)})?)?(?:${alternation(ROLES.flatMap((r) => ROLE_LABEL_WORDS[r]))})(?:[^\\s:,;、()/]{1,3}?)??(?:${alternation(UNIT_NOUNS)})`;
export const ROLE_LABEL_SOURCE = `(?:${ONE_ROLE_LABEL}(?:/${ONE_ROLE_LABEL})*|${alternation(DIVISION_LABELS)})`;
const DEADLINE_SOURCE = alternation(DEADLINE_LABELS);
// 1-10月推进情况, 项目责任人: a few words, a period among them, before an ending of people or progress.
const OTHER_SOURCE = `(?:${alternation(OTHER_LABELS)}|[^\\s:,;、()]{0,8}(?:${alternation(PEOPLE_ENDINGS)}))`;
/** Any label a field can start with. */
export const ANY_LABEL_SOURCE = `(?:${ROLE_LABEL_SOURCE}|${DEADLINE_SOURCE}|${OTHER_SOURCE})`;

export const ROLE_LABEL = new RegExp(`^${ROLE_LABEL_SOURCE}$`);
export const DEADLINE_LABEL = new RegExp(`^(?:${DEADLINE_SOURCE})$`);
/** Labels whose values are people, notes or progress, never units. */
export const OTHER_LABEL = new RegExp(`^${OTHER_SOURCE}$`);
const DIVISION_LABEL = new RegExp(`^(?:${alternation(DIVISION_LABELS)})$`);

// A field of any name opens a line too (监督方式:…, 联系电话:…): what follows is not the line above's.
// Not a name that ends like a role label, which is one broken over two lines ((责\n任单位:…).
const OPENS_WITH_LABEL = new RegExp(`^\\s*(?:${ANY_LABEL_SOURCE}|(?![\\u4E00-\\u9FFF]{0,5}(?:${alternation(UNIT_NOUNS)})\\s*:)[\\u4E00-\\u9FFF]{2,6})\\s*:`);

/** The role a label gives its units; a division label (部门分工) gives none of its own. */
export const roleOf = (label: string): UnitRole => {
  if (DIVISION_LABEL.test(label)) return "responsible";
  const word = ROLE_WORD.exec(label)?.[0];
  return (word === undefined ? undefined : roleWordOf.get(word)) ?? "responsible";
};

// A line that opens by saying who does the work (由市发改委牵头,…; 由某副市长负责,…) starts a clause of its own.
const OPENS_WITH_WHO = new RegExp(`^\\s*(?:${alternation(BY_WHOM)})[^,;。:]{2,20}?(?:${alternation(ROLE_VERBS.map(([w]) => w))})\\s*[,;。]`);

// A bulleted line (- · • ●) is an item of a list under a heading, and a line that opens an
// enumeration in words (一是…, 二是…) a point of the item: each is a clause of its own.
const BULLET = /^\s*(?:[-·•●▪◆■\u2022\u00B7\u30FB]|[一二三四五六七八九十]{1,2}是)/;

/**
 * True when a (folded) line opens with a field label (牵头单位:…, 完成时限:…), a bullet or 一是: such a
 * line starts something new, it is not text broken mid-sentence.
 */
export const startsNewClause = (folded: string): boolean => OPENS_WITH_LABEL.test(folded) || BULLET.test(folded) || OPENS_WITH_WHO.test(folded);

const FOOTNOTE = new RegExp(`^\\s*(?:${alternation(NOTE_LABELS)})\\s*\\d*\\s*[:.、]`);

/** True when a (folded) line is a note under a list or a table (注:…, 说明1:…), not one of its items. */
export const isFootnote = (folded: string): boolean => FOOTNOTE.test(folded);

const ATTACHMENT_HEADING = new RegExp(`^\\s*(?:${alternation(ATTACHMENT_LABELS)})\\s*\\d{0,2}\\s*$`);
/** A line that only heads an attachment (附件2, 附表): what follows is another document. */
export const isAttachmentHeading = (folded: string): boolean => ATTACHMENT_HEADING.test(folded);
