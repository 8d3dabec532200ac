// Task and heading numbers at the start of a line: 壹、 一、 (一) 1. 1、 1。 1﹒ (1) 1) ①, and the
// enumerated characters word processors print (㈠ ⒈ ⑴). A Markdown heading or bold mark before
// the number (## 1. / **1.**) is passed over.

import { chineseNumeral } from "../text/numerals.js";

export type MarkerStyle = "cn-capital" | "cn-dun" | "cn-paren" | "num" | "num-paren" | "circled";

/**
 * The conventional order of levels, outermost first: 壹、 > 一、 > (一) > 1. > (1) > ①. A
 * document that uses two styles nests them so, whichever it prints first.
 */
export const STYLE_RANK: Readonly<Record<MarkerStyle, number>> = { "cn-capital": 0, "cn-dun": 1, "cn-paren": 2, num: 3, "num-paren": 4, circled: 5 };

export interface Marker {
  readonly style: MarkerStyle;
  readonly value: number;
  /** The number without punctuation: "一", "12". */
  readonly number: string;
  /** The number with the brackets that distinguish its level: "(一)", "12", "(3)". */
  readonly label: string;
  /** Offset in the line where the marker's number starts. */
  readonly start: number;
  /** Offset in the line just past the marker and its punctuation. */
  readonly end: number;
  /**
   * A number that may be something else: "1.08万" may be a decimal split by a line break and
   * "2025." a year. Such a marker opens an item only as the next number of a list being read.
   */
  readonly weak: boolean;
}

const CN = "[一二三四五六七八九十]{1,3}";
const CAPITAL = "[壹贰貳叁參叄肆伍陆陸柒捌玖拾]{1,3}";
const CIRCLED = "①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳";
// Enumerated characters: ⒈…⒛ (number and full stop), ⑴…⒇ (parenthesised number), ㈠…㈩; each
// block counts from its first code point.
const NUM_STOP_FIRST = 0x2488;
const NUM_PAREN_FIRST = 0x2474;
const CN_PAREN_FIRST = 0x3220;
const range = (first: number, count: number) => `${String.fromCodePoint(first)}-${String.fromCodePoint(first + count - 1)}`;
const NUM_STOP = range(NUM_STOP_FIRST, 20);
const NUM_PAREN = range(NUM_PAREN_FIRST, 20);
const CN_PAREN = range(CN_PAREN_FIRST, 10);
const CAPITAL_VALUE: Readonly<Record<string, string>> = {
  壹: "一",
  贰: "二",
  貳: "二",
  叁: "三",
  參: "三",
  叄: "三",
  肆: "四",
  伍: "五",
  陆: "六",
  陸: "六",
  柒: "七",
  捌: "八",
  玖: "九",
  拾: "十",
};
// A Markdown heading or an opening bold mark before the number, and a closing one after it.
const LEAD = "(\\s*(?:#{1,6}\\s*|\\*\\*)?\\s*)";
const TAIL = "(?:\\s*\\*\\*)?";

// Matched against the folded line (full-width ASCII already folded), so "(" covers "(".
// "、" is never a decimal point (4、5个乡镇 is item 4); a digit after "." makes the number weak,
// unless it starts a month or a year (1.6月底前…, 3.2025年底前…).
const PATTERNS: readonly { style: MarkerStyle; re: RegExp }[] = [
  { style: "num", re: new RegExp(`^${LEAD}(\\d{1,4})\\s*(?:[、﹒。]|\\.(?!\\d(?!\\d?月|\\d{3}\\s*年))|(\\.))${TAIL}`) },
  { style: "num", re: new RegExp(`^${LEAD}([${NUM_STOP}])${TAIL}`) },
  { style: "cn-dun", re: new RegExp(`^${LEAD}(${CN})\\s*[、.]${TAIL}`) },
  { style: "cn-capital", re: new RegExp(`^${LEAD}(${CAPITAL})\\s*[、.]${TAIL}`) },
  { style: "cn-paren", re: new RegExp(`^${LEAD}(?:\\(\\s*(${CN})\\s*\\)|([${CN_PAREN}]))${TAIL}`) },
  { style: "num-paren", re: new RegExp(`^${LEAD}(?:\\(\\s*(\\d{1,3})\\s*\\)|(\\d{1,3})\\)(?!\\s*[)\\d])|([${NUM_PAREN}]))${TAIL}`) },
  { style: "circled", re: new RegExp(`^${LEAD}([${CIRCLED}])${TAIL}`) },
];

// The same patterns, anchored wherever they are tried (for markers inside a line).
const STICKY = PATTERNS.map(({ style, re }) => ({ style, re: new RegExp(re.source.slice(1), "y") }));

/** The marker that opens this (folded) line, if any. */
export const matchMarker = (folded: string): Marker | null => matchMarkerAt(folded, 0);

/** The value and printed number of an enumerated character (⒊ → 3, ㈢ → 三), or of a plain number. */
const enumerated = (style: MarkerStyle, printed: string): { value: number | null; number: string } => {
  const code = printed.codePointAt(0)!;
  const at = (first: number, count: number) => (printed.length === 1 && code >= first && code < first + count ? code - first : -1);
  if (at(NUM_STOP_FIRST, 20) >= 0) return { value: at(NUM_STOP_FIRST, 20) + 1, number: String(at(NUM_STOP_FIRST, 20) + 1) };
  if (at(NUM_PAREN_FIRST, 20) >= 0) return { value: at(NUM_PAREN_FIRST, 20) + 1, number: String(at(NUM_PAREN_FIRST, 20) + 1) };
  if (at(CN_PAREN_FIRST, 10) >= 0) {
    const number = "一二三四五六七八九十"[at(CN_PAREN_FIRST, 10)]!;
    return { value: chineseNumeral(number), number };
  }
  if (style === "circled") return { value: CIRCLED.indexOf(printed) + 1, number: printed };
  if (style === "num" || style === "num-paren") return { value: Number(printed), number: printed };
  if (style === "cn-capital") return { value: chineseNumeral([...printed].map((c) => CAPITAL_VALUE[c]!).join("")), number: printed };
  return { value: chineseNumeral(printed), number: printed };
};

/** The marker that starts at offset `at` of the folded line, if any; offsets are the line's. */
export const matchMarkerAt = (folded: string, at: number): Marker | null => {
  for (const { style, re } of STICKY) {
    re.lastIndex = at;
    const m = re.exec(folded);
    if (!m) continue;
    // The last group of num is the "." of a possible decimal; the others are alternative numbers.
    const decimal = style === "num" && m[3] !== undefined;
    const printed = (style === "num" ? m[2] : m.slice(2).find((g) => g !== undefined))!;
    const { value, number } = enumerated(style, printed);
    if (value === null || value < 1) continue;
    const start = at + m[1]!.length;
    const label = style === "cn-paren" || style === "num-paren" ? `(${number})` : number;
    return { style, value, number, label, start, end: at + m[0].length, weak: decimal || value >= 1000 };
  }
  return null;
};
