// The date a read is "as of" when the caller gives none: today in the office's time zone, from
// Effect's Clock so that a test can set the instant.

import { checkWorkingDate, DEFAULT_TIME_ZONE, today } from "@plan/domain";
import { Clock, Effect } from "effect";
import { attempt, type StoreError } from "../errors.js";

/** When a read is as of: a date the caller gives, or today in the office's time zone. */
export interface AsOf {
  readonly asOf?: string | undefined;
  /** IANA time zone of the office, e.g. Asia/Shanghai; DEFAULT_TIME_ZONE when none is set. */
  readonly timeZone?: string | undefined;
}

/** Today's date in a time zone, by the Clock. */
export const todayIn = (timeZone: string): Effect.Effect<string, StoreError> => Effect.flatMap(Clock.currentTimeMillis, (millis) => attempt(() => today(timeZone, millis)));

/** The date asked for (checked to be a working date), or today in the office's time zone. */
export const resolveAsOf = ({ asOf, timeZone }: AsOf): Effect.Effect<string, StoreError> =>
  asOf === undefined
    ? todayIn(timeZone ?? DEFAULT_TIME_ZONE)
    : attempt(() => {
        checkWorkingDate(asOf, "asOf");
        return asOf;
      });
