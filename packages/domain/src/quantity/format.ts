// Quantities as people read them, the one way every output prints a target's value, actual or
// expected: 29亿元, 1.45亿元, 3,490公里, 1.08万公里, 85%. A long amount is shortened to 亿/万
// with two decimals (1043956044元 → 10.44亿元): nobody reads ten digits in a report.

import { canonicalMeasure } from "./measure.js";
import { SHARE_MEASURES } from "./vocabulary.js";

// Below this an amount reads fine with thousands separators (3,490); from it on, 万 or 亿.
const SHORTEN_FROM = 1e6;

/** A value with its measure as people read it: (2900000000, "元") → "29亿元", (3490, "公里") → "3,490公里". */
export const formatQuantity = (value: number, unit: string): string => `${formatNumber(value, SHARE_MEASURES.has(canonicalMeasure(unit)))}${unit}`;

const formatNumber = (value: number, share: boolean): string => {
  if (!Number.isFinite(value)) return String(value);
  const size = Math.abs(value);
  if (!share) {
    if (size >= 1e8) return `${round2(value / 1e8)}亿`;
    // 10800 → 1.08万 when that is exact; 12345 stays 12,345 until it is too long to read.
    if (size >= 1e4 && (size >= SHORTEN_FROM || exactAt2(value / 1e4))) return `${round2(value / 1e4)}万`;
  }
  return value.toLocaleString("en-US", { maximumFractionDigits: size !== 0 && size < 1 ? 4 : 2 });
};

// Rounded to at most two decimals, printed without trailing zeros or thousands separators (1.5, 10.44, 5000).
const round2 = (n: number): string => String(Number(n.toFixed(2)));

const exactAt2 = (n: number): boolean => Math.abs(n * 100 - Math.round(n * 100)) < 1e-9;
