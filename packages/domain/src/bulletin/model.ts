// The 通报 as data: everything a renderer prints, worked out once from the plan's status, the
// reminders and the office's supervision record. Renderers (HTML, Markdown, Word, Excel) only lay
// it out; none of them computes a figure.

import type { Status } from "../models/status.js";
import type { Light } from "./status-light.js";
import type { ClosedTask, ExtensionRecord, ReturnedReport } from "./supervision.js";

/** What the office puts on the 文号 line and the date it signs. */
export interface BulletinOptions {
  /** The document number as printed, e.g. 赣督办〔2016〕12号. */
  readonly number?: string | undefined;
  /** The issuing office, e.g. 省政府督查室. */
  readonly issuer?: string | undefined;
  /** The date it is issued (ISO); the as-of date when not given. */
  readonly date?: string | undefined;
  /** The plan's first and last days for 序时进度; worked out from its deadlines when not given. */
  readonly start?: string | undefined;
  readonly end?: string | undefined;
}

/** A task as a bulletin lists it. */
export interface BulletinTask {
  readonly id: string;
  readonly title: string;
  readonly area: string;
  readonly status: Status;
  readonly statusLabel: string;
  readonly light: Light;
  readonly lead: readonly string[];
  /** Mean completion of its numeric targets (0–1), null when it has none. */
  readonly completion: number | null;
  /** Its targets' progress in words: "新建农村公路5000公里:已完成3,500公里" … */
  readonly progress: string;
  readonly lastPeriod: string | null;
  readonly deadline: string | null;
}

/** The tasks of one area, counted by status. */
export interface BulletinArea {
  readonly name: string;
  readonly counts: Record<Status, number>;
  readonly tasks: readonly BulletinTask[];
}

/** One lead unit's line in the ranking (see ranking.ts for the order). */
export interface UnitRank {
  /** 1 for the best; units equal on every figure share a rank. */
  readonly rank: number;
  readonly unit: string;
  /** Tasks it leads. */
  readonly tasks: number;
  /** Achieved or on track. */
  readonly onTime: number;
  /** At risk, behind or overdue. */
  readonly late: number;
  readonly notReported: number;
  /** onTime ÷ tasks. */
  readonly share: number;
}

/** A late or overdue task named in the bulletin (点名), with its lead units. */
export interface NamedTask {
  readonly id: string;
  readonly title: string;
  readonly status: Status;
  readonly statusLabel: string;
  readonly lead: readonly string[];
  readonly deadline: string | null;
  readonly progress: string;
}

/** The headline figures. */
export interface BulletinSummary {
  readonly tasks: number;
  readonly counts: Record<Status, number>;
  /** 完成率: mean over numeric targets of progress made ÷ full progress, each capped at 1 (see figures.ts). */
  readonly completion: number;
  /** How many numeric targets 完成率 is the mean of. */
  readonly targets: number;
  /** Tasks achieved ÷ all tasks. */
  readonly tasksAchieved: number;
  /** 序时进度: share of the plan's time elapsed by the as-of date; null when the plan gives no dates. */
  readonly timeElapsed: number | null;
  /** Units that owe a report for the period due. */
  readonly unitsOwing: number;
  /** Tasks closed (办结) by the office. */
  readonly closed: number;
}

/** The three paragraphs of the narrative, generated from the figures. */
export interface BulletinNarrative {
  /** 总体情况 */
  readonly overall: string;
  /** 存在问题 */
  readonly problems: string;
  /** 下步要求 */
  readonly next: string;
}

/** A 通报 before it is rendered. */
export interface Bulletin {
  readonly planId: string;
  /** The plan's title. */
  readonly title: string;
  /** The bulletin's own title: 关于《…》落实情况的通报. */
  readonly heading: string;
  readonly number: string | null;
  readonly issuer: string | null;
  /** Date of issue, ISO. */
  readonly date: string;
  readonly asOf: string;
  /** The reporting period due as of the date. */
  readonly period: string | null;
  readonly summary: BulletinSummary;
  readonly narrative: BulletinNarrative;
  readonly areas: readonly BulletinArea[];
  readonly ranking: readonly UnitRank[];
  readonly named: readonly NamedTask[];
  readonly returned: readonly ReturnedReport[];
  /** Extensions approved. */
  readonly extensions: readonly ExtensionRecord[];
  readonly closed: readonly ClosedTask[];
}
