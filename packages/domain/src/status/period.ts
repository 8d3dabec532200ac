// Reporting periods: months (2016-06) and quarters (2016-Q2), their dates, and which one is due.

import { PlanError } from "../errors.js";
import type { Plan } from "../models/plan.js";

/** How often units report: every month or every quarter. */
export type Cadence = "monthly" | "quarterly";

/** A reporting period and its first and last days. */
export interface PeriodRange {
  readonly period: string;
  /** ISO dates, inclusive. */
  readonly start: string;
  readonly end: string;
}

const pad = (n: number) => String(n).padStart(2, "0");
const lastDay = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).getUTCDate();

/** The dates of a period, or null when it is not YYYY-MM or YYYY-Qn. */
export const periodRange = (period: string): PeriodRange | null => {
  const m = /^(\d{4})-(?:(0[1-9]|1[0-2])|Q([1-4]))$/.exec(period);
  if (!m) return null;
  const year = Number(m[1]);
  const first = m[2] ? Number(m[2]) : (Number(m[3]) - 1) * 3 + 1;
  const last = m[2] ? first : first + 2;
  return { period, start: `${year}-${pad(first)}-01`, end: `${year}-${pad(last)}-${pad(lastDay(year, last))}` };
};

/**
 * The years plan works in: a date or a period outside them is a slip (0001-01-01, 9999-12), and
 * the calendar arithmetic of JavaScript's Date does not hold far from them.
 */
export const WORKING_YEARS = { first: 1950, last: 2100 } as const;

/** Refuses with request.invalid naming the field a value that is not an ISO date, or a date outside WORKING_YEARS. */
export const checkWorkingDate = (date: string, field: string): void => {
  // A date as ISO writes it, and one the calendar has (not 2016-02-30).
  const parsed = Date.parse(`${date}T00:00:00Z`);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date) || Number.isNaN(parsed) || new Date(parsed).toISOString().slice(0, 10) !== date) {
    throw new PlanError("request.invalid", `${field}: "${date}" is not a date (YYYY-MM-DD)`, { field });
  }
  const year = Number(date.slice(0, 4));
  if (!(year >= WORKING_YEARS.first && year <= WORKING_YEARS.last)) {
    throw new PlanError("request.invalid", `${field}: ${date} is outside the years plan works with (${WORKING_YEARS.first}–${WORKING_YEARS.last})`, { field });
  }
};

/** The period of the given cadence that contains a date. */
export const periodOf = (date: string, cadence: Cadence): string => {
  const year = date.slice(0, 4);
  const month = Number(date.slice(5, 7));
  return cadence === "monthly" ? `${year}-${pad(month)}` : `${year}-Q${Math.ceil(month / 3)}`;
};

/**
 * The period whose report is due as of a date: the last one that has ended by then (offices
 * report a month's 累计完成 once the month is over). Null before the first period ends. With the
 * plan's last day (`until`), none after the period containing it: reports are taken for the plan's
 * own years only, so once it is over its last period stays the one due.
 */
export const duePeriod = (asOf: string, cadence: Cadence, since: string, until: string | null = null): string | null => {
  checkWorkingDate(asOf, "asOf");
  const current = periodRange(periodOf(asOf, cadence))!;
  // The period containing asOf is due only once it is over.
  const dayBefore = new Date(Date.parse(`${current.start}T00:00:00Z`) - 86_400_000).toISOString().slice(0, 10);
  const due = current.end <= asOf ? current.period : dayBefore < since ? null : periodOf(dayBefore, cadence);
  const last = until === null ? null : periodOf(until, cadence);
  return due !== null && last !== null && due > last ? last : due;
};

/** What planYears reads of a plan: its year and its dated deadlines (a whole Plan or a StatusPlan will do). */
type DatedPlan = Pick<Plan, "year"> & {
  readonly tasks: readonly {
    readonly deadline: { readonly date: string | null };
    readonly targets: readonly { readonly deadline: { readonly date: string | null } }[];
    readonly milestones: readonly { readonly deadline: { readonly date: string | null } }[];
  }[];
};

// Kept per plan object: every report checked against a plan asks (10,000 rows of an import against
// a 2,000-task plan walked every deadline 10,000 times: 4 s of a 5 s check). Plans are not mutated.
const yearsOf = new WeakMap<DatedPlan, { first: number; last: number } | null>();

/** The years a plan runs over: from its year (or its first dated deadline) to its last dated deadline. Null when it names no year. */
export const planYears = (plan: DatedPlan): { first: number; last: number } | null => {
  if (!yearsOf.has(plan)) yearsOf.set(plan, spanOf(plan));
  return yearsOf.get(plan)!;
};

const spanOf = (plan: DatedPlan): { first: number; last: number } | null => {
  let first = plan.year ?? Infinity;
  let last = plan.year ?? -Infinity;
  for (const task of plan.tasks) {
    for (const deadline of [task.deadline, ...task.targets.map((t) => t.deadline), ...task.milestones.map((m) => m.deadline)]) {
      if (deadline.date === null) continue;
      const year = Number(deadline.date.slice(0, 4));
      if (plan.year === null) first = Math.min(first, year);
      last = Math.max(last, year);
    }
  }
  return last === -Infinity ? null : { first, last };
};
