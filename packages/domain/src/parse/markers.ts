// Task and heading numbers at the start of a line: 一、 (一) 1. 1、 1. 1﹒ (1) ①.

import { chineseNumeral } from "../text/numerals.js";

export type MarkerStyle = "cn-dun" | "cn-paren" | "num" | "num-paren" | "circled";

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
}

const CN = "[一二三四五六七八九十]{1,3}";
const CIRCLED = "①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳";

// Matched against the folded line (full-width ASCII already folded), so "(" covers "(".
// A digit after the dot means a decimal (1.08万), not a task number, unless it starts a date or a
// year (1.6月底前…, 3.2025年底前…): a task's text may open with digits.
const PATTERNS: readonly { style: MarkerStyle; re: RegExp }[] = [
  { style: "num", re: /^(\s*)(\d{1,3})\s*[.、﹒](?!\d(?!\d?月|\d{3}\s*年))/ },
  { style: "cn-dun", re: new RegExp(`^(\\s*)(${CN})\\s*[、.]`) },
  { style: "cn-paren", re: new RegExp(`^(\\s*)\\(\\s*(${CN})\\s*\\)`) },
  { style: "num-paren", re: /^(\s*)\(\s*(\d{1,3})\s*\)/ },
  { style: "circled", re: new RegExp(`^(\\s*)([${CIRCLED}])`) },
];

// The same patterns, anchored wherever they are tried (for markers inside a line).
const STICKY = PATTERNS.map(({ style, re }) => ({ style, re: new RegExp(re.source.slice(1), "y") }));

/** The marker that opens this (folded) line, if any. */
export const matchMarker = (folded: string): Marker | null => matchMarkerAt(folded, 0);

/** The marker that starts at offset `at` of the folded line, if any; offsets are the line's. */
export const matchMarkerAt = (folded: string, at: number): Marker | null => {
  for (const { style, re } of STICKY) {
    re.lastIndex = at;
    const m = re.exec(folded);
    if (!m) continue;
    const number = m[2]!;
    const value = style === "circled" ? CIRCLED.indexOf(number) + 1 : style === "num" || style === "num-paren" ? Number(number) : chineseNumeral(number);
    if (value === null || value < 1) continue;
    const start = at + m[1]!.length;
    const label = style === "cn-paren" || style === "num-paren" ? `(${number})` : number;
    return { style, value, number, label, start, end: at + m[0].length };
  }
  return null;
};
