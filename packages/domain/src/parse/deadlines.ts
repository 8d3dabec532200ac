// Deadline phrases and the dates they resolve to against the plan's year:
// 年底前 → 12-31, 第二季度 → 06-30, 6月底前 → 06-30, 2017年3月底 → 2017-03-31, 持续推进 → no date.

import type { Deadline } from "../models/deadline.js";
import { chineseNumeral } from "../text/numerals.js";
import { alternation } from "./labels.js";
import { DATE_REFERENCE } from "./vocabulary.js";

export interface DeadlineMatch {
  readonly start: number;
  readonly end: number;
  readonly deadline: Deadline;
  /** A phrase that never dates anything (持续推进, 长期坚持, 常态化), whatever the plan's year. */
  readonly ongoing: boolean;
}

const pad = (n: number) => String(n).padStart(2, "0");
const lastDay = (year: number, month: number): number => new Date(Date.UTC(year, month, 0)).getUTCDate();
const endOfMonth = (year: number, month: number): string => `${year}-${pad(month)}-${pad(lastDay(year, month))}`;
/**
 * The date of a day the document prints. A day its month does not have (2月30日, 2018年2月29日,
 * 4月31日, 6月0日, 2025-02-30) is read as the month's end: the writer meant that month at the latest.
 */
const dateOf = (year: number, month: number, day: number): string => (day >= 1 && day <= lastDay(year, month) ? `${year}-${pad(month)}-${pad(day)}` : endOfMonth(year, month));
export const endOfYear = (year: number): string => `${year}-12-31`;

const QUARTER = "[一二三四1-4]";
/** ROC years count from 1912 (民國元年). */
export const ROC_OFFSET = 1911;
const MONTH = "(?:1[0-2]|0?[1-9]|十[一二]?|[一二三四五六七八九])";
// 年中 (mid-year, 30 June) only where a deadline ends or an action follows: 年中前, 年中完成,
// 2023 年中, — not 年中考核 (a mid-year review), nor 2023年中央… or 年中国… (central, China).
// Nor after a count or another year: 五年中 (over five years), 明年中, 次年中 (next year's middle,
// which the plan's year does not give).
const NOT_THIS_YEAR = "[\\d一二三四五六七八九十百几幾每数數多明次后後前去]";
const MID_YEAR_ENDS = "(?=前|以前|之前|完成|完工|建成|实现|實現|达到|達到|落实|落實|出台|推出|启动|啟動|投入|开通|開通|[,.;:、。)\\]]|\\s|$)";

// 上旬, 中旬, 下旬: the first, second and last ten days of a month.
const TEN_DAYS = "([上中下])旬";

// Order matters: longer, more specific phrases first. Matched on folded text.
// `first` lists the characters a phrase can start with and `near` a character it must hold
// within its first few, so that most positions try one pattern or none.
interface Phrase {
  readonly first: string;
  /** Characters the phrase can continue with. */
  readonly second?: string;
  readonly near?: { ch: string; within: number };
  readonly re: RegExp;
  readonly resolve: (m: RegExpExecArray, year: number | null) => string | null;
}
const PHRASES: readonly Phrase[] = [
  {
    // An ISO or dotted date, as spreadsheets write it: 2025-12-31, 2025/6/30, 2025.6.30.
    first: "12",
    re: /((?:19|20)\d{2})([-/.])(0?[1-9]|1[0-2])\2(0?[1-9]|[12]\d|3[01])(?!\d)/y,
    resolve: (m) => dateOf(Number(m[1]), Number(m[3]), Number(m[4])),
  },
  {
    // A year printed with spaces around it reads alike: 于 2025 年 6 月底前.
    first: "12",
    near: { ch: "年", within: 6 },
    re: new RegExp(`(20\\d{2}|19\\d{2})\\s*年\\s*(${MONTH})\\s*月(?:\\s*(\\d{1,2})\\s*[日号號]|${TEN_DAYS})?(?:底|末|份)?(?:前|以前)?`, "y"),
    resolve: (m) => dayOf(Number(m[1]), monthValue(m[2]!), m[3], m[4]),
  },
  {
    // A year and month as spreadsheets and tables print them: 2021.8, 2021/08; not a decimal
    // with its measure after it (2020.5万元, 2021.6公里).
    first: "12",
    re: /((?:19|20)\d{2})[./](0?[1-9]|1[0-2])(?![\d./%‰\u4E00-\u9FFF])/y,
    resolve: (m) => endOfMonth(Number(m[1]), Number(m[2])),
  },
  {
    // A ROC year (Taiwan): 114年6月底前, 民國114年12月31日 → 2025.
    first: "民1",
    near: { ch: "年", within: 4 },
    re: new RegExp(`(?:民國|民国)?(1[01]\\d)年(${MONTH})月(?:(\\d{1,2})日)?(?:底|末|份)?(?:前|以前)?`, "y"),
    resolve: (m) => {
      const year = Number(m[1]) + ROC_OFFSET;
      const month = monthValue(m[2]!);
      return m[3] ? dateOf(year, month, Number(m[3])) : endOfMonth(year, month);
    },
  },
  {
    // A year and a quarter, a half or its middle: 2024年第三季度, 2025年上半年, 2023 年中完成.
    first: "12",
    near: { ch: "年", within: 6 },
    re: new RegExp(`(20\\d{2}|19\\d{2})\\s*年\\s*(?:第?(${QUARTER})季度?|([上下])半年|(中)${MID_YEAR_ENDS})(?:末|底)?(?:前|以前|之前)?`, "y"),
    resolve: (m) => endOfMonth(Number(m[1]), m[2] ? 3 * quarterValue(m[2]) : m[3] === "下" ? 12 : 6),
  },
  {
    first: "12",
    near: { ch: "年", within: 6 },
    re: /(20\d{2}|19\d{2})\s*年(?:年?底|年?末|内|內)?(?:前|以前)?(?!\s*[\d-—~至到])/y,
    resolve: (m) => endOfYear(Number(m[1])),
  },
  {
    first: "第一二三四1234",
    near: { ch: "季", within: 2 },
    re: new RegExp(`(?:第(${QUARTER})季度?|([一二三四1-4])季度)(?:末|底)?(?:前|以前)?`, "y"),
    resolve: (m, year) => (year === null ? null : endOfMonth(year, 3 * quarterValue(m[1] ?? m[2]!))),
  },
  { first: "上", second: "半", re: /上半年(?:底|末)?(?:前|以前)?/y, resolve: (_m, year) => (year === null ? null : endOfMonth(year, 6)) },
  { first: "年", second: "中", re: new RegExp(`(?<!${NOT_THIS_YEAR})年中${MID_YEAR_ENDS}(?:前|以前|之前)?`, "y"), resolve: (_m, year) => (year === null ? null : endOfMonth(year, 6)) },
  { first: "下", second: "半", re: /下半年/y, resolve: (_m, year) => (year === null ? null : endOfYear(year)) },
  {
    first: "0123456789一二三四五六七八九十",
    near: { ch: "月", within: 2 },
    re: new RegExp(`(${MONTH})月(?:(\\d{1,2})[日号號]|${TEN_DAYS})?(?:底|末|份)?(?:前|以前)?(?![\\d日号號])`, "y"),
    resolve: (m, year) => (year === null ? null : dayOf(year, monthValue(m[1]!), m[2], m[3])),
  },
  {
    first: "年全今本当當",
    second: "底末内內年",
    re: /(?:年底前|年底|年末|年内|年內|全年|今年|本年度|当年|當年)/y,
    resolve: (_m, year) => (year === null ? null : endOfYear(year)),
  },
  { first: "长長持常", second: "期续續态態", re: /(?:长期坚持|長期堅持|持续推进|持續推進|长期推进|長期推進|常态化|常態化)/y, resolve: () => null },
];
const ONGOING = PHRASES.length - 1;

/** The date a month's day or ten-day part (上旬, 中旬, 下旬) gives; the month's end without either. */
const dayOf = (year: number, month: number, day: string | undefined, tenDays: string | undefined): string => {
  if (day !== undefined) return dateOf(year, month, Number(day));
  if (tenDays === "上") return `${year}-${pad(month)}-10`;
  if (tenDays === "中") return `${year}-${pad(month)}-20`;
  return endOfMonth(year, month);
};

const monthValue = (text: string): number => (/^\d+$/.test(text) ? Number(text) : (chineseNumeral(text) ?? 12));
const quarterValue = (text: string): number => (/^\d$/.test(text) ? Number(text) : (chineseNumeral(text) ?? 4));

// Hot loop: compare UTF-16 codes, since indexing a CJK string allocates a string per character.
const holds = (text: string, from: number, within: number, code: number): boolean => {
  for (let k = from; k <= from + within && k < text.length; k++) if (text.charCodeAt(k) === code) return true;
  return false;
};

// Every entry has the same fields in the same order, so the hot loop's property reads stay monomorphic.
const COMPILED = PHRASES.map((p) => ({
  re: p.re,
  resolve: p.resolve,
  secondCodes: p.second ? new Set([...p.second].map((c) => c.charCodeAt(0))) : null,
  nearCode: p.near ? p.near.ch.charCodeAt(0) : -1,
  nearWithin: p.near?.within ?? 0,
}));
/** For each UTF-16 code, a bit per phrase that can start with it: one array read per character. */
const STARTS = new Uint32Array(65536);
PHRASES.forEach((p, k) => {
  for (const ch of p.first) STARTS[ch.charCodeAt(0)]! |= 1 << k;
});
const ZERO = 48;
// A step's number glued to its date (1.4月底前 is step 1, due by the end of April), at a line's or a
// clause's start: the digit after its point opens a date, not a decimal's fraction.
const STEP_NUMBER_BEFORE = /(?:^|[\s,;:。、(])\d{1,2}\.$/;
// What stands before 至/到 when they close a range: a number, perhaps with its 年 or 月.
const RANGE_START = /\d\s*[年月]?\s*$/;
const NINE = 57;

/** Every deadline phrase in a folded text, left to right, without overlaps. */
const REFERENCE_BEFORE = new RegExp(`(?:${alternation(DATE_REFERENCE.before)})$`);
const REFERENCE_AFTER = new RegExp(`^\\s*(?:${alternation(DATE_REFERENCE.after)})`);
/** 比2015年, 从2016年开始: a date that things are measured from, not one they are due by. */
const isReference = (folded: string, start: number, end: number): boolean => REFERENCE_BEFORE.test(folded.slice(Math.max(0, start - 2), start)) || REFERENCE_AFTER.test(folded.slice(end, end + 3));

export const findDeadlines = (folded: string, text: string, year: number | null): DeadlineMatch[] => {
  const found: DeadlineMatch[] = [];
  for (let i = 0; i < folded.length; i++) {
    const code = folded.charCodeAt(i);
    const candidates = STARTS[code]!;
    if (candidates === 0) continue;
    // A digit inside a longer number, or the end of a range (2016-2017年 names a period, not a due
    // date; 到2027年 alone is one).
    if (
      code >= ZERO &&
      code <= NINE &&
      i > 0 &&
      ((/[\d.\-—~]/.test(folded[i - 1]!) && !STEP_NUMBER_BEFORE.test(folded.slice(Math.max(0, i - 4), i))) ||
        (/[至到]/.test(folded[i - 1]!) && RANGE_START.test(folded.slice(Math.max(0, i - 8), i - 1))))
    )
      continue;
    for (let k = 0; k < COMPILED.length; k++) {
      if ((candidates & (1 << k)) === 0) continue;
      const { secondCodes, nearCode, nearWithin, re, resolve } = COMPILED[k]!;
      if (secondCodes && !secondCodes.has(folded.charCodeAt(i + 1))) continue;
      if (nearCode >= 0 && !holds(folded, i + 1, nearWithin, nearCode)) continue;
      re.lastIndex = i;
      const m = re.exec(folded);
      if (!m) continue;
      if (!isReference(folded, i, i + m[0].length)) found.push({ start: i, end: i + m[0].length, deadline: { text: text.slice(i, i + m[0].length), date: resolve(m, year) }, ongoing: k === ONGOING });
      i += m[0].length - 1;
      break;
    }
  }
  return found;
};
