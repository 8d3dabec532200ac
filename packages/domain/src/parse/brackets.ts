// Bracket-aware scanning over folded text, so that 省发展改革委(苏区办) and 各县(市、区)人民政府
// stay whole when a list is split at its separators.

const OPEN = "([【〔";
const CLOSE = ")]】〕";

/** Offset of the bracket closing the one opened just before `from`, or -1 if it never closes. */
export const closingBracket = (folded: string, from: number): number => {
  let depth = 1;
  for (let i = from; i < folded.length; i++) {
    const ch = folded[i]!;
    if (OPEN.includes(ch)) depth++;
    else if (CLOSE.includes(ch) && --depth === 0) return i;
  }
  return -1;
};

/** Splits [start, end) at separator characters that stand outside brackets; returns [start, end) spans. */
export const splitOutside = (folded: string, start: number, end: number, separators: string): [number, number][] => {
  const spans: [number, number][] = [];
  let depth = 0;
  let from = start;
  for (let i = start; i < end; i++) {
    const ch = folded[i]!;
    if (OPEN.includes(ch)) depth++;
    else if (CLOSE.includes(ch)) depth = Math.max(0, depth - 1);
    else if (depth === 0 && separators.includes(ch)) {
      spans.push([from, i]);
      from = i + 1;
    }
  }
  spans.push([from, end]);
  return spans;
};
