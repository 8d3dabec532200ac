// Status as of a date, the same way everywhere (CLI, API, reports):
//
// A numeric target follows a straight line from its baseline (0 unless given) on the plan's
// first day to its value on its deadline. With R = progress made ÷ progress expected by the
// as-of date, it is: achieved once the latest cumulative value reaches the value (for a `<=`
// target, once it is at or below it); overdue when its deadline has passed unachieved;
// not reported when nothing was reported for the period now due; otherwise on track
// (R ≥ 0.95), at risk (0.6 ≤ R < 0.95) or behind (R < 0.6).
//
// A milestone is done (reported done), overdue (deadline passed), due soon (within 30 days)
// or pending.
//
// A task takes the worst status among its targets and milestones, in the order
// overdue > behind > not reported > at risk > on track > achieved (a milestone done counts as
// achieved, overdue as overdue, pending or due soon as on track). A task with neither takes its
// latest report: done → achieved, else the status reported (on track when none is given);
// nothing reported for the period due → not reported; deadline passed and not done → overdue.
//
// Nothing reported is never on track. Targets and a task without items are not reported until
// something is reported for them (before any period is due too) and once what was reported is
// for an earlier period than the one due. A pending or due-soon milestone likewise says on track
// only while its task is reported for the period due (on the milestone, another item or the task
// itself); otherwise it says not reported. So a task whose only item is a milestone not yet due
// is not reported until its unit reports, not on track.
//
// The office's decisions count as they stand now, at every as-of date:
// - a report it returned (退回) counts for nothing, as if never made, until the unit reports
//   again; one submitted or accepted counts;
// - an approved extension moves the deadline it names (see deadlines.ts) for the trajectory,
//   overdue and due soon; each assessment keeps the document's date as originalDeadline;
// - a task it closed (办结) is achieved, and says when and by whom; reopened, it is assessed again.

import type { Milestone } from "../models/milestone.js";
import type { Plan } from "../models/plan.js";
import type { ProgressReport } from "../models/progress.js";
import type { MilestoneAssessment, Status, TargetAssessment, TaskAssessment } from "../models/status.js";
import type { Target } from "../models/target.js";
import type { Task } from "../models/task.js";
import type { UnitRef } from "../models/unit.js";
import { type ApprovedExtension, movedDeadlines } from "./deadlines.js";

/**
 * What status needs of a task: a whole Task will do, and so will the slim document a store
 * keeps, which may give the accountable units already worked out (see `accountability`).
 */
export type StatusTask = Pick<Task, "id" | "title" | "area" | "deadline"> & {
  readonly targets: readonly Pick<Target, "text" | "value" | "unit" | "comparator" | "deadline">[];
  readonly milestones: readonly Pick<Milestone, "text" | "deadline">[];
} & ({ readonly units: readonly Pick<UnitRef, "unit" | "role">[] } | { readonly lead: readonly string[]; readonly support: readonly string[] });
/** What status needs of a plan. */
export type StatusPlan = Pick<Plan, "id" | "title" | "year" | "cadence"> & {
  readonly tasks: readonly StatusTask[];
  readonly units: readonly { readonly name: string }[];
};
import { periodRange } from "./period.js";

/** The progress ratio (made ÷ expected) at or above which a target is on track. */
export const ON_TRACK = 0.95;
/** The progress ratio at or above which a target short of on track is at risk; below it, behind. */
export const AT_RISK = 0.6;
/** Days before its deadline from which a milestone not done is due soon. */
export const DUE_SOON_DAYS = 30;

/** Every status, worst first: a task takes the worst of its targets' and milestones'. */
export const SEVERITY: readonly Status[] = ["overdue", "behind", "not-reported", "at-risk", "on-track", "achieved"];

/** The date status is computed for, and the plan's start and due period it implies. */
export interface Clock {
  /** ISO date the status is computed for. */
  readonly asOf: string;
  /** The plan's first day. */
  readonly start: string | null;
  /** The period whose reports are due, or null before the first one ends. */
  readonly due: string | null;
}

const DAY = 86_400_000;
const days = (from: string, to: string) => (Date.parse(to) - Date.parse(from)) / DAY;

// Period bounds by string compare: "2016-06" and "2016-Q2" begin on their first month and
// end on their last, so months and quarters order correctly without computing dates.
const firstMonth = (period: string) => (period.charCodeAt(5) === 81 /* Q */ ? `${period.slice(0, 5)}${String((Number(period[6]) - 1) * 3 + 1).padStart(2, "0")}` : period);
const lastMonth = (period: string) => (period.charCodeAt(5) === 81 ? `${period.slice(0, 5)}${String(Number(period[6]) * 3).padStart(2, "0")}` : period);

/** Whether a report counts for status: any the office has not returned. */
export const countsForStatus = (report: Pick<ProgressReport, "review">): boolean => report.review?.state !== "returned";

/** Reports that count as of the clock: not returned, and their period has begun by then. Latest period last. */
const inScope = (reports: readonly ProgressReport[], clock: Clock): ProgressReport[] => {
  const month = clock.asOf.slice(0, 7);
  const scoped = reports.filter((r) => firstMonth(r.period) <= month && countsForStatus(r));
  return scoped.length < 2 ? scoped : scoped.sort((a, b) => lastMonth(a.period).localeCompare(lastMonth(b.period)) || a.reportedAt.localeCompare(b.reportedAt));
};

const periodEnd = (r: ProgressReport) => periodRange(r.period)?.end ?? "";

/** Nothing reported for the period now due (or later). */
const stale = (latest: ProgressReport | undefined, clock: Clock): boolean => latest === undefined || (clock.due !== null && periodEnd(latest) < (periodRange(clock.due)?.end ?? ""));

/**
 * Where a numeric target stands as of the clock: its reports against a straight line from the
 * baseline on the plan's first day to its value on its deadline (see the top of this file).
 */
export const assessTarget = (
  target: StatusTask["targets"][number],
  index: number,
  reports: readonly ProgressReport[],
  clock: Clock,
  baseline = 0,
  deadline: string | null = target.deadline.date,
): TargetAssessment => {
  const scoped = inScope(reports, clock);
  const latest = scoped.at(-1);
  const actual = latest?.value ?? null;
  const lowerIsBetter = target.comparator === "<=";
  const achieved = actual !== null && (lowerIsBetter ? actual <= target.value : actual >= target.value);

  let expected: number | null = null;
  let ratio: number | null = null;
  if (clock.start !== null && deadline !== null && deadline > clock.start) {
    const share = Math.min(1, Math.max(0, days(clock.start, clock.asOf) / days(clock.start, deadline)));
    expected = baseline + (target.value - baseline) * share;
    const wanted = (target.value - baseline) * share;
    if (actual !== null && wanted !== 0) ratio = (actual - baseline) / wanted;
    // At the very start nothing is expected yet, so anything reported is on track.
    if (actual !== null && wanted === 0) ratio = 1;
  }

  const status: Status = achieved
    ? "achieved"
    : deadline !== null && clock.asOf > deadline
      ? "overdue"
      : stale(latest, clock)
        ? "not-reported"
        : lowerIsBetter && baseline <= target.value
          ? // No trajectory from a baseline already within a limit: not yet there is a risk.
            "at-risk"
          : ratio === null || ratio >= ON_TRACK
            ? "on-track"
            : ratio >= AT_RISK
              ? "at-risk"
              : "behind";

  return {
    index,
    text: target.text,
    value: target.value,
    unit: target.unit,
    comparator: target.comparator,
    status,
    baseline,
    expected,
    actual,
    ratio,
    lastPeriod: latest?.period ?? null,
    deadline,
    originalDeadline: target.deadline.date,
  };
};

/** Where a milestone stands as of the clock: done once reported done, else by its deadline. */
export const assessMilestone = (
  milestone: StatusTask["milestones"][number],
  index: number,
  reports: readonly ProgressReport[],
  clock: Clock,
  deadline: string | null = milestone.deadline.date,
): MilestoneAssessment => {
  const done = inScope(reports, clock).some((r) => r.status === "done");
  const status = done ? "done" : deadline === null ? "pending" : clock.asOf > deadline ? "overdue" : days(clock.asOf, deadline) <= DUE_SOON_DAYS ? "due-soon" : "pending";
  return { index, text: milestone.text, status, deadline, originalDeadline: milestone.deadline.date };
};

const worst = (statuses: readonly Status[]): Status => statuses.reduce((a, b) => (SEVERITY.indexOf(a) <= SEVERITY.indexOf(b) ? a : b), "achieved");

// A milestone not yet due says on track only while its task is reported for the period due.
const MILESTONE_AS_STATUS: Record<MilestoneAssessment["status"], (reported: boolean) => Status> = {
  done: () => "achieved",
  overdue: () => "overdue",
  "due-soon": (reported) => (reported ? "on-track" : "not-reported"),
  pending: (reported) => (reported ? "on-track" : "not-reported"),
};

/** Lead and supporting units as accountability sees them (see TaskAssessment). */
export const accountability = (task: StatusTask): { lead: string[]; support: string[] } => {
  if (!("units" in task)) return { lead: [...task.lead], support: [...task.support] };
  const hasLead = task.units.some((u) => u.role === "lead");
  const names = (pick: (role: string) => boolean) => [...new Set(task.units.filter((u) => pick(u.role)).map((u) => u.unit))];
  return {
    lead: names((role) => role === "lead" || (!hasLead && role === "responsible")),
    support: names((role) => role === "support" || (hasLead && role === "responsible")),
  };
};

/** The office's decisions on a task that status counts: its approved extensions and its close-out. */
export interface TaskDecisions {
  /** Approved extensions of the task's deadlines, in any order (the latest decided wins). */
  readonly extensions?: readonly ApprovedExtension[] | undefined;
  /** When and by whom the task was closed (办结), if it is closed now. */
  readonly closed?: { readonly at: string; readonly by: string } | null | undefined;
}

/** A task's status from its reports (all of them; those after the as-of date are left out here). */
export const assessTask = (task: StatusTask, reports: readonly ProgressReport[], clock: Clock, baselines: readonly number[] = [], decisions: TaskDecisions = {}): TaskAssessment => {
  const deadlines = movedDeadlines(task, decisions.extensions);
  const forTarget = (i: number) => reports.filter((r) => r.target === i);
  const forMilestone = (i: number) => reports.filter((r) => r.milestone === i);
  const targets = task.targets.map((t, i) => assessTarget(t, i + 1, forTarget(i + 1), clock, baselines[i] ?? 0, deadlines.targets[i] ?? null));
  const milestones = task.milestones.map((m, i) => assessMilestone(m, i + 1, forMilestone(i + 1), clock, deadlines.milestones[i] ?? null));
  const latest = inScope(reports, clock).at(-1);
  const deadline = deadlines.task;
  const closed = decisions.closed ?? null;

  let status: Status;
  if (closed !== null) {
    status = "achieved";
  } else if (targets.length + milestones.length > 0) {
    const reported = !stale(latest, clock);
    status = worst([...targets.map((t) => t.status), ...milestones.map((m) => MILESTONE_AS_STATUS[m.status](reported))]);
  } else {
    const own = inScope(
      reports.filter((r) => r.target === null && r.milestone === null),
      clock,
    ).at(-1);
    status =
      own?.status === "done"
        ? "achieved"
        : deadline !== null && clock.asOf > deadline
          ? "overdue"
          : stale(own, clock)
            ? "not-reported"
            : own?.status === "at-risk" || own?.status === "behind"
              ? own.status
              : "on-track";
  }
  return {
    id: task.id,
    title: task.title,
    area: task.area,
    status,
    ...accountability(task),
    targets,
    milestones,
    lastPeriod: latest?.period ?? null,
    deadline,
    originalDeadline: task.deadline.date,
    closed: closed === null ? null : { at: closed.at, by: closed.by },
  };
};
