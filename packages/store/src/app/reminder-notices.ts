// The 催办单 of a plan as of a date: one per unit that owes reports, or one unit's.

import { type NoticeOptions, type ReminderNotice, type Reminders, reminderNotices } from "@plan/domain";
import { Effect } from "effect";
import { attempt, type StoreError } from "../errors.js";
import type { PlanStore } from "../store.js";
import { allow, type Caller } from "./caller.js";
import { remindersWithStatus } from "./status-reads.js";
import type { AsOf } from "./today.js";

/** What to send: the reminders (saying when nothing is due yet) and a notice per unit that owes reports. */
export interface NoticeBatch {
  readonly reminders: Reminders;
  readonly notices: ReminderNotice[];
}

/** The 催办单 as of a date, for every unit that owes reports or for one (in any printing of its name). */
export const reminderNoticesAsOf = (plan: string, when: AsOf, options: NoticeOptions & { readonly unit?: string | undefined }, caller: Caller): Effect.Effect<NoticeBatch, StoreError, PlanStore> =>
  Effect.gen(function* () {
    yield* allow(caller, "read");
    const { reminders, status } = yield* remindersWithStatus(plan, when, options.unit);
    const notices = yield* attempt(() => reminderNotices(status, reminders, options));
    return { reminders, notices };
  });
