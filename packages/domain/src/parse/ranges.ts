// Membership in sorted, non-overlapping ranges by binary search, so long blocks with many
// clauses stay linear.

export interface Range {
  readonly start: number;
  readonly end: number;
}

/** Whether `at` falls in one of `ranges` (sorted by start, not overlapping). */
export const inRanges = (ranges: readonly Range[], at: number): boolean => {
  let lo = 0;
  let hi = ranges.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const r = ranges[mid]!;
    if (at < r.start) hi = mid - 1;
    else if (at >= r.end) lo = mid + 1;
    else return true;
  }
  return false;
};

/** Index of the first item whose `key` is ≥ `value` (items sorted by key). */
export const lowerBound = <T>(items: readonly T[], value: number, key: (item: T) => number): number => {
  let lo = 0;
  let hi = items.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (key(items[mid]!) < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
};
