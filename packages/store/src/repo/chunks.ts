// Multi-row inserts in statements small enough for every engine: D1 binds at most 100 values
// per statement (SQLite 32,766, PostgreSQL 65,535).

const MAX_BOUND_VALUES = 100;

/** Splits rows so that each insert binds at most MAX_BOUND_VALUES values. */
export const chunks = <T extends object>(rows: readonly T[]): T[][] => {
  if (rows.length === 0) return [];
  const size = Math.max(1, Math.floor(MAX_BOUND_VALUES / Object.keys(rows[0]!).length));
  const out: T[][] = [];
  for (let i = 0; i < rows.length; i += size) out.push(rows.slice(i, i + size));
  return out;
};
