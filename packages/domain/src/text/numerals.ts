// Numbers as Chinese plans print them: 40万, 1.08万, 29亿, 三十, 二〇一六, 1,200.

const DIGITS: Record<string, number> = {
  零: 0,
  〇: 0,
  一: 1,
  二: 2,
  两: 2,
  兩: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
};
const SMALL_UNITS: Record<string, number> = { 十: 10, 拾: 10, 百: 100, 佰: 100, 千: 1000, 仟: 1000 };
const BIG_UNITS: Record<string, number> = { 万: 1e4, 萬: 1e4, 亿: 1e8, 億: 1e8 };

/** Powers of ten of the scale words that may follow an Arabic number. */
export const SCALE_EXPONENT: Record<string, number> = { 十: 1, 百: 2, 千: 3, 万: 4, 萬: 4, 亿: 8, 億: 8 };

/** Value of a Chinese numeral (三十, 一百二十, 两千, 二〇一六), or null if it is not one. */
export const chineseNumeral = (text: string): number | null => {
  if (text === "") return null;
  // Digit-by-digit form: 二〇一六.
  if ([...text].every((ch) => ch in DIGITS)) {
    return [...text].reduce((acc, ch) => acc * 10 + DIGITS[ch]!, 0);
  }
  // 亿 closes everything before it; 万 closes the section before it (一亿二千万 = 1e8 + 2000e4).
  let yi = 0;
  let wan = 0;
  let section = 0;
  let digit: number | null = null;
  for (const ch of text) {
    if (ch in DIGITS) {
      digit = DIGITS[ch]!;
    } else if (ch in SMALL_UNITS) {
      section += (digit ?? 1) * SMALL_UNITS[ch]!;
      digit = null;
    } else if (ch in BIG_UNITS && BIG_UNITS[ch]! === 1e4) {
      wan = (wan + section + (digit ?? (section === 0 && wan === 0 ? 1 : 0))) * 1e4;
      section = 0;
      digit = null;
    } else if (ch in BIG_UNITS) {
      yi = (yi + wan + section + (digit ?? (section === 0 && wan === 0 && yi === 0 ? 1 : 0))) * 1e8;
      wan = 0;
      section = 0;
      digit = null;
    } else {
      return null;
    }
  }
  return yi + wan + section + (digit ?? 0);
};

/**
 * An Arabic number with an optional scale word, computed without binary rounding error:
 * ("1.08", 4) → 10800, ("2.5", 4) → 25000.
 */
export const scaledDecimal = (digits: string, exponent: number): number => {
  const clean = digits.replace(/,/g, "");
  const dot = clean.indexOf(".");
  const decimals = dot < 0 ? 0 : clean.length - dot - 1;
  const mantissa = clean.replace(".", "");
  return Number(`${mantissa}e${exponent - decimals}`);
};
