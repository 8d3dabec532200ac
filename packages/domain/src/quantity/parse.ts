// A value as people write it in a report or a sheet (3000万, 12亿元, 1.2万公里, 85%, 3,500,
// full-width ３０００万), normalised to the base unit its target is stored in: targets keep
// plain numbers without scale words (29亿元 is 2900000000 with unit 元), so a report must too.

import { PlanError } from "../errors.js";
import { MEASURE_WORDS } from "../parse/vocabulary.js";
import { chineseNumeral, scaledDecimal } from "../text/numerals.js";
import { fold } from "../text/source.js";
import { canonicalMeasure } from "./measure.js";
import { MEASURE_SYNONYMS, SCALE_WORDS } from "./vocabulary.js";

// Every measure a value may end with, longest first so 平方公里 wins over 公里 and 千米 over 米.
const KNOWN_MEASURES = [...new Set([...MEASURE_WORDS.count, ...MEASURE_WORDS.classifier, ...MEASURE_WORDS.time, ...Object.keys(MEASURE_SYNONYMS)])].sort((a, b) => b.length - a.length);
const ARABIC = /^[+-]?(?:\d{1,3}(?:,\d{3})+|\d+)?(?:\.\d+)?$/;
const CHINESE = /^[零〇一二两兩三四五六七八九十百千万萬亿億]+$/;
const HAS_DIGIT = /[一二两兩三四五六七八九]/;

/**
 * A value as people write it, in the base unit of a target measured in `targetUnit`:
 * ("3000万", "元") → 30000000, ("1.2万公里", "公里") → 12000, ("85%", "%") → 85. A measure that
 * disagrees with the target's (公里 for a target in 座) or text that is not a number is a PlanError.
 */
export const parseQuantity = (text: string | number, targetUnit: string): number => {
  if (typeof text === "number") {
    if (!Number.isFinite(text)) throw invalid(String(text), "it is not a finite number");
    return text;
  }
  // Full-width digits, commas and percent signs (３，５００％) read as their ASCII forms; spaces go.
  const folded = fold(text).replace(/[\s\u3000]+/g, "");
  if (folded === "") throw invalid(text, "it is empty");
  const target = canonicalMeasure(targetUnit);
  const measure = trailingMeasure(folded, target);
  const number = measure === null ? folded : folded.slice(0, folded.length - measure.length);
  if (measure !== null && target !== "" && canonicalMeasure(measure) !== target) {
    throw new PlanError("value.unit-mismatch", `数值“${text}”的计量单位是${measure},该指标以${targetUnit}计 / value "${text}" is in ${measure}, but the target is measured in ${targetUnit}`, {
      field: "value",
      value: text,
      measure,
      targetUnit,
    });
  }
  const value = numberOf(number);
  if (value === null) throw invalid(text, `write a number, optionally with 万 or 亿 and the target's measure${targetUnit ? ` (${targetUnit})` : ""}, e.g. 1.2万${targetUnit}`);
  return value;
};

/** The longest measure the text ends with, the target's own spelling among the known ones (2个百分点 ends in 个百分点). */
const trailingMeasure = (folded: string, target: string): string | null => {
  let found: string | null = null;
  for (const measure of target === "" ? KNOWN_MEASURES : [target, ...KNOWN_MEASURES]) {
    if (folded.endsWith(measure) && folded.length > measure.length && measure.length > (found?.length ?? 0)) found = measure;
  }
  return found;
};

/** An Arabic number with an optional scale word (1.2万, 3,500, 12亿), or a Chinese numeral (三千万). */
const numberOf = (text: string): number | null => {
  const scale = SCALE_WORDS.find(([word]) => text.endsWith(word) && text.length > word.length);
  const digits = scale ? text.slice(0, text.length - scale[0].length) : text;
  if (/\d/.test(digits) && ARABIC.test(digits)) {
    const sign = digits.startsWith("-") ? -1 : 1;
    const value = sign * scaledDecimal(digits.replace(/^[+-]/, ""), scale?.[1] ?? 0);
    return Number.isFinite(value) ? value : null;
  }
  // A Chinese numeral needs a digit: 万 alone is a scale word, not 一万.
  return CHINESE.test(text) && HAS_DIGIT.test(text) ? chineseNumeral(text) : null;
};

const invalid = (text: string, why: string) => new PlanError("value.invalid", `数值“${text}”无法识别 / value "${text}" is not a quantity: ${why}`, { field: "value", value: text });
