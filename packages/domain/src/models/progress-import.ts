import { z } from "zod";

/** A problem with a row (or a whole file) of a progress sheet: where it is, the field and what is wrong. */
export const SheetProblemItem = z.object({
  file: z.string(),
  /** The worksheet's name; empty for a CSV file. */
  sheet: z.string(),
  /** 1-based row as the spreadsheet shows it; null for the whole file. */
  row: z.number().int().positive().nullable(),
  /** Column letter (E); null for a whole row or file. */
  column: z.string().nullable(),
  /** The report's field (value, period, …), or null. */
  field: z.string().nullable(),
  message: z.string(),
});
export type SheetProblemItem = z.infer<typeof SheetProblemItem>;

/** What an import of progress sheets did: rows recorded, rows already recorded as they are, earlier reports replaced. */
export const ProgressImportResult = z.object({
  planId: z.string(),
  files: z.array(z.string()),
  /** Rows recorded as new reports (replacements included). */
  recorded: z.number().int().nonnegative(),
  /** Rows identical to a report already recorded: nothing new. */
  unchanged: z.number().int().nonnegative(),
  /** Of the recorded rows, those that replaced a different earlier report (with replace chosen). */
  replaced: z.number().int().nonnegative(),
  /** The ids of the reports recorded. */
  reports: z.array(z.string()),
  /** Files with no row filled in (a blank sheet sent back): nothing came from them; the others were recorded. */
  empty: z.array(z.string()),
});
export type ProgressImportResult = z.infer<typeof ProgressImportResult>;
