// The few Python behaviours that the reference scorer (../shared/corpus/score.py) relies on and
// JavaScript does not share. The port uses these so that it prints the very same figures: a
// rounding tie or a stray whitespace character must not tell the two scorers apart.

/** A value as JSON.parse gives it. */
export type Json = null | boolean | number | string | readonly Json[] | { readonly [key: string]: Json };

/** A JSON object: what Python's `isinstance(x, dict)` accepts. */
export const isObject = (value: unknown): value is { readonly [key: string]: Json } => typeof value === "object" && value !== null && !Array.isArray(value);

/** `d.get(key)` on a dict; `undefined` for anything that is not one. */
export const get = (value: unknown, key: string): Json | undefined => (isObject(value) ? value[key] : undefined);

/** `d.get(key, fallback)`: the fallback only where the key is missing, not where it is null. */
export const getOr = (value: unknown, key: string, fallback: Json): Json => (isObject(value) && key in value ? value[key]! : fallback);

/** Python truthiness: None, False, 0, "", [] and {} are false. */
export const truthy = (value: unknown): boolean => {
  if (Array.isArray(value)) return value.length > 0;
  if (isObject(value)) return Object.keys(value).length > 0;
  return Boolean(value);
};

/** Python's `a or b or c`: the first true value, else the last one. */
export const or = (...values: readonly (Json | undefined)[]): Json | undefined => values.find(truthy) ?? values.at(-1);

/** A list as Python iterates `x or []`: anything else is empty. */
export const list = (value: unknown): readonly Json[] => (Array.isArray(value) ? value : []);

/**
 * Python's `str(x)` for a JSON value. One difference cannot be helped: JSON.parse reads `1.0`
 * as 1, which Python prints "1.0"; plans and annotations write numbers and dates as strings.
 */
export const str = (value: Json | undefined): string => {
  if (value === null || value === undefined) return "None";
  if (value === true) return "True";
  if (value === false) return "False";
  if (typeof value === "number") return Number.isNaN(value) ? "nan" : Number.isFinite(value) ? String(value) : value > 0 ? "inf" : "-inf";
  if (typeof value === "string") return value;
  return JSON.stringify(value);
};

// str.isspace(), which is what Python's `\s` and str.strip() mean: JavaScript's `\s` also takes
// U+FEFF and misses U+001C–U+001F and U+0085.
const SPACE = "\\t-\\r\\x1c-\\x20\\x85\\xa0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000";
export const WHITESPACE = new RegExp(`[${SPACE}]+`, "g");

const escapeClass = (chars: string) => chars.replace(/[\\\]^-]/g, "\\$&");

/** `s.strip(chars)`, or `s.strip()` (whitespace) without chars. */
export const strip = (s: string, chars?: string): string => {
  const set = chars === undefined ? SPACE : escapeClass(chars);
  return s.replace(new RegExp(`^[${set}]+|[${set}]+$`, "gu"), "");
};

/** `s[:n]`: Python counts code points, JavaScript UTF-16 units. */
export const head = (s: string, n: number): string => Array.from(s).slice(0, n).join("");

/**
 * Python's `format(x, ".Nf")`: correctly rounded, ties to even on the exact binary value
 * (0.125 → "0.12", where JavaScript's toFixed gives "0.13").
 */
export const fixed = (x: number, digits: number): string => {
  if (Number.isNaN(x)) return "nan";
  if (!Number.isFinite(x)) return x > 0 ? "inf" : "-inf";
  const sign = x < 0 || Object.is(x, -0) ? "-" : "";
  const abs = Math.abs(x);
  // Above 2^53 every double is an integer; below 1e21 toFixed(100) is the exact decimal
  // expansion for every double that could reach a tie at `digits` places.
  if (abs >= 1e21) return sign + BigInt(abs).toString() + (digits > 0 ? `.${"0".repeat(digits)}` : "");
  const [whole, fraction = ""] = abs.toFixed(100).split(".");
  const kept = BigInt(whole! + fraction.slice(0, digits));
  const rest = fraction.slice(digits);
  const beyondHalf = rest[0]! > "5" || (rest[0] === "5" && /[1-9]/.test(rest.slice(1)));
  const tie = rest[0] === "5" && !/[1-9]/.test(rest.slice(1));
  const rounded = (kept + (beyondHalf || (tie && kept % 2n === 1n) ? 1n : 0n)).toString().padStart(digits + 1, "0");
  return sign + (digits > 0 ? `${rounded.slice(0, -digits)}.${rounded.slice(-digits)}` : rounded);
};

/** Python's `round(x, N)`: the double nearest to the correctly rounded decimal. */
export const round = (x: number, digits: number): number => (Number.isFinite(x) ? Number(fixed(x, digits)) : x);

// What float() accepts of a string, ASCII digits only (Python also takes other scripts' digits).
const DIGITS = "\\d(?:_?\\d)*";
const FLOAT = new RegExp(`^[+-]?(?:${DIGITS}(?:\\.(?:${DIGITS})?)?|\\.${DIGITS})(?:[eE][+-]?${DIGITS})?$`);
const SPECIAL = /^([+-]?)(inf|infinity|nan)$/i;

/** Python's `float(x)` for a JSON value, or null where it raises TypeError or ValueError. */
export const toFloat = (value: Json | undefined): number | null => {
  if (typeof value === "number") return value;
  if (typeof value === "boolean") return value ? 1 : 0;
  if (typeof value !== "string") return null;
  const s = strip(value);
  if (FLOAT.test(s)) return Number(s.replace(/_/g, ""));
  const special = SPECIAL.exec(s);
  if (!special) return null;
  if (special[2]!.toLowerCase() === "nan") return NaN;
  return special[1] === "-" ? -Infinity : Infinity;
};
