// Units of measure that make a number a target, in both scripts. A target reports its unit as
// printed, less a leading classifier (个工作日 → 工作日, 個百分點 → 百分點). "time" units count
// only as limits (压缩至1个工作日以内); classifiers after a Chinese numeral are mostly slogans (三个着力).

import { MEASURE_WORDS } from "./vocabulary.js";

export interface Measure {
  readonly printed: string;
  readonly unit: string;
  readonly time: boolean;
  readonly classifier: boolean;
}

const build = (list: readonly string[], kind: "count" | "classifier" | "time"): Measure[] =>
  list.map((printed) => ({
    printed,
    unit: printed.length > 1 ? printed.replace(/^[个個]/, "") : printed,
    time: kind === "time",
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
