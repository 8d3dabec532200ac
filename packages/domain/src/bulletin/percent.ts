/** A share (0–1) as a 通报 prints it: one decimal, no trailing zero (49.9%, 70%). */
export const percent = (share: number): string => `${Number((share * 100).toFixed(1))}%`;

/** The difference of two shares in 百分点, one decimal, unsigned. */
export const points = (a: number, b: number): string => `${Number((Math.abs(a - b) * 100).toFixed(1))}`;
