// One measure under its stored spelling, so that two spellings of it compare equal.

import { MEASURE_SYNONYMS } from "./vocabulary.js";

/** A measure in the spelling targets are stored in: 千米 → 公里, 個百分點 → 百分点, 人 → 人. */
export const canonicalMeasure = (measure: string): string => {
  const trimmed = measure.trim();
  return MEASURE_SYNONYMS[trimmed] ?? trimmed;
};
