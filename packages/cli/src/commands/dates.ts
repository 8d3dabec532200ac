// --as-of, and the office's time zone: what "today" means when a command is given no date.

import { checkWorkingDate, DEFAULT_TIME_ZONE, PlanError } from "@plan/domain";
import type { AsOf } from "@plan/store";
import { usageError } from "../errors.js";
import type { Io } from "../io.js";

export const TIME_ZONE_HELP = `  PLAN_TIME_ZONE the office's time zone, for "today" when no --as-of is given (default ${DEFAULT_TIME_ZONE})`;

/** The office's IANA time zone: PLAN_TIME_ZONE, Asia/Shanghai by default. */
const officeTimeZone = (env: Record<string, string | undefined>): string => env.PLAN_TIME_ZONE?.trim() || DEFAULT_TIME_ZONE;

/** When a read is as of: --as-of (checked here, so that the message names the flag), else today in the office's time zone. */
export const asOfOption = (value: string | undefined, io: Io): AsOf => {
  if (value !== undefined) {
    try {
      checkWorkingDate(value, "--as-of");
    } catch (error) {
      throw error instanceof PlanError ? usageError(error.message) : error;
    }
  }
  return { asOf: value, timeZone: officeTimeZone(io.env) };
};
