import { checkWorkingDate } from "@plan/domain";
import { usageError } from "../errors.js";

/** --as-of: an ISO date, today when not given. */
export const asOfDate = (value: string | undefined): string => {
  if (value === undefined) return new Date().toISOString().slice(0, 10);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value) || Number.isNaN(Date.parse(`${value}T00:00:00Z`)) || new Date(`${value}T00:00:00Z`).toISOString().slice(0, 10) !== value) {
    throw usageError(`--as-of: "${value}" is not a date (YYYY-MM-DD)`);
  }
  try {
    checkWorkingDate(value, "--as-of");
  } catch (error) {
    throw usageError((error as Error).message);
  }
  return value;
};
