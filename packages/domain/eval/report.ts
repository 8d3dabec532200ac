// The table eval.sh prints (../shared/corpus/eval.sh), column for column, so that the two can be
// read side by side: a row per document, a mean row per variant.

import { fixed } from "./python.js";
import type { Scores } from "./score.js";

/** The figures shown, with their column headers. */
export const COLUMNS = [
  ["tasks_f1", "tasks"],
  ["title_exact", "t.exact"],
  ["title_prefix", "t.prefix"],
  ["units_f1", "units"],
  ["lead_f1", "lead"],
  ["targets_f1", "targets"],
  ["deadline_acc", "deadline"],
  ["milestone_deadlines", "milest."],
] as const;
export type Figure = (typeof COLUMNS)[number][0];

const LABEL = 44;
const CELL = 9;
const cell = (value: number | undefined, digits: number) => (value === undefined ? "-" : fixed(value, digits)).padStart(CELL);

export const header = (label: string, width = LABEL): string => label.padEnd(width) + COLUMNS.map(([, title]) => title.padStart(CELL)).join("");

export const documentRow = (name: string, scores: Scores, note?: string): string =>
  name.slice(0, LABEL).padEnd(LABEL) + COLUMNS.map(([figure]) => cell(scores[figure], 2)).join("") + (note === undefined ? "" : `  (${note})`);

/**
 * Each figure's mean over the documents where it counts, summed left to right as Python 3.11's
 * sum() does (3.12 compensates, which can move the last digit of a near tie).
 */
export const means = (all: readonly Scores[]): Partial<Record<Figure, number>> => {
  const result: Partial<Record<Figure, number>> = {};
  for (const [figure] of COLUMNS) {
    const values = all.map((s) => s[figure]).filter((v) => v !== undefined);
    if (values.length > 0) result[figure] = values.reduce((a, b) => a + b, 0) / values.length;
  }
  return result;
};

export const meanRow = (label: string, mean: Partial<Record<Figure, number>>, width = LABEL): string => label.padEnd(width) + COLUMNS.map(([figure]) => cell(mean[figure], 3)).join("");
