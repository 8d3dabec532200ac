// What the office did in its loop that a 通报 reports: reports returned (退回), extensions decided
// (延期), tasks closed (办结). The store's supervision reads give these; a bulletin without them
// passes NO_SUPERVISION.

/** A report the office returned to its unit, and why. */
export interface ReturnedReport {
  readonly reportId: string;
  readonly task: string;
  readonly title: string;
  readonly unit: string;
  readonly period: string;
  readonly reason: string;
  /** When it was returned (ISO date or date-time). */
  readonly at: string;
}

/** An extension request (延期申请) and the office's decision; the bulletin lists those approved. */
export interface ExtensionRecord {
  readonly id: string;
  readonly task: string;
  readonly title: string;
  readonly unit: string;
  /** Which deadline moved, in words ("任务", a target's or milestone's text); empty for the task's own. */
  readonly item?: string | null;
  readonly from: string | null;
  readonly to: string;
  readonly reason: string;
  readonly state: string;
  readonly decidedAt: string | null;
}

/** A task the office closed (办结). */
export interface ClosedTask {
  readonly task: string;
  readonly title: string;
  readonly at: string;
  readonly by: string;
}

/** The office's supervision record as of the bulletin's date. */
export interface BulletinSupervision {
  readonly returned: readonly ReturnedReport[];
  readonly extensions: readonly ExtensionRecord[];
  readonly closed: readonly ClosedTask[];
}

/** A supervision record with nothing in it: nothing returned, extended or closed. */
export const NO_SUPERVISION: BulletinSupervision = { returned: [], extensions: [], closed: [] };
