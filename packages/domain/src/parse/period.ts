// The plan's year and the end of its period, from the words that name them: a year (2016年),
// a span of years (2023—2025年), a document number (〔2016〕13号) or a ROC year (民國114年, 114年度).

import { endOfYear, ROC_OFFSET } from "./deadlines.js";
import { alternation } from "./labels.js";
import { YEAR_CONTEXT } from "./vocabulary.js";

export interface PlanPeriod {
  readonly year: number | null;
  /** When a task without a deadline of its own is due: the end of the last year of the period. */
  readonly due: string | null;
}

// Matched on folded text, where full-width digits and brackets are ASCII.
const SPAN = /(?<!\d)((?:19|20)\d{2})\s*年?\s*[-—–~至到]\s*((?:19|20)\d{2})\s*年/;
// A year that names a point in time, not the plan's: since (从2016年开始, 2016年以来), until
// (到2020年), or compared with (比2015年下降).
const YEAR = new RegExp(`(?<!\\d|${alternation(YEAR_CONTEXT.before)})((?:19|20)\\d{2})\\s*年(?!\\s*(?:${alternation(YEAR_CONTEXT.after)}))`);
// 〔2016〕 reads as (2016) once folded.
const DOCUMENT_NUMBER = /[([]((?:19|20)\d{2})[)\]]\s*\d{1,4}\s*[号號]/;
// A bare three-digit year is a ROC year only where it opens the text or says 年度: 建党100年 is not one.
const ROC_YEAR = /(?:民國|民国)\s*(\d{2,3})\s*年|^\s*(1[01]\d)\s*年|(?<![\d.])(1[01]\d)\s*年度/;

// A date written with numbers only (a page's 发文日期 | 2022-07-14): the last resort, since a page
// is published in its plan's year far more often than not.
const NUMERIC_DATE = /(?<!\d)((?:19|20)\d{2})[-/.](?:0?[1-9]|1[0-2])[-/.](?:0?[1-9]|[12]\d|3[01])(?!\d)/;

const yearIn = (folded: string): { year: number; last: number } | null => {
  const span = SPAN.exec(folded);
  const year = YEAR.exec(folded);
  if (span && (!year || span.index <= year.index)) return { year: Number(span[1]), last: Math.max(Number(span[1]), Number(span[2])) };
  if (year) return { year: Number(year[1]), last: Number(year[1]) };
  const numbered = DOCUMENT_NUMBER.exec(folded);
  if (numbered) return { year: Number(numbered[1]), last: Number(numbered[1]) };
  const roc = ROC_YEAR.exec(folded);
  if (roc) {
    const year = Number(roc[1] ?? roc[2] ?? roc[3]) + ROC_OFFSET;
    return { year, last: year };
  }
  return null;
};

const publishedIn = (folded: string): { year: number; last: number } | null => {
  const date = NUMERIC_DATE.exec(folded);
  return date ? { year: Number(date[1]), last: Number(date[1]) } : null;
};

/** The period named first by the title, else by the preamble, else anywhere in the text (all folded), else the date the page gives. */
export const planPeriod = (title: string, preamble: string, text: string): PlanPeriod => {
  const found = yearIn(title) ?? yearIn(preamble) ?? yearIn(text) ?? publishedIn(text);
  return found ? { year: found.year, due: endOfYear(found.last) } : { year: null, due: null };
};
