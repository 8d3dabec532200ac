// A table row whose cells do not stand under their header (merged cells drop some, a flattened
// page splits others, a continuation row keeps only its own) is aligned by what its cells hold:
// each cell goes to the column its kind fits best, in order, a column may be skipped (a merged
// cell) and a cell may join the one before it (text split at a space). Where a page prints a cell
// per paragraph, the cells of one numbered row may also wrap back to the first column: the row
// above a merged cell and the rows that continue it. Dynamic programming over cells and columns
// finds the best such alignment; among equals, a row that continues the one above stands as far
// right as it can (merged cells are mostly on its left), a numbered row as far left (its cells
// follow its number).

import type { CellKind } from "./cell-kinds.js";

/** What a column holds, as far as alignment cares. */
export type ColumnKind = "number" | "text" | "task" | "units" | "deadline" | "other";

// How well a cell of each kind fits a column of each kind. A negative fit is a cell in the wrong column.
const FIT: Readonly<Record<CellKind, Readonly<Record<ColumnKind, number>>>> = {
  empty: { number: 0, text: 0, task: 0, units: 0, deadline: 0, other: 0 },
  number: { number: 4, text: -2, task: -2, units: -4, deadline: -4, other: -1 },
  units: { number: -4, text: 0, task: 0, units: 4, deadline: -4, other: 0 },
  people: { number: -4, text: -2, task: -2, units: 0, deadline: -4, other: 3 },
  word: { number: -4, text: 1, task: 1, units: 0, deadline: -2, other: 2 },
  deadline: { number: -4, text: 0, task: 0, units: -4, deadline: 4, other: 0 },
  quantity: { number: -4, text: 2, task: 1, units: -4, deadline: -2, other: 1 },
  status: { number: -4, text: -2, task: -2, units: -4, deadline: -2, other: 3 },
  dated: { number: -4, text: 2, task: 2, units: -4, deadline: 2, other: 1 },
  prose: { number: -4, text: 2, task: 3, units: -4, deadline: -1, other: 2 },
};
// Joining a cell to the one before it in the same column costs a little: only where needed.
const JOIN = 1.5;
// An empty cell stands for a column (a merged one, left blank): joining it to the one before
// loses that, so it costs a little too.
const EMPTY_JOIN = 0.75;
// Wrapping back to the first column (a continuation row) costs more: only where the cells go back.
const WRAP = 3;
// A numbered row names its task: leaving the task column empty costs as much as a poor fit.
const NO_TASK = 2;
// Where alignments tie, a cell stays where its position put it.
const IN_PLACE = 0.25;
// Joining a cell into a column whose next column holds the same kind costs a hair more: of a run
// of names under two unit columns, the first column takes the first (a lead column names one
// unit) and the last the rest.
const JOIN_BEFORE_LIKE = 0.125;

/** How well a cell of this kind fits a column of that kind; below zero it does not. */
export const fitOf = (cell: CellKind, column: ColumnKind): number => FIT[cell][column];

type Step = "skip" | "assign" | "join" | "wrap";

/** Where a row stands when cells tie: right for a row continuing the one above, left for a numbered row. */
export type Stand = "left" | "right";

/**
 * The cells of a row by column: for each column the indices of the cells it takes (several where
 * cells were joined), by the best alignment of `cells` (their kinds) to `columns`.
 */
export const alignByContent = (cells: readonly CellKind[], columns: readonly ColumnKind[], stand: Stand, positional: readonly (number | undefined)[] = []): number[][] =>
  alignRows(cells, columns, stand, false, positional)[0]!;

/**
 * The cells of a row printed a cell per paragraph, cut into the row itself and the rows that
 * continue it: for each, the indices of the cells each column takes.
 */
export const splitByContent = (cells: readonly CellKind[], columns: readonly ColumnKind[]): number[][][] => alignRows(cells, columns, "left", true, []);

/** `positional`: the cell each column holds by position, kept where nothing fits better. */
const alignRows = (cells: readonly CellKind[], columns: readonly ColumnKind[], stand: Stand, wraps: boolean, positional: readonly (number | undefined)[]): number[][][] => {
  const n = cells.length;
  const m = columns.length;
  // best[(i, j, f)]: the best score with i cells placed and j columns passed, f = column j-1 holds a cell.
  const size = (n + 1) * (m + 1) * 2;
  const best = new Float64Array(size).fill(-Infinity);
  const how = new Array<Step | undefined>(size);
  // Where each state's best score came from: the flag of the state before it (and its column, after a wrap).
  const fromFlag = new Uint8Array(size);
  const fromColumn = new Int32Array(size);
  const at = (i: number, j: number, f: number) => (i * (m + 1) + j) * 2 + f;
  const relax = (to: number, score: number, step: Step, flag: number, column = 0) => {
    // Steps are tried in the order skip, join, assign. Read backwards, ties won by the last step
    // tried put cells right; won by the first, left.
    if (score > best[to]! || (stand === "right" && score === best[to]!)) {
      best[to] = score;
      how[to] = step;
      fromFlag[to] = flag;
      fromColumn[to] = column;
    }
  };
  const skipCost = (j: number) => (stand === "left" && columns[j] === "task" ? NO_TASK : 0);
  const skips = (i: number) => {
    for (let j = 0; j < m; j++) for (let f = 0; f < 2; f++) if (best[at(i, j, f)]! > -Infinity) relax(at(i, j + 1, 0), best[at(i, j, f)]! - skipCost(j), "skip", f);
  };
  best[at(0, 0, 0)] = 0;
  for (let i = 0; i <= n; i++) {
    skips(i);
    if (wraps && i > 0 && i < n) {
      // A continuation row starts over at the first column, once this row has passed all of them.
      const end = best[at(i, m, 1)]! >= best[at(i, m, 0)]! ? 1 : 0;
      if (best[at(i, m, end)]! - WRAP > best[at(i, 0, 0)]!) {
        best[at(i, 0, 0)] = best[at(i, m, end)]! - WRAP;
        how[at(i, 0, 0)] = "wrap";
        fromFlag[at(i, 0, 0)] = end;
        fromColumn[at(i, 0, 0)] = m;
        skips(i);
      }
    }
    if (i === n) break;
    for (let j = 0; j <= m; j++) {
      for (let f = 0; f < 2; f++) {
        const score = best[at(i, j, f)]!;
        if (score === -Infinity) continue;
        if (f === 1) {
          const cost = (cells[i] === "empty" ? EMPTY_JOIN : JOIN) + (columns[j] === columns[j - 1] ? JOIN_BEFORE_LIKE : 0);
          relax(at(i + 1, j, 1), score + FIT[cells[i]!][columns[j - 1]!] - cost, "join", f);
        }
        if (j < m) relax(at(i + 1, j + 1, 1), score + FIT[cells[i]!][columns[j]!] + (positional[j] === i ? IN_PLACE : 0), "assign", f);
      }
    }
  }
  const rows: number[][][] = [columns.map(() => [])];
  let i = n;
  let j = m;
  let f = best[at(n, m, 1)]! >= best[at(n, m, 0)]! ? 1 : 0;
  while (i > 0 || j > 0) {
    const state = at(i, j, f);
    const step = how[state]!;
    f = fromFlag[state]!;
    if (step === "wrap") {
      rows.unshift(columns.map(() => []));
      j = fromColumn[state]!;
      continue;
    }
    if (step !== "skip") rows[0]![j - 1]!.unshift(i - 1);
    if (step !== "join") j--;
    if (step !== "skip") i--;
  }
  return rows;
};
