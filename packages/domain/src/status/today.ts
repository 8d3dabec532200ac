// "Today" is the office's date, not the server's: a Beijing office's day starts eight hours
// before UTC's, and a report run at 17:00 there must be as of that day, not the one before.

import { PlanError } from "../errors.js";

/** The time zone plans are supervised in when none is configured. */
export const DEFAULT_TIME_ZONE = "Asia/Shanghai";

/** The time zone if the runtime knows it; a PlanError (request.invalid) naming it otherwise. */
export const checkTimeZone = (timeZone: string): string => {
  try {
    new Intl.DateTimeFormat("en-CA", { timeZone });
    return timeZone;
  } catch {
    throw new PlanError("request.invalid", `time zone "${timeZone}" is not an IANA time zone (e.g. ${DEFAULT_TIME_ZONE})`, { field: "timeZone", timeZone });
  }
};

/** The ISO date (YYYY-MM-DD) in a time zone at an instant (now by default). */
export const today = (timeZone: string = DEFAULT_TIME_ZONE, at: number | Date = Date.now()): string => {
  const parts = new Intl.DateTimeFormat("en-CA", { timeZone: checkTimeZone(timeZone), year: "numeric", month: "2-digit", day: "2-digit" }).formatToParts(at);
  const part = (type: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === type)!.value;
  return `${part("year")}-${part("month")}-${part("day")}`;
};
