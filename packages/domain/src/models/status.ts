import { z } from "zod";

/** Where a target or a task stands as of a date. */
export const Status = z.enum(["achieved", "on-track", "at-risk", "behind", "overdue", "not-reported"]);
export type Status = z.infer<typeof Status>;

/** Where a milestone stands as of a date: done, due within DUE_SOON_DAYS, overdue, or pending. */
export const MilestoneStatus = z.enum(["done", "due-soon", "overdue", "pending"]);
export type MilestoneStatus = z.infer<typeof MilestoneStatus>;

/** Where a numeric target stands as of a date, and the figures that put it there. */
export const TargetAssessment = z.object({
  /** 1-based index of the target in its task. */
  index: z.number().int().positive(),
  text: z.string(),
  value: z.number(),
  unit: z.string(),
  comparator: z.enum([">=", "<=", "="]),
  status: Status,
  /** Where the target starts (由X提高到Y, or set by the office): 0 unless given. Progress runs from it. */
  baseline: z.number(),
  /** The value the linear trajectory expects by the as-of date. */
  expected: z.number().nullable(),
  /** The latest cumulative value reported. */
  actual: z.number().nullable(),
  /** Progress made ÷ progress expected. */
  ratio: z.number().nullable(),
  lastPeriod: z.string().nullable(),
  /** The deadline status counts by: the document's, or the latest approved extension's. */
  deadline: z.string().nullable(),
  /** The document's deadline, kept when an extension moved it. */
  originalDeadline: z.string().nullable(),
});
export type TargetAssessment = z.infer<typeof TargetAssessment>;

/** A milestone's status as of a date, with its text and deadline. */
export const MilestoneAssessment = z.object({
  index: z.number().int().positive(),
  text: z.string(),
  status: MilestoneStatus,
  /** The deadline status counts by: the document's, or the latest approved extension's. */
  deadline: z.string().nullable(),
  /** The document's deadline, kept when an extension moved it. */
  originalDeadline: z.string().nullable(),
});
export type MilestoneAssessment = z.infer<typeof MilestoneAssessment>;

/** Where a task stands as of a date: the worst of its targets and milestones, and who answers for it. */
export const TaskAssessment = z.object({
  id: z.string(),
  title: z.string(),
  area: z.string().nullable(),
  status: Status,
  /** Units accountable for the task: its lead units, or all its responsible units when it names no lead. */
  lead: z.array(z.string()),
  /** Units that support: its supporting units, and its responsible units when it names a lead. */
  support: z.array(z.string()),
  targets: z.array(TargetAssessment),
  milestones: z.array(MilestoneAssessment),
  /** The latest period anything was reported for the task. */
  lastPeriod: z.string().nullable(),
  /** The deadline status counts by: the document's, or the latest approved extension's. */
  deadline: z.string().nullable(),
  /** The document's deadline, kept when an extension moved it. */
  originalDeadline: z.string().nullable(),
  /** The office's close-out (办结): a closed task counts as achieved. Null while open. */
  closed: z.object({ at: z.iso.datetime(), by: z.string() }).nullable(),
});
export type TaskAssessment = z.infer<typeof TaskAssessment>;

/** The statuses of a group of tasks (the plan, an area, a unit's tasks as lead or as support), counted. */
export const Rollup = z.object({
  /** The area's or unit's name; "plan" for the whole plan. */
  key: z.string(),
  /** For units: whether these are the tasks it leads or supports. */
  role: z.enum(["lead", "support"]).nullable(),
  total: z.number().int().nonnegative(),
  counts: z.record(Status, z.number().int().nonnegative()),
  /** Share of tasks achieved or on track. */
  shareOnTrack: z.number(),
  /** Ids of the tasks at risk, behind, overdue or not reported. */
  lagging: z.array(z.string()),
});
export type Rollup = z.infer<typeof Rollup>;

/** A plan's status as of a date: every task assessed, rolled up for the plan, by area and by unit. */
export const PlanStatus = z.object({
  planId: z.string(),
  title: z.string(),
  asOf: z.iso.date(),
  cadence: z.enum(["monthly", "quarterly"]),
  /** The reporting period whose reports are due as of the date. */
  duePeriod: z.string().nullable(),
  tasks: z.array(TaskAssessment),
  overall: Rollup,
  byArea: z.array(Rollup),
  byUnit: z.array(Rollup),
});
export type PlanStatus = z.infer<typeof PlanStatus>;

/** A plan's status without its tasks and breakdowns: one line of an overview of every plan. */
export const PlanOverview = PlanStatus.pick({ planId: true, title: true, asOf: true, cadence: true, duePeriod: true, overall: true });
export type PlanOverview = z.infer<typeof PlanOverview>;

/** A plan's status cut down to its overview line. */
export const planOverview = ({ planId, title, asOf, cadence, duePeriod, overall }: PlanStatus): PlanOverview => ({ planId, title, asOf, cadence, duePeriod, overall });
