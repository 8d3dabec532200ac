// Units of measure that make a number a target, in both scripts. A target reports its unit as
// printed, less a leading classifier (个工作日 → 工作日, 個百分點 → 百分點). "time" units count
// only as limits (压缩至1个工作日以内), and of those a "period" (年, 个月) only where something is
// shortened to it; classifiers after a Chinese numeral are mostly slogans (三个着力). After a
// comparator, a short word the lists do not hold measures too (不少于6课时, 2万例以上).

import { MEASURE_WORDS, NOT_MEASURE_CHARS, PERIOD_UNITS } from "./vocabulary.js";

export interface Measure {
  readonly printed: string;
  readonly unit: string;
  readonly time: boolean;
  /** A span of years or months: a period, not a time limit, unless something is shortened to it. */
  readonly period: boolean;
  readonly classifier: boolean;
}

const build = (list: readonly string[], kind: "count" | "classifier" | "time"): Measure[] =>
  list.map((printed) => ({
    printed,
    unit: printed.length > 1 ? printed.replace(/^[个個]/, "") : printed,
    time: kind === "time",
    period: kind === "time" && PERIOD_UNITS.includes(printed),
    classifier: kind === "classifier",
  }));

const MEASURES: readonly Measure[] = [...build(MEASURE_WORDS.count, "count"), ...build(MEASURE_WORDS.classifier, "classifier"), ...build(MEASURE_WORDS.time, "time")].sort(
  (a, b) => b.printed.length - a.printed.length,
);

/** The unit of measure printed at `at` of a folded text, if any; a space may stand before it (400 亩). */
export const measureAt = (folded: string, at: number): Measure | null => {
  const from = folded.charCodeAt(at) === 32 && folded.charCodeAt(at + 1) !== 32 ? at + 1 : at;
  for (const measure of MEASURES) if (folded.startsWith(measure.printed, from)) return from === at ? measure : { ...measure, printed: ` ${measure.printed}` };
  return null;
};

// A measure word the lists do not hold: one or two Han characters, up to what never measures
// (的, 以上, 左右, 和…) or a third character.
const HAN = /^[\u4E00-\u9FFF]{1,2}/;
const NOT_MEASURE = new RegExp(`[${NOT_MEASURE_CHARS}]`);

/** The word printed at `at` read as a measure, for a quantity that a comparator makes a target. */
export const looseMeasureAt = (folded: string, at: number): Measure | null => {
  const word = HAN.exec(folded.slice(at, at + 2))?.[0] ?? "";
  const stop = word.search(NOT_MEASURE);
  const printed = stop < 0 ? word : word.slice(0, stop);
  return printed === "" ? null : { printed, unit: printed, time: false, period: false, classifier: false };
};
