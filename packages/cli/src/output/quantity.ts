// Quantities as Chinese readers write them: 2900000000 → 29亿, 10800 → 1.08万.

const SCALES: readonly [number, string][] = [
  [1e8, "亿"],
  [1e4, "万"],
];

export const formatQuantity = (value: number): string => {
  for (const [scale, word] of SCALES) {
    const scaled = value / scale;
    // Only when the scaled number is short (at most two decimals), as a person would write it.
    if (Math.abs(scaled) >= 1 && Math.abs(scaled * 100 - Math.round(scaled * 100)) < 1e-9) {
      return `${Number(scaled.toFixed(2))}${word}`;
    }
  }
  return value.toLocaleString("en-US", { maximumFractionDigits: 4 });
};
