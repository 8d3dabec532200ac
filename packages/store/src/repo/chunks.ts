/** Splits rows for multi-row inserts: SQLite and D1 cap the bound parameters of one statement. */
export const chunks = <T>(rows: readonly T[], size = 200): T[][] => {
  const out: T[][] = [];
  for (let i = 0; i < rows.length; i += size) out.push(rows.slice(i, i + size));
  return out;
};
