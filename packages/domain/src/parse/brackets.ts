// Bracket-aware scanning over folded text, so that 省发展改革委(苏区办) and 各县(市、区)人民政府
// stay whole when a list is split at its separators.

// UTF-16 codes: the loops below run over every character of a clause.
const OPEN = new Set([..."([【〔"].map((c) => c.charCodeAt(0)));
const CLOSE = new Set([...")]】〕"].map((c) => c.charCodeAt(0)));

/** Offset of the bracket closing the one opened just before `from`, or -1 if it never closes. */
export const closingBracket = (folded: string, from: number): number => {
  let depth = 1;
  for (let i = from; i < folded.length; i++) {
    const code = folded.charCodeAt(i);
    if (OPEN.has(code)) depth++;
    else if (CLOSE.has(code) && --depth === 0) return i;
  }
  return -1;
};

/** Splits [start, end) at separator characters that stand outside brackets; returns [start, end) spans. */
export const splitOutside = (folded: string, start: number, end: number, separators: string): [number, number][] => {
  const spans: [number, number][] = [];
  const separatorCodes = new Set([...separators].map((c) => c.charCodeAt(0)));
  let depth = 0;
  let from = start;
  for (let i = start; i < end; i++) {
    const code = folded.charCodeAt(i);
    if (OPEN.has(code)) depth++;
    else if (CLOSE.has(code)) depth = Math.max(0, depth - 1);
    else if (depth === 0 && separatorCodes.has(code)) {
      spans.push([from, i]);
      from = i + 1;
    }
  }
  spans.push([from, end]);
  return spans;
};
